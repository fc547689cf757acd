//! A labelled range slider bound to one model parameter.

use leptos::prelude::*;

use crate::i18n::{format_param, param_label};
use crate::model::Param;
use crate::state::{use_lang, use_scenario};

/// A slider for `param`, showing its formatted value.
///
/// Arrow keys, PageUp/PageDown and Home/End work as on any native range input;
/// `aria-valuetext` carries the value as the page formats it.
#[component]
pub fn ParamSlider(
    /// The parameter this slider controls.
    param: Param,
) -> impl IntoView {
    let scenario = use_scenario();
    let lang = use_lang();
    let spec = param.spec();
    let value = Memo::new(move |_| param.get(&scenario.read()));
    let text = move || format_param(lang.get(), param, value.get());

    let on_input = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            scenario.update(|a| {
                param.set(a, v);
            });
        }
    };

    view! {
        <label class="control" data-testid=format!("control-{}", spec.key)>
            <span class="control-label">{move || param_label(lang.get(), param)}</span>
            <output class="control-value">{text}</output>
            <input
                type="range"
                min=spec.min
                max=spec.max
                step=spec.step
                prop:value=move || value.get().to_string()
                aria-valuetext=text
                data-testid=format!("slider-{}", spec.key)
                on:input=on_input
            />
        </label>
    }
}
