//! The figure host: one ECharts instance per mounted element.
//!
//! The instance is created once the element comes near the viewport (charts
//! far down the page cost nothing at start-up); updated with `setOption`
//! whenever its option changes while it is in view (a chart scrolled away
//! catches up when it returns); resized when its container
//! resizes; recreated only when the colour theme changes; and disposed when
//! the component unmounts. Animation is off with reduced motion, and while a
//! control is moving. If ECharts cannot draw, the figure opens its data table
//! with a notice.
//!
//! Until ECharts is wanted (see [`echarts::Loader`]), the element holds the
//! static SVG the prerender drew from the same option; the live chart
//! replaces it in the same box, so nothing moves.

use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{use_intersection_observer_with_options, use_resize_observer, use_window, UseIntersectionObserverOptions};

use super::echarts::{self, media_matches, use_loader, Instance, LoadState};
use super::embed_copy::EmbedCopy;
use super::SourceNote;
use crate::browser;
use crate::charts::{fit, table};
use crate::embed::EmbedViewport;
use crate::i18n::Lang;
use crate::model::Basis;
use crate::state::{use_dark, use_lang, use_scenario, LastStep, Locale};

/// How far outside the viewport a chart is created and first drawn, so it
/// is ready before the reader scrolls to it.
const NEAR_PX: f64 = 400.0;

/// How far outside the viewport a drawn chart still follows each step. A
/// chart further away is left as it is and catches up when it comes back:
/// a step then redraws only the charts the reader can see.
const IN_VIEW_PX: f64 = 40.0;

/// Where a chart is, relative to what the reader sees: shared by the chart,
/// which draws only while it is in sight, and its figure, which fits the
/// option (and so builds it) only then. A step costs nothing for the charts
/// out of sight; one that comes back catches up once.
#[derive(Clone, Copy)]
pub struct Sight {
    near: RwSignal<bool>,
    in_view: RwSignal<bool>,
    /// In view of the parent page's reader, for a chart inside an
    /// auto-height embed.
    in_parent_view: RwSignal<bool>,
    printing: RwSignal<bool>,
    /// How many times the chart was drawn.
    updates: RwSignal<u32>,
}

impl Sight {
    /// Nothing seen yet, or (`eager`) in view from the start.
    pub fn new(eager: bool) -> Self {
        Self {
            near: RwSignal::new(eager),
            in_view: RwSignal::new(eager),
            in_parent_view: RwSignal::new(false),
            printing: RwSignal::new(false),
            updates: RwSignal::new(0),
        }
    }

    /// Whether the chart follows the model now (tracked): in view of the
    /// page or of an embed's host, or being printed; or near and not drawn
    /// yet, since it is drawn before the reader reaches it.
    pub fn follows(self) -> bool {
        self.in_view.get() || self.in_parent_view.get() || self.printing.get() || (self.near.get() && self.updates.get() == 0)
    }
}

