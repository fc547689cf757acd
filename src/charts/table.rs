//! A chart's numbers as tables: the "show data" view under every figure, its
//! CSV download, and the fallback when ECharts cannot draw.
//!
//! The tables are read back from the option model itself, so they can never
//! disagree with what the chart draws: categories become rows and series
//! become columns; series on a value axis, and pies, list their points.
//! Cells are formatted with the axis's own label template (`${value}B`,
//! `{value}億`), so the table reads like the chart. Invisible helper series
//! (a waterfall's transparent base) are left out.

use charming::Chart;
use serde_json::Value;

/// One table: a caption, column headers, and rows of display text, with the
/// raw numbers kept for CSV.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    /// What the table shows (the chart's title, or the pie's name).
    pub caption: String,
    /// Column headers; the first column holds the row labels.
    pub columns: Vec<String>,
    /// Rows of cells, each as long as `columns`.
    pub rows: Vec<Vec<Cell>>,
}

/// A table cell: the text a reader sees and, for numbers, the raw value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    /// Display text, formatted like the chart's axis.
    pub text: String,
    /// The number behind the text, in the axis's unit; `None` for labels and
    /// hidden values.
    pub number: Option<f64>,
}

impl Cell {
    fn label(text: impl Into<String>) -> Cell {
        Cell { text: one_line(&text.into()), number: None }
    }
}

/// A label on one line, as a table cell or heading shows it: its line
/// breaks are spaces, and the word breaks a locale marks for the chart
/// ([`super::fit::BREAK`]) are gone.
fn one_line(text: &str) -> String {
    super::fit::without_breaks(text).replace('\n', " ")
}

/// Shown for a value the chart does not draw (for example before "Reveal").
pub const MISSING: &str = "—";

/// The tables behind `chart`.
pub fn tables(chart: &Chart) -> Vec<DataTable> {
    from_option(&super::to_value(chart))
}

/// The tables behind an option given as JSON text (see [`super::to_json`]).
pub fn from_json(json: &str) -> Vec<DataTable> {
    serde_json::from_str::<Value>(json).map(|v| from_option(&v)).unwrap_or_default()
}

/// The tables behind an option model given as JSON.
pub fn from_option(option: &Value) -> Vec<DataTable> {
    let title = one_line(first(option.get("title")).and_then(|t| t.get("text")).and_then(Value::as_str).unwrap_or(""));
    let x = first(option.get("xAxis"));
    let y = first(option.get("yAxis"));
    let series: Vec<&Value> = option
        .get("series")
        .and_then(Value::as_array)
        .map(|s| s.iter().filter(|s| !is_helper(s)).collect())
        .unwrap_or_default();
    let (pies, cartesian): (Vec<&Value>, Vec<&Value>) =
        series.into_iter().partition(|s| s.get("type").and_then(Value::as_str) == Some("pie"));

    let mut out = Vec::new();
    if !cartesian.is_empty() {
        let (category, value) = match (x.is_some_and(is_category), y.is_some_and(is_category)) {
            (true, _) => (x, y),
            (false, true) => (y, x),
            _ => (None, None),
        };
        if let (Some(category), Some(value)) = (category, value) {
            out.push(by_category(&title, category, value, &cartesian));
        } else if let (Some(x), Some(y)) = (x, y) {
            // A line of many points reads best as its own two-column table;
            // single marked points are listed together.
            let (lines, points): (Vec<&Value>, Vec<&Value>) =
                cartesian.iter().partition(|s| data(s).len() > 1);
            for line in lines {
                out.push(line_table(line, x, y));
            }
            if !points.is_empty() {
                out.push(by_point(&title, x, y, &points));
            }
        }
    }
    for pie in pies {
        out.push(pie_table(&title, pie));
    }
    out
}

/// Rows per category, a column per series.
fn by_category(title: &str, category: &Value, value: &Value, series: &[&Value]) -> DataTable {
    let labels: Vec<String> = data(category).iter().map(text_of).collect();
    let unit = axis_name(value);
    let template = label_template(value);
    let mut columns = vec![String::new()];
    columns.extend(series.iter().map(|s| with_unit(&name_of(s), &unit)));
    let rows = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut row = vec![Cell::label(label.as_str())];
            row.extend(series.iter().map(|s| number_cell(point(s, i).and_then(scalar), template)));
            row
        })
        .collect();
    DataTable { caption: title.to_string(), columns, rows }
}

/// One series on two value axes: a row per point, x then y.
fn line_table(series: &Value, x: &Value, y: &Value) -> DataTable {
    let rows = data(series).iter().filter_map(|p| xy_cells(p, x, y).map(Vec::from)).collect();
    DataTable { caption: name_of(series), columns: vec![axis_name(x), axis_name(y)], rows }
}

/// A row per point of series drawn on two value axes.
fn by_point(title: &str, x: &Value, y: &Value, series: &[&Value]) -> DataTable {
    let columns = vec![String::new(), axis_name(x), axis_name(y)];
    let rows = series
        .iter()
        .flat_map(|s| {
            let name = name_of(s);
            data(s).iter().filter_map(move |p| {
                let [px, py] = xy_cells(p, x, y)?;
                Some(vec![Cell::label(name.as_str()), px, py])
            })
        })
        .collect();
    DataTable { caption: title.to_string(), columns, rows }
}

/// A row per slice.
fn pie_table(title: &str, pie: &Value) -> DataTable {
    let name = name_of(pie);
    let rows = data(pie)
        .iter()
        .map(|p| {
            let label = p.get("name").map(text_of).unwrap_or_default();
            vec![Cell::label(label), number_cell(scalar(p), None)]
        })
        .collect();
    let caption = if name.is_empty() { title.to_string() } else { name.clone() };
    DataTable { caption, columns: vec![String::new(), name], rows }
}

