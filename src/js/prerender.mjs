// Trunk post-build hook (Trunk.toml): turns Trunk's page shell into the
// prerendered site.
//
//  1. Runs the native prerender (`cargo run --features ssr --bin prerender`),
//     which renders every page with the app's own components and lists each
//     figure's ECharts option, exactly as the live chart will receive it.
//  2. Draws every figure as static SVG with ECharts' server-side renderer,
//     all pages in this one process (so class prefixes never collide), and
//     drops the inline <style> ECharts writes (the CSP forbids it; the static
//     charts need none of its hover rules).
//  3. Writes one page per language and per embedded section: `index.html`
//     (Japanese), `en/index.html`, `embed/<id>/index.html`,
//     `en/embed/<id>/index.html`, each with its own <html lang>, title,
//     description, canonical and hreflang links, and Open Graph and Twitter
//     cards, and asset links that work from its folder (and so under a
//     GitHub Pages subpath).
//  4. Replaces Trunk's loader with one that never blocks the first paint: no
//     preloads competing with the page, a module script that starts the wasm
//     and shows a notice if it cannot.
//  5. Release builds only: the Content-Security-Policy <meta>, and the hash
//     of the one inline script (the language check, which must run before
//     the first paint); the stylesheet and wasm-bindgen's glue minified.
//
// SITE_URL (for example https://user.github.io/repo/) makes canonical and
// Open Graph addresses absolute, and writes sitemap.xml; without it they are
// relative, there is no sitemap, and the build says so. robots.txt is
// always written; embed pages carry noindex (site-files.mjs).
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { init, registerPreprocessor, use } from "echarts/core";
import { transformSync } from "esbuild";
import { PARTS } from "./echarts-parts.mjs";
import { install as signLabels } from "./labels.mjs";

import { POLICY } from "./csp.mjs";
import { articleJsonLd, commitDate, escapeAttr, jsonLdScript, robotsTxt, siteAddress, sitemapXml } from "./site-files.mjs";

const here = dirname(fileURLToPath(import.meta.url));
// The same parts of ECharts as the live charts (echarts-parts.mjs), and
// the same label rules: "−$2B", not "$-2B".
use(PARTS);
signLabels({ registerPreprocessor });
const repo = join(here, "..", "..");

/** The size static charts are drawn at: a phone's chart box (most readers), which CSS
 * scales to the box it has (a little larger on a desktop). */
// The same size as src/charts/fit.rs fits options to when none is known.
export const CHART_SIZE = { width: 340, height: 352 };

/** Where the reader's choice of language is remembered (localStorage):
 * `en` or `ja` after a tap on the offer or the language switch, `stay`
 * after "Stay in …", which only stops the offer. */
const LANG_KEY = "tether-explainer:lang";
/** Keys of the address that belong to the page, not the scenario
 * (src/model/url.rs: PAGE_KEYS). */
const PAGE_KEYS = ["lang", "embed", "section", "childId", "initialWidth", "parentTitle", "parentUrl"];

const escapeText = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const sha = (algo, text, enc) => createHash(algo).update(text).digest(enc);

