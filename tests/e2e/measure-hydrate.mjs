// make measure-hydrate: the same prerendered site taken over two ways,
// measured side by side in one run (ARCHITECTURE.md records the choice).
//   replace (the release build): render afresh, carry over, swap in;
//   hydrate (built with --features hydrate): adopt the prerendered nodes.
// Usage: node tests/e2e/measure-hydrate.mjs <replace-url> <replace-dist> <hydrate-url> <hydrate-dist>
import { chromium } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { firstVisit, median } from "./slow4g.mjs";

const [replaceUrl, replaceDist, hydrateUrl, hydrateDist] = process.argv.slice(2);
const builds = [
  { name: "replace", url: replaceUrl, dist: replaceDist },
  { name: "hydrate", url: hydrateUrl, dist: hydrateDist },
];
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const b of builds) {
  const wasm = readdirSync(b.dist).find((f) => f.endsWith(".wasm"));
  const bytes = readFileSync(`${b.dist}/${wasm}`);
  b.wasm = `${(bytes.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
  b.visits = [];
}
// Alternating, so the machine's noise hits both alike.
for (let k = 0; k < 5; k++) for (const b of builds) b.visits.push(await firstVisit(browser, `${b.url}?lang=ja`));
await browser.close();

const rows = [
  ["wasm", (b) => b.wasm],
  ["slow 4G: first text", (b) => `${median(b.visits.map((v) => v.fcp)).toFixed(0)} ms`],
  ["slow 4G: code running (time to interactive)", (b) => `${median(b.visits.map((v) => v.live)).toFixed(0)} ms`],
  ["slow 4G: first key press → prose", (b) => `${median(b.visits.map((v) => v.prose)).toFixed(0)} ms`],
  ["CLS, read-through + first interaction (worst)", (b) => Math.max(...b.visits.map((v) => v.cls)).toFixed(4)],
  ["console errors", (b) => String(b.visits.flatMap((v) => v.errors).length)],
];
const w = Math.max(...rows.map(([r]) => r.length));
console.log(`${"".padEnd(w)}  ${builds.map((b) => b.name.padEnd(28)).join("  ")}`);
for (const [what, f] of rows) console.log(`${what.padEnd(w)}  ${builds.map((b) => f(b).padEnd(28)).join("  ")}`);
for (const b of builds) {
  const errors = [...new Set(b.visits.flatMap((v) => v.errors))];
  if (errors.length) console.log(`${b.name} errors: ${errors.slice(0, 3).join(" | ").slice(0, 600)}`);
}
