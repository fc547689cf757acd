//! Derived figures: everything the prose and the charts state, computed from
//! one [`Assumptions`].

use serde::Serialize;

use super::{Assumptions, BILLION};

/// Treasury holdings the article cites, in USD billions (facts.md row 7).
pub const ARTICLE_HOLDINGS_BN: f64 = 130.0;
/// Interest the article says Tether received in 2024, in USD billions (row 7).
pub const ARTICLE_INTEREST_BN: f64 = 7.0;

/// Every number derived from a scenario. Money is in US dollars.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figures {
    /// Holdings in dollars.
    pub holdings_usd: f64,
    /// Yearly interest on the holdings at the bill yield.
    pub annual_interest_usd: f64,
    /// That interest divided by Tether's headcount.
    pub interest_per_head_usd: f64,
    /// What the scenario's holder rate costs Tether each year.
    pub holder_payout_usd: f64,
    /// Interest Tether keeps after paying holders.
    pub interest_kept_usd: f64,
    /// What each percentage point paid to holders would cost a year.
    pub cost_per_point_usd: f64,
    /// The article's 2024 interest, for comparison.
    pub article_interest_usd: f64,
    /// The yield implied by the article's own numbers, in percent.
    pub article_implied_yield_pct: f64,
    /// The scenario's interest as a multiple of the article's.
    pub interest_vs_article: f64,
}

/// Yearly interest in dollars on `holdings_bn` billion at `yield_pct` percent.
pub fn interest_usd(holdings_bn: f64, yield_pct: f64) -> f64 {
    holdings_bn * BILLION * yield_pct / 100.0
}

/// Computes every figure from a scenario. Pure and cheap: it runs on every
/// slider step.
pub fn derive(a: &Assumptions) -> Figures {
    let holdings_usd = a.treasury_holdings_bn * BILLION;
    let annual_interest_usd = interest_usd(a.treasury_holdings_bn, a.bill_yield_pct);
    // Headcount is clamped to at least one person so the ratio stays finite.
    let heads = a.tether_headcount.max(1.0);
    let holder_payout_usd = interest_usd(a.treasury_holdings_bn, a.holder_rate_pct);
    let article_interest_usd = ARTICLE_INTEREST_BN * BILLION;
    Figures {
        holdings_usd,
        annual_interest_usd,
        interest_per_head_usd: annual_interest_usd / heads,
        holder_payout_usd,
        interest_kept_usd: annual_interest_usd - holder_payout_usd,
        cost_per_point_usd: holdings_usd / 100.0,
        article_interest_usd,
        article_implied_yield_pct: ARTICLE_INTEREST_BN / ARTICLE_HOLDINGS_BN * 100.0,
        interest_vs_article: annual_interest_usd / article_interest_usd,
    }
}
