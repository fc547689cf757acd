// make bench: sizes and speed of the release build in headless Chromium.
// Prints a table and each figure against its budget (issue 6); it measures,
// it does not fail the build.
// Usage: node tests/e2e/bench.mjs <base-url> <dist-dir>
import { chromium } from "@playwright/test";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { firstPaint, firstVisit, median } from "./slow4g.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:8131/";
const dist = process.argv[3] ?? "dist";
const rows = [];
const row = (what, value, budget, ok) => rows.push({ what, value, budget: budget ?? "", verdict: budget ? (ok ? "ok" : "OVER") : "" });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// Sizes (gzip -9).
const files = readdirSync(dist);
const gz = (pred) => files.filter(pred).reduce((s, f) => s + gzipSync(readFileSync(`${dist}/${f}`), { level: 9 }).length, 0);
const sizes = {
  wasm: gz((f) => f.endsWith(".wasm")),
  "JS glue": gz((f) => /^(explainer|boot)-.*\.js$/.test(f)),
  ECharts: gz((f) => f === "echarts.min.js"),
  CSS: gz((f) => f.endsWith(".css")),
  // The page's language's texts: not in the wasm, fetched beside it.
  "texts (Japanese)": gz((f) => /^strings-ja-.*\.txt$/.test(f)),
  "HTML (Japanese article)": gz((f) => f === "index.html"),
};
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
// Budgets (issue 22): the wasm and ECharts each. Issue 12's 200 KB for the
// wasm, and its 430 KB total built on it, were withdrawn: the stack alone
// (Leptos, charming's types, serde) is some 212 KB. The total is printed.
const BUDGET_KB = { wasm: 330, ECharts: 185 };
for (const [k, v] of Object.entries(sizes)) {
  const b = BUDGET_KB[k];
  row(`gzip ${k}`, kb(v), b ? `≤ ${b} KB` : null, b ? v <= b * 1024 : true);
}
row("gzip total: a read-through and one interaction", kb(total));

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--js-flags=--expose-gc", "--enable-precise-memory-info",
    // No vsync and no frame-rate limit, so frames are not held for a display
    // that does not exist. Frames still wait for the compositor's software
    // raster and pacing: the "wall" figures and the floor row below.
    "--disable-gpu-vsync", "--disable-frame-rate-limit",
  ],
});

// ---------- The first visit on a phone over slow 4G (issue 10) ----------
//
// The reference is the same page with its scripts removed, saved beside it
// as static HTML and measured in the same run, alternating with the page,
// so the machine's noise hits both alike. Five runs each, medians.
const reference = `${dist}/__static-reference.html`;
writeFileSync(reference, readFileSync(`${dist}/index.html`, "utf8").replace(/<script[\s\S]*?<\/script>/g, ""));
const visits = [];
const still = [];
// STEPS_ONLY=1 leaves out the slow-4G visits (for trying a change to the
// step path; the full bench is what counts).
const VISITS = process.env.STEPS_ONLY ? 0 : 5;
try {
  for (let k = 0; k < VISITS; k++) {
    still.push(await firstPaint(browser, `${base}__static-reference.html`));
    visits.push(await firstVisit(browser, `${base}?lang=ja`));
    console.error(`slow 4G visit ${k + 1}/5: first text ${visits[k].fcp.toFixed(0)} ms (static ${still[k].toFixed(0)} ms), live ${visits[k].live.toFixed(0)} ms`);
  }
} finally {
  rmSync(reference, { force: true });
}
if (VISITS) {
  const of = (key) => median(visits.map((v) => v[key]));
  const ratio = of("fcp") / median(still);
  row("slow 4G: first text, the same page as static HTML", `${median(still).toFixed(0)} ms`);
  row("slow 4G: first text, the page", `${of("fcp").toFixed(0)} ms = ${ratio.toFixed(2)}x the static page`, "≤ 1.5x (goal 1.2x)", ratio <= 1.5);
  const early = visits[visits.length - 1].early;
  row("slow 4G: bytes before the first text", `${kb(of("bytes"))} (the page${early.length ? ", " + early.join(", ") : ""})`, "≤ 40 KB", of("bytes") <= 40 * 1024);
  row("slow 4G, 4x CPU: the code running (data-live)", `${of("live").toFixed(0)} ms`, "≤ 4.0 s", of("live") <= 4000);
  row("slow 4G: first key press → prose updated", `${of("prose").toFixed(0)} ms`);
  row("slow 4G: first key press → chart live (ECharts fetched on focus)", `${of("chart").toFixed(0)} ms`);
  const worst = Math.max(...visits.map((v) => v.cls));
  row("CLS, read-through + first interaction (worst of 5)", `${worst.toFixed(4)} (${Math.max(...visits.map((v) => v.clsAll)).toFixed(4)} counting the prose reflowing right after input)`, "≤ 0.01", worst <= 0.01);
  const errors = visits.flatMap((v) => v.errors);
  if (errors.length) row("console errors on the slow-4G visits", errors.slice(0, 3).join(" | "), "none", false);
}

