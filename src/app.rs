//! The page: masthead, toolbar (figure set, colours, language, sharing), the
//! article's sections in order, and the embed variants.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{describe_warning, fill, Lang};
use crate::model::url::{encode, Warning, PAGE_KEYS};
use crate::model::Assumptions;
use crate::sections::*;
use crate::site::{Page, SECTION_IDS};
pub use crate::state::PageMode;
use crate::state::{provide_state, use_lang, use_scenario, Theme};
use crate::widgets::echarts::Loader;
use crate::widgets::BasisSwitch;

/// Everything the page starts from. The browser reads it from the address
/// and the document (`boot.rs`); the prerender uses the article's values.
/// The app itself never reads the URL, so both render the same way.
#[derive(Clone, Debug)]
pub struct PageInit {
    /// Which page this is: its language, and the section of an embed page.
    pub page: Page,
    /// The language to show (the page's own, unless the reader switched).
    pub lang: Lang,
    /// The way from this page back to the site's root (`"../"` from `en/`),
    /// for links between pages and to shared files.
    pub root: String,
    /// The scenario to start with.
    pub assumptions: Assumptions,
    /// Embedded in someone's page: no site chrome, heights posted to the
    /// parent. Always so on a section's embed page.
    pub embed: bool,
    /// What was repaired in the address, to tell the reader.
    pub repairs: Vec<Repair>,
    /// Whether to start in the dark colour scheme.
    pub dark: bool,
    /// pym.js's child id, for height messages, when embedded.
    pub child_id: String,
    /// Whether the answer to the opening guess starts revealed (the reader
    /// tapped "Reveal" before the code arrived).
    pub revealed: bool,
}

impl PageInit {
    /// A page at the article's values, as the prerender renders it.
    pub fn article(page: Page) -> Self {
        Self {
            page,
            lang: page.lang,
            root: page.root(),
            assumptions: Assumptions::default(),
            embed: page.embed(),
            repairs: Vec::new(),
            dark: false,
            child_id: "tether-explainer".into(),
            revealed: false,
        }
    }
}

/// Something the notice tells the reader about the URL.
#[derive(Clone, Debug)]
pub enum Repair {
    /// A value of the scenario that was repaired.
    Url(Warning),
    /// A `?section=` that names no section.
    Section(String),
}

/// One section of the article, by id (anything else is the sources).
pub fn section_view(id: &str) -> AnyView {
    // Each section reads the model through its own, which follows the
    // steps only while the section is near the reader's sight.
    let model = crate::state::section_model(id);
    let id = id.to_string();
    view! { <leptos::context::Provider value=model>{section_body(&id)}</leptos::context::Provider> }.into_any()
}

fn section_body(id: &str) -> AnyView {
    match id {
        "profit" => view! { <Profit /> }.into_any(),
        "per-head" => view! { <PerHead /> }.into_any(),
        "printing-press" => view! { <PrintingPress /> }.into_any(),
        "rate-cuts" => view! { <Rates /> }.into_any(),
        "compute" => view! { <Compute /> }.into_any(),
        "data" => view! { <Data /> }.into_any(),
        "bci" => view! { <Bci /> }.into_any(),
        "portfolio" => view! { <Portfolio /> }.into_any(),
        "why" => view! { <Why /> }.into_any(),
        "irony" => view! { <Irony /> }.into_any(),
        "business-model" => view! { <BusinessModel /> }.into_any(),
        "claims" => view! { <Claims /> }.into_any(),
        _ => view! { <Sources /> }.into_any(),
    }
}

/// The whole article, or one section of it on an embed page.
#[component]
pub fn App(
    /// What the page starts from.
    init: PageInit,
) -> impl IntoView {
    let (mode, repairs) = provide_page(init);
    let body = match mode.page.section {
        Some(id) => section_view(id),
        None => SECTION_IDS.iter().map(|id| section_view(id)).collect_view().into_any(),
    };
    view! {
        {chrome(mode, repairs)}
        <main class="article">{body}</main>
    }
}

