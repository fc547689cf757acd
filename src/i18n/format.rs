//! Number formatting per language.
//!
//! English writes large sums in millions and billions ("$13 billion" in prose,
//! "$13B" in tight spaces); Japanese counts in 万, 億 and 兆 ("130億ドル",
//! "1300億ドル"). Both round sums to three significant digits and drop
//! trailing zeros, so "7.00" reads "7".
//!
//! ## The one Japanese number style
//! The formatter, the locale file (`ja.rs`) and the sources registry
//! (`model/facts.rs`) all follow it, and `tests/native/format.rs` checks all
//! three:
//! - sums and counts of 10,000 and more are written in 万, 億 and 兆, mixed
//!   where needed, never with a decimal point before the unit: 6億1000万ドル
//!   (not 6.1億ドル), 100億9000万ドル, 2万480基, 12万5000語, 15兆トークン;
//! - below 10,000 there is no thousands separator: 3000人, 2048基;
//! - decimals appear only in percentages, ratios and rates: 5.38%、70.3倍、
//!   1ユーロ＝1.16ドル; a difference of two percentages is「%ポイント」;
//! - ranges take 〜: 2万〜3万ドル, 3.50〜3.75%.

use super::Lang;

/// The minus sign of every negative number shown (U+2212), never the
/// hyphen-minus: "−$2B", "−20億ドル".
pub const MINUS: char = '\u{2212}';

/// A number's text with a real minus sign in place of a leading hyphen.
fn with_minus(s: String) -> String {
    match s.strip_prefix('-') {
        Some(rest) => format!("{MINUS}{rest}"),
        None => s,
    }
}

/// How much room a number has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Running text: "$13 billion".
    Prose,
    /// Charts and labels: "$13B".
    Short,
}

/// Rounds to `sig` significant digits and prints without trailing zeros.
pub fn sig_digits(x: f64, sig: u32) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    if x == 0.0 {
        return "0".to_string();
    }
    let magnitude = x.abs().log10().floor() as i32;
    let decimals = (sig as i32 - 1 - magnitude).max(0) as usize;
    let factor = 10f64.powi(sig as i32 - 1 - magnitude);
    let rounded = (x * factor).round() / factor;
    trim_zeros(format!("{rounded:.decimals$}"))
}

fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Inserts thousands separators into the integer part of a plain number.
fn group_thousands(s: &str) -> String {
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A currency of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Currency {
    /// US dollars: "$13 billion", "130億ドル".
    Usd,
    /// Euros: "€1 billion", "10億ユーロ".
    Eur,
}

/// A sum of US dollars.
pub fn usd(lang: Lang, dollars: f64, style: Style) -> String {
    money(lang, dollars, Currency::Usd, style)
}

/// A sum of money in `currency`.
pub fn money(lang: Lang, amount: f64, currency: Currency, style: Style) -> String {
    if !amount.is_finite() {
        return "–".to_string();
    }
    let sign = if amount < 0.0 { MINUS.to_string() } else { String::new() };
    let v = amount.abs();
    match lang {
        Lang::En => {
            let symbol = match currency {
                Currency::Usd => "$",
                Currency::Eur => "€",
            };
            format!("{sign}{symbol}{}", en_units(v, style))
        }
        Lang::Ja => {
            let unit = match currency {
                Currency::Usd => "ドル",
                Currency::Eur => "ユーロ",
            };
            format!("{sign}{}{unit}", ja_units(v))
        }
    }
}

/// A plain number in English units: 7e9 is "7 billion" or "7B".
fn en_units(v: f64, style: Style) -> String {
    let (scaled, long, short) = if v >= 1e12 {
        (v / 1e12, " trillion", "T")
    } else if v >= 1e9 {
        (v / 1e9, " billion", "B")
    } else if v >= 1e6 {
        (v / 1e6, " million", "M")
    } else {
        return group_thousands(&sig_digits(v.round(), 6));
    };
    let unit = match style {
        Style::Prose => long,
        Style::Short => short,
    };
    format!("{}{unit}", sig_digits(scaled, 3))
}

/// A number of tokens: "148B tokens", "1480億トークン".
pub fn tokens(lang: Lang, n: f64) -> String {
    if !n.is_finite() {
        return "–".to_string();
    }
    match lang {
        Lang::En => format!("{} tokens", en_units(n, Style::Short)),
        Lang::Ja => format!("{}トークン", ja_units(n)),
    }
}

/// A head count with its unit: "150 people", "150人".
pub fn people(lang: Lang, n: f64) -> String {
    match lang {
        Lang::En => format!("{} people", count(lang, n)),
        Lang::Ja => format!("{}人", count(lang, n)),
    }
}

/// A speed in words per minute: "62 wpm", "毎分62語".
pub fn wpm(lang: Lang, n: f64) -> String {
    match lang {
        Lang::En => format!("{} words a minute", count(lang, n)),
        Lang::Ja => format!("毎分{}語", count(lang, n)),
    }
}

/// A calendar year: "2029", "2029年".
pub fn year(lang: Lang, y: f64) -> String {
    if !y.is_finite() {
        return "–".to_string();
    }
    match lang {
        Lang::En => format!("{}", y.round() as i64),
        Lang::Ja => format!("{}年", y.round() as i64),
    }
}

/// An exchange rate: "$1.2 per euro", "1ユーロ＝1.2ドル".
pub fn usd_per_eur(lang: Lang, rate: f64) -> String {
    let n = sig_digits(rate, 3);
    match lang {
        Lang::En => format!("${n} per euro"),
        Lang::Ja => format!("1ユーロ＝{n}ドル"),
    }
}

/// A plain number in Japanese units (see the module's rule): 7e9 is "70億",
/// 6.1e8 is "6億1000万", 20480 is "2万480", 3000 is "3000". Sums arrive
/// rounded to three significant digits; a number under 10,000 keeps its
/// decimals (a sum of a few dollars, "2.5").
fn ja_units(v: f64) -> String {
    let v = if v >= 1e4 { v } else { return sig_digits(v, 6) };
    // Three significant digits, then whole units: above 10,000 nothing is
    // left after the decimal point.
    let n = sig_digits(v, 3).parse::<f64>().unwrap_or(v).round() as u128;
    ja_whole(n)
}

/// A whole number in 兆, 億 and 万 with no separators: 1_500_000_000_000 is
/// "1兆5000億".
fn ja_whole(n: u128) -> String {
    const MAN: u128 = 10_000;
    let parts = [(n / (MAN * MAN * MAN), "兆"), (n / (MAN * MAN) % MAN, "億"), (n / MAN % MAN, "万"), (n % MAN, "")];
    let text: String =
        parts.iter().filter(|(k, _)| *k > 0).map(|(k, unit)| format!("{k}{unit}")).collect();
    if text.is_empty() {
        "0".to_string()
    } else {
        text
    }
}

/// A percentage, at most `decimals` places, trailing zeros dropped: "5.38%".
pub fn pct(_lang: Lang, value_pct: f64, decimals: usize) -> String {
    if !value_pct.is_finite() {
        return "–".to_string();
    }
    let s = trim_zeros(format!("{value_pct:.decimals$}"));
    let s = if s == "-0" { "0".to_string() } else { s };
    format!("{}%", with_minus(s))
}

/// A share as a percentage with at most one decimal: 0.886 is "88.6%".
pub fn share(lang: Lang, x: f64) -> String {
    pct(lang, x * 100.0, 1)
}

/// A head count or other whole number: "3,000" and "20,480" in English,
/// "3000" and "2万480" in Japanese.
pub fn count(lang: Lang, n: f64) -> String {
    if !n.is_finite() {
        return "–".to_string();
    }
    let whole = n.round() as i64;
    match lang {
        Lang::En => with_minus(group_thousands(&format!("{whole}"))),
        Lang::Ja => {
            let sign = if whole < 0 { MINUS.to_string() } else { String::new() };
            format!("{sign}{}", ja_whole(whole.unsigned_abs() as u128))
        }
    }
}

/// A ratio such as "70.3x" / "70.3倍".
pub fn times(lang: Lang, ratio: f64) -> String {
    let n = with_minus(sig_digits(ratio, 3));
    match lang {
        Lang::En => format!("{n}x"),
        Lang::Ja => format!("{n}倍"),
    }
}

/// A ratio rounded as a person would write it in a sentence, to two
/// significant digits: 101.4 is "about 100 times" / "約100倍", 2.46 is
/// "about 2.5 times" / "約2.5倍". Tables and claims keep [`times`].
pub fn about_times(lang: Lang, ratio: f64) -> String {
    let n = with_minus(sig_digits(ratio, 2));
    match lang {
        Lang::En => format!("about {n} times"),
        Lang::Ja => format!("約{n}倍"),
    }
}

/// A date of the registry or of a figure set, ISO 8601 with or without the
/// month ("2026-01", "2025"), as the language writes it: "January 2026",
/// "2026年1月"; "2025", "2025年". Anything else is shown as given.
pub fn month_year(lang: Lang, iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];
    let mut parts = iso.split('-');
    let year = parts.next().filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let month = parts.next().and_then(|m| m.parse::<usize>().ok()).filter(|m| (1..=12).contains(m));
    match (lang, year, month) {
        (_, None, _) => iso.to_string(),
        (Lang::En, Some(y), None) => y.to_string(),
        (Lang::En, Some(y), Some(m)) => format!("{} {y}", MONTHS[m - 1]),
        (Lang::Ja, Some(y), None) => format!("{y}年"),
        (Lang::Ja, Some(y), Some(m)) => format!("{y}年{m}月"),
    }
}

/// A day as each language writes one: "6 December 2026", 2026年12月6日.
pub fn full_date(lang: Lang, year: u32, month: u32, day: u32) -> String {
    let month = month_year(lang, &format!("{year}-{month:02}"));
    match lang {
        Lang::En => format!("{day} {month}"),
        Lang::Ja => format!("{month}{day}日"),
    }
}

/// A range of dollars as each language writes one: "$20,000–30,000",
/// "2万〜3万ドル".
pub fn usd_range(lang: Lang, low: f64, high: f64) -> String {
    match lang {
        Lang::En => format!("${}–{}", en_units(low, Style::Prose), en_units(high, Style::Prose)),
        Lang::Ja => format!("{}〜{}ドル", ja_units(low), ja_units(high)),
    }
}
