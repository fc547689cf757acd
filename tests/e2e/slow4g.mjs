// A phone's first visit over slow 4G, for make bench and make
// measure-hydrate: Lighthouse's mobile throttling (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4x) on a 390 px phone.

export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** A fresh phone context over slow 4G, with no cache, recording every
 * layout shift and console error. */
export async function slowPage(browser) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ value: e.value, recent: e.hadRecentInput }); })
      .observe({ type: "layout-shift", buffered: true });
  });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

/** The first contentful paint, in ms from navigation. */
export const fcp = (page) => page.evaluate(() => new Promise((resolve) => {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "first-contentful-paint") resolve(e.startTime); })
    .observe({ type: "paint", buffered: true });
}));

/** Bytes that had started arriving by time `t`: the page itself and every
 * response whose first byte came before it. */
export const bytesBefore = (page, t) => page.evaluate((t) => {
  const nav = performance.getEntriesByType("navigation")[0];
  const res = performance.getEntriesByType("resource").filter((r) => r.responseStart > 0 && r.responseStart < t);
  return { bytes: nav.transferSize + res.reduce((a, r) => a + r.transferSize, 0), names: res.map((r) => r.name.split("/").pop()) };
}, t);

/** Loads `url`, waits for the code (`data-live`), reads through the page
 * and makes the first interaction: a key press on the bill-yield slider.
 * Returns when each thing happened, in ms, and the layout shifts. */
export async function firstVisit(browser, url) {
  const { context, page, errors } = await slowPage(browser);
  await page.goto(url, { waitUntil: "commit" });
  const first = await fcp(page);
  const before = await bytesBefore(page, first);
  await page.locator("html[data-live]").waitFor({ state: "attached", timeout: 60_000 });
  const live = await page.evaluate(() => performance.now());
  for (const s of await page.locator("section.beat").all()) {
    await s.scrollIntoViewIfNeeded();
    await page.waitForTimeout(30);
  }
  await page.locator("#printing-press").scrollIntoViewIfNeeded();
  await page.locator("#printing-press [data-testid=slider-y]").focus();
  // The listener is in place before the key is pressed: installed by one
  // evaluate, awaited afterwards by another.
  await page.evaluate(() => { window.__marks = new Promise((resolve) => {
    const out = {};
    const prose = document.querySelector("#printing-press [data-slot=interest]");
    const chart = document.querySelector("#printing-press [data-testid=echart]");
    const was = prose.textContent;
    const until = performance.now() + 30_000;
    window.addEventListener("keydown", (ev) => {
      out.t0 = ev.timeStamp;
      const check = () => {
        if (out.prose === undefined && prose.textContent !== was) out.prose = performance.now() - out.t0;
        if (out.chart === undefined && chart.querySelector("svg:not(.static-chart)")) out.chart = performance.now() - out.t0;
        if ((out.prose !== undefined && out.chart !== undefined) || performance.now() > until) resolve(out);
        else requestAnimationFrame(check);
      };
      queueMicrotask(check);
    }, { once: true, capture: true });
  }); });
  await page.keyboard.press("ArrowLeft");
  const m = await page.evaluate(() => window.__marks);
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => window.__shifts);
  await context.close();
  return {
    fcp: first,
    bytes: before.bytes,
    early: before.names,
    live,
    prose: m.prose ?? NaN,
    chart: m.chart ?? NaN,
    cls: shifts.filter((s) => !s.recent).reduce((a, s) => a + s.value, 0),
    clsAll: shifts.reduce((a, s) => a + s.value, 0),
    errors,
  };
}

/** Only the first contentful paint of `url`. */
export async function firstPaint(browser, url) {
  const { context, page } = await slowPage(browser);
  await page.goto(url);
  const t = await fcp(page);
  await context.close();
  return t;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