/** Runs the native prerender and returns its pages. */
export function prerenderPages() {
  const out = execFileSync("cargo", ["run", "--quiet", "--features", "ssr", "--bin", "prerender"], {
    cwd: repo,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out);
}

/** The share cards' size: what Open Graph and X's large cards use
 * (src/share.rs draws them). */
export const CARD = { width: 1200, height: 630 };

/** Draws each page's share card (`<page>/share.png`) and the touch icon
 * natively (src/share.rs, with resvg and fonts from npm), compressed by
 * oxipng unless `fast`; returns what it wrote. */
export function drawImages(staging, cards, { fast = false } = {}) {
  const args = ["run", "--quiet", "--features", "ssr", "--bin", "prerender", "--", "images", staging, ...(fast ? ["--fast"] : [])];
  const out = execFileSync("cargo", args, {
    cwd: repo,
    encoding: "utf8",
    input: JSON.stringify({ cards }),
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["pipe", "pipe", "inherit"],
  });
  return JSON.parse(out).written;
}

/** Writes each language's strings file (the browser's build loads the
 * texts of one language at a time: src/i18n/mod.rs) under a name that
 * carries a hash of its content, so a cached copy is never stale; returns
 * the names by language tag. */
function writeStrings(staging, strings) {
  const names = {};
  for (const [lang, text] of Object.entries(strings)) {
    names[lang] = `strings-${lang}-${sha("sha256", text, "hex").slice(0, 16)}.txt`;
    writeFileSync(join(staging, names[lang]), text);
  }
  return names;
}

/** Draws one option as static SVG: no animation, no inline style, labelled
 * as an image with the chart's description. */
export function staticSvg(optionJson, description) {
  const chart = init(null, null, { renderer: "svg", ssr: true, ...CHART_SIZE });
  const option = JSON.parse(optionJson);
  option.animation = false;
  chart.setOption(option);
  let svg = chart.renderToSVGString();
  chart.dispose();
  // ECharts numbers its elements' ids per instance (zr0-c0, …) and the live
  // charts will count from zr0 again: a static chart's clip path must not
  // be found by a live chart's url(#…). First out go the hover rules and
  // the classes they hang on (a static chart has no hover), which are
  // named like the ids and would no longer be found after the renaming.
  svg = svg.replace(/<style[\s\S]*?<\/style>/g, "").replace(/\s(class="zr\d+-cls-\d+"|pointer-events="[^"]*")/g, "");
  svg = svg.replace(/\bzr(\d+)-/g, "static$1-");
  // ECharts' server renderer marks elements for its own client-side
  // hydration (ecmeta_series_index and the like), which the page never
  // does: attributes HTML does not allow, and bytes for nothing.
  svg = svg.replace(/\secmeta_[a-z_]+="[^"]*"/g, "");
  // What draws nothing: the transparent background, and the boxes ECharts
  // puts under axis labels for hover (filled with none, no stroke).
  svg = svg.replace(/<rect width="[\d.]+" height="[\d.]+" x="0" y="0" fill="none"><\/rect>\n?/g, "");
  svg = svg.replace(/<path d="[^"]*"(?: transform="[^"]*")? fill="none"><\/path>\n?/g, "");
  // Inline style attributes (text's font) become presentation attributes,
  // which the CSP allows and CSS can still override.
  svg = svg.replace(/\sstyle="([^"]*)"/g, (_, css) =>
    css
      .split(";")
      .map((d) => d.split(":").map((x) => x.trim()))
      .filter(([k, v]) => k && v && /^[a-z-]+$/.test(k))
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join(""),
  );
  const { width, height } = CHART_SIZE;
  // The root: fixed size out (CSS sizes it), a viewBox in, and a name.
  svg = svg.replace(/^<svg\b([^>]*)>/, (_, attrs) => {
    const kept = attrs
      // HTML's SVG needs no version, profile or xlink (nothing links).
      .replace(/\s(width|height|viewBox|style|class|version|baseProfile|xmlns:xlink)="[^"]*"/g, "")
      .trim();
    return `<svg ${kept} viewBox="0 0 ${width} ${height}" class="static-chart" role="img" aria-label="${escapeAttr(description)}" focusable="false">`;
  });
  if (/<style|\sstyle="/.test(svg)) throw new Error("static chart still carries inline style, which the CSP blocks");
  if (/xlink:/.test(svg)) throw new Error("static chart links with xlink, whose namespace it no longer declares");
  return svg;
}

/** A chart as its page's share card shows it: without the series that
 * follow the reader's dials (src/charts/mod.rs, READER_SERIES), since the
 * card shows the article's figures only, and without their legend entries. */
export function cardChart(c, svg) {
  const option = JSON.parse(c.option);
  const series = Array.isArray(option.series) ? option.series : [];
  const dropped = new Set(series.filter((s) => s.id === READER_SERIES).map((s) => s.name));
  if (!dropped.size) return { svg, title: c.title, legend: c.legend };
  option.series = series.filter((s) => s.id !== READER_SERIES);
  return {
    svg: staticSvg(JSON.stringify(option), c.description),
    title: c.title,
    legend: c.legend.filter((l) => !dropped.has(l.name)),
  };
}

/** The id of a series that follows the reader's dials (src/charts/mod.rs). */
const READER_SERIES = "reader";

