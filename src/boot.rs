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

use crate::app::{chrome, provide_page, App, PageInit, Repair};
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

/// Mounts the article in place of its prerendered copy, a piece at a time:
/// the chrome (masthead, toolbar) first, then each section in two tasks
/// (the lightest first, then those in view), yielding to the browser
/// between them, so no task
/// holds the main thread for the whole article and a tap between two
/// pieces is handled at once. Each piece is rendered detached and swapped
/// for its prerendered twin, with what the reader did to it meanwhile
/// carried over. `<html data-live>` marks the end.
#[cfg(not(feature = "hydrate"))]
pub fn start() {
    fatal::install_panic_hook();
    // Instantiating the wasm is a task of its own already: the takeover
    // starts in the next one.
    // (Leptos's executor is set up by the first mount, in `take_over`.)
    wasm_bindgen_futures::spawn_local(async {
        browser::yield_to_browser().await;
        let init = page_init();
        // The page's texts, which the loader fetches beside the code
        // (src/i18n/mod.rs), and the other language's where the page
        // offers it (the loader started both). Without the page's own, the
        // prerendered page stays as it is, and says so.
        if !browser::load_strings(init.lang).await {
            browser::show_code_unavailable();
            return;
        }
        if browser::root_attribute("data-offer-lang").is_some() {
            browser::load_strings(init.lang.other()).await;
        }
        take_over(init);
    });
}

#[cfg(not(feature = "hydrate"))]
fn take_over(init: PageInit) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let settled = init.assumptions == crate::model::Assumptions::default() && init.lang == init.page.lang && !init.revealed;
    let old = doc.get_element_by_id(APP_ID);
    let old_main = old.as_ref().and_then(|o| o.query_selector(":scope > main").ok().flatten());
    let (Some(old), Some(old_main)) = (old, old_main) else {
        // Nothing prerendered (a page served without its HTML): render it.
        let Some(body) = doc.body() else { return };
        let Ok(fresh) = doc.create_element("div") else { return };
        fresh.set_id(APP_ID);
        let _ = body.append_child(&fresh);
        let Ok(target) = fresh.dyn_into::<web_sys::HtmlElement>() else { return };
        leptos::mount::mount_to(target, move || view! { <App init=init /> }).forget();
        finish(settled);
        return;
    };
    // The chrome, every node of the app before <main>, is mounted (which
    // sets up the page's state and its owner); each section is then
    // rendered under that owner, so they all share its context.
    let focused = focused_twin_key(&old, &doc);
    let Some(holder) = doc.create_element("div").ok().and_then(|d| d.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
    let owner_slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let slot = owner_slot.clone();
    browser::timed("takeover: chrome", || {
        leptos::mount::mount_to(holder.clone(), move || {
            let (mode, repairs) = provide_page(init);
            slot.set(Owner::current());
            chrome(mode, repairs)
        })
        .forget()
    });
    let Some(owner) = owner_slot.take() else { return };
    while let Some(node) = old_main.previous_sibling() {
        let _ = old.remove_child(&node);
    }
    while let Some(node) = holder.first_child() {
        let _ = old.insert_before(&node, Some(&old_main));
    }
    if let Some(key) = focused.filter(|(id, _)| !id.is_empty()) {
        focus_twin(&old, &key);
    }

    let order = sections_in_reading_order(&old_main);
    leptos::task::spawn_local(async move {
        // The first chart fitted pays for compiling the chart code (the
        // browser compiles the wasm's functions on first use): a task of
        // its own, so the first section's stays short.
        // Building it, turning it into JSON and fitting it are three tasks:
        // each compiles a large part of the code (the serialiser alone is
        // tens of KB), and in one task they came to 12-20 ms on a desktop,
        // 50-80 ms on a phone.
        browser::yield_to_browser().await;
        let chart = browser::timed("takeover: chart code", || owner.with(warm_chart_build));
        browser::yield_to_browser().await;
        let chart = browser::timed("takeover: chart json", || crate::charts::to_value(&chart));
        browser::yield_to_browser().await;
        browser::timed("takeover: chart fit", || drop(crate::charts::fit::fit_option(&chart, 0.0, 0.0)));
        drop(chart);
        // Each section in two tasks: building its live twin (detached, no
        // layout), then the swap, which lays out what is near the screen.
        for section in order {
            browser::yield_to_browser().await;
            let name = format!("takeover: #{}", section.id());
            let Some(holder) = browser::timed(&format!("{name} render"), || render_section(&doc, &owner, &section)) else { continue };
            browser::yield_to_browser().await;
            browser::timed(&format!("{name} swap"), || take_over_section(&doc, &old_main, &section, &holder));
        }
        finish(settled);
        // The page lives as long as the document: so do its owner and views.
        std::mem::forget(owner);
    });
}

/// Builds one chart at the page's scenario, for nothing but running the
/// code every figure runs (turning it into JSON and fitting it are the next
/// tasks').
#[cfg(not(feature = "hydrate"))]
fn warm_chart_build() -> charming::Chart {
    let lang = crate::state::use_lang().get_untracked();
    crate::state::use_model().with_untracked(|(a, f)| crate::charts::profit(f, a, lang, None, false))
}

/// Marks the page live; a query that named no change to the scenario
/// (tracking keys, values at the article's own) leaves the prerendered
/// numbers right after all, so they stop looking pending.
#[cfg(not(feature = "hydrate"))]
fn finish(settled: bool) {
    if settled {
        browser::remove_root_attribute("data-pending");
    }
    browser::set_root_attribute("data-live", "true");
}

