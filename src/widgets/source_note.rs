//! A source note for one facts.md row: the source, the verdict and the caveat,
//! revealed on click, tap or keyboard (a native `<details>`).

use leptos::prelude::*;

use crate::i18n::fact_note;
use crate::state::use_lang;

/// The source note for row `fact` of facts.md.
#[component]
pub fn SourceNote(
    /// The facts.md row number.
    fact: u8,
) -> impl IntoView {
    let lang = use_lang();
    let note = move || fact_note(lang.get().strings(), fact);
    view! {
        <details class="source-note" data-fact=fact>
            <summary>
                {move || lang.get().strings().source_label}
                " · "
                <span class="verdict">{move || note().map(|n| n.verdict)}</span>
            </summary>
            <p>{move || note().map(|n| n.source)}</p>
            <p class="caveat">{move || note().map(|n| n.caveat)}</p>
        </details>
    }
}
