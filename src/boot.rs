//! Taking over the prerendered page.
//!
//! The page arrives as HTML rendered at build time by the same components
//! (`prerender.rs`), with every chart drawn as static SVG. When the code
//! arrives, it renders the app afresh into a detached element from what the
//! address asks for, carries over what the reader did meanwhile (a slider
//! moved, the focused control, an open data table) and the static charts,
//! then swaps it in for the prerendered tree in one task, so nothing is
//! painted in between. ARCHITECTURE.md says why this replaces rather than
//! hydrates.
//!
//! If anything here fails, the prerendered page stays as it was.

// The hydrate build (kept only to measure that choice) uses none of the
// carrying over.
#![cfg_attr(feature = "hydrate", allow(dead_code))]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{App, PageInit, Repair};
use crate::browser;
use crate::fatal;
use crate::i18n::Lang;
use crate::model::url::decode;
use crate::site::{section_id, Page};
use crate::widgets::echarts::media_matches;

/// The element the prerender wraps the app in.
const APP_ID: &str = "app";

/// What can take focus, in document order: within `<main>`, the same list
/// in the prerendered tree and the new one, so focus moves to its twin.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// Mounts the article in place of its prerendered copy.
#[cfg(not(feature = "hydrate"))]
pub fn start() {
    fatal::install_panic_hook();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let old = doc.get_element_by_id(APP_ID);
    let init = page_init();
    let scenario_is_article = init.assumptions == crate::model::Assumptions::default();

    let Ok(fresh) = doc.create_element("div") else { return };
    fresh.set_id(APP_ID);
    let Ok(target) = fresh.clone().dyn_into::<web_sys::HtmlElement>() else { return };
    let handle = leptos::mount::mount_to(target, move || view! { <App init=init /> });

    match old {
        Some(old) => {
            move_static_charts(&old, &fresh);
            let focused = focused_twin_key(&old, &doc);
            let anchor = scroll_anchor(&old);
            let _ = old.replace_with_with_node_1(&fresh);
            replay_sliders(&old, &fresh);
            reopen_tables(&old, &fresh);
            if let Some(anchor) = anchor {
                keep_in_place(&fresh, anchor);
            }
            if let Some(key) = focused {
                focus_twin(&fresh, &key);
            }
        }
        None => {
            if let Some(body) = doc.body() {
                let _ = body.append_child(&fresh);
            }
        }
    }
    // A query that named no change to the scenario (tracking keys, values
    // at the article's own): the prerendered numbers were right after all.
    if scenario_is_article {
        browser::remove_root_attribute("data-pending");
    }
    browser::set_root_attribute("data-live", "true");
    handle.forget();
}

/// Hydrates the prerendered tree instead: the `hydrate` build, kept to
/// measure the choice ARCHITECTURE.md records (`make measure-hydrate`).
/// Hydration needs the page to start exactly as prerendered, so this build
/// ignores the scenario in the address and slider moves made meanwhile.
#[cfg(feature = "hydrate")]
pub fn start() {
    fatal::install_panic_hook();
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(APP_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let mut init = page_init();
    init = PageInit { dark: init.dark, child_id: init.child_id, ..PageInit::article(init.page) };
    leptos::mount::hydrate_from(el, move || view! { <App init=init /> }).forget();
    browser::set_root_attribute("data-live", "true");
}

/// Reads the page's starting point: which page this is (the prerender
/// writes it on `<html>`), and the language and scenario the address asks
/// for.
fn page_init() -> PageInit {
    let page = browser::root_attribute("data-page").and_then(|p| Page::from_path(&p)).unwrap_or(Page {
        lang: Lang::negotiate(browser::query_param("lang").as_deref(), std::iter::empty()),
        section: None,
    });
    let root = browser::root_attribute("data-root").unwrap_or_default();
    // The head script has already sent the reader to the page in the
    // language they asked for; `?lang=` still wins if it did not run.
    let lang = browser::query_param("lang").as_deref().and_then(Lang::from_tag).unwrap_or(page.lang);
    let decoded = decode(&browser::search());
    let assumptions = decoded.assumptions;
    let mut repairs: Vec<Repair> = decoded.warnings.into_iter().map(Repair::Url).collect();
    if let Some(wanted) = browser::query_param("section") {
        if section_id(&wanted).is_none() {
            repairs.push(Repair::Section(wanted.chars().take(32).collect()));
        }
    }
    // `?embed=1` on the article's own address: the whole article without
    // its chrome (the head script hid it already).
    let embed = page.embed() || browser::query_param("embed").as_deref() == Some("1");
    let child_id = browser::query_param("childId").unwrap_or_else(|| "tether-explainer".into());
    PageInit {
        page,
        lang,
        root,
        assumptions,
        repairs,
        embed,
        dark: media_matches("(prefers-color-scheme: dark)"),
        child_id: child_id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(64).collect(),
        // The loader marks a tap on "Reveal" made before the code arrived.
        revealed: browser::root_attribute("data-revealed").is_some(),
    }
}

/// Replays, on the new tree, each slider the reader moved in the
/// prerendered page before the code arrived: the twin takes the value and
/// gets the `input` event the reader's own move would have sent. A slider
/// was moved if its value differs from the one it was written with, as the
/// browser snaps that to the slider's steps (the raw attribute would count
/// the snapping as a move; the twin may start elsewhere, from a scenario in
/// the address, which a slider left alone must not undo).
fn replay_sliders(old: &web_sys::Element, fresh: &web_sys::Element) {
    let (Ok(from), Ok(to)) = (old.query_selector_all("input[type=range]"), fresh.query_selector_all("input[type=range]")) else {
        return;
    };
    for i in 0..from.length().min(to.length()) {
        let a = from.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok());
        let b = to.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok());
        let (Some(a), Some(b)) = (a, b) else { continue };
        if a.value() == written_value(&a) || a.get_attribute("data-testid") != b.get_attribute("data-testid") {
            continue;
        }
        b.set_value(&a.value());
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        if let Ok(ev) = web_sys::Event::new_with_event_init_dict("input", &init) {
            let _ = b.dispatch_event(&ev);
        }
    }
}

