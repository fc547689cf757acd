// Phone screenshots of a control being moved in every section, with its
// chart in sight: 390 × 844 and 320 × 568, English and Japanese, light and
// dark. For each section the first slider, draggable number or preset is
// focused and stepped by keyboard, and the screen is captured as the reader
// sees it; at 390 px also mid-drag (phone-mid-*.png).
// Usage: node tests/e2e/phone-shots.mjs [base-url] [out-dir]   (make screenshots)
import { chromium } from "@playwright/test";
import { mkdir } from "node:fs/promises";

const base = process.argv[2] ?? "http://127.0.0.1:8123/";
const out = process.argv[3] ?? "target/screenshots";
await mkdir(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
for (const [width, height] of [[390, 844], [320, 568]]) {
  for (const lang of ["en", "ja"]) {
    for (const scheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, locale: lang, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(`${base}${lang === "en" ? "en/" : ""}`);
      await page.locator("html[data-live]").waitFor({ state: "attached" });
      // ECharts comes on the first sign of interaction.
      await page.locator("figure").first().dispatchEvent("pointerenter", { pointerType: "mouse" });
      const sections = await page.locator("main section").evaluateAll((all) =>
        all.filter((s) => s.querySelector(".echart") && s.querySelector("input[type=range], [role=slider], .presets button")).map((s) => s.id),
      );
      for (const id of sections) {
        const control = page.locator(`#${id}`).locator("input[type=range], [role=slider], .presets button").first();
        await control.focus();
        const tag = await control.evaluate((el) => el.tagName);
        await page.keyboard.press(tag === "BUTTON" ? "Enter" : "ArrowRight");
        await page.locator(`#${id} [data-testid=echart] svg:not(.static-chart)`).waitFor({ state: "attached" });
        await page.waitForTimeout(250);
        await page.screenshot({ path: `${out}/phone-${width}-${lang}-${scheme}-${id}.png` });
        // Mid-drag, at 390 px: the control keeps stepping (a key held down,
        // every 60 ms) while the screen is captured, so the chart is caught
        // moving, with its scale held still.
        if (width === 390 && tag !== "BUTTON") {
          await control.evaluate((el) => {
            let k = 0;
            // A range input steps only for trusted keys: it is set instead.
            const key = () => {
              const back = k++ % 16 < 8;
              if (el.tagName === "INPUT") {
                const step = Number(el.step) || 1;
                el.value = String(Number(el.value) + (back ? -step : step));
                el.dispatchEvent(new Event("input", { bubbles: true }));
              } else {
                el.dispatchEvent(new KeyboardEvent("keydown", { key: back ? "ArrowLeft" : "ArrowRight", bubbles: true }));
              }
            };
            const timer = setInterval(key, 60);
            setTimeout(() => clearInterval(timer), 2500);
          });
          await page.waitForTimeout(400);
          await page.screenshot({ path: `${out}/phone-mid-${width}-${lang}-${scheme}-${id}.png` });
          await page.waitForTimeout(2300);
        }
      }
      await context.close();
      console.log(`phone ${width}×${height} ${lang} ${scheme}: ${sections.length} sections`);
    }
  }
}
await browser.close();
