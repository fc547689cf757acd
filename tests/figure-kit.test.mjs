// node --test: how the figure kit lays out a figure's file
// (src/js/figure-kit.mjs), with text measured by its estimate.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compose, wrap } from "../src/js/figure-kit.mjs";

const CHART = '<svg width="672" height="420" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 672 420"><style>.zr0-cls-0:hover{opacity:.5}</style><rect width="10" height="10" fill="#000"/><text>1&nbsp;2</text></svg>';
const FILE = {
  title: "Yearly interest <at> each bill yield",
  chartSvg: CHART,
  legend: [
    { name: "Interest on $130B of bills", color: "#2563eb", mark: "line" },
    { name: "Article, 2024: $7B at 5.38%", color: "#c2410c", mark: "diamond" },
  ],
  whose: { label: "Figures: as the article gives them", color: "#c2410c" },
  sources: "Sources: Kuli's article (深潮 TechFlow, December 2025); Axios",
  citation: "Tether's printing press, “Yearly interest” (figure). https://user.github.io/repo/en/?v=2&h=200&y=4.3#printing-press. Accessed 6 December 2026. Figures: set by a reader, not the article's.",
};

test("the file holds the title, whose figures, the legend, the sources and the citation, escaped", () => {
  const { svg, width, height } = compose(FILE);
  assert.equal(width, 720);
  assert.ok(height > 420 + 100, `height ${height}`);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="720" height="\d+"/);
  assert.match(svg, /<title>Yearly interest &lt;at&gt; each bill yield<\/title>/);
  for (const text of ["Figures: as the article gives them", "Interest on $130B of bills", "Sources: Kuli's article", "Accessed 6 December 2026"]) {
    assert.ok(svg.includes(text), text);
  }
  assert.ok(svg.includes("&amp;h=200"), "the address's & is escaped");
});

test("the file refers to nothing outside itself, and drops ECharts' hover rules", () => {
  const { svg } = compose(FILE);
  assert.doesNotMatch(svg, /<style|href=|<image|@import|@font-face|url\(http/);
  assert.doesNotMatch(svg, /&nbsp;/, "HTML's entity is not XML's");
  assert.match(svg, /1&#160;2/);
  // The only address in an attribute is the SVG namespace.
  assert.deepEqual([...svg.matchAll(/="(https?:[^"]*)"/g)].map((m) => m[1]), ["http://www.w3.org/2000/svg"]);
});

test("text is wrapped to the width, an address cut where it has no break", () => {
  const measure = (t, size) => t.length * size * 0.55;
  const lines = wrap(FILE.citation, 13, 300, false, measure);
  assert.ok(lines.length > 3);
  for (const line of lines) assert.ok(measure(line, 13) <= 300, line);
  assert.equal(lines.join("").replace(/\s/g, ""), FILE.citation.replace(/\s/g, ""));
  const ja = wrap("出典：Kuli氏の記事（深潮 TechFlow、2025年12月）、Tetherの四半期アテステーション（BDO）", 13, 200, false, measure);
  for (const line of ja) assert.ok(!/^[、。）」]/.test(line), `a line starts with a closing mark: ${line}`);
});
