//! The figure kit: a figure as an image to take away (PNG or a
//! self-contained SVG, with its title, whose figures it shows, its sources
//! and a dated citation baked in) and its citation to copy. Beside the CSV
//! and "Copy embed code".
//!
//! The page's code gives what the file says, in the page's language, from
//! the figure's option as it is now (fitted to the file's chart size); the
//! drawing is src/js/figure-kit.mjs's, part of the ECharts bundle, which
//! comes when a reader interacts, so the page's wasm does not carry it. It
//! writes the outcome in the kit's status line: nothing once the file is
//! offered, or why not (ECharts could not come: the line says so).

use leptos::prelude::*;

use crate::browser;
use crate::charts::export::{citation, figure_address, source_line, Whose, CHART_HEIGHT, CHART_WIDTH};
use crate::charts::fit;
use crate::i18n::format::full_date;
use crate::model::url::encode;
use crate::state::{use_lang, use_scenario};
use crate::widgets::echarts::{use_loader, LoadState, Loader};

/// What the kit works from: plain values and handles, so the work below is
/// plain functions, compiled once (closures and effects would each be
/// compiled again for every type they capture, kilobytes of wasm).
#[derive(Clone)]
struct Kit {
    section: &'static str,
    option: Signal<serde_json::Value>,
    facts: &'static [u8],
    lang: RwSignal<crate::i18n::Lang>,
    scenario: RwSignal<crate::model::Assumptions>,
    loader: Option<Loader>,
}

impl Kit {
    /// The figure's option fitted to the file's chart size, with its title
    /// and legend.
    fn fitted(&self) -> fit::Fitted {
        self.option.with_untracked(|o| fit::fit_option(o, CHART_WIDTH, CHART_HEIGHT))
    }

    /// The citation, dated today.
    fn citation(&self, title: &str) -> String {
        let l = self.lang.get_untracked();
        let query = self.scenario.with_untracked(encode);
        // The site's root from the page itself (`data-root`, which the
        // prerender writes): where the article is.
        let root = browser::root_attribute("data-root").unwrap_or_default();
        let address = figure_address(&browser::site_url(&root), l, &query, self.section);
        let (y, m, d) = browser::today();
        citation(l, title, &address, &full_date(l, y, m, d), Whose::of_query(&query))
    }

    /// What the file says, as JSON for src/js/figure-kit.mjs (written out by
    /// hand: serde_json's `json!` costs the page's wasm a kilobyte more).
    fn file(&self, png: bool) -> String {
        let l = self.lang.get_untracked();
        let fitted = self.fitted();
        let whose = Whose::of_query(&self.scenario.with_untracked(encode));
        let mut legend = String::new();
        for k in &fitted.legend {
            if !legend.is_empty() {
                legend.push(',');
            }
            // (A colour is the palette's `#rrggbb`: nothing to escape.)
            legend += &format!(r#"{{"name":{},"color":"{}","mark":"{}"}}"#, json(&k.name), k.color, k.mark.as_str());
        }
        format!(
            r#"{{"kind":"{}","name":"tether-{}-{}","option":{},"title":{},"legend":[{}],"whose":{{"label":{},"color":"{}"}},"sources":{},"citation":{}}}"#,
            if png { "png" } else { "svg" },
            self.section,
            l.tag(),
            json(&fitted.json),
            json(&fitted.title),
            legend,
            json(&whose.label(l)),
            whose.colour(),
            json(&source_line(l, self.facts)),
            json(&self.citation(&fitted.title)),
        )
    }

    /// A tap on one of the kit's buttons (`data-kit`: png, svg or cite) in
    /// the kit `kit`.
    fn tap(&self, which: &str, button: &web_sys::Element, kit: &web_sys::Element) {
        let s = self.lang.get_untracked().strings();
        let part = |selector: &str| kit.query_selector(selector).ok().flatten();
        if which == "cite" {
            let text = self.citation(&self.fitted().title);
            browser::copy_text(&text);
            // Shown for copying by hand too (the clipboard may be refused),
            // in a text box made at the first tap: a <textarea> in the
            // prerendered page, even hidden, cost the first load about
            // 70 ms of layout (280 ms on a phone's slower CPU), before the
            // page's code was even fetched.
            let area = part("textarea").or_else(|| {
                let area = kit.owner_document()?.create_element("textarea").ok()?;
                for (name, value) in [
                    ("class", "embed-code kit-citation"),
                    ("readonly", ""),
                    ("rows", "3"),
                    ("aria-label", s.kit_cite_label),
                    ("data-testid", "kit-citation"),
                ] {
                    let _ = area.set_attribute(name, value);
                }
                kit.append_child(&area).ok()?;
                Some(area)
            });
            if let Some(area) = area {
                let _ = js_sys::Reflect::set(&area, &"value".into(), &text.as_str().into());
            }
            button.set_text_content(Some(s.kit_cite_copied));
            return;
        }
        let Some(status) = part(".kit-status") else { return };
        if self.loader.is_some_and(|l| l.state_untracked() == LoadState::Failed) {
            status.set_text_content(Some(s.kit_failed));
            return;
        }
        status.set_text_content(Some(s.kit_making));
        // The ECharts bundle's figure kit (src/js/figure-kit.mjs) makes the
        // file once ECharts is here (asked for now, if nobody has yet), and
        // writes the outcome in the status line.
        browser::queue_figure_file(&self.file(which == "png"), &status);
        if let Some(l) = self.loader {
            l.request();
        }
    }
}

/// `s` as a JSON string (by the same serializer the charts' options go
/// through: `Value`'s `Display` would bring in a second one).
fn json(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The kit's buttons and its status line (the citation's text box comes
/// with the first tap on "Cite this figure"), for
/// the figure of `section` with the (unfitted) `option`, resting on the
/// registry rows `facts`. A plain function, not a component: a component's
/// props builder costs the page's wasm more than the kit's own work.
pub fn figure_kit(section: &'static str, option: Signal<serde_json::Value>, facts: &'static [u8]) -> impl IntoView {
    let lang = use_lang();
    let kit = Kit {
        section,
        option,
        facts,
        lang,
        scenario: use_scenario(),
        loader: use_loader(),
    };
    // One handler for the three buttons.
    let tap = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let button = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("[data-kit]").ok().flatten());
        let Some(button) = button else { return };
        let (Some(which), Ok(Some(figure_kit))) = (button.get_attribute("data-kit"), button.closest(".figure-kit")) else { return };
        kit.tap(&which, &button, &figure_kit);
    };
    // The kit as HTML from the locale's strings alone, which hold no markup
    // characters (a native test checks), and nothing from the address or
    // the reader (the citation goes into its text box as the box's value): one
    // reactive attribute, rebuilt when the language changes, costs the
    // page's wasm far less than a tree of nodes. The status line carries
    // what it says if the image cannot be made (`data-failed`: the figure
    // kit's script and src/browser.rs, fail_figure_files, write it).
    let buttons = move || {
        let s = lang.get().strings();
        format!(
            r#"<button type="button" class="link-button" data-kit="png" data-testid="kit-png">{}</button><button type="button" class="link-button" data-kit="svg" data-testid="kit-svg">{}</button><button type="button" class="link-button" data-kit="cite" data-testid="kit-cite">{}</button><span class="kit-status" role="status" data-testid="kit-status" data-failed="{}"></span>"#,
            s.kit_png, s.kit_svg, s.kit_cite, s.kit_failed
        )
    };
    view! { <span class="figure-kit js-only" data-testid="figure-kit" on:click=tap inner_html=buttons></span> }
}
