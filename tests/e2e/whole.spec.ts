// The whole article: sections, charts, the fact layer, and every control.
import { test, expect, ready, chartUpdates, chartMarkup, SECTION_IDS, scrollThrough, stillAfterScroll } from "./fixtures";
import type { Page } from "@playwright/test";


for (const lang of ["en", "ja"]) {
  test(`${lang}: every section, chart and source note is there`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await ready(page, "profit");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const ids = await page.locator("main > section").evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(SECTION_IDS);
    for (const id of SECTION_IDS) {
      await expect(page.locator(`#${id} h2`)).not.toHaveText("");
    }
    await scrollThrough(page);
    const charts = page.locator("[data-testid=echart]");
    expect(await charts.count()).toBeGreaterThanOrEqual(8);
    await expect.poll(() => page.locator("[data-testid=echart] svg").count()).toBe(await charts.count());
    const sectionsWithCharts = await page
      .locator("main > section")
      .evaluateAll((els) => els.filter((e) => e.querySelector("[data-testid=echart]")).length);
    expect(sectionsWithCharts).toBeGreaterThanOrEqual(8);
    // Every chart has a title and a caption, both HTML, where they wrap.
    for (const fig of await page.locator("figure[data-testid=figure]").all()) {
      await expect(fig.getByTestId("figure-title")).not.toHaveText("");
      await expect(fig.locator("figcaption .caption")).not.toHaveText("");
      await expect(fig.locator("[data-fact]").first()).toBeAttached();
    }
    const facts = await page.locator("[data-fact]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-fact"))));
    expect([...new Set(facts)].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    await expect(page.locator("#sources tbody tr")).toHaveCount(23);
  });
}

/** The text of every live number and draggable number in a section. */
async function numbers(page: Page, section: string) {
  return page.locator(`#${section} .beat-text`).evaluate((el) =>
    [...el.querySelectorAll(".num, .drag, .control-value")].map((n) => n.textContent).join("|"),
  );
}

test("every control, moved by keyboard alone, changes a prose number and a chart", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("./?lang=en");
  await ready(page, "profit");
  // The guess only has a prose answer once revealed.
  await page.getByTestId("reveal").focus();
  await page.keyboard.press("Enter");

  const controls = await page.locator("main input[type=range], main [role=slider]").evaluateAll((els) =>
    els.map((el, i) => {
      el.setAttribute("data-probe", String(i));
      return { probe: String(i), section: el.closest("section")!.id, testid: el.getAttribute("data-testid") };
    }),
  );
  expect(controls.length).toBeGreaterThanOrEqual(8);
  const covered = new Set(controls.map((c) => c.section));
  for (const id of SECTION_IDS.filter((s) => !["irony", "sources"].includes(s))) {
    expect(covered, `a control in #${id}`).toContain(id);
  }

  for (const c of controls) {
    const control = page.locator(`[data-probe="${c.probe}"]`);
    await control.scrollIntoViewIfNeeded();
    await ready(page, c.section);
    const before = await numbers(page, c.section);
    const chartless = (await page.locator(`#${c.section} [data-testid=echart]`).count()) === 0;
    const updates = chartless ? 0 : await chartUpdates(page, c.section);
    const text = await page.locator(`#${c.section}`).innerText();
    await control.focus();
    const atMax = await control.evaluate((el) => {
      const max = Number(el.getAttribute("max") ?? el.getAttribute("aria-valuemax"));
      const now = Number((el as HTMLInputElement).value ?? el.getAttribute("aria-valuenow"));
      const nowAria = el.getAttribute("aria-valuenow");
      return (nowAria !== null ? Number(nowAria) : now) >= max;
    });
    await page.keyboard.press(atMax ? "Home" : "End");
    await expect.poll(() => numbers(page, c.section), `${c.testid} changes prose in #${c.section}`).not.toBe(before);
    if (chartless) {
      // The claims ledger has no chart: its live verdicts and the page's
      // conclusion follow instead.
      await expect.poll(() => page.locator(`#${c.section}`).innerText(), `${c.testid} changes #${c.section}`).not.toBe(text);
      continue;
    }
    await expect
      .poll(() => chartUpdates(page, c.section), `${c.testid} redraws the chart in #${c.section}`)
      .toBeGreaterThan(updates);
  }
});

