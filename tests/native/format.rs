//! Number formats per language: billion/B in English, 億/兆 in Japanese.

use explainer::i18n::format::{about_times, count, month_year, pct, people, sig_digits, times, tokens, usd, Style};
use explainer::i18n::Lang::{En, Ja};

#[test]
fn english_prose_uses_words() {
    assert_eq!(usd(En, 13e9, Style::Prose), "$13 billion");
    assert_eq!(usd(En, 130e9, Style::Prose), "$130 billion");
    assert_eq!(usd(En, 7.02e9, Style::Prose), "$7.02 billion");
    assert_eq!(usd(En, 46.666e6, Style::Prose), "$46.7 million");
    assert_eq!(usd(En, 1.5e12, Style::Prose), "$1.5 trillion");
}

#[test]
fn english_short_uses_letters() {
    assert_eq!(usd(En, 13e9, Style::Short), "$13B");
    assert_eq!(usd(En, 1.23e6, Style::Short), "$1.23M");
    assert_eq!(usd(En, 42_000.0, Style::Short), "$42,000");
}

#[test]
fn japanese_uses_oku_and_cho() {
    assert_eq!(usd(Ja, 13e9, Style::Prose), "130億ドル");
    assert_eq!(usd(Ja, 130e9, Style::Prose), "1300億ドル");
    assert_eq!(usd(Ja, 141e9, Style::Short), "1410億ドル");
    assert_eq!(usd(Ja, 7e9, Style::Prose), "70億ドル");
    assert_eq!(usd(Ja, 1.3e9, Style::Prose), "13億ドル");
    assert_eq!(usd(Ja, 2.2e12, Style::Prose), "2兆2000億ドル");
}

#[test]
fn japanese_small_sums_use_man() {
    assert_eq!(usd(Ja, 46.666e6, Style::Prose), "4670万ドル");
    assert_eq!(usd(Ja, 86.7e6, Style::Prose), "8670万ドル");
    assert_eq!(usd(Ja, 1.23e6, Style::Prose), "123万ドル");
    assert_eq!(usd(Ja, 5_000.0, Style::Prose), "5000ドル");
}

#[test]
fn zero_negative_and_non_finite() {
    assert_eq!(usd(En, 0.0, Style::Prose), "$0");
    assert_eq!(usd(Ja, 0.0, Style::Prose), "0ドル");
    assert_eq!(usd(En, -5e9, Style::Prose), "−$5 billion");
    assert_eq!(usd(Ja, -5e9, Style::Prose), "−50億ドル");
    assert_eq!(usd(En, f64::NAN, Style::Prose), "–");
    assert_eq!(pct(En, f64::INFINITY, 2), "–");
}

#[test]
fn every_negative_number_has_a_real_minus_before_the_currency() {
    const MINUS: &str = "\u{2212}";
    for (got, want) in [
        (usd(En, -2e9, Style::Short), "−$2B"),
        (usd(En, -1.67e6, Style::Short), "−$1.67M"),
        (usd(En, -1.67e6, Style::Prose), "−$1.67 million"),
        (usd(Ja, -2e9, Style::Short), "−20億ドル"),
        (usd(Ja, -1.67e6, Style::Prose), "−167万ドル"),
        (pct(En, -0.5, 2), "−0.5%"),
        (pct(Ja, -1.25, 2), "−1.25%"),
        (count(En, -3000.0), "−3,000"),
        (times(Ja, -2.0), "−2倍"),
    ] {
        assert!(got.starts_with(MINUS), "{got}");
        assert!(!got.contains('-'), "no hyphen-minus in {got}");
        assert_eq!(got, want);
    }
}

#[test]
fn percentages_drop_trailing_zeros() {
    assert_eq!(pct(En, 7.0 / 130.0 * 100.0, 2), "5.38%");
    assert_eq!(pct(Ja, 4.3, 2), "4.3%");
    assert_eq!(pct(En, 5.0, 2), "5%");
    assert_eq!(pct(En, 0.0, 2), "0%");
    assert_eq!(pct(En, -0.001, 2), "0%");
}

#[test]
fn counts_and_ratios() {
    assert_eq!(count(En, 3000.0), "3,000");
    assert_eq!(count(Ja, 150.0), "150");
    assert_eq!(count(Ja, 3000.0), "3000");
    assert_eq!(count(Ja, 20480.0), "2万480");
    assert_eq!(count(Ja, 10000.0), "1万");
    assert_eq!(count(Ja, -125_000.0), "−12万5000");
    assert_eq!(people(Ja, 4500.0), "4500人");
    assert_eq!(about_times(En, 15000.0 / 148.0), "about 100 times");
    assert_eq!(about_times(Ja, 15000.0 / 148.0), "約100倍");
    assert_eq!(about_times(En, 2.46), "about 2.5 times");
    assert_eq!(times(En, 70.28), "70.3x");
    assert_eq!(times(Ja, 37.8), "37.8倍");
}

