// Negative numbers in chart labels, with a real minus before the currency.
//
// The Rust chart builders write every label as an ECharts string template
// ("${value}B", "{c}億"): options are JSON, and a function formatter would
// need `eval`, which the page's Content-Security-Policy forbids. A template
// puts a negative value's sign inside it ("$-2B"). This preprocessor, run by
// ECharts on every option the live page and the build's static charts set,
// turns each such one-placeholder template into a function of our own that
// writes "−$2B" (U+2212, before the whole amount) and is otherwise the
// template. It also writes counts of 万/億/兆 in mixed units, a thousand
// billions or more in trillions ("10T", not "10,000B"), and a zero as
// a plain 0, as `i18n/format.rs` does: an axis starts at "0" or "$0", never
// at "0億" or "$0B".

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

/** Japanese units a template can count in ("{c}億", "{value}万ドル"). */
const UNITS = { "万": 1e4, "億": 1e8, "兆": 1e12 };

/** `n` (a whole number, ≥ 0) in mixed Japanese units with no separators:
 * 860000000 is "8億6000万", 1e14 is "100兆", 3000 is "3000". The rule of
 * `i18n/format.rs`: never a decimal point before a unit. */
export function japanese(n) {
  const parts = [[Math.floor(n / 1e12), "兆"], [Math.floor(n / 1e8) % 1e4, "億"], [Math.floor(n / 1e4) % 1e4, "万"], [n % 1e4, ""]];
  return parts.filter(([k]) => k > 0).map(([k, u]) => `${k}${u}`).join("") || "0";
}

/** An English unit of magnitude right after the number ("${value}B"): a
 * letter not starting a word. */
const MAGNITUDE = /^[KMBT](?![A-Za-z])/;

/** The text of `template` for the number `v`: the sign before it all, and
 * a count of 万/億/兆 written out in mixed units ("8.6" of "{c}億" reads
 * "8億6000万"). Zero is a plain 0 in any unit, as `i18n/format.rs` writes
 * it: "{value}億" and "{value}万" read "0", "${value}B" reads "$0", with no
 * sign (what follows the unit, "0ドル", "0%", stays). */
export function signed(template, v) {
  const m = SINGLE.exec(template);
  if (!m || typeof v !== "number" || !Number.isFinite(v)) return null;
  const [, before, , after] = m;
  const unit = UNITS[after[0]];
  if (unit) {
    const whole = Math.round(Number((Math.abs(v) * unit).toPrecision(12)));
    if (whole === 0) return `${before}0${after.slice(1)}`;
    return `${v < 0 ? MINUS : ""}${before}${japanese(whole)}${after.slice(1)}`;
  }
  // A thousand billions or more reads in trillions, as the prose writes
  // them ("15T tokens"): 10,000 of "{value}B" is "10T", not "10,000B".
  if (/^B(?![A-Za-z])/.test(after) && Math.abs(v) >= 1000) return signed(`${before}{value}T${after.slice(1)}`, v / 1000);
  const amount = plain(v);
  if (amount === "0") return `${before}0${after.replace(MAGNITUDE, "")}`;
  return `${v < 0 ? MINUS : ""}${before}${amount}${after}`;
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

/** A tooltip of one item, "{b}" (after "{a}<br/>", the series, if asked)
 * then a one-placeholder value template ("{b}: ${c}B"): the names as
 * ECharts gives them (escaped, since a function's text is HTML), the value
 * signed. */
const NAMED = /^(\{a\}<br\/>)?\{b\}(\s*[:：]?\s*)([^{}\s]*\{c\}[^{}]*)$/;
function tooltipFormatter(template) {
  const [, series, sep, value] = NAMED.exec(template);
  const escape = (t) => String(t ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  return (params) => (Array.isArray(params) || !params
    ? template
    : `${series ? `${escape(params.seriesName)}<br/>` : ""}${escape(params.name)}${sep}${signed(value, params.value) ?? value.replace("{c}", String(params.value ?? ""))}`);
}

/** Rewrites the option's one-placeholder label templates in place. */
export function signLabels(option) {
  if (!option || typeof option !== "object") return;
  each(option.tooltip, (tooltip) => {
    if (typeof tooltip?.formatter === "string" && NAMED.test(tooltip.formatter)) tooltip.formatter = tooltipFormatter(tooltip.formatter);
  });
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
