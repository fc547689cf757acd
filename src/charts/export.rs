//! What a figure taken away says beside its chart: whose figures it shows
//! (the article's, the latest public ones, or a reader's own), its sources,
//! its address and a dated citation, in the page's language. The figure kit
//! (`widgets/figure_kit.rs`) hands these to src/js/figure-kit.mjs, which
//! draws the file; "Cite this figure" copies the citation.

use super::palette;
use crate::i18n::{fill, format::month_year, pick, Lang};
use crate::model::{fact, Assumptions, Basis, LATEST_AS_OF};

/// The size the chart is fitted and drawn at in the file (src/js/figure-kit.mjs
/// draws it, and lays the file out around it, 720 px wide).
pub const CHART_WIDTH: f64 = 672.0;
/// See [`CHART_WIDTH`].
pub const CHART_HEIGHT: f64 = 420.0;

/// Whose figures a figure shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// The article's own: the scenario is the article's.
    Article,
    /// The latest public figures, untouched.
    Latest,
    /// Any other scenario: a reader's.
    Reader,
}

impl Whose {
    /// Whose figures `a` holds.
    pub fn of(a: &Assumptions) -> Whose {
        Whose::of_query(&crate::model::url::encode(a))
    }

    /// Whose figures the scenario with address query `query`
    /// (`model::url::encode`, which writes what differs from the
    /// article's) holds.
    pub fn of_query(query: &str) -> Whose {
        if query.is_empty() {
            Whose::Article
        } else if query == crate::model::url::encode(&Assumptions::preset(Basis::Latest)) {
            Whose::Latest
        } else {
            Whose::Reader
        }
    }

    /// The line that says so: "Figures: as the article gives them".
    pub fn label(self, lang: Lang) -> String {
        let s = lang.strings();
        match self {
            Whose::Article => s.kit_figures_article.to_string(),
            Whose::Latest => fill(s.kit_figures_latest, &[("as_of", &month_year(lang, LATEST_AS_OF))]),
            Whose::Reader => s.kit_figures_reader.to_string(),
        }
    }

    /// The colour the line is set in.
    pub fn colour(self) -> &'static str {
        match self {
            Whose::Article => palette::ARTICLE,
            Whose::Latest => palette::ACCENT,
            Whose::Reader => palette::READER,
        }
    }
}

/// "Sources: Kuli's article (…); Tether's attestation; …": the article,
/// then each source of the figure's registry rows, once.
pub fn source_line(lang: Lang, facts: &[u8]) -> String {
    let s = lang.strings();
    let sep = if lang == Lang::Ja { "、" } else { "; " };
    let mut names: Vec<&str> = vec![s.kit_article_source];
    for row in facts.iter().filter_map(|&id| fact(id)) {
        let plain = pick(lang, row.source);
        for name in row.links.iter().map(|l| l.name).chain((!plain.is_empty()).then_some(plain)) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    fill(s.kit_sources, &[("sources", &names.join(sep))])
}

/// The figure's citation: this site, the figure's title and address, the
/// day it was seen, and whose figures it shows.
pub fn citation(lang: Lang, title: &str, address: &str, date: &str, whose: Whose) -> String {
    let s = lang.strings();
    let figures = whose.label(lang);
    fill(
        s.kit_cite_text,
        &[("site", s.site_title), ("title", title), ("address", address), ("date", date), ("figures", &figures)],
    )
}

/// The figure's address: its section in the whole article, in `lang`, with
/// the scenario's `query` (`model::url::encode`; empty for the article's
/// figures), from the site's root `base` (absolute, ending in `/`). The
/// Japanese article is named with `?lang=ja`, as its canonical address is,
/// so the address never depends on the reader's remembered language.
pub fn figure_address(base: &str, lang: Lang, query: &str, section: &str) -> String {
    let page = crate::site::Page { lang, section: None }.path();
    let mut params: Vec<&str> = Vec::new();
    if lang == crate::site::ROOT_LANG {
        params.push("lang=ja");
    }
    if !query.is_empty() {
        params.push(query);
    }
    let query = if params.is_empty() { String::new() } else { format!("?{}", params.join("&")) };
    format!("{base}{page}{query}#{section}")
}
