// The prerendered site: what a reader gets before (or without) the code,
// how the code takes over, and that old links still land where they did.
import { test as plain, type Browser, type Page } from "@playwright/test";
import { test, expect, live, SECTION_IDS } from "./fixtures";

import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = "http://127.0.0.1:8123/";
/** What the server at ROOT serves (playwright.config.ts). */
const DIST_DIR = resolve(__dirname, "../../dist");
const SUBPATH = "http://127.0.0.1:8124/some/subpath/";

/** The article's address in `lang` under `base`. */
const articleUrl = (base: string, lang: string) => `${base}${lang === "en" ? "en/" : ""}`;

async function noJsPage(browser: Browser, width: number) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  return { context, page: await context.newPage() };
}

/** Opens `url` with the wasm held back; the returned function lets it
 * through, so a test can act on the prerendered page before the code. */
async function openWithCodeHeld(page: Page, url: string): Promise<() => void> {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(url, { waitUntil: "domcontentloaded" });
  return release;
}

/** The reader-visible text of the app, as a reader would copy it. */
const appText = (page: Page) => page.locator("#app").evaluate((el) => (el as HTMLElement).innerText);
/** The app's text without what differs by design between a page without
 * JavaScript and the live one: the opening guess (only with JavaScript),
 * the answer (shown at once without it, after Reveal with it) and the
 * profit figure's two charts and legends (the one shown without
 * JavaScript has the answer and no guess), and the offer of the other
 * language (only with JavaScript, which reads the browser's), and the
 * note that JavaScript is off (only without it). The page is not used
 * afterwards. */
// innerText leaves out what is not rendered, and a section far from the
// screen is not (content-visibility: auto): every section is rendered first.
const sharedText = (page: Page) =>
  page.locator("#app").evaluate((el) => {
    document.querySelectorAll<HTMLElement>(".beat").forEach((s) => s.style.setProperty("content-visibility", "visible"));
    el.querySelectorAll(".js-only, .nojs-note, .lang-offer, .answer, #profit .echart, #profit [data-testid^=legend]").forEach((e) => e.remove());
    return (el as HTMLElement).innerText;
  });

/** The page's whole text, every section rendered (see sharedText). */
const wholeText = (page: Page) =>
  page.evaluate(() => {
    document.querySelectorAll<HTMLElement>(".beat").forEach((s) => s.style.setProperty("content-visibility", "visible"));
    return document.body.innerText;
  });

for (const base of [ROOT, SUBPATH]) {
  for (const lang of ["ja", "en"]) {
    for (const width of [390, 1280]) {
      test(`without JavaScript, ${base === ROOT ? "/" : "a subpath"} in ${lang} at ${width} px is the whole article`, async ({ browser }) => {
        const { context, page } = await noJsPage(browser, width);
        const failed: string[] = [];
        page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
        await page.goto(articleUrl(base, lang));
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("section.beat")).toHaveCount(13);
        for (const id of SECTION_IDS) await expect(page.locator(`section#${id}`)).toBeAttached();
        // Every chart as SVG, drawn by ECharts at build time, named for readers.
        const charts = page.locator("[data-testid=echart] > svg.static-chart[role=img]");
        await expect(charts).toHaveCount(10);
        for (const label of await charts.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))) {
          expect(label.length).toBeGreaterThan(20);
        }
        await charts.last().scrollIntoViewIfNeeded();
        await expect(charts.last()).toBeVisible();
        // All 23 source notes, the sources table and the data tables.
        const facts = await page.locator("[data-fact]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-fact"))));
        expect([...new Set(facts)].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
        await expect(page.locator("#sources tbody tr")).toHaveCount(23);
        expect(await page.locator("details.data table").count()).toBeGreaterThanOrEqual(10);
        await page.locator("#printing-press details.data summary").click();
        await expect(page.locator("#printing-press details.data table").first()).toBeVisible();
        // Controls are real inputs at the article's values.
        const sliders = page.locator("input[type=range]");
        expect(await sliders.count()).toBeGreaterThanOrEqual(5);
        for (const v of await sliders.evaluateAll((els) => els.map((e) => e.getAttribute("value")))) expect(v).toMatch(/^\d/);
        // The notice for a failed start stays hidden; the stylesheet loaded.
        await expect(page.getByTestId("code-unavailable")).toBeHidden();
        expect(await page.locator(".figure").first().evaluate((e) => getComputedStyle(e).borderRadius)).not.toBe("0px");
        expect(failed).toEqual([]);
        await context.close();
      });
    }
  }
}

