// Touch: a finger dragging a number in the prose moves the number, and only
// the number (the page does not scroll); every touch target is at least
// 24 × 24 px (WCAG 2.2, 2.5.8).
import { test, expect, live, stillAfterScroll } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("a touch drag on a draggable number changes it and its prose, and does not scroll the page", async ({ page }) => {
  await page.goto("en/");
  await live(page);
  const drag = page.getByTestId("drag-gc");
  await drag.scrollIntoViewIfNeeded();
  await stillAfterScroll(page);
  const prose = page.locator("#compute .beat-text");
  const before = { value: await drag.getAttribute("aria-valuenow"), text: await prose.innerText() };
  const box = (await drag.boundingBox())!;
  const scrollBefore = await page.evaluate(() => window.scrollY);
  // A real touch sequence, through the browser's input pipeline (where it
  // would scroll the page unless the number claims the gesture): sideways
  // and, as fingers do, upwards too.
  const cdp = await page.context().newCDPSession(page);
  const at = (dx: number, dy: number) => [{ x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0, 0) });
  const cancelled = drag.evaluate((el) => {
    (window as any).__cancelled = 0;
    el.addEventListener("pointercancel", () => (window as any).__cancelled++);
  });
  await cancelled;
  for (let i = 1; i <= 10; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i * 8, -i * 10) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  expect(await page.evaluate(() => (window as any).__cancelled), "the browser did not take the gesture over").toBe(0);
  // 80 px of 300 sweep the range: the number followed the whole way.
  const spec = { min: Number(await drag.getAttribute("aria-valuemin")), max: Number(await drag.getAttribute("aria-valuemax")) };
  const moved = Number(await drag.getAttribute("aria-valuenow")) - Number(before.value);
  expect(moved).toBeGreaterThan(0.8 * (80 / 300) * (spec.max - spec.min));
  await expect.poll(() => prose.innerText()).not.toBe(before.text);
  expect(await page.evaluate(() => window.scrollY), "the page did not scroll").toBe(scrollBefore);
});

for (const lang of ["en", "ja"]) {
  test(`${lang}: every touch target is at least 24 × 24 px`, async ({ page }) => {
    await page.goto(lang === "en" ? "en/" : "./?lang=ja");
    await live(page);
    // Open every note and table, so what they hold is measured too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll<HTMLElement>(
        "button, input, select, textarea, summary, [role=slider], [role=radio], a[href]",
      );
      const out: string[] = [];
      for (const el of targets) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        // A link inside a sentence is exempt (2.5.8's inline exception).
        if (el.tagName === "A" && el.closest("p, td, li, .byline, .fact-pop, .cite")) continue;
        if (r.width < 24 || r.height < 24) {
          out.push(`${el.tagName.toLowerCase()}${el.className ? "." + el.className : ""} "${(el.textContent ?? "").trim().slice(0, 30)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
        }
      }
      return out;
    });
    expect(small).toEqual([]);
  });
}
