//! Derived figures: every number the article states or implies, computed from
//! one [`Assumptions`].

use serde::Serialize;

use super::assumptions::{PATH_START, PATH_YEARS};
use super::{Assumptions, BILLION};

/// Treasury holdings the article cites, in USD billions (facts.md row 7).
pub const ARTICLE_HOLDINGS_BN: f64 = 130.0;
/// Interest the article says Tether received in 2024, in USD billions (row 7).
pub const ARTICLE_INTEREST_BN: f64 = 7.0;
/// The yield the article's numbers imply: 7 / 130, in percent.
pub const ARTICLE_IMPLIED_YIELD_PCT: f64 = ARTICLE_INTEREST_BN / ARTICLE_HOLDINGS_BN * 100.0;
/// The per-head gap the article states: "about 60x" (row 6).
pub const ARTICLE_PER_HEAD_CLAIM: f64 = 60.0;
/// Tether's 2024 attestation, beside its $7B of interest (facts.md row 1):
/// about $5B of unrealised gains on bitcoin and gold, USD billions.
pub const ATTESTATION_2024_GAINS_BN: f64 = 5.0;
/// And about $1B of other income, USD billions.
pub const ATTESTATION_2024_OTHER_BN: f64 = 1.0;
/// The range the article gives for one H100, USD thousands (row 9): the
/// page's article value is its middle.
pub const ARTICLE_GPU_PRICE_KUSD: (f64, f64) = (20.0, 30.0);
/// OpenAI's revenue in the first half of 2025, USD billions (row 6): over
/// the article's 3,000 staff it gives the article's "60x".
pub const OPENAI_H1_2025_REVENUE_BN: f64 = 4.3;
/// The AI total the article states after the robotics deal, USD billions (row 17).
pub const ARTICLE_PORTFOLIO_CLAIM_BN: f64 = 2.0;
/// The first year after the article's 2024 figures in which losses and
/// interest accumulate.
pub const CUMULATIVE_FROM: i32 = 2025;

/// One year of the yield path.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct YearIncome {
    /// Calendar year.
    pub year: i32,
    /// Bill yield that year, percent.
    pub yield_pct: f64,
    /// Interest on the scenario's holdings that year, dollars.
    pub interest_usd: f64,
}

/// One year of the "who runs out first" race: cumulative sums from 2025.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RaceYear {
    /// Calendar year.
    pub year: i32,
    /// OpenAI's losses so far (zero from its profit year on), dollars.
    pub openai_losses_usd: f64,
    /// Anthropic's losses so far, dollars.
    pub anthropic_losses_usd: f64,
    /// Tether's interest so far on the yield path, dollars.
    pub tether_interest_usd: f64,
}

/// Every number derived from a scenario. Money is in US dollars; shares and
/// ratios are plain numbers (0.886, 70.3); yields are percent.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figures {
    // Beat 1: profit against the labs.
    /// Tether's profit.
    pub tether_profit_usd: f64,
    /// OpenAI's plus Anthropic's losses.
    pub labs_loss_usd: f64,
    /// OpenAI's plus Anthropic's revenue.
    pub labs_revenue_usd: f64,
    /// Tether's profit over the labs' combined losses (1.3 in the article).
    pub profit_over_losses: f64,
    /// Tether's interest over the labs' combined losses.
    pub interest_over_losses: f64,
    /// Share of Tether's profit that is recurring interest (0.54).
    pub interest_share_of_profit: f64,

    // Beat 2: per head.
    /// Tether's profit per employee ($86.7M).
    pub tether_profit_per_head_usd: f64,
    /// Tether's interest per employee ($46.7M).
    pub tether_interest_per_head_usd: f64,
    /// OpenAI's revenue per employee ($1.23M).
    pub openai_revenue_per_head_usd: f64,
    /// OpenAI's profit (negative: a loss) per employee.
    pub openai_profit_per_head_usd: f64,
    /// Profit per head over revenue per head (70.3x; the article says 60x).
    pub per_head_ratio: f64,
    /// Interest per head over revenue per head (37.8x).
    pub per_head_ratio_interest: f64,
    /// The article's stated ratio, for side-by-side display.
    pub per_head_ratio_claimed: f64,

    // Beat 3: the printing press.
    /// Holdings in dollars.
    pub holdings_usd: f64,
    /// Yearly interest: holdings × bill yield.
    pub annual_interest_usd: f64,
    /// The yield implied by the article's numbers, percent (5.38).
    pub article_implied_yield_pct: f64,
    /// The article's 2024 interest.
    pub article_interest_usd: f64,
    /// The scenario's interest as a multiple of the article's.
    pub interest_vs_article: f64,
    /// What the scenario's holder rate pays holders each year: the rate
    /// times the holdings, whether or not the bills earn that much.
    pub holder_payout_usd: f64,
    /// What Tether keeps of a year's interest after paying holders:
    /// negative when the payout exceeds the interest.
    pub tether_keeps_usd: f64,
    /// What each percentage point paid to holders would cost a year.
    pub cost_per_point_usd: f64,

    // Beat 8: rate cuts.
    /// Interest each year along the yield path, 2024–2030.
    pub income_path: [YearIncome; PATH_YEARS],
    /// 2030's interest over 2024's.
    pub income_2030_vs_2024: f64,

    // Beat 4: compute.
    /// GPU count × unit price.
    pub gpu_fleet_value_usd: f64,
    /// The Northern Data loan.
    pub northern_data_loan_usd: f64,
    /// Fleet value over the loan.
    pub fleet_over_loan: f64,

    // Beat 5: data.
    /// Genesis tokens over FineWeb tokens (about 1%).
    pub dataset_share_of_fineweb: f64,
    /// How many Genesis datasets fit in FineWeb (about 100).
    pub fineweb_over_dataset: f64,

    // Beat 6: brain-computer interfaces.
    /// Blackrock's share of implants (31/35 = 88.6%).
    pub implant_share: f64,
    /// BCI speed as a share of natural speech (62/160 = 39%).
    pub bci_share_of_speech: f64,

    // Beat 7: the portfolio.
    /// The robotics round in dollars.
    pub robotics_usd: f64,
    /// AI money so far: Northern Data + Blackrock + others.
    pub ai_so_far_usd: f64,
    /// Including the robotics round (2.2B, the article says 2B).
    pub portfolio_usd: f64,
    /// The article's stated total, for side-by-side display.
    pub portfolio_claimed_usd: f64,
    /// Months of interest income that pay for the whole portfolio.
    pub portfolio_months_of_interest: f64,
    /// Portfolio over Anthropic's raise.
    pub portfolio_over_anthropic_raise: f64,
    /// Portfolio over OpenAI's half-year R&D.
    pub portfolio_over_openai_rnd: f64,
    /// Anthropic's raise, dollars.
    pub anthropic_raise_usd: f64,
    /// OpenAI's R&D in the first half of 2025, dollars.
    pub openai_rnd_h1_usd: f64,

    // Beat 10: the business model.
    /// Cumulative losses and interest, 2025 until both labs turn a profit.
    pub race: Vec<RaceYear>,
    /// The labs' losses from 2025 until each turns a profit.
    pub labs_cumulative_losses_usd: f64,
    /// Tether's interest over the same years.
    pub tether_cumulative_interest_usd: f64,
}