test("predict, then reveal, by keyboard", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page, "profit");
  await expect(page.locator("#profit [data-testid=echart] svg")).toContainText("Tether: ?");
  await page.getByTestId("slider-guess").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("reveal")).toBeFocused();
  await page.keyboard.press("Enter");
  const result = page.getByTestId("guess-result");
  await expect(result).toContainText("You guessed $20 billion");
  await expect(result).toContainText("$7 billion too high");
  await expect(page.getByTestId("answer")).toBeVisible();
  await expect(page.getByTestId("profit-answer")).toContainText("over $13 billion");
  await expect(page.locator("#profit [data-testid=echart] svg")).not.toContainText("Tether: ?");
});

test("the article's arithmetic sits beside the recomputed number", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page, "per-head");
  const claim = page.getByTestId("perhead-claim");
  await expect(claim).toContainText("60x");
  await expect(claim).toContainText("70.3x");
  await expect(page.getByTestId("portfolio-claim")).toContainText("$2 billion");
  await expect(page.getByTestId("portfolio-claim")).toContainText("$2.2 billion");
});

test("a source note opens on focus and on tap, with verdict and caveat", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page, "per-head");
  const note = page.locator("#per-head .notes [data-fact='5']");
  const pop = note.locator(".fact-pop");
  await expect(pop).toBeHidden();
  await note.locator("button").focus();
  await expect(pop).toBeVisible();
  await expect(pop).toContainText("2024 money against 2025 headcounts");
  await page.locator("h1").click();
  await expect(pop).toBeHidden();
  await note.locator("button").click();
  await expect(note.locator("button")).toHaveAttribute("aria-expanded", "true");
  await expect(pop).toBeVisible();
});

test("one switch recomputes the article with the latest public figures", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page);
  const holdings = page.getByTestId("press-numbers").locator("[data-slot=holdings]");
  await expect(holdings).toHaveText("$130 billion");
  await page.getByTestId("basis-latest").click();
  await expect(page.getByTestId("basis-latest")).toHaveAttribute("aria-pressed", "true");
  await expect(holdings).toHaveText("$141 billion");
  await expect(page.getByTestId("press-numbers").locator("[data-slot=yield]")).toHaveText("3.63%");
  // A 2025 figure says it is one; the article's set carries no dates.
  await expect(page.locator("[data-testid=profit-compare] [data-slot=tp_when]")).toHaveText("(2025)");
  await expect(page.locator("#compute .drag").first()).toHaveText("20,480");
  await page.getByTestId("reset").click();
  await expect(holdings).toHaveText("$130 billion");
  await expect(page.getByTestId("basis-article")).toHaveAttribute("aria-pressed", "true");
});

test("comparisons flip with the numbers", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page, "compute");
  const value = page.getByTestId("compute-value");
  await expect(value).toContainText("less than the $600 million loan");
  const count = page.getByTestId("drag-gc");
  await count.focus();
  await page.keyboard.press("End");
  const price = page.getByTestId("drag-gp");
  await price.focus();
  await page.keyboard.press("End");
  await expect(value).toContainText("more than the $600 million loan");
});

test("a draggable number is a real slider and follows the pointer", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page, "per-head");
  const drag = page.getByTestId("drag-th");
  await expect(drag).toHaveAttribute("role", "slider");
  await expect(drag).toHaveAttribute("aria-valuetext", "150 people");
  await drag.focus();
  await page.keyboard.press("ArrowRight");
  await expect(drag).toHaveAttribute("aria-valuenow", "160");
  // A page is a tenth of the 100–350 range, 25, on the step grid of 10: 30.
  await page.keyboard.press("PageDown");
  await expect(drag).toHaveAttribute("aria-valuenow", "130");
  await page.keyboard.press("Home");
  await expect(drag).toHaveAttribute("aria-valuenow", "100");
  const box = (await drag.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  // 150 of the 300 px that sweep the range: 100 + 125, on the grid of 10.
  await expect(drag).toHaveAttribute("aria-valuenow", "230");
});

test("dark mode follows the system and has a toggle", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("./?lang=en");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const before = await chartUpdates(page, "printing-press");
  await page.getByTestId("theme-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect.poll(() => chartUpdates(page, "printing-press")).toBeGreaterThan(before);
  expect(errors).toEqual([]);
  await context.close();
});

