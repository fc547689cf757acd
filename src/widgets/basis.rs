//! The figure-set switch: the article's own figures or the latest public
//! ones, with the latest set's date beside it while it is on.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::format::month_year;
use crate::model::{Basis, LATEST_AS_OF};
use crate::state::{use_lang, use_scenario};

/// Two buttons, one pressed. `testid` starts each button's test id
/// (`{testid}basis-latest`), so a second switch on the page has its own.
#[component]
pub fn BasisSwitch(
    /// Prefix of the buttons' test ids: `""` for the toolbar's.
    testid: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let scenario = use_scenario();
    let s = move || lang.get().strings();
    let button = move |b: Basis| {
        view! {
            <button
                type="button"
                class="seg"
                data-testid=format!("{testid}basis-{}", b.key())
                aria-pressed=move || scenario.with(|a| a.basis == b).to_string()
                on:click=move |_| scenario.update(|a| a.apply_basis(b))
            >
                {move || match b {
                    Basis::Article => s().basis_article,
                    Basis::Latest => s().basis_latest,
                }}
            </button>
        }
    };
    view! {
        <div class="segmented" role="group" aria-label=move || s().basis_label>
            <span class="seg-label">{move || s().basis_label}</span>
            {button(Basis::Article)}
            {button(Basis::Latest)}
            <span
                class="as-of"
                data-testid=format!("{testid}latest-as-of")
                hidden=move || scenario.with(|a| a.basis != Basis::Latest)
            >
                {move || fill(s().latest_as_of, &[("date", &month_year(lang.get(), LATEST_AS_OF))])}
            </span>
        </div>
    }
}
