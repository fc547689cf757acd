// Sources linked: every address facts.md gives ("Where to read the sources")
// is a link in its row of the sources table and in the row's source note,
// opening in a new tab; a row it gives no address for has no link.
//
// The expected addresses are read from facts.md itself (the shared dossier
// next to the repository, else the copy in tests/data), with the same rule
// as the native test: an address ends at whitespace or ')'.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect, live, stillAfterScroll } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

const REPO = resolve(__dirname, "../..");

function factsMd(): string {
  const shared = resolve(REPO, "../shared/facts.md");
  return readFileSync(existsSync(shared) ? shared : resolve(REPO, "tests/data/facts.md"), "utf8");
}

/** Row number → the addresses facts.md gives for it, in its order. */
function addressesByRow(md: string): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  let inside = false;
  for (const line of md.split("\n")) {
    if (line.startsWith("## ")) {
      inside = line.startsWith("## Where to read the sources");
      continue;
    }
    const m = inside ? /^\|\s*(\d+)\s*\|(.*)$/.exec(line) : null;
    if (!m) continue;
    const urls = [...m[2].matchAll(/https?:\/\/[^\s)]+/g)].map((u) => u[0].replace(/[;,|]+$/, ""));
    rows.set(Number(m[1]), urls);
  }
  return rows;
}

const ADDRESSES = addressesByRow(factsMd());

test("facts.md gives addresses to read", () => {
  expect(ADDRESSES.size).toBeGreaterThan(0);
  for (const [row, urls] of ADDRESSES) expect(urls.length, `facts.md row ${row}`).toBeGreaterThan(0);
});

/** Each link in `scope`: the addresses facts.md gives for `row`, in order,
 * opening in a new tab without handing the opener over, spoken with its
 * warning and showing the "↗" to the eye only. */
async function expectLinks(scope: Locator, row: number) {
  const want = ADDRESSES.get(row) ?? [];
  const links = scope.locator("a.ext");
  await expect(links, `row ${row}`).toHaveCount(want.length);
  await expect(scope.locator("a"), `row ${row}: no other link`).toHaveCount(want.length);
  for (const [i, url] of want.entries()) {
    const a = links.nth(i);
    await expect(a).toHaveAttribute("href", url);
    await expect(a).toHaveAttribute("target", "_blank");
    await expect(a).toHaveAttribute("rel", "noopener noreferrer");
    await expect(a.locator(".visually-hidden")).not.toHaveText("");
    await expect(a.locator("[aria-hidden=true]")).toHaveText("↗");
  }
}

async function open(page: Page, lang: string) {
  await page.goto(lang === "en" ? "en/" : "./?lang=ja");
  await live(page);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

for (const lang of ["ja", "en"]) {
  test(`${lang}: each row of the sources table links the addresses facts.md gives it, and only those`, async ({ page }) => {
    await open(page, lang);
    const rows = page.locator("table.sources tbody tr[data-row]");
    await expect(rows).toHaveCount(23);
    for (const tr of await rows.all()) {
      const row = Number(await tr.getAttribute("data-row"));
      const cell = tr.locator("td.source");
      await expect(cell).toHaveCount(1);
      await expectLinks(cell, row);
      // A row without an address still names its source, in plain text.
      await expect(cell).not.toHaveText(/^\s*\d{4}/);
    }
  });

  test(`${lang}: a source note opened by its chip holds the row's links`, async ({ page }) => {
    await open(page, lang);
    const note = page.locator("#compute .notes [data-fact='8']");
    await note.scrollIntoViewIfNeeded();
    const pop = note.locator(".fact-pop");
    await expect(pop).toBeHidden();
    await note.locator(".fact-chip").click();
    await expect(note).toHaveAttribute("data-open", "true");
    await expect(pop).toBeVisible();
    await expectLinks(pop.locator(".fact-cite"), 8);
    await expect(pop.locator("a.ext").first()).toBeVisible();
    // A row facts.md gives no address for has none in its note either.
    const plain = page.locator("#compute .notes [data-fact='9']");
    await expectLinks(plain.locator(".fact-cite"), 9);
  });
}

// On a phone each row is a card: nothing needs scrolling sideways, the
// article's figure comes with its verdict right after it, and each cell is
// named by its column's header (which the card layout hides).
for (const lang of ["ja", "en"]) {
  test(`${lang}: on a phone, each source is a card that fits the screen, every cell named by its column`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, lang);
    const wrap = page.locator("#sources .table-wrap");
    await wrap.scrollIntoViewIfNeeded();
    const result = await wrap.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const headers = [...el.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
      const rows = [...el.querySelectorAll("tbody tr")].map((tr) => {
        const cells = [...tr.children] as HTMLElement[];
        const verdict = tr.querySelector("td.verdict")!;
        // The names are the stylesheet's (::before), not the markup's.
        const labels = cells.map((c) => {
          const content = getComputedStyle(c, "::before").content;
          return content === "none" || content === "normal" ? null : JSON.parse(content);
        });
        return {
          after: cells[cells.indexOf(verdict) - 1]?.className ?? "",
          text: verdict.textContent!.trim(),
          right: Math.max(...cells.map((c) => c.getBoundingClientRect().right)),
          labels,
        };
      });
      return { rows, headers, edge: box.right, wide: el.scrollWidth - el.clientWidth };
    });
    expect(result.rows).toHaveLength(23);
    expect(result.wide).toBeLessThanOrEqual(0);
    const [, said, , pub, source] = result.headers;
    for (const r of result.rows) {
      expect(r.after).toBe("said");
      expect(r.text.length).toBeGreaterThan(0);
      expect(r.right, r.text).toBeLessThanOrEqual(result.edge);
      expect(r.labels).toEqual([null, said, null, pub, source]);
    }
  });
}

