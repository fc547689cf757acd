//! The "show data" tables and their CSV, read back from the chart options.

use explainer::charts::table::{csv, tables, Cell, DataTable, MISSING};
use explainer::charts::{bci, interest_vs_yield, per_head, portfolio, profit, race, split};
use explainer::i18n::Lang;
use explainer::model::{derive, Assumptions, Basis, Param};

fn texts(t: &DataTable) -> Vec<Vec<String>> {
    t.rows.iter().map(|r| r.iter().map(|c| c.text.clone()).collect()).collect()
}

#[test]
fn a_category_chart_gives_a_row_per_category_and_a_column_per_series() {
    let a = Assumptions::default();
    let t = tables(&race(&derive(&a), Lang::En));
    assert_eq!(t.len(), 1);
    let t = &t[0];
    assert_eq!(t.columns.len(), 4, "{:?}", t.columns);
    assert!(t.columns[1].contains("OpenAI"));
    assert!(t.columns[1].contains("USD billions"), "the unit goes in the header: {:?}", t.columns);
    assert_eq!(t.rows.len(), 4);
    assert_eq!(t.rows[0][0].text, "2025");
    assert!(t.rows.iter().all(|r| r.len() == t.columns.len()));
    // Cells read like the axis labels.
    assert!(t.rows[0][3].text.starts_with('$') && t.rows[0][3].text.ends_with('B'), "{:?}", t.rows[0]);
}

#[test]
fn the_table_follows_the_model() {
    let mut a = Assumptions::default();
    let before = tables(&race(&derive(&a), Lang::En));
    Param::TreasuryHoldings.set(&mut a, 200.0);
    let after = tables(&race(&derive(&a), Lang::En));
    assert_ne!(texts(&before[0]), texts(&after[0]));
}

#[test]
fn a_waterfalls_invisible_base_is_left_out() {
    let a = Assumptions::default();
    let t = &tables(&portfolio(&a, &derive(&a), Lang::En))[0];
    assert_eq!(t.columns.len(), 2, "label column and the visible series only: {:?}", t.columns);
    assert!(t.columns.iter().all(|c| c != "base"));
    assert_eq!(t.rows[0][0].text, "Northern Data");
    assert_eq!(t.rows[0][1].number, Some(0.6));
}

#[test]
fn hidden_values_stay_hidden_until_reveal() {
    let a = Assumptions::default();
    let f = derive(&a);
    let hidden = &tables(&profit(&f, &a, Lang::En, None, false))[0];
    let revealed = &tables(&profit(&f, &a, Lang::En, None, true))[0];
    let tether = |t: &DataTable| t.rows.iter().flat_map(|r| r.iter().skip(1)).filter(|c| c.number.is_some()).count();
    assert!(tether(revealed) > tether(hidden), "revealing adds Tether's profit to the table");
    assert!(hidden.rows.iter().flatten().any(|c| c.text == MISSING));
}

#[test]
fn japanese_cells_count_in_oku() {
    let a = Assumptions::default();
    let t = &tables(&race(&derive(&a), Lang::Ja))[0];
    assert!(t.rows[0][3].text.ends_with('億'), "{:?}", t.rows[0]);
}

#[test]
fn a_zero_reads_0_like_the_axis_without_a_unit() {
    // Holders are paid nothing at the article's values: that bar is zero.
    let a = Assumptions::default();
    for (lang, zero, other) in [(Lang::Ja, "0", '億'), (Lang::En, "$0", 'B')] {
        let t = &tables(&split(&derive(&a), lang))[0];
        let cells: Vec<&Cell> = t.rows.iter().flat_map(|r| r.iter().skip(1)).collect();
        let zero_cell = cells.iter().find(|c| c.number == Some(0.0)).expect("holders get nothing");
        assert_eq!(zero_cell.text, zero, "{lang:?}");
        let kept = cells.iter().find(|c| c.number.is_some_and(|n| n > 0.0)).expect("Tether keeps the interest");
        assert!(kept.text.ends_with(other), "{lang:?}: other amounts keep their unit: {}", kept.text);
    }
}

#[test]
fn negative_amounts_put_the_sign_first() {
    let a = Assumptions::default();
    let t = &tables(&per_head(&derive(&a), Basis::Article, Lang::En))[0];
    let negative = t.rows.iter().flatten().find(|c| c.number.is_some_and(|n| n < 0.0)).expect("a lab loses money per head");
    assert!(negative.text.starts_with("\u{2212}$"), "{}", negative.text);
    assert!(!negative.text.contains('-'), "a real minus, not a hyphen: {}", negative.text);
    let t = &tables(&per_head(&derive(&a), Basis::Article, Lang::Ja))[0];
    let negative = t.rows.iter().flatten().find(|c| c.number.is_some_and(|n| n < 0.0)).expect("a lab loses money per head");
    assert!(negative.text.starts_with('\u{2212}') && negative.text.ends_with('万'), "{}", negative.text);
}