test("each page carries its own language, title, canonical, alternates and cards", async ({ browser }) => {
  const { context, page } = await noJsPage(browser, 390);
  for (const [path, lang, alt] of [["", "ja", "en/"], ["en/", "en", ""], ["en/embed/bci/", "en", "embed/bci/"]]) {
    await page.goto(ROOT + path);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const head = await page.evaluate(() => {
      const m = (sel: string, attr = "content") => document.querySelector(sel)?.getAttribute(attr) ?? null;
      return {
        title: document.title,
        description: m('meta[name="description"]'),
        canonical: (document.querySelector('link[rel="canonical"]') as HTMLLinkElement | null)?.href,
        alternates: [...document.querySelectorAll('link[rel="alternate"]')].map((l) => `${l.getAttribute("hreflang")} ${(l as HTMLLinkElement).href}`),
        og: ["type", "title", "description", "url", "locale"].map((k) => m(`meta[property="og:${k}"]`)),
        twitter: ["card", "title", "description"].map((k) => m(`meta[name="twitter:${k}"]`)),
      };
    });
    expect(head.title.length).toBeGreaterThan(5);
    if (path.includes("embed")) expect(head.title).toContain(" — ");
    expect(head.description?.length).toBeGreaterThan(20);
    // The description is the dek, filled in whole. It gives no profit
    // away: the page opens by asking the reader to guess it.
    expect(head.description).toContain(lang === "ja" ? "Kuli氏" : "Kuli");
    expect(head.description).toContain("150");
    expect(head.description).not.toContain(lang === "ja" ? "130億" : "13 billion");
    expect(head.description).not.toContain("{");
    // The root page's stable address carries ?lang=ja (it sends a reader
    // who chose English before to en/ otherwise); x-default names the
    // Japanese article by that address too, as hreflang wants canonical
    // addresses. An embed page's x-default is its Japanese page.
    const stable = (p: string) => (p === "" ? "?lang=ja" : p);
    expect(head.canonical).toBe(ROOT + stable(path));
    expect(head.alternates).toContain(`${lang} ${ROOT}${stable(path)}`);
    expect(head.alternates).toContain(`${lang === "ja" ? "en" : "ja"} ${ROOT}${stable(alt)}`);
    expect(head.alternates).toContain(`x-default ${ROOT}${path.includes("embed") ? path.replace(/^en\//, "") : "?lang=ja"}`);
    expect(head.og[0]).toBe("article");
    expect(head.og.every((v) => v && v.length > 0)).toBe(true);
    expect(head.og[4]).toBe(lang === "ja" ? "ja_JP" : "en_US");
    expect(head.twitter.every((v) => v && v.length > 0)).toBe(true);
  }
  await context.close();
});

/** Every page in dist/, as its folder relative to the root ("", "en/",
 * "embed/bci/", …). */