/// The first of a component ECharts takes as one object or a list of them
/// (`title`, `legend`, an axis). Also used by [`super::fit`].
pub(crate) fn first(v: Option<&Value>) -> Option<&Value> {
    match v? {
        Value::Array(items) => items.first(),
        other => Some(other),
    }
}

/// Whether an axis is a category axis. Also used by [`super::fit`].
pub(crate) fn is_category(axis: &Value) -> bool {
    axis.get("type").and_then(Value::as_str) == Some("category")
}

/// A series drawn invisibly, such as a waterfall's base.
fn is_helper(series: &Value) -> bool {
    series.pointer("/itemStyle/color").and_then(Value::as_str) == Some("transparent")
}

fn name_of(v: &Value) -> String {
    v.get("name").map(text_of).unwrap_or_default()
}

fn axis_name(axis: &Value) -> String {
    name_of(axis)
}

fn label_template(axis: &Value) -> Option<&str> {
    axis.pointer("/axisLabel/formatter").and_then(Value::as_str).filter(|t| t.contains("{value}"))
}

fn with_unit(name: &str, unit: &str) -> String {
    if unit.is_empty() || name.contains(unit) {
        name.to_string()
    } else {
        format!("{name} ({unit})")
    }
}

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => one_line(s),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// The `data` array of a series or axis (empty if it has none).
fn data(v: &Value) -> &[Value] {
    v.get("data").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

fn point(series: &Value, i: usize) -> Option<&Value> {
    data(series).get(i)
}

/// A point on two value axes as its x and y cells.
fn xy_cells(point: &Value, x: &Value, y: &Value) -> Option<[Cell; 2]> {
    let pair = value_of(point)?.as_array()?;
    let coord = |i: usize| pair.get(i).and_then(Value::as_f64);
    Some([number_cell(coord(0), label_template(x)), number_cell(coord(1), label_template(y))])
}

/// A data item's value: the item itself, or its `value` field.
fn value_of(item: &Value) -> Option<&Value> {
    match item {
        Value::Object(o) => o.get("value"),
        Value::Null => None,
        other => Some(other),
    }
}

fn scalar(item: &Value) -> Option<f64> {
    value_of(item)?.as_f64().filter(|v| v.is_finite())
}

/// The number in the unit the axis counts in, e.g. `6.5`, never `6.500000001`.
pub fn plain_number(v: f64) -> String {
    let r = (v * 1e6).round() / 1e6;
    if r == 0.0 {
        "0".to_string()
    } else {
        r.to_string()
    }
}

/// `v` to four significant digits, for reading (CSV keeps every digit).
fn shown_number(v: f64) -> String {
    if v == 0.0 {
        return "0".to_string();
    }
    let magnitude = v.abs().log10().floor() as i32;
    let factor = 10f64.powi(3 - magnitude);
    plain_number((v * factor).round() / factor)
}

use crate::i18n::format::MINUS;

fn number_cell(v: Option<f64>, template: Option<&str>) -> Cell {
    match v {
        None => Cell { text: MISSING.to_string(), number: None },
        Some(v) => {
            let n = shown_number(v);
            // A negative amount reads "−$2B" with a real minus (U+2212)
            // before the currency, never "$-2B"; zero reads "0" or "$0",
            // like the axis (src/js/labels.mjs), never "0億" or "$0B".
            let template = template.map(|t| if n == "0" { zero_template(t) } else { t.to_string() });
            let template = template.as_deref();
            let text = match (template, n.strip_prefix('-')) {
                (Some(t), Some(abs)) => format!("{MINUS}{}", t.replace("{value}", abs)),
                (Some(t), None) => t.replace("{value}", &n),
                (None, Some(abs)) => format!("{MINUS}{abs}"),
                (None, None) => n,
            };
            Cell { text, number: Some(v) }
        }
    }
}

/// `template` for a zero: without the unit of magnitude right after its
/// number (万, 億, 兆; an English K, M, B or T that starts no word), as
/// `i18n/format.rs` writes zero and src/js/labels.mjs the axis's zero.
fn zero_template(template: &str) -> String {
    let Some(at) = template.find("{value}") else { return template.to_string() };
    let (head, after) = template.split_at(at + "{value}".len());
    let mut chars = after.chars();
    match chars.next() {
        Some(u @ ('万' | '億' | '兆')) => format!("{head}{}", &after[u.len_utf8()..]),
        Some('K' | 'M' | 'B' | 'T') if !chars.next().is_some_and(|c| c.is_ascii_alphabetic()) => format!("{head}{}", &after[1..]),
        _ => template.to_string(),
    }
}

impl DataTable {
    /// The table as CSV (RFC 4180): labels quoted where needed, numbers raw.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        push_row(&mut out, self.columns.iter().map(String::as_str));
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c.number {
                    Some(n) => plain_number(n),
                    None if c.text == MISSING => String::new(),
                    None => c.text.clone(),
                })
                .collect();
            push_row(&mut out, cells.iter().map(String::as_str));
        }
        out
    }
}

/// Several tables as one CSV file: each after its caption, a blank line between.
pub fn csv(tables: &[DataTable]) -> String {
    if let [only] = tables {
        return only.to_csv();
    }
    tables
        .iter()
        .map(|t| {
            let mut s = String::new();
            push_row(&mut s, [t.caption.as_str()]);
            s + &t.to_csv()
        })
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn push_row<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    let line: Vec<String> = cells.into_iter().map(csv_field).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// Quotes a field that holds a comma, quote or line break; and defuses text a
/// spreadsheet would run as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '@']) || (s.starts_with('-') && s.parse::<f64>().is_err()) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}
