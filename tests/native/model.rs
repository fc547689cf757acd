//! The printing-press model at the article's values and at the edges of its
//! ranges.

use explainer::model::{derive, interest_usd, Assumptions, Param, YieldPreset, BILLION};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn defaults_are_the_articles_values() {
    let a = Assumptions::default();
    assert_eq!(a.treasury_holdings_bn, 130.0);
    assert!(close(a.bill_yield_pct, 5.3846, 1e-4), "implied yield is 7/130");
    assert_eq!(a.tether_headcount, 150.0);
    assert_eq!(a.holder_rate_pct, 0.0);
}

#[test]
fn article_interest_is_seven_billion() {
    let f = derive(&Assumptions::default());
    assert!(close(f.annual_interest_usd, 7.0 * BILLION, 1.0));
    assert!(close(f.interest_vs_article, 1.0, 1e-12));
}

#[test]
fn interest_per_head_at_article_values() {
    // facts.md: 7B / 150 = $46.7M of interest per head.
    let f = derive(&Assumptions::default());
    assert!(close(f.tether_interest_per_head_usd / 1e6, 46.67, 0.01));
}

#[test]
fn implied_yield_is_5_38_percent() {
    let f = derive(&Assumptions::default());
    assert!(close(f.article_implied_yield_pct, 5.38, 0.005));
}

#[test]
fn holders_are_paid_nothing_by_default() {
    let f = derive(&Assumptions::default());
    assert_eq!(f.holder_payout_usd, 0.0);
    assert_eq!(f.tether_keeps_usd, f.annual_interest_usd);
}

#[test]
fn each_point_paid_to_holders_costs_one_percent_of_holdings() {
    let f = derive(&Assumptions::default());
    assert!(close(f.cost_per_point_usd, 1.3 * BILLION, 1.0));
    let mut a = Assumptions::default();
    a.holder_rate_pct = 2.0;
    let f = derive(&a);
    assert!(close(f.holder_payout_usd, 2.6 * BILLION, 1.0));
    assert!(close(f.tether_keeps_usd, 4.4 * BILLION, 1.0));
}

#[test]
fn rate_scenarios_from_facts_md() {
    // facts.md, "Rate scenarios (exposure x yield)", in $B.
    for (holdings, yld, expected) in [
        (135.0, 5.2, 7.02),
        (135.0, 3.6, 4.86),
        (135.0, 3.0, 4.05),
        (135.0, 2.0, 2.7),
        (141.0, 3.6, 5.076),
    ] {
        let got = interest_usd(holdings, yld) / BILLION;
        assert!(close(got, expected, 1e-9), "{holdings} x {yld}% = {got}, expected {expected}");
    }
}

#[test]
fn zero_yield_earns_nothing() {
    let mut a = Assumptions::default();
    Param::BillYield.set(&mut a, 0.0);
    let f = derive(&a);
    assert_eq!(f.annual_interest_usd, 0.0);
    assert_eq!(f.tether_interest_per_head_usd, 0.0);
    assert_eq!(f.interest_vs_article, 0.0);
}

#[test]
fn top_of_the_ranges() {
    let mut a = Assumptions::default();
    Param::TreasuryHoldings.set(&mut a, 200.0);
    Param::BillYield.set(&mut a, 5.5);
    let f = derive(&a);
    assert!(close(f.annual_interest_usd, 11.0 * BILLION, 1.0));
    assert!(f.interest_vs_article > 1.5);
}

#[test]
fn bottom_of_the_holdings_range() {
    let mut a = Assumptions::default();
    Param::TreasuryHoldings.set(&mut a, 60.0);
    let f = derive(&a);
    assert!(close(f.annual_interest_usd / BILLION, 60.0 * 7.0 / 130.0, 1e-9));
}

#[test]
fn set_clamps_to_the_range() {
    let mut a = Assumptions::default();
    assert!(Param::BillYield.set(&mut a, 99.0));
    assert_eq!(a.bill_yield_pct, 5.5);
    assert!(Param::TreasuryHoldings.set(&mut a, -5.0));
    assert_eq!(a.treasury_holdings_bn, 60.0);
}

#[test]
fn set_rejects_non_finite_values() {
    let mut a = Assumptions::default();
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert!(!Param::BillYield.set(&mut a, bad));
    }
    assert_eq!(a, Assumptions::default());
}

#[test]
fn every_default_lies_within_its_range_and_matches_the_struct() {
    let a = Assumptions::default();
    for p in Param::ALL {
        let spec = p.spec();
        assert!(spec.min <= spec.default && spec.default <= spec.max, "{p:?}");
        assert_eq!(p.get(&a), spec.default, "{p:?}");
        assert!(spec.step > 0.0);
    }
}

#[test]
fn param_keys_are_unique() {
    let mut keys: Vec<_> = Param::ALL.iter().map(|p| p.spec().key).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), Param::ALL.len());
}

#[test]
fn yield_presets_are_in_range_and_descending() {
    let spec = Param::BillYield.spec();
    let values: Vec<f64> = YieldPreset::ALL.iter().map(|p| p.pct()).collect();
    assert!(values.iter().all(|v| (spec.min..=spec.max).contains(v)));
    assert!(values.windows(2).all(|w| w[0] > w[1]));
    assert_eq!(values[1..], [5.0, 4.3, 3.6]);
}

#[test]
fn interest_grows_with_yield_and_holdings() {
    let mut prev = -1.0;
    for step in 0..=55 {
        let v = interest_usd(130.0, step as f64 * 0.1);
        assert!(v > prev);
        prev = v;
    }
    assert!(interest_usd(131.0, 4.0) > interest_usd(130.0, 4.0));
}

#[test]
fn the_articles_interest_holds_only_at_its_own_holdings_and_yield() {
    assert!(Assumptions::default().at_article_interest());
    let mut a = Assumptions::default();
    Param::TreasuryHoldings.set(&mut a, 131.0);
    assert!(!a.at_article_interest());
    let mut a = Assumptions::default();
    Param::BillYield.set(&mut a, 5.0);
    assert!(!a.at_article_interest());
    assert!(!Assumptions::preset(explainer::model::Basis::Latest).at_article_interest());
}