/// Sets up the page under the current reactive owner: its state as
/// context, the ECharts loader, and the effects that keep the document and
/// the address bar in step. Returns what its views need. [`App`] renders
/// the page whole after it; the browser's takeover (`boot.rs`) renders
/// [`chrome`] and each [`section_view`] on its own under the same owner,
/// one task each.
pub fn provide_page(init: PageInit) -> (PageMode, Vec<Repair>) {
    let PageInit { page, lang: initial, root, assumptions, embed, repairs, dark: dark_start, child_id, revealed } = init;
    let from_address = assumptions.clone();
    let mode = PageMode { page, root, embed };
    provide_context(mode.clone());
    provide_state(initial, assumptions, dark_start);
    provide_context(crate::state::Alone(page.section.is_some()));
    provide_context(crate::state::Root(mode.root.clone()));
    provide_context(crate::state::Revealed(RwSignal::new(revealed)));
    // Height messages and the parent's viewport exist only in a browser.
    #[cfg(not(feature = "ssr"))]
    if mode.embed() {
        provide_context(crate::embed::start(child_id));
    }
    #[cfg(feature = "ssr")]
    let _ = child_id;

    let lang = use_lang();
    let scenario = use_scenario();
    let Theme(dark) = expect_context::<Theme>();

    // ECharts comes only when wanted. The static charts show the article's
    // values in the page's language: a page that starts elsewhere, or a
    // reader who changes the scenario, the language or the colours, needs
    // the live ones.
    let loader = Loader::new(format!("{}echarts.min.js", mode.root));
    provide_context(loader);
    let page_lang = mode.page.lang;
    Effect::new(move |prev: Option<()>| {
        let differs = scenario.with(|a| *a != Assumptions::default()) || lang.get() != page_lang;
        dark.track();
        if prev.is_some() || differs {
            loader.request();
        }
    });

    // <html lang>, <title> and the colour scheme live outside the app's DOM:
    // sync them.
    let page = mode.page;
    Effect::new(move |_| {
        let l = lang.get();
        browser::set_document_language(l.tag(), &crate::site::Page { lang: l, ..page }.title());
    });
    Effect::new(move |_| browser::set_root_attribute("data-theme", if dark.get() { "dark" } else { "light" }));

    // The scenario lives in the URL: rewritten once the reader has paused
    // for URL_IDLE_MS, not on the first run unless the scenario already
    // differs from the address's, so a shared link stays as it was until
    // the reader moves something. A step only notes the time; at
    // most one timer is pending, and it encodes and writes the query.
    let last_change = StoredValue::new(0.0_f64);
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |prev: Option<()>| {
        // A slider the reader moved before the code arrived (boot.rs replays
        // it before this first run) is a change too.
        let moved = scenario.with(|a| *a != from_address);
        if prev.is_some() || moved {
            last_change.set_value(crate::state::now_ms());
            if pending.get_value().is_none() {
                write_url_when_idle(scenario, last_change, pending, URL_IDLE_MS);
            }
        }
    });
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });

    (mode, repairs)
}

/// Everything before the article's `<main>`: the language offer, masthead
/// and toolbar (or an embed's bar), the fatal notice and the repair notice;
/// in the prerendered HTML, also the note for readers without JavaScript.
pub fn chrome(mode: PageMode, repairs: Vec<Repair>) -> impl IntoView {
    let lang = use_lang();
    let model = crate::state::use_model();
    let chrome = view! {
        {(!mode.embed()).then(|| view! {
            <LangOffer />
            <header class="masthead">
                <div class="masthead-inner">
                    <h1>{move || lang.get().strings().site_title}</h1>
                    <p class="dek">{move || model.with(|(a, f)| crate::i18n::site_dek(lang.get(), a, f))}</p>
                    <p class="byline">{move || lang.get().strings().byline}</p>
                </div>
            </header>
            <Toolbar />
        })}
        {mode.embed().then(|| view! { <EmbedBar /> })}
        // Shown by the page's loader (the inline module) only if the code cannot
        // start; the prerendered article stays readable beneath it.
        <p class="fatal" role="alert" data-testid="code-unavailable" hidden>
            {move || lang.get().strings().code_unavailable}
        </p>
        <Notice repairs=repairs />
    };
    // Said only where JavaScript is off (style/main.css): the controls below
    // are drawn but cannot move. So it is only in the prerendered HTML: the
    // browser's build, which runs only where JavaScript is on, leaves it
    // out, and the takeover with it (in the view it cost the wasm 0.2 KB
    // gzip).
    #[cfg(not(feature = "csr"))]
    let chrome = (chrome, view! { <p class="nojs-note" data-testid="nojs-note">{move || lang.get().strings().nojs_note}</p> });
    chrome
}

