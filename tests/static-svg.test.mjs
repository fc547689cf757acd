// src/js/prerender.mjs's static charts: ECharts' server-side SVG, cleaned
// for the page. What draws nothing and what the page never uses is left
// out (hover classes, the transparent background, the boxes under axis
// labels, SVG 1.1's version and xlink), and what draws stays.
//
//   node --test tests/static-svg.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { staticSvg } from "../src/js/prerender.mjs";

const option = {
  xAxis: { type: "category", data: ["Tether", "OpenAI", "Anthropic"] },
  yAxis: { type: "value", name: "$B" },
  series: [{ type: "bar", data: [13, -5, -2.7], label: { show: true } }],
};
const svg = staticSvg(JSON.stringify(option), "A bar chart & a <test>.");

test("a static chart is an image with its description, sized by its viewBox", () => {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  assert.match(root, /\sviewBox="0 0 340 352"/);
  assert.match(root, /\sclass="static-chart"/);
  assert.match(root, /\srole="img"/);
  assert.match(root, /\saria-label="A bar chart &amp; a &lt;test&gt;\."/);
  assert.doesNotMatch(root, /\s(width|height|version|baseProfile|xmlns:xlink)=/);
});

test("what draws nothing is left out, what draws stays", () => {
  // The hover classes (named like the ids, zr0-cls-1 or static0-cls-1), the
  // background and the boxes under the axis labels are gone...
  assert.doesNotMatch(svg, /-cls-\d/);
  assert.doesNotMatch(svg, /<rect[^>]*fill="none"/);
  assert.doesNotMatch(svg, /<path d="[^"]*"(?: transform="[^"]*")? fill="none"><\/path>/);
  assert.doesNotMatch(svg, /xlink:|ecmeta_|<style|\sstyle=/);
  // ...and the bars, the grid lines and every label are still drawn.
  const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  for (const t of ["Tether", "OpenAI", "Anthropic", "$B", "13"]) assert.ok(texts.includes(t), `${t} in ${texts.join(" | ")}`);
  assert.ok((svg.match(/<path d="[^"]*"[^>]*fill="#[0-9a-f]{6}"/gi) ?? []).length >= 3, "three filled bars");
  assert.ok(/stroke="#[0-9a-f]{6}"/i.test(svg), "grid lines");
  // Ids stay apart from a live chart's (zr0-…), which counts from zero too.
  assert.doesNotMatch(svg, /\bzr\d+-/);
});
