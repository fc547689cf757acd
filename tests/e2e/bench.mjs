// make bench: sizes and speed of the release build in headless Chromium.
// Prints a table and each figure against its budget (issue 6); it measures,
// it does not fail the build.
// Usage: node tests/e2e/bench.mjs <base-url> <dist-dir>
import { chromium } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

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
  "JS glue": gz((f) => /^explainer-.*\.js$/.test(f)),
  ECharts: gz((f) => f === "echarts.min.js"),
  CSS: gz((f) => f.endsWith(".css")),
  HTML: gz((f) => f === "index.html"),
};
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
for (const [k, v] of Object.entries(sizes)) row(`gzip ${k}`, kb(v), k === "ECharts" ? "≤ 150 KB" : null, v <= 150 * 1024);
row("gzip total transfer", kb(total), "≤ 300 KB", total <= 300 * 1024);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--js-flags=--expose-gc", "--enable-precise-memory-info",
    // Frames as fast as they can be made: paint timing without vsync waits.
    "--disable-gpu-vsync", "--disable-frame-rate-limit",
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}?lang=en`);
const firstText = await page.evaluate(async () => {
  while (!document.querySelector("main p")) await new Promise((r) => setTimeout(r, 5));
  return performance.now();
});
row("time to first text", `${firstText.toFixed(0)} ms`);
// All charts: scroll through so every lazy chart is created.
const allReady = await page.evaluate(async () => {
  for (const s of document.querySelectorAll("section.beat")) {
    s.scrollIntoView();
    await new Promise((r) => setTimeout(r, 30));
  }
  const hosts = [...document.querySelectorAll("[data-testid=echart]")];
  while (hosts.some((h) => !h.querySelector("svg"))) await new Promise((r) => setTimeout(r, 5));
  window.scrollTo(0, 0);
  return performance.now();
});
row("time until all charts are ready (scrolled through)", `${allReady.toFixed(0)} ms`);

// Keyboard step to next paint, per control. Chromium runs with vsync and the
// frame-rate limit off, so "next paint" is when the frame after the step has
// been produced, not when the display's next 16.7 ms tick happens to come.
// Each step is timed three ways:
//   full update   the event until every handler, effect and setOption is done
//                 (a macrotask after the event, so the reactive microtasks ran);
//   setOption     the time spent inside ECharts' setOption during that step,
//                 summed over the charts it redrew (each instance is wrapped);
//   step→paint    the event until the next frame has been painted.
const controls = await page.$$eval("main input[type=range], main [role=slider]", (els) =>
  els.map((el, i) => {
    el.setAttribute("data-bench", String(i));
    return { i: String(i), name: el.getAttribute("data-testid") };
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
});
const stepScript = async ({ i, n }) => {
  const el = document.querySelector(`[data-bench="${i}"]`);
  el.scrollIntoView({ block: "center" });
  await new Promise((r) => setTimeout(r, 100));
  const channel = new MessageChannel();
  const macrotask = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const full = [], paint = [], setOption = [];
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
    await macrotask();
    const t1 = performance.now();
    const so = window.__setOptionMs;
    await frame();
    await macrotask();
    const t2 = performance.now();
    full.push(t1 - t0);
    paint.push(t2 - t0);
    setOption.push(so);
  }
  const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
  const drawn = setOption.map((s, k) => [s, full[k]]).filter(([s]) => s > 0);
  return {
    paint50: pct(paint, 0.5), paint95: pct(paint, 0.95),
    full50: pct(full, 0.5), full95: pct(full, 0.95),
    so50: drawn.length ? pct(drawn.map(([s]) => s), 0.5) : 0,
    ratio: drawn.length ? pct(drawn.map(([s]) => s), 0.5) && pct(drawn.map(([, f]) => f), 0.5) / pct(drawn.map(([s]) => s), 0.5) : null,
  };
};
const fmt = (x) => `${x.toFixed(1)}`;
// The floor: the same wait for the next painted frame with no step at all.
const idle = await page.evaluate(async () => {
  const channel = new MessageChannel();
  const macrotask = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  const xs = [];
  for (let k = 0; k < 200; k++) {
    const t0 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => r()));
    await macrotask();
    xs.push(performance.now() - t0);
  }
  xs.sort((a, b) => a - b);
  return [xs[100], xs[190]];
});
row("next paint with no step (the floor)", `p50 ${fmt(idle[0])} ms, p95 ${fmt(idle[1])} ms`);
for (const c of controls) {
  const r = await page.evaluate(stepScript, { i: c.i, n: 200 });
  row(`step→paint ${c.name}`, `p50 ${fmt(r.paint50)} ms, p95 ${fmt(r.paint95)} ms`, "p95 ≤ 16 ms", r.paint95 <= 16);
  if (r.ratio === null) {
    row(`  full update / setOption ${c.name}`, `${fmt(r.full50)} ms, no chart redrawn`);
  } else {
    row(`  full update / setOption ${c.name}`, `${fmt(r.full50)} / ${fmt(r.so50)} ms = ${r.ratio.toFixed(2)}x`, "≤ 1.5x", r.ratio <= 1.5);
  }
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