/** The inline script that runs before the first paint. It sends a reader
 * to the page in the language the address asks for (`?lang=`), and old
 * `?embed=1&section=` links to the section's embed page, keeping query and
 * fragment; an old `?embed=1` link with no `?lang=` still follows the
 * browser's language, as it always did. The root page no longer follows the
 * browser (a second page load): it stays Japanese, and a browser that
 * prefers the other language, or a reader who chose it before, is offered
 * it at the top (`<html data-offer-lang>`, which the stylesheet shows, so
 * nothing moves after the first paint). A tap on the offer or on the
 * language switch is remembered in localStorage: a reader who chose English
 * goes from `/` to `en/`; one who chose to stay is offered nothing again,
 * and sent nowhere (staying on the English page a Japanese browser was
 * offered Japanese on is not a wish for `/` to turn English). Embeds neither offer nor remember: the host chose the language.
 * It also marks a page whose address carries a scenario, whose numbers the
 * code is yet to compute; and it marks the page `data-js`, so what only
 * works with JavaScript (the guess and its Reveal button) is shown only
 * then, and the answer, shown plainly without JavaScript, waits for Reveal.
 * It records the page's errors in `window.__pageErrors` from before the
 * first paint, for the WebKit and Firefox tests, which classic WebDriver
 * gives no console log; and it fetches again a stylesheet that arrives
 * empty (see `heal`). */
function headScript(sections) {
  return `(function(){var E=window.__pageErrors=[];addEventListener("error",function(e){E.push(String(e.message||e.type))});addEventListener("unhandledrejection",function(e){E.push("unhandled rejection: "+String(e.reason))});` +
    // Firefox can hand a page the empty stylesheet of another document's
    // cancelled load of the same address (an iframe whose page redirected
    // while a second iframe of the site loaded): a stylesheet that arrives
    // empty or fails is fetched once more under its own address.
    `function heal(e){var l=e.target;if(!l||l.tagName!=="LINK"||l.rel!=="stylesheet"||l.hasAttribute("data-retry"))return;var ok=true;try{ok=e.type==="load"&&!!l.sheet&&l.sheet.cssRules.length>0}catch(x){}if(!ok){var c=l.cloneNode();c.setAttribute("data-retry","");c.href=l.href+(l.href.indexOf("?")<0?"?":"&")+"retry=1";l.parentNode.insertBefore(c,l.nextSibling)}}document.addEventListener("load",heal,true);document.addEventListener("error",heal,true);` +
    `var d=document.documentElement,q=new URLSearchParams(location.search),page=d.getAttribute("data-page")||"",root=d.getAttribute("data-root")||"",S=${JSON.stringify(sections)},K=${JSON.stringify(PAGE_KEYS)};d.setAttribute("data-js","");` +
    `function tag(t){t=String(t||"").split(/[-_]/)[0].trim().toLowerCase();return t==="en"||t==="ja"?t:null}` +
    // The reader's remembered choice (storage can be blocked: then none).
    `var KEY=${JSON.stringify(LANG_KEY)},raw=null;try{raw=localStorage.getItem(KEY)}catch(x){}var kept=tag(raw);` +
    `var L=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language],pref=null;for(var i=0;i<L.length&&!pref;i++)pref=tag(L[i]);pref=pref||"en";` +
    `var old=q.get("embed")==="1",em=old||page.indexOf("embed/")>=0,lang=tag(q.get("lang"));if(!lang&&page===""){if(old)lang=pref;else if(kept)lang=kept}` +
    `lang=lang||d.lang;var m=/embed\\/([^/]+)\\/$/.exec(page),sec=m?m[1]:(old&&S.indexOf(q.get("section"))>=0?q.get("section"):"");` +
    `var want=(lang==="en"?"en/":"")+(sec?"embed/"+sec+"/":"");if(want!==page){location.replace(root+want+location.search+location.hash);return}` +
    `if(!em){var o=kept||pref;if(o!==lang&&raw!=="stay")d.setAttribute("data-offer-lang",o);` +
    `document.addEventListener("click",function(e){var t=e.target&&e.target.closest?e.target.closest("[data-lang-choice],[data-lang-stay]"):null;if(!t)return;var v=t.hasAttribute("data-lang-stay")?"stay":tag(t.getAttribute("data-lang-choice"));if(v)try{localStorage.setItem(KEY,v)}catch(x){}d.removeAttribute("data-offer-lang")},true)}` +
    `if(old)d.setAttribute("data-embed","true");q.forEach(function(v,k){if(K.indexOf(k)<0)d.setAttribute("data-pending","")})})();`;
}

