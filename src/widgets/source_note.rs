//! A source note for one facts.md row: the verdict as a chip, and the public
//! figure, caveat, source and date in a note that opens on hover, on keyboard
//! focus, or on a tap (the chip is a button that toggles it).

use leptos::prelude::*;

use crate::i18n::pick;
use crate::model::{fact, Verdict};
use crate::state::use_lang;

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Confirmed => "v-confirmed",
        Verdict::RoughlyRight => "v-rough",
        Verdict::Disputed => "v-disputed",
        Verdict::Wrong => "v-wrong",
        Verdict::Unverifiable => "v-unverifiable",
    }
}

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
    let open = RwSignal::new(false);
    let verdict = row.verdict;
    view! {
        <span
            class=format!("fact {}", verdict_class(verdict))
            data-fact=id
            data-verdict=format!("{verdict:?}")
            data-open=move || open.get().then_some("true")
        >
            <button
                type="button"
                class="fact-chip"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="fact-id">{id}</span>
                {move || pick(lang.get(), verdict.label())}
            </button>
            <span class="fact-pop" role="note">
                <span class="fact-claim">{move || pick(lang.get(), row.article)}</span>
                <span class="fact-public">{move || pick(lang.get(), row.public)}</span>
                <span class="fact-caveat">{move || pick(lang.get(), row.caveat)}</span>
                <span class="fact-cite">{move || lang.get().strings().source_label}": "{row.source}", "{row.date}</span>
            </span>
        </span>
    }
    .into_any()
}
