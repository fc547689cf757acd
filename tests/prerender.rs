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
use explainer::model::claims::CLAIMS;
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
        // Ten figures, and the profit figure's second static chart, with
        // the answer, for readers without JavaScript.
        assert_eq!(charts.len(), 11, "{lang:?}: one chart element per figure, and the answer's");
        assert_eq!(page.charts.len(), 11, "{lang:?}: one option per figure, and the answer's");
        let facts: BTreeSet<u8> = attr_values(&page.html, "data-fact").iter().filter_map(|v| v.parse().ok()).collect();
        let all: BTreeSet<u8> = FACTS.iter().map(|f| f.id).collect();
        assert_eq!(facts, all, "{lang:?}: every facts.md row has its note");
        assert_eq!(page.html.matches("<tr data-row=").count(), FACTS.len(), "{lang:?}: the sources table");
        // The data tables are there, closed, for reading without the code.
        assert_eq!(page.html.matches("data-testid=\"data-table\"").count(), 10, "{lang:?}: a data table per figure");
        // The claims ledger: every claim, its rule closed.
        assert_eq!(page.html.matches("class=\"ledger-rule\"").count(), CLAIMS.len(), "{lang:?}: a rule per claim");
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
    let mut expected: Vec<&str> = SECTION_IDS.iter().copied().filter(|id| !matches!(*id, "irony" | "claims" | "sources")).collect();
    expected.insert(1, "profit-answer");
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
fn each_page_is_titled_by_its_section_heading_as_the_app_titles_it() {
    for page in Page::all() {
        let out = render(page);
        let s = page.lang.strings();
        match page.section {
            None => assert_eq!(out.title, s.site_title),
            Some(id) => {
                // The heading the page shows (its h1: the section is the
                // page), before its anchor link.
                assert!(!out.html.contains("<h2 class=\"section-heading"), "{id}: the section's heading is the page's h1");
                let h1 = out.html.split("<h1").nth(1).expect("a heading");
                let text = h1[h1.find('>').unwrap() + 1..h1.find("<a").unwrap()].trim();
                assert_eq!(out.title, format!("{text} — {}", s.site_title), "{id} ({:?})", page.lang);
            }
        }
    }
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
            assert!(got.len() + 8 >= credited.len(), "{lang:?}: only {} article slots with {a:?}", got.len());
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

// ---------------------------------------------------------------------------
// Every sentence in every scenario (issue 19): the whole page rendered, in
// both languages, at every parameter's ends and over random in-range
// scenarios, read as a reader reads it.

/// Removes each `tag` element whose start tag contains `mark` (e.g.
/// `("span", "class=\"fact ")`), through its matching close tag, counting
/// nested `tag`s.
fn drop_elements(html: &str, tag: &str, mark: &str) -> String {
    drop_or_replace(html, tag, mark, None)
}

fn drop_or_replace(html: &str, tag: &str, mark: &str, with: Option<&str>) -> String {
    let (start_tag, end_tag) = (format!("<{tag}"), format!("</{tag}>"));
    // The start of the next `tag` element whose start tag holds `mark`.
    let find = |from: &str| -> Option<usize> {
        let mut off = 0;
        while let Some(i) = from[off..].find(&start_tag) {
            let at = off + i;
            let head = &from[at..at + from[at..].find('>')?];
            let boundary = from[at + start_tag.len()..].starts_with([' ', '>', '/']);
            if boundary && head.contains(mark) {
                return Some(at);
            }
            off = at + start_tag.len();
        }
        None
    };
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = find(rest) {
        out.push_str(&rest[..at]);
        let mut depth = 0usize;
        let mut i = at;
        loop {
            let next_open = rest[i + 1..].find(&start_tag).map(|j| i + 1 + j);
            let next_close = rest[i..].find(&end_tag).map(|j| i + j);
            match (next_open, next_close) {
                (Some(o), Some(c)) if o < c => {
                    depth += 1;
                    i = o;
                }
                (_, Some(c)) => {
                    if depth == 0 {
                        i = c + end_tag.len();
                        break;
                    }
                    depth -= 1;
                    i = c + end_tag.len() - 1;
                }
                (_, None) => panic!("unclosed <{tag}>"),
            }
        }
        if let Some(w) = with {
            out.push_str(w);
        }
        rest = &rest[i..];
    }
    out.push_str(rest);
    out
}

/// The prose of a rendered page as a reader reads it: no charts, data
/// tables, legends (chart labels), source notes or slider read-outs; a
/// draggable number is
/// `⟨n⟩` (the reader set it, and it shows whatever they set, zero too);
/// one line per paragraph.
fn prose(html: &str) -> String {
    let mut h = html.to_string();
    for (tag, mark) in [
        ("svg", ""),
        ("details", ""),
        ("table", ""),
        ("span", "class=\"control-value"),
        ("span", "class=\"fact "),
        ("ul", "class=\"legend"),
        ("textarea", ""),
        ("p", "class=\"visually-hidden\""),
    ] {
        h = drop_elements(&h, tag, mark);
    }
    h = drop_or_replace(&h, "span", "class=\"drag\"", Some("⟨n⟩"));
    for block in ["</p>", "</li>", "</h1>", "</h2>", "</figcaption>", "</button>", "</label>"] {
        h = h.replace(block, &format!("{block}\n"));
    }
    let mut text = String::with_capacity(h.len());
    let mut in_tag = false;
    for c in h.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
}

/// The charts' descriptions for screen readers, one a line.
fn descriptions(html: &str) -> String {
    let mark = "<p class=\"visually-hidden\">";
    html.match_indices(mark)
        .map(|(i, _)| {
            let body = &html[i + mark.len()..];
            prose(&body[..body.find("</p>").unwrap_or(0)])
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `text` holds `suffix` right after a lone zero: "0x", "$0 a
/// year" ("$0" then a space), "0倍", not "10x" or "0.5x".
fn lone_zero_before(text: &str, prefix: &str, suffix: &str) -> Option<String> {
    let needle = format!("{prefix}0{suffix}");
    for (i, _) in text.match_indices(&needle) {
        let before = text[..i].chars().next_back();
        let lone = !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
        // "$0" must not go on as "$0.5".
        let mut rest = text[i + needle.len()..].chars();
        let (after, then) = (rest.next(), rest.next());
        let whole = suffix.is_empty()
            && (after.is_some_and(|c| c.is_ascii_digit())
                || (after.is_some_and(|c| c == '.' || c == ',') && then.is_some_and(|c| c.is_ascii_digit())));
        if lone && !whole {
            let from = text[..i].char_indices().rev().nth(30).map_or(0, |(j, _)| j);
            let to = text[i..].char_indices().nth(40).map_or(text.len(), |(j, _)| i + j);
            return Some(text[from..to].to_string());
        }
    }
    None
}

/// Phrases no sentence may ever read, in any scenario: a zero that reads
/// as an amount or a multiple, a sign in the wrong place, a slot left
/// unfilled, a singular unit after a plural count.
fn never_said(lang: Lang, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut check = |what: &str, hit: Option<String>| {
        if let Some(h) = hit {
            found.push(format!("{what}: …{h}…"));
        }
    };
    for bad in ["{", "}", "NaN", "inf", "−0", "-$", "$-", "−−", "lost −", "loss of −"] {
        check(bad, text.find(bad).map(|i| text[i..].chars().take(60).collect()));
    }
    match lang {
        Lang::En => {
            check("$0", lone_zero_before(text, "$", ""));
            check("0x", lone_zero_before(text, "", "x"));
            check("0 months", lone_zero_before(text, "", " months"));
            for unit in ["months", "years", "people", "employees", "staff", "GPUs", "implants"] {
                check("1 <plural>", lone_zero_before(&text.replace(&format!(" 1 {unit}"), " 0 !"), "", " !"));
            }
        }
        Lang::Ja => {
            for unit in ["ドル", "倍", "億", "万", "か月", "人"] {
                check(unit, lone_zero_before(text, "", unit));
            }
            for term in ["Tビル", "資金流出", "異論あり", "記事の記述は記事のまま", "次の節で設定", "その半年分"] {
                check(term, text.find(term).map(|i| text[i..].chars().take(40).collect()));
            }
        }
    }
    found
}

/// A small deterministic generator: no dependency, the same scenarios on
/// every machine.
fn rng(mut seed: u64) -> impl FnMut() -> f64 {
    move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Every scenario the property test reads: each parameter alone at its
/// minimum and its maximum (from both figure sets), every yield path, the
/// cases issue 19 found, every parameter at its minimum and at its maximum
/// together, and `random` random in-range ones.
fn scenarios(random: usize) -> Vec<Assumptions> {
    use explainer::model::{Basis, YieldPath, PATH_YEARS};
    let mut out = Vec::new();
    for basis in Basis::ALL {
        for &p in Param::ALL {
            for end in [p.spec().min, p.spec().max] {
                let mut a = Assumptions::preset(basis);
                p.set(&mut a, end);
                out.push(a);
            }
        }
        for path in YieldPath::ALL {
            let mut a = Assumptions::preset(basis);
            a.yield_path = path;
            out.push(a);
        }
    }
    let set = |pairs: &[(Param, f64)]| {
        let mut a = Assumptions::default();
        for &(p, v) in pairs {
            p.set(&mut a, v);
        }
        a
    };
    out.push(set(&[(Param::TreasuryHoldings, 60.0), (Param::BillYield, 3.0), (Param::HolderRate, 5.0)]));
    out.push(set(&[(Param::BillYield, 0.0), (Param::HolderRate, 5.0)]));
    out.push(set(&[(Param::BillYield, 2.0), (Param::HolderRate, 2.0)]));
    out.push(set(&[(Param::BillYield, 0.0), (Param::OpenAiLoss, 0.0), (Param::InvestOthers, 0.0)]));
    let mut zero_path = Assumptions::default();
    zero_path.yield_path = YieldPath::Custom;
    zero_path.custom_path = [0.0; PATH_YEARS];
    out.push(zero_path);
    for pick in [|s: explainer::model::ParamSpec| s.min, |s: explainer::model::ParamSpec| s.max] {
        let mut a = Assumptions::default();
        for &p in Param::ALL {
            p.set(&mut a, pick(p.spec()));
        }
        out.push(a);
    }
    let mut next = rng(0x19_5ce7a);
    for _ in 0..random {
        let mut a = Assumptions::preset(if next() < 0.5 { Basis::Article } else { Basis::Latest });
        a.yield_path = YieldPath::ALL[(next() * YieldPath::ALL.len() as f64) as usize % YieldPath::ALL.len()];
        for y in a.custom_path.iter_mut() {
            // Zero a tenth of the time: the path's ends matter most.
            *y = if next() < 0.1 { 0.0 } else { (next() * 5.5 * 100.0).round() / 100.0 };
        }
        for &p in Param::ALL {
            let s = p.spec();
            // Each end a tenth of the time, otherwise anywhere on its steps.
            let r = next();
            let v = if r < 0.1 { s.min } else if r < 0.2 { s.max } else { s.min + ((s.max - s.min) * next() / s.step).round() * s.step };
            p.set(&mut a, v);
        }
        out.push(a);
    }
    out
}

/// How many random scenarios the property test adds to its fixed ones.
const RANDOM_SCENARIOS: usize = 150;

#[test]
fn every_sentence_holds_in_every_scenario_in_both_languages() {
    use explainer::app::PageInit;
    use explainer::prerender::render_html;
    let all = scenarios(RANDOM_SCENARIOS);
    let mut failures = Vec::new();
    let mut read = 0;
    for lang in Lang::ALL {
        for a in &all {
            let mut init = PageInit::article(Page { lang, section: None });
            init.assumptions = a.clone();
            init.revealed = true;
            let html = render_html(init);
            let text = prose(&html);
            read += 1;
            for bad in never_said(lang, &text) {
                failures.push(format!("{lang:?} {}: {bad}", explainer::model::url::encode(a)));
            }
            // The charts' descriptions read their data out, a zero as "$0"
            // like the axis; everything else holds for them too.
            for bad in never_said(lang, &descriptions(&html)).into_iter().filter(|b| !b.starts_with("$0:") && !b.starts_with("ドル:")) {
                failures.push(format!("{lang:?} {} (a chart's description): {bad}", explainer::model::url::encode(a)));
            }
            check_payout(lang, a, &html, &mut failures);
        }
    }
    eprintln!("property test: {} scenarios × 2 languages = {read} pages read", all.len());
    assert!(read >= 2 * (4 * Param::ALL.len() + RANDOM_SCENARIOS), "the test reads what it says it reads");
    assert!(failures.is_empty(), "{} sentences fail:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
}

/// The payout to holders is the rate times the holdings, never silently
/// capped at the interest; a payout above the interest says by how much.
fn check_payout(lang: Lang, a: &Assumptions, html: &str, failures: &mut Vec<String>) {
    use explainer::i18n::format::{usd, Style};
    let f = derive(a);
    let expected = a.treasury_holdings_bn * 1e9 * a.holder_rate_pct / 100.0;
    let para = html.find("data-testid=\"why-holders\"").map(|i| &html[i..i + html[i..].find("</p>").unwrap()]).unwrap_or("");
    let slot = |name: &str| slots(para).into_iter().find(|(k, _)| k == name).map(|(_, v)| v);
    let q = explainer::model::url::encode(a);
    if (f.holder_payout_usd - expected).abs() > 1.0 {
        failures.push(format!("{lang:?} {q}: payout {} is not rate × holdings {expected}", f.holder_payout_usd));
    }
    if a.holder_rate_pct > 0.0 {
        if slot("payout") != Some(usd(lang, expected, Style::Prose)) {
            failures.push(format!("{lang:?} {q}: payout reads {:?}, not {}", slot("payout"), usd(lang, expected, Style::Prose)));
        }
        if expected > f.annual_interest_usd * (1.0 + 1e-9) {
            let excess = usd(lang, expected - f.annual_interest_usd, Style::Prose);
            if slot("excess") != Some(excess.clone()) {
                failures.push(format!("{lang:?} {q}: a payout above the interest says by how much ({excess}): {para}"));
            }
        }
    }
}

#[test]
fn the_property_test_can_fail() {
    // The checks find what issue 19 found, in the words it found them.
    assert!(!never_said(Lang::En, "the gap is 0x.").is_empty());
    assert!(!never_said(Lang::En, "would give away all $0.").is_empty());
    assert!(!never_said(Lang::En, "it would hand over $1.8 billion a year and keep $0.").is_empty());
    assert!(!never_said(Lang::En, "lasts 1 months").is_empty());
    assert!(!never_said(Lang::Ja, "差は0倍あります").is_empty());
    assert!(!never_said(Lang::Ja, "0ドルをまるごと手元に残しています").is_empty());
    assert!(!never_said(Lang::Ja, "米国債（Tビル）").is_empty());
    assert!(never_said(Lang::En, "$0.5 billion, 10x, 20 months, 0% and $10 billion").is_empty());
    assert!(never_said(Lang::Ja, "10倍、100億ドル、0.5%、20か月").is_empty());
    assert_eq!(prose("<p>a <span class=\"drag\" role=\"slider\"><!>$0</span> b</p><details><p>$0</p></details>"), "a ⟨n⟩ b\n");
}

/// A form field is costly to lay out even hidden: ten hidden `<textarea>`s
/// (the figure kit's citation boxes) cost the first load about 70 ms of
/// layout, 280 ms at a phone's 4x slower CPU, before the page's code was
/// fetched. Text boxes come when a reader asks for one.
#[test]
fn no_page_carries_a_text_box_before_a_reader_asks() {
    for lang in Lang::ALL {
        for section in std::iter::once(None).chain(SECTION_IDS.iter().map(|&id| Some(id))) {
            let page = render(Page { lang, section });
            assert!(!page.html.contains("<textarea"), "{lang:?} {section:?}: a <textarea> in the prerendered page");
        }
    }
}

#[test]
fn embed_pages_stand_alone_in_both_languages() {
    use explainer::app::PageInit;
    use explainer::model::Basis;
    use explainer::prerender::render_html;
    // What points at a part of the page an embed does not have.
    let elsewhere: &[(Lang, &[&str])] = &[
        (Lang::En, &["at the top", "top of the page", "next section", "previous section", "in the next", "section above", "printing press above", "set above", "see above"]),
        (Lang::Ja, &["次の節", "前の節", "ページ冒頭", "ページ上部", "上の節", "冒頭で"]),
    ];
    let mut read = 0;
    for &(lang, phrases) in elsewhere {
        for id in SECTION_IDS {
            let page = Page { lang, section: Some(id) };
            // At the article's values, under the latest set, and with the
            // printing press's yield moved off the path's (which the rates
            // section explains on the whole page only).
            let mut moved = Assumptions::default();
            Param::BillYield.set(&mut moved, 2.0);
            for a in [Assumptions::default(), Assumptions::preset(Basis::Latest), moved] {
                let mut init = PageInit::article(page);
                init.assumptions = a;
                let text = prose(&render_html(init));
                assert!(text.len() > 200, "{lang:?} {id}: the embed page has its section");
                for p in phrases {
                    assert!(!text.contains(p), "{lang:?} embed {id} points elsewhere ({p:?}): {text}");
                }
                read += 1;
            }
        }
    }
    assert_eq!(read, 2 * 3 * SECTION_IDS.len());
    // And the whole page does explain the two yields, so the check above
    // is not vacuous.
    let mut moved = Assumptions::default();
    Param::BillYield.set(&mut moved, 2.0);
    let mut init = PageInit::article(Page { lang: Lang::En, section: None });
    init.assumptions = moved;
    assert!(prose(&render_html(init)).contains("printing press above"));
}

/// The masthead and the profit section's text outside its answer block.
fn before_reveal(html: &str) -> String {
    let start = html.find("class=\"masthead\"").unwrap_or(0);
    let end = html.find("id=\"per-head\"").unwrap_or(html.len());
    prose(&drop_elements(&html[start..end], "div", "id=\"profit-answer\""))
}

#[test]
fn nothing_before_reveal_gives_the_2024_profit_away() {
    use explainer::app::PageInit;
    use explainer::model::Basis;
    use explainer::prerender::render_html;
    for (lang, answer) in [(Lang::En, "13 billion"), (Lang::Ja, "130億ドル")] {
        for basis in Basis::ALL {
            let mut init = PageInit::article(Page { lang, section: None });
            init.assumptions = Assumptions::preset(basis);
            let html = render_html(init);
            let shown = before_reveal(&html);
            assert!(shown.contains(lang.strings().reveal), "{lang:?}: the test reads the profit section: {shown}");
            assert!(!shown.contains(answer), "{lang:?} {basis:?}: {answer} before Reveal: {shown}");
            assert!(!shown.contains("$13B") && !shown.contains("13B"), "{lang:?} {basis:?}: {shown}");
            // The answer is in the page, in its block, for Reveal and for
            // readers without JavaScript.
            let block = html.find("id=\"profit-answer\"").expect("the answer block");
            assert!(prose(&html[block..]).contains(answer), "{lang:?} {basis:?}: the answer block holds {answer}");
        }
    }
}

#[test]
fn the_guess_result_follows_the_guess() {
    use explainer::i18n::guess_result;
    for lang in Lang::ALL {
        let s = lang.strings();
        let truth = 13e9;
        for half_steps in 0..=40 {
            let guess = half_steps as f64 * 0.5e9;
            let want = if (guess - truth).abs() <= 0.65e9 { s.guess_close } else if guess < truth { s.guess_above } else { s.guess_below };
            assert_eq!(guess_result(s, guess, truth), want, "{lang:?}: a guess of {guess}");
        }
    }
}

// ---------- share cards (src/share.rs) ----------

mod cards {
    use super::*;
    use explainer::model::claims::at_latest;
    use explainer::share::{card, card_svg, compress_png, line_breaks, render_png, CardChart, Fonts, CARD_HEIGHT, CARD_WIDTH};
    use std::sync::OnceLock;

    fn fonts() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| Fonts::load().expect("the card fonts load (make npm)"))
    }

    /// The page's chart as the card gets it, with a plain drawing standing
    /// in for ECharts' SVG (which only the build draws).
    fn chart_of(page: &PageOut) -> Option<CardChart> {
        let c = page.charts.iter().find(|c| c.nojs).or(page.charts.first())?;
        Some(CardChart {
            svg: r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 352"><rect x="40" y="40" width="60" height="280" fill="#0f766e"/></svg>"##.into(),
            title: c.title.clone(),
            legend: c.legend.clone(),
        })
    }

    fn card_texts(c: &explainer::share::Card) -> Vec<String> {
        let mut all = vec![c.kicker.clone(), c.title.clone(), c.lead_label.clone(), c.lead.clone(), c.footer.clone(), c.site.clone()];
        all.extend(c.verdict.iter().map(|(label, _)| label.clone()));
        all.extend(c.chips.iter().map(|(t, _)| t.clone()));
        all
    }

    #[test]
    fn every_page_has_a_card_that_fits_in_its_language() {
        for page in render_all() {
            let p = Page::from_path(&page.path).expect("a page");
            let c = card(p);
            let svg = card_svg(&c, chart_of(&page).as_ref(), fonts()).unwrap_or_else(|e| panic!("/{}: {e}", page.path));
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "/{}", page.path);
            // Nothing outside the card: no link, no image, no font.
            for outside in ["href", "<image", "@import", "url(http", "@font-face"] {
                assert!(!svg.contains(outside), "/{}: the card refers to something outside it ({outside})", page.path);
            }
            for text in card_texts(&c) {
                assert!(!text.trim().is_empty(), "/{}: an empty text on the card", page.path);
                assert!(fonts().covers(&text), "/{}: the font lacks a glyph of {text:?}", page.path);
                if p.lang == Lang::Ja {
                    assert!(!text.contains("billion") && !text.contains('$'), "/{}: Japanese card text in English units: {text:?}", page.path);
                } else {
                    assert!(!text.chars().any(|ch| ('\u{3040}'..='\u{30ff}').contains(&ch)), "/{}: kana on an English card: {text:?}", page.path);
                }
            }
            // The card says whose figures it shows.
            assert!(c.footer.contains(if p.lang == Lang::Ja { "シナリオではありません" } else { "not a scenario a reader set" }), "/{}", page.path);
            assert_eq!(page.card_alt, c.alt(), "/{}: the page's og:image:alt is its card's", page.path);
            assert!(page.card_alt.contains(&c.title) && page.card_alt.contains(&c.lead), "/{}: {}", page.path, page.card_alt);
            for (chip, _) in &c.chips {
                assert!(page.card_alt.contains(chip.as_str()), "/{}: the alt text lacks {chip:?}", page.path);
            }
        }
    }

    #[test]
    fn a_card_gives_the_verdict_the_claims_section_gives_at_the_latest_figures() {
        for page in render_all() {
            let p = Page::from_path(&page.path).expect("a page");
            let c = card(p);
            let Some((_, standing)) = c.verdict else { continue };
            let (claim, finding) = at_latest()
                .iter()
                .find(|(claim, _)| c.lead == explainer::i18n::pick(p.lang, claim.text))
                .unwrap_or_else(|| panic!("/{}: the card's claim is a claim of the ledger", page.path));
            assert_eq!(standing, finding.standing, "/{}: {}", page.path, claim.key);
            assert!(page.card_alt.contains(explainer::i18n::pick(p.lang, standing.word())), "/{}", page.path);
        }
    }

    #[test]
    fn lines_keep_sums_and_phrases_whole_and_never_start_with_punctuation() {
        let texts: Vec<(Lang, String)> = render_all()
            .iter()
            .flat_map(|page| {
                let p = Page::from_path(&page.path).expect("a page");
                card_texts(&card(p)).into_iter().map(move |t| (p.lang, t))
            })
            .collect();
        let mut checked = 0;
        for (lang, text) in &texts {
            for width in [180.0, 260.0, 400.0, 580.0] {
                let Some(lines) = line_breaks(fonts(), *lang, text, 30.0, true, width, 20) else { continue };
                checked += 1;
                // (A space where a Japanese line breaks goes.)
                let (joined, whole) = if *lang == Lang::Ja {
                    (lines.concat().replace(' ', ""), text.replace(' ', ""))
                } else {
                    (lines.join(" "), text.clone())
                };
                assert_eq!(joined, whole, "breaking loses nothing");
                for line in &lines {
                    assert!(!line.starts_with(['、', '。', '）', '」', ')', ',', '.', ':']), "{line:?} starts a line of {text:?}");
                    assert!(fonts().width(line, 30.0, true) <= width, "{line:?} is wider than {width}");
                }
                for pair in lines.windows(2) {
                    let (end, next) = (pair[0].chars().last().unwrap(), pair[1].chars().next().unwrap());
                    // A sum and its units stay together: 130億ドル, $13B.
                    assert!(!(end.is_ascii_digit() && "億万兆ドル件人倍年月".contains(next)), "{:?} | {:?}", pair[0], pair[1]);
                    assert!(!("億万兆".contains(end) && (next == 'ド' || next.is_ascii_digit())), "{:?} | {:?}", pair[0], pair[1]);
                }
            }
        }
        assert!(checked > 100, "only {checked} texts were broken into lines");
    }

    #[test]
    fn a_card_is_a_1200_by_630_png() {
        for page in [Page { lang: Lang::Ja, section: None }, Page { lang: Lang::En, section: Some("claims") }] {
            let out = render(page);
            let svg = card_svg(&card(page), chart_of(&out).as_ref(), fonts()).expect("the card fits");
            let png = compress_png(&render_png(&svg, CARD_WIDTH, CARD_HEIGHT, fonts()).expect("the card draws")).expect("oxipng");
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            assert_eq!(&png[12..16], b"IHDR");
            let dim = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
            assert_eq!((dim(16), dim(20)), (1200, 630));
            assert!(png.len() < 150_000, "{} bytes", png.len());
        }
    }
}
