//! Property tests over every assumption set within range.

use explainer::model::url::{decode, encode};
use explainer::model::{derive, interest_usd, Assumptions, Basis, Param, YieldPath, PATH_YEARS};
use proptest::prelude::*;

/// Any in-range scenario: every parameter anywhere in its range, any path.
pub fn scenario() -> impl Strategy<Value = Assumptions> {
    let values = proptest::collection::vec(0.0f64..=1.0, Param::ALL.len());
    let path = proptest::array::uniform7(0.0f64..=5.5);
    (values, path, any::<bool>(), 0usize..YieldPath::ALL.len()).prop_map(|(fractions, path, latest, yp)| {
        let mut a = Assumptions::preset(if latest { Basis::Latest } else { Basis::Article });
        for (p, t) in Param::ALL.iter().zip(fractions) {
            let s = p.spec();
            p.set(&mut a, s.min + t * (s.max - s.min));
        }
        a.yield_path = YieldPath::ALL[yp];
        a.custom_path = path;
        a
    })
}

fn all_numbers(a: &Assumptions) -> Vec<f64> {
    let f = derive(a);
    let json = serde_json::to_value(&f).unwrap();
    let mut out = Vec::new();
    fn walk(v: &serde_json::Value, out: &mut Vec<f64>) {
        match v {
            serde_json::Value::Number(n) => out.push(n.as_f64().unwrap()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            serde_json::Value::Null => out.push(f64::NAN), // serde_json writes NaN/inf as null
            _ => {}
        }
    }
    walk(&json, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_figure_is_finite(a in scenario()) {
        let numbers = all_numbers(&a);
        prop_assert!(numbers.len() > 40);
        prop_assert!(numbers.iter().all(|x| x.is_finite()), "{numbers:?}");
    }

    #[test]
    fn interest_rises_with_yield(a in scenario(), bump in 0.01f64..1.0) {
        let mut b = a.clone();
        if Param::BillYield.set(&mut b, a.bill_yield_pct + bump) && b.bill_yield_pct > a.bill_yield_pct {
            prop_assert!(derive(&b).annual_interest_usd > derive(&a).annual_interest_usd);
        }
    }

    #[test]
    fn interest_rises_with_holdings(a in scenario(), bump in 1.0f64..50.0) {
        let mut b = a.clone();
        Param::TreasuryHoldings.set(&mut b, a.treasury_holdings_bn + bump);
        let (fa, fb) = (derive(&a), derive(&b));
        if b.treasury_holdings_bn > a.treasury_holdings_bn && a.bill_yield_pct > 0.0 {
            prop_assert!(fb.annual_interest_usd > fa.annual_interest_usd);
        }
        prop_assert!(fb.annual_interest_usd >= fa.annual_interest_usd);
        prop_assert_eq!(fa.annual_interest_usd, interest_usd(a.treasury_holdings_bn, a.bill_yield_pct));
    }

    #[test]
    fn encoding_then_decoding_gives_the_same_assumptions(a in scenario()) {
        let q = encode(&a);
        let d = decode(&q);
        prop_assert!(d.warnings.is_empty(), "{q}: {:?}", d.warnings);
        prop_assert_eq!(d.assumptions, a);
    }

    #[test]
    fn decoding_any_string_never_panics(q in ".{0,200}") {
        let d = decode(&q);
        // Whatever came in, the scenario is usable.
        prop_assert!(all_numbers(&d.assumptions).iter().all(|x| x.is_finite()));
    }

    #[test]
    fn decoding_key_value_soup_never_panics(
        pairs in proptest::collection::vec(("[a-z]{1,3}|v|y|h|p|b|yp", "[-+0-9.eE,a-zA-Z%&=]{0,12}"), 0..12)
    ) {
        let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let d = decode(&q.join("&"));
        for p in Param::ALL {
            let s = p.spec();
            let v = p.get(&d.assumptions);
            prop_assert!(v.is_finite() && v >= s.min && v <= s.max, "{p:?} = {v}");
        }
        prop_assert!(d.assumptions.custom_path.iter().all(|v| (0.0..=5.5).contains(v)));
        prop_assert_eq!(d.assumptions.custom_path.len(), PATH_YEARS);
    }
}
