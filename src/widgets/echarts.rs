//! Thin bindings to the four ECharts calls the figure host needs, and the
//! loader that fetches ECharts only once the reader starts to interact.
//!
//! charming's own `WasmRenderer` finds its element by a global id, renders to
//! canvas only, always merges, and cannot dispose, so the host calls ECharts
//! directly on the element it mounted.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where ECharts is in coming.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadState {
    /// Not asked for: the static charts the prerender drew are shown.
    Idle,
    /// Its script is on its way.
    Loading,
    /// `window.echarts` is there.
    Ready,
    /// The script failed to load or did not define `echarts`.
    Failed,
}

/// Fetches ECharts on first demand. A reader who only scrolls and reads on
/// a phone never pays for it: the prerendered charts are static SVG. The
/// first sign of interaction (a control focused or moved, a chart hovered
/// with a mouse or tapped, the language or colours switched) asks for it, and each chart goes live in place of its static
/// copy once it arrives.
#[derive(Clone, Copy)]
pub struct Loader {
    state: RwSignal<LoadState>,
    url: StoredValue<String>,
}

impl Loader {
    /// A loader for the script at `url` (relative to the page).
    pub fn new(url: String) -> Self {
        Self { state: RwSignal::new(LoadState::Idle), url: StoredValue::new(url) }
    }

    /// The state, tracked.
    pub fn state(self) -> LoadState {
        self.state.get()
    }

    /// The state, untracked.
    pub fn state_untracked(self) -> LoadState {
        self.state.get_untracked()
    }

    /// Starts loading ECharts unless it is loading or loaded. Call from
    /// event handlers and effects only: it touches the document.
    pub fn request(self) {
        if self.state.get_untracked() != LoadState::Idle {
            return;
        }
        if loaded() {
            self.state.set(LoadState::Ready);
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(script) = doc.create_element("script").ok().and_then(|e| e.dyn_into::<web_sys::HtmlScriptElement>().ok())
        else {
            self.state.set(LoadState::Failed);
            return;
        };
        self.state.set(LoadState::Loading);
        let state = self.state;
        let done = Closure::once_into_js(move || state.set(if loaded() { LoadState::Ready } else { LoadState::Failed }));
        // A figure's image waiting for ECharts fails with it.
        let failed = Closure::once_into_js(move || {
            crate::browser::fail_figure_files();
            state.set(LoadState::Failed);
        });
        script.set_onload(Some(done.unchecked_ref()));
        script.set_onerror(Some(failed.unchecked_ref()));
        script.set_async(true);
        script.set_src(&self.url.get_value());
        if let Some(head) = doc.head() {
            let _ = head.append_child(&script);
        }
    }
}

/// The loader in context. Without one (a component test mounting a lone
/// chart), ECharts is whatever the page already has.
pub fn use_loader() -> Option<Loader> {
    use_context::<Loader>()
}

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance bound to one element.
    #[derive(Clone, Debug)]
    pub type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init_raw(el: &web_sys::HtmlElement, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = getInstanceByDom)]
    fn instance_by_dom_raw(el: &web_sys::HtmlElement) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option_raw(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn resize(this: &Instance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn dispose(this: &Instance) -> Result<(), JsValue>;
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}

impl Instance {
    /// Creates an instance on `el` with the SVG renderer, in ECharts' dark
    /// theme if `dark`. Fails if ECharts did not load.
    pub fn new(el: &web_sys::HtmlElement, dark: bool) -> Result<Instance, JsValue> {
        let opts = object(&[("renderer", JsValue::from_str("svg"))]);
        let theme = if dark { JsValue::from_str("dark") } else { JsValue::NULL };
        init_raw(el, &theme, &opts)
    }

    /// Applies an option given as JSON text. Series are replaced, not merged,
    /// so a series dropped from the option disappears from the chart. The
    /// option's animation is switched on or off as `animate` says. `axes`
    /// holds value axes where they are, or lets them go (see [`AxisHold`]).
    pub fn set_option_json(&self, json: &str, animate: bool, axes: Axes<'_>) -> Result<(), JsValue> {
        let option = js_sys::JSON::parse(json)?;
        name_series(&option);
        // Always set, either way: ECharts merges `animation` like any other
        // option, so a `false` left by a moving control would otherwise
        // still hold when it rests, and the axes' refit would jump.
        js_sys::Reflect::set(&option, &JsValue::from_str("animation"), &JsValue::from_bool(animate))?;
        match axes {
            Axes::Fit => {}
            Axes::Hold(hold) => {
                for (axis, (min, max)) in hold.axes.iter().zip(&hold.bounds) {
                    set_unset_bound(&option, axis, "min", min.as_ref());
                    set_unset_bound(&option, axis, "max", max.as_ref());
                }
            }
            Axes::Release(hold) => {
                for axis in &hold.axes {
                    set_unset_bound(&option, axis, "min", &JsValue::NULL);
                    set_unset_bound(&option, axis, "max", &JsValue::NULL);
                }
            }
        }
        let replace = js_sys::Array::of1(&JsValue::from_str("series"));
        let opts = object(&[("replaceMerge", replace.into())]);
        self.set_option_raw(&option, &opts)
    }

    /// Fits the chart to its container.
    pub fn fit(&self) {
        let _ = self.resize();
    }

    /// Frees the instance and its DOM.
    pub fn destroy(&self) {
        let _ = self.dispose();
    }
}

/// One value axis as drawn: which it is and its extent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HeldAxis {
    /// `xAxis` or `yAxis`.
    pub main_type: &'static str,
    /// Its index among its kind.
    pub index: u32,
    pub min: f64,
    pub max: f64,
}

