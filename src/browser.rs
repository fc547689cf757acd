//! The few things the app asks of the browser: the query string, preferred
//! languages, the document's language and title.
//!
//! Values read here are only ever parsed or used as text, never as HTML.

use wasm_bindgen::{JsCast, JsValue};

/// The window, in a browser. Natively (the prerender) there is none, so
/// every function here does nothing there instead of panicking.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The value of `?name=` in the page URL, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut langs: Vec<String> =
        nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if langs.is_empty() {
        langs.extend(nav.language());
    }
    langs
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(tag: &str, title: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = doc.document_element() {
        set_if_changed(&root, "lang", tag);
    }
    if doc.title() != title {
        doc.set_title(title);
    }
}

/// Sets an attribute unless it already holds `value`. Setting `<html
/// lang>`, even to the value it has, makes the browser recheck every
/// element's `:lang()` style: about 2,000 at the takeover, whose first
/// effects write the prerendered values again (about 77 ms of the chrome's
/// task in Lighthouse's trace, which records each element).
fn set_if_changed(el: &web_sys::Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Replaces one query parameter in the address bar without reloading or
/// adding a history entry.
pub fn replace_query_param(name: &str, value: &str) {
    let Some(w) = window() else { return };
    let Ok(href) = w.location().href() else { return };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    url.search_params().set(name, value);
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// Lets the browser handle input and paint before the caller goes on:
/// `scheduler.yield()` where the browser has it (the continuation then runs
/// before other tasks queued meanwhile), else a new task. Natively, at once.
///
/// The new task is a message on a `MessageChannel`, not a `setTimeout(0)`:
/// timers are clamped to 4 ms once nested, and throttled to about one a
/// second in a window the browser treats as hidden (a background tab, or a
/// WebKit window opened without focus), which would stretch the takeover's
/// thirty-odd yields to half a minute. Messages are neither.
pub async fn yield_to_browser() {
    let Some(w) = window() else { return };
    let scheduler = js_sys::Reflect::get(&w, &"scheduler".into()).ok().filter(|s| s.is_object());
    let yield_fn = scheduler
        .as_ref()
        .and_then(|s| js_sys::Reflect::get(s, &"yield".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(s), Some(f)) = (scheduler, yield_fn) {
        if let Ok(promise) = f.call0(&s).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            return;
        }
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if !post_yield(resolve.clone()) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

thread_local! {
    /// The page's one channel for [`yield_to_browser`]: the port it posts
    /// on, and the promises waiting for their message, oldest first. Kept
    /// for the page's life, so no port is collected with a message pending.
    static YIELDS: std::cell::RefCell<Option<(web_sys::MessagePort, std::rc::Rc<std::cell::RefCell<std::collections::VecDeque<js_sys::Function>>>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Queues `resolve` to be called in a task of its own; false without a
/// `MessageChannel`.
fn post_yield(resolve: js_sys::Function) -> bool {
    YIELDS.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let Ok(channel) = web_sys::MessageChannel::new() else { return false };
            let waiting = std::rc::Rc::new(std::cell::RefCell::new(std::collections::VecDeque::<js_sys::Function>::new()));
            let queue = waiting.clone();
            let on_message = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                let next = queue.borrow_mut().pop_front();
                if let Some(resolve) = next {
                    let _ = resolve.call0(&JsValue::UNDEFINED);
                }
            });
            channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            *cell = Some((channel.port2(), waiting));
        }
        let Some((port, waiting)) = cell.as_ref() else { return false };
        waiting.borrow_mut().push_back(resolve);
        if port.post_message(&JsValue::UNDEFINED).is_err() {
            waiting.borrow_mut().pop_back();
            return false;
        }
        true
    })
}

/// Makes sure `lang`'s strings are there ([`crate::i18n::load`]): fetched
/// by the page's loader (`window.__explainerStrings`, written by
/// `src/js/prerender.mjs`), which started the page's own language with the
/// code. False if they could not be had: no loader, a failed fetch, or a
/// file that is not a strings file.
pub async fn load_strings(lang: crate::i18n::Lang) -> bool {
    if lang.is_loaded() {
        return true;
    }
    let Some(w) = window() else { return false };
    let Some(fetch) = js_sys::Reflect::get(&w, &"__explainerStrings".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let Some(promise) = fetch.call1(&JsValue::NULL, &lang.tag().into()).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        return false;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(text) => text.as_string().is_some_and(|t| crate::i18n::load(lang, t)),
        Err(e) => {
            web_sys::console::warn_2(&"Could not load the page's texts:".into(), &e);
            false
        }
    }
}

/// Shows the prerendered note that the interactive part could not start
/// (the loader shows the same one when the code fails to load).
pub fn show_code_unavailable() {
    let note = window().and_then(|w| w.document()).and_then(|d| d.query_selector("[data-testid=code-unavailable]").ok().flatten());
    if let Some(note) = note {
        let _ = note.remove_attribute("hidden");
    }
}

/// Runs `f`, recorded as a User Timing measure named `name` (seen in a
/// browser's performance panel and read by `tests/e2e/lighthouse.mjs`),
/// so the takeover's pieces can be told apart in a trace.
pub fn timed<R>(name: &str, f: impl FnOnce() -> R) -> R {
    let perf = window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    out
}

/// Removes an attribute from `<html>`.
pub fn remove_root_attribute(name: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.remove_attribute(name);
    }
}

