//! A number inside the prose that the reader can drag (Tangle-style).
//!
//! It is a real `role="slider"`: arrow keys step it, PageUp/PageDown move a
//! tenth of the range, Home/End jump to the ends, and `aria-valuetext`
//! carries the value as the page formats it. Dragging sideways with a mouse,
//! pen or finger sweeps the whole range over about 300 pixels.

use leptos::prelude::*;

use super::param::ParamBinding;
use crate::model::Param;

/// Pixels of horizontal drag that sweep the whole range.
const SWEEP_PX: f64 = 300.0;

/// Snaps `value` to the parameter's step grid and range.
fn snap(param: Param, value: f64) -> f64 {
    let s = param.spec();
    let steps = ((value - s.min) / s.step).round();
    (s.min + steps * s.step).clamp(s.min, s.max)
}

/// The new value after a key press, or `None` for keys it does not handle.
pub fn key_step(param: Param, current: f64, key: &str) -> Option<f64> {
    let s = param.spec();
    let page = ((s.max - s.min) / 10.0 / s.step).round().max(1.0) * s.step;
    let next = match key {
        "ArrowRight" | "ArrowUp" => current + s.step,
        "ArrowLeft" | "ArrowDown" => current - s.step,
        "PageUp" => current + page,
        "PageDown" => current - page,
        "Home" => s.min,
        "End" => s.max,
        _ => return None,
    };
    Some(snap(param, next))
}

/// An inline, draggable number bound to `param`.
#[component]
pub fn Draggable(
    /// The parameter this number shows and controls.
    param: Param,
) -> impl IntoView {
    let binding = ParamBinding::new(param);
    let ParamBinding { value, text, label, .. } = binding;
    let spec = param.spec();
    // (pointer x at the start of a drag, value then)
    let drag: StoredValue<Option<(f64, f64)>> = StoredValue::new(None);
    let set = move |v: f64| binding.set(v);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(v) = key_step(param, value.get_untracked(), &ev.key()) {
            ev.prevent_default();
            set(v);
        }
    };
    let on_down = move |ev: leptos::ev::PointerEvent| {
        // A press starts a drag, not a text selection: WebKit would
        // otherwise select the words around the number as the pointer
        // moves. The press then gives no focus, so it is given here.
        ev.prevent_default();
        binding.wake();
        let el: web_sys::HtmlElement = event_target(&ev);
        let _ = el.focus();
        let _ = el.set_pointer_capture(ev.pointer_id());
        drag.set_value(Some((ev.client_x() as f64, value.get_untracked())));
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let Some((x0, v0)) = drag.get_value() {
            let dx = ev.client_x() as f64 - x0;
            set(snap(param, v0 + dx / SWEEP_PX * (spec.max - spec.min)));
        }
    };
    let on_up = move |_: leptos::ev::PointerEvent| drag.set_value(None);

    view! {
        <span
            class="drag"
            role="slider"
            tabindex="0"
            aria-label=label
            aria-valuemin=spec.min
            aria-valuemax=spec.max
            aria-valuenow=move || value.get()
            aria-valuetext=text
            aria-orientation="horizontal"
            data-testid=format!("drag-{}", spec.key)
            on:keydown=on_key
            on:focus=move |_| binding.wake()
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
        >
            {text}
        </span>
    }
}