function distPages(dir = ""): string[] {
  return readdirSync(join(DIST_DIR, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? distPages(join(dir, e.name)) : e.name === "index.html" ? [dir ? `${dir}/` : ""] : [],
  );
}

// Search engines index the two articles; an embed page is one section of
// them, made for an iframe (src/js/site-files.mjs).
test("embed pages carry noindex and the articles do not; robots.txt lets crawlers in", async ({ request }) => {
  const pages = distPages();
  const embeds = pages.filter((p) => /(^|\/)embed\//.test(p));
  expect(pages).toContain("");
  expect(pages).toContain("en/");
  expect(embeds.length).toBeGreaterThan(10);
  for (const path of pages) {
    const html = await (await request.get(ROOT + path)).text();
    const robots = [...html.matchAll(/<meta name="robots" content="([^"]*)"/g)].map((m) => m[1]);
    expect(robots, path).toEqual(embeds.includes(path) ? ["noindex"] : []);
  }
  const robotsTxt = await request.get(ROOT + "robots.txt");
  expect(robotsTxt.status()).toBe(200);
  const text = await robotsTxt.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).not.toMatch(/Disallow/);
  // Built without SITE_URL (as the tests build it): no sitemap, and
  // robots.txt names none.
  expect(text).not.toMatch(/Sitemap/);
  expect((await request.get(ROOT + "sitemap.xml")).status()).toBe(404);
});

// A shared link shows a picture: every page names its share card, which is
// served, is a PNG and is 1200 x 630, as its head says; the touch icon too.
test("every page has a 1200 x 630 PNG share card and a touch icon", async ({ request }) => {
  const pages = distPages();
  expect(pages.length).toBeGreaterThan(20);
  // A PNG's signature, then its IHDR chunk: width and height.
  const png = async (url: string) => {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const body = await res.body();
    expect(body.subarray(0, 8).toString("hex"), url).toBe("89504e470d0a1a0a");
    expect(body.subarray(12, 16).toString("latin1"), url).toBe("IHDR");
    return { width: body.readUInt32BE(16), height: body.readUInt32BE(20), bytes: body.length };
  };
  const images = new Set<string>();
  for (const path of pages) {
    const url = ROOT + path;
    const html = await (await request.get(url)).text();
    const meta = (attr: string, key: string) =>
      [...html.matchAll(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`, "g"))].map((m) => m[1]);
    const [image] = meta("property", "og:image");
    expect(image, path).toBeTruthy();
    expect(meta("property", "og:image"), path).toHaveLength(1);
    expect(meta("property", "og:image:type"), path).toEqual(["image/png"]);
    expect(meta("property", "og:image:width"), path).toEqual(["1200"]);
    expect(meta("property", "og:image:height"), path).toEqual(["630"]);
    expect(meta("name", "twitter:card"), path).toEqual(["summary_large_image"]);
    expect(meta("name", "twitter:image"), path).toEqual([image]);
    const [alt] = meta("property", "og:image:alt");
    expect(alt?.length ?? 0, path).toBeGreaterThan(20);
    expect(meta("name", "twitter:image:alt"), path).toEqual([alt]);
    const address = new URL(image.replace(/&amp;/g, "&"), url).href;
    images.add(address);
    const size = await png(address);
    expect([size.width, size.height], path).toEqual([1200, 630]);
    const icon = /<link rel="apple-touch-icon" href="([^"]*)"/.exec(html)?.[1];
    expect(icon, path).toBeTruthy();
    const iconSize = await png(new URL(icon!, url).href);
    expect([iconSize.width, iconSize.height], path).toEqual([180, 180]);
  }
  // Each page its own card.
  expect(images.size).toBe(pages.length);
});

// Structured data: each article's JSON-LD parses, names the page as an
// Article based on Kuli's, and reviews every claim of the ledger, each at an
// anchor the page has, with the verdict the page shows at the latest public
// figures. Embed pages, which are not indexed, carry none. Every page gives
// its dates.
test("the articles' JSON-LD: an Article and a ClaimReview per claim, as the page shows them", async ({ request, browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["", "en/"]) {
    const html = await (await request.get(ROOT + path)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts, path).toHaveLength(1);
    const ld = JSON.parse(scripts[0]);
    expect(ld["@context"]).toBe("https://schema.org");
    const graph: any[] = ld["@graph"];
    const [article] = graph.filter((n) => n["@type"] === "Article");
    for (const key of ["headline", "description", "datePublished", "author", "publisher", "image", "inLanguage", "isBasedOn", "citation"]) {
      expect(article[key], `${path} Article.${key}`).toBeTruthy();
    }
    expect(article.inLanguage).toBe(path ? "en" : "ja");
    expect(article.isBasedOn.author.name).toBe("Kuli");
    expect(article.citation.length).toBeGreaterThan(10);
    for (const c of article.citation) expect(c.url).toMatch(/^https?:\/\//);
    expect(new URL(article.image.url, ROOT + path).pathname).toBe(`/${path}share.png`);
    expect(html).toContain(`<meta property="article:published_time" content="${article.datePublished}" />`);
    const reviews = graph.filter((n) => n["@type"] === "ClaimReview");
    // What the page itself shows: each claim's verdict at the latest figures.
    await page.goto(ROOT + path);
    const shown = await page.$$eval("[data-claim]", (els) =>
      els.map((el) => ({
        key: el.getAttribute("data-claim"),
        id: el.id,
        latest: el.querySelector("[data-testid=verdict-latest] .standing")?.textContent?.trim() ?? "",
        reason: el.querySelector("[data-testid=verdict-latest] .reason")?.textContent?.trim() ?? "",
      })),
    );
    expect(reviews.length, path).toBe(shown.length);
    expect(reviews.length).toBe(11);
    for (const r of reviews) {
      expect(r.claimReviewed, path).toBeTruthy();
      expect(r.reviewRating.alternateName, path).toBeTruthy();
      expect(r.itemReviewed["@type"]).toBe("Claim");
      expect(r.itemReviewed.appearance.headline).toBe(article.isBasedOn.headline);
      expect(r.author.name).toBe(article.author.name);
      expect(r.datePublished).toBe(article.datePublished);
      const anchor = new URL(r.url, ROOT + path).hash.slice(1);
      const claim = shown.find((c) => c.id === anchor);
      expect(claim, `${path}: ${r.url} is an anchor of the page`).toBeTruthy();
      expect(r.reviewRating.alternateName, anchor).toBe(claim!.latest);
      expect(r.reviewBody, anchor).toBe(claim!.reason);
    }
  }
  for (const path of ["embed/claims/", "en/embed/bci/"]) {
    const html = await (await request.get(ROOT + path)).text();
    expect(html, path).not.toContain("application/ld+json");
    expect(html, path).toMatch(/<meta property="article:published_time" content="\d{4}-\d{2}-\d{2}" \/>/);
  }
  await context.close();
});

// The toolbar colour a phone's browser paints is the page's own background,
// in each colour scheme, on every kind of page.
test("theme-color follows the page's background in light and dark", async ({ browser }) => {
  const hex = (rgb: string) => "#" + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, "0")).join("");
  for (const scheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of ["", "en/", "en/embed/bci/"]) {
      await page.goto(ROOT + path);
      const { metas, background } = await page.evaluate(() => ({
        metas: [...document.querySelectorAll('meta[name="theme-color"]')].map((m) => [m.getAttribute("media"), m.getAttribute("content")]),
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(metas.map(([media]) => media), path).toEqual(["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"]);
      const active = metas.find(([media]) => media!.includes(scheme))![1];
      expect(active, `${path} in ${scheme}`).toBe(hex(background));
    }
    await context.close();
  }
});

// A static chart is what a reader sees until they interact, so its text
// must read in every scheme: the build draws it in ECharts' light colours
// and the stylesheet maps them to the dark ones. Checked three ways: light,
// dark by the system (no JavaScript) and dark by the page's own switch.
test("every static chart's text reads at 4.5:1 in light and dark", async ({ browser }) => {
  const cases = [
    { scheme: "light" as const, js: false, theme: null },
    { scheme: "dark" as const, js: false, theme: null },
    { scheme: "light" as const, js: true, theme: "dark" },
  ];
  for (const { scheme, js, theme } of cases) {
    const context = await browser.newContext({ javaScriptEnabled: js, colorScheme: scheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of ["", "en/"]) {
      await page.goto(ROOT + path);
      if (theme) await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
      const texts = await page.locator("svg.static-chart text").evaluateAll((els) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        };
        return els.map((t) => {
          let card = "rgb(255, 255, 255)";
          for (let el: Element | null = t.closest("svg"); el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") { card = bg; break; }
          }
          const style = getComputedStyle(t);
          // A halo in the colour of one of the chart's shapes is the colour
          // the text sits on (a share inside its slice); any other text
          // sits on the card, whatever its halo.
          const shapes = [...t.closest("svg")!.querySelectorAll("path")].map((p) => getComputedStyle(p).fill);
          const halo = style.stroke !== "none" && shapes.includes(style.stroke) ? style.stroke : card;
          return { text: t.textContent, fill: style.fill, on: halo, ratio: ratio(style.fill, halo) };
        });
      });
      expect(texts.length, path).toBeGreaterThan(50);
      const poor = texts.filter((t) => t.ratio < 4.5).map((t) => `${t.text} (${t.fill} on ${t.on}: ${t.ratio.toFixed(2)})`);
      expect(poor, `${path || "/"} in ${theme ?? scheme}${js ? "" : " without JavaScript"}`).toEqual([]);
    }
    await context.close();
  }
});

// Without JavaScript the controls are drawn but cannot move: the page says
// so at the top, in its language; with it, the note is never shown.
test("without JavaScript the page says its controls do nothing; with it, it does not", async ({ browser }) => {
  for (const [path, words] of [["", "JavaScript"], ["en/", "JavaScript is off"]]) {
    const { context, page } = await noJsPage(browser, 390);
    await page.goto(ROOT + path);
    const note = page.getByTestId("nojs-note");
    await expect(note).toBeVisible();
    await expect(note).toContainText(words);
    const box = await note.boundingBox();
    expect(box!.y, "at the top of the page").toBeLessThan(900);
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(ROOT);
  await expect(page.getByTestId("nojs-note")).toBeHidden();
  await page.locator("html[data-live]").waitFor({ state: "attached" });
  await expect(page.getByTestId("nojs-note")).toBeHidden();
  await context.close();
});

// A static chart's text stays inside its picture, as the live chart's does
// (chart-text.spec.ts): the build lays it out with the same parts of
// ECharts as the live chart, so nothing is cut at the edge, like the minus
// of the per-head chart's first tick ("−3000万" read "3000万"). Measured
// on the glyphs the browser draws, in picture units, with a slack for
// fonts wider than the build's estimate.
test("no static chart's text runs off its picture", async ({ browser }) => {
  const { context, page } = await noJsPage(browser, 390);
  for (const path of ["", "en/"]) {
    await page.goto(ROOT + path);
    await page.evaluate(() => document.querySelectorAll<HTMLElement>(".beat").forEach((s) => s.style.setProperty("content-visibility", "visible")));
    const out = await page.locator("svg.static-chart").evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const [x0, y0, w, h] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
        const chart = svg.closest("section")?.id ?? "?";
        return [...svg.querySelectorAll("text")].flatMap((t) => {
          const b = (t as SVGGraphicsElement).getBBox();
          const m = (t as SVGGraphicsElement).getCTM()!.multiply((svg as SVGSVGElement).getCTM()!.inverse());
          const left = b.x + m.e, right = b.x + b.width + m.e, top = b.y + m.f, bottom = b.y + b.height + m.f;
          const past = Math.max(x0 - left, right - (x0 + w), y0 - top, bottom - (y0 + h));
          return past > 2 ? [`#${chart}: "${t.textContent}" runs ${past.toFixed(1)} past the edge`] : [];
        });
      }),
    );
    expect(await page.locator("svg.static-chart text").count(), path).toBeGreaterThan(50);
    expect(out, path || "/").toEqual([]);
  }
  await context.close();
});

