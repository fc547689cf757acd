// A page fixture that fails the test on any console error, page error or
// failed request (a 404 favicon included).
import { test as base, expect, Page } from "@playwright/test";

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console.error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
    page.on("response", (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()}`));
    await use(page);
    expect(problems, "no console errors, page errors or failed requests").toEqual([]);
  },
});

export { expect };

/** Waits until the app has mounted and `section`'s chart has drawn (charts
 * are created as they near the viewport, so it scrolls there first). */
export async function ready(page: Page, section = "printing-press") {
  await expect(page.locator(`#${section}`)).toBeVisible();
  await page.locator(`#${section}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#${section} [data-testid=echart] svg`)).toBeVisible();
}

/** How many times a section's chart has been updated. */
export async function chartUpdates(page: Page, section: string) {
  return Number(await page.locator(`#${section} [data-testid=echart]`).getAttribute("data-updates"));
}

/** The chart's SVG markup, to tell whether it was redrawn. */
export async function chartMarkup(page: Page, section: string) {
  return page.locator(`#${section} [data-testid=echart] svg`).evaluate((svg) => svg.outerHTML);
}