#[test]
fn a_chart_on_two_value_axes_gives_each_line_a_table_and_lists_single_points_together() {
    let a = Assumptions::default();
    let t = tables(&interest_vs_yield(&a, &derive(&a), Lang::En));
    assert_eq!(t.len(), 2, "the interest line, then the marked points");
    let line = &t[0];
    assert!(line.caption.starts_with("Interest on"), "{}", line.caption);
    assert_eq!(line.columns.len(), 2);
    assert!(line.columns[0].contains("yield"), "{:?}", line.columns);
    assert!(line.rows.len() > 20);
    assert_eq!(line.rows[4][0].text, "1%");
    let points = &t[1];
    assert_eq!(points.columns.len(), 3);
    assert!(points.rows.iter().any(|r| r[0].text.contains("Article")));
    // Shown to four significant digits; the CSV keeps the exact number.
    let article = points.rows.iter().find(|r| r[0].text.contains("Article")).unwrap();
    assert_eq!(article[1].text, "5.385%");
    assert!(points.to_csv().contains("5.3846"));
}

#[test]
fn a_pie_gets_its_own_table() {
    let a = Assumptions::default();
    let t = tables(&bci(&a, Lang::Ja));
    assert_eq!(t.len(), 2, "the bars and the donut");
    assert!(t[1].rows.iter().any(|r| r[0].text.contains("Blackrock")));
    assert!(!t[0].rows.iter().flatten().any(|c| c.text.contains('\n')), "line breaks in labels become spaces");
}

#[test]
fn csv_quotes_what_needs_quoting_and_defuses_formulas() {
    let t = DataTable {
        caption: "c".into(),
        columns: vec!["".into(), "Money, \"USD\"".into()],
        rows: vec![
            vec![Cell { text: "=HYPERLINK(1)".into(), number: None }, Cell { text: "$1.5B".into(), number: Some(1.5) }],
            vec![Cell { text: "a\nb".into(), number: None }, Cell { text: MISSING.into(), number: None }],
            vec![Cell { text: "x".into(), number: None }, Cell { text: "-$2B".into(), number: Some(-2.0) }],
        ],
    };
    assert_eq!(t.to_csv(), ",\"Money, \"\"USD\"\"\"\r\n'=HYPERLINK(1),1.5\r\n\"a\nb\",\r\nx,-2\r\n");
    let both = csv(&[t.clone(), t]);
    assert!(both.starts_with("c\r\n,"));
    assert_eq!(both.matches("\r\n\r\n").count(), 1, "one blank line between tables");
}

#[test]
fn every_chart_gives_at_least_one_non_empty_table_in_both_languages() {
    let a = Assumptions::default();
    let f = derive(&a);
    for lang in Lang::ALL {
        let charts = [
            profit(&f, &a, lang, Some(5e9), true),
            per_head(&f, Basis::Article, lang),
            explainer::charts::compute(&f, lang),
            explainer::charts::data(&a, lang),
            bci(&a, lang),
            explainer::charts::split(&f, lang),
            explainer::charts::rates(&a, &f, lang),
            portfolio(&a, &f, lang),
            race(&f, lang),
            interest_vs_yield(&a, &f, lang),
        ];
        for (i, c) in charts.iter().enumerate() {
            let t = tables(c);
            assert!(!t.is_empty() && t.iter().all(|t| !t.rows.is_empty()), "chart {i} in {lang:?} has no table");
            assert!(t.iter().all(|t| !t.caption.is_empty()), "chart {i} in {lang:?} has a caption");
        }
    }
}

#[test]
fn tables_read_the_same_from_the_option_and_from_its_json_text() {
    let a = Assumptions::default();
    let chart = race(&derive(&a), Lang::En);
    assert_eq!(explainer::charts::table::from_json(&explainer::charts::to_json(&chart)), tables(&chart));
    assert!(explainer::charts::table::from_json("not json").is_empty(), "bad text gives no table, not a panic");
}

#[test]
fn a_word_break_mark_stays_out_of_the_tables() {
    // A locale may mark where a Japanese label breaks (src/charts/fit.rs's
    // BREAK); the tables read the label whole.
    let json = explainer::charts::to_json(&bci(&Assumptions::default(), Lang::Ja)).replace("ふつうの会話", "ふつうの\u{200B}会話");
    let t = explainer::charts::table::from_json(&json);
    let cells: Vec<String> = t.iter().flat_map(|t| t.rows.iter().flatten().map(|c| c.text.clone()).chain(t.columns.clone()).chain([t.caption.clone()])).collect();
    assert!(cells.iter().any(|c| c == "ふつうの会話"), "{cells:?}");
    assert!(cells.iter().all(|c| !c.contains('\u{200B}')), "{cells:?}");
    assert!(!csv(&t).contains('\u{200B}'));
}
