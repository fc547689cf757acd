//! Failure is visible: a panic shows a readable message on the page instead of
//! leaving it blank.

use crate::i18n::Lang;

/// Installs a panic hook that logs the panic and shows it on the page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.clone().into());
        show(&message);
    }));
}

/// Shows `detail` in a banner at the top of the page, as text.
pub fn show(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|t| Lang::from_tag(&t))
        .unwrap_or_default();
    // Before the page's texts have loaded (src/i18n/mod.rs) the page is
    // still the prerendered one: its own notice, in its language, says the
    // code could not start (the panic is in the console).
    if !lang.is_loaded() {
        crate::browser::show_code_unavailable();
        return;
    }
    let Ok(banner) = doc.create_element("div") else { return };
    banner.set_class_name("fatal");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "fatal");
    // Text only: nothing from a panic message is ever parsed as HTML.
    banner.set_text_content(Some(&format!("{} {detail}", lang.strings().fatal_error)));
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}