/// The section the reader is looking at, by its place among the sections,
/// and how far from the top of the viewport it is: the first one that
/// starts in view (where a link to a section puts it), else the one the
/// viewport's top is in.
fn scroll_anchor(root: &web_sys::Element) -> Option<(u32, f64)> {
    let sections = root.query_selector_all("section.beat").ok()?;
    let height = web_sys::window()?.inner_height().ok()?.as_f64()?;
    let tops: Vec<(u32, f64)> =
        (0..sections.length()).filter_map(|i| Some((i, element(sections.item(i))?.get_bounding_client_rect().top()))).collect();
    tops.iter()
        .copied()
        .find(|&(_, top)| (-1.0..height).contains(&top))
        .or_else(|| tops.iter().copied().filter(|&(_, top)| top < 0.0).last())
}

/// Scrolls so the anchor section sits where it sat before the swap. The
/// browser cannot anchor across a replaced tree, and text above it may have
/// changed length (a scenario in the address), which would otherwise move
/// what the reader is looking at.
fn keep_in_place(root: &web_sys::Element, (i, top): (u32, f64)) {
    let Some(section) = root.query_selector_all("section.beat").ok().and_then(|l| element(l.item(i))) else { return };
    let delta = section.get_bounding_client_rect().top() - top;
    if delta.abs() >= 1.0 {
        if let Some(w) = web_sys::window() {
            w.scroll_by_with_x_and_y(0.0, delta);
        }
    }
}

/// What a slider showed before anyone touched it: its `value` attribute
/// snapped by the browser, read off a fresh input with the same range.
fn written_value(input: &web_sys::HtmlInputElement) -> String {
    let probe = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("input").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(probe) = probe else { return input.default_value() };
    for name in ["type", "min", "max", "step", "value"] {
        if let Some(v) = input.get_attribute(name) {
            let _ = probe.set_attribute(name, &v);
        }
    }
    probe.value()
}

/// Moves each static chart into its twin in the new tree, where ECharts
/// later replaces it.
fn move_static_charts(old: &web_sys::Element, fresh: &web_sys::Element) {
    let (Ok(from), Ok(to)) = (old.query_selector_all("[data-chart]"), fresh.query_selector_all("[data-chart]")) else {
        return;
    };
    for i in 0..from.length().min(to.length()) {
        let (Some(a), Some(b)) = (element(from.item(i)), element(to.item(i))) else { continue };
        if a.get_attribute("data-chart") != b.get_attribute("data-chart") || b.child_element_count() > 0 {
            continue;
        }
        while let Some(child) = a.first_child() {
            let _ = b.append_child(&child);
        }
    }
}

/// Reopens, in the new tree (once it is in the document, so the `toggle`
/// event that builds a table fires), the data tables the reader opened.
fn reopen_tables(old: &web_sys::Element, fresh: &web_sys::Element) {
    let (Ok(from), Ok(to)) = (old.query_selector_all("details"), fresh.query_selector_all("details")) else { return };
    for i in 0..from.length().min(to.length()) {
        let (Some(a), Some(b)) = (element(from.item(i)), element(to.item(i))) else { continue };
        if a.has_attribute("open") {
            let _ = b.set_attribute("open", "");
        }
    }
}

fn element(node: Option<web_sys::Node>) -> Option<web_sys::Element> {
    node.and_then(|n| n.dyn_into::<web_sys::Element>().ok())
}

/// How to find the focused element's twin: its `data-testid` and its place
/// among the elements with that test id, or else its place among the
/// article's focusable elements (the chrome around `<main>` differs between
/// the two trees: a repair notice, an embed's bar).
fn focused_twin_key(root: &web_sys::Element, doc: &web_sys::Document) -> Option<(String, u32)> {
    let active = doc.active_element()?;
    if !root.contains(Some(&active)) {
        return None;
    }
    let (selector, key) = match active.get_attribute("data-testid") {
        Some(id) => (format!("[data-testid=\"{id}\"]"), id),
        None => (format!("main :is({FOCUSABLE})"), String::new()),
    };
    let list = root.query_selector_all(&selector).ok()?;
    let i = (0..list.length()).find(|&i| list.item(i).is_some_and(|n| n.is_same_node(Some(&active))))?;
    Some((key, i))
}

/// Focuses the twin [`focused_twin_key`] describes, without scrolling.
fn focus_twin(root: &web_sys::Element, (id, i): &(String, u32)) {
    let selector = if id.is_empty() { format!("main :is({FOCUSABLE})") } else { format!("[data-testid=\"{id}\"]") };
    let Some(el) = root.query_selector_all(&selector).ok().and_then(|l| element(l.item(*i))) else { return };
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
}