/** The module that starts the app once the article has been painted, and
 * says so visibly if it cannot. The glue is imported only then, so neither
 * its download nor its running competes with the first paint. The trigger
 * is the first contentful paint as the browser reports it (Paint Timing),
 * which is when the frame reached the screen: a frame's own callback runs
 * before that, and a request started then counts, for Lighthouse, as work
 * the largest paint waited for. Where Paint Timing is missing or reports
 * nothing (no contentful paint), a frame drawn and 200 ms are the trigger;
 * a timer stands in where neither comes (a hidden tab, an iframe the
 * browser does not render), so an embed still starts and sizes itself. */
function bootScript(glue, wasm, strings) {
  return `const failed = (e) => {
  console.warn("The interactive part could not start:", e);
  if (document.querySelector(".fatal:not([hidden])")) return;
  const note = document.querySelector("[data-testid=code-unavailable]");
  if (note) note.hidden = false;
};
// An inline module: addresses are relative to the page, so go back up to
// the site's root first (the page says how far: data-root).
const root = new URL(document.documentElement.getAttribute("data-root") || "./", location.href);
// Each language's texts are a file of their own, fetched once when the
// code asks (src/i18n/mod.rs); a failed fetch may be tried again.
const names = ${JSON.stringify(strings)};
const texts = {};
window.__explainerStrings = (lang) => (texts[lang] ??= fetch(new URL(names[lang], root))
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(\`\${r.status} \${r.url}\`))))
  .catch((e) => { delete texts[lang]; throw e; }));
let started = false;
const start = () => {
  if (started) return;
  started = true;
  // The page's language (?lang= wins, as in boot.rs) comes with the code,
  // and the other too where the page offers it.
  const asked = (new URLSearchParams(location.search).get("lang") || "").split(/[-_]/)[0].toLowerCase();
  const lang = asked in names ? asked : document.documentElement.lang;
  for (const l of Object.keys(names)) if (l === lang || document.documentElement.hasAttribute("data-offer-lang")) window.__explainerStrings(l).catch(() => {});
  // The wasm is fetched beside the glue, not after it: the glue's init
  // takes the response when it is there (compiling it as it streams). On
  // slow 4G that is the glue's whole round trip sooner. (The no-op catch
  // only keeps a failed fetch from being reported before init awaits it:
  // init still fails, and says so.)
  const code = fetch(new URL("${wasm}", root));
  code.catch(() => {});
  import(new URL("${glue}", root).href)
    .then((glue) => glue.default({ module_or_path: code }))
    .catch(failed);
};
// Where no contentful paint comes (an iframe sized to nothing yet), a frame
// drawn stands in: the second frame's callback runs only once the first
// frame is done, and 200 ms later it has reached the screen. Where no frame
// comes either (a hidden tab, an iframe the browser does not render), a
// timer does. (A timer from here alone, as before, could start the code
// before a slow first paint, which then showed the code's article, not the
// prerendered one: the largest paint came seconds later.)
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 200)));
setTimeout(start, document.visibilityState === "hidden" ? 0 : 3000);
if (typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes?.includes("paint")) {
  const painted = new PerformanceObserver((list) => {
    if (list.getEntriesByName("first-contentful-paint").length) {
      painted.disconnect();
      setTimeout(start, 0);
    }
  });
  painted.observe({ type: "paint", buffered: true });
}
// "Reveal the answer" works before the code arrives, and if it never does:
// the answer is in the page, and <html data-revealed> shows it (the code
// starts revealed when it finds the mark).
document.addEventListener("click", (e) => {
  if (e.target instanceof Element && e.target.closest("[data-testid=reveal]")) document.documentElement.setAttribute("data-revealed", "");
});
`;
}

