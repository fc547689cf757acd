//! A labelled range slider bound to one model parameter.

use leptos::prelude::*;

use super::param::ParamBinding;
use crate::model::Param;

/// A slider for `param`, showing its formatted value.
///
/// Arrow keys, PageUp/PageDown and Home/End work as on any native range input;
/// `aria-valuetext` carries the value as the page formats it.
#[component]
pub fn ParamSlider(
    /// The parameter this slider controls.
    param: Param,
) -> impl IntoView {
    let binding = ParamBinding::new(param);
    let ParamBinding { value, text, label, .. } = binding;
    let spec = param.spec();

    let on_input = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            binding.set(v);
        }
    };

    view! {
        <label class="control" data-testid=format!("control-{}", spec.key)>
            <span class="control-label">{label}</span>
            <span class="control-value">{text}</span>
            <input
                type="range"
                min=spec.min
                max=spec.max
                step=spec.step
                // The attribute is what the prerendered page carries; the
                // property is what the browser shows once the reader moved it.
                value=move || value.get().to_string()
                prop:value=move || value.get().to_string()
                data-param=spec.key
                aria-valuetext=text
                data-testid=format!("slider-{}", spec.key)
                on:input=on_input
                on:focus=move |_| binding.wake()
                on:pointerdown=move |_| binding.wake()
            />
        </label>
    }
}
