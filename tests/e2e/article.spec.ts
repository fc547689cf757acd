import { test, expect, ready, chartMarkup } from "./fixtures";

test("the page loads with the printing-press section and its chart", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Tether's printing press");
  await expect(page.locator("[data-boot]")).toHaveCount(0);
  const numbers = page.getByTestId("press-numbers");
  await expect(numbers.locator("[data-slot=interest]")).toHaveText("$7 billion");
  await expect(numbers.locator("[data-slot=per_head]")).toHaveText("$46.7 million");
  // The chart's title is the figure's HTML, where it wraps at any width.
  await expect(page.locator("#printing-press [data-testid=figure-title]")).toHaveText("Yearly interest at each bill yield");
  await expect(page.locator("#printing-press [data-testid=echart] svg")).not.toContainText("Yearly interest at each bill yield");
  await expect(page.locator("#printing-press [data-fact='7']").first()).toBeAttached();
});

const controls = [
  { key: "h", keys: ["ArrowRight", "ArrowRight", "PageUp"], holdings: true },
  { key: "y", keys: ["ArrowLeft", "ArrowLeft", "PageDown"], holdings: false },
];

for (const c of controls) {
  test(`slider ${c.key} moved by keyboard changes the prose and the chart`, async ({ page }) => {
    await page.goto("./?lang=en");
    await ready(page);
    const interest = page.getByTestId("press-numbers").locator("[data-slot=interest]");
    const before = await interest.textContent();
    const chartBefore = await chartMarkup(page, "printing-press");
    const updatesBefore = Number(
      await page.locator("#printing-press [data-testid=echart]").getAttribute("data-updates"),
    );

    const slider = page.locator("#printing-press").getByTestId(`slider-${c.key}`);
    await slider.focus();
    for (const k of c.keys) await page.keyboard.press(k);

    await expect(interest).not.toHaveText(before!);
    await expect
      .poll(() => page.locator("#printing-press [data-testid=echart]").getAttribute("data-updates"))
      .not.toBe(String(updatesBefore));
    await expect.poll(() => chartMarkup(page, "printing-press")).not.toBe(chartBefore);
    // The slider's spoken value follows the formatted value it shows.
    const shown = await page.locator("#printing-press").getByTestId(`control-${c.key}`).locator(".control-value").textContent();
    await expect(slider).toHaveAttribute("aria-valuetext", shown!);
  });
}

test("a yield preset operated by keyboard sets the yield", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page);
  const preset = page.getByRole("button", { name: /Dec 2025 3\.6%/ });
  await preset.focus();
  await page.keyboard.press("Enter");
  await expect(preset).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("press-numbers").locator("[data-slot=yield]")).toHaveText("3.6%");
  // 130 x 3.6% = 4.68
  await expect(page.getByTestId("press-numbers").locator("[data-slot=interest]")).toHaveText("$4.68 billion");
  await expect(page.getByTestId("press-compare").locator("[data-slot=cmp]")).toHaveText("less than");
});

test("the comparison sentence flips when the reader's interest passes the article's", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page);
  const cmp = page.getByTestId("press-compare").locator("[data-slot=cmp]");
  // At the article's own holdings and yield the interest is the article's
  // $7B by construction: the sentence says where the 5.38% comes from.
  await expect(page.getByTestId("press-compare")).toContainText("These are the article's own figures");
  await expect(cmp).toHaveCount(0);
  await page.locator("#printing-press").getByTestId("slider-h").focus();
  await page.keyboard.press("End");
  await expect(cmp).toHaveText("more than");
  await page.keyboard.press("Home");
  await expect(cmp).toHaveText("less than");
});

test("the language switch turns the page Japanese and back", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page);
  const chartBefore = await chartMarkup(page, "printing-press");
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator("#printing-press h2")).toContainText("輪転機のしくみ");
  await expect(page.getByTestId("press-numbers").locator("[data-slot=interest]")).toHaveText("70億ドル");
  await expect(page.getByTestId("press-numbers").locator("[data-slot=holdings]")).toHaveText("1300億ドル");
  await expect(page).toHaveURL(/lang=ja/);
  await expect(page).toHaveTitle("Tetherの「輪転機」");
  await expect.poll(() => chartMarkup(page, "printing-press")).not.toBe(chartBefore);
  await expect(page.locator("#printing-press [data-testid=figure-title]")).toHaveText("利回り別の年間利息");
  // Every figure's title, in sight or not (charts out of sight skip steps,
  // never a language).
  const titles = page.getByTestId("figure-title");
  expect(await titles.count()).toBeGreaterThanOrEqual(10);
  for (const title of await titles.all()) await expect(title).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("press-numbers").locator("[data-slot=interest]")).toHaveText("$7 billion");
});

