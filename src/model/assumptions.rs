//! Every adjustable input of the article, with its range, unit and the
//! facts.md row it comes from.
//!
//! The table in [`params!`] is the single description of the inputs: it
//! generates the [`Assumptions`] fields, the [`Param`] enum, each input's
//! [`ParamSpec`], and both figure sets ("as the article says" and "latest
//! public figures").

use serde::{Deserialize, Serialize};

/// Which figure set the scenario starts from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Basis {
    /// The article's own inputs.
    #[default]
    Article,
    /// The latest public figures in facts.md.
    Latest,
}

impl Basis {
    /// Both sets.
    pub const ALL: [Basis; 2] = [Basis::Article, Basis::Latest];

    /// The URL value.
    pub const fn key(self) -> &'static str {
        match self {
            Basis::Article => "article",
            Basis::Latest => "latest",
        }
    }
}

/// The unit an input is measured in, which decides how it is formatted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// US dollars, in billions.
    UsdBillions,
    /// US dollars, in millions.
    UsdMillions,
    /// US dollars, in thousands.
    UsdThousands,
    /// Euros, in billions.
    EurBillions,
    /// Percent (a year, for rates).
    Percent,
    /// A count of people.
    People,
    /// A count of things (GPUs, implants).
    Count,
    /// Words per minute.
    WordsPerMinute,
    /// A calendar year.
    Year,
    /// Tokens, in billions.
    TokensBillions,
    /// US dollars per euro.
    UsdPerEur,
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
    /// Step of a slider or of one arrow-key press.
    pub step: f64,
    /// The article's value: the default.
    pub default: f64,
    /// The latest public value in facts.md.
    pub latest: f64,
    /// When the latest value was reported, or the period it covers (ISO
    /// 8601, year or year-month): shown beside it when the latest figures are
    /// on, so a 2024 figure kept for lack of a newer one says so.
    pub latest_date: &'static str,
    /// Unit of the value.
    pub unit: Unit,
    /// The facts.md row the value comes from.
    pub fact: u8,
}

impl ParamSpec {
    /// The value this input takes in a figure set.
    pub const fn value_for(&self, basis: Basis) -> f64 {
        match basis {
            Basis::Article => self.default,
            Basis::Latest => self.latest,
        }
    }
}

