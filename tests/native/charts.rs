//! Chart option snapshots. A change to a chart's JSON shows up as a diff in
//! tests/snapshots; review it with `cargo insta review` or by reading the
//! `.snap.new` file.

use explainer::charts::interest_vs_yield;
use explainer::i18n::Lang;
use explainer::model::{derive, Assumptions, Param};
use serde_json::Value;

fn json(chart: &charming::Chart) -> Value {
    serde_json::to_value(chart).expect("a chart serialises")
}

/// The scatter series drawn with `symbol`: "circle" is the reader, "diamond" the article.
fn scatter<'a>(v: &'a Value, symbol: &str) -> &'a Value {
    v["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["type"] == "scatter" && s["symbol"] == symbol)
        .unwrap_or_else(|| panic!("no {symbol} scatter series"))
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_json_snapshot!($name, $value);
        });
    };
}

#[test]
fn interest_vs_yield_article_values_en() {
    let a = Assumptions::default();
    snapshot!("interest_vs_yield_en", json(&interest_vs_yield(&a, &derive(&a), Lang::En)));
}

#[test]
fn interest_vs_yield_reader_scenario_ja() {
    let mut a = Assumptions::default();
    Param::TreasuryHoldings.set(&mut a, 141.0);
    Param::BillYield.set(&mut a, 3.6);
    snapshot!("interest_vs_yield_ja_141_3_6", json(&interest_vs_yield(&a, &derive(&a), Lang::Ja)));
}

#[test]
fn reader_point_follows_the_scenario() {
    let mut a = Assumptions::default();
    Param::BillYield.set(&mut a, 4.3);
    let v = json(&interest_vs_yield(&a, &derive(&a), Lang::En));
    let reader = scatter(&v, "circle");
    let point = &reader["data"][0]["value"];
    assert_eq!(point[0].as_f64(), Some(4.3));
    assert_eq!(point[1].as_f64(), Some(5.59));
    assert!(reader["name"].as_str().unwrap().contains("$5.59B"));
}

#[test]
fn japanese_axis_counts_in_oku() {
    let a = Assumptions::default();
    let v = json(&interest_vs_yield(&a, &derive(&a), Lang::Ja));
    assert_eq!(v["yAxis"]["axisLabel"]["formatter"], "{value}億");
    let article = &scatter(&v, "diamond")["data"][0]["value"];
    assert_eq!(article[1].as_f64(), Some(70.0), "$7B is 70億");
}

#[test]
fn reference_line_appears_only_when_holdings_change() {
    let a = Assumptions::default();
    let n = json(&interest_vs_yield(&a, &derive(&a), Lang::En))["series"].as_array().unwrap().len();
    let mut b = a.clone();
    Param::TreasuryHoldings.set(&mut b, 100.0);
    let m = json(&interest_vs_yield(&b, &derive(&b), Lang::En))["series"].as_array().unwrap().len();
    assert_eq!((n, m), (3, 4));
}

#[test]
fn no_function_formatters() {
    // A JS-function formatter would need eval, which the CSP forbids.
    let a = Assumptions::default();
    let text = serde_json::to_string(&interest_vs_yield(&a, &derive(&a), Lang::En)).unwrap();
    assert!(!text.contains("function"));
}
