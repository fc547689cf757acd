// Robustness: the Content-Security-Policy, a deterministic fuzz of malformed
// URLs, a resize storm with rapid steps, and the "show data" tables with the
// fallback when ECharts cannot load.
import { readFile } from "node:fs/promises";
import { test, expect, ready, scrollThrough, watchProblems, SECTION_IDS } from "./fixtures";
import type { Locator, Page } from "@playwright/test";
import { fuzzCases, expectedFor } from "./fuzz";

// Fixed browser languages, so an old embed link without a usable `lang` is
// English (the root page itself stays Japanese).
test.use({ locale: "en-US" });

// ---------------------------------------------------------------------------
// Content-Security-Policy

/** The directives of a policy: name → sources. */
function parsePolicy(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

test("index.html ships a strict Content-Security-Policy before any script or style", async ({ page }) => {
  const res = await page.request.get("./");
  expect(res.status()).toBe(200);
  const html = await res.text();
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .filter((m) => /http-equiv\s*=\s*["']?content-security-policy["'\s>\/]/i.test(m[0]));
  expect(metas.map((m) => m[0]), "exactly one <meta http-equiv=\"Content-Security-Policy\"> in the served index.html").toHaveLength(1);
  const tag = metas[0];
  const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag[0]);
  expect(content, `a content attribute in ${tag[0]}`).not.toBeNull();
  const policy = decodeEntities(content![1] ?? content![2]);
  const d = parsePolicy(policy);
  expect(d["default-src"], `default-src 'self' in: ${policy}`).toContain("'self'");
  expect(d["script-src"], `script-src in: ${policy}`).toBeDefined();
  expect(d["script-src"], `script-src 'self' in: ${policy}`).toContain("'self'");
  expect(d["script-src"], `script-src 'wasm-unsafe-eval' in: ${policy}`).toContain("'wasm-unsafe-eval'");
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:", "blob:"]) {
    expect(d["script-src"], `script-src must not allow ${loose}: ${policy}`).not.toContain(loose);
    expect(d["default-src"], `default-src must not allow ${loose}: ${policy}`).not.toContain(loose);
  }
  expect(d["style-src"] ?? d["default-src"], `style-src allows 'self': ${policy}`).toContain("'self'");
  // A policy in a <meta> only governs what comes after it.
  const firstLoad = html.search(/<script\b|<link\b[^>]*rel\s*=\s*["']?(stylesheet|modulepreload|preload)/i);
  expect(firstLoad, "the page loads scripts or styles").toBeGreaterThan(-1);
  expect(tag.index!, "the CSP <meta> comes before the first <script> or stylesheet").toBeLessThan(firstLoad);

  // The browser sees the same policy, and the page works under it (the
  // fixture fails the test on any securitypolicyviolation).
  await page.goto("./?lang=en");
  await ready(page, "profit");
  const live = await page.evaluate(
    () => document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]')?.content ?? null,
  );
  expect(live).toBe(policy);
  await scrollThrough(page);
  await expect.poll(() => page.locator("[data-testid=echart] svg").count()).toBe(await page.locator("[data-testid=echart]").count());
});

// ---------------------------------------------------------------------------
// URL fuzz

const CASES = fuzzCases();
const BATCH = 25;

/** Waits until the app has mounted: its first section has a heading. */
async function mounted(page: Page) {
  await expect(page.locator("main > section .section-heading").first()).not.toHaveText("", { timeout: 10_000 });
  // The code takes the page over a section at a time: scan it once all are in.
  await expect(page.locator("html[data-live]")).toBeAttached({ timeout: 10_000 });
}

/** Everything in the DOM that a payload could have produced. */
async function scan(page: Page) {
  return page.evaluate(() => {
    const bad: string[] = [];
    const urlAttrs = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster"];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        if (name.startsWith("on")) bad.push(`<${el.localName} ${name}="${a.value.slice(0, 60)}">`);
        if (/pwned/i.test(a.value)) bad.push(`<${el.localName} ${name}> carries a payload: ${a.value.slice(0, 60)}`);
        if (urlAttrs.includes(name) && /^\s*javascript:/i.test(a.value)) bad.push(`<${el.localName} ${name}="${a.value.slice(0, 60)}">`);
      }
    }
    if (/pwned/i.test(document.title)) bad.push(`title carries a payload: ${document.title.slice(0, 60)}`);
    const count = (sel: string) => document.querySelectorAll(sel).length;
    return {
      bad,
      pwned: typeof (window as any).__pwned !== "undefined",
      counts: {
        img: count("img"),
        iframe: count("iframe, frame"),
        object: count("object, embed"),
        inlineScript: count("script:not([src])"),
        // ECharts' own script, which a page starting from a scenario loads at
        // once, is the site's; any other is not.
        script: count("script:not([src$='echarts.min.js'])"),
        svgOutsideCharts: Array.from(document.querySelectorAll("svg")).filter((s) => !s.closest("[data-testid=echart]")).length,
        form: count("form"),
      } as Record<string, number>,
    };
  });
}