// A chart's first drawing is never animated (it replaces the static chart
// in place), so each page first draws, then changes once at rest (a yield
// preset, no control moving): that redraw animates unless motion is reduced.
for (const reducedMotion of ["reduce", "no-preference"] as const) {
  test(`reduced motion turns chart animation off (${reducedMotion})`, async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto("./?lang=en");
    await ready(page);
    const animation = () =>
      page.locator("#printing-press [data-testid=echart]").evaluate((el) => (window as any).echarts.getInstanceByDom(el).getOption().animation);
    expect(await animation(), "the first drawing is not animated").toBe(false);
    const before = await chartUpdates(page, "printing-press");
    await page.locator("#printing-press .presets button").filter({ hasText: /Dec 2025/ }).click();
    await expect.poll(() => chartUpdates(page, "printing-press")).toBeGreaterThan(before);
    expect(await animation()).toBe(reducedMotion === "no-preference");
    await context.close();
  });
}

test("charts far down the page are created only near the viewport", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./?lang=en");
  await ready(page, "profit");
  // Far away it keeps the static chart drawn at build time.
  await expect(page.locator("#business-model [data-testid=echart] svg.static-chart")).toHaveCount(1);
  await expect(page.locator("#business-model [data-testid=echart] svg:not(.static-chart)")).toHaveCount(0);
  // The section is laid out when it comes near (content-visibility), which
  // can move the chart from where the first scroll aimed: aim again.
  const chart = page.locator("#business-model [data-testid=echart]");
  await chart.scrollIntoViewIfNeeded();
  await stillAfterScroll(page);
  await chart.scrollIntoViewIfNeeded();
  await expect(page.locator("#business-model [data-testid=echart] svg:not(.static-chart)")).toHaveCount(1);
  await expect(page.locator("#business-model [data-testid=echart] svg.static-chart")).toHaveCount(0);
});

