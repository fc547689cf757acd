// The parts of ECharts the explainer draws with: its chart types,
// components and renderer. The site's bundle (echarts.mjs) and the build's
// static charts (prerender.mjs) both take exactly these, so a chart is laid
// out alike before and after the code arrives. (The package's full build
// would also install ECharts 5's label fitting, LegacyGridContainLabel,
// which leaves a value axis's end label hanging past the plot's side: the
// static per-head chart on a phone lost the minus of "−3000万".)
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { AriaComponent, GridComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

export const PARTS = [BarChart, LineChart, PieChart, AriaComponent, GridComponent, TooltipComponent, SVGRenderer];
