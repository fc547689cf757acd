//! The prerender, natively: every page of the site rendered by the app's own
//! components (`--features ssr`). What a reader without JavaScript gets must
//! be the whole article, in the page's language, at the article's values.
//!
//! Run by `make test-native` (`cargo test --features ssr --test prerender`).
#![cfg(feature = "ssr")]

use std::collections::BTreeSet;

use explainer::charts;
use explainer::i18n::Lang;
use explainer::model::{derive, Assumptions, Param, FACTS};
use explainer::prerender::{render, render_all, PageOut};
use explainer::site::{Page, SECTION_IDS};

fn article(lang: Lang) -> PageOut {
    render(Page { lang, section: None })
}

/// Every value of attribute `name` in `html`.
fn attr_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn the_site_has_an_article_and_an_embed_page_per_section_in_each_language() {
    let pages = render_all();
    assert_eq!(pages.len(), 2 * (1 + SECTION_IDS.len()));
    let paths: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths.len(), pages.len(), "every page has its own address");
    for p in &pages {
        assert!(!p.html.is_empty(), "/{} renders", p.path);
        let back = Page::from_path(&p.path).expect("the path reads back as a page");
        assert_eq!(back.lang.tag(), p.lang);
        assert_eq!(back.section, p.section);
    }
}

#[test]
fn the_whole_article_is_in_the_html_with_every_section_chart_and_source_note() {
    for lang in Lang::ALL {
        let page = article(lang);
        for id in SECTION_IDS {
            assert!(page.html.contains(&format!("id=\"{id}\"")), "{lang:?}: section {id}");
        }
        let charts = attr_values(&page.html, "data-chart");
        assert_eq!(charts.len(), 10, "{lang:?}: one chart element per figure");
        assert_eq!(page.charts.len(), 10, "{lang:?}: one option per figure");
        let facts: BTreeSet<u8> = attr_values(&page.html, "data-fact").iter().filter_map(|v| v.parse().ok()).collect();
        let all: BTreeSet<u8> = FACTS.iter().map(|f| f.id).collect();
        assert_eq!(facts, all, "{lang:?}: every facts.md row has its note");
        assert_eq!(page.html.matches("<tr data-row=").count(), FACTS.len(), "{lang:?}: the sources table");
        // The data tables are there, closed, for reading without the code.
        assert_eq!(page.html.matches("<details").count(), 10, "{lang:?}: a data table per figure");
        assert!(page.html.matches("<caption>").count() >= 10, "{lang:?}: the tables have rows");
    }
}

#[test]
fn controls_are_real_inputs_carrying_the_articles_values() {
    let page = article(Lang::En);
    let a = Assumptions::default();
    let sliders = attr_values(&page.html, "data-param");
    assert!(sliders.len() >= 5, "the sliders are in the page: {sliders:?}");
    for key in sliders {
        let param = Param::from_key(key).expect("a slider names a parameter");
        let at = page.html.find(&format!("data-param=\"{key}\"")).unwrap();
        let start = page.html[..at].rfind("<input").expect("inside an <input>");
        let tag = &page.html[start..at];
        assert!(
            tag.contains(&format!("value=\"{}\"", param.get(&a))),
            "the {key} slider carries the article's value {}: {tag}",
            param.get(&a)
        );
    }
}

#[test]
fn each_page_is_in_its_own_language() {
    let en = article(Lang::En);
    let ja = article(Lang::Ja);
    assert!(en.html.contains(Lang::En.strings().site_title));
    assert!(ja.html.contains(Lang::Ja.strings().site_title));
    assert!(!ja.html.contains(Lang::En.strings().press_heading), "no English heading on the Japanese page");
    assert_eq!(en.lang, "en");
    assert_eq!(ja.lang, "ja");
    assert_eq!(ja.path, "", "Japanese is the root page");
    assert_eq!(en.alternate, "");
    assert_eq!(ja.alternate, "en/");
}

#[test]
fn the_charts_get_the_options_the_live_page_computes() {
    let page = article(Lang::En);
    let names: Vec<&str> = page.charts.iter().map(|c| c.name).collect();
    let expected: Vec<&str> = SECTION_IDS.iter().copied().filter(|id| !matches!(*id, "irony" | "sources")).collect();
    assert_eq!(names, expected, "charts in page order, named by section");
    for c in &page.charts {
        let option: serde_json::Value = serde_json::from_str(&c.option).expect("the option is JSON");
        assert!(option["series"].as_array().is_some_and(|s| !s.is_empty()), "{}: has series", c.name);
        assert!(!c.description.is_empty(), "{}: has a description", c.name);
        assert!(!c.description.contains('{'), "{}: its description is filled in: {}", c.name, c.description);
    }
    // The very option the chart builders make at the article's values,
    // fitted to the size static charts are drawn at.
    let a = Assumptions::default();
    let f = derive(&a);
    let built = [
        ("printing-press", charts::to_json(&charts::interest_vs_yield(&a, &f, Lang::En))),
        ("rate-cuts", charts::to_json(&charts::rates(&a, &f, Lang::En))),
    ];
    for (name, json) in built {
        let recorded = page.charts.iter().find(|c| c.name == name).expect("the chart was recorded");
        let fitted = charts::fit::fit(&json, 0.0, 0.0).json;
        assert_eq!(recorded.option, fitted, "{name}: the prerender draws the live chart's option, fitted");
    }
}

#[test]
fn an_embed_page_holds_its_section_and_figure_only() {
    let page = render(Page { lang: Lang::Ja, section: Some("printing-press") });
    assert_eq!(page.path, "embed/printing-press/");
    assert_eq!(page.root, "../../");
    assert!(page.html.contains("id=\"printing-press\""));
    assert!(!page.html.contains("id=\"profit\""), "no other section");
    assert!(!page.html.contains("class=\"masthead\""), "no site chrome");
    assert_eq!(attr_values(&page.html, "data-chart"), vec!["printing-press"]);
    // Its links lead back up to the site's root.
    assert!(page.html.contains("href=\"../../?lang=ja\""), "the full-article link");
}

#[test]
fn the_code_unavailable_notice_is_there_hidden() {
    for lang in Lang::ALL {
        let page = article(lang);
        let at = page.html.find("data-testid=\"code-unavailable\"").expect("the notice is prerendered");
        let end = page.html[at..].find('>').unwrap();
        assert!(page.html[at..at + end].contains("hidden"), "and hidden until the loader shows it");
        assert!(page.html.contains(lang.strings().code_unavailable));
    }
}
