//! The page: masthead, language switch and the article's sections.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Lang;
use crate::model::Assumptions;
use crate::sections::PrintingPress;
use crate::state::{provide_state, use_lang};

/// The whole article.
#[component]
pub fn App() -> impl IntoView {
    let query = browser::query_param("lang");
    let browser_langs = browser::preferred_languages();
    let initial = Lang::negotiate(query.as_deref(), browser_langs.iter().map(String::as_str));
    provide_state(initial, Assumptions::default());
    let lang = use_lang();

    // <html lang> and <title> live outside the app's DOM: sync them.
    Effect::new(move |_| {
        let l = lang.get();
        browser::set_document_language(l.tag(), l.strings().site_title);
    });

    view! {
        <header class="masthead">
            <div class="masthead-inner">
                <LangSwitch />
                <h1>{move || lang.get().strings().site_title}</h1>
                <p class="dek">{move || lang.get().strings().site_dek}</p>
                <p class="byline">{move || lang.get().strings().byline}</p>
            </div>
        </header>
        <main class="article">
            <PrintingPress />
        </main>
    }
}

/// The button that switches to the other language.
#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let switch = move |_| {
        let next = lang.get_untracked().other();
        lang.set(next);
        browser::replace_query_param("lang", next.tag());
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            data-testid="lang-switch"
            lang=move || lang.get().other().tag()
            aria-label=move || lang.get().strings().lang_switch_label
            on:click=switch
        >
            {move || lang.get().strings().lang_switch}
        </button>
    }
}
