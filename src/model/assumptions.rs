//! Every adjustable input of the article, with its range and provenance.

use serde::{Deserialize, Serialize};

use super::figures::{ARTICLE_HOLDINGS_BN, ARTICLE_INTEREST_BN};

/// The reader's scenario. Defaults are the article's own values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assumptions {
    /// US Treasury bills held by Tether, in USD billions (facts.md row 7).
    pub treasury_holdings_bn: f64,
    /// Yield earned on those bills, in percent a year (facts.md row 7, implied).
    pub bill_yield_pct: f64,
    /// Tether's headcount (facts.md row 5).
    pub tether_headcount: f64,
    /// Interest rate Tether pays USDT holders, in percent a year (facts.md row 7: zero).
    pub holder_rate_pct: f64,
}

impl Default for Assumptions {
    fn default() -> Self {
        Self {
            treasury_holdings_bn: ARTICLE_HOLDINGS_BN,
            bill_yield_pct: Param::BillYield.spec().default,
            tether_headcount: 150.0,
            holder_rate_pct: 0.0,
        }
    }
}

/// The unit a parameter is measured in, which decides how it is formatted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// USD billions.
    UsdBillions,
    /// Percent a year.
    Percent,
    /// A count of people.
    People,
}

/// Static description of one adjustable input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamSpec {
    /// Short key used in URLs and test ids.
    pub key: &'static str,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Step of a slider or a keyboard arrow press.
    pub step: f64,
    /// The article's value.
    pub default: f64,
    /// Unit of the value.
    pub unit: Unit,
    /// The row of ../shared/facts.md the value comes from.
    pub fact: u8,
}

/// Every adjustable input, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    /// Treasury bills held, USD billions.
    TreasuryHoldings,
    /// Bill yield, percent.
    BillYield,
    /// Tether's headcount.
    TetherHeadcount,
    /// Rate paid to holders, percent.
    HolderRate,
}

impl Param {
    /// All parameters, in the order the article introduces them.
    pub const ALL: [Param; 4] = [
        Param::TreasuryHoldings,
        Param::BillYield,
        Param::TetherHeadcount,
        Param::HolderRate,
    ];

    /// The parameter's range, step, default and source row.
    pub const fn spec(self) -> ParamSpec {
        match self {
            Param::TreasuryHoldings => ParamSpec {
                key: "h",
                min: 60.0,
                max: 200.0,
                step: 1.0,
                default: ARTICLE_HOLDINGS_BN,
                unit: Unit::UsdBillions,
                fact: 7,
            },
            Param::BillYield => ParamSpec {
                key: "y",
                min: 0.0,
                max: 5.5,
                step: 0.01,
                // The article never states a yield; $7B on $130B implies 5.38%.
                default: ARTICLE_INTEREST_BN / ARTICLE_HOLDINGS_BN * 100.0,
                unit: Unit::Percent,
                fact: 7,
            },
            Param::TetherHeadcount => ParamSpec {
                key: "th",
                min: 100.0,
                max: 250.0,
                step: 10.0,
                default: 150.0,
                unit: Unit::People,
                fact: 5,
            },
            Param::HolderRate => ParamSpec {
                key: "hr",
                min: 0.0,
                max: 5.0,
                step: 0.05,
                default: 0.0,
                unit: Unit::Percent,
                fact: 7,
            },
        }
    }

    /// Reads this parameter from a scenario.
    pub fn get(self, a: &Assumptions) -> f64 {
        match self {
            Param::TreasuryHoldings => a.treasury_holdings_bn,
            Param::BillYield => a.bill_yield_pct,
            Param::TetherHeadcount => a.tether_headcount,
            Param::HolderRate => a.holder_rate_pct,
        }
    }

    /// Writes this parameter into a scenario, clamped to its range.
    ///
    /// Non-finite input leaves the scenario unchanged and returns `false`.
    pub fn set(self, a: &mut Assumptions, value: f64) -> bool {
        if !value.is_finite() {
            return false;
        }
        let spec = self.spec();
        let value = value.clamp(spec.min, spec.max);
        let slot = match self {
            Param::TreasuryHoldings => &mut a.treasury_holdings_bn,
            Param::BillYield => &mut a.bill_yield_pct,
            Param::TetherHeadcount => &mut a.tether_headcount,
            Param::HolderRate => &mut a.holder_rate_pct,
        };
        *slot = value;
        true
    }
}

/// Named bill yields a reader can jump to (facts.md, "Sensible ranges").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YieldPreset {
    /// The yield implied by the article's own numbers: 7 / 130.
    ArticleImplied,
    /// The 2024 average three-month bill yield, about 5.0%.
    Avg2024,
    /// December 2024, about 4.3%.
    Dec2024,
    /// December 2025, about 3.6%.
    Dec2025,
}

impl YieldPreset {
    /// All presets, highest yield first.
    pub const ALL: [YieldPreset; 4] = [
        YieldPreset::ArticleImplied,
        YieldPreset::Avg2024,
        YieldPreset::Dec2024,
        YieldPreset::Dec2025,
    ];

    /// The preset's yield in percent.
    pub fn pct(self) -> f64 {
        match self {
            YieldPreset::ArticleImplied => Param::BillYield.spec().default,
            YieldPreset::Avg2024 => 5.0,
            YieldPreset::Dec2024 => 4.3,
            YieldPreset::Dec2025 => 3.6,
        }
    }
}