test("a chart out of view skips steps and catches up once when it returns", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./?lang=en");
  await ready(page, "printing-press");
  await expect(page.locator("#printing-press [data-testid=echart]")).toHaveAttribute("data-in-view", "true");
  const before = await chartUpdates(page, "printing-press");
  const markup = await chartMarkup(page, "printing-press");
  // The legend names the holdings ("Interest on $130B of bills"): it comes
  // from the fitted option, which is not even built while out of sight.
  const legend = page.locator("#printing-press [data-testid=legend]");
  const legendText = await legend.innerText();
  // With the chart out of view (its whole section 200 px above the
  // viewport: the figure is sticky within its section, and past the 40 px
  // in which charts follow steps), step the holdings slider of the
  // rate-cuts section, which the printing-press chart also follows. The
  // scroll is retried until the chart's observer has reported it out of
  // view, so a late layout change under load cannot leave it in view.
  await expect(async () => {
    await page.locator("#printing-press").evaluate((el) => {
      window.scrollTo(0, el.getBoundingClientRect().bottom + window.scrollY + 200);
    });
    await expect(page.locator("#printing-press [data-testid=echart]")).not.toHaveAttribute("data-in-view", "true", { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  const slider = page.locator("#rate-cuts [data-testid=slider-h]");
  const value = await slider.inputValue();
  await slider.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
  for (let k = 0; k < 3; k++) await page.keyboard.press("ArrowRight");
  await expect(slider).not.toHaveValue(value);
  await page.waitForTimeout(300);
  expect(await chartUpdates(page, "printing-press")).toBe(before);
  expect(await legend.innerText()).toBe(legendText);
  // Back in view: one update brings it to the current scenario.
  await page.locator("#printing-press [data-testid=echart]").scrollIntoViewIfNeeded();
  await expect.poll(() => chartUpdates(page, "printing-press")).toBe(before + 1);
  await page.waitForTimeout(300);
  expect(await chartUpdates(page, "printing-press")).toBe(before + 1);
  expect(await chartMarkup(page, "printing-press")).not.toBe(markup);
  await expect(legend).not.toHaveText(legendText);
});

test("after a burst of steps, the sections out of sight catch up: the article reads as a fresh load of its address", async ({ page, browser }) => {
  // A step rewrites only the sections near the screen; the others follow
  // once the reader pauses. The text a fresh load of the address shows is
  // the proof: every sentence, number and chart description equal. (Each
  // chart's title and legend are fitted, so built, only while it is in
  // view: they are left out, as are the charts themselves.)
  const text = (p: Page) =>
    p.locator("main").evaluate((main) => {
      document.querySelectorAll<HTMLElement>(".beat").forEach((s) => s.style.setProperty("content-visibility", "visible"));
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".echart, [data-testid^=legend], .figure-title").forEach((e) => e.remove());
      return copy.textContent ?? "";
    });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./?lang=en");
  await ready(page, "printing-press");
  const before = await text(page);
  const slider = page.locator("#printing-press [data-testid=slider-h]");
  const value = await slider.inputValue();
  await slider.focus();
  for (let k = 0; k < 6; k++) await page.keyboard.press("ArrowRight");
  await expect(slider).not.toHaveValue(value);
  // The address follows the scenario once the reader pauses.
  await expect(page).toHaveURL(/[?&]h=/);
  const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await fresh.goto(page.url());
  await ready(fresh, "printing-press");
  const expected = await text(fresh);
  await fresh.close();
  expect(expected).not.toBe(before);
  await expect.poll(() => text(page)).toBe(expected);
});

test("while a control moves, its chart's scale holds still; once the reader pauses, it fits the data again", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./?lang=en");
  await ready(page, "per-head");
  const chart = page.locator("#per-head [data-testid=echart]");
  // The value axis's extent as ECharts drew it.
  const extent = () =>
    chart.evaluate((el) => {
      const axis = (window as any).echarts.getInstanceByDom(el).getModel().getComponent("xAxis", 0).axis;
      return `${axis.type} ${axis.scale.getExtent().join("..")}`;
    });
  const before = await extent();
  expect(before).toMatch(/^value /);
  // A burst of steps within one task: no pause can fall between them, however
  // slow the machine. More staff, so each one's share (the bars) shrinks.
  // The plot's rectangle is held with the axes (ECharts then fits no
  // labels on a step), and given back to the option's own margins after.
  const plot = () =>
    chart.evaluate((el) => {
      const chart = (window as any).echarts.getInstanceByDom(el);
      const grid = chart.getOption().grid[0];
      return { rect: chart.getModel().getComponent("grid", 0).coordinateSystem.getRect(), contain: grid.containLabel, mode: grid.outerBoundsMode };
    });
  const plotBefore = await plot();
  expect(plotBefore.contain).toBe(true);
  const during = await page.locator("#per-head [data-testid=drag-th]").evaluate(async (drag) => {
    const host = drag.closest("section")!.querySelector<HTMLElement>("[data-testid=echart]")!;
    const axisNow = () => {
      const axis = (window as any).echarts.getInstanceByDom(host).getModel().getComponent("xAxis", 0).axis;
      return `${axis.type} ${axis.scale.getExtent().join("..")}`;
    };
    const plotNow = () => {
      const chart = (window as any).echarts.getInstanceByDom(host);
      return { rect: chart.getModel().getComponent("grid", 0).coordinateSystem.getRect(), contain: chart.getOption().grid[0].containLabel };
    };
    const first = Number(host.dataset.updates);
    const value = drag.getAttribute("aria-valuenow");
    for (let k = 0; k < 8; k++) {
      drag.dispatchEvent(new KeyboardEvent("keydown", { key: "PageUp", bubbles: true }));
      for (let m = 0; m < 64; m++) await Promise.resolve();
    }
    const animated = (window as any).echarts.getInstanceByDom(host).getOption().animation;
    return { redrawn: Number(host.dataset.updates) > first, moved: drag.getAttribute("aria-valuenow") !== value, extent: axisNow(), animated, plot: plotNow() };
  });
  expect(during.moved).toBe(true);
  expect(during.redrawn).toBe(true);
  expect(during.extent).toBe(before);
  expect(during.plot.rect).toEqual(plotBefore.rect);
  expect(during.plot.contain).toBe(false);
  // Each step is drawn at once...
  expect(during.animated).toBe(false);
  // ...and once the reader pauses, the axis fits the smaller bars in one
  // animated movement: the moving steps' "no animation" does not linger.
  await expect.poll(extent).not.toBe(before);
  expect(await chart.evaluate((el) => (window as any).echarts.getInstanceByDom(el).getOption().animation)).toBe(true);
  const plotAfter = await plot();
  expect(plotAfter.contain).toBe(true);
  expect(plotAfter.mode).toBe("auto");
});

// ECharts rebuilds its axes on every update; the SVG renderer, as the site
// bundles it (src/js/build-echarts.mjs), keeps each element whose tag is
// where it was and writes only what changed, instead of removing and
// re-creating every axis line, tick and label on each step.
test("a step redraws the chart in place: no element of its SVG is replaced", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./?lang=en");
  await ready(page, "per-head");
  const result = await page.locator("#per-head [data-testid=drag-th]").evaluate(async (drag) => {
    const host = drag.closest("section")!.querySelector<HTMLElement>("[data-testid=echart]")!;
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const step = async () => {
      drag.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      for (let m = 0; m < 64; m++) await Promise.resolve();
      await settle();
    };
    // One step first, so the chart holds its axes (a control is moving).
    await step();
    const drawn = [...host.querySelectorAll("svg path, svg text")];
    const first = Number(host.dataset.updates);
    // Elements removed (a label's new text replaces its text node, which
    // is not counted).
    let removed = 0;
    const watch = new MutationObserver((ms) => {
      for (const m of ms) removed += [...m.removedNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE).length;
    });
    watch.observe(host, { subtree: true, childList: true });
    await step();
    await step();
    watch.disconnect();
    return {
      redrawn: Number(host.dataset.updates) - first,
      elements: drawn.length,
      kept: drawn.filter((el) => el.isConnected).length,
      removed,
    };
  });
  expect(result.redrawn).toBe(2);
  expect(result.elements).toBeGreaterThan(10);
  expect(result.kept).toBe(result.elements);
  expect(result.removed).toBe(0);
});

