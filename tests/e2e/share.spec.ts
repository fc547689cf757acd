// Scenario links, deep links, embeds with auto-height, and the subpath build.
import { test, expect, live, ready, chartUpdates, childFrame } from "./fixtures";
import type { Frame, Page } from "@playwright/test";

test("moving controls writes the URL, and reloading reproduces the article", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page);
  const press = page.locator("#printing-press");
  await press.getByTestId("slider-h").focus();
  await page.keyboard.press("End");
  await press.getByRole("button", { name: /Dec 2024 4\.3%/ }).click();
  await page.locator("#per-head").scrollIntoViewIfNeeded();
  await page.getByTestId("drag-th").focus();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/[?&]h=200(&|$)/);
  await expect(page).toHaveURL(/[?&]y=4\.3(&|$)/);
  await expect(page).toHaveURL(/[?&]th=100(&|$)/);
  await expect(page).toHaveURL(/\?lang=en&v=2&/);
  const prose = await page.getByTestId("press-numbers").textContent();
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("press-numbers")).toHaveText(prose!);
  await expect(page.getByTestId("press-numbers").locator("[data-slot=interest]")).toHaveText("$8.6 billion");
  await expect(page.getByTestId("drag-th")).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByTestId("url-notice")).toHaveCount(0);
  // Reset returns to the article's values and a clean URL.
  await page.getByTestId("toolbar-reset").click();
  await expect(page.getByTestId("press-numbers").locator("[data-slot=interest]")).toHaveText("$7 billion");
  await expect(page).toHaveURL(/\/\?lang=en$/);
});

test("malformed state in the URL gives a visible notice and safe values", async ({ page }) => {
  await page.goto("./?lang=en&h=9999&y=NaN&zz=%3Cscript%3Ealert(1)%3C%2Fscript%3E&th=1&th=2&section=nowhere");
  await ready(page);
  const notice = page.getByTestId("url-notice");
  await expect(notice).toBeVisible();
  await expect(notice.locator("li")).toHaveCount(5);
  await expect(notice).toContainText("there is no section “nowhere”");
  await expect(notice).toContainText("“h” was 9999, outside its range, so 200 was used");
  await expect(notice).toContainText("“y” was “NaN”");
  await expect(notice).toContainText("given more than once");
  await expect(page.getByTestId("press-numbers").locator("[data-slot=holdings]")).toHaveText("$200 billion");
  await expect(page.getByTestId("press-numbers").locator("[data-slot=yield]")).toHaveText("5.38%");
  await expect(page.locator("script:not([src])", { hasText: "alert" })).toHaveCount(0);
  await page.getByTestId("lang-switch").click();
  await expect(notice).toContainText("範囲外");
});

test("a deep link scrolls to its section, and every heading links to itself", async ({ page }) => {
  await page.goto("./?lang=en#bci");
  await expect(page.locator("#bci h2")).toBeInViewport();
  await expect(page.locator("#bci h2 a.anchor")).toHaveAttribute("href", "#bci");
  for (const id of ["profit", "compute", "business-model"]) {
    await expect(page.locator(`#${id} h2 a.anchor`)).toHaveAttribute("href", `#${id}`);
  }
});

test("every figure offers embed code with the host script", async ({ page }) => {
  await page.goto("./?lang=ja");
  await ready(page);
  await page.locator("#printing-press").getByTestId("embed-copy").click();
  const code = page.locator("#printing-press").getByTestId("embed-code");
  // The section's own prerendered page, which shows its figure before any
  // script runs.
  await expect(code).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:8123\/embed\/printing-press\/"/);
  await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:8123\/embed\.js" async><\/script>/);
  expect(await page.locator("[data-testid=embed-copy]").count()).toBeGreaterThanOrEqual(8);
});

test("the build works under a subpath, as on GitHub Pages", async ({ page }) => {
  await page.goto("http://127.0.0.1:8124/some/subpath/?lang=en");
  await ready(page);
  await expect(page.locator("h1")).toHaveText("Tether's printing press");
  const embedJs = await page.request.get("http://127.0.0.1:8124/some/subpath/embed.js");
  expect(embedJs.status()).toBe(200);
  const missing = await page.request.get("http://127.0.0.1:8124/some/subpath/nope");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Page not found");
});

const HOST = "http://localhost:8125/tests/e2e/host/index.html";

async function expectFits(page: Page, id: string) {
  const frame = await childFrame(page, id);
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const box = await page.locator(`iframe#${id}`).evaluate((f) => f.getBoundingClientRect().height);
      return Math.abs(content - box);
    }, { message: `iframe #${id} follows its content`, timeout: 10_000 })
    .toBeLessThanOrEqual(4);
}

