// A new reader's first minute: the opening works and spoils nothing.
//
// A. Each test opens a fresh page on a phone, touches nothing, checks that
//    ECharts has not been fetched, then uses one control once, as a reader
//    would (a key press on a slider, a tap on a button). The chart that
//    control drives must go live (an ECharts instance, a live SVG) and show
//    the change, read back from the instance's own option.
// B. The opening asks the reader to guess Tether's 2024 profit: nothing in
//    the masthead or the profit section states it before Reveal; Reveal
//    shows it in the answer block; without JavaScript the answer is simply
//    there, and there is no Reveal button that would do nothing.
import type { Page } from "@playwright/test";
import { test, expect, live } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** How long ECharts may take to arrive and draw once asked for. */
const LOAD = { timeout: 15_000 };

const ROOT = "http://127.0.0.1:8123/";

/** Each language as a new reader reaches it: the English page, and the root
 * page with a Japanese browser (which the head script leaves where it is). */
const LANGS = [
  {
    lang: "en",
    path: "en/",
    locale: "en-US",
    url: /127\.0\.0\.1:8123\/en\/$/,
    // Money on the profit and rates charts is in billions in English, in
    // 億 (1e8) in Japanese: one English unit is ten Japanese ones.
    unit: 1,
    // Tether's 2024 profit as the answer states it.
    answer: "13 billion",
    // The Dec 2025 yield preset of the printing press.
    preset: /Dec 2025/,
  },
  {
    lang: "ja",
    path: "./",
    locale: "ja-JP",
    url: /127\.0\.0\.1:8123\/$/,
    unit: 10,
    answer: "130億ドル",
    preset: /2025年12月/,
  },
] as const;

type Lang = (typeof LANGS)[number];

/** Counts the requests for the ECharts script from now on. */
function countEchartsRequests(page: Page): () => number {
  let n = 0;
  page.on("request", (r) => {
    if (/echarts[^/]*\.js(\?|$)/.test(r.url())) n++;
  });
  return () => n;
}

/** Opens `l`'s page fresh and waits for the code to take it over. */
async function open(page: Page, l: Lang) {
  await page.goto(l.path);
  await expect(page).toHaveURL(l.url);
  await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
  await live(page);
}

/** Whether ECharts holds an instance for `section`'s chart. */
async function hasInstance(page: Page, section: string): Promise<boolean> {
  return page.locator(`#${section} [data-testid=echart]`).evaluate((el) => {
    const ec = (window as any).echarts;
    return typeof ec?.getInstanceByDom === "function" && !!ec.getInstanceByDom(el);
  });
}

/** The page is cold: ECharts neither loaded nor asked for, and `section`'s
 * chart is its prerendered static SVG, with no instance. */
async function expectCold(page: Page, section: string, echartsRequests: () => number) {
  expect(await page.evaluate(() => typeof (window as any).echarts), "ECharts is not loaded yet").toBe("undefined");
  expect(echartsRequests(), "nothing has asked for ECharts yet").toBe(0);
  expect(await hasInstance(page, section), `#${section}'s chart has no ECharts instance yet`).toBe(false);
  const chart = page.locator(`#${section} [data-testid=echart]`);
  await expect(chart.locator("svg.static-chart")).toHaveCount(1);
  await expect(chart.locator("svg:not(.static-chart)")).toHaveCount(0);
}

/** `section`'s chart goes live: ECharts loads, the element gets an instance,
 * a live SVG replaces the static one and the chart has been drawn. */
async function expectLive(page: Page, section: string) {
  const chart = page.locator(`#${section} [data-testid=echart]`);
  await expect
    .poll(() => page.evaluate(() => typeof (window as any).echarts), { ...LOAD, message: "ECharts was loaded" })
    .toBe("object");
  await expect.poll(() => hasInstance(page, section), { ...LOAD, message: `#${section}'s chart has an ECharts instance` }).toBe(true);
  await expect(chart.locator("svg:not(.static-chart)")).toBeVisible(LOAD);
  await expect(chart).not.toHaveAttribute("data-updates", "0", LOAD);
}

/** What the live chart of `section` shows, read from its instance's option:
 * each series' values (numbers, [x, y] pairs or null) and the first category
 * axis's categories; null while the chart has no instance. */
