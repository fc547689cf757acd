//! The chart host: one ECharts instance per mounted element.
//!
//! The instance is created once the element comes near the viewport (charts
//! far down the page cost nothing at start-up); updated with `setOption`
//! whenever its option changes while it is in view (a chart scrolled away
//! catches up when it returns); resized when its container
//! resizes; recreated only when the colour theme changes; and disposed when
//! the component unmounts. Animation is off with reduced motion, and while a
//! control is moving; the value axes (and the plot's rectangle) hold still while a control moves, and
//! fit the data again (animated) once it rests. If ECharts cannot draw, it says so, and its figure
//! opens its data table.
//!
//! Until ECharts is wanted (see [`echarts::Loader`]), the element holds the
//! static SVG the prerender drew from the same option; the live chart
//! replaces it in the same box, so nothing moves.

use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{use_intersection_observer_with_options, use_resize_observer, use_window, UseIntersectionObserverOptions};

use super::echarts::{self, media_matches, use_loader, AxisHold, Axes, Instance, LoadState};
use crate::charts::fit;
use crate::i18n::Lang;
use crate::state::{use_dark, EmbedViewport, LastStep, Locale, Motion};

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
    let motion = use_context::<Motion>().map(|m| m.0);
    // The value axes as they were when a control started moving, held
    // until it rests.
    let held: StoredValue<Option<AxisHold>, LocalStorage> = StoredValue::new_local(None);
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
        // While a control moves, the value axes stay as they were drawn
        // before its step; once it rests they fit the data again.
        let moving = motion.is_some_and(|m| m.get());
        let release = if moving {
            if held.with_value(Option::is_none) {
                let axes = instance.with_value(|slot| slot.as_ref().map(|(i, _)| i.value_axes()).unwrap_or_default());
                if !axes.is_empty() {
                    held.set_value(Some(AxisHold::new(axes)));
                }
            }
            None
        } else {
            held.try_update_value(Option::take).flatten()
        };
        if !theme_changed && release.is_none() && applied.with_value(|a| a.as_deref() == Some(json.as_str())) {
            return;
        }
        // No animation for readers who asked for less motion, nor while a
        // control is moving: each step is drawn at once.
        // The axes fitting the data again once a control rests is one
        // movement, and animates (unless motion is reduced).
        // A chart's first drawing (or its first in a new theme) is drawn
        // at once: it takes the place of what the reader already sees (the
        // static chart, or the same data in the other theme), which
        // growing from zero would wipe and redraw.
        let fresh = theme_changed || instance.with_value(Option::is_none);
        let animate = !fresh && !media_matches("(prefers-reduced-motion: reduce)") && (release.is_some() || !clock.is_some_and(|c| c.moving()));
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
                let Some((i, _)) = slot.as_ref() else { return false };
                match &release {
                    Some(hold) => i.set_option_json(&json, animate, Axes::Release(hold)).is_ok(),
                    None => held.with_value(|h| match h {
                        Some(hold) => i.set_option_json(&json, animate, Axes::Hold(hold)).is_ok(),
                        None => i.set_option_json(&json, animate, Axes::Fit).is_ok(),
                    }),
                }
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