test("embeds on another origin size themselves, after load, a language switch and a resize", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(HOST);
  await expectFits(page, "whole");
  await expectFits(page, "one");
  const one = await childFrame(page, "one");
  expect(await one.locator("main > section").count()).toBe(1);
  await expect(one.locator("header.masthead")).toHaveCount(0);
  const whole = await childFrame(page, "whole");
  expect(await whole.locator("main > section").count()).toBe(13);
  const before = await page.locator("iframe#one").evaluate((f) => f.getBoundingClientRect().height);

  // The switch in place, once the code runs: a click landing while the
  // code swaps in its tree (between press and release) would be lost. The
  // whole article above it must be live and sized too: while its frame
  // still grows, the figure's frame moves under the pointer.
  await live(one);
  await live(whole);
  await expectFits(page, "whole");
  await one.getByTestId("lang-switch").click();
  await expect(one.locator("html")).toHaveAttribute("lang", "ja");
  // Its title stays its section's, now in Japanese.
  const heading = await one.locator("main h1").first().evaluate((h) => h.firstChild!.textContent!.trim()); // without its "#" link
  expect(await one.evaluate(() => document.title)).toBe(`${heading} — Tetherの「輪転機」`);
  await expectFits(page, "one");

  await page.setViewportSize({ width: 420, height: 800 });
  await expectFits(page, "one");
  await expectFits(page, "whole");
  const after = await page.locator("iframe#one").evaluate((f) => f.getBoundingClientRect().height);
  expect(after).not.toBe(before);
});

test("inside an auto-height embed, figures stay in view as the host page scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(HOST);
  await expectFits(page, "whole");
  const whole = await childFrame(page, "whole");
  // Scroll the host three quarters of the way through the distance the
  // rate-cuts figure can travel within its section (the section less the
  // figure), whatever the fonts make of their heights.
  const { top, room } = await whole.locator("#rate-cuts").evaluate((s) => ({
    top: s.getBoundingClientRect().top,
    room: s.offsetHeight - (s.querySelector(".beat-figure") as HTMLElement).offsetHeight,
  }));
  expect(room).toBeGreaterThan(40);
  const target = top + room * 0.75;
  const frameTop = await page.locator("iframe#whole").evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), frameTop + target);
  await expect
    .poll(() => whole.locator("#rate-cuts .beat-figure").evaluate((f) => new DOMMatrix(getComputedStyle(f).transform).m42))
    .toBeGreaterThan(room / 2);
  // The static chart is there at once; pointing at it brings the live one,
  // drawn because the host reports it in view.
  await expect(whole.locator("#rate-cuts [data-testid=echart] svg.static-chart")).toBeAttached();
  await whole.locator("#rate-cuts [data-testid=figure]").dispatchEvent("pointerenter", { pointerType: "mouse" });
  await expect.poll(() => chartUpdatesIn(whole, "rate-cuts")).toBeGreaterThan(0);
});

test("inside an auto-height embed on a phone, a section's chart is pinned to the bottom of the host's screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(HOST);
  await expectFits(page, "whole");
  const whole = await childFrame(page, "whole");
  // The host scrolled so the rate-cuts section starts near the top of its
  // screen: its text and controls fill the screen, its figure's own place
  // is further down.
  const sectionTop = await whole.locator("#rate-cuts").evaluate((s) => s.getBoundingClientRect().top + window.scrollY);
  const frameTop = await page.locator("iframe#whole").evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), frameTop + sectionTop - 40);
  await expect
    .poll(() => whole.locator("#rate-cuts .beat-figure").evaluate((f) => new DOMMatrix(getComputedStyle(f).transform).m42))
    .toBeLessThan(-50);
  // The pinned part (title, chart, legend) ends at the bottom of what the
  // host's reader sees.
  const pinnedEnd = whole.locator("#rate-cuts [data-testid=legend], #rate-cuts [data-testid=echart]").last();
  await expect
    .poll(async () => {
      const chart = await pinnedEnd.evaluate((c) => c.getBoundingClientRect().bottom);
      const frame = await page.locator("iframe#whole").evaluate((f) => f.getBoundingClientRect().top);
      return Math.round(frame + chart);
    })
    .toBeGreaterThan(844 - 30);
  const chart = await pinnedEnd.evaluate((c) => c.getBoundingClientRect().bottom);
  const frame = await page.locator("iframe#whole").evaluate((f) => f.getBoundingClientRect().top);
  expect(frame + chart).toBeLessThanOrEqual(844 + 1);
});

async function chartUpdatesIn(frame: Frame, section: string) {
  return Number(await frame.locator(`#${section} [data-testid=echart]`).getAttribute("data-updates"));
}

test("the child ignores unexpected messages", async ({ page }) => {
  await page.goto("./?lang=en&embed=1&section=why");
  await ready(page, "why");
  await page.evaluate(() => {
    for (const m of [
      "<img src=x onerror=alert(1)>",
      { type: "tether-explainer:viewport", top: "1e9", height: 1 },
      { type: "tether-explainer:viewport", top: NaN, height: 100 },
      { type: "other", top: 1, height: 1 },
      null,
      42,
    ]) window.postMessage(m, "*");
  });
  await page.waitForTimeout(200);
  await expect(page.locator("img")).toHaveCount(0);
  await expect(page.locator("#why .beat-figure")).not.toHaveAttribute("style", /translate/);
});

test("a stock pym.js parent sizes the embed too", async ({ page }) => {
  await page.goto("http://localhost:8125/tests/e2e/host/pym.html");
  const iframe = page.locator("#explainer iframe");
  await expect(iframe).toHaveAttribute("src", /childId=explainer/);
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.locator("#why").waitFor();
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const box = await iframe.evaluate((f) => f.getBoundingClientRect().height);
      return Math.abs(content - box);
    })
    .toBeLessThanOrEqual(4);
  // pym's own query parameters are not reported as unknown settings.
  await expect(frame.getByTestId("url-notice")).toHaveCount(0);
});
