//! Helpers every section uses to wire the shared state to prose and charts.

use charming::Chart;
use leptos::prelude::*;

use crate::i18n::{format, Lang, Strings};
use crate::model::{Assumptions, Figures, Param};
use crate::state::{use_lang, use_model};

/// A locale string that follows the language.
pub fn tpl(pick: fn(&'static Strings) -> &'static str) -> Signal<&'static str> {
    let lang = use_lang();
    Signal::derive(move || pick(lang.get().strings()))
}

/// A live, formatted value computed from the language, the scenario and the
/// figures. A memo: a step that leaves the text as it was writes nothing to
/// the page.
pub fn live(f: fn(Lang, &Assumptions, &Figures) -> String) -> Signal<String> {
    let (lang, model) = (use_lang(), use_model());
    Memo::new(move |_| model.with(|(a, fig)| f(lang.get(), a, fig))).into()
}

/// A locale string chosen by the numbers: a connector that follows a
/// verdict, a zero that reads as "nothing". A memo, so the paragraph is
/// rebuilt only when the choice flips. Never for a template holding a
/// draggable number, which a flip would rebuild under the reader's finger.
pub fn tpl_by(pick: fn(&'static Strings, &Assumptions, &Figures) -> &'static str) -> Signal<&'static str> {
    let (lang, model) = (use_lang(), use_model());
    Memo::new(move |_| model.with(|(a, f)| pick(lang.get().strings(), a, f))).into()
}

/// A value the article itself gives: it follows the language, never the
/// scenario, so a sentence that says what the article claims keeps the
/// article's number whatever the reader has set.
pub fn article(f: fn(Lang) -> String) -> Signal<String> {
    let lang = use_lang();
    Memo::new(move |_| f(lang.get())).into()
}

/// A figure's date after it, " (2025)", while the latest figures are on;
/// nothing for the article's own.
pub fn when(param: Param) -> Signal<String> {
    let (lang, model) = (use_lang(), use_model());
    Memo::new(move |_| model.with(|(a, _)| crate::i18n::dated(lang.get(), a.basis, param))).into()
}

/// A chart option that follows the language, the scenario and the figures.
/// A memo, so an unchanged option never reaches ECharts.
pub fn chart(build: fn(&Assumptions, &Figures, Lang) -> Chart) -> Memo<serde_json::Value> {
    let (lang, model) = (use_lang(), use_model());
    Memo::new(move |_| model.with(|(a, f)| crate::charts::to_value(&build(a, f, lang.get()))))
}

/// A sentence for screen readers: a template filled with live values.
pub fn describe(pick: fn(&'static Strings) -> &'static str, values: Vec<(&'static str, Signal<String>)>) -> Signal<String> {
    let lang = use_lang();
    Memo::new(move |_| {
        let filled: Vec<(&str, String)> = values.iter().map(|(k, v)| (*k, v.get())).collect();
        let pairs: Vec<(&str, &str)> = filled.iter().map(|(k, v)| (*k, v.as_str())).collect();
        crate::i18n::fill(pick(lang.get().strings()), &pairs)
    })
    .into()
}

/// "more than", "less than" or "about the same as": how `a` compares with `b`
/// (within 1% counts as the same).
pub fn compare(s: &'static Strings, a: f64, b: f64) -> String {
    let r = if b == 0.0 { if a == 0.0 { 1.0 } else { f64::INFINITY } } else { a / b };
    if (r - 1.0).abs() < 0.01 {
        s.cmp_same
    } else if r > 1.0 {
        s.cmp_more
    } else {
        s.cmp_less
    }
    .to_string()
}

/// Dollars in running text.
pub fn usd(lang: Lang, dollars: f64) -> String {
    format::usd(lang, dollars, format::Style::Prose)
}

/// Dollars in running text, or "nothing" for a zero, which reads better
/// than "$0" where a sentence names an amount.
pub fn usd_or_none(lang: Lang, dollars: f64) -> String {
    if dollars == 0.0 {
        lang.strings().amount_none.to_string()
    } else {
        usd(lang, dollars)
    }
}

/// A share as a percentage with at most one decimal: "88.6%".
pub use crate::i18n::format::share;

/// A section heading with a link to itself, for deep links: the page's
/// `h1` where the section is shown alone (an embed page), an `h2` under the
/// article's title otherwise.
#[component]
pub fn Heading(
    /// The section id the anchor points to.
    id: &'static str,
    /// The heading text.
    text: Signal<&'static str>,
) -> impl IntoView {
    let inner = move || {
        view! {
            {move || text.get()}
            <a class="anchor" href=format!("#{id}") aria-hidden="true" tabindex="-1">"#"</a>
        }
    };
    if crate::state::alone() {
        view! { <h1 class="section-heading">{inner()}</h1> }.into_any()
    } else {
        view! { <h2 class="section-heading">{inner()}</h2> }.into_any()
    }
}
