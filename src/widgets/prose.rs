//! Live prose: a locale template whose `{slots}` are filled with reactive
//! values or inline controls.
//!
//! The template is split once per language; each slot is its own reactive
//! node, so a slider step rewrites only the numbers, never the sentence around
//! them (focus on an inline control survives).

use leptos::prelude::*;

use super::Draggable;
use crate::i18n::{segments, Segment};
use crate::model::Param;

/// What fills one `{slot}`.
#[derive(Clone, Copy)]
pub enum Slot {
    /// A live, formatted value.
    Text(Signal<String>),
    /// A draggable number bound to a parameter.
    Drag(Param),
    /// A quiet aside after a value, such as its date (" (2025)"), hidden
    /// while empty (the prerender writes an empty text as a space).
    Note(Signal<String>),
}

impl From<Signal<String>> for Slot {
    fn from(s: Signal<String>) -> Self {
        Slot::Text(s)
    }
}

impl From<Param> for Slot {
    fn from(p: Param) -> Self {
        Slot::Drag(p)
    }
}

/// Named fillers for a template's slots.
pub type Slots = Vec<(&'static str, Slot)>;

/// A paragraph rendered from a template with live values.
#[component]
pub fn LiveText(
    /// The template, which changes with the language.
    #[prop(into)]
    template: Signal<&'static str>,
    /// What fills its `{slots}`.
    slots: Slots,
    /// Test id of the paragraph.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    // A memo, so a template computed from the figures (a verdict that flips
    // at some threshold) rebuilds the paragraph only when it really changes,
    // not on every step.
    let template = Memo::new(move |_| template.get());
    let render = move || {
        segments(template.get())
            .into_iter()
            .map(|seg| match seg {
                Segment::Text(text) => text.to_string().into_any(),
                Segment::Slot(name) => match slots.iter().find(|(k, _)| *k == name) {
                    Some(&(key, Slot::Text(value))) => view! {
                        <strong class="num" data-slot=key>{move || value.get()}</strong>
                    }
                    .into_any(),
                    Some(&(_, Slot::Drag(param))) => view! { <Draggable param=param /> }.into_any(),
                    Some(&(key, Slot::Note(value))) => view! {
                        <span class="note" data-slot=key hidden=move || value.with(String::is_empty)>
                            {move || value.get()}
                        </span>
                    }
                    .into_any(),
                    None => format!("{{{name}}}").into_any(),
                },
            })
            .collect_view()
    };
    view! { <p data-testid=testid>{render}</p> }
}