type Shown = { series: { name: string; type: string; values: unknown[] }[]; categories: string[] };
async function shown(page: Page, section: string): Promise<Shown | null> {
  return page.locator(`#${section} [data-testid=echart]`).evaluate((el) => {
    const ec = (window as any).echarts;
    const chart = typeof ec?.getInstanceByDom === "function" ? ec.getInstanceByDom(el) : null;
    if (!chart) return null;
    const o = chart.getOption();
    const list = (x: any): any[] => (Array.isArray(x) ? x : x ? [x] : []);
    const value = (d: any) => {
      const v = d !== null && typeof d === "object" && !Array.isArray(d) ? d.value : d;
      return v === undefined || v === "-" ? null : v;
    };
    const axis = [...list(o.xAxis), ...list(o.yAxis)].find((a) => a?.type === "category");
    return {
      series: list(o.series).map((s: any) => ({
        name: String(s.name ?? ""),
        type: String(s.type ?? ""),
        values: list(s.data).map(value),
      })),
      categories: list(axis?.data).map((c: any) => String(c !== null && typeof c === "object" ? c.value : c)),
    };
  });
}

/** The numbers every series shows in the category named like `name`. */
function column(s: Shown | null, name: RegExp): number[] {
  if (!s) return [];
  const i = s.categories.findIndex((c) => name.test(c));
  if (i < 0) return [];
  return s.series.map((x) => x.values[i]).filter((v): v is number => typeof v === "number");
}

/** Statements of Tether's 2024 profit ($13 billion, 130億ドル) in `text`,
 * in any of the ways the page writes money; none should be found before the
 * reader reveals the answer. */
function profitStatements(text: string): string[] {
  const patterns = [
    /(?<![\d.,])13(?:\.0+)?\s*(?:billion|bn)\b/gi,
    /\$\s*13(?:\.0+)?\s*B\b/g,
    /(?<![\d.,$])13(?:\.0+)?B\b/g,
    /(?<![\d.,])130\s*億/g,
  ];
  return patterns.flatMap((p) => text.match(p) ?? []);
}

/** What a reader sees of an element, as they would copy it. */
const visibleText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, " "));

test("the spoiler check finds the profit however it is written, and nothing else", () => {
  expect(profitStatements("Tether made $13 billion, over $13B; 13B; 13.0 billion; 130億ドル")).toEqual([
    "13 billion",
    "13.0 billion",
    "$13B",
    "13B",
    "130億",
  ]);
  expect(profitStatements("$130 billion of bills, 1300億ドル, $113 billion, 2013, $1.3 billion, 13%")).toEqual([]);
});

