//! Chart builders: one pure function per figure, from figures and a language
//! to a [`charming::Chart`] option model.
//!
//! Numbers are formatted here, before they reach ECharts, and every formatter
//! is an ECharts string template: a JavaScript-function formatter would need
//! `eval`, which the page's Content-Security-Policy forbids.

mod bars;
mod common;
pub mod export;
pub mod fit;
mod flows;
mod interest;
pub mod table;

pub use bars::{bci, compute, data, per_head, profit, split};
pub use flows::{portfolio, race, rates};
pub use interest::interest_vs_yield;

/// The id of a series that shows the reader's own scenario (a point that
/// follows the dials): a share card, which shows the article's figures
/// only, leaves such a series out (src/js/prerender.mjs reads the same id).
pub const READER_SERIES: &str = "reader";

/// The option as a JSON tree: what figures hold, compare and fit. Fitting
/// works on the tree, so a step serialises each option once, after fitting
/// (no text is parsed back on the way to ECharts).
pub fn to_value(chart: &charming::Chart) -> serde_json::Value {
    serde_json::to_value(chart).unwrap_or(serde_json::Value::Null)
}

/// The option as the JSON text ECharts takes, unfitted (the tests' and the
/// prerender's form).
pub fn to_json(chart: &charming::Chart) -> String {
    serde_json::to_string(&to_value(chart)).unwrap_or_default()
}

/// Colours shared by all charts. Each series also differs by symbol or dash,
/// so no chart relies on colour alone. Each has at least 3:1 against the
/// light card (the guess's pale fill has the reader's blue edge); in the
/// dark scheme, style/main.css draws the two that fall under it there
/// (`TETHER_DARK`, `LOSS`) lighter, and the guess nearly clear with a
/// light-blue edge (its pale fill would read as `CONTEXT` there).
pub mod palette {
    /// The article's figures.
    pub const ARTICLE: &str = "#c2410c";
    /// The reader's scenario.
    pub const READER: &str = "#2563eb";
    /// Context lines and areas, and the labs' revenue.
    pub const CONTEXT: &str = "#64748b";
    /// Tether's own money.
    pub const TETHER: &str = "#0f766e";
    /// A total of Tether's money.
    pub const TETHER_DARK: &str = "#115e59";
    /// Losses.
    pub const LOSS: &str = "#b91c1c";
    /// A second series of losses.
    pub const LOSS_LIGHT: &str = "#ea580c";
    /// The reader's guess.
    pub const GUESS: &str = "#93c5fd";
    /// The page's accent in its light scheme (style/main.css, `--accent`):
    /// its links and live numbers; in a downloaded figure, the line that
    /// says it shows the latest public figures.
    pub const ACCENT: &str = "#0f766e";
}

/// Rounds a chart coordinate to four decimals so option snapshots stay
/// readable and stable across platforms.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// The smallest "nice" axis maximum (1, 2 or 5 times a power of ten, or a
/// multiple of it) at or above `x`, so ticks land on round numbers.
pub(crate) fn nice_ceil(x: f64) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return 1.0;
    }
    let unit = 10f64.powf(x.log10().floor());
    let step = if x / unit <= 2.0 { unit / 5.0 } else if x / unit <= 5.0 { unit / 2.0 } else { unit };
    (x / step).ceil() * step
}
