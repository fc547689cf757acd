//! The document-level state, provided as context: the reader's scenario, the
//! figures derived from it, and the language.
//!
//! Each value sits behind a newtype so components fetch it by meaning, not by
//! a bare signal type.

use leptos::prelude::*;

use std::sync::{Arc, Mutex};

use crate::i18n::Lang;
use crate::model::{derive, Assumptions, Basis, Figures};
use crate::site::Page;

/// The reader's assumptions: the one store every control writes to.
#[derive(Clone, Copy)]
pub struct Scenario(pub RwSignal<Assumptions>);

/// Figures derived from the scenario by the pure `model::derive`, as a memo
/// that notifies only when a figure changed.
#[derive(Clone, Copy)]
pub struct Derived(pub Memo<Figures>);

/// The scenario and its figures in one memo. Live values and charts, which
/// read both, subscribe to this one node instead of two: with some hundred
/// of them on the page, every step otherwise pays for the longer subscriber
/// lists of the scenario store.
#[derive(Clone, Copy)]
pub struct Model(pub Memo<(Assumptions, Figures)>);

/// The figure set in use, apart from the rest of the scenario: it changes
/// only when the set does (an effect on the model sets it), so what follows
/// it alone (figures out of sight, sections away from the reader) is not
/// reached by a step's change at all. Reading `scenario.basis` through a
/// memo instead would subscribe them to the scenario, and the reactive graph
/// marks every node downstream of a change on every step, whether its value
/// changes or not.
#[derive(Clone, Copy)]
pub struct FigureSet(pub ReadSignal<Basis>);

/// The model as it was when the controls last rested (see [`section_model`]).
#[derive(Clone, Copy)]
pub struct Rested(pub RwSignal<(Assumptions, Figures)>);

/// Whether a control is moving: set at a moving control's first step,
/// cleared once the controls rest ([`REST_MS`]). Charts hold their value
/// axes still meanwhile, and fit them again when it clears.
#[derive(Clone, Copy)]
pub struct Motion(pub RwSignal<bool>);

/// How long the controls must rest (milliseconds) before the sections out
/// of the reader's sight catch up with them.
pub const REST_MS: u32 = 150;

/// The page's language.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

/// The colour scheme: `true` for dark. Starts from the system preference;
/// the toolbar toggles it.
#[derive(Clone, Copy)]
pub struct Theme(pub RwSignal<bool>);

/// Where the page is, as components need it: its page, and the way back to
/// the site's root. The app provides it.
#[derive(Clone, Debug)]
pub struct PageMode {
    /// Which page this is.
    pub page: Page,
    /// The way from this page to the site's root.
    pub root: String,
    /// Embedded: no site chrome, heights posted to the parent.
    pub embed: bool,
}

impl PageMode {
    /// Whether the page is embedded.
    pub fn embed(&self) -> bool {
        self.embed
    }
}

/// The part of an embed page the parent's reader can see, in page pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Distance from the top of this page to the top of the visible part.
    pub top: f64,
    /// Height of the visible part.
    pub height: f64,
}

/// The parent's viewport, once the host script has sent one: provided by
/// `embed::start` on an embed page, read by the charts.
#[derive(Clone, Copy)]
pub struct EmbedViewport(pub RwSignal<Option<Viewport>>);

/// One figure's chart as the prerender needs it.
#[derive(Clone, Debug)]
pub struct RecordedChart {
    /// The chart's name (its section id), as its element's `data-chart`.
    pub name: &'static str,
    /// The ECharts option, as JSON text, exactly as the live chart gets it.
    pub option: String,
    /// The title the figure shows above it.
    pub title: String,
    /// The legend the figure shows under it.
    pub legend: Vec<crate::charts::fit::LegendItem>,
    /// The sentence that describes the chart to screen readers.
    pub description: String,
    /// Drawn for readers without JavaScript only (a question's answer
    /// shown), not as the live chart.
    pub nojs: bool,
}

/// Where figures put their charts while a page is prerendered: the
/// prerender provides one and reads it after rendering; in the browser
/// there is none, and figures record nothing.
#[derive(Clone, Default)]
pub struct ChartRecorder(Arc<Mutex<Vec<RecordedChart>>>);

impl ChartRecorder {
    /// Notes one chart.
    pub fn record(&self, name: &'static str, fitted: &crate::charts::fit::Fitted, description: String, nojs: bool) {
        if let Ok(mut list) = self.0.lock() {
            list.push(RecordedChart {
                name,
                option: fitted.json.clone(),
                title: fitted.title.clone(),
                legend: fitted.legend.clone(),
                description,
                nojs,
            });
        }
    }

    /// The charts noted so far, in the order the figures rendered.
    pub fn take(&self) -> Vec<RecordedChart> {
        self.0.lock().map(|mut list| std::mem::take(&mut *list)).unwrap_or_default()
    }
}

/// Whether the page shows one section alone, as an embed page does: its
/// prose then never points at another section, which is not there.
#[derive(Clone, Copy)]
pub struct Alone(pub bool);

/// Whether the section is shown alone (`false` outside the app, e.g. in a
/// component test).
pub fn alone() -> bool {
    use_context::<Alone>().is_some_and(|a| a.0)
}

