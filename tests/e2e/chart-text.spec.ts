// Chart text never collides or clips: in every live chart, at a small
// phone's, a common phone's, a large phone's, a tablet's and a desktop's
// width, in both languages, no two
// text boxes of the SVG overlap and none leaves its chart's box. Checked on
// the boxes the browser lays out, not on a snapshot, so it holds with any
// font the machine has.
import { test, expect, live, SECTION_IDS } from "./fixtures";
import type { Page } from "@playwright/test";

/** Overlap, in px on both axes, that counts as a collision: glyph boxes of
 * neighbouring lines may touch. */
const SLACK = 1;

type Box = { text: string; x: number; y: number; w: number; h: number };

/** Every visible text box of each live chart, relative to its chart. */
async function chartText(page: Page) {
  return page.locator("[data-testid=echart]").evaluateAll((charts) =>
    charts.map((chart) => {
      const section = chart.closest("section")?.id ?? "?";
      const box = chart.getBoundingClientRect();
      const svg = chart.querySelector("svg:not(.static-chart)");
      const texts: Box[] = [];
      for (const t of svg ? [...svg.querySelectorAll("text")] : []) {
        const r = t.getBoundingClientRect();
        const style = getComputedStyle(t);
        const text = (t.textContent ?? "").trim();
        if (!text || r.width === 0 || r.height === 0 || style.display === "none" || style.visibility === "hidden") continue;
        if (Number(style.opacity) === 0 || t.getAttribute("fill-opacity") === "0" || t.getAttribute("opacity") === "0") continue;
        texts.push({ text, x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height });
      }
      return { section, live: !!svg, width: box.width, height: box.height, texts };
    }),
  );
}

function problems(charts: Awaited<ReturnType<typeof chartText>>) {
  const found: string[] = [];
  const round = (b: Box) => `"${b.text}" at ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)}`;
  for (const c of charts) {
    for (const b of c.texts) {
      if (b.x < -SLACK || b.y < -SLACK || b.x + b.w > c.width + SLACK || b.y + b.h > c.height + SLACK) {
        found.push(`#${c.section}: ${round(b)} leaves the ${Math.round(c.width)}×${Math.round(c.height)} chart`);
      }
      if (b.text.endsWith("…") || b.text.endsWith("...")) found.push(`#${c.section}: ${round(b)} is cut short`);
    }
    for (let i = 0; i < c.texts.length; i++) {
      for (let j = i + 1; j < c.texts.length; j++) {
        const [a, b] = [c.texts[i], c.texts[j]];
        const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (dx > SLACK && dy > SLACK) found.push(`#${c.section}: ${round(a)} overlaps ${round(b)}`);
      }
    }
  }
  return found;
}

for (const lang of ["en", "ja"]) {
  for (const width of [320, 390, 480, 768, 1280]) {
    test.describe(`${lang} at ${width} px`, () => {
      // No animation: every label is where it ends up.
      test.use({ viewport: { width, height: 800 }, reducedMotion: "reduce" });

      test(`no chart text overlaps or leaves its chart`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.goto(lang === "en" ? "en/" : "./?lang=ja");
        await live(page);
        // ECharts loads on the first sign of interaction; charts are drawn as
        // they near the viewport.
        await page.locator("figure[data-testid=figure]").first().hover();
        for (const id of SECTION_IDS) {
          await page.locator(`#${id}`).scrollIntoViewIfNeeded();
          if (await page.locator(`#${id} [data-testid=echart]`).count()) {
            await page.locator(`#${id} [data-testid=echart]`).scrollIntoViewIfNeeded();
            await expect(page.locator(`#${id} [data-testid=echart] svg:not(.static-chart)`)).toBeAttached();
          }
        }
        // The same boxes twice in a row: every chart has settled at its size.
        let charts = await chartText(page);
        await expect
          .poll(async () => {
            const before = JSON.stringify(charts);
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            charts = await chartText(page);
            return JSON.stringify(charts) === before;
          })
          .toBe(true);
        expect(charts.length).toBeGreaterThanOrEqual(9);
        for (const c of charts) {
          expect(c.live, `#${c.section} is a live chart`).toBe(true);
          expect(c.texts.length, `#${c.section} has text`).toBeGreaterThan(2);
        }
        const found = problems(charts);
        // Japanese chart text follows the page's one number style
        // (i18n/format.rs): no decimal before 万/億/兆, no thousands
        // separator.
        if (lang === "ja") {
          for (const c of charts) {
            for (const b of c.texts) {
              if (/\d\.\d+[万億兆]|\d,\d{3}/.test(b.text)) found.push(`#${c.section}: "${b.text}" breaks the Japanese number style`);
            }
          }
        }
        console.log(`chart text, ${lang} at ${width} px: ${found.filter((f) => f.includes("overlaps")).length} overlapping, ${found.filter((f) => !f.includes("overlaps")).length} clipped`);
        expect(found).toEqual([]);
      });
    });
  }
}
