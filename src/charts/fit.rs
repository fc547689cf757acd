//! Fits a chart's option to the width it is drawn at, so no text collides
//! or is cut at any width from a small phone's to a desktop's.
//!
//! The builders describe what a chart shows; this pass decides how its text
//! is laid out in `width` pixels:
//! - the title leaves the chart for the figure's HTML, where it wraps;
//! - category labels get the width of their band, and wrap within it
//!   (Japanese ones only between words: see [`wrap_japanese`]);
//! - a horizontal value axis gets as many ticks as its labels have room for;
//! - the legend leaves the chart for the figure's HTML too, where it wraps
//!   (so the page's ECharts needs no legend component);
//! - an axis name wraps within the chart.
//!
//! Text widths are estimated generously (Latin letters at 6.3 to 8 px, CJK
//! at 12.5 px in ECharts' 12 px font), so the room left is enough with
//! common fonts; the end-to-end tests check the boxes the browser lays out.

use serde_json::{json, Value};

use super::table::{first, is_category};

/// The size a chart is fitted to when none is known yet: a phone's chart
/// box, which is also the size the build draws static charts at.
pub const DEFAULT_WIDTH: f64 = 340.0;
/// See [`DEFAULT_WIDTH`].
pub const DEFAULT_HEIGHT: f64 = 352.0;

/// Line height of wrapped labels: taller than any font's glyph box at
/// ECharts' 12 px, so the lines of one label never touch.
const LINE_PX: f64 = 18.0;

/// Room a vertical value axis gives each tick label.
const TICK_ROW_PX: f64 = 40.0;

/// Below this width, labels of horizontal bars sit above their bars instead
/// of taking a third of the width beside them.
const NARROW_PX: f64 = 480.0;

/// Widths are fitted in steps of this many pixels, so resizing a chart by a
/// pixel does not redraw it.
pub const STEP_PX: f64 = 20.0;

/// Room a horizontal value axis gives each tick label.
const TICK_PX: f64 = 72.0;

/// The room below the plot (beyond its axis labels) for the horizontal
/// axis's name, and without one. The builders' own bottoms left room for
/// ECharts' legend, which is the figure's HTML now.
const X_NAME_PX: f64 = 32.0;
const NO_X_NAME_PX: f64 = 12.0;

/// The room above the plot for a value axis's name (the unit).
const AXIS_NAME_PX: f64 = 36.0;

/// A chart fitted to a width.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    /// The option, as JSON text, for ECharts.
    pub json: String,
    /// The chart's title, which the figure shows as HTML above it.
    pub title: String,
    /// The legend's entries, which the figure shows as HTML under the
    /// chart; empty if the chart has no legend.
    pub legend: Vec<LegendItem>,
}

/// One entry of a chart's legend: its name, its series' colour and how its
/// key is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub name: String,
    /// A colour of the palette (`#rrggbb`), as the option gives it.
    pub color: String,
    pub mark: Mark,
}

/// How a legend key is drawn (style/main.css, `.key[data-mark]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A bar or a slice.
    Box,
    /// A line series.
    Line,
    /// A dashed line series.
    Dashed,
    /// A single point drawn as a circle.
    Dot,
    /// A single point drawn as a diamond.
    Diamond,
}

impl Mark {
    /// The `data-mark` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Mark::Box => "box",
            Mark::Line => "line",
            Mark::Dashed => "dashed",
            Mark::Dot => "dot",
            Mark::Diamond => "diamond",
        }
    }
}

/// A size rounded down to a fitting step (and a sane range); the default
/// size if it is not known.
pub fn step(width: f64) -> f64 {
    if !width.is_finite() || width <= 0.0 {
        return DEFAULT_WIDTH;
    }
    ((width.clamp(200.0, 2000.0) / STEP_PX).floor() * STEP_PX).max(200.0)
}

/// Estimated width of `text` in ECharts' default 12 px font.
pub fn text_px(text: &str) -> f64 {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                if c.is_ascii_uppercase() || c == 'm' || c == 'w' { 8.0 } else { 6.3 }
            } else {
                12.5
            }
        })
        .sum()
}

/// Where a Japanese label may break between two words that nothing else
/// separates: U+200B ZERO WIDTH SPACE, placed by the locale
/// ("ふつうの\u{200B}会話"). [`fit`] removes it from every string ECharts
/// gets, as `table.rs` does from the tables.
pub const BREAK: char = '\u{200B}';

/// Whether `text` is Japanese: it has kana, kanji, or Japanese (fullwidth)
/// punctuation, as "Tether：？" does.
pub fn is_japanese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
    })
}