test.describe("URL fuzz", () => {
  for (let start = 0; start < CASES.length; start += BATCH) {
    const batch = CASES.slice(start, start + BATCH);
    test(`malformed URLs ${start + 1}-${start + batch.length} of ${CASES.length}: nothing runs or is injected, sections and repairs show`, async ({ page, baseURL }) => {
      test.setTimeout(150_000);
      let current = "";
      const errors: { url: string; text: string }[] = [];
      page.on("pageerror", (e) => errors.push({ url: current, text: e.message }));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push({ url: current, text: m.text() });
      });

      // What a clean page holds.
      current = "./?lang=en";
      await page.goto(current);
      await mounted(page);
      const baseline = await scan(page);
      expect(baseline.bad, "the clean page has no event-handler attributes").toEqual([]);
      const browserLangs = await page.evaluate(() => [...navigator.languages]);

      for (const c of batch) {
        const target = new URL(c.path, baseURL).href;
        const shown = target.length > 160 ? `${target.slice(0, 160)}… (${target.length} chars)` : target;
        await test.step(`${c.name}: ${shown}`, async () => {
          current = target;
          // A URL that differs from the current one only in its fragment would
          // not load the page again.
          if (target.split("#")[0] === page.url().split("#")[0]) await page.goto("about:blank");
          await page.goto(target);
          await mounted(page);
          const search = await page.evaluate(() => location.search);
          const exp = expectedFor(search, browserLangs);

          const got = await scan(page);
          expect.soft(got.pwned, `window.__pwned is unset for ${shown}`).toBe(false);
          expect.soft(got.bad, `no injected attributes for ${shown}`).toEqual([]);
          for (const [what, n] of Object.entries(got.counts)) {
            expect.soft(n, `no more ${what} elements than a clean page has, for ${shown}`).toBeLessThanOrEqual(baseline.counts[what]);
          }

          const sections = await page.locator("main > section").evaluateAll((els) =>
            els.map((e) => ({ id: e.id, heading: e.querySelector(".section-heading")?.textContent?.trim() ?? "" })),
          );
          expect.soft(sections.map((s) => s.id), `sections shown for ${shown}`).toEqual(exp.sections);
          expect.soft(sections.filter((s) => !s.heading).map((s) => s.id), `every section has a heading, for ${shown}`).toEqual([]);
          await expect.soft(page.locator("html"), `language for ${shown}`).toHaveAttribute("lang", exp.lang);
          await expect.soft(page.locator("header.masthead"), `masthead ${exp.embed ? "hidden in" : "shown outside"} embed mode`).toHaveCount(exp.embed ? 0 : 1);

          const notice = page.getByTestId("url-notice");
          if (exp.repairs > 0) {
            await expect.soft(notice, `a repair notice for ${shown}`).toBeVisible();
            await expect.soft(notice.locator("li"), `${exp.repairs} repairs listed for ${shown}`).toHaveCount(exp.repairs);
          } else {
            await expect.soft(notice, `no repair notice for ${shown}`).toHaveCount(0);
          }
          // Anything the notice quotes is text: no element inside a list item.
          expect.soft(await notice.locator("li *").count(), `the notice quotes values as text only, for ${shown}`).toBe(0);

          // A chart near the top is drawn (ECharts ran without errors).
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          expect.soft((await page.evaluate(() => (window as any).__pwned)) ?? null, `no payload ran by the next frame, for ${shown}`).toBeNull();
          expect.soft(errors.filter((e) => e.url === target).map((e) => e.text), `no console or page errors for ${shown}`).toEqual([]);
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------
// Resize storm and rapid steps

/** Every chart host and the state of its ECharts instance. */
async function chartCensus(page: Page) {
  return page.evaluate(() => {
    const hosts = Array.from(document.querySelectorAll<HTMLElement>("[data-testid=echart]"));
    const where = (e: Element) => e.closest("section")?.id ?? "?";
    return {
      charts: hosts.length,
      instances: hosts.filter((e) => e.hasAttribute("_echarts_instance_")).length,
      ids: hosts.map((e) => `${where(e)}:${e.getAttribute("_echarts_instance_")}`),
      registered: hosts.filter((e) => (window as any).echarts?.getInstanceByDom(e)).length,
      svgs: document.querySelectorAll("[data-testid=echart] svg").length,
      withoutOneSvg: hosts.filter((e) => e.querySelectorAll("svg").length !== 1).map(where),
      failed: hosts.filter((e) => e.hasAttribute("data-failed")).map(where),
    };
  });
}

test("a resize storm and 1,000 rapid steps produce no errors and the count of chart instances stays constant", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./?lang=en");
  await ready(page, "profit");
  await scrollThrough(page);
  const charts = await page.locator("[data-testid=echart]").count();
  expect(charts).toBeGreaterThanOrEqual(8);
  await expect.poll(() => page.locator("[data-testid=echart] svg").count()).toBe(charts);
  const before = await chartCensus(page);
  expect(before.instances, "every chart host holds an ECharts instance").toBe(charts);
  expect(before.withoutOneSvg).toEqual([]);

  // ~60 viewport changes between phone and desktop widths, without waiting.
  const sizes = [
    [320, 640], [1440, 900], [390, 844], [1280, 800], [360, 740],
    [1024, 768], [414, 896], [768, 1024], [375, 667], [1920, 1080],
  ];
  for (let i = 0; i < 60; i++) {
    const [width, height] = sizes[i % sizes.length];
    await page.setViewportSize({ width, height });
  }
  // Bursts of resize events, a frame apart.
  await page.evaluate(async () => {
    for (let burst = 0; burst < 20; burst++) {
      for (let i = 0; i < 25; i++) window.dispatchEvent(new Event("resize"));
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await page.setViewportSize({ width: 1280, height: 800 });

  // 1,000 steps over every range input and draggable number in the article.
  const n = await page.locator("main input[type=range], main [role=slider]").evaluateAll((els) => {
    els.forEach((el, i) => el.setAttribute("data-storm", String(i)));
    return els.length;
  });
  expect(n).toBeGreaterThanOrEqual(8);
  // 200 real key presses, alternating right and left, round the controls.
  const KEYS = 200;
  for (let i = 0; i < KEYS; i++) {
    await page.locator(`[data-storm="${i % n}"]`).focus();
    await page.keyboard.press(Math.floor(i / n) % 2 === 0 ? "ArrowRight" : "ArrowLeft");
  }
  // 800 more in one tight loop in the page: input events on range inputs,
  // keydown on the draggable numbers.
  await page.evaluate((offset) => {
    const els = Array.from(document.querySelectorAll<HTMLElement>("[data-storm]"));
    for (let i = offset; i < 1000; i++) {
      const el = els[i % els.length];
      const up = Math.floor(i / els.length) % 2 === 0;
      if (el instanceof HTMLInputElement) {
        if (up) el.stepUp();
        else el.stepDown();
        el.dispatchEvent(new Event("input", { bubbles: true }));
      } else {
        el.dispatchEvent(new KeyboardEvent("keydown", { key: up ? "ArrowRight" : "ArrowLeft", bubbles: true, cancelable: true }));
      }
    }
  }, KEYS);

  // Let the page settle, then count again.
  await page.waitForTimeout(1000);
  await expect.poll(() => page.locator("[data-testid=echart] svg").count(), { timeout: 10_000 }).toBe(before.svgs);
  const after = await chartCensus(page);
  expect(after.charts, "chart hosts").toBe(before.charts);
  expect(after.instances, "chart hosts with an ECharts instance").toBe(before.instances);
  expect(after.registered, "instances ECharts knows by their element").toBe(before.registered);
  expect(after.svgs, "SVG roots in chart hosts").toBe(before.svgs);
  expect(after.withoutOneSvg, "charts without exactly one SVG").toEqual([]);
  expect(after.failed, "charts marked failed").toEqual([]);
  expect(after.ids, "no chart was recreated (resizes resize, they do not re-init)").toEqual(before.ids);
});

// ---------------------------------------------------------------------------
// "Show data" tables, CSV download, and the fallback without ECharts

/** Parses CSV text (RFC 4180 quoting, CRLF or LF, optional BOM) into rows;
 * a blank line is an empty row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Splits CSV rows into blocks at blank lines (one block per table). */
function csvBlocks(rows: string[][]): string[][][] {
  const blocks: string[][][] = [[]];
  for (const r of rows) {
    if (r.every((c) => c.trim() === "")) blocks.push([]);
    else blocks[blocks.length - 1].push(r);
  }
  return blocks.filter((b) => b.length > 0);
}

/** The first number written in a table cell ("$0.325B" → 0.325,
 * "-$5B" → -5, "15,000" → 15000). */
function cellNumber(text: string): number | null {
  const m = /\d[\d,]*(?:\.\d+)?|\.\d+/.exec(text);
  if (!m) return null;
  const negative = /[-\u2212]/.test(text.slice(0, m.index));
  return (negative ? -1 : 1) * Number(m[0].replace(/,/g, ""));
}

/** The text of a section's data-table body, to tell whether it changed. */
async function tableNumbers(page: Page, section: string) {
  return page
    .locator(`#${section} figure[data-testid=figure] [data-testid=data-table] tbody`)
    .first()
    .evaluate((b) => b.textContent ?? "");
}

/** Moves a section's first range input to whichever end it is not at, by keyboard. */
async function moveSlider(page: Page, section: string) {
  const slider = page.locator(`#${section} input[type=range]`).first();
  await slider.focus();
  const atMax = await slider.evaluate((el: HTMLInputElement) => Number(el.value) >= Number(el.max));
  await page.keyboard.press(atMax ? "Home" : "End");
}

/** Loads the article in English with every chart created, opens each
 * figure's data table, and returns them with their section ids. */
async function openDataTables(page: Page): Promise<{ where: string; details: Locator }[]> {
  await page.goto("./?lang=en");
  await ready(page, "profit");
  await scrollThrough(page);
  const figures = page.locator("figure[data-testid=figure]");
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(8);
  const opened = [];
  for (let i = 0; i < count; i++) {
    const fig = figures.nth(i);
    const where = await fig.evaluate((f) => f.closest("section")?.id ?? `figure ${i}`);
    const details = fig.locator("details[data-testid=data-table]");
    await expect(details, `#${where} has a data table`).toHaveCount(1);
    // The reader opens it (its table may be built only then).
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await expect(details, `#${where} data table opens`).toHaveAttribute("open", /.*/);
    opened.push({ where, details });
  }
  return opened;
}

test.describe("show data", () => {
  test("every figure has a data table, in both languages, and its numbers follow the controls", async ({ page }) => {
    test.setTimeout(60_000);
    const opened = await openDataTables(page);
    const count = opened.length;
    const summary = "figure[data-testid=figure] details[data-testid=data-table] > summary";
    const english = await page.locator(summary).allTextContents();
    expect.soft(english.map((s) => s.trim()), "summaries in English").toEqual(Array(count).fill("Show the data"));
    for (const { where, details } of opened) {
      // A figure that draws two charts may hold a table for each.
      const tables = details.locator("table");
      await expect(tables.first(), `#${where} has a table`).toBeVisible();
      const n = await tables.count();
      expect(n, `#${where} has a table`).toBeGreaterThanOrEqual(1);
      for (let t = 0; t < n; t++) {
        const table = tables.nth(t);
        await expect(table.locator("caption"), `#${where} table ${t + 1} caption`).not.toHaveText("");
        await expect(table.locator("thead th, thead td").first(), `#${where} table ${t + 1} header`).toBeAttached();
        expect(await table.locator("tbody tr").count(), `#${where} table ${t + 1} body rows`).toBeGreaterThanOrEqual(1);
        expect(await table.evaluate((tb: HTMLTableElement) => Array.from(tb.tBodies).some((b) => /\d/.test(b.textContent ?? ""))), `#${where} table ${t + 1} has numbers`).toBe(true);
      }
      await expect(details.getByTestId("csv"), `#${where} has a CSV button`).toHaveCount(1);
    }

    // The printing-press table follows its slider.
    await page.locator("#printing-press").scrollIntoViewIfNeeded();
    const before = await tableNumbers(page, "printing-press");
    await moveSlider(page, "printing-press");
    await expect.poll(() => tableNumbers(page, "printing-press"), "the printing-press table follows its slider").not.toBe(before);

    // In Japanese.
    await page.getByTestId("lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    const summaries = await page.locator(summary).allTextContents();
    expect(summaries.length).toBe(count);
    expect.soft(summaries.map((s) => s.trim()), "summaries in Japanese").toEqual(Array(count).fill("データを表で見る"));
  });

  test("the CSV button downloads the table as CSV", async ({ page }) => {
    test.setTimeout(60_000);
    for (const { where, details } of await openDataTables(page)) {
      // Tables are built when their details open: wait for them.
      await expect(details.locator("table tbody tr").first()).toBeVisible();
      // What each table shows: caption, header cells, and body rows as cells.
      const tables = await details.locator("table").evaluateAll((ts) =>
        (ts as HTMLTableElement[]).map((t) => ({
          caption: t.caption?.textContent?.trim() ?? "",
          head: Array.from(t.tHead?.rows[t.tHead.rows.length - 1]?.cells ?? []).map((c) => c.textContent?.trim() ?? ""),
          body: Array.from(t.tBodies).flatMap((b) => Array.from(b.rows)).map((r) => Array.from(r.cells).map((c) => c.textContent?.trim() ?? "")),
        })),
      );
      const [download] = await Promise.all([page.waitForEvent("download"), details.getByTestId("csv").click()]);
      expect(download.suggestedFilename(), `#${where} CSV file name`).toMatch(/\.csv$/);
      expect(await download.failure(), `#${where} download finished`).toBeNull();
      const text = await readFile(await download.path(), "utf8");
      const blocks = csvBlocks(parseCsv(text));
      const shown = `\n${text.slice(0, 600)}`;
      // One block per table (blocks are separated by a blank line).
      expect(blocks.length, `#${where} CSV has one block per table (${tables.length}):${shown}`).toBe(tables.length);
      tables.forEach((table, t) => {
        let block = blocks[t];
        // With several tables, a block may start with its table's caption.
        if (tables.length > 1 && block[0].length === 1 && block[0][0].trim() === table.caption) block = block.slice(1);
        const [header, ...rows] = block;
        const label = `#${where} table ${t + 1}`;
        expect(header, `${label}: the CSV header row is the table's header:${shown}`).toEqual(table.head);
        expect(rows.length, `${label}: CSV data rows = table body rows:${shown}`).toBe(table.body.length);
        rows.forEach((row, r) => {
          const cells = table.body[r];
          expect(row.length, `${label} row ${r + 1}: CSV cells = table cells:${shown}`).toBe(cells.length);
          // A row keyed by a number (a line's x value) carries the plain
          // number in the CSV and the formatted one in the table.
          const key = row[0].trim();
          if (key !== "" && Number.isFinite(Number(key)) && cellNumber(cells[0]) !== null) {
            expect(Math.abs(Number(key) - cellNumber(cells[0])!), `${label} row ${r + 1}: CSV key ${key} against "${cells[0]}"`).toBeLessThanOrEqual(
              Math.max(Math.abs(Number(key)) * 0.01, 0.051),
            );
          } else {
            expect(key, `${label} row ${r + 1}: same row label`).toBe(cells[0]);
          }
          for (let c = 1; c < cells.length; c++) {
            const want = cellNumber(cells[c]);
            if (want === null) continue;
            const got = Number(row[c]);
            expect(Number.isFinite(got), `${label} row ${r + 1} cell ${c + 1}: "${row[c]}" is a plain number`).toBe(true);
            // The table rounds for reading; the CSV may carry more digits.
            expect(Math.abs(got - want), `${label} row ${r + 1} cell ${c + 1}: CSV ${row[c]} against table "${cells[c]}"`).toBeLessThanOrEqual(
              Math.max(Math.abs(want) * 0.01, 0.051),
            );
          }
        });
      });
    }
  });

  test("without ECharts, every figure says so and opens its data table, and the prose still follows the sliders", async ({ browser, baseURL }) => {
    test.setTimeout(60_000);
    // Not the `page` fixture: the aborted ECharts request is the point here.
    // Every other console error, page error or failed request still fails.
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    const isEcharts = (url: string) => /\/echarts\.min\.js(\?|$)/.test(url);
    const watch = await watchProblems(page, isEcharts);
    await page.route("**/echarts.min.js", (r) => r.abort());

    await page.goto("./?lang=en");
    await expect(page.locator("#printing-press h2")).not.toHaveText("");
    await expect(page.locator("html[data-live]")).toBeAttached();
    // ECharts is fetched on the first sign of interaction: point at a figure.
    await page.locator("figure[data-testid=figure]").first().hover();
    await scrollThrough(page);
    const figures = page.locator("figure[data-testid=figure]");
    const count = await figures.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i++) {
      const fig = figures.nth(i);
      const where = await fig.evaluate((f) => f.closest("section")?.id ?? "?");
      await fig.scrollIntoViewIfNeeded();
      await expect(fig.locator(".chart-failed[role=status]"), `#${where} says its chart failed`).toBeVisible();
      const details = fig.locator("details[data-testid=data-table]");
      await expect(details, `#${where} has a data table`).toHaveCount(1);
      await expect(details, `#${where} data table is open`).toHaveAttribute("open", /.*/);
      await expect(details.locator("table tbody tr").first(), `#${where} data table shows rows`).toBeVisible();
    }

    // The prose renders and follows the slider, and so does the table.
    const holdings = page.getByTestId("press-numbers").locator("[data-slot=holdings]");
    await expect(holdings).toHaveText("$130 billion");
    await page.locator("#printing-press").scrollIntoViewIfNeeded();
    const table = await tableNumbers(page, "printing-press").catch(() => null);
    await page.locator("#printing-press [data-testid=slider-h]").focus();
    await page.keyboard.press("End");
    await expect(holdings).toHaveText("$200 billion");
    expect(table, "the printing-press data table exists").not.toBeNull();
    await expect.poll(() => tableNumbers(page, "printing-press"), "the table follows the slider without ECharts").not.toBe(table);

    await watch.check("no errors besides the blocked ECharts");
    await context.close();
  });
});