/// Renders `view` under `owner` into a detached `<div>`, and keeps its
/// state (its reactive effects) for the document's lifetime.
#[cfg(not(feature = "hydrate"))]
fn render_detached(doc: &web_sys::Document, owner: &Owner, view: impl FnOnce() -> AnyView) -> Option<web_sys::Element> {
    use leptos::tachys::view::{Mountable, Render};
    let holder = doc.create_element("div").ok()?;
    owner.with(|| {
        let mut state = view().build();
        state.mount(&holder, None);
        std::mem::forget(state);
    });
    Some(holder)
}

/// The prerendered sections: the lightest first (see below), then those in
/// the viewport (top to bottom), then the rest by their distance from it.
#[cfg(not(feature = "hydrate"))]
fn sections_in_reading_order(main: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(list) = main.query_selector_all(":scope > section.beat") else { return Vec::new() };
    let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    let mut sections: Vec<(f64, web_sys::Element)> = (0..list.length())
        .filter_map(|i| element(list.item(i)))
        .map(|s| {
            let r = s.get_bounding_client_rect();
            let distance = if r.bottom() < 0.0 { -r.bottom() } else if r.top() > height { r.top() - height } else { 0.0 };
            (distance, s)
        })
        .collect();
    // A stable sort: ties (everything in view) keep the page's order.
    sections.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut sections: Vec<web_sys::Element> = sections.into_iter().map(|(_, s)| s).collect();
    // The first section rendered pays for compiling the code every section
    // runs (the browser compiles the wasm's functions on first use): the
    // lightest section goes first, so that cost has a short task of its own
    // instead of lengthening the first section in view's.
    let weight = |s: &web_sys::Element| s.get_elements_by_tag_name("*").length();
    if let Some(lightest) = (0..sections.len()).min_by_key(|&i| weight(&sections[i])) {
        let first = sections.remove(lightest);
        sections.insert(0, first);
    }
    sections
}

/// Renders the live twin of one prerendered section, detached.
#[cfg(not(feature = "hydrate"))]
fn render_section(doc: &web_sys::Document, owner: &Owner, old: &web_sys::Element) -> Option<web_sys::Element> {
    let id = section_id(&old.id())?;
    render_detached(doc, owner, move || crate::app::section_view(id))
}

/// Swaps one prerendered section for its live twin (rendered into
/// `holder`), carrying over its static charts, and what the reader did to
/// it since: moved sliders, open tables and focus. Keeps the section the
/// reader is looking at where it is on screen.
#[cfg(not(feature = "hydrate"))]
fn take_over_section(doc: &web_sys::Document, main: &web_sys::Element, old: &web_sys::Element, holder: &web_sys::Element) {
    let Some(fresh) = holder.first_element_child() else { return };
    move_static_charts(old, &fresh);
    let fresh_html = fresh.clone().dyn_into::<web_sys::HtmlElement>().ok();
    // A section far from the screen is not laid out (style/main.css): its
    // place is the height it last had, which the browser remembers per
    // element. Its twin starts from that place (the content box's: the
    // intrinsic size does not count padding), so nothing after it moves.
    // A section near the screen is laid out, and its twin may differ in
    // height (a scenario of its own changes its text): the twin is laid out
    // at once, before anything is painted, so the reader's place can be
    // kept now rather than a frame later, when the browser would decide it.
    let near = is_near_screen(old);
    if let (Some(fresh), Some(height)) = (&fresh_html, content_height(old)) {
        let _ = fresh.style().set_property("contain-intrinsic-size", &format!("auto {height}px"));
        if near {
            let _ = fresh.style().set_property("content-visibility", "visible");
        }
    }
    let focused = focused_twin_key(old, doc);
    // The browser cannot anchor its scrolling across a replaced element:
    // the section the reader is looking at is kept where it is.
    let anchor = scroll_anchor(main);
    while let Some(node) = holder.first_child() {
        let _ = main.insert_before(&node, Some(old));
    }
    old.remove();
    crate::state::section_attached(&fresh);
    replay_sliders(old, &fresh);
    reopen_tables(old, &fresh);
    if let (Some(fresh), true) = (&fresh_html, near) {
        // Its own height is its place from now on, laid out or not.
        if let Some(height) = content_height(fresh) {
            let _ = fresh.style().set_property("contain-intrinsic-size", &format!("auto {height}px"));
        }
        let _ = fresh.style().remove_property("content-visibility");
    }
    if let Some(anchor) = anchor {
        keep_in_place(main, anchor);
    }
    if let Some(key) = focused {
        focus_twin(&fresh, &key);
    }
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

/// Whether an element is within a screen's height of the viewport: near
/// enough that the browser lays it out (`content-visibility: auto` does so
/// within half a screen, in Chromium).
fn is_near_screen(el: &web_sys::Element) -> bool {
    let Some(height) = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()) else { return true };
    let r = el.get_bounding_client_rect();
    r.bottom() > -height && r.top() < 2.0 * height
}

/// The height of an element's content box, in whole pixels, if it has one.
fn content_height(el: &web_sys::Element) -> Option<f64> {
    let style = web_sys::window()?.get_computed_style(el).ok()??;
    let px = |name: &str| style.get_property_value(name).ok().and_then(|v| v.trim_end_matches("px").parse::<f64>().ok()).unwrap_or(0.0);
    let frame = px("padding-top") + px("padding-bottom") + px("border-top-width") + px("border-bottom-width");
    let height = (el.get_bounding_client_rect().height() - frame).round();
    (height > 0.0).then_some(height)
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
