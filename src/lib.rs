//! An interactive, bilingual explainer of how Tether's Treasury interest pays
//! for its AI bets.
//!
//! Data flows one way:
//! URL and reader input → [`model::Assumptions`] → [`model::Figures`] →
//! prose numbers and charts. See ARCHITECTURE.md.
//!
//! `model`, `i18n` and `charts` are pure Rust and build natively, which is
//! where most tests run. The browser-only modules are compiled for wasm32.

pub mod charts;
pub mod i18n;
pub mod model;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod fatal;
#[cfg(target_arch = "wasm32")]
mod sections;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod widgets;

/// Mounts the article into `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    fatal::install_panic_hook();
    browser::remove_boot_notice();
    leptos::mount::mount_to_body(app::App);
}

/// The article only runs in a browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("This is a WebAssembly app: run `make serve` and open http://127.0.0.1:8080/.");
}
