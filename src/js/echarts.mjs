// The ECharts the site serves: only the chart types, components and renderer
// the explainer uses (echarts-parts.mjs, which the build's static charts
// take too), bundled from the npm package by esbuild and minified by terser
// (make echarts). Adding a chart type or component to a builder in
// src/charts means adding it to echarts-parts.mjs; the end-to-end tests
// fail if a chart cannot be drawn.
//
// Named imports, and only the two functions the page calls on the global
// (init as wrapped below):
// `import *` would keep every export of echarts/core alive (about 5 KB gzip).
// Titles and legends are the figure's HTML (src/charts/fit.rs), so neither
// TitleComponent nor LegendComponent is needed; single points are line
// series of one point, so ScatterChart is not either.
import { use, init, getInstanceByDom, registerPreprocessor } from "echarts/core";
import { PARTS } from "./echarts-parts.mjs";
import { install as signLabels } from "./labels.mjs";
import { drain } from "./figure-kit.mjs";

use(PARTS);

// Negative amounts read "−$2B", not "$-2B" (src/js/labels.mjs).
signLabels({ registerPreprocessor });

// While a control moves, the page holds each chart's value axes still
// (src/widgets/echarts.rs, AxisHold: each bound the option leaves open
// becomes a function that keeps the drawn end). The plots are held with
// them, here in the bundle, where that costs the wasm nothing: an option
// with such a bound holds each grid's rectangle as drawn before the hold
// began, as margins in pixels, with no labels laid out to fit it (ECharts'
// label fitting was 10-40% of a step's setOption on four charts). The
// first option without one lets go: the option's own margins and fitting
// come back.
const held = (option) =>
  ["xAxis", "yAxis"].some((k) => [option[k] ?? []].flat().some((a) => typeof a?.min === "function" || typeof a?.max === "function"));
const placePlots = (chart, option) => {
  const hold = held(option);
  if (hold && !chart.heldPlots) {
    chart.heldPlots = [];
    for (let i = 0, grid; (grid = chart.getModel().getComponent("grid", i)); i++) {
      const r = grid.coordinateSystem?.getRect();
      if (r && r.width > 0 && r.height > 0) {
        chart.heldPlots.push([i, r.x, r.y, chart.getWidth() - r.x - r.width, chart.getHeight() - r.y - r.height]);
      }
    }
  }
  for (const [i, left, top, right, bottom] of chart.heldPlots ?? []) {
    const grid = [option.grid ?? []].flat()[i];
    if (!grid || typeof grid !== "object") continue;
    if (hold) Object.assign(grid, { left, top, right, bottom, containLabel: false, outerBoundsMode: "none" });
    else grid.outerBoundsMode = "auto";
  }
  if (!hold) chart.heldPlots = null;
};
// Every chart the page makes places its plots before each update.
const initChart = (...args) => {
  const chart = init(...args);
  const setOption = chart.setOption;
  chart.setOption = function (option, ...rest) {
    if (option && typeof option === "object") placePlots(this, option);
    return setOption.call(this, option, ...rest);
  };
  return chart;
};

window.echarts = { init: initChart, getInstanceByDom };

// A figure's image, asked for before ECharts came, is made now; later ones
// at once (src/browser.rs, queue_figure_file, calls tetherKit.drain).
window.tetherKit = { drain: () => drain(init) };
drain(init);
