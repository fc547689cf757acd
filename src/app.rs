//! The page: masthead, toolbar (figure set, colours, language, sharing), the
//! article's sections in order, and the embed variants.

use leptos::prelude::*;

use crate::browser;
use crate::embed;
use crate::i18n::{describe_warning, fill, Lang};
use crate::model::url::{decode, encode, Warning, PAGE_KEYS};
use crate::model::{Assumptions, Basis};
use crate::sections::*;
use crate::state::{provide_state, use_lang, use_scenario, Theme};
use crate::widgets::echarts::media_matches;

/// Section ids in page order: deep links and `?section=` use them.
pub const SECTION_IDS: [&str; 12] = [
    "profit", "per-head", "printing-press", "rate-cuts", "compute", "data", "bci", "portfolio", "why", "irony",
    "business-model", "sources",
];

/// How the page is shown, decided once from the URL.
#[derive(Clone, Debug)]
pub struct PageMode {
    /// `?embed=1`: no site chrome, heights posted to the parent.
    pub embed: bool,
    /// `?embed=1&section=<id>`: only that section.
    pub section: Option<&'static str>,
}

/// Something the notice tells the reader about the URL.
#[derive(Clone, Debug)]
enum Repair {
    Url(Warning),
    Section(String),
}

fn section_view(id: &str) -> AnyView {
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
        _ => view! { <Sources /> }.into_any(),
    }
}

/// The whole article.
#[component]
pub fn App() -> impl IntoView {
    let query = browser::query_param("lang");
    let browser_langs = browser::preferred_languages();
    let initial = Lang::negotiate(query.as_deref(), browser_langs.iter().map(String::as_str));
    let decoded = decode(&browser::search());
    let mut repairs: Vec<Repair> = decoded.warnings.into_iter().map(Repair::Url).collect();

    let embed_on = browser::query_param("embed").as_deref() == Some("1");
    let section = browser::query_param("section").and_then(|wanted| {
        let found = SECTION_IDS.iter().copied().find(|id| *id == wanted);
        if found.is_none() {
            repairs.push(Repair::Section(wanted.chars().take(32).collect()));
        }
        found
    });
    let mode = PageMode { embed: embed_on, section: if embed_on { section } else { None } };
    provide_context(mode.clone());
    provide_state(initial, decoded.assumptions, media_matches("(prefers-color-scheme: dark)"));
    if mode.embed {
        let child_id = browser::query_param("childId").unwrap_or_else(|| "tether-explainer".into());
        provide_context(embed::start(child_id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(64).collect()));
    }

    let lang = use_lang();
    let scenario = use_scenario();
    let Theme(dark) = expect_context::<Theme>();

    // <html lang>, <title> and the colour scheme live outside the app's DOM:
    // sync them.
    Effect::new(move |_| {
        let l = lang.get();
        browser::set_document_language(l.tag(), l.strings().site_title);
    });
    Effect::new(move |_| browser::set_root_attribute("data-theme", if dark.get() { "dark" } else { "light" }));
    if mode.embed {
        browser::set_root_attribute("data-embed", "true");
    }

    // The scenario lives in the URL: rewritten once the reader has paused
    // for URL_IDLE_MS, never on the first run, so a shared link stays as it
    // was until the reader moves something. A step only notes the time; at
    // most one timer is pending, and it encodes and writes the query.
    let last_change = StoredValue::new(0.0_f64);
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |prev: Option<()>| {
        scenario.track();
        if prev.is_some() {
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

    // Deep links: the sections exist only once the app has rendered, after
    // the browser's own jump to the fragment.
    let hash = browser::hash();
    if SECTION_IDS.contains(&hash.as_str()) {
        request_animation_frame(move || browser::scroll_to_id(&hash));
    }

    let body = match mode.section {
        Some(id) => section_view(id),
        None => SECTION_IDS.iter().map(|id| section_view(id)).collect_view().into_any(),
    };

    view! {
        {(!mode.embed).then(|| view! {
            <header class="masthead">
                <div class="masthead-inner">
                    <h1>{move || lang.get().strings().site_title}</h1>
                    <p class="dek">{move || lang.get().strings().site_dek}</p>
                    <p class="byline">{move || lang.get().strings().byline}</p>
                </div>
            </header>
            <Toolbar />
        })}
        {mode.embed.then(|| view! { <EmbedBar /> })}
        <Notice repairs=repairs />
        <main class="article">{body}</main>
    }
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

/// The address of this page with `lang` and the scenario: what "share"
/// copies and what an embed's "open the full article" opens.
fn scenario_url(lang: Lang, a: &Assumptions) -> String {
    let q = encode(a);
    let base = browser::base_url();
    let tag = lang.tag();
    if q.is_empty() {
        format!("{base}?lang={tag}")
    } else {
        format!("{base}?lang={tag}&{q}")
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
    let share = move |_| {
        browser::copy_text(&scenario.with(|a| scenario_url(lang.get_untracked(), a)));
        copied.set(true);
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
    let href = move || scenario.with(|a| scenario_url(lang.get(), a));
    view! {
        <div class="embed-bar">
            <a href=href target="_blank" rel="noopener">{move || lang.get().strings().embed_open_full}" ↗"</a>
            <LangSwitch />
        </div>
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
            // Named by its visible text, in its own language (WCAG 2.5.3);
            // the longer description is a tooltip.
            lang=move || lang.get().other().tag()
            title=move || lang.get().strings().lang_switch_label
            on:click=switch
        >
            {move || lang.get().strings().lang_switch}
        </button>
    }
}