// ---------- Speed of the live page (issue 6) ----------
// Opens the live page at `url`, brings ECharts, draws every chart, marks
// the controls (data-bench) and installs the step probes; returns the
// controls and the times it took.
async function openLive(url) {
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
const firstText = await page.evaluate(async () => {
  while (!document.querySelector("main p")) await new Promise((r) => setTimeout(r, 5));
  return performance.now();
});
// ECharts comes on the first sign of interaction: here a control focused,
// as a keyboard reader's is. The pointer never enters the page: a phone has
// none hovering, and one left where a figure was would, as the page scrolls
// under it, make the browser hit-test (and a chart under it handle a
// mousemove) after every step: 20 ms a step at 4x CPU in the printing
// press, measured in traces, wherever the pointer happened to rest.
await page.locator("html[data-live]").waitFor({ state: "attached" });
await page.locator("main input[type=range]").first().focus();
await page.waitForFunction(() => typeof window.echarts === "object");
// All charts: scroll through so every lazy chart is created.
const allReady = await page.evaluate(async () => {
  // Each section stays in view until its charts are drawn: a chart is only
  // created while near the viewport.
  const drawn = (h) => h.querySelector("svg:not(.static-chart)") || h.dataset.failed;
  for (const s of document.querySelectorAll("section.beat")) {
    s.scrollIntoView();
    const hosts = [...s.querySelectorAll("[data-testid=echart]")];
    const until = performance.now() + 5000;
    while (hosts.some((h) => !drawn(h)) && performance.now() < until) await new Promise((r) => setTimeout(r, 5));
  }
  const hosts = [...document.querySelectorAll("[data-testid=echart]")];
  if (hosts.some((h) => !drawn(h))) throw new Error("a chart was never drawn");
  window.scrollTo(0, 0);
  return performance.now();
});

// Keyboard step to next paint, per control, measured two ways.
//
// step→paint: real key presses (trusted input through the DevTools
//   protocol) on the focused control, timed from the keydown's timeStamp
//   (when the browser received the input) to the end of the next frame: a
//   requestAnimationFrame callback posts a message, which runs after that
//   frame's style, layout and paint.
//   "work" is the main thread's share of that: the input's task (handler,
//   then a 64-microtask drain for Leptos' effects and setOption) plus the
//   frame, from its start (the requestAnimationFrame timestamp) to its paint.
//   Only a wait that ends before the frame starts is left out, so work the
//   frame does is never subtracted.
//   "wall" also counts the idle wait in between for the compositor to start
//   the frame. In headless Chromium with software compositing on this
//   2-core machine that wait is most of a frame, while the main thread
//   idles: the machine's raster and frame pacing, not the page (the floor
//   row, a key that changes nothing, shows it). The budget applies to
//   "work", the part the page controls; "wall" is printed beside it. (The Event Timing API would
//   measure to presentation on a virtual display headless Chromium fakes:
//   seconds with SwiftShader, an extra frame with software compositing.)
//
// full update and setOption alone: synthetic steps in a tight loop in the
//   page. "full update" runs from the event to the end of the reactive work it
//   causes (the event handler, then a drain of 64 microtasks, which covers
//   Leptos' effects, our serialising and every setOption). "setOption alone"
//   is the time spent inside ECharts' setOption during that same step,
//   summed over the charts it redrew (each instance is wrapped). The ratio is
//   of their medians, over steps that redrew a chart. A macrotask is not used
//   as the end mark: the browser may render a frame before running it.
const controls = await page.$$eval("main input[type=range], main [role=slider]", (els) =>
  els.map((el, i) => {
    el.setAttribute("data-bench", String(i));
    return { i: String(i), name: `${el.getAttribute("data-testid")} (${el.closest("section")?.id ?? "?"})` };
  }),
);
await page.evaluate(() => {
  window.__setOptionMs = 0;
  for (const el of document.querySelectorAll("[data-testid=echart]")) {
    const inst = window.echarts.getInstanceByDom(el);
    if (!inst || inst.__benchWrapped) continue;
    const original = inst.setOption;
    inst.setOption = function (...args) {
      const t = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        window.__setOptionMs += performance.now() - t;
      }
    };
    inst.__benchWrapped = true;
  }
  window.__lat = [];
  // Capture on window: runs first, records when the input arrived and asks
  // for the next frame. Bubble on window: runs after the control's own
  // handler; 64 microtasks later Leptos' effects and setOption are done.
  window.addEventListener("keydown", (ev) => {
    if (!ev.isTrusted) return; // the synthetic steps below
    const rec = { t0: ev.timeStamp };
    ev.__bench = rec;
    window.__rec = rec;
    requestAnimationFrame((frameTime) => {
      // The frame's own start time, not this callback's: work the frame
      // does before this callback (other callbacks, animations) counts.
      rec.frameStart = frameTime;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const end = performance.now();
        // The wait between the end of the input's work and the frame's start
        // (none if the frame began first).
        const gap = rec.taskEnd !== undefined && rec.taskEnd <= rec.frameStart ? rec.frameStart - rec.taskEnd : 0;
        window.__lat.push({ wall: end - rec.t0, work: end - rec.t0 - gap });
      };
      ch.port2.postMessage(null);
    });
  }, { capture: true });
  // A range input changes in the keydown's default action, which fires
  // "input" after the keydown listeners: the work ends after whichever
  // comes last.
  const done = async (rec) => {
    if (!rec) return;
    for (let m = 0; m < 64; m++) await Promise.resolve();
    rec.taskEnd = performance.now();
  };
  window.addEventListener("keydown", (ev) => { if (ev.isTrusted) done(ev.__bench); });
  window.addEventListener("input", (ev) => { if (ev.isTrusted) done(window.__rec); });
});
return { page, controls, firstText, allReady };
}
console.error("opening the live page");
const { page, controls, firstText, allReady } = await openLive(`${base}?lang=en`);
row("time to first text", `${firstText.toFixed(0)} ms`);
row("time until all charts are ready (scrolled through)", `${allReady.toFixed(0)} ms`);
const settle = (pg = page) => pg.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
const pressScript = async ({ i }) => {
  const el = document.querySelector(`[data-bench="${i}"]`);
  el.scrollIntoView({ block: "center" });
  el.focus();
  await new Promise((r) => setTimeout(r, 100));
};
const stepScript = async ({ i, n }) => {
  const el = document.querySelector(`[data-bench="${i}"]`);
  el.scrollIntoView({ block: "center" });
  await new Promise((r) => setTimeout(r, 100));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const full = [], setOption = [];
  let late = 0;
  for (let k = 0; k < n; k++) {
    window.__setOptionMs = 0;
    const t0 = performance.now();
    if (el.tagName === "INPUT") {
      const step = Number(el.step) || 1;
      const v = Number(el.value);
      el.value = String(k % 2 ? v - step : v + step > Number(el.max) ? v - step : v + step);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    } else {
      el.dispatchEvent(new KeyboardEvent("keydown", { key: k % 2 ? "ArrowLeft" : "ArrowRight", bubbles: true }));
    }
    for (let m = 0; m < 64; m++) await Promise.resolve();
    const t1 = performance.now();
    const so = window.__setOptionMs;
    await frame();
    if (window.__setOptionMs !== so) late++;
    full.push(t1 - t0);
    setOption.push(so);
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const drawn = setOption.map((s, k) => [s, full[k]]).filter(([s]) => s > 0);
  return {
    full50: med(full),
    so50: drawn.length ? med(drawn.map(([s]) => s)) : 0,
    fullDrawn50: drawn.length ? med(drawn.map(([, f]) => f)) : 0,
    drawn: drawn.length,
    late,
  };
};
const fmt = (x) => `${x.toFixed(1)}`;
const STEPS = 120;
let lateTotal = 0;
// Presses come at most every 33 ms, the rate of a held arrow key (about 30
// per second by default on Windows and macOS): the fastest a reader steps a
// control.
const press = async (key, pg = page) => {
  const t = Date.now();
  const n = await pg.evaluate(() => window.__lat.length);
  await pg.keyboard.press(key);
  await pg.waitForFunction((n) => window.__lat.length > n, n, { polling: 5 });
  await settle(pg);
  const rest = 33 - (Date.now() - t);
  if (rest > 0) await pg.waitForTimeout(rest);
};
const latencies = async (n, key, pg = page) => {
  for (let k = 0; k < 10; k++) await press(key(k), pg); // warm-up, uncounted
  await pg.evaluate(() => { window.__lat = []; });
  for (let k = 0; k < n; k++) await press(key(k), pg);
  const lat = await pg.evaluate(() => window.__lat);
  return (what, x) => {
    const xs = lat.map((l) => l[what]).sort((a, b) => a - b);
    return xs.length === n ? xs[Math.floor(xs.length * x)] : NaN;
  };
};
// The floor: a key that changes nothing, on the page itself.
{
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  const q = await latencies(50, () => "Shift");
  row("step→paint floor (a key that changes nothing)", `work p50 ${fmt(q("work", 0.5))}, wall p50 ${fmt(q("wall", 0.5))} ms`);
}
// Each control twice in a row (two runs of STEPS presses): the budget holds
// only if it holds in both.
for (const c of controls) {
  console.error(`steps: ${c.name}`);
  await page.evaluate(pressScript, { i: c.i });
  const key = (k) => (k % 2 ? "ArrowLeft" : "ArrowRight");
  const q1 = await latencies(STEPS, key);
  const q2 = await latencies(STEPS, key);
  const p95 = Math.max(q1("work", 0.95), q2("work", 0.95));
  row(
    `step→paint ${c.name}`,
    `work p50 ${fmt(q1("work", 0.5))}/${fmt(q2("work", 0.5))}, p95 ${fmt(q1("work", 0.95))}/${fmt(q2("work", 0.95))} ms (wall p95 ${fmt(q1("wall", 0.95))}/${fmt(q2("wall", 0.95))})`,
    "p95 ≤ 16 ms, both",
    p95 <= 16,
  );
  const r = await page.evaluate(stepScript, { i: c.i, n: STEPS });
  lateTotal += r.late;
  if (!r.drawn) {
    row(`  full update ${c.name}`, `${fmt(r.full50)} ms, no chart redrawn`);
  } else {
    const ratio = r.fullDrawn50 / r.so50;
    row(`  full update / setOption ${c.name}`, `${fmt(r.fullDrawn50)} / ${fmt(r.so50)} ms = ${ratio.toFixed(2)}x`, "≤ 1.5x", ratio <= 1.5);
  }
}
row("steps whose setOption ran after the microtask drain", String(lateTotal), "0", lateTotal === 0);

// The same presses with the CPU slowed 4x, as a phone's is (Lighthouse's
// mobile setting): every control, one run each.
{
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  for (const c of controls) {
    console.error(`steps at 4x CPU: ${c.name}`);
    await page.evaluate(pressScript, { i: c.i });
    const q = await latencies(60, (k) => (k % 2 ? "ArrowLeft" : "ArrowRight"));
    row(`4x CPU step→paint ${c.name}`, `work p50 ${fmt(q("work", 0.5))}, p95 ${fmt(q("work", 0.95))} ms`, "p95 ≤ 50 ms", q("work", 0.95) <= 50);
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.detach();
}

// ---------- Against a reference build, in the same run (REF_URL) ----------
//
// `make bench REF=<dir>` serves another build (say, the last commit's dist)
// beside this one. Both pages stay open; for each control the two are
// measured in turn, twice each (ABAB), so the machine's drift and noise hit
// both alike. Only this comparison says whether a change made steps faster.
const refUrl = process.env.REF_URL;
if (refUrl) {
  const ref = await openLive(`${refUrl}?lang=en`);
  const AB_STEPS = 60;
  for (const c of controls) {
    const runs = { this: { work: [], full: [], so: [] }, ref: { work: [], full: [], so: [] } };
    for (let round = 0; round < 2; round++) {
      for (const [tag, pg] of [["this", page], ["ref", ref.page]]) {
        await pg.bringToFront();
        await pg.evaluate(pressScript, { i: c.i });
        const q = await latencies(AB_STEPS, (k) => (k % 2 ? "ArrowLeft" : "ArrowRight"), pg);
        runs[tag].work.push(q("work", 0.5), q("work", 0.95));
        const r = await pg.evaluate(stepScript, { i: c.i, n: AB_STEPS });
        runs[tag].full.push(r.drawn ? r.fullDrawn50 : r.full50);
        runs[tag].so.push(r.so50);
      }
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const side = (t) => {
      const w = runs[t].work;
      return `work p50 ${fmt(mean([w[0], w[2]]))} p95 ${fmt(mean([w[1], w[3]]))}, full ${fmt(mean(runs[t].full))} / setOption ${fmt(mean(runs[t].so))}`;
    };
    row(`A/B ${c.name}`, `this: ${side("this")} | ref: ${side("ref")}`);
  }
  await ref.page.close();
}

// Heap before and after 1,000 steps.
const heap = async () => page.evaluate(() => { window.gc && window.gc(); return performance.memory.usedJSHeapSize; });
const before = await heap();
await page.evaluate(stepScript, { i: controls[0].i, n: 1000 });
const after = await heap();
row("JS heap before / after 1,000 steps", `${kb(before)} / ${kb(after)}`, "flat (≤ +10%)", after <= before * 1.1);
const instances = await page.evaluate(() => [...document.querySelectorAll("[data-testid=echart]")].filter((el) => window.echarts.getInstanceByDom(el)).length);
row("ECharts instances after the steps", String(instances));
await browser.close();

const w = Math.max(...rows.map((r) => r.what.length));
console.log(`${"figure".padEnd(w)}  ${"value".padEnd(34)}  ${"budget".padEnd(14)}  verdict`);
for (const r of rows) console.log(`${r.what.padEnd(w)}  ${r.value.padEnd(34)}  ${r.budget.padEnd(14)}  ${r.verdict}`);
