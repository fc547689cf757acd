//! Live prose: a locale template whose `{slots}` are filled with reactive
//! values.
//!
//! The template is split once per language; each slot is its own reactive
//! text node, so a slider step rewrites only the numbers, never the sentence
//! around them (focus and selection survive).

use leptos::prelude::*;

use crate::i18n::{segments, Segment};

/// Named live values for a template's slots.
pub type Slots = Vec<(&'static str, Signal<String>)>;

/// A paragraph rendered from a template with live values.
#[component]
pub fn LiveText(
    /// The template, which changes with the language.
    #[prop(into)]
    template: Signal<&'static str>,
    /// The values of its `{slots}`.
    slots: Slots,
    /// Test id of the paragraph.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let render = move || {
        segments(template.get())
            .into_iter()
            .map(|seg| match seg {
                Segment::Text(text) => text.to_string().into_any(),
                Segment::Slot(name) => match slots.iter().find(|(k, _)| *k == name) {
                    Some(&(key, value)) => view! {
                        <strong class="num" data-slot=key>{move || value.get()}</strong>
                    }
                    .into_any(),
                    None => format!("{{{name}}}").into_any(),
                },
            })
            .collect_view()
    };
    view! { <p data-testid=testid>{render}</p> }
}