#[test]
fn significant_digits_round_correctly() {
    assert_eq!(sig_digits(5.3846, 3), "5.38");
    assert_eq!(sig_digits(99.96, 3), "100");
    assert_eq!(sig_digits(0.012345, 3), "0.0123");
    assert_eq!(sig_digits(1410.0, 3), "1410");
}

#[test]
fn japanese_mixes_units_and_never_puts_a_decimal_before_one() {
    assert_eq!(usd(Ja, 6.1e8, Style::Prose), "6億1000万ドル");
    assert_eq!(usd(Ja, 1.16e9, Style::Short), "11億6000万ドル");
    assert_eq!(usd(Ja, 4.2e8, Style::Prose), "4億2000万ドル");
    assert_eq!(usd(Ja, 10.09e9, Style::Prose), "101億ドル");
    assert_eq!(usd(Ja, 1.234e12, Style::Prose), "1兆2300億ドル");
    assert_eq!(tokens(Ja, 148e9), "1480億トークン");
    assert_eq!(tokens(Ja, 15e12), "15兆トークン");
    assert_eq!(tokens(Ja, 40.9e9), "409億トークン");
}

/// Where a Japanese text breaks the one number style of `i18n::format`:
/// a thousands separator, a decimal point before 万/億/兆, five or more
/// digits written out, or a bare ポイント for a difference of percentages.
pub fn ja_style_breaks(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || ((chars[i] == ',' || chars[i] == '.') && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()))) {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let next = chars.get(i).copied();
            let int_digits = run.split('.').next().unwrap_or("").len();
            if run.contains(',') {
                out.push(format!("separator in {run}"));
            } else if run.contains('.') && matches!(next, Some('万' | '億' | '兆')) {
                out.push(format!("decimal before a unit in {run}{}", next.unwrap_or(' ')));
            } else if int_digits >= 5 {
                out.push(format!("{run} written out"));
            }
        } else {
            i += 1;
        }
    }
    for (k, _) in text.match_indices("ポイント") {
        if !text[..k].ends_with('%') {
            out.push("ポイント without %".to_string());
        }
    }
    out
}

#[test]
fn the_style_checker_catches_each_break() {
    assert_eq!(ja_style_breaks("6.1億ドル、3,000人、20480基、1ポイント").len(), 4);
    assert!(ja_style_breaks("6億1000万ドル、3000人、2万480基、1%ポイント、5.38%、70.3倍、2024年").is_empty());
}

#[test]
fn japanese_formats_follow_the_one_style_across_every_range() {
    use explainer::i18n::format_param;
    use explainer::model::Param;
    for p in Param::ALL {
        let spec = p.spec();
        let steps = ((spec.max - spec.min) / spec.step).round() as usize;
        for k in (0..=steps).step_by((steps / 200).max(1)) {
            let v = spec.min + k as f64 * spec.step;
            let text = format_param(Ja, *p, v);
            assert!(ja_style_breaks(&text).is_empty(), "{p:?} at {v}: {text} {:?}", ja_style_breaks(&text));
        }
    }
    for x in [0.5, 3.7, 99.5, 1.0e4, 2.05e4, 6.1e8, 9.99e9, 1.5e11, 2.2e12, 15e12] {
        for text in [usd(Ja, x, Style::Prose), usd(Ja, x, Style::Short), tokens(Ja, x), count(Ja, x)] {
            assert!(ja_style_breaks(&text).is_empty(), "{x}: {text}");
        }
    }
}

#[test]
fn every_japanese_string_follows_the_one_style() {
    use explainer::i18n::Lang;
    let strings = serde_json::to_value(Lang::Ja.strings()).unwrap();
    for (key, value) in strings.as_object().unwrap() {
        let text = value.as_str().unwrap_or_default();
        assert!(ja_style_breaks(text).is_empty(), "{key}: {:?} in {text}", ja_style_breaks(text));
        assert!(!text.contains("キャッシュ消費") && !text.contains("筆頭株主"), "{key}: the registry's words are キャッシュバーン and 過半");
    }
}

#[test]
fn dates_read_as_each_language_writes_them() {
    assert_eq!(month_year(En, "2026-06"), "June 2026");
    assert_eq!(month_year(Ja, "2026-06"), "2026年6月");
    assert_eq!(month_year(En, "2025"), "2025");
    assert_eq!(month_year(Ja, "2025"), "2025年");
    assert_eq!(month_year(Ja, "2025-13"), "2025年");
    assert_eq!(month_year(En, "soon"), "soon");
}
