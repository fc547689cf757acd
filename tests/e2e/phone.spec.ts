// On a phone, a control's chart is in sight while the control moves: every
// slider, draggable number and preset of every section, focused and stepped
// by keyboard, is fully visible and not covered, with at least half of its
// section's chart on screen.
import { test, expect, live, scrollThrough } from "./fixtures";
import type { Page } from "@playwright/test";

const CONTROLS = "input[type=range], [role=slider], .presets button";

/** Where a control and its section's chart are, after the step. */
async function sight(page: Page, index: number) {
  return page.evaluate(
    ({ index, selector }) => {
      const controls = [...document.querySelectorAll<HTMLElement>("main section")]
        .filter((s) => s.querySelector(".echart"))
        .flatMap((s) => [...s.querySelectorAll<HTMLElement>(selector)]);
      const el = controls[index];
      const section = el.closest("section")!;
      const chart = section.querySelector(".echart")!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const vh = window.innerHeight;
      const vw = document.documentElement.clientWidth;
      // Whatever is drawn on top at the control's centre and near its
      // corners must be the control itself.
      const inset = Math.min(3, r.width / 4, r.height / 4);
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ];
      const covered = points.filter(([x, y]) => {
        const top = document.elementFromPoint(x, y);
        return !top || !(el === top || el.contains(top) || top.contains(el));
      }).length;
      const visible = Math.max(0, Math.min(chart.bottom, vh) - Math.max(chart.top, 0));
      return {
        name: `#${section.id} ${el.getAttribute("data-testid") ?? el.getAttribute("aria-label") ?? el.textContent?.trim()}`,
        inView: r.top >= 0 && r.left >= 0 && r.bottom <= vh && r.right <= vw,
        covered,
        chartShown: visible / chart.height,
      };
    },
    { index, selector: CONTROLS },
  );
}

for (const lang of ["en", "ja"]) {
  for (const [width, height] of [[390, 844], [320, 568]]) {
    test(`${lang} at ${width}×${height}: each control is in sight with its chart while it moves`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await page.goto(lang === "en" ? "en/" : "./?lang=ja");
      await live(page);
      const count = await page.evaluate(
        (selector) =>
          [...document.querySelectorAll("main section")]
            .filter((s) => s.querySelector(".echart"))
            .flatMap((s) => [...s.querySelectorAll(selector)]).length,
        CONTROLS,
      );
      expect(count, "sliders, draggable numbers and presets").toBeGreaterThanOrEqual(19);
      const misses: string[] = [];
      for (let i = 0; i < count; i++) {
        // Focus moves the page as Tab would; then the control steps.
        await page.evaluate(
          ({ i, selector }) =>
            [...document.querySelectorAll<HTMLElement>("main section")]
              .filter((s) => s.querySelector(".echart"))
              .flatMap((s) => [...s.querySelectorAll<HTMLElement>(selector)])[i].focus(),
          { i, selector: CONTROLS },
        );
        const tag = await page.evaluate(() => document.activeElement?.tagName);
        await page.keyboard.press(tag === "BUTTON" ? "Enter" : "ArrowRight");
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const s = await sight(page, i);
        if (!s.inView || s.covered > 0 || s.chartShown < 0.5) {
          misses.push(`${s.name}: in view ${s.inView}, ${s.covered} of 5 points covered, ${Math.round(s.chartShown * 100)}% of its chart shown`);
        }
      }
      console.log(`${lang} ${width}×${height}: ${count - misses.length} of ${count} controls in sight with their chart`);
      expect(misses).toEqual([]);
    });
  }
}

for (const lang of ["en", "ja"]) {
  for (const width of [390, 320]) {
    test(`${lang} at ${width} px: the page is no wider than the screen, before and after the code, with every note and table open`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(lang === "en" ? "en/" : "./?lang=ja");
      const overflow = () =>
        page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      const before = await overflow();
      expect(before.scroll, `prerendered page: ${JSON.stringify(before)}`).toBeLessThanOrEqual(before.inner);
      await live(page);
      await scrollThrough(page);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await page.locator(".fact > button.fact-chip").evaluateAll((els) => els.forEach((b) => (b as HTMLButtonElement).click()));
      const after = await overflow();
      expect(after.scroll, `live page, everything open: ${JSON.stringify(after)}`).toBeLessThanOrEqual(after.inner);
    });
  }
}

// A section far from the screen holds its place with the estimate in
// style/main.css until it is first laid out; a browser that does not anchor
// scrolling (WebKit) moves the page by the estimate's error then. Each
// estimate is within a factor of 1.5 of the section's real height, in both
// languages, at the three widths the estimates are given for.
for (const width of [390, 768, 1280]) {
  test(`at ${width} px, each section's height estimate is close to its real height`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const off: string[] = [];
    for (const path of ["./", "en/"]) {
      await page.goto(path);
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("main > section.beat")].map((s) => {
          const estimate = getComputedStyle(s).containIntrinsicHeight;
          s.style.contentVisibility = "visible";
          const st = getComputedStyle(s);
          const frame = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"]
            .reduce((sum, k) => sum + parseFloat(st[k as "paddingTop"]), 0);
          return { id: s.id, estimate, real: s.getBoundingClientRect().height - frame };
        }),
      );
      expect(rows.length).toBeGreaterThanOrEqual(12);
      for (const r of rows) {
        const est = parseFloat(r.estimate.replace("auto", ""));
        const ratio = r.real / est;
        if (!(ratio > 1 / 1.5 && ratio < 1.5)) off.push(`${path} #${r.id}: estimate ${r.estimate}, real ${Math.round(r.real)} px`);
      }
    }
    expect(off, "update the estimates in style/main.css").toEqual([]);
    await context.close();
  });
}
