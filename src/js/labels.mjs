// Negative numbers in chart labels, with a real minus before the currency.
//
// The Rust chart builders write every label as an ECharts string template
// ("${value}B", "{c}億"): options are JSON, and a function formatter would
// need `eval`, which the page's Content-Security-Policy forbids. A template
// puts a negative value's sign inside it ("$-2B"). This preprocessor, run by
// ECharts on every option the live page and the build's static charts set,
// turns each such one-placeholder template into a function of our own that
// writes "−$2B" (U+2212, before the whole amount) and is otherwise the
// template.

export const MINUS = "\u2212";

/** A template with exactly one placeholder, `{value}` or `{c}`. */
const SINGLE = /^([^{}]*)\{(value|c)\}([^{}]*)$/;

/** `v` as ECharts prints it in a template: thousands grouped, float noise
 * (0.30000000000000004) rounded away. */
function plain(v) {
  const n = Number(Math.abs(v).toPrecision(12));
  const [int, frac] = String(n).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

/** The text of `template` for the number `v`: the sign before it all. */
export function signed(template, v) {
  const m = SINGLE.exec(template);
  if (!m || typeof v !== "number" || !Number.isFinite(v)) return null;
  return `${v < 0 ? MINUS : ""}${m[1]}${plain(v)}${m[3]}`;
}

// Anything but a finite number (a category's name, a point's pair) reads as
// the template would have it.
function axisFormatter(template) {
  return (value) => signed(template, value) ?? template.replace("{value}", String(value));
}

function labelFormatter(template) {
  return (params) => signed(template, params?.value) ?? template.replace("{c}", String(params?.value ?? ""));
}

function each(list, f) {
  if (Array.isArray(list)) list.forEach(f);
  else if (list && typeof list === "object") f(list);
}

/** Rewrites the option's one-placeholder label templates in place. */
export function signLabels(option) {
  if (!option || typeof option !== "object") return;
  for (const key of ["xAxis", "yAxis"]) {
    each(option[key], (axis) => {
      const label = axis?.axisLabel;
      if (label && typeof label.formatter === "string" && SINGLE.test(label.formatter) && label.formatter.includes("{value}")) {
        label.formatter = axisFormatter(label.formatter);
      }
    });
  }
  each(option.series, (series) => {
    const label = series?.label;
    if (label && typeof label.formatter === "string" && SINGLE.test(label.formatter) && label.formatter.includes("{c}")) {
      label.formatter = labelFormatter(label.formatter);
    }
  });
}

/** Installs `signLabels` in an ECharts build. */
export function install(echarts) {
  echarts.registerPreprocessor(signLabels);
}
