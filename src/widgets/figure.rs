//! A figure: its title, live chart (and static chart for readers without
//! JavaScript), legend, description, data tables, caption, source notes and
//! embed code.
//!
//! The chart host is [`super::chart`], the tables [`super::data_table`], the
//! phone pinning [`super::pin`]. While the site is prerendered, each figure
//! gives its fitted option to the [`ChartRecorder`] in context, from which
//! the build draws the static chart.

use leptos::prelude::*;

use super::chart::{EChart, Sight};
use super::data_table::DataTables;
use super::echarts::use_loader;
use super::embed_copy::EmbedCopy;
use super::figure_kit::figure_kit;
#[cfg(target_arch = "wasm32")]
use super::pin;
use super::SourceNote;
use crate::charts::fit;
use crate::i18n::Lang;
use crate::model::Basis;
use crate::state::{use_figure_set, use_lang, ChartRecorder};

/// The chart's legend, as HTML under it: it wraps like text at any width,
/// and is there before the code. The chart's own summary (ECharts' aria)
/// names the series for a screen reader, so the keys are not read twice.
///
/// The list is rebuilt only when its keys change (how many, their marks and
/// colours); a name that carries a number ("Interest on $131B") is a text
/// of its own, rewritten in place as a control moves.
#[component]
fn Legend(
    items: Memo<Vec<fit::LegendItem>>,
    /// A further class: which of a figure's two legends this is, where it
    /// has a static chart of its own for readers without JavaScript.
    extra: &'static str,
) -> impl IntoView {
    let keys = Memo::new(move |_| items.with(|items| items.iter().map(|i| (i.mark, i.color.clone())).collect::<Vec<_>>()));
    move || {
        let keys = keys.get();
        (!keys.is_empty()).then(|| {
            let class = if extra.is_empty() { "legend".to_string() } else { format!("legend {extra}") };
            view! {
                <ul class=class data-testid=if extra == "nojs-legend" { "legend-nojs" } else { "legend" } aria-hidden="true">
                    {keys.into_iter().enumerate().map(|(k, (mark, color))| {
                        let name = move || items.with(|items| items.get(k).map(|i| i.name.clone()).unwrap_or_default());
                        view! { <li><span class="key" data-mark=mark.as_str() data-color=color></span>{name}</li> }
                    }).collect_view()}
                </ul>
            }
        })
    }
}

/// A chart with its caption, an accessible description and its source notes.
#[component]
pub fn FigureCard(
    /// The chart's option as a JSON tree ([`crate::charts::to_value`]).
    #[prop(into)]
    option: Signal<serde_json::Value>,
    /// Caption shown under the chart, in the page's language.
    #[prop(into)]
    caption: Signal<&'static str>,
    /// One sentence describing what the chart shows right now, for screen readers.
    #[prop(into)]
    description: Signal<String>,
    /// The facts.md rows the chart's data comes from.
    facts: &'static [u8],
    /// The section the figure belongs to, for its embed code.
    section: &'static str,
    /// A second option, drawn statically for readers without JavaScript in
    /// place of the live chart's, with its own name: the profit chart shows
    /// them the answer they have no button to reveal.
    #[prop(optional)]
    nojs: Option<(&'static str, Signal<serde_json::Value>)>,
) -> impl IntoView {
    let lang = use_lang();
    let failed = RwSignal::new(false);
    let loader = use_loader();
    // Pointing a mouse at the figure, tapping it or moving focus into it is
    // the first sign the reader wants the live chart. A finger resting on
    // it while scrolling is not: touch counts only as a tap.
    let wake = move || {
        if let Some(l) = loader {
            l.request();
        }
    };
    let hover = move |ev: leptos::ev::PointerEvent| {
        if ev.pointer_type() == "mouse" || ev.pointer_type() == "pen" {
            wake();
        }
    };
    // The option fitted to the chart's size: the title moves into the
    // figure's HTML, and labels get the room they need. The build fits it to
    // the size static charts are drawn at.
    // Only while the chart follows the model: out of sight, a step builds
    // and fits nothing, and the legend keeps what was last drawn. A change
    // of language or of figure set refits every figure at once, so no title
    // is ever left in the other language or naming the other set's year (a
    // screen reader reads them without scrolling).
    let size = RwSignal::new((0.0, 0.0));
    let sight = Sight::new(false);
    let basis = use_figure_set();
    let fitted_in = StoredValue::new(None::<(Lang, Basis)>);
    let fitted = Memo::new(move |prev: Option<&fit::Fitted>| {
        let now = (lang.get(), basis.get());
        match prev {
            Some(prev) if fitted_in.get_value() == Some(now) && !sight.follows() => prev.clone(),
            _ => {
                fitted_in.set_value(Some(now));
                option.with(|option| {
                    let (w, h) = size.get();
                    fit::fit_option(option, w, h)
                })
            }
        }
    });
    let fitted_json = Memo::new(move |_| fitted.with(|f| f.json.clone()));
    let title = Memo::new(move |_| fitted.with(|f| f.title.clone()));
    let legend = Memo::new(move |_| fitted.with(|f| f.legend.clone()));
    let recorder = use_context::<ChartRecorder>();
    if let Some(r) = &recorder {
        fitted.with_untracked(|f| r.record(section, f, description.get_untracked(), false));
    }
    // The static chart for readers without JavaScript, fitted to the size
    // static charts are drawn at; its legend stands in for the live one.
    // Only the prerender draws them: with JavaScript they are hidden from
    // the first paint (style/main.css), so the browser builds neither.
    #[cfg(not(feature = "ssr"))]
    let nojs: Option<(&'static str, Signal<serde_json::Value>)> = nojs.and(None);
    let nojs = nojs.map(|(name, option)| {
        let fitted = Memo::new(move |_| option.with(|option| fit::fit_option(option, 0.0, 0.0)));
        if let Some(r) = &recorder {
            fitted.with_untracked(|f| r.record(name, f, description.get_untracked(), true));
        }
        (name, fitted)
    });
    let nojs_legend = nojs.map(|(_, fitted)| Memo::new(move |_| fitted.with(|f| f.legend.clone())));
    // On a phone the chart stays pinned while the reader is in its section:
    // keep the pin's measurements current as the card changes size.
    let figure_node = NodeRef::<leptos::html::Figure>::new();
    // (The browser has no figure to observe natively.)
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        if let Some(figure) = figure_node.get() {
            pin::watch(&figure);
            on_cleanup(move || pin::unwatch(&figure));
        }
    });
    view! {
        <figure
            node_ref=figure_node
            class="figure"
            class:with-nojs=nojs.is_some()
            data-testid="figure"
            on:pointerenter=hover
            on:focusin=move |_| wake()
            on:click=move |_| wake()
        >
            <p class="figure-title" data-testid="figure-title">{move || title.get()}</p>
            <EChart option=fitted_json failed=failed name=section size=size sight=sight />
            {nojs.map(|(name, _)| view! { <div class="echart nojs-chart" data-chart=name></div> })}
            <Legend items=legend extra=if nojs.is_some() { "live-legend" } else { "" } />
            {nojs_legend.map(|items| view! { <Legend items=items extra="nojs-legend" /> })}
            <p class="visually-hidden">{move || description.get()}</p>
            <DataTables option=option failed=failed section=section />
            <figcaption>
                <span class="caption">{move || caption.get()}</span>
                <span class="facts">{facts.iter().map(|&id| view! { <SourceNote id=id /> }).collect_view()}</span>
                <EmbedCopy section=section label=|s| s.embed_code_label />
                {figure_kit(section, option, facts)}
            </figcaption>
        </figure>
    }
}
