//! Number formatting per language.
//!
//! English writes large sums in millions and billions ("$13 billion" in prose,
//! "$13B" in tight spaces); Japanese counts in 万, 億 and 兆 ("130億ドル",
//! "1300億ドル"). Both round to three significant digits and drop trailing
//! zeros, so "7.00" reads "7".

use super::Lang;

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

/// A sum of US dollars.
pub fn usd(lang: Lang, dollars: f64, style: Style) -> String {
    if !dollars.is_finite() {
        return "–".to_string();
    }
    let sign = if dollars < 0.0 { "−" } else { "" };
    let v = dollars.abs();
    match lang {
        Lang::En => {
            let (scaled, long, short) = if v >= 1e12 {
                (v / 1e12, " trillion", "T")
            } else if v >= 1e9 {
                (v / 1e9, " billion", "B")
            } else if v >= 1e6 {
                (v / 1e6, " million", "M")
            } else {
                (v, "", "")
            };
            let n = if scaled == v { group_thousands(&sig_digits(v.round(), 6)) } else { sig_digits(scaled, 3) };
            let unit = match style {
                Style::Prose => long,
                Style::Short => short,
            };
            format!("{sign}${n}{unit}")
        }
        Lang::Ja => {
            let n = ja_units(v);
            format!("{sign}{n}ドル")
        }
    }
}

/// A plain number in Japanese units: 7e9 is "70億", 1.41e11 is "1410億".
fn ja_units(v: f64) -> String {
    let (scaled, unit) = if v >= 1e12 {
        (v / 1e12, "兆")
    } else if v >= 1e8 {
        (v / 1e8, "億")
    } else if v >= 1e4 {
        (v / 1e4, "万")
    } else {
        return group_thousands(&sig_digits(v.round(), 6));
    };
    // Up to four digits stand before a unit (9999億) with no separator.
    format!("{}{unit}", sig_digits(scaled, 3))
}

/// A percentage, at most `decimals` places, trailing zeros dropped: "5.38%".
pub fn pct(_lang: Lang, value_pct: f64, decimals: usize) -> String {
    if !value_pct.is_finite() {
        return "–".to_string();
    }
    let s = trim_zeros(format!("{value_pct:.decimals$}"));
    let s = if s == "-0" { "0".to_string() } else { s };
    format!("{s}%")
}

/// A head count or other whole number: "3,000".
pub fn count(_lang: Lang, n: f64) -> String {
    if !n.is_finite() {
        return "–".to_string();
    }
    group_thousands(&format!("{}", n.round() as i64))
}

/// A ratio such as "70.3x" / "70.3倍".
pub fn times(lang: Lang, ratio: f64) -> String {
    let n = sig_digits(ratio, 3);
    match lang {
        Lang::En => format!("{n}x"),
        Lang::Ja => format!("{n}倍"),
    }
}
