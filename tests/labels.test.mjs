// src/js/labels.mjs, the ECharts preprocessor of chart label templates: its
// rules, and the text ECharts itself draws with it (server-side, as the
// build's static charts are drawn by src/js/prerender.mjs).
//
//   node --test tests/labels.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import * as echarts from "echarts";
import { install, signed, MINUS } from "../src/js/labels.mjs";

install(echarts);

test("a zero reads 0 in every unit, with no sign", () => {
  assert.equal(signed("{value}億", 0), "0");
  assert.equal(signed("{value}万", 0), "0");
  assert.equal(signed("{value}兆", 0), "0");
  assert.equal(signed("{c}億", -0), "0");
  // Less than one unit of the smallest kind rounds to zero, unsigned.
  assert.equal(signed("{value}万", -0.00001), "0");
  assert.equal(signed("${value}B", 0), "$0");
  assert.equal(signed("${value}M", -0), "$0");
  // What is not a unit of magnitude stays.
  assert.equal(signed("{value}%", 0), "0%");
  assert.equal(signed("{value}万ドル", 0), "0ドル");
  assert.equal(signed("{value}", 0), "0");
});

test("other numbers keep their units, mixed in Japanese, signed first", () => {
  assert.equal(signed("{value}億", 8.6), "8億6000万");
  assert.equal(signed("{value}億", 120), "120億");
  assert.equal(signed("{value}万", 0.5), "5000");
  assert.equal(signed("{value}億", -20), `${MINUS}20億`);
  assert.equal(signed("${value}B", -2), `${MINUS}$2B`);
  assert.equal(signed("${value}B", 12), "$12B");
  assert.equal(signed("{value}%", 5.5), "5.5%");
});

test("a thousand billions or more reads in trillions, as the prose writes them", () => {
  assert.equal(signed("{value}B", 10000), "10T");
  assert.equal(signed("{value}B", 100000), "100T");
  assert.equal(signed("{value}B", 15000), "15T");
  assert.equal(signed("${value}B", 1500), "$1.5T");
  assert.equal(signed("${value}B", -2500), `${MINUS}$2.5T`);
  // Below a thousand, and other units, stay as they are.
  assert.equal(signed("{value}B", 999), "999B");
  assert.equal(signed("{value}B", 100), "100B");
  assert.equal(signed("${value}M", 1500), "$1,500M");
  assert.equal(signed("{value}Bn", 1500), "1,500Bn");
});

/** The text of an option drawn by ECharts to SVG, with the preprocessor. */
function drawnText(option) {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 340, height: 352 });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

const bars = (data) => ({ type: "bar", data });

test("Japanese value axes start at 0, not 0億 or 0万", () => {
  for (const [label, data] of [["{value}億", [8.6, 120]], ["{value}万", [-4.2, 77]]]) {
    const texts = drawnText({
      xAxis: { type: "category", data: ["A", "B"] },
      yAxis: { type: "value", min: 0, axisLabel: { formatter: label } },
      series: [bars(data)],
    });
    assert.ok(texts.includes("0"), `${label}: a tick reads 0 (${texts.join(" | ")})`);
    assert.ok(!texts.some((t) => /^0[万億兆]/.test(t)), `${label}: ${texts.join(" | ")}`);
    assert.ok(texts.some((t) => /\d[万億]/.test(t)), `${label}: other ticks keep their unit (${texts.join(" | ")})`);
  }
  // A horizontal value axis (the per-head chart's), crossing zero.
  const texts = drawnText({
    yAxis: { type: "category", data: ["A", "B"] },
    xAxis: { type: "value", axisLabel: { formatter: "{value}万" } },
    series: [bars([-30, 150])],
  });
  assert.ok(texts.includes("0") && !texts.some((t) => /^0[万億兆]/.test(t)), texts.join(" | "));
  assert.ok(texts.some((t) => t.startsWith(MINUS)), `a negative tick is signed first (${texts.join(" | ")})`);
});

test("English money axes start at $0", () => {
  const texts = drawnText({
    xAxis: { type: "category", data: ["A", "B"] },
    yAxis: { type: "value", min: 0, axisLabel: { formatter: "${value}B" } },
    series: [bars([4, 11])],
  });
  assert.ok(texts.includes("$0") && !texts.includes("$0B"), texts.join(" | "));
  assert.ok(texts.some((t) => /^\$\d+B$/.test(t) && t !== "$0B"), texts.join(" | "));
});