/// Who comes out ahead over the years the labs lose money: within half a
/// percent counts as even, so no gap is ever given as "$0". The
/// business-model section's sentences and the claims ledger's verdict on
/// the punchline both read it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Race {
    /// Tether's interest exceeds the labs' losses.
    Ahead,
    /// About the same.
    Even,
    /// The labs' losses exceed Tether's interest.
    Behind,
}

impl Race {
    /// The outcome the figures give.
    pub fn of(f: &Figures) -> Race {
        let (tether, labs) = (f.tether_cumulative_interest_usd, f.labs_cumulative_losses_usd);
        if (tether - labs).abs() <= 0.005 * tether.max(labs) {
            Race::Even
        } else if tether > labs {
            Race::Ahead
        } else {
            Race::Behind
        }
    }
}

/// Yearly interest in dollars on `holdings_bn` billion at `yield_pct` percent.
pub fn interest_usd(holdings_bn: f64, yield_pct: f64) -> f64 {
    holdings_bn * BILLION * yield_pct / 100.0
}

/// `a / b`, or zero when `b` is zero, so no figure is ever infinite or NaN.
fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        0.0
    } else {
        a / b
    }
}

/// The bill yield of `year`: the path's value, held flat after 2030.
fn path_yield(path: &[f64; PATH_YEARS], year: i32) -> f64 {
    let i = (year - PATH_START).clamp(0, PATH_YEARS as i32 - 1) as usize;
    path[i]
}

/// Every figure at the article's own values, computed once: what the page
/// credits to the article ("its own figures give 70.3x") reads from here.
pub fn article_figures() -> &'static Figures {
    static AT_ARTICLE: std::sync::OnceLock<Figures> = std::sync::OnceLock::new();
    AT_ARTICLE.get_or_init(|| derive(&Assumptions::default()))
}

