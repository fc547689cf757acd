//! Fitting a chart to its width (src/charts/fit.rs): what each width does to
//! titles, category labels, ticks and the legend.

use explainer::charts::{self, fit};
use explainer::i18n::Lang;
use explainer::model::{derive, Assumptions, Basis};
use serde_json::Value;

fn fitted(chart: &charming::Chart, width: f64) -> (Value, String) {
    let f = fit::fit(&charts::to_json(chart), width, 300.0);
    (serde_json::from_str(&f.json).unwrap(), f.title)
}

/// An axis key as a list, whether ECharts got one axis or several.
fn axes<'a>(option: &'a Value, key: &str) -> Vec<&'a Value> {
    match &option[key] {
        Value::Array(list) => list.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

fn every_chart(lang: Lang) -> Vec<(&'static str, charming::Chart)> {
    let a = Assumptions::default();
    let f = derive(&a);
    vec![
        ("profit", charts::profit(&f, &a, lang, Some(5e9), true)),
        ("per_head", charts::per_head(&f, Basis::Article, lang)),
        ("interest", charts::interest_vs_yield(&a, &f, lang)),
        ("rates", charts::rates(&a, &f, lang)),
        ("compute", charts::compute(&f, lang)),
        ("data", charts::data(&a, lang)),
        ("bci", charts::bci(&a, lang)),
        ("portfolio", charts::portfolio(&a, &f, lang)),
        ("split", charts::split(&f, lang)),
        ("race", charts::race(&f, lang)),
    ]
}

#[test]
fn the_title_moves_out_of_every_chart_into_the_figure() {
    for lang in [Lang::En, Lang::Ja] {
        for (name, chart) in every_chart(lang) {
            let (option, title) = fitted(&chart, 390.0);
            assert!(!title.is_empty(), "{name}: a title for the figure");
            let raw: Value = serde_json::from_str(&charts::to_json(&chart)).unwrap();
            assert_eq!(raw.pointer("/title/0/text").or(raw.pointer("/title/text")).and_then(Value::as_str), Some(title.as_str()), "{name}");
            let shown = option.pointer("/title/0/show").or(option.pointer("/title/show"));
            assert_eq!(shown, Some(&Value::Bool(false)), "{name}: the chart no longer draws it");
        }
    }
}

#[test]
fn category_labels_wrap_within_their_band_at_every_width() {
    for width in [320.0, 390.0, 640.0, 1280.0] {
        for (name, chart) in every_chart(Lang::Ja) {
            let (option, _) = fitted(&chart, width);
            for axis in axes(&option, "xAxis").into_iter().filter(|a| a["type"] == "category" && a["show"] != false) {
                if axis["axisLabel"]["interval"] == "auto" {
                    // Years: ECharts drops every other one when they do not fit.
                    assert_eq!(axis["axisLabel"]["hideOverlap"], true, "{name}");
                    continue;
                }
                let n = axis["data"].as_array().map_or(1, Vec::len) as f64;
                let label_w = axis["axisLabel"]["width"].as_f64().expect("a label width");
                assert!(label_w * n <= width, "{name} at {width}: {n} labels of {label_w} px");
                assert_eq!(axis["axisLabel"]["overflow"], "break", "{name}");
                assert!(axis["axisLabel"].get("rotate").is_none(), "{name}: labels wrap instead of turning");
            }
            for axis in axes(&option, "yAxis").into_iter().filter(|a| a["type"] == "category") {
                let label = &axis["axisLabel"];
                if width < 480.0 {
                    assert_eq!(label["inside"], true, "{name} at {width}: labels above the bars");
                } else {
                    assert!(label["width"].as_f64().unwrap() <= width * 0.34 + 1.0, "{name}");
                }
            }
        }
    }
}

#[test]
fn a_horizontal_value_axis_has_fewer_ticks_on_a_phone() {
    let f = derive(&Assumptions::default());
    let ticks = |w: f64| axes(&fitted(&charts::per_head(&f, Basis::Article, Lang::En), w).0, "xAxis")[0]["splitNumber"].as_f64().unwrap();
    assert!(ticks(320.0) <= 3.0);
    assert!(ticks(390.0) <= 4.0);
    assert_eq!(ticks(1280.0), 5.0);
    assert!(ticks(320.0) < ticks(1280.0));
}

#[test]
fn the_legend_leaves_the_chart_for_html_in_colours_the_css_draws() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    let mut with_legend = 0;
    for lang in [Lang::En, Lang::Ja] {
        for (name, chart) in every_chart(lang) {
            let json = charts::to_json(&chart);
            let before: Value = serde_json::from_str(&json).unwrap();
            let f = fit::fit(&json, 390.0, 300.0);
            let after: Value = serde_json::from_str(&f.json).unwrap();
            assert!(after.get("legend").is_none(), "{name}: ECharts still gets a legend");
            let shown = match &before["legend"] {
                Value::Array(l) => l.first().is_some_and(|l| l["show"] != false),
                l => !l.is_null() && l["show"] != false,
            };
            assert_eq!(shown, !f.legend.is_empty(), "{name}: a shown legend becomes HTML, a hidden one does not");
            for item in &f.legend {
                assert!(!item.name.is_empty(), "{name}: an entry without a name");
                assert!(css.contains(&format!(".key[data-color=\"{}\"]", item.color)), "{name}: no CSS draws {:?}", item.color);
            }
            with_legend += usize::from(!f.legend.is_empty());
        }
    }
    assert!(with_legend >= 4, "only {with_legend} charts have a legend");
}

