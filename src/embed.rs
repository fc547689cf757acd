//! Embedding in someone else's page: auto-height messages to the parent, and
//! the parent's viewport coming back so sticky figures and lazy charts still
//! work inside an iframe that is as tall as its content.
//!
//! Messages carry sizes only. Outbound: pym.js's string format
//! (`pymxPYMx<id>xPYMxheightxPYMx<px>`), so newsroom pym parents work, and a
//! plain object `{type: "tether-explainer:height", height}`. Inbound: only
//! `{type: "tether-explainer:viewport", top, height}` with finite, sane
//! numbers; anything else is ignored.

use leptos::prelude::*;
use leptos_use::{use_event_listener, use_resize_observer};
use wasm_bindgen::{JsCast, JsValue};

pub use crate::state::{EmbedViewport, Viewport};

/// The message type of height messages.
pub const HEIGHT_TYPE: &str = "tether-explainer:height";
/// The message type of viewport messages.
pub const VIEWPORT_TYPE: &str = "tether-explainer:viewport";
/// Sticky figures keep this far below the top of the parent's viewport.
const STICKY_TOP_PX: f64 = 16.0;
/// Wide layouts (figure beside text) start here, as in style/main.css.
const WIDE_PX: f64 = 960.0;
/// Phone layouts (figure pinned below the text) end here, as in
/// style/main.css.
const PHONE_PX: f64 = 600.0;

fn get_number(obj: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).ok()?.as_f64().filter(|v| v.is_finite())
}

/// Type-checks an inbound message; `None` for anything unexpected.
pub fn parse_viewport(data: &JsValue) -> Option<Viewport> {
    if !data.is_object() {
        return None;
    }
    let kind = js_sys::Reflect::get(data, &JsValue::from_str("type")).ok()?.as_string()?;
    if kind != VIEWPORT_TYPE {
        return None;
    }
    let top = get_number(data, "top")?;
    let height = get_number(data, "height")?;
    ((-1e7..=1e7).contains(&top) && (0.0..=1e5).contains(&height) && height > 0.0).then_some(Viewport { top, height })
}

fn document_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|e| e.get_bounding_client_rect().height().ceil())
        .unwrap_or(0.0)
}

fn post_height(height: f64, child_id: &str) {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let pym = format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}");
    let _ = parent.post_message(&JsValue::from_str(&pym), "*");
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"type".into(), &HEIGHT_TYPE.into());
    let _ = js_sys::Reflect::set(&obj, &"height".into(), &height.into());
    let _ = parent.post_message(&obj, "*");
}

/// Starts auto-height and viewport handling. Call once, inside the app.
pub fn start(child_id: String) -> EmbedViewport {
    let viewport = EmbedViewport(RwSignal::new(None));
    let last = StoredValue::new(-1.0_f64);
    let send = move || {
        let h = document_height();
        if (h - last.get_value()).abs() >= 1.0 {
            last.set_value(h);
            post_height(h, &child_id);
        }
    };
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let send = send.clone();
        use_resize_observer(root, move |_, _| send());
    }
    send();

    let signal = viewport.0;
    let _ = use_event_listener(window(), leptos::ev::message, move |ev: web_sys::MessageEvent| {
        if let Some(vp) = parse_viewport(&ev.data()) {
            signal.set(Some(vp));
            // Browsers throttle rendering, and with it ResizeObserver, in
            // cross-origin iframes that are off screen. The host sends a
            // viewport on every scroll and resize, so measure again here: a
            // message task is never throttled.
            send();
        }
    });
    Effect::new(move |_| {
        if let Some(vp) = signal.get() {
            place_sticky_figures(vp);
        }
    });
    viewport
}

/// Emulates `position: sticky` for each section's figure against the
/// parent's viewport: the iframe's own viewport is the whole page, so CSS
/// sticky has nothing to stick to.
fn place_sticky_figures(vp: Viewport) {
    let Some(w) = web_sys::window() else { return };
    let Some(doc) = w.document() else { return };
    let inner = w.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (wide, phone) = (inner >= WIDE_PX, inner <= PHONE_PX);
    let scroll_y = w.scroll_y().unwrap_or(0.0);
    let Ok(sections) = doc.query_selector_all(".beat") else { return };
    for i in 0..sections.length() {
        let Some(section) = sections.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Ok(Some(figure)) = section.query_selector(".beat-figure") else { continue };
        let Ok(figure) = figure.dyn_into::<web_sys::HtmlElement>() else { continue };
        let s = section.get_bounding_client_rect();
        let section_top = s.top() + scroll_y;
        let offset = if wide {
            let room = (s.height() - figure.offset_height() as f64).max(0.0);
            (vp.top + STICKY_TOP_PX - section_top).clamp(0.0, room)
        } else if phone {
            // The figure's title, chart and legend sit at the bottom of what the
            // parent's reader sees, as CSS pins them on a phone; never
            // below their place, nor above their section's top.
            let Some(chart) = crate::widgets::pin::pinned_end(&figure) else { continue };
            let (f, c) = (figure.get_bounding_client_rect(), chart.get_bounding_client_rect());
            let pinned = c.bottom() - f.top();
            let natural = f64::from(figure.offset_top());
            (vp.top + vp.height - pinned - natural).clamp((section_top - natural).min(0.0), 0.0)
        } else {
            0.0
        };
        let _ = figure.style().set_property("transform", &format!("translateY({}px)", offset.round() as i64));
    }
}