/// Sets an attribute on `<html>`, e.g. `data-theme`.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        set_if_changed(&root, name, value);
    }
}

/// The page's query string, with its leading `?` (or empty).
pub fn search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The site's root as an absolute address (ending in `/`), from this
/// page's way back to it (`root`, e.g. `"../"`): where embeds and shared
/// links point.
pub fn site_url(root: &str) -> String {
    let Some(href) = window().and_then(|w| w.location().href().ok()) else { return String::new() };
    let target = if root.is_empty() { "./" } else { root };
    web_sys::Url::new_with_base(target, &href)
        .map(|u| {
            u.set_search("");
            u.set_hash("");
            u.href()
        })
        .unwrap_or_default()
}

/// `<html>`'s attribute `name`, which the prerender writes for the code
/// (`data-root`, `data-page`).
pub fn root_attribute(name: &str) -> Option<String> {
    window()?.document()?.document_element()?.get_attribute(name)
}

/// Replaces the model's part of the query string with `model_query`,
/// keeping the page's own keys (language, embedding) first and the fragment.
/// Uses `replaceState`: no reload, no history entry.
pub fn replace_model_query(model_query: &str, page_keys: &[&str]) {
    let Some(w) = window() else { return };
    let mut out = form_urlencoded::Serializer::new(String::new());
    if let Ok(old) = web_sys::UrlSearchParams::new_with_str(&search()) {
        for key in page_keys {
            if let Some(v) = old.get(key) {
                out.append_pair(key, &v);
            }
        }
    }
    let mut query = out.finish();
    if !model_query.is_empty() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(model_query);
    }
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Copies text to the clipboard, if the browser allows it.
pub fn copy_text(text: &str) {
    if let Some(w) = window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Offers `text` to the reader as a download named `filename` (CSV, UTF-8
/// with a byte-order mark so spreadsheets read the Japanese correctly).
pub fn download_csv(filename: &str, text: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&format!("\u{feff}{text}")));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = doc.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    // The download has started once click() returns; the URL can go later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Hands a figure's file (`json`, what it says) to the ECharts bundle's
/// figure kit (src/js/figure-kit.mjs), with the status line it reports to:
/// queued in `__tetherKitQueue`, which the kit works through when ECharts
/// arrives, and at once if it is here.
pub fn queue_figure_file(json: &str, status: &web_sys::Element) {
    let global = js_sys::global();
    let key = JsValue::from_str("__tetherKitQueue");
    let queue = js_sys::Reflect::get(&global, &key)
        .ok()
        .and_then(|q| q.dyn_into::<js_sys::Array>().ok())
        .unwrap_or_else(|| {
            let q = js_sys::Array::new();
            let _ = js_sys::Reflect::set(&global, &key, &q);
            q
        });
    queue.push(&js_sys::Array::of2(&JsValue::from_str(json), status));
    let drain = js_sys::Reflect::get(&global, &JsValue::from_str("tetherKit"))
        .and_then(|kit| js_sys::Reflect::get(&kit, &JsValue::from_str("drain")))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(drain) = drain {
        let _ = drain.call0(&JsValue::NULL);
    }
}

/// ECharts could not come: every figure file still queued for the kit
/// fails, and its status line says so (its `data-failed`).
pub fn fail_figure_files() {
    let queue = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("__tetherKitQueue"));
    let Some(queue) = queue.ok().and_then(|q| q.dyn_into::<js_sys::Array>().ok()) else { return };
    for job in queue.iter() {
        if let Ok(status) = js_sys::Reflect::get_u32(&job, 1).and_then(|s| s.dyn_into::<web_sys::Element>()) {
            status.set_text_content(status.get_attribute("data-failed").as_deref());
        }
    }
}

/// Today, as year, month and day, by the reader's clock.
pub fn today() -> (u32, u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_full_year(), now.get_month() + 1, now.get_date())
}
