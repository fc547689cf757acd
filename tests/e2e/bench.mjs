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
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--js-flags=--expose-gc", "--enable-precise-memory-info"],
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

// Keyboard step to next paint, per control.
const controls = await page.$$eval("main input[type=range], main [role=slider]", (els) =>
  els.map((el, i) => {
    el.setAttribute("data-bench", String(i));
    return { i: String(i), name: el.getAttribute("data-testid") };
  }),
);
const stepScript = async ({ i, n }) => {
  const el = document.querySelector(`[data-bench="${i}"]`);
  el.scrollIntoView({ block: "center" });
  await new Promise((r) => setTimeout(r, 50));
  const times = [];
  for (let k = 0; k < n; k++) {
    const t0 = performance.now();
    if (el.tagName === "INPUT") {
      const step = Number(el.step) || 1;
      const v = Number(el.value);
      el.value = String(k % 2 ? v - step : v + step > Number(el.max) ? v - step : v + step);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    } else {
      el.dispatchEvent(new KeyboardEvent("keydown", { key: k % 2 ? "ArrowLeft" : "ArrowRight", bubbles: true }));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return [times[Math.floor(n * 0.5)], times[Math.floor(n * 0.95)]];
};
let worstP95 = 0;
for (const c of controls) {
  const [p50, p95] = await page.evaluate(stepScript, { i: c.i, n: 200 });
  worstP95 = Math.max(worstP95, p95);
  row(`step→paint ${c.name}`, `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`, "p95 ≤ 16 ms", p95 <= 16);
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
console.log("(ECharts setOption-alone timing and the full-update ratio are not measured yet.)");