/// A live ECharts chart that follows `option`.
#[component]
pub fn EChart(
    /// The chart's option as JSON text ([`crate::charts::to_json`]); each new
    /// value is applied with `setOption`.
    #[prop(into)]
    option: Signal<String>,
    /// Create the chart at once instead of when it nears the viewport.
    #[prop(optional)]
    eager: bool,
    /// Set when the chart cannot be drawn (ECharts missing or failing), so
    /// the figure can show its table instead.
    #[prop(optional)]
    failed: Option<RwSignal<bool>>,
    /// The chart's name (its section), which the prerender's static SVG
    /// carries too.
    #[prop(optional)]
    name: &'static str,
    /// The size the option is fitted to ([`crate::charts::fit`]), which
    /// the chart keeps up to date as its box resizes (0 until measured).
    #[prop(optional)]
    size: Option<RwSignal<(f64, f64)>>,
    /// Where the chart is, if its figure needs to know too.
    #[prop(optional)]
    sight: Option<Sight>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let instance: StoredValue<Option<(Instance, bool)>, LocalStorage> = StoredValue::new_local(None);
    // The option text last applied, so a chart coming back into view is not
    // redrawn unless its option changed meanwhile.
    let applied: StoredValue<Option<String>> = StoredValue::new(None);
    let failed = failed.unwrap_or_else(|| RwSignal::new(false));
    let loader = use_loader();
    let Sight { near, in_view, in_parent_view, printing, updates } = sight.unwrap_or_else(|| Sight::new(eager));
    let dark = use_dark();
    let clock = LastStep::find();
    let lang = use_context::<Locale>().map(|l| Signal::from(l.0)).unwrap_or(Signal::stored(Lang::En));

    if !eager {
        // Charts are created near the viewport and follow the model only
        // while in view; one that scrolled away catches up when it returns.
        for (flag, margin) in [(near, NEAR_PX), (in_view, IN_VIEW_PX)] {
            use_intersection_observer_with_options(
                node,
                move |entries, _| {
                    if let Some(e) = entries.last() {
                        flag.set(e.is_intersecting() || print_mode());
                    }
                },
                UseIntersectionObserverOptions::default().root_margin(format!("{margin}px 0px")),
            );
        }
    }

    // Printing needs every chart, wherever the reader has scrolled, but only
    // while printing: afterwards charts out of view stop following steps again.
    let _ = leptos_use::use_event_listener(use_window(), leptos::ev::beforeprint, move |_| printing.set(true));
    let _ = leptos_use::use_event_listener(use_window(), leptos::ev::afterprint, move |_| printing.set(false));

    // Inside an auto-height iframe the host script reports what the parent's
    // reader can see; the chart is near or in view of that too.
    if let Some(EmbedViewport(viewport)) = use_context::<EmbedViewport>() {
        Effect::new(move |_| {
            let (Some(vp), Some(el)) = (viewport.get(), node.get()) else { return };
            let scroll_y = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
            let rect = el.get_bounding_client_rect();
            let top = rect.top() + scroll_y;
            let within = |margin: f64| top < vp.top + vp.height + margin && top + rect.height() > vp.top - margin;
            if within(NEAR_PX) {
                near.set(true);
            }
            in_parent_view.set(within(IN_VIEW_PX));
        });
    }

    // Syncing with ECharts is a side effect outside the reactive system, which
    // is what effects are for.
    Effect::new(move |_| {
        let dark = dark.get();
        let printing = printing.get();
        let near = near.get() || printing;
        let in_view = in_view.get() || in_parent_view.get() || printing;
        let created = instance.with_value(|slot| slot.is_some());
        if !(if created { in_view } else { near }) || failed.get_untracked() {
            return;
        }
        let Some(el) = node.get() else { return };
        let state = match loader {
            Some(l) => l.state(),
            None if echarts::loaded() => LoadState::Ready,
            None => LoadState::Failed,
        };
        match state {
            LoadState::Ready => {}
            LoadState::Failed => {
                failed.set(true);
                return;
            }
            LoadState::Loading => return,
            LoadState::Idle => {
                // A chart with no static copy to show (none was
                // prerendered for it) needs ECharts now.
                if el.child_element_count() == 0 {
                    if let Some(l) = loader {
                        l.request();
                    }
                }
                return;
            }
        }
        // Fit the option to the chart's own width before its first drawing;
        // setting the width (tracked here) refits it and runs this again.
        if let Some(size) = size {
            if size.get().0 == 0.0 {
                size.set((fit::step(f64::from(el.client_width())), fit::step(f64::from(el.client_height()))));
                return;
            }
        }
        let theme_changed = instance.with_value(|slot| slot.as_ref().is_some_and(|(_, d)| *d != dark));
        let json = option.get();
        if !theme_changed && applied.with_value(|a| a.as_deref() == Some(json.as_str())) {
            return;
        }
        // No animation for readers who asked for less motion, nor while a
        // control is moving: each step is drawn at once.
        let animate = !media_matches("(prefers-reduced-motion: reduce)") && !clock.is_some_and(|c| c.moving());
        let ok = instance
            .try_update_value(|slot| {
                if theme_changed {
                    if let Some((old, _)) = slot.take() {
                        old.destroy();
                    }
                }
                if slot.is_none() {
                    // The static chart goes: ECharts appends to its
                    // container without clearing it.
                    el.set_inner_html("");
                    *slot = Instance::new(&el, dark).ok().map(|i| (i, dark));
                }
                slot.as_ref().map(|(i, _)| i.set_option_json(&json, animate).is_ok()).unwrap_or(false)
            })
            .unwrap_or(false);
        if ok {
            applied.set_value(Some(json));
            updates.update(|n| *n += 1);
        } else {
            failed.set(true);
        }
    });

    use_resize_observer(node, move |entries, _| {
        // A new size step refits the option (and so redraws the chart).
        if let (Some(size), Some(e)) = (size, entries.first()) {
            let rect = e.content_rect();
            let fitted = (fit::step(rect.width()), fit::step(rect.height()));
            if size.get_untracked().0 != 0.0 && size.get_untracked() != fitted {
                size.set(fitted);
            }
        }
        instance.with_value(|slot| {
            if let Some((i, _)) = slot {
                i.fit();
            }
        });
    });

    on_cleanup(move || {
        instance.update_value(|slot| {
            if let Some((i, _)) = slot.take() {
                i.destroy();
            }
        });
    });

    view! {
        <div
            node_ref=node
            class="echart"
            data-testid="echart"
            data-chart=(!name.is_empty()).then_some(name)
            // Once drawn, ECharts' aria option labels this element with a
            // summary of the chart; as an image, that label is what a screen
            // reader reads.
            role=move || (updates.get() > 0).then_some("img")
            data-updates=move || updates.get()
            data-in-view=move || (in_view.get() || in_parent_view.get()).then_some("true")
            data-failed=move || failed.get().then_some("true")
        ></div>
        {move || failed.get().then(|| view! {
            <p class="chart-failed" role="status">{move || lang.get().strings().chart_failed}</p>
        })}
    }
}

