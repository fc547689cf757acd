//! Pieces every chart shares: the title, tooltip, grid and money units.

use charming::{
    component::{Aria, Axis, Grid, Legend, Title},
    element::{AxisLabel, AxisType, Formatter, TextStyle, Tooltip, Trigger},
    Chart,
};

use crate::i18n::Lang;

/// How money is counted on an axis: the divisor and the axis label template.
#[derive(Clone, Copy, Debug)]
pub struct MoneyScale {
    /// Dollars per axis unit.
    pub per_unit: f64,
    /// ECharts string template for axis labels.
    pub label: &'static str,
}

/// Billions of dollars in English, 億ドル (1e8) in Japanese.
pub fn big_money(lang: Lang) -> MoneyScale {
    match lang {
        Lang::En => MoneyScale { per_unit: 1e9, label: "${value}B" },
        Lang::Ja => MoneyScale { per_unit: 1e8, label: "{value}億" },
    }
}

/// Millions of dollars in English, 万ドル (1e4) in Japanese.
pub fn small_money(lang: Lang) -> MoneyScale {
    match lang {
        Lang::En => MoneyScale { per_unit: 1e6, label: "${value}M" },
        Lang::Ja => MoneyScale { per_unit: 1e4, label: "{value}万" },
    }
}

/// Rounds to three significant digits for chart data, so labels and
/// snapshots stay readable.
pub fn chart_value(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return 0.0;
    }
    let magnitude = x.abs().log10().floor() as i32;
    let factor = 10f64.powi(2 - magnitude);
    let v = (x * factor).round() / factor;
    // Clean binary noise such as 0.30000000000000004.
    (v * 1e6).round() / 1e6
}

/// The usual plot area: room for the title above and the legend below.
pub fn default_grid() -> Grid {
    Grid::new().left(8).right(24).top(64).bottom(72).contain_label(true)
}

/// A chart with the house title, tooltip, legend, ARIA settings and `grid`.
/// (charming appends grids, so each chart sets exactly one, here.)
pub fn base(title: &str, trigger: Trigger, tooltip: &str, grid: Grid) -> Chart {
    Chart::new()
        .title(Title::new().text(title).left(8).top(4))
        .background_color("transparent")
        .aria(Aria::new().enabled(true))
        .tooltip(Tooltip::new().trigger(trigger).formatter(Formatter::from(tooltip)))
        .legend(Legend::new().bottom(0).left(8).right(8))
        .grid(grid)
}

/// The template for a series label showing a value in this scale ({c}, not
/// the axis's {value}).
pub fn series_label(m: MoneyScale) -> String {
    m.label.replace("{value}", "{c}")
}

/// A value axis with its name (the unit) above it and labels from `label`.
pub fn value_axis(name: &str, label: &str) -> Axis {
    Axis::new()
        .type_(AxisType::Value)
        .name(name)
        .name_text_style(TextStyle::new().align("left"))
        .axis_label(AxisLabel::new().formatter(label))
}