/// The way from this page's folder to the site's root (`""`, `"../"`…),
/// which the embed code and the loader's addresses start from.
#[derive(Clone)]
pub struct Root(pub String);

/// The root in context, or the page's own folder outside the app.
pub fn use_root() -> String {
    use_context::<Root>().map(|r| r.0).unwrap_or_default()
}

/// Whether the reader has revealed the answer to the opening guess. It
/// lives at the page level so a tap made before the code arrived (the
/// loader marks `<html data-revealed>`) carries over.
#[derive(Clone, Copy)]
pub struct Revealed(pub RwSignal<bool>);

/// The revealed flag, or a fresh one outside the app.
pub fn use_revealed() -> RwSignal<bool> {
    use_context::<Revealed>().map(|r| r.0).unwrap_or_else(|| RwSignal::new(false))
}

/// When the reader last stepped or dragged a control (`performance.now()`
/// milliseconds). Charts skip their animation while a control is moving, so
/// every step is drawn at once instead of queuing transitions.
#[derive(Clone, Copy)]
pub struct LastStep(pub StoredValue<f64>);

/// How long after a step a control still counts as moving.
const MOVING_MS: f64 = 600.0;

thread_local! {
    /// `window.performance`, looked up once: the clock is read on every step.
    static PERFORMANCE: Option<web_sys::Performance> = web_sys::window().and_then(|w| w.performance());
}

/// `performance.now()` in milliseconds (0 where there is no window).
pub fn now_ms() -> f64 {
    PERFORMANCE.with(|p| p.as_ref().map(|p| p.now()).unwrap_or(0.0))
}

impl LastStep {
    /// The clock in context (call while setting up a component; event
    /// handlers have no context to look it up in).
    pub fn find() -> Option<LastStep> {
        use_context::<LastStep>()
    }

    /// Records that a control moved.
    pub fn note(self) {
        self.0.set_value(now_ms());
    }

    /// Whether a control is moving right now.
    pub fn moving(self) -> bool {
        now_ms() - self.0.get_value() < MOVING_MS
    }
}

/// Creates the state and provides it to every component below.
pub fn provide_state(initial_lang: Lang, assumptions: Assumptions, dark: bool) {
    provide_context(Theme(RwSignal::new(dark)));
    provide_context(LastStep(StoredValue::new(f64::NEG_INFINITY)));
    let scenario = RwSignal::new(assumptions);
    // One chain, scenario → model → figures, not a diamond: fewer
    // subscriptions on the scenario, and no node reached by two paths.
    let model = Memo::new(move |_| {
        let a = scenario.get();
        let f = derive(&a);
        (a, f)
    });
    let figures = Memo::new(move |_| model.with(|(_, f)| f.clone()));
    // The sections out of sight follow this copy, which catches up once the
    // controls rest (and at once before printing).
    let rested = RwSignal::new(model.get_untracked());
    let catch_up = move || {
        if let Some(now) = model.try_get_untracked() {
            if rested.try_with_untracked(|r| *r != now) == Some(true) {
                rested.set(now);
            }
        }
    };
    // One timer at a time, not one per step: when it fires, it waits again
    // for whatever is left of the rest since the last step.
    let last_change = StoredValue::new(f64::NEG_INFINITY);
    let waiting = StoredValue::new(false);
    let motion = RwSignal::new(false);
    let rest = move || {
        waiting.try_set_value(false);
        catch_up();
        if motion.try_get_untracked() == Some(true) {
            motion.set(false);
        }
    };
    fn wait(ms: f64, last_change: StoredValue<f64>, rest: impl Fn() + Copy + 'static) {
        gloo::timers::callback::Timeout::new(ms.max(1.0) as u32, move || {
            let left = last_change.try_get_value().map_or(0.0, |t| t + f64::from(REST_MS) - now_ms());
            if left > 0.0 {
                wait(left, last_change, rest);
            } else {
                rest();
            }
        })
        .forget();
    }
    let clock = LastStep::find();
    let (basis, set_basis) = signal(model.with_untracked(|(a, _)| a.basis));
    Effect::new(move |_| {
        let now = model.with(|(a, _)| a.basis);
        // A button (a figure set, a preset) changes everything at once;
        // only a control that is moving defers the sections out of sight.
        // A new figure set is never deferred.
        if !clock.is_some_and(|c| c.moving()) || basis.get_untracked() != now {
            catch_up();
            if basis.get_untracked() != now {
                set_basis.set(now);
            }
            return;
        }
        last_change.set_value(now_ms());
        if !motion.get_untracked() {
            motion.set(true);
        }
        if !waiting.get_value() {
            waiting.set_value(true);
            wait(f64::from(REST_MS), last_change, rest);
        }
    });
    let _ = leptos_use::use_event_listener(leptos_use::use_window(), leptos::ev::beforeprint, move |_| catch_up());
    provide_context(Rested(rested));
    provide_context(Motion(motion));
    provide_context(Scenario(scenario));
    provide_context(Derived(figures));
    provide_context(FigureSet(basis));
    provide_context(Model(model));
    provide_context(Locale(RwSignal::new(initial_lang)));
}