// A legend name that carries a number ("Interest on $131B") is rewritten in
// place as text; the list, its keys and their attributes are left alone
// while the keys stay the same.
test("a step rewrites a legend's names in place, not the legend", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./?lang=en");
  await ready(page, "rate-cuts");
  const result = await page.locator("#rate-cuts [data-testid=slider-h]").evaluate(async (input: HTMLInputElement) => {
    const section = input.closest("section")!;
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const step = async () => {
      input.value = String(Number(input.value) + 1);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      for (let m = 0; m < 64; m++) await Promise.resolve();
      await settle();
    };
    // Away from the article's holdings first: there the legend has a key
    // of its own for them.
    await step();
    await step();
    const legend = section.querySelector("[data-testid=legend]")!;
    const before = legend.textContent;
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) seen.push(r.type === "attributes" ? `attribute ${r.attributeName}` : r.type);
    });
    observer.observe(legend, { subtree: true, childList: true, attributes: true, characterData: true });
    await step();
    observer.disconnect();
    return {
      items: legend.querySelectorAll("li").length,
      connected: legend.isConnected,
      before,
      after: legend.textContent,
      others: seen.filter((t) => t !== "characterData"),
      texts: seen.filter((t) => t === "characterData").length,
    };
  });
  expect(result.items).toBeGreaterThan(1);
  expect(result.connected).toBe(true);
  expect(result.after).not.toBe(result.before);
  expect(result.texts).toBeGreaterThan(0);
  expect(result.others).toEqual([]);
});

test("printing draws every chart and opens the source notes", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page, "profit");
  const charts = await page.locator("[data-testid=echart]").count();
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect.poll(() => page.locator("[data-testid=echart] svg").count()).toBe(charts);
  await expect(page.locator(".toolbar")).toBeHidden();
  await expect(page.locator("#per-head .notes .fact-pop").first()).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(50_000);
});

test("the yield-path buttons, by keyboard, change the rate-cut prose and chart and the business model", async ({ page }) => {
  await page.goto("./?lang=en");
  await ready(page, "rate-cuts");
  const body = page.getByTestId("rates-body");
  // The page opens on what happened: December 2025's yield held.
  await expect(page.getByTestId("path-rates-dec2025")).toHaveAttribute("aria-checked", "true");
  await expect(body).toContainText("$4.68 billion in 2030");
  await expect(body).toContainText("66.9%"); // of the same $7B 2024 every path shares
  await expect(page.getByTestId("rates-path-note")).toBeVisible();
  const before = await chartUpdates(page, "rate-cuts");
  const button = page.getByTestId("path-rates-article");
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-checked", "true");
  await expect(body).toContainText("the yield in 2030 is the same as 2024's");
  await expect(body).toContainText("would earn $7 billion that year");
  await expect(page.getByTestId("rates-path-note")).toBeHidden();
  await expect.poll(() => chartUpdates(page, "rate-cuts")).toBeGreaterThan(before);
  // The same path drives the business-model race, whose picker agrees.
  await expect(page.getByTestId("path-model-article")).toHaveAttribute("aria-checked", "true");
  await ready(page, "business-model");
  await expect(page.getByTestId("model-body")).toContainText("Article's 5.38%, held");
});