macro_rules! params {
    ($(
        $(#[doc = $doc:expr])*
        $variant:ident => $field:ident {
            key: $key:literal, min: $min:expr, max: $max:expr, step: $step:expr,
            article: $article:expr, latest: $latest:expr, dated: $dated:literal, unit: $unit:ident, fact: $fact:literal $(,)?
        }
    ),* $(,)?) => {
        /// The reader's scenario: every adjustable input of the article.
        /// `Default` gives the article's own values.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        pub struct Assumptions {
            /// The figure set the scenario started from.
            pub basis: Basis,
            /// The bill-yield path for 2024–2030.
            pub yield_path: YieldPath,
            /// The reader's own path, used when `yield_path` is `Custom`.
            pub custom_path: [f64; PATH_YEARS],
            $( $(#[doc = $doc])* pub $field: f64, )*
        }

        /// Every adjustable number, by name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Param {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl Param {
            /// All parameters, in the order the article introduces them.
            pub const ALL: &'static [Param] = &[ $( Param::$variant, )* ];

            /// The parameter's range, step, values and source row.
            pub const fn spec(self) -> ParamSpec {
                match self {
                    $( Param::$variant => ParamSpec {
                        key: $key, min: $min, max: $max, step: $step,
                        default: $article, latest: $latest, latest_date: $dated, unit: Unit::$unit, fact: $fact,
                    }, )*
                }
            }

            /// Reads this parameter from a scenario.
            pub fn get(self, a: &Assumptions) -> f64 {
                match self { $( Param::$variant => a.$field, )* }
            }

            fn slot(self, a: &mut Assumptions) -> &mut f64 {
                match self { $( Param::$variant => &mut a.$field, )* }
            }
        }

        impl Assumptions {
            /// The scenario of one figure set.
            pub fn preset(basis: Basis) -> Assumptions {
                // Both sets start on what happened after 2024: rates were
                // cut to December 2025's level and held there. The
                // article's own 2024 yield held is one path to choose.
                let path = YieldPath::Dec2025;
                Assumptions {
                    basis,
                    yield_path: path,
                    custom_path: path.values(),
                    $( $field: Param::$variant.spec().value_for(basis), )*
                }
            }
        }
    };
}

params! {
    /// Tether's 2024 net profit, USD billions (row 1; latest: 2025's $10.09B).
    TetherProfit => tether_profit_bn { key: "tp", min: 5.0, max: 20.0, step: 0.1, article: 13.0, latest: 10.09, dated: "2025", unit: UsdBillions, fact: 1 },
    /// OpenAI's 2024 revenue, USD billions (row 2; latest: its 2025 revenue,
    /// about $13B, reported but unconfirmed).
    OpenAiRevenue => openai_revenue_bn { key: "or", min: 3.7, max: 13.0, step: 0.1, article: 3.7, latest: 13.0, dated: "2025", unit: UsdBillions, fact: 2 },
    /// OpenAI's 2024 loss, USD billions (row 2).
    OpenAiLoss => openai_loss_bn { key: "ol", min: 0.0, max: 10.0, step: 0.1, article: 5.0, latest: 5.1, dated: "2024", unit: UsdBillions, fact: 2 },
    /// Anthropic's 2024 revenue, USD billions (row 3).
    AnthropicRevenue => anthropic_revenue_bn { key: "ar", min: 0.5, max: 5.0, step: 0.1, article: 1.0, latest: 1.0, dated: "2024", unit: UsdBillions, fact: 3 },
    /// Anthropic's 2024 loss, USD billions (row 3; latest: the reported $2.7B burn).
    AnthropicLoss => anthropic_loss_bn { key: "al", min: 2.7, max: 5.6, step: 0.1, article: 5.0, latest: 2.7, dated: "2024", unit: UsdBillions, fact: 3 },
    /// Tether's headcount (row 5; latest: about 250 in January 2026).
    TetherHeadcount => tether_headcount { key: "th", min: 100.0, max: 350.0, step: 10.0, article: 150.0, latest: 250.0, dated: "2026-01", unit: People, fact: 5 },
    /// OpenAI's headcount (row 5).
    OpenAiHeadcount => openai_headcount { key: "oh", min: 1500.0, max: 4500.0, step: 100.0, article: 3000.0, latest: 4500.0, dated: "2026-03", unit: People, fact: 5 },
    /// US Treasury bills held by Tether, USD billions (row 7).
    TreasuryHoldings => treasury_holdings_bn { key: "h", min: 60.0, max: 200.0, step: 1.0, article: 130.0, latest: 141.0, dated: "2025-12", unit: UsdBillions, fact: 7 },
    /// Yield on those bills, percent a year (row 7: the article implies 7/130;
    /// latest: the three-month bill on 2 June 2026, row 20).
    BillYield => bill_yield_pct { key: "y", min: 0.0, max: 5.5, step: 0.01, article: super::figures::ARTICLE_IMPLIED_YIELD_PCT, latest: 3.63, dated: "2026-06", unit: Percent, fact: 7 },
    /// Rate Tether pays USDT holders, percent a year (row 7: zero).
    HolderRate => holder_rate_pct { key: "hr", min: 0.0, max: 5.0, step: 0.05, article: 0.0, latest: 0.0, dated: "2026-06", unit: Percent, fact: 7 },
    /// The loan to Northern Data, USD millions (row 8).
    NorthernDataLoan => northern_data_loan_musd { key: "nl", min: 500.0, max: 700.0, step: 10.0, article: 600.0, latest: 610.0, dated: "2023-11", unit: UsdMillions, fact: 8 },
    /// Northern Data's H100 count (row 9).
    GpuCount => gpu_count { key: "gc", min: 10000.0, max: 24000.0, step: 40.0, article: 10000.0, latest: 20480.0, dated: "2025-08", unit: Count, fact: 9 },
    /// Price of one H100, USD thousands (row 9: the article says $20k–30k).
    GpuPrice => gpu_price_kusd { key: "gp", min: 20.0, max: 45.0, step: 1.0, article: 25.0, latest: 42.0, dated: "2023", unit: UsdThousands, fact: 9 },
    /// Tokens in the QVAC Genesis dataset, billions (row 10).
    DatasetTokens => dataset_tokens_bn { key: "dt", min: 40.0, max: 300.0, step: 1.0, article: 148.0, latest: 148.0, dated: "2025-12", unit: TokensBillions, fact: 10 },
    /// Tokens in FineWeb, billions (row 10: 15T).
    FinewebTokens => fineweb_tokens_bn { key: "fw", min: 10000.0, max: 20000.0, step: 500.0, article: 15000.0, latest: 15000.0, dated: "2025-12", unit: TokensBillions, fact: 10 },
    /// People with a BCI implant worldwide (row 13; latest: the only public pair, 2021).
    ImplantsTotal => implants_total { key: "it", min: 20.0, max: 60.0, step: 1.0, article: 35.0, latest: 30.0, dated: "2021", unit: Count, fact: 13 },
    /// Of those, people with a Blackrock implant (row 13).
    ImplantsBlackrock => implants_blackrock { key: "ib", min: 20.0, max: 60.0, step: 1.0, article: 31.0, latest: 28.0, dated: "2021", unit: Count, fact: 13 },
    /// Words per minute of the 2023 speech BCI (row 15).
    BciWpm => bci_wpm { key: "bw", min: 30.0, max: 100.0, step: 1.0, article: 62.0, latest: 62.0, dated: "2023-08", unit: WordsPerMinute, fact: 15 },
    /// Words per minute of natural speech (row 15).
    SpeechWpm => speech_wpm { key: "sw", min: 130.0, max: 160.0, step: 5.0, article: 160.0, latest: 160.0, dated: "2023-08", unit: WordsPerMinute, fact: 15 },
    /// AI money into Northern Data, USD millions (rows 8 and 16).
    InvestNorthernData => invest_northern_data_musd { key: "in", min: 500.0, max: 700.0, step: 10.0, article: 600.0, latest: 610.0, dated: "2023-11", unit: UsdMillions, fact: 16 },
    /// AI money into Blackrock Neurotech, USD millions (row 11).
    InvestBlackrock => invest_blackrock_musd { key: "bi", min: 100.0, max: 300.0, step: 10.0, article: 200.0, latest: 200.0, dated: "2024-04", unit: UsdMillions, fact: 11 },
    /// Other AI investments, USD millions: what brings the total to about $1B (row 16).
    InvestOthers => invest_others_musd { key: "io", min: 0.0, max: 500.0, step: 10.0, article: 200.0, latest: 200.0, dated: "2024-06", unit: UsdMillions, fact: 16 },
    /// The robotics funding round, EUR billions (row 17).
    RoboticsEur => robotics_eur_bn { key: "re", min: 0.5, max: 1.5, step: 0.05, article: 1.0, latest: 1.0, dated: "2025-11", unit: EurBillions, fact: 17 },
    /// US dollars per euro for the robotics round (row 17).
    EurUsd => eur_usd { key: "fx", min: 1.05, max: 1.2, step: 0.01, article: 1.2, latest: 1.16, dated: "2025-11", unit: UsdPerEur, fact: 17 },
    /// Anthropic's Series E, USD billions (row 18).
    AnthropicRaise => anthropic_raise_bn { key: "ra", min: 1.0, max: 15.0, step: 0.5, article: 3.5, latest: 3.5, dated: "2025-03", unit: UsdBillions, fact: 18 },
    /// OpenAI's R&D spend in the first half of 2025, USD billions (row 19).
    OpenAiRnd => openai_rnd_h1_bn { key: "rd", min: 1.0, max: 15.0, step: 0.1, article: 6.7, latest: 6.7, dated: "2025-09", unit: UsdBillions, fact: 19 },
    /// The year OpenAI expects its first profit (row 22).
    OpenAiProfitYear => openai_profit_year { key: "opy", min: 2026.0, max: 2035.0, step: 1.0, article: 2029.0, latest: 2030.0, dated: "2025-11", unit: Year, fact: 22 },
    /// The year Anthropic expects its first profit (row 22).
    AnthropicProfitYear => anthropic_profit_year { key: "apy", min: 2026.0, max: 2035.0, step: 1.0, article: 2028.0, latest: 2028.0, dated: "2025-11", unit: Year, fact: 22 },
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions::preset(Basis::Article)
    }
}

