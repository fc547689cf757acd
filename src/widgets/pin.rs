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
/// measures, for each figure, how much hangs below (`--below` on its
/// holder), and the tallest pinned part (`--pinned` on the page), which the
/// page keeps clear when focus moves, so a control is never hidden behind a
/// chart.
pub fn measure_pins() {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(figures) = doc.query_selector_all(".beat-figure > figure") else { return };
    let mut pinned = 0.0_f64;
    for i in 0..figures.length() {
        let Some(figure) = figures.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(chart) = pinned_end(&figure) else { continue };
        let Some(holder) = figure.parent_element().and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let (f, c) = (figure.get_bounding_client_rect(), chart.get_bounding_client_rect());
        if f.height() == 0.0 {
            continue;
        }
        let below = (f.bottom() - c.bottom()).max(0.0).ceil();
        let _ = holder.style().set_property("--below", &format!("{}px", below as i64));
        pinned = pinned.max((c.bottom() - f.top()).ceil());
    }
    if let Some(root) = doc.document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property("--pinned", &format!("{}px", pinned as i64));
    }
}