test("on a desktop the sources are a table: a header row, no cell names", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, "en");
  const table = page.locator("#sources table.sources");
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator("thead th").first()).toBeVisible();
  const named = await table.locator("tbody td").evaluateAll((tds) => tds.filter((td) => !["none", "normal"].includes(getComputedStyle(td, "::before").content)).length);
  expect(named).toBe(0);
  expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe("table");
});

test("a link in a source note is reached by Tab from its chip, and the note stays open", async ({ page }) => {
  await open(page, "en");
  const note = page.locator("#bci .notes [data-fact='14']");
  await note.scrollIntoViewIfNeeded();
  const pop = note.locator(".fact-pop");
  await note.locator(".fact-chip").focus();
  await expect(pop).toBeVisible();
  await page.keyboard.press("Tab");
  const link = pop.locator("a.ext");
  await expect(link).toBeFocused();
  await expect(pop).toBeVisible();
  await expect(link).toHaveAttribute("href", ADDRESSES.get(14)![0]);
});

test("a pointer moving from a chip down to the link in its note keeps the note open", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, "en");
  const note = page.locator("#compute .notes [data-fact='8']");
  await note.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -200));
  await stillAfterScroll(page);
  const chip = note.locator(".fact-chip");
  await chip.hover();
  const pop = note.locator(".fact-pop");
  await expect(pop).toBeVisible();
  const box = (await pop.locator("a.ext").boundingBox())!;
  expect(box.y + box.height, "the link is on screen").toBeLessThanOrEqual(900);
  await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 25 });
  await expect(pop).toBeVisible();
  await expect(note).not.toHaveAttribute("data-open", "true");
});

for (const [lang, asOf, article, latest] of [
  ["en", "as of June 2026", "2024: profit, revenue and losses", "Latest figures"],
  ["ja", "2026年6月時点", "2024年の利益・売上・赤字", "最新の数字"],
] as const) {
  test(`${lang}: with the latest public figures on, the toolbar dates them and the article's words keep the article's numbers`, async ({ page }) => {
    await open(page, lang);
    const stamp = page.getByTestId("latest-as-of");
    await expect(stamp).toBeHidden();
    const claim = page.getByTestId("perhead-claim");
    const credited = async () => ({
      chip: await claim.locator("[data-slot=article_ratio]").innerText(),
      // The latest set's text says it uses the reported price instead of the
      // article's middle one, so that one is not repeated there.
      compute: await page.locator("[data-testid=compute-body] [data-slot^=article_]:not([data-slot=article_mid])").allInnerTexts(),
      bci: await page.locator("[data-testid=bci-share] [data-slot^=article_]").allInnerTexts(),
    });
    const before = await credited();
    const title = page.locator("#profit [data-testid=figure-title]");
    await expect(title).toContainText(article);
    await page.getByTestId("basis-latest").click();
    await expect(stamp).toBeVisible();
    await expect(stamp).toHaveText(asOf);
    await expect(page.getByTestId("sources-intro")).toContainText(asOf.replace(/^as of |時点$/g, ""));
    // The figures moved (the latest set's 2025 profit is dated)...
    await expect(page.locator("[data-testid=profit-compare] [data-slot=tp_when]")).toContainText("2025");
    await expect(title).toContainText(latest);
    // A figure out of sight follows the set too: its title is read without
    // scrolling to it.
    await expect(page.locator("#per-head [data-testid=figure-title]")).toContainText(lang === "en" ? "latest figures" : "最新の数字");
    // ...and what the page credits to the article did not.
    expect(await credited()).toEqual(before);
    await page.getByTestId("basis-article").click();
    await expect(stamp).toBeHidden();
    await expect(page.locator("[data-testid=profit-compare] [data-slot=tp_when]")).toBeHidden();
  });
}
