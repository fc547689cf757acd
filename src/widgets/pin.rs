//! On a phone, each section's figure is pinned to the bottom of the screen
//! while the reader is in its section: what hangs below, and how much room
//! the pinned part takes.

/// The last element of a figure's pinned part: its legend, or its chart if
/// it has none (the title, chart and legend show while it is pinned).
pub fn pinned_end(figure: &web_sys::Element) -> Option<web_sys::Element> {
    let last = |sel: &str| figure.query_selector(sel).ok().flatten();
    last(".legend").or_else(|| last(".echart"))
}

/// On a phone (style/main.css) each section's figure is pinned to the bottom
/// of the screen while the reader is in the section, showing its title and
/// chart; the rest of the card (caption, source notes, data table) hangs
/// below the screen's edge until the section's end brings it up. This
/// measures, for a figure that changed size, how much hangs below
/// (`--below` on its holder), and keeps the tallest pinned part of any
/// figure measured (`--pinned` on the page), which the page keeps clear
/// when focus moves, so a control is never hidden behind a chart.
///
/// Only figures the browser has just laid out are read (a figure in a
/// section far from the screen is not laid out at all: `content-visibility`),
/// all of them before anything is written, and only what changed is
/// written: a read after a write would lay the page out again. Off a phone
/// nothing is pinned, and nothing is measured.
fn measure(figures: &[web_sys::Element]) {
    use wasm_bindgen::JsCast;
    if !crate::widgets::echarts::media_matches(PHONE) {
        return;
    }
    let mut writes = Vec::new();
    for figure in figures {
        let Some(chart) = pinned_end(figure) else { continue };
        let Some(holder) = figure.parent_element().and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let (f, c) = (figure.get_bounding_client_rect(), chart.get_bounding_client_rect());
        if f.height() == 0.0 {
            continue;
        }
        let pinned = (c.bottom() - f.top()).ceil();
        writes.push((holder, figure.clone(), format!("{}px", (f.bottom() - c.bottom()).max(0.0).ceil() as i64), pinned));
    }
    if writes.is_empty() {
        return;
    }
    let tallest = PINNED.with_borrow_mut(|known| {
        for (_, figure, _, pinned) in &writes {
            match known.iter_mut().find(|(f, _)| f == figure) {
                Some(slot) => slot.1 = *pinned,
                None => known.push((figure.clone(), *pinned)),
            }
        }
        known.iter().map(|(_, p)| *p).fold(0.0, f64::max)
    });
    for (holder, _, below, _) in writes {
        set_if_changed(&holder, "--below", &below);
    }
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        set_if_changed(&root, "--pinned", &format!("{}px", tallest as i64));
    }
}

/// Where figures are pinned: style/main.css's phone layout.
const PHONE: &str = "(max-width: 600px)";

fn set_if_changed(el: &web_sys::HtmlElement, property: &str, value: &str) {
    let style = el.style();
    if style.get_property_value(property).ok().as_deref() != Some(value) {
        let _ = style.set_property(property, value);
    }
}

type Callback = wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>;

thread_local! {
    /// One observer for every figure: a frame in which several figures
    /// change size measures them together.
    static OBSERVER: Option<(web_sys::ResizeObserver, Callback)> = {
        use wasm_bindgen::JsCast;
        let callback = Callback::new(|entries: js_sys::Array| {
            let figures: Vec<web_sys::Element> = entries
                .iter()
                .filter_map(|e| e.dyn_into::<web_sys::ResizeObserverEntry>().ok())
                // A figure that is not laid out (its section far from the
                // screen) reports no size: reading it would lay it out.
                .filter(|e| e.content_rect().height() > 0.0)
                .map(|e| e.target())
                .collect();
            measure(&figures);
        });
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok().map(|o| (o, callback))
    };
    /// The pinned part's height of each figure measured so far.
    static PINNED: std::cell::RefCell<Vec<(web_sys::Element, f64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps the pin's measurements current while `figure` is in the page and
/// changes size (the browser reports it once when it is first laid out).
pub fn watch(figure: &web_sys::Element) {
    OBSERVER.with(|o| {
        if let Some((observer, _)) = o {
            observer.observe(figure);
        }
    });
}

/// Stops watching `figure` (it left the page).
pub fn unwatch(figure: &web_sys::Element) {
    OBSERVER.with(|o| {
        if let Some((observer, _)) = o {
            observer.unobserve(figure);
        }
    });
    PINNED.with_borrow_mut(|known| known.retain(|(f, _)| f != figure));
}
