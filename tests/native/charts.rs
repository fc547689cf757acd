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

/// The single point drawn with `symbol` (a line series of one point):
/// "circle" is the reader, "diamond" the article.
fn scatter<'a>(v: &'a Value, symbol: &str) -> &'a Value {
    v["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["type"] == "line" && s["symbol"] == symbol && s["data"].as_array().map(Vec::len) == Some(1))
        .unwrap_or_else(|| panic!("no {symbol} point"))
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

mod every_builder {
    //! One snapshot per chart builder at the article's values, plus checks
    //! that each follows its inputs.

    use super::json;
    use explainer::charts;
    use explainer::i18n::Lang;
    use explainer::model::{derive, Assumptions, Basis, Param, YieldPath};

    fn defaults() -> (Assumptions, explainer::model::Figures) {
        let a = Assumptions::default();
        let f = derive(&a);
        (a, f)
    }

    macro_rules! snap {
        ($name:expr, $value:expr) => {
            insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
                insta::assert_json_snapshot!($name, $value);
            });
        };
    }

    #[test]
    fn profit_hidden_then_revealed() {
        let (a, f) = defaults();
        snap!("profit_hidden_en", json(&charts::profit(&f, &a, Lang::En, None, false)));
        snap!("profit_revealed_ja", json(&charts::profit(&f, &a, Lang::Ja, Some(5e9), true)));
        let hidden = json(&charts::profit(&f, &a, Lang::En, Some(5e9), false));
        assert!(hidden["series"][2]["data"][0]["value"].is_null(), "Tether's bar stays hidden before the reveal");
    }

    #[test]
    fn per_head_snapshot() {
        let (_, f) = defaults();
        snap!("per_head_en", json(&charts::per_head(&f, Basis::Article, Lang::En)));
    }

    #[test]
    fn rates_snapshot_and_path() {
        let (mut a, _) = defaults();
        a.yield_path = YieldPath::Dec2025;
        let f = derive(&a);
        let v = json(&charts::rates(&a, &f, Lang::En));
        snap!("rates_dec2025_en", v.clone());
        assert_eq!(v["series"][0]["data"][6]["value"], 4.68, "130 x 3.6% in 2030");
    }

    #[test]
    fn compute_snapshot() {
        let (_, f) = defaults();
        snap!("compute_en", json(&charts::compute(&f, Lang::En)));
    }

    #[test]
    fn data_snapshot() {
        let (a, _) = defaults();
        snap!("data_en", json(&charts::data(&a, Lang::En)));
    }

    #[test]
    fn bci_snapshot() {
        let (a, _) = defaults();
        snap!("bci_ja", json(&charts::bci(&a, Lang::Ja)));
    }

    #[test]
    fn portfolio_snapshot_and_total() {
        let (a, f) = defaults();
        let v = json(&charts::portfolio(&a, &f, Lang::En));
        snap!("portfolio_en", v.clone());
        assert_eq!(v["series"][1]["data"][4]["value"], 2.2, "the total is 2.2, not 2");
    }

    #[test]
    fn race_snapshot_follows_profit_years() {
        let (a, f) = defaults();
        snap!("race_en", json(&charts::race(&f, Lang::En)));
        let mut b = a.clone();
        Param::OpenAiProfitYear.set(&mut b, 2032.0);
        let v = json(&charts::race(&derive(&b), Lang::En));
        assert_eq!(v["xAxis"]["data"].as_array().unwrap().len(), 7);
    }

    #[test]
    fn every_chart_has_a_title_axes_and_a_tooltip_in_both_languages() {
        for basis in Basis::ALL {
            let a = Assumptions::preset(basis);
            let f = derive(&a);
            for lang in Lang::ALL {
                let all = [
                    charts::profit(&f, &a, lang, Some(1e10), true),
                    charts::per_head(&f, Basis::Article, lang),
                    charts::interest_vs_yield(&a, &f, lang),
                    charts::rates(&a, &f, lang),
                    charts::compute(&f, lang),
                    charts::data(&a, lang),
                    charts::bci(&a, lang),
                    charts::portfolio(&a, &f, lang),
                    charts::race(&f, lang),
                ];
                for c in &all {
                    let v = json(c);
                    let text = v.to_string();
                    assert!(v["title"][0]["text"].as_str().is_some_and(|t| !t.is_empty()), "{text}");
                    assert!(v.get("tooltip").is_some());
                    assert!(v.get("xAxis").is_some() && v.get("yAxis").is_some());
                    assert!(!text.contains("function"), "no JS formatters");
                    assert!(!text.contains("NaN") && !text.contains("null,null,null,null"), "{text}");
                }
            }
        }
    }
}

#[test]
fn split_snapshot_and_payout() {
    use explainer::charts::split;
    let a = Assumptions::default();
    snapshot!("split_en", json(&split(&derive(&a), Lang::En)));
    let mut b = a.clone();
    Param::HolderRate.set(&mut b, 2.0);
    let v = json(&split(&derive(&b), Lang::En));
    assert_eq!(v["series"][1]["data"][0]["value"], 2.6, "2% of $130B goes to holders");
    assert_eq!(v["series"][0]["data"][0]["value"], 4.4);
}