/// A bound ECharts calls with the data's extent: the held end while the
/// data stays within it, otherwise nothing, so the axis grows to fit.
type Bound = Closure<dyn Fn(JsValue) -> JsValue>;

/// Value axes held still while a control moves: a bar grows or shrinks
/// against a fixed scale instead of the scale moving under it (and ECharts
/// lays out no new ticks). An axis still grows when the data leaves it.
/// Seeing a bound given as a function, the bundle holds the plot too
/// (src/js/echarts.mjs, `placePlots`).
pub struct AxisHold {
    axes: Vec<HeldAxis>,
    /// Each axis's min and max bounds, alive as long as ECharts may call
    /// them (until the option that lets them go is applied).
    bounds: Vec<(Bound, Bound)>,
}

impl AxisHold {
    /// Holds `axes` at their extents.
    pub fn new(axes: Vec<HeldAxis>) -> Self {
        let bound = |held: f64, key: &'static str, within: fn(f64, f64) -> bool| -> Bound {
            Closure::new(move |extent: JsValue| {
                let data = js_sys::Reflect::get(&extent, &JsValue::from_str(key)).ok().and_then(|v| v.as_f64());
                match data {
                    Some(d) if within(d, held) => JsValue::from_f64(held),
                    _ => JsValue::NULL,
                }
            })
        };
        let bounds = axes.iter().map(|a| (bound(a.min, "min", |d, h| d >= h), bound(a.max, "max", |d, h| d <= h))).collect();
        Self { axes, bounds }
    }

    /// The axes held.
    pub fn axes(&self) -> &[HeldAxis] {
        &self.axes
    }
}