/**
 * Release builds: the stylesheet and wasm-bindgen's glue, minified by
 * esbuild (already here for the ECharts bundle). Trunk's own `minify` would
 * also rewrite the page shell this script reads, and its JS minifier cannot
 * parse the glue. The stylesheet comes before the first paint: minified,
 * 8.8 KB gzip becomes 5.4 KB. The glue comes with the code: 10.9 KB gzip
 * becomes 8.6 KB. The stylesheet's integrity hash is made again; the glue
 * has none once Trunk's preloads are gone. Returns the shell.
 */
function minifyAssets(staging, shell, glue) {
  const link = /<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="(sha384-[^"]+)"\s*\/?>/.exec(shell);
  if (!link) throw new Error("prerender.mjs: cannot find the stylesheet's link, with its integrity hash, in Trunk's page shell");
  const minify = (file, loader) => {
    const path = join(staging, file);
    const out = transformSync(readFileSync(path, "utf8"), { loader, minify: true, legalComments: "none", ...(loader === "js" ? { format: "esm" } : {}) });
    for (const w of out.warnings) console.log(`prerender.mjs: esbuild on ${file}: ${w.text}`);
    writeFileSync(path, out.code);
    return out.code;
  };
  const css = minify(link[1], "css");
  minify(glue, "js");
  return shell.replace(link[0], () => link[0].replace(link[2], `sha384-${sha("sha384", css, "base64")}`));
}