test("an embed page shows its section and figure without JavaScript", async ({ browser }) => {
  const { context, page } = await noJsPage(browser, 600);
  await page.goto(ROOT + "embed/printing-press/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator("main > section")).toHaveCount(1);
  await expect(page.locator("header.masthead")).toHaveCount(0);
  await expect(page.locator("#printing-press svg.static-chart")).toBeVisible();
  await expect(page.locator("#printing-press [data-fact]").first()).toBeAttached();
  await context.close();
});

for (const [lang, width, base] of [["ja", 390, ROOT], ["en", 1280, ROOT], ["en", 390, SUBPATH]] as const) {
  test(`the live page's text equals the prerendered page's (${lang}, ${width} px${base === SUBPATH ? ", subpath" : ""})`, async ({ page, browser }) => {
    const { context, page: still } = await noJsPage(browser, width);
    await still.goto(articleUrl(base, lang));
    const prerendered = await sharedText(still);
    await context.close();

    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${articleUrl(base, lang)}?lang=${lang}`);
    await live(page);
    const liveText = await sharedText(page);
    expect(liveText.length).toBeGreaterThan(5000);
    expect(liveText).toBe(prerendered);
  });
}

test("without JavaScript, a page has at least 90% of the live page's text", async ({ page, browser }) => {
  for (const width of [390, 1280]) {
    for (const lang of ["ja", "en"]) {
      const { context, page: still } = await noJsPage(browser, width);
      await still.goto(articleUrl(ROOT, lang));
      const without = (await wholeText(still)).length;
      await context.close();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${articleUrl(ROOT, lang)}?lang=${lang}`);
      await live(page);
      const withJs = (await wholeText(page)).length;
      expect(without / withJs, `${lang} at ${width} px: ${without} of ${withJs} characters`).toBeGreaterThanOrEqual(0.9);
    }
  }
});

