// The ECharts the site serves: only the chart types, components and renderer
// the explainer uses, bundled from the npm package by esbuild and minified by
// terser (make echarts). Adding a chart type or component to a builder in
// src/charts means adding it here too; the end-to-end tests fail if a chart
// cannot be drawn.
//
// Named imports, and only the two functions the page calls on the global:
// `import *` would keep every export of echarts/core alive (about 5 KB gzip).
// Titles and legends are the figure's HTML (src/charts/fit.rs), so neither
// TitleComponent nor LegendComponent is needed; single points are line
// series of one point, so ScatterChart is not either.
import { use, init, getInstanceByDom, registerPreprocessor } from "echarts/core";
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { AriaComponent, GridComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { install as signLabels } from "./labels.mjs";
import { drain } from "./figure-kit.mjs";

use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, TooltipComponent, SVGRenderer]);

// Negative amounts read "−$2B", not "$-2B" (src/js/labels.mjs).
signLabels({ registerPreprocessor });

window.echarts = { init, getInstanceByDom };

// A figure's image, asked for before ECharts came, is made now; later ones
// at once (src/browser.rs, queue_figure_file, calls tetherKit.drain).
window.tetherKit = { drain: () => drain(init) };
drain(init);
