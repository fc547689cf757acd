// Accessibility: axe-core's WCAG 2.x A/AA rules in both languages and both
// colour schemes, and every control reachable by Tab with a visible focus
// indicator.
import { test, expect, ready, scrollThrough } from "./fixtures";
import type { Page } from "@playwright/test";

const AXE_PATH = require.resolve("axe-core/axe.min.js");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// The page ships a strict Content-Security-Policy (script-src 'self'), which
// blocks the inline <script> that page.addScriptTag inserts to load axe.
// bypassCSP applies to this spec only: the policy itself is tested in
// robust.spec.ts, and every other spec runs under it.
test.use({ bypassCSP: true, locale: "en-US" });

type Found = { id: string; impact: string | null; help: string; nodes: { target: string; summary: string }[] };

/** Runs axe on the whole document and returns its violations, compactly. */
async function axe(page: Page): Promise<Found[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const result = await (window as any).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target.join(" "), summary: n.failureSummary ?? "" })),
    }));
  }, WCAG_TAGS);
}

/** One readable paragraph per violation: id, impact, help, the first few
 * targets with what is wrong. */
function describe(violations: Found[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 4)
        .map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, "\n      ")}`)
        .join("\n");
      const more = v.nodes.length > 4 ? `\n    … and ${v.nodes.length - 4} more` : "";
      return `${v.id} (${v.impact}): ${v.help} [${v.nodes.length} node(s)]\n${nodes}${more}`;
    })
    .join("\n\n");
}

/** Loads the article, draws every chart, and leaves every source note closed. */
async function loadAll(page: Page, lang: string) {
  await page.goto(`./?lang=${lang}`);
  await ready(page, "profit");
  await scrollThrough(page);
  const charts = await page.locator("[data-testid=echart]").count();
  await expect.poll(() => page.locator("[data-testid=echart] svg").count()).toBe(charts);
  // No note open: nothing focused, nothing hovered, nothing toggled.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator(".fact[data-open]")).toHaveCount(0);
  await expect(page.locator(".fact-pop:visible")).toHaveCount(0);
  // Let chart animations finish, so colours are final.
  await page.waitForTimeout(1200);
}

for (const lang of ["en", "ja"]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${lang}, ${colorScheme}`, () => {
      test.use({ colorScheme });

      test(`axe finds no WCAG 2.2 A/AA violations (${lang}, ${colorScheme}, notes closed)`, async ({ page }) => {
        test.setTimeout(90_000);
        await loadAll(page, lang);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
        const violations = await axe(page);
        expect(violations.map((v) => `${v.id} (${v.nodes.length})`), `axe violations:\n${describe(violations)}\n`).toEqual([]);
      });

      test(`axe finds no WCAG 2.2 A/AA violations with every source note and data table open (${lang}, ${colorScheme})`, async ({ page }) => {
        test.setTimeout(90_000);
        await loadAll(page, lang);
        const chips = page.locator(".fact > button.fact-chip");
        const n = await chips.count();
        expect(n).toBeGreaterThanOrEqual(23);
        // Toggle each note open by its button (as a tap would).
        await chips.evaluateAll((els) => els.forEach((b) => (b as HTMLButtonElement).click()));
        await expect(page.locator(".fact[data-open]")).toHaveCount(n);
        // And every chart's "show the data" table.
        const tables = page.locator("details[data-testid=data-table]");
        const t = await tables.count();
        await tables.evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await expect(page.locator("details[data-testid=data-table] table")).not.toHaveCount(0);
        expect(await page.locator("details[data-testid=data-table]:has(table)").count()).toBe(t);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const violations = await axe(page);
        expect(violations.map((v) => `${v.id} (${v.nodes.length})`), `axe violations:\n${describe(violations)}\n`).toEqual([]);
      });
    });
  }
}

for (const [lang, path] of [["en", "en/embed/claims/"], ["ja", "embed/claims/"]]) {
  test(`axe finds no WCAG 2.2 A/AA violations in the claims ledger's embed, every rule open (${lang})`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html[data-live]")).toBeAttached();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.locator("details.ledger-rule").evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.getByTestId("claims-basis-latest").click();
    await expect(page.locator("[data-claim=interest]")).toHaveAttribute("data-verdict", "partly");
    const violations = await axe(page);
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`), `axe violations:\n${describe(violations)}\n`).toEqual([]);
  });
}

test("every control in the article is reachable by Tab and shows where focus is", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadAll(page, "en");
  const total = await page.evaluate(() => {
    const sel = 'input, button, a[href], [role=slider], summary, [tabindex="0"]';
    const controls = Array.from(document.querySelectorAll<HTMLElement>(`main :is(${sel})`)).filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        // Deliberately out of the Tab order (the heading anchors): not counted.
        el.getAttribute("tabindex") !== "-1" &&
        !(el instanceof HTMLInputElement && el.type === "hidden") &&
        el.checkVisibility({ visibilityProperty: true } as any) &&
        el.getClientRects().length > 0,
    );
    controls.forEach((el, i) => el.setAttribute("data-kbd", String(i)));
    return controls.length;
  });
  expect(total).toBeGreaterThanOrEqual(20);

  await page.evaluate(() => window.scrollTo(0, 0));
  const reached = new Set<string>();
  const noIndicator = new Map<string, string>();
  let bodyVisits = 0;
  for (let i = 0; i < 400 && reached.size < total; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== "none" && cs.boxShadow !== "";
      const section = el.closest("section")?.id;
      const name = `${el.localName}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ""}${
        el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""
      } "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}"${section ? ` in #${section}` : ""}`;
      return { kbd: el.getAttribute("data-kbd"), name, indicated: outline || shadow, focusVisible: el.matches(":focus-visible") };
    });
    if (f === null) {
      // Focus left the document (past the last control) and comes back round.
      if (++bodyVisits > 2) break;
      continue;
    }
    if (f.kbd !== null) reached.add(f.kbd);
    if (!f.indicated || !f.focusVisible) noIndicator.set(f.name, `${f.indicated ? "" : "no outline or box-shadow"}${f.focusVisible ? "" : " not :focus-visible"}`);
  }

  const missed = await page.evaluate((seen) => {
    return Array.from(document.querySelectorAll<HTMLElement>("[data-kbd]"))
      .filter((el) => !seen.includes(el.getAttribute("data-kbd")!))
      .map((el) => {
        const section = el.closest("section")?.id;
        return `${el.localName}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ""}${
          el.getAttribute("tabindex") ? `[tabindex=${el.getAttribute("tabindex")}]` : ""
        } "${(el.textContent ?? "").trim().slice(0, 30)}" in #${section}`;
      });
  }, [...reached]);
  expect(missed, `${missed.length} of ${total} visible controls in main never received focus by Tab`).toEqual([]);
  expect(
    [...noIndicator].map(([name, why]) => `${name}: ${why}`),
    "every element focused by Tab has a visible focus indicator",
  ).toEqual([]);
});
