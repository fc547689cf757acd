// Lighthouse, as the web judges a page: both articles and one embed page,
// each beside the same page saved as static HTML (no code at all), which
// is the limit. Mobile preset (Lighthouse's default: a mid-range phone on
// slow 4G, simulated), Debian's Chromium, medians of RUNS runs, site and
// static runs alternating so the machine's noise falls on both alike.
// Prints a table and the budgets of issue 22; it never fails on a number.
//
//   node tests/e2e/lighthouse.mjs [dist] [runs]   (make lighthouse)
import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const DIST = resolve(process.argv[2] ?? "dist");
const RUNS = Number(process.argv[3] ?? 3);
const LIGHTHOUSE = resolve("tools/lighthouse/node_modules/.bin/lighthouse");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const STATIC = resolve("target/lighthouse-static");
const PORTS = { site: 8140, static: 8141 };
const PAGES = [
  { name: "Japanese article", path: "" },
  { name: "English article", path: "en/" },
  { name: "embed (en, printing press)", path: "en/embed/printing-press/" },
];

if (!existsSync(join(DIST, "index.html"))) throw new Error(`no build in ${DIST}: run make dist`);
if (!existsSync(LIGHTHOUSE)) throw new Error("Lighthouse is not installed: run make lighthouse");

/** The site as static HTML: the same files, every page without its loader,
 * so nothing but the prerendered HTML, CSS and SVG reaches the browser. */
function staticCopy() {
  rmSync(STATIC, { recursive: true, force: true });
  cpSync(DIST, STATIC, { recursive: true });
  let pages = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "index.html") {
        const html = readFileSync(path, "utf8");
        // The loader: the inline module at the end of the body.
        const bare = html.replace(/\s*<script type="module">[\s\S]*?<\/script>/, "");
        if (bare === html) throw new Error(`no loader found in ${path}`);
        writeFileSync(path, bare);
        pages++;
      }
    }
  };
  walk(STATIC);
  return pages;
}

function serve(port, dir) {
  const child = spawn(process.execPath, ["tests/e2e/serve.mjs", String(port), dir], { stdio: "ignore" });
  return child;
}

function run(cmd, args, env) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => (code === 0 ? done(out) : fail(new Error(`${cmd} exited ${code}: ${err.slice(-400)}`))));
  });
}

