//! The article's model: assumptions in, figures out.
//!
//! This module is pure Rust. It knows nothing about leptos, web-sys,
//! wasm-bindgen, js-sys, gloo or charming, so every number the page shows can
//! be computed and tested natively with `cargo test`.

mod assumptions;
mod figures;

pub use assumptions::{Assumptions, Param, ParamSpec, Unit, YieldPreset};
pub use figures::{derive, interest_usd, Figures, ARTICLE_HOLDINGS_BN, ARTICLE_INTEREST_BN};

/// One US dollar billion, in dollars.
pub const BILLION: f64 = 1e9;