/// Characters a line must not start with (closing marks, punctuation, small
/// kana, the long vowel mark): no break is made before one.
fn no_line_start(c: char) -> bool {
    "）」』】〕〉》、。，．・：；？！ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)]}.,:;!?%".contains(c)
}

/// `line` (one line, no `\n`) cut where it may break, each piece with what
/// follows it up to the next place (a space stays at its piece's end).
/// A Japanese line breaks only between words, where the text itself says
/// one ends: at a [`BREAK`] (which is dropped), after a space, after a
/// fullwidth colon, comma or full stop, and before an opening bracket,
/// never before a mark that cannot start a line. Nowhere else: kana and
/// kanji run on within and across words alike, so "ふつうの会話" and "その他"
/// cannot be told apart without the locale's word.
fn pieces(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = vec![String::new()];
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        if c == BREAK {
            out.push(String::new());
            continue;
        }
        let opens = |c: char| matches!(c, '（' | '「' | '『' | '【');
        if opens(c) && i > 0 && !opens(chars[i - 1]) && !out.last().is_some_and(String::is_empty) {
            out.push(String::new());
        }
        if let Some(piece) = out.last_mut() {
            piece.push(c);
        }
        let ends = c == ' ' || matches!(c, '：' | '、' | '。' | '，');
        if ends && next.is_some_and(|n| n != ' ' && n != BREAK && !no_line_start(n)) {
            out.push(String::new());
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// `label` in lines of at most `width` px, broken only between words (see
/// [`pieces`]); its own line breaks stay. A word wider than `width` keeps
/// its line and runs over it a little rather than be cut. A label that fits
/// comes back as it was, without its [`BREAK`]s.
pub fn wrap_japanese(label: &str, width: f64) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in label.split('\n') {
        let mut current = String::new();
        for piece in pieces(line) {
            let longer = format!("{current}{piece}");
            if !current.trim().is_empty() && text_px(longer.trim_end()) > width {
                lines.push(current.trim_end().to_string());
                current = piece.trim_start().to_string();
            } else {
                current = longer;
            }
        }
        lines.push(current.trim_end().to_string());
    }
    lines.join("\n")
}

/// `text` without its [`BREAK`]s: what a reader sees of a marked label.
pub fn without_breaks(text: &str) -> String {
    text.chars().filter(|&c| c != BREAK).collect()
}

/// Every string in `v` without [`BREAK`].
fn drop_breaks(v: &mut Value) {
    match v {
        Value::String(s) if s.contains(BREAK) => s.retain(|c| c != BREAK),
        Value::Array(items) => items.iter_mut().for_each(drop_breaks),
        Value::Object(map) => map.values_mut().for_each(drop_breaks),
        _ => {}
    }
}

/// Wraps a category axis's labels that are Japanese to `width` between
/// words (ECharts would break them between any two characters), and tells
/// ECharts not to break them again. The series' items on it whose label
/// now has a line break it did not have get its one-line text as their
/// name, so a tooltip's `{b}` reads as before. Labels of an axis with no
/// Japanese are left to ECharts, which breaks English between words.
fn wrap_category_labels(option: &mut Value, key: &str, index: usize, width: f64) {
    let Some(axis) = option.get_mut(key).and_then(|a| as_list(a).into_iter().nth(index)) else { return };
    let Some(names) = axis.get_mut("data").and_then(Value::as_array_mut) else { return };
    if !names.iter().any(|n| n.as_str().is_some_and(is_japanese)) {
        return;
    }
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for (i, name) in names.iter_mut().enumerate() {
        let Some(text) = name.as_str() else { continue };
        let wrapped = wrap_japanese(text, width);
        let plain = without_breaks(text);
        if wrapped.matches('\n').count() > plain.matches('\n').count() {
            renamed.push((i, plain));
        }
        *name = json!(wrapped);
    }
    axis["axisLabel"]["overflow"] = json!("none");
    let on_axis = if key == "xAxis" { "xAxisIndex" } else { "yAxisIndex" };
    let Some(series) = option.get_mut("series").and_then(Value::as_array_mut) else { return };
    for s in series.iter_mut().filter(|s| matches!(text(s.get("type")), Some("bar" | "line"))) {
        if s.get(on_axis).and_then(Value::as_u64).unwrap_or(0) as usize != index {
            continue;
        }
        let Some(data) = s.get_mut("data").and_then(Value::as_array_mut) else { continue };
        for (i, name) in &renamed {
            let Some(item) = data.get_mut(*i) else { continue };
            match item {
                Value::Object(o) => {
                    o.entry("name").or_insert_with(|| json!(name));
                }
                other => *other = json!({ "value": other.take(), "name": name }),
            }
        }
    }
}

fn as_list(v: &mut Value) -> Vec<&mut Value> {
    match v {
        Value::Array(items) => items.iter_mut().collect(),
        Value::Object(_) => vec![v],
        _ => Vec::new(),
    }
}

fn px(v: Option<&Value>, of: f64) -> f64 {
    match v {
        Some(Value::Number(n)) => n.as_f64().unwrap_or(0.0),
        Some(Value::String(s)) => s.strip_suffix('%').and_then(|p| p.parse::<f64>().ok()).map_or(0.0, |p| p / 100.0 * of),
        _ => 0.0,
    }
}

fn shown(v: &Value) -> bool {
    v.get("show").and_then(Value::as_bool) != Some(false)
}

fn text(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str)
}