function main() {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error("prerender.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
    process.exit(1);
  }
  const release = process.env.TRUNK_PROFILE === "release";
  const started = performance.now();
  const siteUrl = siteAddress(process.env.SITE_URL);

  let shell = readFileSync(join(staging, "index.html"), "utf8");
  // Trunk's loader: its glue and wasm names, then out with it and its preloads.
  const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(shell);
  if (!loader) throw new Error("prerender.mjs: Trunk's inline loader script is missing");
  const glue = /from\s+'\.\/([^']+\.js)'/.exec(loader[1])?.[1];
  const wasm = /'\.\/([^']+_bg\.wasm)'/.exec(loader[1])?.[1];
  if (!glue || !wasm) throw new Error("prerender.mjs: cannot read the glue and wasm names from Trunk's loader");
  shell = shell.replace(loader[0], "");
  // index.html's comments are for its readers, not the site's.
  shell = shell.replace(/\s*<!--[\s\S]*?-->/g, "");
  shell = shell.replace(/\s*<link rel="(modulepreload|preload)"[^>]*>/g, "");
  // Trunk gives the favicon's link an integrity hash, which HTML allows only
  // on stylesheets and preloads (and browsers ignore on an icon).
  shell = shell.replace(/(<link rel="icon"[^>]*?)\s+integrity="[^"]*"/, "$1");
  if (!shell.includes('<div id="app"></div>')) throw new Error('prerender.mjs: index.html must hold <div id="app"></div>');
  if (release) shell = minifyAssets(staging, shell, glue);

  // The loader is inline, at the end of the body, not a file: a request
  // for it would start before the first paint (the preload scanner finds
  // it), and Lighthouse's simulation then counts its round trip as work
  // the first paint waited for (FCP and LCP 150-190 ms later than the same
  // page without it, on every page). Pinned by its hash, like the head's;
  // in a release build without its comments.
  const { pages, strings } = prerenderPages();
  const bootSource = bootScript(glue, wasm, writeStrings(staging, strings));
  const boot = release ? transformSync(bootSource, { loader: "js", format: "esm", minify: true, legalComments: "none" }).code.trim() : bootSource;
  const bootHash = `'sha256-${sha("sha256", boot, "base64")}'`;

  const rendered = performance.now();
  const sections = pages.filter((p) => p.section).map((p) => p.section).filter((s, i, a) => a.indexOf(s) === i);
  const inline = headScript(sections);
  const inlineHash = `'sha256-${sha("sha256", inline, "base64")}'`;
  const policy = POLICY.replace("script-src 'self'", `script-src 'self' ${inlineHash} ${bootHash}`);

  // The built commit's date: when the pages were last changed.
  const modified = commitDate((cmd, args) => execFileSync(cmd, args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  if (!modified) console.log("prerender.mjs: no git history, so the pages give no modified date");
  let charts = 0;
  const articles = [];
  // Each page's share card is drawn from its first static chart.
  const cards = [];
  for (const p of pages) {
    // The server renderer's hydration markers (`<!>`) are bogus comments
    // to an HTML validator, and the takeover renders each piece afresh,
    // so it never reads them. A hydrating build (make measure-hydrate)
    // keeps them.
    // Its other comments (`<!--<() />-->`, where a view rendered nothing)
    // go too: bytes before the first text, read by nothing.
    let app = process.env.KEEP_HYDRATION_MARKERS ? p.html : p.html.replace(/<!>|<!--[\s\S]*?-->/g, "");
    // The card shows the page's first chart, or the one drawn for readers
    // without JavaScript where there is one (the profit's answer: a card
    // shows the article's figures, never a question).
    const shown = p.charts.find((c) => c.nojs) ?? p.charts[0];
    const card = { path: p.path, chart: null };
    cards.push(card);
    for (const c of p.charts) {
      const svg = staticSvg(c.option, c.description);
      if (c === shown) card.chart = cardChart(c, svg);
      const at = new RegExp(`(<div[^>]*\\bdata-chart="${c.name}"[^>]*>)(</div>)`);
      if (!at.test(app)) throw new Error(`prerender.mjs: no element for chart ${c.name} on page /${p.path}`);
      app = app.replace(at, (_, open, close) => open + svg + close);
      charts++;
    }
    // The app sets the same title once it runs (site.rs, Page::title).
    const title = p.title;
    // The root page sends a reader who chose English before to `en/`
    // unless `?lang=` says otherwise: its own address, for search engines
    // and the other page's link, says so. The Japanese article, which
    // offers English, is the default for every other language, named by
    // that same address: an hreflang address must be a canonical one
    // (Lighthouse fails `/` for an x-default of `/` beside a canonical of
    // `/?lang=ja`).
    const stable = (path) => (path === "" ? "?lang=ja" : path);
    const abs = (path) => (siteUrl ? siteUrl + stable(path) : p.root + stable(path));
    const negotiating = (path) => (siteUrl ? siteUrl + path : p.root + path || "./");
    const locale = p.lang === "ja" ? "ja_JP" : "en_US";
    const altLocale = p.alternate_lang === "ja" ? "ja_JP" : "en_US";
    const xDefault = p.section ? negotiating(p.path.replace(/^en\//, "")) : abs("");
    const image = (siteUrl || p.root) + p.path + "share.png";
    const meta = [
      `<title>${escapeText(title)}</title>`,
      `<meta name="description" content="${escapeAttr(p.description)}" />`,
      `<link rel="canonical" href="${escapeAttr(abs(p.path))}" />`,
      `<link rel="alternate" hreflang="${p.lang}" href="${escapeAttr(abs(p.path))}" />`,
      `<link rel="alternate" hreflang="${p.alternate_lang}" href="${escapeAttr(abs(p.alternate))}" />`,
      `<link rel="alternate" hreflang="x-default" href="${escapeAttr(xDefault)}" />`,
      // An embed page is one section for an iframe: not a page of its own
      // for search engines (the article holds the same section).
      ...(p.section ? [`<meta name="robots" content="noindex" />`] : []),
      `<meta property="og:type" content="article" />`,
      `<meta property="og:title" content="${escapeAttr(title)}" />`,
      `<meta property="og:description" content="${escapeAttr(p.description)}" />`,
      `<meta property="og:url" content="${escapeAttr(abs(p.path))}" />`,
      `<meta property="og:locale" content="${locale}" />`,
      `<meta property="og:locale:alternate" content="${altLocale}" />`,
      `<meta property="og:site_name" content="${escapeAttr(p.site_title)}" />`,
      // The page's share card (drawn below): the article's figures, which
      // the card says, whatever scenario a shared address carries.
      `<meta property="og:image" content="${escapeAttr(image)}" />`,
      `<meta property="og:image:type" content="image/png" />`,
      `<meta property="og:image:width" content="${CARD.width}" />`,
      `<meta property="og:image:height" content="${CARD.height}" />`,
      `<meta property="og:image:alt" content="${escapeAttr(p.card_alt)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="twitter:title" content="${escapeAttr(title)}" />`,
      `<meta name="twitter:description" content="${escapeAttr(p.description)}" />`,
      `<meta name="twitter:image" content="${escapeAttr(image)}" />`,
      `<meta name="twitter:image:alt" content="${escapeAttr(p.card_alt)}" />`,
      `<link rel="apple-touch-icon" href="${escapeAttr(p.root)}apple-touch-icon.png" />`,
      `<meta property="article:published_time" content="${escapeAttr(p.published)}" />`,
      ...(modified ? [`<meta property="article:modified_time" content="${escapeAttr(modified)}" />`] : []),
      `<script>${inline}</script>`,
    ].join("\n    ");

    // An article's JSON-LD goes after its text: data for search engines
    // and fact-check tools, which the first paint need not wait for.
    const structured = p.structured
      ? jsonLdScript(
          articleJsonLd(
            {
              url: abs(p.path),
              lang: p.lang,
              headline: title,
              description: p.description,
              image,
              logo: (siteUrl || p.root) + "apple-touch-icon.png",
              site: p.site_title,
              siteHome: negotiating(""),
              published: p.published,
              modified,
            },
            p.structured,
          ),
        ) + "\n    "
      : "";
    let html = shell
      .replace(/<html lang="[^"]*"/, `<html lang="${p.lang}" data-page="${escapeAttr(p.path)}" data-root="${escapeAttr(p.root)}"${p.section ? ' data-embed="true"' : ""}`)
      .replace(/\s*<title>[\s\S]*?<\/title>/, "")
      .replace(/\s*<meta name="description"[^>]*>/, "")
      // A function, not a string: the meta text holds "$13 billion", and a
      // replacement string would read "$1" as the first group.
      .replace(/(<meta name="color-scheme"[^>]*>)/, (tag) => `${tag}\n    ${meta}`)
      .replace(
        '<div id="app"></div>',
        () => `<div id="app">${app}</div>\n    ${structured}<script type="module">${boot}</script>`,
      );
    // Asset links are relative to the root: from a folder, go back up.
    if (p.root) html = html.replace(/(\s(?:href|src))="\.\/(?!\/)/g, `$1="${p.root}`);
    if (release) {
      if (!/<meta charset="utf-8"\s*\/?>/.test(html)) throw new Error('prerender.mjs: index.html must start its <head> with <meta charset="utf-8">');
      html = html.replace(/(<meta charset="utf-8"\s*\/?>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    }
    if (!p.section) {
      articles.push({
        loc: abs(p.path),
        alternates: [
          { hreflang: p.lang, href: abs(p.path) },
          { hreflang: p.alternate_lang, href: abs(p.alternate) },
          { hreflang: "x-default", href: xDefault },
        ],
      });
    }
    const file = join(staging, p.path, "index.html");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  const imagesStarted = performance.now();
  // A development build leaves the PNGs uncompressed: seconds sooner.
  const images = drawImages(staging, cards, { fast: !release });
  writeFileSync(join(staging, "robots.txt"), robotsTxt(siteUrl));
  if (siteUrl) {
    writeFileSync(join(staging, "sitemap.xml"), sitemapXml(articles));
  } else {
    console.log(
      "prerender.mjs: SITE_URL is not set, so canonical, hreflang and og:url addresses are relative and no sitemap.xml is written: " +
        "search engines want absolute addresses, and a sitemap must have them. The Pages workflow sets SITE_URL to the site's address; " +
        "set it yourself (SITE_URL=https://user.github.io/repo/ make dist) to build the site as it is published.",
    );
  }
  const ms = (t) => `${Math.round(t)} ms`;
  console.log(
    `prerender.mjs: ${pages.length} pages, ${charts} static charts; native render ${ms(rendered - started)}, ` +
      `SVG and pages ${ms(imagesStarted - rendered)}; ${images.length} images (share cards, touch icon), ` +
      `${(images.reduce((n, i) => n + i.bytes, 0) / 1024).toFixed(0)} KB, ${ms(performance.now() - imagesStarted)}` +
      `${release ? `; policy: ${policy}` : ""}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
    // ECharts' animation loop would keep Node alive.
    process.exit(0);
  } catch (e) {
    console.error(e.message ?? e);
    process.exit(1);
  }
}
