//! Component tests in headless Chromium (wasm-bindgen-test): the figure host
//! mounts one ECharts instance, updates it in place, and disposes it.
//!
//! Run by `make test-wasm`. Natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use charming::{component::Title, series::Line, Chart};
use explainer::widgets::echarts::has_instance;
use explainer::widgets::EChart;
use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The test runner's page has no ECharts; load the npm build the site serves.
fn ensure_echarts() {
    let window = web_sys::window().unwrap();
    if js_sys::Reflect::has(&window, &"echarts".into()).unwrap_or(false) {
        return;
    }
    let doc = window.document().unwrap();
    let script = doc.create_element("script").unwrap();
    script.set_text_content(Some(include_str!("../node_modules/echarts/dist/echarts.min.js")));
    doc.head().unwrap().append_child(&script).unwrap();
}

fn chart(title: &str, data: Vec<f64>) -> String {
    explainer::charts::to_json(
        &Chart::new()
            .title(Title::new().text(title))
            .x_axis(charming::component::Axis::new().type_(charming::element::AxisType::Category).data(vec!["a", "b", "c"]))
            .y_axis(charming::component::Axis::new())
            .series(Line::new().data(data)),
    )
}

fn host() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    el.style().set_property("width", "400px").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn chart_el(parent: &web_sys::HtmlElement) -> web_sys::HtmlElement {
    parent
        .query_selector("[data-testid=echart]")
        .unwrap()
        .expect("the host renders its container")
        .dyn_into()
        .unwrap()
}

/// Effects and ECharts' own rendering run after the current task.
async fn settle() {
    TimeoutFuture::new(50).await;
}

#[wasm_bindgen_test]
async fn figure_host_mounts_updates_and_disposes() {
    ensure_echarts();
    let parent = host();
    let option = RwSignal::new(chart("First title", vec![1.0, 2.0, 3.0]));
    let handle = leptos::mount::mount_to(parent.clone(), move || view! { <EChart option=option /> });
    settle().await;

    let el = chart_el(&parent);
    assert!(has_instance(&el), "an ECharts instance is bound to the element");
    let svg = el.query_selector("svg").unwrap().expect("the SVG renderer drew an <svg>");
    assert!(svg.text_content().unwrap_or_default().contains("First title"));
    assert_eq!(el.get_attribute("data-updates").as_deref(), Some("1"));
    let svgs_before = el.query_selector_all("svg").unwrap().length();

    option.set(chart("Second title", vec![3.0, 1.0, 2.0]));
    settle().await;
    assert_eq!(el.get_attribute("data-updates").as_deref(), Some("2"));
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("Second title"), "setOption updated the chart: {text}");
    assert!(!text.contains("First title"));
    assert_eq!(
        el.query_selector_all("svg").unwrap().length(),
        svgs_before,
        "the update reused the instance instead of creating another"
    );

    drop(handle);
    settle().await;
    assert!(!has_instance(&el), "unmounting disposed the instance");
    parent.remove();
}

#[wasm_bindgen_test]
async fn identical_option_does_not_redraw() {
    ensure_echarts();
    let parent = host();
    let option = RwSignal::new(chart("Same", vec![1.0, 2.0, 3.0]));
    let memo = Memo::new(move |_| option.get());
    let _handle = leptos::mount::mount_to(parent.clone(), move || view! { <EChart option=memo /> });
    settle().await;
    option.set(chart("Same", vec![1.0, 2.0, 3.0]));
    settle().await;
    let el = chart_el(&parent);
    assert_eq!(el.get_attribute("data-updates").as_deref(), Some("1"), "an equal option is not re-applied");
    parent.remove();
}

#[wasm_bindgen_test]
async fn missing_echarts_marks_the_figure_failed() {
    // Exercised on a fresh element with ECharts hidden: the host must not panic.
    ensure_echarts();
    let window = web_sys::window().unwrap();
    let echarts = js_sys::Reflect::get(&window, &"echarts".into()).unwrap();
    js_sys::Reflect::delete_property(&window, &"echarts".into()).unwrap();
    let parent = host();
    let option = RwSignal::new(chart("Never drawn", vec![1.0]));
    let _handle = leptos::mount::mount_to(parent.clone(), move || view! { <EChart option=option /> });
    settle().await;
    js_sys::Reflect::set(&window, &"echarts".into(), &echarts).unwrap();
    let el = chart_el(&parent);
    assert_eq!(el.get_attribute("data-failed").as_deref(), Some("true"));
    parent.remove();
}

