// The claims ledger that closes the article (#claims): in the HTML without
// JavaScript, at the article's numbers; live once the code runs, so moving
// the bill yield or switching to the latest figures flips verdicts and the
// page's conclusion; deep links to each claim; an embed page that sizes
// itself on another site. Each test starts from a fresh page, as a reader
// arrives: the first control touched is the one under test.
import type { Frame, Page } from "@playwright/test";
import { test, expect, live, childFrame } from "./fixtures";

const ROOT = "http://127.0.0.1:8123/";
const WORDS = ["holds", "partly", "fails", "uncheckable"];
const CLAIMS = [
  "profit-vs-losses", "per-head", "interest", "rate-cuts", "northern-data", "dataset",
  "implants", "ai-total", "anthropic-raise", "audit", "business-model",
];

const LANGS = [
  { lang: "en", path: "en/", locale: "en-US", heading: "What holds up", verdict: "The page's verdict", core: "In this page's view" },
  { lang: "ja", path: "", locale: "ja-JP", heading: "検証のまとめ", verdict: "このページの判定", core: "このページの見方では" },
];

/** Every row's three verdicts, by claim. */
async function verdicts(page: Page | Frame) {
  return page.locator("[data-claim]").evaluateAll((rows) =>
    rows.map((r) => ({
      claim: r.getAttribute("data-claim"),
      yours: r.getAttribute("data-verdict"),
      article: r.getAttribute("data-verdict-article"),
      latest: r.getAttribute("data-verdict-latest"),
    })),
  );
}

for (const l of LANGS) {
  test(`${l.lang}: without JavaScript the ledger is there, at the article's numbers`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: l.locale });
    const page = await context.newPage();
    await page.goto(ROOT + l.path);
    const section = page.locator("section#claims");
    await expect(section.locator("h2")).toContainText(l.heading);
    const rows = await verdicts(page);
    expect(rows.map((r) => r.claim)).toEqual(CLAIMS);
    for (const r of rows) {
      expect(WORDS, `${r.claim}: one of the four words`).toContain(r.yours);
      expect(WORDS).toContain(r.article);
      expect(WORDS).toContain(r.latest);
      expect(r.yours, `${r.claim}: the figures set here are the article's`).toBe(r.article);
    }
    // What the native tests compute at the article's numbers.
    const by = Object.fromEntries(rows.map((r) => [r.claim, r]));
    expect([by["per-head"].article, by["interest"].article, by["interest"].latest, by["implants"].article]).toEqual([
      "fails", "holds", "partly", "uncheckable",
    ]);
    // Each verdict says what it is judged at, as a term of a description list.
    await expect(section.locator("[data-claim=per-head] dt")).toHaveCount(3);
    await expect(section.getByTestId("claims-conclusion")).toBeVisible();
    await expect(section.getByTestId("claims-core")).toContainText(l.core);
    await expect(section.locator(".claims-controls"), "no control that would do nothing").toBeHidden();
    await context.close();
  });

  test.describe(`${l.lang}, live`, () => {
    test.use({ locale: l.locale, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test(`${l.lang}: a bill yield of 0 flips verdicts and the conclusion`, async ({ page }) => {
      await page.goto(ROOT + l.path);
      await live(page);
      const before = await verdicts(page);
      const core = await page.getByTestId("claims-core").textContent();
      const slider = page.locator("#claims [data-testid=slider-y]");
      await slider.focus();
      await page.keyboard.press("Home");
      await expect(slider).toHaveValue("0");
      await expect(page.locator("[data-claim=interest]")).toHaveAttribute("data-verdict", "fails");
      await expect(page.locator("[data-claim=business-model]")).toHaveAttribute("data-verdict", "partly");
      const after = await verdicts(page);
      expect(after.filter((r, i) => r.yours !== before[i].yours).length).toBeGreaterThanOrEqual(1);
      // The other two columns never follow the reader.
      expect(after.map((r) => [r.article, r.latest])).toEqual(before.map((r) => [r.article, r.latest]));
      await expect(page.getByTestId("claims-core")).not.toHaveText(core!);
      await expect(page.locator("[data-claim=interest] [data-testid=verdict-yours] .reason")).toContainText("0%");
    });

    test(`${l.lang}: switching to the latest figures makes the live column the latest one`, async ({ page }) => {
      await page.goto(ROOT + l.path);
      await live(page);
      const before = await verdicts(page);
      const core = await page.getByTestId("claims-core").textContent();
      await page.getByTestId("claims-basis-latest").tap();
      await expect(page.getByTestId("claims-basis-latest")).toHaveAttribute("aria-pressed", "true");
      await expect(page.locator("[data-claim=interest]")).toHaveAttribute("data-verdict", "partly");
      const after = await verdicts(page);
      for (const r of after) expect(r.yours, `${r.claim}`).toBe(r.latest);
      expect(after.filter((r, i) => r.yours !== before[i].yours).length).toBeGreaterThanOrEqual(1);
      await expect(page.getByTestId("claims-core")).not.toHaveText(core!);
      // The toolbar's switch is the same setting.
      await expect(page.getByTestId("basis-latest")).toHaveAttribute("aria-pressed", "true");
    });

    test(`${l.lang}: a claim's deep link lands on it, and its links lead to its section and sources`, async ({ page }) => {
      await page.goto(ROOT + l.path + "#claim-per-head");
      await live(page);
      const row = page.locator("#claim-per-head");
      await expect(row).toBeInViewport();
      await expect(row.locator(".ledger-links a").first()).toHaveAttribute("href", "#per-head");
      await expect(row.locator(".ledger-sources a")).toHaveCount(2);
      await row.locator(".ledger-sources a").first().tap();
      await expect(page.locator("#source-5")).toBeInViewport();
    });
  });
}

const HOST = "http://localhost:8125/tests/e2e/host/claims.html";

test("the ledger's embed pages size themselves on another site, read alone and link back to the article", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(HOST);
  for (const id of ["en", "ja"]) {
    const frame = await childFrame(page, id);
    await expect(frame.locator("html[data-live]")).toBeAttached();
    await expect
      .poll(async () => {
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const box = await page.locator(`iframe#${id}`).evaluate((f) => f.getBoundingClientRect().height);
        return content > 1000 ? Math.abs(content - box) : -1;
      }, { message: `iframe #${id} grows to its content`, timeout: 10_000 })
      .toBeLessThanOrEqual(4);
    expect(await frame.locator("main > section").count()).toBe(1);
    await expect(frame.locator("section#claims [data-claim]")).toHaveCount(CLAIMS.length);
    // Alone, a row's links open the article, in the page's language.
    const back = await frame.locator("#claim-dataset .ledger-links a").first().getAttribute("href");
    expect(back).toBe(`../../?lang=${id}#data`);
    await expect(frame.locator("#claim-dataset .ledger-links a").first()).toHaveAttribute("target", "_blank");
    await expect(frame.getByTestId("embed-copy")).toBeVisible();
  }
  // The live column follows the embed's own controls.
  const en = await childFrame(page, "en");
  await en.locator("[data-testid=slider-y]").focus();
  await en.locator("[data-testid=slider-y]").press("Home");
  await expect(en.locator("[data-claim=interest]")).toHaveAttribute("data-verdict", "fails");
});