/// How long the scenario must stay unchanged before the URL is rewritten.
const URL_IDLE_MS: f64 = 250.0;

/// Writes the scenario into the URL once it has not changed for
/// [`URL_IDLE_MS`], checking again after `delay_ms`; `pending` holds the
/// timer while one is set, so there is at most one.
fn write_url_when_idle(
    scenario: RwSignal<Assumptions>,
    last_change: StoredValue<f64>,
    pending: StoredValue<Option<TimeoutHandle>>,
    delay_ms: f64,
) {
    let handle = set_timeout_with_handle(
        move || {
            let now = crate::state::now_ms();
            let idle = now - last_change.get_value();
            // Without a clock (now is 0) there is no pause to wait for.
            if idle >= URL_IDLE_MS || now == 0.0 {
                pending.set_value(None);
                browser::replace_model_query(&scenario.with_untracked(encode), PAGE_KEYS);
            } else {
                write_url_when_idle(scenario, last_change, pending, URL_IDLE_MS - idle);
            }
        },
        std::time::Duration::from_secs_f64(delay_ms.max(1.0) / 1000.0),
    );
    pending.set_value(handle.ok());
}

/// The address of the whole article in `lang` with the scenario, from
/// `base` (the site's root, absolute or relative): what "share" copies and
/// what an embed's "open the full article" opens.
fn scenario_url(base: &str, lang: Lang, a: &Assumptions) -> String {
    let q = encode(a);
    let path = Page { lang, section: None }.path();
    let tag = lang.tag();
    if q.is_empty() {
        format!("{base}{path}?lang={tag}")
    } else {
        format!("{base}{path}?lang={tag}&{q}")
    }
}

/// Tells the reader which values in the link were repaired.
#[component]
fn Notice(repairs: Vec<Repair>) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(!repairs.is_empty());
    let items = move || {
        let l = lang.get();
        repairs
            .iter()
            .map(|r| match r {
                Repair::Url(w) => describe_warning(l, w),
                Repair::Section(s) => fill(l.strings().warn_section, &[("section", s)]),
            })
            .map(|text| view! { <li>{text}</li> })
            .collect_view()
    };
    view! {
        <Show when=move || open.get()>
            <div class="notice" role="status" data-testid="url-notice">
                <p>{move || lang.get().strings().notice_repaired}</p>
                <ul>{items.clone()}</ul>
                <button type="button" class="pill" on:click=move |_| open.set(false)>
                    {move || lang.get().strings().notice_dismiss}
                </button>
            </div>
        </Show>
    }
}

/// The sticky bar: which figures, which colours, which language, sharing.
#[component]
fn Toolbar() -> impl IntoView {
    let lang = use_lang();
    let scenario = use_scenario();
    let Theme(dark) = expect_context::<Theme>();
    let copied = RwSignal::new(false);
    let s = move || lang.get().strings();
    let root = expect_context::<PageMode>().root;
    let share = move |_| {
        browser::copy_text(&scenario.with(|a| scenario_url(&browser::site_url(&root), lang.get_untracked(), a)));
        copied.set(true);
    };
    view! {
        <nav class="toolbar" aria-label=move || s().toolbar_label>
            <div class="toolbar-inner">
                <BasisSwitch testid="" />
                <span class="toolbar-spacer"></span>
                <button type="button" class="pill" data-testid="share" on:click=share>
                    {move || if copied.get() { s().share_copied } else { s().share }}
                </button>
                <button
                    type="button"
                    class="pill"
                    data-testid="toolbar-reset"
                    on:click=move |_| {
                        copied.set(false);
                        scenario.set(Assumptions::default());
                    }
                >
                    {move || s().reset}
                </button>
                <button
                    type="button"
                    class="pill"
                    data-testid="theme-toggle"
                    title=move || s().theme_label
                    aria-pressed=move || dark.get().to_string()
                    on:click=move |_| dark.update(|d| *d = !*d)
                >
                    // A toggle: the name stays "Dark" and aria-pressed says
                    // whether it is on (the accessible name is the visible
                    // text, WCAG 2.5.3).
                    {move || s().theme_dark}
                </button>
                <LangSwitch />
            </div>
        </nav>
    }
}