/// A chart with a prerendered static SVG keeps it while ECharts has not been
/// asked for, and the live chart takes its place, in the same element, once
/// the loader has it.
#[wasm_bindgen_test]
async fn a_static_chart_stays_until_echarts_is_wanted_then_goes_live_in_place() {
    use explainer::widgets::echarts::{LoadState, Loader};
    ensure_echarts();
    let parent = host();
    let option = RwSignal::new(chart("Live title", vec![1.0, 2.0, 3.0]));
    let slot = std::rc::Rc::new(std::cell::Cell::new(None::<Loader>));
    let handle = leptos::mount::mount_to(parent.clone(), {
        let slot = slot.clone();
        move || {
            let loader = Loader::new("echarts.min.js".into());
            slot.set(Some(loader));
            provide_context(loader);
            view! { <EChart option=option name="test" /> }
        }
    });
    let loader = slot.get().expect("the app provided a loader");
    let el = chart_el(&parent);
    assert_eq!(el.get_attribute("data-chart").as_deref(), Some("test"));
    // What boot.rs moves in from the prerendered page.
    el.set_inner_html(r#"<svg class="static-chart" role="img" aria-label="Static"><text>Static title</text></svg>"#);
    settle().await;
    assert!(!has_instance(&el), "no ECharts instance before anyone asked for it");
    assert!(el.query_selector("svg.static-chart").unwrap().is_some(), "the static chart is still shown");
    assert_eq!(el.get_attribute("data-updates").as_deref(), Some("0"));

    loader.request();
    assert_eq!(loader.state_untracked(), LoadState::Ready, "ECharts is already on the page");
    settle().await;
    assert!(has_instance(&el), "the live chart was created");
    assert!(el.query_selector("svg.static-chart").unwrap().is_none(), "in place of the static one");
    assert!(el.text_content().unwrap_or_default().contains("Live title"));
    assert_eq!(el.get_attribute("data-updates").as_deref(), Some("1"));
    drop(handle);
    parent.remove();
}

#[wasm_bindgen_test]
fn a_fatal_error_is_shown_as_text_on_the_page() {
    explainer::fatal::show("<b>boom</b> at src/x.rs:1");
    let doc = web_sys::window().unwrap().document().unwrap();
    let banner = doc.query_selector("[data-testid=fatal]").unwrap().expect("a visible banner");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let text = banner.text_content().unwrap();
    assert!(text.contains("<b>boom</b>"), "the message is shown literally: {text}");
    assert!(banner.query_selector("b").unwrap().is_none(), "the message is never parsed as HTML");
    banner.remove();
}

fn mount_with_state<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (web_sys::HtmlElement, leptos::mount::UnmountHandle<V::State>) {
    let parent = host();
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        explainer::state::provide_state(
            explainer::i18n::Lang::En,
            explainer::model::Assumptions::default(),
            false,
        );
        view()
    });
    (parent, handle)
}

fn key(el: &web_sys::Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn a_draggable_number_steps_by_keyboard_and_formats_its_value() {
    use explainer::model::Param;
    use explainer::widgets::Draggable;
    let (parent, _handle) = mount_with_state(|| view! { <Draggable param=Param::TetherHeadcount /> });
    settle().await;
    let el = parent.query_selector("[role=slider]").unwrap().expect("a slider");
    assert_eq!(el.get_attribute("aria-valuenow").as_deref(), Some("150"));
    assert_eq!(el.get_attribute("aria-valuetext").as_deref(), Some("150 people"));
    key(&el, "ArrowRight");
    settle().await;
    assert_eq!(el.get_attribute("aria-valuenow").as_deref(), Some("160"));
    // End is the range's top (350, facts.md's 100–350); a page is a tenth
    // of the range, 25, on the step grid of 10: 30.
    key(&el, "End");
    settle().await;
    assert_eq!(el.get_attribute("aria-valuenow").as_deref(), Some("350"));
    key(&el, "PageDown");
    settle().await;
    assert_eq!(el.get_attribute("aria-valuenow").as_deref(), Some("320"));
    key(&el, "Escape");
    settle().await;
    assert_eq!(el.get_attribute("aria-valuenow").as_deref(), Some("320"), "other keys do nothing");
    assert_eq!(el.text_content().as_deref(), Some("320 people"));
    parent.remove();
}

#[wasm_bindgen_test]
async fn live_text_updates_numbers_in_place() {
    use explainer::model::Param;
    use explainer::widgets::{LiveText, Slot};
    let (parent, _handle) = mount_with_state(|| {
        let scenario = explainer::state::use_scenario();
        let holdings = Signal::derive(move || format!("{}", scenario.with(|a| a.treasury_holdings_bn)));
        let slots = vec![("h", Slot::Text(holdings)), ("y", Slot::Drag(Param::BillYield))];
        view! { <LiveText template=Signal::stored("Holdings {h} at {y}.") slots=slots testid="t" /> }
    });
    settle().await;
    let p = parent.query_selector("[data-testid=t]").unwrap().unwrap();
    assert_eq!(p.text_content().unwrap(), "Holdings 130 at 5.38%.");
    let number = p.query_selector("[data-slot=h]").unwrap().unwrap();
    number.set_attribute("data-marker", "kept").unwrap();
    let drag = p.query_selector("[role=slider]").unwrap().unwrap();
    key(&drag, "Home");
    settle().await;
    assert_eq!(p.text_content().unwrap(), "Holdings 130 at 0%.");
    let same = p.query_selector("[data-slot=h]").unwrap().unwrap();
    assert_eq!(same.get_attribute("data-marker").as_deref(), Some("kept"), "the paragraph was not rebuilt");
    parent.remove();
}
