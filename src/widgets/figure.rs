//! The figure host: one ECharts instance per mounted element.
//!
//! The instance is created once the element comes near the viewport (charts
//! far down the page cost nothing at start-up); updated with `setOption`
//! whenever its option changes; resized when its container resizes; recreated
//! only when the colour theme changes; and disposed when the component
//! unmounts. With reduced motion requested, animation is off.

use charming::Chart;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{use_intersection_observer_with_options, use_resize_observer, UseIntersectionObserverOptions};

use super::echarts::{media_matches, Instance};
use super::SourceNote;
use crate::i18n::Lang;
use crate::state::{use_dark, Locale};

/// How far outside the viewport a chart starts being drawn.
const NEAR_VIEWPORT: &str = "400px 0px";

/// A live ECharts chart that follows `option`.
#[component]
pub fn EChart(
    /// The chart's option model; each new value is applied with `setOption`.
    #[prop(into)]
    option: Signal<Chart>,
    /// Create the chart at once instead of when it nears the viewport.
    #[prop(optional)]
    eager: bool,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let instance: StoredValue<Option<(Instance, bool)>, LocalStorage> = StoredValue::new_local(None);
    let failed = RwSignal::new(false);
    let updates = RwSignal::new(0u32);
    let near = RwSignal::new(eager);
    let dark = use_dark();
    let lang = use_context::<Locale>().map(|l| Signal::from(l.0)).unwrap_or(Signal::stored(Lang::En));

    if !eager {
        use_intersection_observer_with_options(
            node,
            move |entries, _| {
                if entries.iter().any(|e| e.is_intersecting()) {
                    near.set(true);
                }
            },
            UseIntersectionObserverOptions::default().root_margin(NEAR_VIEWPORT),
        );
    }

    // Syncing with ECharts is a side effect outside the reactive system, which
    // is what effects are for.
    Effect::new(move |_| {
        let chart = option.get();
        let dark = dark.get();
        if !near.get() {
            return;
        }
        let Some(el) = node.get() else { return };
        let Ok(json) = serde_json::to_string(&chart) else {
            return failed.set(true);
        };
        let animate = !media_matches("(prefers-reduced-motion: reduce)");
        let ok = instance
            .try_update_value(|slot| {
                if slot.as_ref().is_some_and(|(_, d)| *d != dark) {
                    if let Some((old, _)) = slot.take() {
                        old.destroy();
                    }
                }
                if slot.is_none() {
                    *slot = Instance::new(&el, dark).ok().map(|i| (i, dark));
                }
                slot.as_ref().map(|(i, _)| i.set_option_json(&json, animate).is_ok()).unwrap_or(false)
            })
            .unwrap_or(false);
        if ok {
            updates.update(|n| *n += 1);
        } else {
            failed.set(true);
        }
    });

    use_resize_observer(node, move |_, _| {
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
            data-updates=move || updates.get()
            data-failed=move || failed.get().then_some("true")
        ></div>
        {move || failed.get().then(|| view! {
            <p class="chart-failed" role="status">{move || lang.get().strings().chart_failed}</p>
        })}
    }
}

/// A chart with its caption, an accessible description and its source notes.
#[component]
pub fn FigureCard(
    /// The chart's option model.
    #[prop(into)]
    option: Signal<Chart>,
    /// Caption shown under the chart, in the page's language.
    #[prop(into)]
    caption: Signal<&'static str>,
    /// One sentence describing what the chart shows right now, for screen readers.
    #[prop(into)]
    description: Signal<String>,
    /// The facts.md rows the chart's data comes from.
    facts: &'static [u8],
) -> impl IntoView {
    view! {
        <figure class="figure" data-testid="figure">
            <EChart option=option />
            <p class="visually-hidden">{move || description.get()}</p>
            <figcaption>
                <span class="caption">{move || caption.get()}</span>
                <span class="facts">{facts.iter().map(|&id| view! { <SourceNote id=id /> }).collect_view()}</span>
            </figcaption>
        </figure>
    }
}
