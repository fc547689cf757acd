//! Number formats per language: billion/B in English, 億/兆 in Japanese.

use explainer::i18n::format::{count, pct, sig_digits, times, usd, Style};
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
    assert_eq!(usd(Ja, 2.2e12, Style::Prose), "2.2兆ドル");
}

#[test]
fn japanese_small_sums_use_man() {
    assert_eq!(usd(Ja, 46.666e6, Style::Prose), "4670万ドル");
    assert_eq!(usd(Ja, 86.7e6, Style::Prose), "8670万ドル");
    assert_eq!(usd(Ja, 1.23e6, Style::Prose), "123万ドル");
    assert_eq!(usd(Ja, 5_000.0, Style::Prose), "5,000ドル");
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