for (const l of LANGS) {
  test.describe(`${l.lang}, a new reader on a phone`, () => {
    test.use({ locale: l.locale });

    // A. One control, used once on a cold page.

    test(`${l.lang}: the guess slider, moved once by keyboard, brings the profit chart live with the new guess`, async ({ page }) => {
      const requests = countEchartsRequests(page);
      await open(page, l);
      await expectCold(page, "profit", requests);
      const slider = page.locator("#profit [data-testid=slider-guess]");
      await expect(slider).toHaveValue("3");
      await slider.focus();
      await page.keyboard.press("ArrowRight");
      await expect(slider, "the slider itself moved").toHaveValue("3.5");
      await expectLive(page, "profit");
      // The guess bar stands in Tether's column (its profit still hidden):
      // 3.5 billion, no longer 3.
      const tether = async () => column(await shown(page, "profit"), /^Tether/);
      await expect.poll(tether, { ...LOAD, message: "the chart's guess bar shows 3.5 billion" }).toContain(3.5 * l.unit);
      expect(await tether()).not.toContain(3 * l.unit);
    });

    test(`${l.lang}: Reveal, tapped once, brings the profit chart live with Tether's bar`, async ({ page }) => {
      const requests = countEchartsRequests(page);
      await open(page, l);
      await expectCold(page, "profit", requests);
      const reveal = page.locator("#profit [data-testid=reveal]");
      await reveal.tap();
      await expectLive(page, "profit");
      // Tether's column is named plainly ("Tether", no "?") and holds its
      // 2024 profit, 13 billion.
      await expect
        .poll(async () => (await shown(page, "profit"))?.categories ?? [], { ...LOAD, message: "Tether's category is no longer hidden" })
        .toContain("Tether");
      expect((await shown(page, "profit"))!.categories.filter((c) => /[?？]/.test(c))).toEqual([]);
      await expect
        .poll(async () => column(await shown(page, "profit"), /^Tether$/), { ...LOAD, message: "Tether's bar shows 13 billion" })
        .toContain(13 * l.unit);
      // And the drawn bar carries its value as a label.
      await expect(page.locator("#profit [data-testid=echart] svg:not(.static-chart)")).toContainText(l.lang === "en" ? "$13B" : "130億");
    });

    test(`${l.lang}: a yield preset, tapped once, brings the printing-press chart live at that yield`, async ({ page }) => {
      const requests = countEchartsRequests(page);
      await open(page, l);
      await expectCold(page, "printing-press", requests);
      const preset = page.locator("#printing-press .presets[role=group] button").filter({ hasText: l.preset });
      await expect(preset).toHaveCount(1);
      await expect(preset).toHaveAttribute("aria-pressed", "false");
      await preset.tap();
      await expect(preset).toHaveAttribute("aria-pressed", "true");
      await expectLive(page, "printing-press");
      // The reader's point (a one-point series) stands at 3.6%, where $130B
      // earns $4.68B a year.
      const readerPoint = async () =>
        ((await shown(page, "printing-press"))?.series ?? [])
          .filter((s) => s.values.length === 1 && Array.isArray(s.values[0]))
          .map((s) => s.values[0] as number[])
          .find(([x]) => Math.abs(x - 3.6) < 1e-6) ?? null;
      await expect.poll(readerPoint, { ...LOAD, message: "the reader's point is at 3.6%" }).not.toBeNull();
      const [, y] = (await readerPoint())!;
      expect(y).toBeCloseTo(4.68 * l.unit, 6);
    });

    test(`${l.lang}: a yield path, tapped once, brings the rates chart live on that path`, async ({ page }) => {
      const requests = countEchartsRequests(page);
      await open(page, l);
      await expectCold(page, "rate-cuts", requests);
      const path = page.locator("#rate-cuts [data-testid=path-rates-dec2024]");
      await expect(path, "December 2024's path is not the default").toHaveAttribute("aria-checked", "false");
      await path.tap();
      await expect(path).toHaveAttribute("aria-checked", "true");
      await expectLive(page, "rate-cuts");
      // 2030's bar: $130B at 4.3% is $5.59B.
      const bar2030 = async () => {
        const s = await shown(page, "rate-cuts");
        const bars = s?.series.find((x) => x.type === "bar");
        const i = s?.categories.indexOf("2030") ?? -1;
        const v = bars && i >= 0 ? bars.values[i] : null;
        return typeof v === "number" ? v : null;
      };
      await expect
        .poll(async () => Math.round(((await bar2030()) ?? NaN) * 1000) / 1000, { ...LOAD, message: "2030's bar is $130B × 4.3%" })
        .toBe(Math.round(5.59 * l.unit * 1000) / 1000);
    });

    test(`${l.lang}: a tap on a figure brings its chart live drawn at once where the static chart stood, not grown from zero`, async ({ page }) => {
      const requests = countEchartsRequests(page);
      await open(page, l);
      await expectCold(page, "rate-cuts", requests);
      // The figure's title: a tap that wakes the chart and touches no bar.
      await page.locator("#rate-cuts [data-testid=figure-title]").tap();
      // The live drawing's shapes the moment it is there (polled every
      // frame), then once any animation would have ended (ECharts' default
      // is 1 s): a chart that grows from zero differs between the two.
      const shapes = () => {
        const el = document.querySelector("#rate-cuts [data-testid=echart]");
        const svg = el?.querySelector("svg:not(.static-chart)");
        if (!svg || el!.getAttribute("data-updates") === "0") return null;
        return [...svg.querySelectorAll("path")].map((p) => p.getAttribute("d")).join("|");
      };
      const first = await page.waitForFunction(shapes, null, { polling: "raf", ...LOAD });
      const atOnce = (await first.jsonValue()) as string;
      expect(atOnce.length, "the live chart draws paths").toBeGreaterThan(100);
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(shapes), "the drawing did not move after it appeared").toBe(atOnce);
    });

    // B. Nothing is spoiled.

    test(`${l.lang}: nothing above Reveal states Tether's 2024 profit; Reveal shows it in the answer`, async ({ page }) => {
      await open(page, l);
      expect(profitStatements(await visibleText(page, ".masthead")), "the masthead states no profit").toEqual([]);
      expect(profitStatements(await visibleText(page, "#profit")), "the profit section states no profit before Reveal").toEqual([]);
      const answer = page.locator("#profit [data-testid=answer]");
      await expect(answer).toBeHidden();
      await page.locator("#profit [data-testid=reveal]").tap();
      await expect(answer).toBeVisible();
      await expect(answer).toContainText(l.answer, { useInnerText: true });
      await expect.poll(() => visibleText(page, "#profit")).toContain(l.answer);
    });

    test(`${l.lang}: without JavaScript the answer is shown plainly, with no Reveal button`, async ({ browser }) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
        locale: l.locale,
      });
      const page = await context.newPage();
      await page.goto(ROOT + (l.lang === "en" ? "en/" : ""));
      await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
      const answer = page.locator("#profit [data-testid=answer]");
      await expect(answer).toBeVisible();
      await expect(answer).toContainText(l.answer, { useInnerText: true });
      await expect(page.locator("#profit [data-testid=reveal]"), "no Reveal button that does nothing").toBeHidden();
      expect(profitStatements(await visibleText(page, ".masthead")), "the masthead states no profit").toEqual([]);
      await context.close();
    });
  });
}
