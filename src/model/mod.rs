//! The article's model: assumptions in, figures out, sources as data.
//!
//! This module is pure Rust: no web framework, browser binding or chart crate
//! (the list is in ARCHITECTURE.md), so every number the page shows can be
//! computed and tested natively with `cargo test`.

mod assumptions;
pub mod claims;
pub mod facts;
mod figures;
pub mod url;

pub use assumptions::{
    Assumptions, Basis, Param, ParamSpec, Unit, YieldPath, YieldPreset, PATH_START, PATH_YEARS,
    YIELD_2024_AVG_PCT, YIELD_2024_PCT, LATEST_AS_OF,
};
pub use facts::{fact, texts, Fact, Link, Text, Verdict, FACTS};
pub use figures::{
    article_figures, derive, interest_usd, Figures, Race, RaceYear, YearIncome, ARTICLE_HOLDINGS_BN, ARTICLE_IMPLIED_YIELD_PCT,
    ARTICLE_GPU_PRICE_KUSD, ARTICLE_INTEREST_BN, ATTESTATION_2024_GAINS_BN, ATTESTATION_2024_OTHER_BN, ARTICLE_PER_HEAD_CLAIM, ARTICLE_PORTFOLIO_CLAIM_BN, CUMULATIVE_FROM,
    OPENAI_H1_2025_REVENUE_BN,
};

/// One US dollar billion, in dollars.
pub const BILLION: f64 = 1e9;