impl Param {
    /// Writes this parameter into a scenario, clamped to its range (and
    /// Blackrock's implants to all implants: lowering the total lowers
    /// Blackrock's with it).
    ///
    /// Non-finite input leaves the scenario unchanged and returns `false`.
    pub fn set(self, a: &mut Assumptions, value: f64) -> bool {
        if !value.is_finite() {
            return false;
        }
        let spec = self.spec();
        let mut value = value.clamp(spec.min, spec.max);
        // Blackrock's implants are some of all implants: never more.
        match self {
            Param::ImplantsBlackrock => value = value.min(a.implants_total),
            Param::ImplantsTotal => a.implants_blackrock = a.implants_blackrock.min(value),
            _ => {}
        }
        *self.slot(a) = value;
        true
    }

    /// Looks a parameter up by its URL key.
    pub fn from_key(key: &str) -> Option<Param> {
        Param::ALL.iter().copied().find(|p| p.spec().key == key)
    }
}

impl Assumptions {
    /// Switches to a figure set: every input takes that set's value.
    pub fn apply_basis(&mut self, basis: Basis) {
        *self = Assumptions::preset(basis);
    }

    /// Whether the holdings and bill yield are the article's own, $130B at
    /// the 5.38% its $7B implies: the interest is then the article's $7B by
    /// construction, which the prose says instead of comparing the two.
    pub fn at_article_interest(&self) -> bool {
        self.treasury_holdings_bn == super::figures::ARTICLE_HOLDINGS_BN
            && (self.bill_yield_pct - super::figures::ARTICLE_IMPLIED_YIELD_PCT).abs() < 1e-9
    }