test("CLS stays at or below 0.01 over a read-through and the first interaction", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as any;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) w.__shifts.push({ value: e.value, recent: e.hadRecentInput });
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./?lang=ja");
  await live(page);
  for (const id of SECTION_IDS) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  await page.locator("#printing-press").scrollIntoViewIfNeeded();
  await page.locator("#printing-press [data-testid=slider-y]").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator("#printing-press [data-testid=echart]")).not.toHaveAttribute("data-updates", "0");
  await page.waitForTimeout(500);
  const shifts: { value: number; recent: boolean }[] = await page.evaluate(() => (window as any).__shifts);
  // As CLS counts them: a shift right after the reader's own input (the
  // prose reflowing around a changed number) is not unexpected.
  const cls = shifts.filter((s) => !s.recent).reduce((a, s) => a + s.value, 0);
  expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.01);
});

test("a slider moved before the code arrived keeps its value, and its focus", async ({ page }) => {
  const release = await openWithCodeHeld(page, "./en/?lang=en");
  const slider = page.locator("#printing-press [data-testid=slider-h]");
  await slider.focus();
  const before = await slider.inputValue();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  const moved = await slider.inputValue();
  expect(Number(moved)).toBeGreaterThan(Number(before));
  await expect(page.locator("html[data-live]")).toHaveCount(0);
  release();
  await live(page);
  await expect(slider).toHaveValue(moved);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("slider-h");
  // The prose follows the moved value.
  const holdings = page.getByTestId("press-numbers").locator("[data-slot=holdings]");
  await expect(holdings).not.toHaveText("$130 billion");
  await expect(holdings).toHaveText(`$${moved} billion`);
  // And the next key press goes on from there.
  await page.keyboard.press("ArrowRight");
  await expect(slider).not.toHaveValue(moved);
});

// The wasm holds no language's texts: each is a file of its own
// (src/i18n/mod.rs), named by a hash of its content.
const STRINGS = /\/strings-(en|ja)-[0-9a-f]{16}\.txt$/;

plain("a page fetches its own language's texts with the code, and the other's only when the reader switches", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => {
    const m = STRINGS.exec(new URL(r.url()).pathname);
    if (m) fetched.push(m[1]);
  });
  await page.goto("http://127.0.0.1:8123/en/");
  await live(page);
  expect(fetched).toEqual(["en"]);
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator("#printing-press h2")).toContainText("輪転機のしくみ");
  await expect(page).toHaveURL(/\/en\/\?lang=ja$/);
  expect(fetched).toEqual(["en", "ja"]);
  // Back and forth again: nothing more to fetch.
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  expect(fetched).toEqual(["en", "ja"]);
});

