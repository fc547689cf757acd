//! The site's addresses: which pages exist and where each lives, relative to
//! the site's root. Pure data, shared by the prerender (which writes the
//! pages) and the browser (which links between them).
//!
//! - `./` is the whole article in Japanese, `en/` in English;
//! - `embed/<section>/` and `en/embed/<section>/` are one section each,
//!   for iframes.

use crate::i18n::Lang;

/// Section ids in page order: deep links, embeds and `?section=` use them.
pub const SECTION_IDS: [&str; 13] = [
    "profit", "per-head", "printing-press", "rate-cuts", "compute", "data", "bci", "portfolio", "why", "irony",
    "business-model", "claims", "sources",
];

/// When the site was first published: the day its first version was built
/// (the repository's first commit). Its pages' `article:published_time`
/// and JSON-LD `datePublished`; the modified date is the built commit's.
pub const FIRST_PUBLISHED: &str = "2026-11-25";

/// The language of the site's root page.
pub const ROOT_LANG: Lang = Lang::Ja;

/// The section id `wanted` names, if it is one.
pub fn section_id(wanted: &str) -> Option<&'static str> {
    SECTION_IDS.iter().copied().find(|id| *id == wanted)
}

/// One page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Its language.
    pub lang: Lang,
    /// `Some(id)` for a section's embed page, `None` for the whole article.
    pub section: Option<&'static str>,
}

impl Page {
    /// Every page the site has: both languages, the article and each
    /// section's embed page.
    pub fn all() -> Vec<Page> {
        let mut pages = Vec::new();
        for lang in [Lang::Ja, Lang::En] {
            pages.push(Page { lang, section: None });
            pages.extend(SECTION_IDS.iter().map(|&id| Page { lang, section: Some(id) }));
        }
        pages
    }

    /// Whether this is an embed page.
    pub fn embed(self) -> bool {
        self.section.is_some()
    }

    /// The page's folder relative to the site's root: `""`, `"en/"`,
    /// `"embed/bci/"`, `"en/embed/bci/"`.
    pub fn path(self) -> String {
        let lang = if self.lang == ROOT_LANG { String::new() } else { format!("{}/", self.lang.tag()) };
        match self.section {
            Some(id) => format!("{lang}embed/{id}/"),
            None => lang,
        }
    }

    /// The page's title: the site's, after the section's heading on an
    /// embed page.
    pub fn title(self) -> String {
        let s = self.lang.strings();
        match self.section {
            Some(id) => format!("{} — {}", s.section_heading(id), s.site_title),
            None => s.site_title.to_string(),
        }
    }

    /// The way back from this page's folder to the site's root: `""`,
    /// `"../"`, `"../../"` or `"../../../"`.
    pub fn root(self) -> String {
        "../".repeat(self.path().matches('/').count())
    }

    /// The same page in the other language.
    pub fn other_lang(self) -> Page {
        Page { lang: self.lang.other(), ..self }
    }

    /// Reads a page back from the folder `path` (as [`Page::path`] writes
    /// it); `None` for an address that is no page.
    pub fn from_path(path: &str) -> Option<Page> {
        let (lang, rest) = match path.strip_prefix("en/") {
            Some(rest) => (Lang::En, rest),
            None => (ROOT_LANG, path),
        };
        if rest.is_empty() {
            return Some(Page { lang, section: None });
        }
        let id = rest.strip_prefix("embed/")?.strip_suffix('/')?;
        Some(Page { lang, section: Some(section_id(id)?) })
    }
}
