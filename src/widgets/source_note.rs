//! A source note for one facts.md row: the verdict as a chip, and the public
//! figure, caveat, source and date in a note that opens on hover, on keyboard
//! focus, or on a tap (the chip is a button that toggles it). The note stays
//! open while focus is on a link inside it (`:focus-within`), so its source
//! links are reachable by Tab as well as by a tap.

use leptos::prelude::*;

use crate::i18n::{pick, Lang};
use crate::model::{fact, Fact, Verdict};
use crate::state::use_lang;

/// The class that colours a verdict: one per step of the FIJ scale, so a
/// row has the same colour in both languages.
pub fn verdict_class(v: Verdict) -> String {
    format!("v-{}", v.scale().key())
}

/// A verdict's label in `lang`: the rating with its detail ("Disputed
/// (price, count)", 不正確（価格・数量）), then "dated" beside it, set apart
/// in its own span (", dated", ・古い数字) because it is not a rating.
#[component]
pub fn VerdictLabel(
    /// The verdict.
    verdict: Verdict,
) -> impl IntoView {
    let lang = use_lang();
    // The word and its detail ("Disputed", "(price, count)") are pieces a
    // narrow column may put on two lines, never break inside (style/main.css).
    let detail = move |lang: Lang| verdict.detail_label().map_or("", |d| pick(lang, d));
    view! {
        <span class="v-rating">
            // The space before an English detail ends the word's piece; a
            // line may break where the two pieces meet (<wbr>).
            <span class="v-word">
                {move || {
                    let lang = lang.get();
                    let space = if detail(lang).starts_with(' ') { " " } else { "" };
                    format!("{}{space}", pick(lang, verdict.word()))
                }}
            </span>
            {verdict.detail_label().map(|_| view! { <wbr /><span class="v-detail">{move || detail(lang.get()).trim_start()}</span> })}
        </span>
        {verdict.dated_label().map(|d| view! { <span class="v-dated">{move || pick(lang.get(), d)}</span> })}
    }
}

/// A row's sources: each address facts.md gives as a link that opens in a new
/// tab (named by its source, with a spoken warning and a visible "↗"), then
/// the sources it gives no address for, as plain text.
#[component]
pub fn SourceCite(
    /// The registry row.
    row: &'static Fact,
) -> impl IntoView {
    let lang = use_lang();
    let links = row
        .links
        .iter()
        .enumerate()
        .map(|(i, link)| {
            view! {
                {(i > 0).then_some("; ")}
                <a href=link.url target="_blank" rel="noopener noreferrer" class="ext">
                    {link.name}
                    " "
                    <span aria-hidden="true">"↗"</span>
                    <span class="visually-hidden">{move || lang.get().strings().source_external}</span>
                </a>
            }
        })
        .collect_view();
    let rest = (!row.source.is_empty()).then(|| {
        view! {
            {(!row.links.is_empty()).then_some("; ")}
            {move || pick(lang.get(), row.source)}
        }
    });
    view! {
        {links}
        {rest}
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
            data-verdict=format!("{:?}", verdict.rating)
            data-open=move || open.get().then_some("true")
        >
            <button
                type="button"
                class="fact-chip"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="fact-id">{id}</span>
                <VerdictLabel verdict=verdict />
            </button>
            <span class="fact-pop" role="note">
                <span class="fact-claim">{move || pick(lang.get(), row.article)}</span>
                <span class="fact-public">{move || pick(lang.get(), row.public)}</span>
                {(!row.caveat.is_empty())
                    .then(|| view! { <span class="fact-caveat">{move || pick(lang.get(), row.caveat)}</span> })}
                <span class="fact-cite">{move || lang.get().strings().source_label}": "<SourceCite row=row />", "{row.date}</span>
            </span>
        </span>
    }
    .into_any()
}
