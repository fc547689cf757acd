//! An interactive, bilingual explainer of how Tether's Treasury interest pays
//! for its AI bets.
//!
//! Data flows one way:
//! URL and reader input → [`model::Assumptions`] → [`model::Figures`] →
//! prose numbers and charts. See ARCHITECTURE.md.
//!
//! `model`, `i18n` and `charts` are pure Rust and build with no features,
//! which is where most tests run. The page (`app`, `sections`, `widgets`)
//! builds under the `web` feature, in two ways: `csr` for the browser, and
//! `ssr` natively, where `prerender` renders every page to HTML at build time
//! with the same components.
// SSR view types nest deeper than the default limit allows.
#![recursion_limit = "256"]

pub mod charts;
pub mod i18n;
pub mod model;
pub mod site;

#[cfg(feature = "web")]
pub mod app;
#[cfg(feature = "web")]
pub mod browser;
#[cfg(feature = "web")]
pub mod embed;
#[cfg(feature = "web")]
pub mod fatal;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "web")]
mod sections;
#[cfg(feature = "ssr")]
pub mod share;
#[cfg(feature = "web")]
pub mod state;
#[cfg(feature = "web")]
pub mod widgets;

#[cfg(any(feature = "csr", feature = "hydrate"))]
mod boot;
#[cfg(any(feature = "csr", feature = "hydrate"))]
pub use boot::start;
