//! Languages, their strings and their number formats.
//!
//! Every sentence a reader sees lives in one locale file per language
//! (`en.rs`, `ja.rs`), as a value of the [`Strings`] struct. The compiler
//! refuses a locale that lacks a key; `tests/native/i18n.rs` checks that both
//! languages use the same `{placeholders}` in every template.
//!
//! Like `model`, this module is pure Rust with no web crates.

mod en;
pub mod format;
mod ja;

/// A language of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The BCP 47 tag, as used in `<html lang>` and `?lang=`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// Parses a `?lang=` value or a browser language such as `ja-JP`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// Picks a language: an explicit `?lang=` first, then the browser's
    /// preferred languages in order, then English.
    pub fn negotiate<'a>(query: Option<&str>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
        query
            .and_then(Lang::from_tag)
            .or_else(|| browser.into_iter().find_map(Lang::from_tag))
            .unwrap_or_default()
    }

    /// The other language, for the toggle.
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        }
    }

    /// This language's strings.
    pub const fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &en::EN,
            Lang::Ja => &ja::JA,
        }
    }
}

/// Every user-visible string of the page, in one language.
///
/// Templates mark live values with `{name}`; see [`segments`].
#[derive(Debug)]
pub struct Strings {
    /// `<title>` and masthead.
    pub site_title: &'static str,
    /// The line under the title: what this page is.
    pub site_dek: &'static str,
    /// Credit for the article this page retells.
    pub byline: &'static str,
    /// Text of the language switch: the name of the *other* language.
    pub lang_switch: &'static str,
    /// Accessible label of the language switch.
    pub lang_switch_label: &'static str,
    /// Shown while the app loads, and in place of a crashed app.
    pub fatal_error: &'static str,

    /// Printing-press section heading.
    pub press_heading: &'static str,
    /// How USDT turns deposits into interest.
    pub press_mechanism: &'static str,
    /// Live numbers: `{holdings} {yield} {interest} {headcount} {per_head}`.
    pub press_numbers: &'static str,
    /// Comparison with the article: `{cmp} {article_interest}`.
    pub press_compare: &'static str,
    /// `{cmp}` when the reader's interest is above the article's.
    pub cmp_more: &'static str,
    /// `{cmp}` when it is below.
    pub cmp_less: &'static str,
    /// `{cmp}` when it is within 1%.
    pub cmp_same: &'static str,
    /// What paying holders would cost: `{holder_rate} {cost_per_point} {interest}`.
    pub press_holders: &'static str,

    /// Label of the holdings slider.
    pub param_holdings: &'static str,
    /// Label of the yield slider.
    pub param_yield: &'static str,
    /// Label of the headcount control.
    pub param_headcount: &'static str,
    /// Label of the holder-rate control.
    pub param_holder_rate: &'static str,
    /// Heading of the yield presets.
    pub presets_label: &'static str,
    /// Preset: the yield implied by the article, `{value}`.
    pub preset_article: &'static str,
    /// Preset: 2024 average, `{value}`.
    pub preset_avg_2024: &'static str,
    /// Preset: December 2024, `{value}`.
    pub preset_dec_2024: &'static str,
    /// Preset: December 2025, `{value}`.
    pub preset_dec_2025: &'static str,

    /// Chart title: interest against yield.
    pub chart_interest_title: &'static str,
    /// X axis name.
    pub chart_interest_x: &'static str,
    /// Y axis name.
    pub chart_interest_y: &'static str,
    /// Line series: `{holdings}`.
    pub chart_interest_line: &'static str,
    /// Article point: `{interest} {yield}`.
    pub chart_interest_article: &'static str,
    /// Reader point: `{interest} {yield}`.
    pub chart_interest_reader: &'static str,
    /// Line tooltip: `{yield} {interest}`.
    pub chart_interest_tip: &'static str,
    /// Caption under the chart.
    pub chart_interest_caption: &'static str,
    /// Accessible description: `{holdings} {interest} {yield}`.
    pub chart_interest_desc: &'static str,

    /// "Source" label of a source note.
    pub source_label: &'static str,
}

/// A piece of a template: literal text or a named live value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text shown as it is.
    Text(&'a str),
    /// A `{name}` placeholder.
    Slot(&'a str),
}

/// Splits a template into text and `{name}` slots.
///
/// A `{` without a matching `}` is kept as text, so a typo in a locale file
/// shows up on the page instead of breaking it.
pub fn segments(template: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            out.push(Segment::Text(&rest[..open + 1]));
            rest = &rest[open + 1..];
            continue;
        }
        if open > 0 {
            out.push(Segment::Text(&rest[..open]));
        }
        out.push(Segment::Slot(name));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// Fills a template's slots with strings, for places that take plain text
/// (chart labels, ARIA descriptions). Unknown slots are left as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for seg in segments(template) {
        match seg {
            Segment::Text(t) => out.push_str(t),
            Segment::Slot(name) => match values.iter().find(|(k, _)| *k == name) {
                Some((_, v)) => out.push_str(v),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// The names of a template's slots, in order.
pub fn slot_names(template: &str) -> Vec<&str> {
    segments(template)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Slot(n) => Some(n),
            Segment::Text(_) => None,
        })
        .collect()
}

/// Picks this language's side of a bilingual registry text.
pub fn pick(lang: Lang, text: crate::model::Text) -> &'static str {
    match lang {
        Lang::En => text.en,
        Lang::Ja => text.ja,
    }
}

/// The label of a parameter's control.
pub fn param_label(lang: Lang, p: crate::model::Param) -> &'static str {
    match lang {
        Lang::En => en::param_label(p),
        Lang::Ja => ja::param_label(p),
    }
}

/// A parameter's value as its control shows it.
pub fn format_param(lang: Lang, p: crate::model::Param, value: f64) -> String {
    use crate::model::Unit;
    use format::{Currency, Style};
    match p.spec().unit {
        Unit::UsdBillions => format::usd(lang, value * 1e9, Style::Prose),
        Unit::UsdMillions => format::usd(lang, value * 1e6, Style::Prose),
        Unit::UsdThousands => format::usd(lang, value * 1e3, Style::Prose),
        Unit::EurBillions => format::money(lang, value * 1e9, Currency::Eur, Style::Prose),
        Unit::Percent => format::pct(lang, value, 2),
        Unit::People => format::people(lang, value),
        Unit::Count => format::count(lang, value),
        Unit::WordsPerMinute => format::wpm(lang, value),
        Unit::Year => format::year(lang, value),
        Unit::TokensBillions => format::tokens(lang, value * 1e9),
        Unit::UsdPerEur => format::usd_per_eur(lang, value),
    }
}
