//! The prerender: every page of the site rendered to HTML at build time, by
//! the same components the browser runs, built natively with `ssr`.
//!
//! For each page it returns the app's HTML and, for each figure, the option
//! JSON the live chart will receive and its description, so the build can
//! draw the chart as static SVG with ECharts itself (`src/js/prerender.mjs`).

use leptos::prelude::*;
use serde::Serialize;

use crate::app::{App, PageInit};
use crate::share::LegendOut;
use crate::site::Page;
use crate::state::ChartRecorder;

/// One figure of a prerendered page.
#[derive(Clone, Debug, Serialize)]
pub struct ChartOut {
    /// The chart's name (its section id), as its element's `data-chart`.
    pub name: &'static str,
    /// The ECharts option, as JSON text, exactly as the live chart gets it.
    pub option: String,
    /// The title the figure shows above it.
    pub title: String,
    /// The legend the figure shows under it.
    pub legend: Vec<LegendOut>,
    /// The sentence that describes the chart to screen readers.
    pub description: String,
    /// Drawn for readers without JavaScript only (the profit's answer).
    pub nojs: bool,
}


/// One prerendered page.
#[derive(Clone, Debug, Serialize)]
pub struct PageOut {
    /// The page's folder relative to the site's root (`""`, `"en/"`, …).
    pub path: String,
    /// The way back to the root from it.
    pub root: String,
    /// Its language tag.
    pub lang: &'static str,
    /// The same page in the other language, and its language tag.
    pub alternate: String,
    /// The other language's tag.
    pub alternate_lang: &'static str,
    /// The section of an embed page.
    pub section: Option<&'static str>,
    /// The site's title in the page's language.
    pub site_title: &'static str,
    /// The page's own title ([`Page::title`]).
    pub title: String,
    /// A one-sentence description of the article.
    pub description: String,
    /// The app's HTML, to go inside `<div id="app">`.
    pub html: String,
    /// The page's figures.
    pub charts: Vec<ChartOut>,
    /// What the page's share card shows, as a sentence (`og:image:alt`).
    pub card_alt: String,
    /// When the site was first published ([`crate::site::FIRST_PUBLISHED`]).
    pub published: &'static str,
    /// What the article page's structured data (JSON-LD) says; none on an
    /// embed page, which search engines do not index.
    pub structured: Option<Structured>,
}

/// The facts an article page's JSON-LD gives (`src/js/site-files.mjs`
/// writes it, with the page's addresses and dates).
#[derive(Clone, Debug, Serialize)]
pub struct Structured {
    /// The article the page retells, as facts.md gives it (it gives no
    /// address, so none is given here).
    pub based_on: BasedOn,
    /// The claims ledger, each claim with the page's verdict at the latest
    /// public figures.
    pub claims: Vec<ClaimOut>,
    /// Every source with an address, once each, in the registry's order.
    pub citations: Vec<CitationOut>,
}

/// Kuli's article.
#[derive(Clone, Debug, Serialize)]
pub struct BasedOn {
    /// Its title, in the Japanese edition.
    pub headline: &'static str,
    /// Its author.
    pub author: &'static str,
    /// Where it ran: the original's outlet, then the Japanese edition's.
    pub publishers: [&'static str; 2],
    /// When, as far as facts.md can date it.
    pub date: &'static str,
    /// The edition's language.
    pub in_language: &'static str,
}

/// One claim of the ledger, as fact-check markup gives it.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimOut {
    /// Its anchor in the page: `#claim-<key>`.
    pub key: &'static str,
    /// What the article claims, in the page's words.
    pub text: &'static str,
    /// The page's verdict at the latest public figures.
    pub verdict: &'static str,
    /// Why, in one sentence.
    pub reason: String,
}

/// A source with an address.
#[derive(Clone, Debug, Serialize)]
pub struct CitationOut {
    /// The source, as a reader would name it.
    pub name: &'static str,
    /// Its address, exactly as facts.md gives it.
    pub url: &'static str,
}

/// Kuli's article as facts.md describes it ("The source").
pub const BASED_ON: BasedOn = BasedOn {
    headline: "AI インダストリー、お金の問題のない Tether が登場",
    author: "Kuli",
    publishers: ["深潮 TechFlow", "BlockBeats"],
    date: "2025-12",
    in_language: "ja",
};

/// An article page's structured data in `lang`.
pub fn structured(lang: crate::i18n::Lang) -> Structured {
    use crate::i18n::{claim_reason, pick};
    let claims = crate::model::claims::at_latest()
        .iter()
        .map(|(claim, finding)| ClaimOut {
            key: claim.key,
            text: pick(lang, claim.text),
            verdict: pick(lang, finding.standing.word()),
            reason: claim_reason(lang, finding),
        })
        .collect();
    let mut citations: Vec<CitationOut> = Vec::new();
    for link in crate::model::FACTS.iter().flat_map(|f| f.links.iter()) {
        if !citations.iter().any(|c| c.url == link.url) {
            citations.push(CitationOut { name: link.name, url: link.url });
        }
    }
    Structured { based_on: BASED_ON, claims, citations }
}

/// Renders one page at the article's values.
pub fn render(page: Page) -> PageOut {
    let recorder = ChartRecorder::default();
    let html = render_with(PageInit::article(page), Some(recorder.clone()));
    let charts = recorder
        .take()
        .into_iter()
        .map(|c| ChartOut {
            name: c.name,
            option: c.option,
            title: c.title,
            legend: c
                .legend
                .into_iter()
                .map(|l| LegendOut { name: l.name, color: l.color, mark: l.mark.as_str().to_string() })
                .collect(),
            description: c.description,
            nojs: c.nojs,
        })
        .collect();
    let s = page.lang.strings();
    let other = page.other_lang();
    PageOut {
        path: page.path(),
        root: page.root(),
        lang: page.lang.tag(),
        alternate: other.path(),
        alternate_lang: other.lang.tag(),
        section: page.section,
        site_title: s.site_title,
        title: page.title(),
        description: {
            let a = crate::model::Assumptions::default();
            crate::i18n::site_dek(page.lang, &a, &crate::model::derive(&a))
        },
        html,
        charts,
        card_alt: crate::share::card(page).alt(),
        published: crate::site::FIRST_PUBLISHED,
        structured: (!page.embed()).then(|| structured(page.lang)),
    }
}

/// The body of a page started from `init`: the prerender's, at the
/// article's values, or any other scenario (tests render the latest figures
/// and random ones, to check what the prose credits to the article).
pub fn render_html(init: PageInit) -> String {
    render_with(init, None)
}

/// Renders the app from `init`, with figures recording their charts in
/// `recorder` (a context, so no widget needs to know of the prerender).
fn render_with(init: PageInit, recorder: Option<ChartRecorder>) -> String {
    Owner::new().with(|| {
        if let Some(r) = recorder {
            provide_context(r);
        }
        view! { <App init=init /> }.to_html()
    })
}

/// Every page of the site.
pub fn render_all() -> Vec<PageOut> {
    Page::all().into_iter().map(render).collect()
}