/// Whether the page is being printed (every chart must be drawn then).
fn print_mode() -> bool {
    media_matches("print")
}

/// The chart's numbers as tables, built only while open (or when the chart
/// cannot be drawn), with a CSV download.
#[component]
fn DataTables(
    option: Signal<String>,
    failed: RwSignal<bool>,
    section: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    let shown = move || open.get() || failed.get();
    // The prerendered page carries every table, closed, so it can be read
    // without the code; the live page builds them only while open (the
    // hydrate build, which must match the prerendered tree, always does).
    let built = move || shown() || cfg!(any(feature = "ssr", feature = "hydrate"));
    let tables = Memo::new(move |_| if built() { option.with(|json| table::from_json(json)) } else { Vec::new() });
    let download = move |_| {
        let csv = option.with_untracked(|json| table::csv(&table::from_json(json)));
        browser::download_csv(&format!("tether-{section}-{}.csv", lang.get_untracked().tag()), &csv);
    };
    view! {
        <details
            class="data"
            data-testid="data-table"
            prop:open=shown
            on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))
        >
            <summary>{move || lang.get().strings().data_show}</summary>
            {move || tables.get().into_iter().map(|t| view! {
                <div class="table-scroll">
                    <table>
                        <caption>{t.caption}</caption>
                        <thead><tr>{t.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {t.rows.into_iter().map(|row| {
                                let mut cells = row.into_iter();
                                let head = cells.next().map(|c| c.text).unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{head}</th>
                                        {cells.map(|c| view! { <td>{c.text}</td> }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }).collect_view()}
            <button type="button" class="link-button csv" data-testid="csv" on:click=download>
                {move || lang.get().strings().data_csv}
            </button>
        </details>
    }
}

/// The chart's legend, as HTML under it: it wraps like text at any width,
/// and is there before the code. The chart's own summary (ECharts' aria)
/// names the series for a screen reader, so the keys are not read twice.
#[component]
fn Legend(
    items: Memo<Vec<fit::LegendItem>>,
    /// A further class: which of a figure's two legends this is, where it
    /// has a static chart of its own for readers without JavaScript.
    extra: &'static str,
) -> impl IntoView {
    move || {
        let items = items.get();
        (!items.is_empty()).then(|| {
            let class = if extra.is_empty() { "legend".to_string() } else { format!("legend {extra}") };
            view! {
                <ul class=class data-testid=if extra == "nojs-legend" { "legend-nojs" } else { "legend" } aria-hidden="true">
                    {items.into_iter().map(|i| view! {
                        <li><span class="key" data-mark=i.mark.as_str() data-color=i.color></span>{i.name}</li>
                    }).collect_view()}
                </ul>
            }
        })
    }
}

/// A chart with its caption, an accessible description and its source notes.
#[component]
pub fn FigureCard(
    /// The chart's option as JSON text.
    #[prop(into)]
    option: Signal<String>,
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
    nojs: Option<(&'static str, Signal<String>)>,
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
    let scenario = use_scenario();
    let basis = Memo::new(move |_| scenario.with(|a| a.basis));
    let fitted_in = StoredValue::new(None::<(Lang, Basis)>);
    let fitted = Memo::new(move |prev: Option<&fit::Fitted>| {
        let now = (lang.get(), basis.get());
        match prev {
            Some(prev) if fitted_in.get_value() == Some(now) && !sight.follows() => prev.clone(),
            _ => {
                fitted_in.set_value(Some(now));
                option.with(|json| {
                    let (w, h) = size.get();
                    fit::fit(json, w, h)
                })
            }
        }
    });
    let fitted_json = Memo::new(move |_| fitted.with(|f| f.json.clone()));
    let title = Memo::new(move |_| fitted.with(|f| f.title.clone()));
    let legend = Memo::new(move |_| fitted.with(|f| f.legend.clone()));
    #[cfg(feature = "ssr")]
    crate::prerender::record_chart(section, fitted_json.get_untracked(), description.get_untracked());
    // The static chart for readers without JavaScript, fitted to the size
    // static charts are drawn at; its legend stands in for the live one.
    let nojs = nojs.map(|(name, option)| {
        let fitted = Memo::new(move |_| option.with(|json| fit::fit(json, 0.0, 0.0)));
        #[cfg(feature = "ssr")]
        crate::prerender::record_chart(name, fitted.with_untracked(|f| f.json.clone()), description.get_untracked());
        (name, fitted)
    });
    let nojs_legend = nojs.map(|(_, fitted)| Memo::new(move |_| fitted.with(|f| f.legend.clone())));
    // On a phone the chart stays pinned while the reader is in its section:
    // keep the pin's measurements current as the card changes size.
    let figure_node = NodeRef::<leptos::html::Figure>::new();
    use_resize_observer(figure_node, move |_, _| measure_pins());
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
            </figcaption>
        </figure>
    }
}

/// The last element of a figure's pinned part: its legend, or its chart if
/// it has none (the title, chart and legend show while it is pinned).
pub fn pinned_end(figure: &web_sys::Element) -> Option<web_sys::Element> {
    let last = |sel: &str| figure.query_selector(sel).ok().flatten();
    last(".legend").or_else(|| last(".echart"))
}

/// On a phone (style/main.css) each section's figure is pinned to the bottom
/// of the screen while the reader is in the section, showing its title and
/// chart; the rest of the card (caption, source notes, data table) hangs
/// below the screen's edge until the section's end brings it up. This
/// measures, for each figure, how much hangs below (`--below` on its
/// holder), and the tallest pinned part (`--pinned` on the page), which the
/// page keeps clear when focus moves, so a control is never hidden behind a
/// chart.
fn measure_pins() {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(figures) = doc.query_selector_all(".beat-figure > figure") else { return };
    let mut pinned = 0.0_f64;
    for i in 0..figures.length() {
        let Some(figure) = figures.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(chart) = pinned_end(&figure) else { continue };
        let Some(holder) = figure.parent_element().and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let (f, c) = (figure.get_bounding_client_rect(), chart.get_bounding_client_rect());
        if f.height() == 0.0 {
            continue;
        }
        let below = (f.bottom() - c.bottom()).max(0.0).ceil();
        let _ = holder.style().set_property("--below", &format!("{}px", below as i64));
        pinned = pinned.max((c.bottom() - f.top()).ceil());
    }
    if let Some(root) = doc.document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property("--pinned", &format!("{}px", pinned as i64));
    }
}
