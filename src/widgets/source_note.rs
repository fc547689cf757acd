//! A source note for one facts.md row: the source and its date, the verdict
//! and the caveat, revealed on click, tap or keyboard (a native `<details>`).

use leptos::prelude::*;

use crate::i18n::pick;
use crate::model::fact;
use crate::state::use_lang;

/// The source note for row `id` of facts.md, read from the model's registry.
#[component]
pub fn SourceNote(
    /// The facts.md row number.
    id: u8,
) -> impl IntoView {
    let lang = use_lang();
    let Some(row) = fact(id) else {
        return ().into_any();
    };
    let verdict = row.verdict;
    view! {
        <details class="source-note" data-fact=id data-verdict=format!("{verdict:?}")>
            <summary>
                {move || lang.get().strings().source_label}
                " · "
                <span class="verdict">{move || pick(lang.get(), verdict.label())}</span>
            </summary>
            <p>{move || pick(lang.get(), row.public)}</p>
            <p class="caveat">{move || pick(lang.get(), row.caveat)}</p>
            <p class="cite">{row.source}", "{row.date}</p>
        </details>
    }
    .into_any()
}
