//! The page: masthead, toolbar (figure set, colours, language) and the
//! article's sections in order.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Lang;
use crate::model::{Assumptions, Basis};
use crate::sections::*;
use crate::state::{provide_state, use_lang, use_scenario, Theme};
use crate::widgets::echarts::media_matches;

/// The whole article.
#[component]
pub fn App() -> impl IntoView {
    let query = browser::query_param("lang");
    let browser_langs = browser::preferred_languages();
    let initial = Lang::negotiate(query.as_deref(), browser_langs.iter().map(String::as_str));
    provide_state(initial, Assumptions::default(), media_matches("(prefers-color-scheme: dark)"));
    let lang = use_lang();
    let Theme(dark) = expect_context::<Theme>();

    // <html lang>, <title> and the colour scheme live outside the app's DOM:
    // sync them.
    Effect::new(move |_| {
        let l = lang.get();
        browser::set_document_language(l.tag(), l.strings().site_title);
    });
    Effect::new(move |_| browser::set_root_attribute("data-theme", if dark.get() { "dark" } else { "light" }));

    view! {
        <header class="masthead">
            <div class="masthead-inner">
                <h1>{move || lang.get().strings().site_title}</h1>
                <p class="dek">{move || lang.get().strings().site_dek}</p>
                <p class="byline">{move || lang.get().strings().byline}</p>
            </div>
        </header>
        <Toolbar />
        <main class="article">
            <Profit />
            <PerHead />
            <PrintingPress />
            <Rates />
            <Compute />
            <Data />
            <Bci />
            <Portfolio />
            <Why />
            <Irony />
            <BusinessModel />
            <Sources />
        </main>
    }
}

/// The sticky bar: which figures, which colours, which language.
#[component]
fn Toolbar() -> impl IntoView {
    let lang = use_lang();
    let scenario = use_scenario();
    let Theme(dark) = expect_context::<Theme>();
    let s = move || lang.get().strings();
    let basis_button = move |b: Basis| {
        view! {
            <button
                type="button"
                class="seg"
                data-testid=format!("basis-{}", b.key())
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
        <nav class="toolbar" aria-label=move || s().toolbar_label>
            <div class="toolbar-inner">
                <div class="segmented" role="group" aria-label=move || s().basis_label>
                    <span class="seg-label">{move || s().basis_label}</span>
                    {basis_button(Basis::Article)}
                    {basis_button(Basis::Latest)}
                </div>
                <span class="toolbar-spacer"></span>
                <button
                    type="button"
                    class="pill"
                    data-testid="theme-toggle"
                    aria-label=move || s().theme_label
                    aria-pressed=move || dark.get().to_string()
                    on:click=move |_| dark.update(|d| *d = !*d)
                >
                    {move || if dark.get() { s().theme_light } else { s().theme_dark }}
                </button>
                <LangSwitch />
            </div>
        </nav>
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
            class="pill lang-switch"
            data-testid="lang-switch"
            lang=move || lang.get().other().tag()
            aria-label=move || lang.get().strings().lang_switch_label
            on:click=switch
        >
            {move || lang.get().strings().lang_switch}
        </button>
    }
}