plain("while the other language's texts load, the switch shows it is busy, and stops once it has switched", async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/strings-ja-[0-9a-f]{16}\.txt$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("http://127.0.0.1:8123/en/");
  await live(page);
  const link = page.getByTestId("lang-switch");
  await expect(link).not.toHaveAttribute("aria-busy", /.*/);
  await link.click();
  await expect(link).toHaveAttribute("aria-busy", "true");
  expect(await link.evaluate((e) => getComputedStyle(e).cursor)).toBe("progress");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  release();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByTestId("lang-switch")).not.toHaveAttribute("aria-busy", /.*/);
});

plain("if the page's texts cannot load, the prerendered article stays, with a visible notice", async ({ page }) => {
  await page.route(STRINGS, (route) => route.abort());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("http://127.0.0.1:8123/en/");
  await expect(page.getByTestId("code-unavailable")).toBeVisible();
  await expect(page.getByTestId("code-unavailable")).toContainText("could not load");
  await expect(page.locator("#printing-press h2")).toContainText("printing press");
  await expect(page.locator("svg.static-chart")).toHaveCount(11);
  await expect(page.locator("html[data-live]")).toHaveCount(0);
  await expect(page.getByTestId("fatal")).toHaveCount(0);
  expect(errors).toEqual([]);
});

plain("if the other language's texts cannot load, the switch opens the other page instead", async ({ page }) => {
  await page.route(/\/strings-ja-[0-9a-f]{16}\.txt$/, (route) => route.abort());
  await page.goto("http://127.0.0.1:8123/en/");
  await live(page);
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL("http://127.0.0.1:8123/?lang=ja");
  // The Japanese page, as prerendered: its texts still cannot load.
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator("#printing-press h2")).toContainText("輪転機のしくみ");
  await expect(page.getByTestId("code-unavailable")).toBeVisible();
});

plain("the wasm is fetched beside the glue, not after it", async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/explainer-[0-9a-f]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const wasm = page.waitForRequest(/_bg\.wasm$/);
  await page.goto("http://127.0.0.1:8123/en/");
  // The glue is held back: the wasm is asked for all the same.
  await wasm;
  release();
  await live(page);
});

plain("if the code cannot load, the prerendered article stays, with a visible notice", async ({ page }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto("http://127.0.0.1:8123/en/");
  await expect(page.getByTestId("code-unavailable")).toBeVisible();
  await expect(page.getByTestId("code-unavailable")).toContainText("could not load");
  await expect(page.locator("section.beat")).toHaveCount(13);
  // Ten figures, and the profit figure's answer chart for readers without
  // JavaScript (hidden here: the page has JavaScript, only not the code).
  await expect(page.locator("svg.static-chart")).toHaveCount(11);
  await expect(page.locator("html[data-live]")).toHaveCount(0);
  // "Reveal" is no dead button: the loader shows the answer the page holds.
  await expect(page.getByTestId("answer")).toBeHidden();
  await page.getByTestId("reveal").click();
  await expect(page.getByTestId("answer")).toBeVisible();
  await expect(page.getByTestId("profit-answer")).toContainText("over $13 billion");
});