/// The slim bar an embed keeps: the language and a link to the full article.
#[component]
fn EmbedBar() -> impl IntoView {
    let lang = use_lang();
    let scenario = use_scenario();
    let root = expect_context::<PageMode>().root;
    let href = move || scenario.with(|a| scenario_url(&root, lang.get(), a));
    view! {
        <div class="embed-bar">
            <a href=href target="_blank" rel="noopener">{move || lang.get().strings().embed_open_full}" ↗"</a>
            <LangSwitch />
            // Alone on someone's page, a section still says whose article
            // "the article" is.
            <p class="embed-byline">{move || lang.get().strings().byline}</p>
        </div>
    }
}

/// The address of this page in the other language, as a plain link: with
/// `?lang=`, so neither the root page nor a remembered choice (see the head
/// script in `src/js/prerender.mjs`) sends the reader back.
fn other_lang_href(lang: Lang, page: Page, root: &str) -> String {
    let other = lang.other();
    format!("{root}{}?lang={}", Page { lang: other, ..page }.path(), other.tag())
}

/// Switches the language in place, once the code runs: the scenario and the
/// scroll position stay, and only `?lang=` changes in the address. The
/// page's folder, which every relative address is resolved from, stays (a
/// reload goes to the other page by `?lang=`).
///
/// The other language's texts are fetched first if they are not here yet
/// (src/i18n/mod.rs); if that fails, the link does what it does without
/// the code and opens the other page.
fn switch_in_place(lang: RwSignal<Lang>) -> impl Fn(leptos::ev::MouseEvent) + Copy {
    move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let next = lang.get_untracked().other();
        let switch = move || {
            lang.set(next);
            browser::replace_query_param("lang", next.tag());
        };
        if next.is_loaded() {
            switch();
            return;
        }
        let link = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(t).ok());
        let href = link.as_ref().map(|a| a.href());
        // The other language's file is 13-16 KB: on a slow network the tap
        // says it was heard while that loads (aria-busy, styled as busy).
        if let Some(a) = &link {
            let _ = a.set_attribute("aria-busy", "true");
        }
        leptos::task::spawn_local(async move {
            let loaded = browser::load_strings(next).await;
            if let Some(a) = &link {
                let _ = a.remove_attribute("aria-busy");
            }
            if loaded {
                // The reader may have switched meanwhile (a second tap).
                if lang.get_untracked() != next {
                    switch();
                }
            } else if let Some(href) = href {
                let _ = web_sys::window().map(|w| w.location().assign(&href));
            }
        });
    }
}

/// The link to this page in the other language. Without the code it is a
/// plain link to the other page; with it, the language switches in place.
/// `data-lang-choice` has the head script remember the choice.
#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let PageMode { page, root, .. } = expect_context::<PageMode>();
    let other = move || lang.get().other().tag();
    view! {
        <a
            class="pill lang-switch"
            data-testid="lang-switch"
            href=move || other_lang_href(lang.get(), page, &root)
            hreflang=other
            data-lang-choice=other
            // Named by its visible text, in its own language (WCAG 2.5.3);
            // the longer description is a tooltip.
            lang=other
            title=move || lang.get().strings().lang_switch_label
            on:click=switch_in_place(lang)
        >
            {move || lang.get().strings().lang_switch}
        </a>
    }
}

/// The other language, offered at the top of the article to a browser that
/// prefers it, in that language. The page never moves a reader by the
/// browser's language (that would be a second page load): the head script
/// marks `<html data-offer-lang>` before the first paint, and only then does
/// the stylesheet show this line, so it takes its place with no shift. A
/// tap on either button is remembered (the head script's click listener):
/// "read in English" sends a later visit to `/` to `en/`, "stay" hides the
/// offer for good. Never on an embed, where the host chose the language.
#[component]
fn LangOffer() -> impl IntoView {
    let lang = use_lang();
    let PageMode { page, root, .. } = expect_context::<PageMode>();
    let other = move || lang.get().other();
    view! {
        <aside class="lang-offer" data-testid="lang-offer" lang=move || other().tag() aria-label=move || other().strings().lang_offer_label>
            <a
                class="pill"
                data-testid="lang-offer-read"
                href=move || other_lang_href(lang.get(), page, &root)
                hreflang=move || other().tag()
                data-lang-choice=move || other().tag()
                on:click=switch_in_place(lang)
            >
                {move || other().strings().lang_offer}
            </a>
            <button type="button" class="lang-offer-stay" data-testid="lang-offer-stay" data-lang-stay="">
                {move || other().strings().lang_offer_stay}
            </button>
        </aside>
    }
}
