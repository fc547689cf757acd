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

/** Waits until the app has mounted and the chart has drawn at least once. */
export async function ready(page: Page) {
  await expect(page.locator("#printing-press")).toBeVisible();
  await expect(page.locator("#printing-press [data-testid=echart] svg")).toBeVisible();
}

/** The chart's SVG markup, to tell whether it was redrawn. */
export async function chartMarkup(page: Page, section: string) {
  return page.locator(`#${section} [data-testid=echart] svg`).evaluate((svg) => svg.outerHTML);
}