    /// The bill yield of each year of the path, 2024 first. 2024 is history,
    /// the same on every path (a custom path's own 2024 value is ignored).
    pub fn path_values(&self) -> [f64; PATH_YEARS] {
        match self.yield_path {
            YieldPath::Custom => {
                let mut out = self.custom_path;
                out[0] = YIELD_2024_PCT;
                out
            }
            preset => preset.values(),
        }
    }
}

/// The date the latest figure set stands at: its newest figure, the
/// three-month bill of June 2026 (facts.md, "Newer reporting").
pub const LATEST_AS_OF: &str = "2026-06";

/// Years covered by the yield path: 2024 to 2030.
pub const PATH_YEARS: usize = 7;
/// The path's first year.
pub const PATH_START: i32 = 2024;
/// The yield of 2024 on every path: what the article's $7B of interest on
/// $130B implies (facts.md row 7), so a path's 2024 is the same $7B the rest
/// of the page uses.
pub const YIELD_2024_PCT: f64 = super::figures::ARTICLE_IMPLIED_YIELD_PCT;
/// The 2024 average three-month bill yield (facts.md, "Sensible ranges").
pub const YIELD_2024_AVG_PCT: f64 = 5.0;

/// Where bill yields go from 2025 to 2030. Every path starts from the same
/// 2024 ([`YIELD_2024_PCT`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum YieldPath {
    /// 2024's yield held for every year: the world the article assumes.
    Article,
    /// The 2024 average bill yield, about 5.0%, from 2025 on.
    Avg2024,
    /// December 2024's level, about 4.3%, from 2025 on.
    Dec2024,
    /// December 2025's level, about 3.6%, from 2025 on: what happened
    /// (rates were cut through 2025, then held). The page starts here.
    #[default]
    Dec2025,
    /// The reader's own path.
    Custom,
}

impl YieldPath {
    /// All paths, in the order the page offers them.
    pub const ALL: [YieldPath; 5] =
        [YieldPath::Article, YieldPath::Avg2024, YieldPath::Dec2024, YieldPath::Dec2025, YieldPath::Custom];

    /// The URL value.
    pub const fn key(self) -> &'static str {
        match self {
            YieldPath::Article => "article",
            YieldPath::Avg2024 => "avg2024",
            YieldPath::Dec2024 => "dec2024",
            YieldPath::Dec2025 => "dec2025",
            YieldPath::Custom => "custom",
        }
    }

    /// The level a preset path holds from 2025, in percent (a custom path
    /// has none of its own: the article's level stands in for its label).
    pub fn level(self) -> f64 {
        match self {
            YieldPath::Article | YieldPath::Custom => YIELD_2024_PCT,
            YieldPath::Avg2024 => YIELD_2024_AVG_PCT,
            YieldPath::Dec2024 => YieldPreset::Dec2024.pct(),
            YieldPath::Dec2025 => YieldPreset::Dec2025.pct(),
        }
    }

    /// The yearly yields of a preset path, 2024 first: the shared 2024, then
    /// the path's level.
    pub fn values(self) -> [f64; PATH_YEARS] {
        let mut out = [self.level(); PATH_YEARS];
        out[0] = YIELD_2024_PCT;
        out
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
    pub const ALL: [YieldPreset; 4] =
        [YieldPreset::ArticleImplied, YieldPreset::Avg2024, YieldPreset::Dec2024, YieldPreset::Dec2025];

    /// The preset's yield in percent.
    pub fn pct(self) -> f64 {
        match self {
            YieldPreset::ArticleImplied => super::figures::ARTICLE_IMPLIED_YIELD_PCT,
            YieldPreset::Avg2024 => YIELD_2024_AVG_PCT,
            YieldPreset::Dec2024 => 4.3,
            YieldPreset::Dec2025 => 3.6,
        }
    }
}