// Writing <html lang>, even the value it holds, makes the browser recheck
// every element's :lang() style (about 2,000 elements): the takeover must
// leave <html> as the prerendered page set it, but for its own marks.
for (const path of ["./", "./en/", "./en/embed/printing-press/"]) {
  test(`the takeover of ${path} rewrites neither <html lang> nor the title`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = ((window as any).__rootWrites = []);
      // Attribute writes on <html>, and changes to <title>'s text once the
      // parser has written it.
      let parsed = false;
      document.addEventListener("DOMContentLoaded", () => (parsed = true));
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === "attributes" && r.target === document.documentElement) seen.push(r.attributeName!);
          if (parsed && r.type === "childList" && r.target.nodeName === "TITLE") seen.push("title");
        }
      }).observe(document, { attributes: true, childList: true, subtree: true });
    });
    await page.goto(path);
    const title = await page.title();
    await expect(page.locator("html")).toHaveAttribute("data-live", "true");
    const writes: string[] = await page.evaluate(() => (window as any).__rootWrites);
    expect(writes).toContain("data-live"); // the observer saw the takeover
    expect(writes.filter((w) => w === "lang" || w === "title")).toEqual([]);
    expect(await page.title()).toBe(title);
  });
}

test("?lang=ja picks Japanese whatever the browser prefers", async ({ page }) => {
  await page.goto("./?lang=ja");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator("h1")).toHaveText("Tetherの「輪転機」");
});

test.describe("with a Japanese browser", () => {
  test.use({ locale: "ja-JP" });
  test("the root page is Japanese, with no offer of English, when the URL says nothing", async ({ page }) => {
    await page.goto("./");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByTestId("lang-offer")).toBeHidden();
  });
  test("?lang=en overrides the browser", async ({ page }) => {
    await page.goto("./?lang=en");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("an unknown ?lang value falls back safely and is never rendered", async ({ page }) => {
  await page.goto("./?lang=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
  await ready(page);
  // No usable language: the root page's own, Japanese, offering English to
  // this (English) browser.
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByTestId("lang-offer")).toBeVisible();
  await expect(page.locator("img")).toHaveCount(0);
});

test("the chart resizes with its container", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./?lang=en");
  await ready(page);
  const svg = page.locator("#printing-press [data-testid=echart] svg");
  const wide = await svg.evaluate((s) => s.getBoundingClientRect().width);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => svg.evaluate((s) => s.getBoundingClientRect().width)).toBeLessThan(wide);
  const box = await page.locator("#printing-press [data-testid=echart]").boundingBox();
  const drawn = await svg.evaluate((s) => s.getBoundingClientRect().width);
  expect(Math.abs(drawn - box!.width)).toBeLessThan(2);
});

// The tooltip is ECharts' own, with one change of ours (src/js/build-echarts.mjs:
// it no longer reads the chart's computed style on every update), so a point
// pointed at must still say what it is, after one step and after another.
// (At the article's values the reader's point lies under the article's.)
test("pointing at the reader's point shows its tooltip, and after another step its new one", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./?lang=en");
  await ready(page);
  const chart = page.locator("#printing-press [data-testid=echart]");
  const slider = page.locator("#printing-press").getByTestId("slider-y");
  const point = () =>
    chart.evaluate((el) => {
      const inst = (window as any).echarts.getInstanceByDom(el);
      const reader = inst.getOption().series.find((s: any) => s.id === "reader");
      const [x, y] = inst.convertToPixel({ seriesId: "reader" }, reader.data[0].value);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, name: reader.data[0].name as string };
    });
  const tooltip = chart.locator("div").filter({ hasText: /^Your scenario/ }).last();
  const before = (await point()).name;
  for (const [k, key] of ["PageDown", "PageDown"].entries()) {
    await page.mouse.move(0, 0);
    await slider.focus();
    const was = (await point()).name;
    await page.keyboard.press(key);
    await expect.poll(async () => (await point()).name, `step ${k + 1}`).not.toBe(was);
    const p = await point();
    expect(p.name).not.toBe(before);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText(p.name);
  }
});