async function lighthouse(url) {
  const json = await run(
    LIGHTHOUSE,
    [url, "--quiet", "--only-categories=performance", "--output=json", "--output-path=stdout", "--chrome-flags=--headless=new --no-sandbox"],
    { CHROME_PATH: CHROME },
  );
  const r = JSON.parse(json);
  const a = r.audits;
  if (r.runtimeError) throw new Error(`${url}: ${r.runtimeError.message}`);
  const tasks = a["long-tasks"]?.details?.items ?? [];
  // The takeover's pieces, as src/boot.rs records them (User Timing).
  const pieces = (a["user-timings"]?.details?.items ?? []).filter((t) => t.timingType === "Measure" && t.name.startsWith("takeover: "));
  const sections = pieces.filter((t) => t.name.startsWith("takeover: #"));
  const longestSection = sections.reduce((m, t) => (t.duration > (m?.duration ?? -1) ? t : m), null);
  return {
    chrome: pieces.find((t) => t.name === "takeover: chrome")?.duration,
    // Building the first chart, its JSON, then fitting it: three tasks.
    chartCode: pieces.filter((t) => ["takeover: chart code", "takeover: chart json", "takeover: chart fit"].includes(t.name)).reduce((a, t) => a + t.duration, 0),
    sections: sections.reduce((sum, t) => sum + t.duration, 0),
    longestSection,
    url: r.finalDisplayedUrl,
    performance: Math.round((r.categories.performance.score ?? 0) * 100),
    fcp: a["first-contentful-paint"].numericValue,
    lcp: a["largest-contentful-paint"].numericValue,
    tbt: a["total-blocking-time"].numericValue,
    cls: a["cumulative-layout-shift"].numericValue,
    longest: tasks.reduce((m, t) => Math.max(m, t.duration ?? 0), 0),
    longestWhat: tasks.reduce((m, t) => ((t.duration ?? 0) > (m?.duration ?? -1) ? t : m), null)?.url ?? "",
  };
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const pages = staticCopy();
const servers = [serve(PORTS.site, DIST), serve(PORTS.static, STATIC)];
await new Promise((r) => setTimeout(r, 500));
const results = {};
try {
  for (const page of PAGES) {
    for (let i = 0; i < RUNS; i++) {
      for (const variant of i % 2 ? ["static", "site"] : ["site", "static"]) {
        const url = `http://127.0.0.1:${PORTS[variant]}/${page.path}`;
        const r = await lighthouse(url);
        if (r.url !== url) throw new Error(`${url} ended at ${r.url}: a redirect`);
        (results[`${page.name}|${variant}`] ??= []).push(r);
        process.stderr.write(`  ${variant.padEnd(6)} ${page.name}, run ${i + 1}: ${r.performance}, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms\n`);
      }
    }
  }
} finally {
  for (const s of servers) s.kill();
}

const ms = (x) => `${Math.round(x)} ms`;
const row = (cells) => `| ${cells.join(" | ")} |`;
console.log(`\nLighthouse 12.2.3, mobile preset, ${CHROME}; median of ${RUNS} runs (static: the same ${pages} pages without their loader)\n`);
console.log(row(["page", "variant", "performance", "FCP", "LCP", "TBT", "CLS", "longest task"]));
console.log(row(["---", "---", "---", "---", "---", "---", "---", "---"]));
const summary = [];
for (const page of PAGES) {
  const m = {};
  for (const variant of ["site", "static"]) {
    const rs = results[`${page.name}|${variant}`];
    m[variant] = {
      performance: median(rs.map((r) => r.performance)),
      fcp: median(rs.map((r) => r.fcp)),
      lcp: median(rs.map((r) => r.lcp)),
      tbt: median(rs.map((r) => r.tbt)),
      cls: median(rs.map((r) => r.cls)),
      longest: median(rs.map((r) => r.longest)),
    };
    const x = m[variant];
    console.log(row([page.name, variant, x.performance, ms(x.fcp), ms(x.lcp), ms(x.tbt), x.cls.toFixed(3), ms(x.longest)]));
  }
  summary.push({ page: page.name, ...m });
}

console.log("\nThe takeover's pieces on the site pages (User Timing from src/boot.rs, medians; Lighthouse runs the page at this machine's speed and simulates the slower phone, so these are not 4x):\n");
console.log(row(["page", "chrome", "chart code", "longest section", "all sections"]));
console.log(row(["---", "---", "---", "---", "---"]));
for (const page of PAGES) {
  const rs = results[`${page.name}|site`].filter((r) => r.chrome !== undefined);
  if (!rs.length) continue;
  const longest = median(rs.map((r) => r.longestSection?.duration ?? 0));
  const which = rs.find((r) => (r.longestSection?.duration ?? 0) === longest)?.longestSection?.name.replace("takeover: ", "") ?? "";
  console.log(row([page.name, `${median(rs.map((r) => r.chrome)).toFixed(1)} ms`, `${median(rs.map((r) => r.chartCode)).toFixed(1)} ms`, `${longest.toFixed(1)} ms ${which}`.trim(), `${median(rs.map((r) => r.sections)).toFixed(1)} ms`]));
}

console.log("\nBudgets (issue 22), site pages:\n");
console.log(row(["page", "performance ≥ 95", "LCP ≤ 2.0 s and ≤ 1.1 × static", "TBT ≤ 150 ms", "CLS = 0"]));
console.log(row(["---", "---", "---", "---", "---"]));
const mark = (ok) => (ok ? "ok" : "OVER");
for (const { page, site, static: base } of summary) {
  const ratio = site.lcp / base.lcp;
  console.log(
    row([
      page,
      `${site.performance} ${mark(site.performance >= 95)}`,
      `${ms(site.lcp)}, ${ratio.toFixed(2)}× ${mark(site.lcp <= 2000 && ratio <= 1.1)}`,
      `${ms(site.tbt)} ${mark(site.tbt <= 150)}`,
      `${site.cls.toFixed(3)} ${mark(site.cls === 0)}`,
    ]),
  );
}
process.exit(0);
