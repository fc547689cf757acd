//! URL state: compact, versioned, and impossible to break.

use explainer::model::url::{decode, encode, Warning};
use explainer::model::{Assumptions, Basis, Param, YieldPath};

#[test]
fn defaults_encode_to_nothing() {
    assert_eq!(encode(&Assumptions::default()), "");
    let d = decode("");
    assert_eq!(d.assumptions, Assumptions::default());
    assert!(d.warnings.is_empty());
}

#[test]
fn only_changed_values_are_written() {
    let mut a = Assumptions::default();
    Param::BillYield.set(&mut a, 4.3);
    Param::TreasuryHoldings.set(&mut a, 135.0);
    assert_eq!(encode(&a), "v=2&h=135&y=4.3");
    assert_eq!(decode("?v=2&y=4.3&h=135").assumptions, a);
}

#[test]
fn the_latest_figure_set_is_one_key() {
    let a = Assumptions::preset(Basis::Latest);
    assert_eq!(encode(&a), "v=2&b=latest");
    assert_eq!(decode("v=2&b=latest").assumptions, a);
    assert_eq!(decode("v=1&b=latest").assumptions, a, "version 1 started the latest set on the same path");
}

#[test]
fn a_custom_path_round_trips() {
    let mut a = Assumptions::default();
    a.yield_path = YieldPath::Custom;
    a.custom_path = [5.0, 4.25, 4.0, 3.5, 3.0, 2.5, 2.0];
    let q = encode(&a);
    assert_eq!(q, "v=2&yp=custom&p=5%2C4.25%2C4%2C3.5%2C3%2C2.5%2C2");
    assert_eq!(decode(&q).assumptions, a);
}

#[test]
fn a_version_1_link_without_a_path_keeps_the_articles_2024_yield_held() {
    // Version 1 started the article's set on the article's own yield held;
    // version 2 starts it on December 2025's (issue 19). An old link shows
    // what its sharer saw.
    let old = decode("v=1&h=141").assumptions;
    assert_eq!(old.yield_path, YieldPath::Article);
    assert_eq!(old.treasury_holdings_bn, 141.0);
    let mut a = Assumptions::default();
    Param::TreasuryHoldings.set(&mut a, 141.0);
    assert_eq!(a.yield_path, YieldPath::Dec2025, "version 2 starts on what happened");
    assert_eq!(decode("v=2&h=141").assumptions, a);
    // It reads back the same once written in version 2.
    assert_eq!(decode(&encode(&old)).assumptions, old);
    assert_eq!(encode(&old), "v=2&yp=article&h=141");
    // A version-1 link that names its path keeps it.
    assert_eq!(decode("v=1&yp=dec2024").assumptions.yield_path, YieldPath::Dec2024);
}

#[test]
fn a_missing_version_reads_as_version_1() {
    assert_eq!(decode("y=4.3").assumptions.bill_yield_pct, 4.3);
}

#[test]
fn an_unknown_version_is_reported_and_ignored() {
    let d = decode("v=9&y=4.3");
    assert_eq!(d.assumptions, Assumptions::default());
    assert_eq!(d.warnings, [Warning::UnsupportedVersion("9".into())]);
}

#[test]
fn unknown_keys_are_ignored_with_a_warning() {
    let d = decode("v=1&zz=3&y=4");
    assert_eq!(d.assumptions.bill_yield_pct, 4.0);
    assert_eq!(d.warnings, [Warning::UnknownKey("zz".into())]);
}

#[test]
fn page_keys_are_not_the_models_business() {
    let d = decode("lang=ja&embed=1&section=bci&y=4");
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
}

#[test]
fn out_of_range_values_are_clamped() {
    let d = decode("y=99&h=-4");
    assert_eq!(d.assumptions.bill_yield_pct, 5.5);
    assert_eq!(d.assumptions.treasury_holdings_bn, 60.0);
    assert_eq!(
        d.warnings,
        [
            Warning::Clamped { key: "y".into(), given: 99.0, used: 5.5 },
            Warning::Clamped { key: "h".into(), given: -4.0, used: 60.0 },
        ]
    );
}

#[test]
fn non_finite_and_malformed_values_are_rejected() {
    for raw in ["NaN", "inf", "-inf", "infinity", "1e400", "", "4,3", "0x10", "4.3.1", "%E2%80%AE4", "<script>"] {
        let d = decode(&format!("y={raw}"));
        assert_eq!(d.assumptions, Assumptions::default(), "y={raw}");
        assert!(matches!(d.warnings.as_slice(), [Warning::Rejected { key, .. }] if key == "y"), "y={raw}: {:?}", d.warnings);
    }
}

#[test]
fn duplicated_keys_are_rejected_whole() {
    let d = decode("y=4&y=3&h=100");
    assert_eq!(d.assumptions.bill_yield_pct, Assumptions::default().bill_yield_pct);
    assert_eq!(d.assumptions.treasury_holdings_bn, 100.0);
    assert_eq!(d.warnings, [Warning::Duplicate("y".into())]);
}

#[test]
fn a_bad_path_is_rejected_and_out_of_range_steps_clamped() {
    let d = decode("yp=custom&p=1,2,3");
    assert_eq!(d.assumptions.yield_path, YieldPath::Custom);
    assert_eq!(d.assumptions.custom_path, Assumptions::default().custom_path);
    assert!(matches!(&d.warnings[..], [Warning::Rejected { key, .. }] if key == "p"));
    let d = decode("yp=custom&p=9,4,4,4,4,4,-1");
    assert_eq!(d.assumptions.custom_path, [5.5, 4.0, 4.0, 4.0, 4.0, 4.0, 0.0]);
    assert_eq!(d.warnings.len(), 2);
}

#[test]
fn unknown_names_are_rejected() {
    let d = decode("b=fiction&yp=moon");
    assert_eq!(d.assumptions, Assumptions::default());
    assert_eq!(d.warnings.len(), 2);
}

#[test]
fn warnings_quote_briefly_and_without_control_characters() {
    let long = "x".repeat(500);
    let d = decode(&format!("{long}=1&y=%0A%1B{long}"));
    for w in &d.warnings {
        let text = format!("{w:?}");
        assert!(text.len() < 120, "{text}");
        assert!(!text.contains('\n') && !text.contains('\u{1b}'));
    }
}

#[test]
fn broken_percent_encoding_does_not_panic() {
    for q in ["%", "%%", "y=%ZZ", "%FF%FE=%C3%28", "&&&=&=", "=1", "y", "?", "??y=4", "y==4"] {
        let _ = decode(q);
    }
}
