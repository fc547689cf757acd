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

/// Every `data-slot` of a rendered page with its text, in page order.
fn slots(html: &str) -> Vec<(String, String)> {
    let needle = " data-slot=\"";
    html.match_indices(needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            let name = &rest[..rest.find('"')?];
            let body = &rest[rest.find('>')? + 1..];
            let text = &body[..body.find("</")?];
            // Drop the hydration markers (`<!>`, `<!-- -->`) around text.
            let mut plain = String::new();
            let mut rest = text;
            while let Some(open) = rest.find('<') {
                plain.push_str(&rest[..open]);
                rest = rest[open..].find('>').map_or("", |close| &rest[open + close + 1..]);
            }
            plain.push_str(rest);
            Some((name.to_string(), plain))
        })
        .collect()
}

/// Slots that say what the article claims or what a source reported: they
/// must read the same whatever the scenario.
fn names_the_article(slot: &str) -> bool {
    slot.starts_with("article_")
        || matches!(slot, "claimed" | "openai_later" | "anthropic_burn" | "h1_revenue" | "as_of" | "loan_reported" | "reported_eur" | "yield_2024")
}

#[test]
fn what_the_prose_credits_to_the_article_is_the_articles_whatever_the_scenario() {
    use explainer::app::PageInit;
    use explainer::model::Basis;
    use explainer::prerender::render_html;
    // A small deterministic generator: no dependency, the same scenarios on
    // every machine.
    let mut seed: u64 = 0x5eed_7e7e;
    let mut next = move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    for lang in Lang::ALL {
        let page = Page { lang, section: None };
        let at_article = slots(&render_html(PageInit::article(page)));
        let credited: Vec<&(String, String)> = at_article.iter().filter(|(k, _)| names_the_article(k)).collect();
        assert!(credited.len() >= 12, "{lang:?}: only {} article slots found", credited.len());
        let mut scenarios = vec![Assumptions::preset(Basis::Latest)];
        for _ in 0..12 {
            let mut a = Assumptions::preset(if next() < 0.5 { Basis::Article } else { Basis::Latest });
            for p in Param::ALL {
                let s = p.spec();
                p.set(&mut a, s.min + (s.max - s.min) * next());
            }
            scenarios.push(a);
        }
        for a in scenarios {
            let mut init = PageInit::article(page);
            init.assumptions = a.clone();
            let got = slots(&render_html(init));
            let got: Vec<&(String, String)> = got.iter().filter(|(k, _)| names_the_article(k)).collect();
            // A template chosen by the figures may drop a claim (the latest
            // set has no 2024 breakdown), never change one.
            assert!(got.len() + 4 >= credited.len(), "{lang:?}: only {} article slots with {a:?}", got.len());
            for (k, v) in &got {
                assert!(
                    credited.iter().any(|(ck, cv)| ck == k && cv == v),
                    "{lang:?}: {k} reads {v:?}, not the article's, with {a:?}"
                );
            }
        }
        // And the live figures do move: the check above compares something.
        let mut a = Assumptions::preset(Basis::Latest);
        Param::TetherHeadcount.set(&mut a, 300.0);
        let mut init = PageInit::article(page);
        init.assumptions = a;
        let live = slots(&render_html(init));
        let ratio = |s: &[(String, String)]| s.iter().find(|(k, _)| k == "ratio").map(|(_, v)| v.clone());
        assert_ne!(ratio(&live), ratio(&at_article), "{lang:?}: the live ratio follows the scenario");
    }
}

#[test]
fn the_latest_figures_carry_their_dates_and_the_article_set_does_not() {
    use explainer::app::PageInit;
    use explainer::model::Basis;
    use explainer::prerender::render_html;
    let page = Page { lang: Lang::En, section: None };
    let mut init = PageInit::article(page);
    init.assumptions = Assumptions::preset(Basis::Latest);
    let latest = slots(&render_html(init));
    let of = |s: &[(String, String)], k: &str| s.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    assert_eq!(of(&latest, "tp_when"), " (2025)");
    assert_eq!(of(&latest, "ol_when"), " (2024)", "no 2025 loss is public: the 2024 one says so");
    assert_eq!(of(&latest, "th_when"), " (January 2026)");
    let article = slots(&render_html(PageInit::article(page)));
    assert_eq!(of(&article, "tp_when").trim(), "", "hidden, and empty once live");
}

#[test]
fn a_zero_reads_as_nothing_not_as_a_number() {
    use explainer::app::PageInit;
    use explainer::prerender::render_html;
    for lang in Lang::ALL {
        let mut a = Assumptions::default();
        Param::BillYield.set(&mut a, 0.0);
        let mut init = PageInit::article(Page { lang, section: None });
        init.assumptions = a;
        let html = render_html(init);
        // No "0 months of interest", no "pays them 0%, hands over $0".
        for said in ["0</strong> months", "<strong class=\"num\" data-slot=\"months\">0<", "hand over <strong class=\"num\" data-slot=\"payout\">$0<"] {
            assert!(!html.contains(said), "{lang:?}: {said}");
        }
        assert!(html.contains("data-testid=\"portfolio-scale\""), "{lang:?}");
        let zero = lang.strings().portfolio_scale_zero;
        // The words between its first two slots are its own.
        let after_total = &zero[zero.find('}').unwrap() + 1..];
        let own = &after_total[..after_total.find('{').unwrap()];
        assert!(!lang.strings().portfolio_scale.contains(own), "{lang:?}: the check tells the two apart");
        assert!(html.contains(own), "{lang:?}: the no-interest wording is used");
    }
}