#[test]
fn legend_keys_follow_their_series() {
    let a = Assumptions { treasury_holdings_bn: 141.0, ..Assumptions::default() };
    let f = fit::fit(&charts::to_json(&charts::interest_vs_yield(&a, &derive(&a), Lang::En)), 390.0, 300.0);
    let marks: Vec<fit::Mark> = f.legend.iter().map(|i| i.mark).collect();
    assert_eq!(marks, [fit::Mark::Dashed, fit::Mark::Line, fit::Mark::Dot, fit::Mark::Diamond]);
    assert_eq!(f.legend[1].color, charts::palette::READER);
    assert_eq!(f.legend[3].color, charts::palette::ARTICLE);
    // A pie's slices: the names its legend lists, in the slices' colours.
    let bci = fit::fit(&charts::to_json(&charts::bci(&Assumptions::default(), Lang::En)), 390.0, 300.0);
    let colors: Vec<&str> = bci.legend.iter().map(|i| i.color.as_str()).collect();
    assert_eq!(colors, [charts::palette::TETHER, charts::palette::CONTEXT]);
}

#[test]
fn the_plot_takes_the_room_the_legend_left() {
    let a = Assumptions::default();
    let chart = charts::interest_vs_yield(&a, &derive(&a), Lang::En);
    let before: Value = serde_json::from_str(&charts::to_json(&chart)).unwrap();
    let after = fitted(&chart, 390.0).0;
    assert!(after["grid"][0]["bottom"].as_f64().unwrap() < before["grid"][0]["bottom"].as_f64().unwrap());
}

#[test]
fn a_pie_leaves_a_thin_slice_unlabelled() {
    let (option, _) = fitted(&charts::bci(&Assumptions::default(), Lang::En), 390.0);
    let pie = option["series"].as_array().unwrap().iter().find(|s| s["type"] == "pie").unwrap();
    assert_eq!(pie["label"]["formatter"], "{d}%");
    assert!(pie["minShowLabelAngle"].as_f64().unwrap() > 0.0);
}

#[test]
fn widths_fit_in_steps_and_bad_widths_fall_back() {
    assert_eq!(fit::step(391.0), 380.0);
    assert_eq!(fit::step(0.0), fit::DEFAULT_WIDTH);
    assert_eq!(fit::step(f64::NAN), fit::DEFAULT_WIDTH);
    assert_eq!(fit::step(10.0), 200.0);
    let bad = fit::fit("not json", 390.0, 300.0);
    assert_eq!(bad.json, "not json");
    assert_eq!(bad.title, "");
}

#[test]
fn a_fixed_axis_is_divided_evenly_up_to_its_maximum() {
    assert_eq!(fit::even_interval(120.0, 2.0), Some(60.0));
    assert_eq!(fit::even_interval(120.0, 5.0), Some(30.0));
    assert_eq!(fit::even_interval(12.0, 3.0), Some(4.0));
    assert_eq!(fit::even_interval(10.0, 5.0), Some(2.0));
    assert_eq!(fit::even_interval(180.0, 4.0), Some(60.0));
    for (range, ticks) in [(120.0, 2.0), (7.0, 3.0), (180.0, 3.0), (1e5, 4.0)] {
        if let Some(step) = fit::even_interval(range, ticks) {
            assert!(range / step <= ticks && (range / step).fract() == 0.0, "{range}/{step}");
        }
    }
    assert_eq!(fit::even_interval(0.0, 3.0), None);
}