test.describe("old links land where they did", () => {
  test("a scenario link opens its language, computed for that scenario, at its section", async ({ page }) => {
    await page.goto("./?lang=en&v=1&h=141&y=3.6#compute");
    await expect(page).toHaveURL(/\/en\/\?lang=en&v=1&h=141&y=3\.6#compute$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("data-pending", "");
    await live(page);
    const numbers = page.getByTestId("press-numbers");
    await expect(numbers.locator("[data-slot=holdings]")).toHaveText("$141 billion");
    await expect(numbers.locator("[data-slot=yield]")).toHaveText("3.6%");
    // A scenario the static charts do not show brings the live ones at once.
    await expect(page.locator("#compute [data-testid=echart]")).not.toHaveAttribute("data-updates", "0");
    // Where the browser put it (below the toolbar's scroll padding and the
    // section's scroll margin), though the sentences above it changed length
    // when the scenario came in.
    const [top, want] = await page.locator("#compute").evaluate((e) => [
      e.getBoundingClientRect().top,
      (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + (parseFloat(getComputedStyle(e).scrollMarginTop) || 0),
    ]);
    expect(Math.abs(top - want)).toBeLessThan(4);
  });

  test("?lang= wins over the page and the browser", async ({ page }) => {
    await page.goto("./en/?lang=ja");
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/\?lang=ja$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await live(page);
    await page.goto("./?lang=en#bci");
    await expect(page).toHaveURL(/\/en\/\?lang=en#bci$/);
  });

  test("?embed=1&section= opens the section's embed page", async ({ page }) => {
    await page.goto("./?embed=1&section=why&lang=en");
    await expect(page).toHaveURL(/\/en\/embed\/why\/\?embed=1&section=why&lang=en$/);
    await expect(page.locator("main > section")).toHaveCount(1);
    await live(page);
    await page.goto(SUBPATH + "?embed=1&section=bci");
    // No ?lang=: the browser's language (Playwright's en-US) picks.
    await expect(page).toHaveURL(/\/some\/subpath\/en\/embed\/bci\/\?embed=1&section=bci$/);
  });

  test("an old ?embed=1 link with no ?lang= still follows the browser, never a remembered choice", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    // A reader who chose English on the article...
    await page.goto(ROOT + "en/");
    await page.evaluate(() => localStorage.setItem("tether-explainer:lang", "en"));
    // ...and a Japanese browser: the old embed links land in Japanese.
    await page.goto(ROOT + "?embed=1&section=bci");
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/embed\/bci\/\?embed=1&section=bci$/);
    await page.goto(ROOT + "?embed=1");
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/\?embed=1$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator("html")).not.toHaveAttribute("data-offer-lang", /.*/);
    await expect(page.getByTestId("lang-offer")).toHaveCount(0);
    await context.close();
  });

  test("the language link works before the code, and the switch in place keeps every address working", async ({ page, browser }) => {
    // Without the code: a plain link that the root page does not bounce
    // back by the (English) browser's language.
    const { context, page: still } = await noJsPage(browser, 390);
    await still.goto(ROOT + "en/");
    await expect(still.getByTestId("lang-switch")).toHaveAttribute("href", "../?lang=ja");
    await context.close();
    await page.goto("./en/?lang=en");
    await live(page);
    await page.getByTestId("lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    // Only ?lang= changed: the folder, which relative addresses resolve
    // from, is the same, and a reload goes to the Japanese page.
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/en\/\?lang=ja$/);
    await expect(page.getByTestId("lang-switch")).toHaveAttribute("href", "../en/?lang=en");
    // ECharts comes from the site's root (a 404 would fail the test), and
    // the embed code names the Japanese embed page.
    await page.locator("#printing-press").scrollIntoViewIfNeeded();
    await expect(page.locator("#printing-press [data-testid=echart]")).not.toHaveAttribute("data-updates", "0");
    await page.locator("#printing-press").getByTestId("embed-copy").click();
    await expect(page.locator("#printing-press").getByTestId("embed-code")).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:8123\/embed\/printing-press\/"/);
    await expect(page.locator("#printing-press").getByTestId("embed-code")).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:8123\/embed\.js"/);
    await page.reload();
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/\?lang=ja$/);
  });

  test("a link whose query changes nothing is not left dimmed", async ({ page }) => {
    // The head script marks it pending (any key but the page's own); the
    // code finds the scenario is the article's and clears the mark.
    await page.goto("./en/?utm_source=feed&h=130");
    await live(page);
    await expect(page.locator("html")).not.toHaveAttribute("data-pending", "");
    expect(await page.locator("svg.static-chart").first().evaluate((e) => getComputedStyle(e).opacity)).toBe("1");
  });

  test("a slider moved before the code arrived is written to the address", async ({ page }) => {
    const release = await openWithCodeHeld(page, "./en/?lang=en");
    await page.locator("#printing-press [data-testid=slider-h]").focus();
    await page.keyboard.press("End");
    release();
    await live(page);
    await expect(page).toHaveURL(/[?&]h=200(&|$)/);
  });

  test("under a subpath, a scenario link lands and computes too", async ({ page }) => {
    await page.goto(SUBPATH + "?lang=en&v=1&h=141");
    await expect(page).toHaveURL(/\/some\/subpath\/en\/\?lang=en&v=1&h=141$/);
    await live(page);
    await expect(page.getByTestId("press-numbers").locator("[data-slot=holdings]")).toHaveText("$141 billion");
  });
});

