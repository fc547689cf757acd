// The ECharts the site serves: only the chart types, components and renderer
// the explainer uses, bundled from the npm package by esbuild (make echarts).
// Adding a chart type or component to a builder in src/charts means adding
// it here too; the end-to-end tests fail if a chart cannot be drawn.
import * as echarts from "echarts/core";
import { BarChart, LineChart, PieChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { install as signLabels } from "./labels.mjs";

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

// Negative amounts read "−$2B", not "$-2B" (src/js/labels.mjs).
signLabels(echarts);

window.echarts = echarts;