/// What an update does to the value axes.
pub enum Axes<'a> {
    /// ECharts fits them to the data, as the option says.
    Fit,
    /// They stay where they were (see [`AxisHold`]).
    Hold(&'a AxisHold),
    /// They are let go and fit to the data again.
    Release(&'a AxisHold),
}

/// Sets `key` on the option's `axis` to `value`, unless the option gives
/// that bound itself.
fn set_unset_bound(option: &JsValue, axis: &HeldAxis, key: &str, value: &JsValue) {
    let Ok(list) = js_sys::Reflect::get(option, &JsValue::from_str(axis.main_type)) else { return };
    let target = match list.dyn_ref::<js_sys::Array>() {
        Some(a) => a.get(axis.index),
        None if axis.index == 0 => list,
        None => return,
    };
    if !target.is_object() {
        return;
    }
    let key = JsValue::from_str(key);
    let given = js_sys::Reflect::get(&target, &key).map(|v| !v.is_undefined() && !v.is_null()).unwrap_or(true);
    if !given {
        let _ = js_sys::Reflect::set(&target, &key, value);
    }
}

impl Instance {
    /// The value axes as drawn now, with their extents: read from ECharts'
    /// model (`getModel().getComponent(..).axis.scale.getExtent()`); empty
    /// if it cannot be read.
    pub fn value_axes(&self) -> Vec<HeldAxis> {
        let this: &JsValue = self.as_ref();
        let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok().filter(|v| !v.is_undefined() && !v.is_null());
        let call = |o: &JsValue, k: &str, args: &[JsValue]| -> Option<JsValue> {
            let f = get(o, k)?.dyn_into::<js_sys::Function>().ok()?;
            let args: js_sys::Array = args.iter().collect();
            f.apply(o, &args).ok().filter(|v| !v.is_undefined() && !v.is_null())
        };
        let Some(model) = call(this, "getModel", &[]) else { return Vec::new() };
        let mut axes = Vec::new();
        for main_type in ["xAxis", "yAxis"] {
            for index in 0..4u32 {
                let Some(component) = call(&model, "getComponent", &[JsValue::from_str(main_type), JsValue::from(index)]) else { break };
                let Some(axis) = get(&component, "axis") else { continue };
                if get(&axis, "type").and_then(|t| t.as_string()).as_deref() != Some("value") {
                    continue;
                }
                let Some(extent) = get(&axis, "scale").and_then(|scale| call(&scale, "getExtent", &[])) else { continue };
                let Some(extent) = extent.dyn_ref::<js_sys::Array>() else { continue };
                if let (Some(min), Some(max)) = (extent.get(0).as_f64(), extent.get(1).as_f64()) {
                    if min.is_finite() && max.is_finite() && min < max {
                        axes.push(HeldAxis { main_type, index, min, max });
                    }
                }
            }
        }
        axes
    }
}

/// Gives each series without an id the id `<type>-<index>`. `replaceMerge`
/// matches series by id: with ids, a series present before and after an
/// update is updated in place instead of being rebuilt, while one that is
/// gone is still removed.
fn name_series(option: &JsValue) {
    let Ok(series) = js_sys::Reflect::get(option, &JsValue::from_str("series")) else { return };
    let Some(series) = series.dyn_ref::<js_sys::Array>() else { return };
    let (id, kind) = (JsValue::from_str("id"), JsValue::from_str("type"));
    for (i, s) in series.iter().enumerate() {
        let has_id = js_sys::Reflect::get(&s, &id).map(|v| !v.is_undefined() && !v.is_null()).unwrap_or(true);
        if !has_id {
            let t = js_sys::Reflect::get(&s, &kind).ok().and_then(|v| v.as_string()).unwrap_or_default();
            let _ = js_sys::Reflect::set(&s, &id, &JsValue::from_str(&format!("{t}-{i}")));
        }
    }
}

/// Whether the ECharts script loaded (it defines the global `echarts`).
pub fn loaded() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("echarts"))
        .map(|v| v.is_object())
        .unwrap_or(false)
}

/// Whether ECharts holds a live instance for `el`.
pub fn has_instance(el: &web_sys::HtmlElement) -> bool {
    instance_by_dom_raw(el).map(|v| !v.is_undefined() && !v.is_null()).unwrap_or(false)
}

/// Whether a CSS media query matches, e.g. `(prefers-color-scheme: dark)`.
/// Each query's list is made once and kept: charts ask on every step, and
/// `matchMedia` builds a new list each time it is called.
pub fn media_matches(query: &'static str) -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    thread_local! {
        static LISTS: std::cell::RefCell<Vec<(&'static str, Option<web_sys::MediaQueryList>)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    LISTS.with(|lists| {
        let mut lists = lists.borrow_mut();
        if !lists.iter().any(|(q, _)| *q == query) {
            let list = web_sys::window().and_then(|w| w.match_media(query).ok().flatten());
            lists.push((query, list));
        }
        lists.iter().find(|(q, _)| *q == query).and_then(|(_, l)| l.as_ref()).is_some_and(|l| l.matches())
    })
}
