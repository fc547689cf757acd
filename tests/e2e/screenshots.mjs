// Screenshots for reading the page as a reader would: phone (390 px) and
// desktop (1280 px), English and Japanese, light and dark, with JavaScript
// off (the prerendered page, static charts) and on (the live page, ECharts).
// Each gets a full page and a close-up of one section, so the two can be
// compared side by side.
// Usage: node tests/e2e/screenshots.mjs [base-url] [out-dir]   (make screenshots)
import { chromium } from "@playwright/test";
import { mkdir } from "node:fs/promises";

const base = process.argv[2] ?? "http://127.0.0.1:8123/";
const out = process.argv[3] ?? "target/screenshots";
const closeUp = process.env.SECTION ?? "printing-press";
await mkdir(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const width of [390, 1280]) {
  for (const lang of ["en", "ja"]) {
    for (const scheme of ["light", "dark"]) {
      for (const js of [false, true]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: js });
        const page = await context.newPage();
        await page.goto(`${base}${lang === "en" ? "en/" : ""}?lang=${lang}`);
        await page.locator("#profit").waitFor();
        if (js) {
          await page.locator("html[data-live]").waitFor({ state: "attached" });
          // ECharts comes on the first sign of interaction.
          await page.locator("[data-testid=figure]").first().hover();
          await page.waitForFunction(() => typeof window.echarts === "object");
          // Charts are created as they near the viewport: scroll through once.
          for (const section of await page.locator("section.beat").all()) {
            await section.scrollIntoViewIfNeeded();
            await page.waitForTimeout(150);
          }
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.mouse.move(0, 0);
          await page.waitForTimeout(800);
        }
        const name = `${out}/${lang}-${width}-${scheme}-${js ? "js" : "nojs"}`;
        // A section far from the screen is painted only as the reader nears
        // it (content-visibility): a whole-page picture needs them all.
        await page.evaluate(() => document.querySelectorAll(".beat").forEach((s) => s.style.setProperty("content-visibility", "visible")));
        await page.screenshot({ path: `${name}.png`, fullPage: true });
        await page.locator(`#${closeUp}`).screenshot({ path: `${name}-${closeUp}.png` });
        console.log(name);
        await context.close();
      }
    }
  }
}
await browser.close();