/// Computes every figure from a scenario. Pure and cheap: it runs on every
/// slider step.
pub fn derive(a: &Assumptions) -> Figures {
    let bn = |x: f64| x * BILLION;
    let mn = |x: f64| x * 1e6;
    // Headcounts are at least one person, so per-head figures stay finite.
    let tether_heads = a.tether_headcount.max(1.0);
    let openai_heads = a.openai_headcount.max(1.0);

    let tether_profit_usd = bn(a.tether_profit_bn);
    let labs_loss_usd = bn(a.openai_loss_bn + a.anthropic_loss_bn);
    let annual_interest_usd = interest_usd(a.treasury_holdings_bn, a.bill_yield_pct);

    let tether_profit_per_head_usd = tether_profit_usd / tether_heads;
    let tether_interest_per_head_usd = annual_interest_usd / tether_heads;
    let openai_revenue_per_head_usd = bn(a.openai_revenue_bn) / openai_heads;

    let holder_payout_usd = interest_usd(a.treasury_holdings_bn, a.holder_rate_pct);
    let article_interest_usd = bn(ARTICLE_INTEREST_BN);

    let path = a.path_values();
    let income_path: [YearIncome; PATH_YEARS] = std::array::from_fn(|i| {
        let year = PATH_START + i as i32;
        YearIncome { year, yield_pct: path[i], interest_usd: interest_usd(a.treasury_holdings_bn, path[i]) }
    });

    let gpu_fleet_value_usd = a.gpu_count * a.gpu_price_kusd * 1e3;
    let northern_data_loan_usd = mn(a.northern_data_loan_musd);

    let robotics_usd = bn(a.robotics_eur_bn * a.eur_usd);
    let ai_so_far_usd = mn(a.invest_northern_data_musd + a.invest_blackrock_musd + a.invest_others_musd);
    let portfolio_usd = ai_so_far_usd + robotics_usd;

    let (race, labs_cumulative_losses_usd, tether_cumulative_interest_usd) = race(a, &path);

    Figures {
        tether_profit_usd,
        labs_loss_usd,
        labs_revenue_usd: bn(a.openai_revenue_bn + a.anthropic_revenue_bn),
        profit_over_losses: ratio(tether_profit_usd, labs_loss_usd),
        interest_over_losses: ratio(annual_interest_usd, labs_loss_usd),
        interest_share_of_profit: ratio(annual_interest_usd, tether_profit_usd),

        tether_profit_per_head_usd,
        tether_interest_per_head_usd,
        openai_revenue_per_head_usd,
        openai_profit_per_head_usd: -bn(a.openai_loss_bn) / openai_heads,
        per_head_ratio: ratio(tether_profit_per_head_usd, openai_revenue_per_head_usd),
        per_head_ratio_interest: ratio(tether_interest_per_head_usd, openai_revenue_per_head_usd),
        per_head_ratio_claimed: ARTICLE_PER_HEAD_CLAIM,

        holdings_usd: bn(a.treasury_holdings_bn),
        annual_interest_usd,
        article_implied_yield_pct: ARTICLE_IMPLIED_YIELD_PCT,
        article_interest_usd,
        interest_vs_article: ratio(annual_interest_usd, article_interest_usd),
        holder_payout_usd,
        tether_keeps_usd: annual_interest_usd - holder_payout_usd,
        cost_per_point_usd: bn(a.treasury_holdings_bn) / 100.0,

        income_2030_vs_2024: ratio(income_path[PATH_YEARS - 1].interest_usd, income_path[0].interest_usd),
        income_path,

        gpu_fleet_value_usd,
        northern_data_loan_usd,
        fleet_over_loan: ratio(gpu_fleet_value_usd, northern_data_loan_usd),

        dataset_share_of_fineweb: ratio(a.dataset_tokens_bn, a.fineweb_tokens_bn),
        fineweb_over_dataset: ratio(a.fineweb_tokens_bn, a.dataset_tokens_bn),

        implant_share: ratio(a.implants_blackrock.min(a.implants_total), a.implants_total),
        bci_share_of_speech: ratio(a.bci_wpm, a.speech_wpm),

        robotics_usd,
        ai_so_far_usd,
        portfolio_usd,
        portfolio_claimed_usd: bn(ARTICLE_PORTFOLIO_CLAIM_BN),
        portfolio_months_of_interest: ratio(portfolio_usd, annual_interest_usd / 12.0),
        portfolio_over_anthropic_raise: ratio(portfolio_usd, bn(a.anthropic_raise_bn)),
        portfolio_over_openai_rnd: ratio(portfolio_usd, bn(a.openai_rnd_h1_bn)),
        anthropic_raise_usd: bn(a.anthropic_raise_bn),
        openai_rnd_h1_usd: bn(a.openai_rnd_h1_bn),

        race,
        labs_cumulative_losses_usd,
        tether_cumulative_interest_usd,
    }
}

/// Each lab keeps losing its 2024 loss every year from 2025 until its profit
/// year; Tether keeps earning interest on the yield path over the same years.
fn race(a: &Assumptions, path: &[f64; PATH_YEARS]) -> (Vec<RaceYear>, f64, f64) {
    let last = a.openai_profit_year.max(a.anthropic_profit_year).round() as i32;
    let years = (last - CUMULATIVE_FROM).max(0) as usize;
    let mut out = Vec::with_capacity(years);
    let (mut openai, mut anthropic, mut tether) = (0.0, 0.0, 0.0);
    for year in CUMULATIVE_FROM..last {
        if (year as f64) < a.openai_profit_year.round() {
            openai += a.openai_loss_bn * BILLION;
        }
        if (year as f64) < a.anthropic_profit_year.round() {
            anthropic += a.anthropic_loss_bn * BILLION;
        }
        tether += interest_usd(a.treasury_holdings_bn, path_yield(path, year));
        out.push(RaceYear {
            year,
            openai_losses_usd: openai,
            anthropic_losses_usd: anthropic,
            tether_interest_usd: tether,
        });
    }
    (out, openai + anthropic, tether)
}
