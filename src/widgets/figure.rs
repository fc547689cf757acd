//! The figure host: one ECharts instance per mounted element.
//!
//! It is created once, after the element is mounted; updated with `setOption`
//! whenever its option changes; resized when its container resizes; and
//! disposed when the component unmounts.

use charming::Chart;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::use_resize_observer;

use super::echarts::Instance;
use super::SourceNote;

/// A live ECharts chart that follows `option`.
#[component]
pub fn EChart(
    /// The chart's option model; each new value is applied with `setOption`.
    #[prop(into)]
    option: Signal<Chart>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let instance: StoredValue<Option<Instance>, LocalStorage> = StoredValue::new_local(None);
    let failed = RwSignal::new(false);
    let updates = RwSignal::new(0u32);

    // Syncing with ECharts is a side effect outside the reactive system, which
    // is what effects are for.
    Effect::new(move |_| {
        let chart = option.get();
        let Some(el) = node.get() else { return };
        let json = match serde_json::to_string(&chart) {
            Ok(json) => json,
            Err(_) => return failed.set(true),
        };
        let ok = instance
            .try_update_value(|slot| {
                if slot.is_none() {
                    *slot = Instance::new(&el).ok();
                }
                slot.as_ref().map(|i| i.set_option_json(&json).is_ok()).unwrap_or(false)
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
            if let Some(i) = slot {
                i.fit();
            }
        });
    });

    on_cleanup(move || {
        instance.update_value(|slot| {
            if let Some(i) = slot.take() {
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
    }
}

/// A chart with its caption, an accessible description and its source note.
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
    /// The facts.md row the chart's data comes from.
    fact: u8,
) -> impl IntoView {
    view! {
        <figure class="figure" data-testid="figure">
            <EChart option=option />
            <p class="visually-hidden">{move || description.get()}</p>
            <figcaption>
                <span class="caption">{move || caption.get()}</span>
                <SourceNote id=fact />
            </figcaption>
        </figure>
    }
}