/// The entries of the option's legend, if it shows one: the names it lists
/// (or every series but a pie), each with its series' or slice's colour.
fn legend_items(option: &Value) -> Vec<LegendItem> {
    let Some(legend) = first(option.get("legend")).filter(|l| shown(l)) else { return Vec::new() };
    let series: &[Value] = option.get("series").and_then(Value::as_array).map_or(&[], Vec::as_slice);
    let palette: Vec<&str> = option.get("color").and_then(Value::as_array).map(|c| c.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let of_series = |s: &Value| -> (String, Mark) {
        let color = text(s.pointer("/itemStyle/color")).or_else(|| text(s.pointer("/lineStyle/color"))).unwrap_or("").to_string();
        let points = s.get("data").and_then(Value::as_array).map_or(0, Vec::len);
        let mark = match text(s.get("type")) {
            Some("line") if points == 1 => {
                if text(s.get("symbol")) == Some("diamond") { Mark::Diamond } else { Mark::Dot }
            }
            Some("line") if text(s.pointer("/lineStyle/type")) == Some("dashed") => Mark::Dashed,
            Some("line") => Mark::Line,
            _ => Mark::Box,
        };
        (color, mark)
    };
    // A listed entry is a name, or an object with one.
    let listed: Option<Vec<&str>> = legend
        .get("data")
        .and_then(Value::as_array)
        .map(|d| d.iter().filter_map(|e| e.as_str().or_else(|| text(e.get("name")))).collect());
    match listed {
        // Named entries: a series of that name, or a slice of a pie.
        Some(names) => names
            .into_iter()
            .enumerate()
            .map(|(i, name)| {
                let (color, mark) = series
                    .iter()
                    .find(|s| text(s.get("name")) == Some(name) && text(s.get("type")) != Some("pie"))
                    .map(of_series)
                    .or_else(|| {
                        series.iter().filter(|s| text(s.get("type")) == Some("pie")).find_map(|s| {
                            s.get("data")?.as_array()?.iter().find(|d| text(d.get("name")) == Some(name)).map(|d| {
                                (text(d.pointer("/itemStyle/color")).unwrap_or("").to_string(), Mark::Box)
                            })
                        })
                    })
                    .unwrap_or_else(|| (palette.get(i).copied().unwrap_or("").to_string(), Mark::Box));
                LegendItem { name: name.to_string(), color, mark }
            })
            .collect(),
        None => series
            .iter()
            .filter(|s| text(s.get("type")) != Some("pie"))
            .filter_map(|s| {
                let name = text(s.get("name"))?;
                let (color, mark) = of_series(s);
                Some(LegendItem { name: name.to_string(), color, mark })
            })
            .collect(),
    }
}

/// An interval that divides `range` into at most `ticks` steps of a round
/// size, so an axis with a fixed minimum and maximum has a label at its
/// maximum without a second one crowding it.
pub fn even_interval(range: f64, ticks: f64) -> Option<f64> {
    if !(range.is_finite() && range > 0.0 && ticks >= 1.0) {
        return None;
    }
    let unit = 10f64.powf((range / ticks).log10().floor());
    [1.0, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 60.0]
        .iter()
        .map(|m| m * unit)
        .find(|step| range / step <= ticks + 1e-9 && ((range / step) - (range / step).round()).abs() < 1e-9)
}

/// Gives a value axis `ticks` labels at most, evenly up to a fixed maximum.
fn set_ticks(axis: &mut Value, ticks: f64) {
    if axis.get("type").and_then(Value::as_str) != Some("value") {
        return;
    }
    axis["splitNumber"] = json!(ticks);
    axis["axisLabel"]["hideOverlap"] = json!(true);
    if let (Some(min), Some(max)) = (axis.get("min").and_then(Value::as_f64), axis.get("max").and_then(Value::as_f64)) {
        if let Some(step) = even_interval(max - min, ticks) {
            axis["interval"] = json!(step);
        }
    }
}

/// The option in `json`, fitted to a chart of `width` by `height` pixels.
pub fn fit(json: &str, width: f64, height: f64) -> Fitted {
    match serde_json::from_str::<Value>(json) {
        Ok(option) => fit_option(&option, width, height),
        Err(_) => Fitted { json: json.to_string(), title: String::new(), legend: Vec::new() },
    }
}

/// `option` fitted to a chart of `width` by `height` pixels (0 for the
/// size static charts are drawn at), as the text ECharts takes.
pub fn fit_option(option: &Value, width: f64, height: f64) -> Fitted {
    let mut option = option.clone();
    let height = if height > 0.0 { step(height) } else { DEFAULT_HEIGHT };
    let (title, legend) = fit_value(&mut option, step(width), height);
    Fitted { json: serde_json::to_string(&option).unwrap_or_default(), title, legend }
}

/// Fits `option` in place and returns its title and its legend's entries,
/// both taken out of the option for the figure's HTML.
pub fn fit_value(option: &mut Value, width: f64, height: f64) -> (String, Vec<LegendItem>) {
    let title = text(first(option.get("title")).and_then(|t| t.get("text"))).unwrap_or("").to_string();
    if let Some(t) = option.get_mut("title") {
        for t in as_list(t) {
            t["show"] = json!(false);
        }
    }

    // The chart's box contains its paint (style/main.css): a tooltip stays
    // inside it rather than being cut at its edge.
    if let Some(t) = option.get_mut("tooltip") {
        for t in as_list(t) {
            t["confine"] = json!(true);
        }
    }
    let legend = legend_items(option);
    if let Some(map) = option.as_object_mut() {
        map.remove("legend");
    }

    // The grid: its left and right edges, in pixels.
    let (left, right) = {
        let g = option.pointer("/grid/0").or_else(|| option.get("grid"));
        (px(g.and_then(|g| g.get("left")), width), px(g.and_then(|g| g.get("right")), width))
    };
    let horizontal = option.get_mut("yAxis").is_some_and(|y| as_list(y).iter().any(|a| is_category(a)));
    let narrow = width < NARROW_PX;
    // Horizontal bars' labels: beside the bars, a third of the width; on a
    // phone, above each bar, the whole width.
    let side_labels = if horizontal && !narrow { (width * 0.34).min(180.0) } else { 0.0 };
    // The plot's size, less the room the value axis's labels take.
    let plot = (width - left - right - if horizontal { side_labels } else { 32.0 }).max(80.0);
    let has_x_name = option.get("xAxis").is_some_and(|x| match x {
        Value::Array(a) => a.iter().any(|a| a.get("name").is_some() && shown(a)),
        other => other.get("name").is_some() && shown(other),
    });
    let bottom = if has_x_name { X_NAME_PX } else { NO_X_NAME_PX };
    let plot_h = (height - AXIS_NAME_PX - bottom - 24.0).max(60.0);
    let has_y_name = option.get("yAxis").is_some_and(|y| match y {
        Value::Array(a) => a.iter().any(|a| a.get("name").is_some()),
        other => other.get("name").is_some(),
    });
    if let Some(g) = option.get_mut("grid") {
        for g in as_list(g) {
            g["top"] = json!(if has_y_name { AXIS_NAME_PX } else { 16.0 });
            g["bottom"] = json!(bottom);
        }
    }

    // Where two value axes meet (a line over a value axis), the x axis's
    // first label starts at the corner instead of centring on it, clear of
    // the y axis's last label ("0" beside "0%").
    let value_y = option.get("yAxis").is_some_and(|axes| {
        let list: Vec<&Value> = match axes {
            Value::Array(a) => a.iter().collect(),
            other => vec![other],
        };
        !list.is_empty() && list.iter().all(|a| !is_category(a))
    });
    // Category axes whose Japanese labels to wrap, and the width of each.
    let mut wraps: Vec<(&str, usize, f64)> = Vec::new();
    if let Some(axes) = option.get_mut("xAxis") {
        for (index, axis) in as_list(axes).into_iter().enumerate() {
            if is_category(axis) {
                let names: Vec<String> = axis.get("data").and_then(Value::as_array).map(|d| d.iter().map(|v| v.as_str().unwrap_or("").to_string()).collect()).unwrap_or_default();
                let band = plot / names.len().max(1) as f64;
                let label = &mut axis["axisLabel"];
                if let Some(l) = label.as_object_mut() {
                    l.remove("rotate");
                }
                if names.iter().all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())) {
                    // Years: every other one when they do not all fit; on a
                    // line, whose first and last sit on the plot's corners,
                    // those two inside the plot, clear of the other axis's
                    // labels.
                    label["interval"] = json!("auto");
                    label["hideOverlap"] = json!(true);
                    if axis.get("boundaryGap") == Some(&Value::Bool(false)) {
                        axis["axisLabel"]["alignMinLabel"] = json!("left");
                        axis["axisLabel"]["alignMaxLabel"] = json!("right");
                    }
                } else {
                    let label_w = (band - 4.0).max(32.0).floor();
                    label["interval"] = json!(0);
                    label["width"] = json!(label_w);
                    label["overflow"] = json!("break");
                    label["lineHeight"] = json!(LINE_PX);
                    wraps.push(("xAxis", index, label_w));
                }
            } else {
                set_ticks(axis, (plot / TICK_PX).floor().clamp(2.0, 5.0));
                if value_y {
                    axis["axisLabel"]["alignMinLabel"] = json!("left");
                }
            }
        }
    }
    if let Some(axes) = option.get_mut("yAxis") {
        for (index, axis) in as_list(axes).into_iter().enumerate() {
            if is_category(axis) {
                let n = axis.get("data").and_then(Value::as_array).map_or(1, Vec::len).max(1) as f64;
                if narrow {
                    axis["axisTick"] = json!({ "show": false });
                    // The labels run across the plot above their bars: the
                    // axis line stays at the plot's edge, where they start,
                    // not at zero, where it would cross them (the zero
                    // gridline still marks where a loss's bar begins).
                    axis["axisLine"]["onZero"] = json!(false);
                }
                let label = &mut axis["axisLabel"];
                label["overflow"] = json!("break");
                label["lineHeight"] = json!(LINE_PX);
                if narrow {
                    // Above its bar, from the plot's left edge.
                    let band = plot_h / n;
                    let label_w = (width - left - right - 8.0).floor();
                    label["width"] = json!(label_w);
                    label["inside"] = json!(true);
                    label["align"] = json!("left");
                    label["verticalAlign"] = json!("bottom");
                    label["padding"] = json!([0, 0, (band * 0.2 + 3.0).round(), 0]);
                    wraps.push(("yAxis", index, label_w));
                } else {
                    label["width"] = json!(side_labels.floor());
                    wraps.push(("yAxis", index, side_labels.floor()));
                }
            } else {
                set_ticks(axis, (plot_h / TICK_ROW_PX).floor().clamp(2.0, 5.0));
            }
            if axis.get("name").is_some() {
                let style = &mut axis["nameTextStyle"];
                style["width"] = json!((width - left - 16.0).floor());
                style["overflow"] = json!("break");
            }
        }
    }
    if let Some(series) = option.get_mut("series").and_then(Value::as_array_mut) {
        for s in series.iter_mut() {
            match s.get("type").and_then(Value::as_str) {
                // A slice too thin for its share's label leaves it to the
                // legend and the tooltip.
                Some("pie") => {
                    s["minShowLabelAngle"] = json!(30);
                    s["percentPrecision"] = json!(0);
                    // A share on its slice, in white with a halo of the
                    // slice's own colour: ECharts' #eee is 4.1:1 on the grey
                    // slice, white 4.7:1 (and 5.5:1 on Tether's green).
                    let label = &mut s["label"];
                    label["color"] = json!("#fff");
                    label["textBorderColor"] = json!("inherit");
                    label["textBorderWidth"] = json!(2);
                }
                // On a phone, horizontal bars are thin enough to leave room
                // above each for its label.
                Some("bar") if horizontal && narrow => s["barWidth"] = json!("40%"),
                _ => {}
            }
        }
    }
    for (key, index, label_w) in wraps {
        wrap_category_labels(option, key, index, label_w);
    }
    // The locale's word breaks have done their work: ECharts, the figure's
    // title and its legend get none.
    drop_breaks(option);
    let title = without_breaks(&title);
    let legend = legend.into_iter().map(|i| LegendItem { name: without_breaks(&i.name), ..i }).collect();
    (title, legend)
}