/// The model for one section's prose, figures and charts: live while the
/// section is near the reader's sight (within half a screen), and otherwise
/// the model as it was when the controls last rested, [`REST_MS`] after the
/// last step. A step then recomputes and rewrites only what the reader can
/// see; the rest of the article catches up as soon as the reader pauses,
/// and a section coming near catches up before it is seen. On an embed page
/// (one section alone) and outside the app, the section is always live.
pub fn section_model(id: &str) -> Model {
    let live = expect_context::<Model>();
    let Some(Rested(rested)) = use_context::<Rested>() else { return live };
    if alone() {
        return live;
    }
    let near = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    {
        let id = id.to_string();
        // Once mounted (an effect runs after the section is in the page).
        Effect::new(move |watched: Option<()>| {
            if watched.is_none() {
                sight::watch(&id, near);
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
    let Model(live) = live;
    // A change of figure set is never deferred (the rested copy catches up
    // with it at once; meanwhile the section follows the live model). Away
    // from the reader the section reads only `near`, the set and the rested
    // copy, so a step's change never reaches it.
    let set = use_figure_set();
    let same_set = move || rested.with(|(r, _)| r.basis == set.get());
    Model(Memo::new(move |_| if near.get() || !same_set() { live.get() } else { rested.get() }))
}

/// One IntersectionObserver for every section, telling each whether it is
/// within half a screen of the viewport.
#[cfg(target_arch = "wasm32")]
mod sight {
    use std::cell::RefCell;

    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    thread_local! {
        static WATCHED: RefCell<Vec<(web_sys::Element, RwSignal<bool>)>> = const { RefCell::new(Vec::new()) };
        static OBSERVER: Option<web_sys::IntersectionObserver> = {
            let seen = Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
                for entry in entries.iter() {
                    let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else { continue };
                    let (target, near) = (entry.target(), entry.is_intersecting());
                    WATCHED.with(|w| {
                        for (el, flag) in w.borrow().iter() {
                            if *el == target {
                                let _ = flag.try_set(near);
                            }
                        }
                    });
                }
            });
            let init = web_sys::IntersectionObserverInit::new();
            init.set_root_margin("50% 0px");
            let observer = web_sys::IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &init).ok();
            // The observer lives as long as the page.
            seen.forget();
            observer
        };
    }

    /// Sets `near` whenever the element `id` comes within half a screen of
    /// the viewport or leaves it; `near` stays set if it cannot be watched.
    pub fn watch(id: &str, near: RwSignal<bool>) {
        let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
        let watched = OBSERVER.with(|observer| match (observer, element) {
            (Some(observer), Some(element)) => {
                WATCHED.with(|w| {
                    let mut w = w.borrow_mut();
                    // A section rendered again (a new element under the same
                    // id) replaces the one it was.
                    w.retain(|(el, flag)| {
                        let stale = el.id() == element.id() || flag.try_get_untracked().is_none();
                        if stale {
                            observer.unobserve(el);
                        }
                        !stale
                    });
                    w.push((element.clone(), near));
                });
                observer.observe(&element);
                true
            }
            _ => false,
        });
        if !watched {
            near.set(true);
        }
    }

    /// Watches `section` in place of the element it replaced under the same
    /// id. A section rendered detached (the takeover's twin, see
    /// `boot.rs`) runs its effects before it is in the page, so [`watch`]
    /// found the section it was about to replace, which never comes into
    /// view again once removed.
    pub fn rewatch(section: &web_sys::Element) {
        OBSERVER.with(|observer| {
            let Some(observer) = observer else { return };
            let id = section.id();
            let mut moved = false;
            WATCHED.with(|w| {
                for (el, _) in w.borrow_mut().iter_mut() {
                    if el.id() == id && el != section {
                        observer.unobserve(el);
                        *el = section.clone();
                        moved = true;
                    }
                }
            });
            if moved {
                // The observer reports its first sighting of it at once.
                observer.observe(section);
            }
        });
    }
}

/// Tells the section model that `section` now stands in the page for the
/// element that held its id (see `sight::rewatch`).
#[cfg(target_arch = "wasm32")]
pub fn section_attached(section: &web_sys::Element) {
    sight::rewatch(section);
}

/// The scenario store.
pub fn use_scenario() -> RwSignal<Assumptions> {
    expect_context::<Scenario>().0
}

/// The derived figures.
pub fn use_figures() -> Memo<Figures> {
    expect_context::<Derived>().0
}

/// The scenario with its figures, as one memo.
pub fn use_model() -> Memo<(Assumptions, Figures)> {
    expect_context::<Model>().0
}

/// The figure set in use (see [`FigureSet`]).
pub fn use_figure_set() -> ReadSignal<Basis> {
    expect_context::<FigureSet>().0
}

/// The language signal.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<Locale>().0
}

/// The colour-scheme signal (`true` is dark). Falls back to light outside the
/// app, e.g. in component tests that mount a single widget.
pub fn use_dark() -> Signal<bool> {
    match use_context::<Theme>() {
        Some(Theme(dark)) => dark.into(),
        None => Signal::stored(false),
    }
}
