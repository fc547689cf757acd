// The figure kit: "Download PNG", "Download SVG" and "Cite this figure" on
// every figure (src/widgets/figure_kit.rs, src/js/figure-kit.mjs). Each test
// starts from a cold page, as a reader arrives: the first tap on the kit is
// what brings ECharts.
import { test, expect, live, watchProblems } from "./fixtures";
import { test as plain } from "@playwright/test";
import type { Download, Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** Taps a kit button and returns the file it offers. */
async function download(page: Page, section: string, kind: "png" | "svg"): Promise<{ name: string; body: Buffer }> {
  const kit = page.locator(`#${section} [data-testid=figure-kit]`);
  await kit.scrollIntoViewIfNeeded();
  const [file]: [Download, void] = await Promise.all([page.waitForEvent("download"), kit.locator(`[data-kit=${kind}]`).click()]);
  await expect(kit.getByTestId("kit-status")).toHaveText("");
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

/** What an SVG file says, read by the browser's XML parser in a blank
 * page of its own (not under the site's policy, which a parsed file's
 * style attributes would trip); fails on anything not well-formed. `text`
 * has the file's lines of text, `flat` the same run together (an address
 * is cut across lines). */
async function readSvg(page: Page, svg: string) {
  const blank = await page.context().newPage();
  const read = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror")!.textContent };
    const root = doc.documentElement;
    const refs = [...doc.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => /href$/i.test(a.name) || /url\(\s*['"]?(https?:|\/\/)/i.test(a.value)).map((a) => `${el.tagName} ${a.name}=${a.value}`),
    );
    return {
      error: null,
      root: root.tagName,
      width: Number(root.getAttribute("width")),
      text: [...doc.querySelectorAll("text, title")].map((t) => t.textContent).join("\n"),
      refs,
      outside: /@import|@font-face|<image|<script|<foreignObject/i.test(text),
    };
  }, svg);
  await blank.close();
  return { ...read, flat: (read.text ?? "").replace(/\n/g, "") };
}

test("a figure downloads as a self-contained SVG with its title, figures, sources and citation", async ({ page }) => {
  await page.goto("./?lang=en");
  await live(page);
  const title = (await page.locator("#printing-press [data-testid=figure-title]").textContent())!.trim();
  const { name, body } = await download(page, "printing-press", "svg");
  expect(name).toBe("tether-printing-press-en.svg");
  const svg = await readSvg(page, body.toString("utf8"));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe("svg");
  expect(svg.width).toBe(720);
  expect(svg.refs, "no outside reference").toEqual([]);
  expect(svg.outside).toBe(false);
  expect(svg.text).toContain(title);
  expect(svg.text).toContain("Figures: as the article gives them");
  expect(svg.text).toContain("Sources: Kuli's article (深潮 TechFlow, December 2025)");
  expect(svg.text).toMatch(/Tether's printing press, “.+” \(figure\)\./);
  expect(svg.flat).toContain("/en/#printing-press");
  expect(svg.text).toMatch(/Accessed \d{1,2} [A-Z][a-z]+ 20\d\d/);
  // The chart itself: its axis labels are in the file.
  expect(svg.text).toContain("$12B");
});

test("a reader's figures download as a PNG, and the SVG says they are the reader's, in Japanese", async ({ page }) => {
  await page.goto("./?lang=ja&v=2&h=200");
  await live(page);
  const png = await download(page, "printing-press", "png");
  expect(png.name).toBe("tether-printing-press-ja.png");
  expect(png.body.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  // Drawn at twice the SVG's 720 px.
  expect(png.body.readUInt32BE(16)).toBe(1440);
  expect(png.body.readUInt32BE(20)).toBeGreaterThan(1000);
  const { body } = await download(page, "printing-press", "svg");
  const svg = await readSvg(page, body.toString("utf8"));
  expect(svg.error).toBeNull();
  expect(svg.refs).toEqual([]);
  expect(svg.text).toContain("数字：読者が設定したもので、記事の数字ではありません");
  expect(svg.text).toContain("出典：Kuli氏の記事（深潮 TechFlow、2025年12月）");
  expect(svg.flat).toContain("?lang=ja&v=2&h=200#printing-press");
  expect(svg.flat).toMatch(/20\d\d年\d{1,2}月\d{1,2}日閲覧/);
  // The holdings the reader set: the line's legend names $200B.
  expect(svg.text).toContain("米国債2000億ドルの利息");
});

test("'Cite this figure' shows a dated citation with the figure's address, and copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./?lang=en&v=2&b=latest");
  await live(page);
  const kit = page.locator("#rate-cuts [data-testid=figure-kit]");
  await kit.scrollIntoViewIfNeeded();
  await expect(kit.getByTestId("kit-citation")).toBeHidden();
  await kit.getByTestId("kit-cite").click();
  const box = kit.getByTestId("kit-citation");
  await expect(box).toBeVisible();
  const text = await box.inputValue();
  expect(text).toMatch(/^Tether's printing press, “.+” \(figure\)\. http:\/\/127\.0\.0\.1:\d+\/en\/\?v=2&b=latest#rate-cuts\. Accessed \d{1,2} [A-Z][a-z]+ 20\d\d\. Figures: the latest public figures \(June 2026\)\.$/);
  await expect(kit.getByTestId("kit-cite")).toHaveText("Citation copied");
  await expect(box).toHaveAttribute("aria-label", "Citation for this figure");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

plain("without ECharts the kit says the image cannot be made, and the page carries on", async ({ page }) => {
  const watch = await watchProblems(page, (url) => url.endsWith("echarts.min.js"));
  await page.route("**/echarts.min.js", (route) => route.abort());
  await page.goto("./?lang=en");
  await live(page);
  const kit = page.locator("#compute [data-testid=figure-kit]");
  await kit.scrollIntoViewIfNeeded();
  await kit.locator("[data-kit=svg]").click();
  await expect(kit.getByTestId("kit-status")).toHaveText(/could not be made in this browser/);
  // Asked again once ECharts has failed: the same message, at once.
  await kit.locator("[data-kit=png]").click();
  await expect(kit.getByTestId("kit-status")).toHaveText(/could not be made in this browser/);
  await watch.check();
});