// The root page is the Japanese article for every visitor: it no longer
// sends a browser that prefers English to `en/`, which cost a second page
// load. It offers the other language at the top instead, and remembers.
test.describe("the language costs no second page load", () => {
  /** A fresh reader with a browser in `locale`, counting the documents the
   * page loads (a redirect is a second one). */
  async function reader(browser: Browser, locale: string, viewport = { width: 390, height: 844 }) {
    const context = await browser.newContext({ locale, viewport });
    const page = await context.newPage();
    const documents: string[] = [];
    page.on("request", (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents.push(r.url());
    });
    return { context, page, documents };
  }
  const offer = (page: Page) => page.getByTestId("lang-offer");

  for (const [locale, offered] of [["ja-JP", null], ["en-US", "en"], ["fr-FR", "en"]] as const) {
    test(`the root page stays Japanese in one load for a ${locale} browser${offered ? ", and offers English" : ""}`, async ({ browser }) => {
      const { context, page, documents } = await reader(browser, locale);
      await page.goto(ROOT);
      await live(page);
      await expect(page).toHaveURL(/127\.0\.0\.1:8123\/$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      expect(documents).toEqual([ROOT]);
      if (offered) {
        await expect(offer(page)).toBeVisible();
        await expect(offer(page)).toHaveAttribute("lang", "en");
        await expect(page.getByTestId("lang-offer-read")).toHaveText("Read this page in English");
        // Above the masthead, at the top of the page.
        const [offerBox, h1Box] = await Promise.all([offer(page).boundingBox(), page.locator("h1").boundingBox()]);
        expect(offerBox!.y).toBeLessThan(h1Box!.y);
      } else {
        await expect(offer(page)).toBeHidden();
        await expect(page.locator("html")).not.toHaveAttribute("data-offer-lang", /.*/);
      }
      await context.close();
    });
  }

  test("the offer is there at the first paint, and nothing moves when the code takes over", async ({ browser }) => {
    const { context, page } = await reader(browser, "en-US");
    const release = await openWithCodeHeld(page, ROOT);
    await expect(offer(page)).toBeVisible();
    const before = await page.locator("h1").boundingBox();
    release();
    await live(page);
    const after = await page.locator("h1").boundingBox();
    expect(after!.y).toBe(before!.y);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(sum), 300);
        }),
    );
    expect(shift).toBe(0);
    await context.close();
  });

  test("tapping the offer before the code opens the English page, and a later visit to / goes there", async ({ browser }) => {
    const { context, page } = await reader(browser, "en-US");
    await openWithCodeHeld(page, ROOT);
    await page.getByTestId("lang-offer-read").click();
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/en\/\?lang=en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(offer(page)).toBeHidden();
    await page.goto(ROOT + "?v=2#bci");
    // The reader's own choice, remembered: query and fragment kept.
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/en\/\?v=2#bci$/);
    await expect(offer(page)).toBeHidden();
    await context.close();
  });

  test("tapping the offer once the code runs switches in place, and is remembered", async ({ browser }) => {
    const { context, page, documents } = await reader(browser, "fr-FR");
    await page.goto(ROOT);
    await live(page);
    await page.getByTestId("lang-offer-read").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("h1")).toHaveText(/Tether/);
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/\?lang=en$/);
    await expect(offer(page)).toBeHidden();
    expect(documents).toEqual([ROOT]);
    // The language switch now offers Japanese, and the choice is kept.
    await expect(page.getByTestId("lang-switch")).toHaveAttribute("data-lang-choice", "ja");
    await page.goto(ROOT);
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/en\/$/);
    await context.close();
  });

  test("'Stay in Japanese' hides the offer, and it stays hidden", async ({ browser }) => {
    const { context, page } = await reader(browser, "en-US");
    await page.goto(ROOT);
    await live(page);
    await page.getByTestId("lang-offer-stay").click();
    await expect(offer(page)).toBeHidden();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator("html")).not.toHaveAttribute("data-offer-lang", /.*/);
    await expect(offer(page)).toBeHidden();
    await context.close();
  });

  test("switching to Japanese on the English page is remembered: / stays Japanese, with no offer", async ({ browser }) => {
    const { context, page } = await reader(browser, "en-US");
    await page.goto(ROOT + "en/");
    await live(page);
    await expect(offer(page)).toBeHidden();
    await page.getByTestId("lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await page.goto(ROOT);
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/$/);
    await expect(offer(page)).toBeHidden();
    await context.close();
  });

  test("the English page offers Japanese to a Japanese browser, in Japanese", async ({ browser }) => {
    const { context, page, documents } = await reader(browser, "ja-JP");
    await page.goto(ROOT + "en/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(offer(page)).toBeVisible();
    await expect(offer(page)).toHaveAttribute("lang", "ja");
    await expect(page.getByTestId("lang-offer-read")).toHaveText("このページを日本語で読む");
    await expect(page.getByTestId("lang-offer-read")).toHaveAttribute("href", "../?lang=ja");
    expect(documents).toEqual([ROOT + "en/"]);
    // Staying in English stops the offer, but does not make / English.
    await live(page);
    await page.getByTestId("lang-offer-stay").click();
    await expect(offer(page)).toBeHidden();
    await page.reload();
    await expect(page.locator("html")).not.toHaveAttribute("data-offer-lang", /.*/);
    await page.goto(ROOT);
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await context.close();
  });

  test("an embed page never offers or follows a remembered choice", async ({ browser }) => {
    const { context, page } = await reader(browser, "en-US");
    await page.goto(ROOT + "embed/bci/");
    await page.evaluate(() => localStorage.setItem("tether-explainer:lang", "en"));
    await page.reload();
    await live(page);
    await expect(page).toHaveURL(/127\.0\.0\.1:8123\/embed\/bci\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator("html")).not.toHaveAttribute("data-offer-lang", /.*/);
    await expect(offer(page)).toHaveCount(0);
    await context.close();
  });

  test("blocked storage: the offer still shows, and tapping it still works", async ({ browser }) => {
    const { context, page } = await reader(browser, "en-US");
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", { get: () => { throw new DOMException("blocked", "SecurityError"); } });
    });
    await page.goto(ROOT);
    await expect(offer(page)).toBeVisible();
    await page.getByTestId("lang-offer-read").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });
});
