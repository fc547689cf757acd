// Full-page screenshots for reading the page as a reader would:
// phone (390 px) and desktop (1280 px), English and Japanese, light and dark.
// Usage: node tests/e2e/screenshots.mjs [base-url] [out-dir]   (make screenshots)
import { chromium } from "@playwright/test";
import { mkdir } from "node:fs/promises";

const base = process.argv[2] ?? "http://127.0.0.1:8123/";
const out = process.argv[3] ?? "target/screenshots";
await mkdir(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const width of [390, 1280]) {
  for (const lang of ["en", "ja"]) {
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${base}?lang=${lang}`);
      await page.locator("#profit").waitFor();
      // Charts are created as they near the viewport: scroll through once.
      for (const section of await page.locator("section.beat").all()) {
        await section.scrollIntoViewIfNeeded();
        await page.waitForTimeout(150);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(800);
      const file = `${out}/${lang}-${width}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
