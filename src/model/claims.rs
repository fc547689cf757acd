//! The claims ledger: the article's key claims, each with the rule that
//! decides whether it holds, beside the sources registry it draws on.
//!
//! A claim is judged against one scenario at a time, so the page can show
//! three verdicts side by side: at the article's own numbers
//! ([`Assumptions::default`]), at the figures the reader has set, and at the
//! latest public figures ([`Assumptions::preset`] of [`Basis::Latest`]).
//! Where a number decides a claim, the rule computes it from the scenario;
//! where none does (the year of a raise, an implant count only companies
//! give), the verdict is the registry's and follows the figure set alone.
//!
//! Like the registry, this is data in both languages. A finding's reason is
//! a template with `{slots}`; its values are numbers, which `i18n` formats
//! ([`crate::i18n::claim_reason`]). Japanese claims are headlines ending in
//! a noun, as the registry's are; rules and reasons end in です/ます.
//!
//! What no rule reads: the what-if rate paid to holders. It asks what Tether
//! could pay, not what it pays, so it changes no verdict.

use super::assumptions::{Basis, Param};
use super::facts::Text;
use crate::text;
use super::figures::{Figures, Race, ARTICLE_INTEREST_BN, ARTICLE_PER_HEAD_CLAIM, ARTICLE_PORTFOLIO_CLAIM_BN, CUMULATIVE_FROM};
use super::{Assumptions, BILLION};

/// How far a claim holds: the ledger's four words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// The claim holds.
    Holds,
    /// Part of it holds, or it holds only with a caveat that matters.
    Partly,
    /// It does not hold.
    Fails,
    /// Nothing public could confirm or refute it.
    Uncheckable,
}

impl Standing {
    /// All four, from holding to unknown.
    pub const ALL: [Standing; 4] = [Standing::Holds, Standing::Partly, Standing::Fails, Standing::Uncheckable];

    /// The word in `data-verdict` attributes and CSS classes: one of
    /// `holds`, `partly`, `fails`, `uncheckable`.
    pub const fn key(self) -> &'static str {
        match self {
            Standing::Holds => "holds",
            Standing::Partly => "partly",
            Standing::Fails => "fails",
            Standing::Uncheckable => "uncheckable",
        }
    }

    /// The word a reader sees.
    pub const fn word(self) -> Text {
        match self {
            Standing::Holds => text!("Holds", "成立"),
            Standing::Partly => text!("Partly holds", "一部成立"),
            Standing::Fails => text!("Fails", "不成立"),
            Standing::Uncheckable => text!("Cannot be checked", "検証不能"),
        }
    }
}

/// A claim of the ledger, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimId {
    /// Tether's 2024 profit exceeds the two labs' combined losses.
    ProfitVsLosses,
    /// Per head, Tether is about 60x OpenAI.
    PerHead,
    /// About $7B a year of interest on $130B of bills, none paid to holders.
    Interest,
    /// Rate cuts shrink that income.
    RateCuts,
    /// A loan of over $600M to Northern Data, 10,000+ H100s at $20–30k.
    NorthernData,
    /// QVAC Genesis is the world's largest open training dataset.
    Dataset,
    /// 31 of the 35 people with brain implants use Blackrock's.
    Implants,
    /// About $1B in AI so far, about $2B with the robotics deal.
    AiTotal,
    /// Close to half of what Anthropic raised in 2024.
    AnthropicRaise,
    /// Never audited in ten years.
    Audit,
    /// The labs lose money while Tether earns it: the punchline.
    BusinessModel,
}

/// One claim: what the article says, where the page takes it up, and the
/// rule that judges it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Which claim.
    pub id: ClaimId,
    /// Its id in the page: `data-claim`, and `#claim-<key>`.
    pub key: &'static str,
    /// The section of the article that takes it up (a `site::SECTION_IDS` id).
    pub section: &'static str,
    /// The facts.md rows it rests on.
    pub facts: &'static [u8],
    /// What the article claims, in the page's words.
    pub text: Text,
    /// A short name for it, to list in the page's conclusion.
    pub name: Text,
    /// How the verdict is decided.
    pub rule: Text,
}

/// A value a reason shows, formatted by the language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// Dollars.
    Usd(f64),
    /// An input of the scenario, formatted as its slider shows it.
    Param(Param, f64),
    /// A ratio: "70.3x".
    Times(f64),
    /// A share as a percentage: 0.629 is "62.9%".
    Share(f64),
    /// A yield, percent a year.
    Pct(f64),
    /// A span of years, "2025–2028" (one year alone when they are equal).
    Years(i32, i32),
}

/// A claim's verdict in one scenario, with its one-line reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The verdict.
    pub standing: Standing,
    /// The reason, a template whose `{slots}` are `values`.
    pub reason: Text,
    /// The reason's values.
    pub values: Vec<(&'static str, Value)>,
}

/// Within this fraction of the article's $7B a year, the interest claim holds.
pub const INTEREST_HOLDS: f64 = 0.10;
/// Within this fraction it partly holds.
pub const INTEREST_PARTLY: f64 = 0.30;
/// Within this fraction of 60x, the per-head number is right (the
/// comparison still is not).
pub const PER_HEAD_NEAR: f64 = 0.10;
/// 2030's interest at most this fraction of 2024's: rate cuts shrink it.
pub const RATE_CUT_SHRINKS: f64 = 0.90;
/// The AI total within this fraction of $2B (and the amount so far within
/// [`AI_TOTAL_PARTLY`] of $1B): the totals hold.
pub const AI_TOTAL_HOLDS: f64 = 0.05;
/// Within this fraction of $2B, the totals partly hold.
pub const AI_TOTAL_PARTLY: f64 = 0.15;
/// The AI money so far the article gives: about $1B (facts.md row 16).
pub const ARTICLE_AI_SO_FAR_BN: f64 = 1.0;
/// "Close to half" of the raise: between these shares.
pub const NEAR_HALF: (f64, f64) = (0.40, 0.65);
/// The loan the article gives: over $600M, USD millions (row 8).
pub const ARTICLE_LOAN_MUSD: f64 = 600.0;

/// Whether `x` is within `frac` of `target`.
fn near(x: f64, target: f64, frac: f64) -> bool {
    (x - target).abs() <= frac * target.abs() + 1e-9
}

/// A finding from its parts.
fn finding(standing: Standing, reason: Text, values: Vec<(&'static str, Value)>) -> Finding {
    Finding { standing, reason, values }
}

impl Claim {
    /// The claim's verdict in a scenario and its figures. Total: every
    /// scenario gets one of the four words, and never a panic.
    pub fn assess(&self, a: &Assumptions, f: &Figures) -> Finding {
        use Standing::*;
        match self.id {
            ClaimId::ProfitVsLosses => {
                let values = vec![
                    ("profit", Value::Usd(f.tether_profit_usd)),
                    ("losses", Value::Usd(f.labs_loss_usd)),
                    ("interest", Value::Usd(f.annual_interest_usd)),
                ];
                let profit_more = f.tether_profit_usd > f.labs_loss_usd;
                let interest_more = f.annual_interest_usd > f.labs_loss_usd;
                match (profit_more, interest_more) {
                    (true, true) => finding(Holds, R_PROFIT_HOLDS, values),
                    (true, false) if f.annual_interest_usd > 0.0 => finding(Partly, R_PROFIT_PARTLY, values),
                    (true, false) => finding(Partly, R_PROFIT_PARTLY_NONE, values),
                    (false, _) => finding(Fails, R_PROFIT_FAILS, values),
                }
            }
            ClaimId::PerHead => {
                let values = vec![("ratio", Value::Times(f.per_head_ratio))];
                if near(f.per_head_ratio, ARTICLE_PER_HEAD_CLAIM, PER_HEAD_NEAR) {
                    finding(Partly, R_PER_HEAD_NEAR, values)
                } else {
                    finding(Fails, R_PER_HEAD_FAILS, values)
                }
            }
            ClaimId::Interest => {
                let values = vec![
                    ("holdings", Value::Param(Param::TreasuryHoldings, a.treasury_holdings_bn)),
                    ("yield", Value::Param(Param::BillYield, a.bill_yield_pct)),
                    ("interest", Value::Usd(f.annual_interest_usd)),
                ];
                let claimed = ARTICLE_INTEREST_BN * BILLION;
                if f.annual_interest_usd <= 0.0 {
                    finding(Fails, R_INTEREST_NONE, values)
                } else if near(f.annual_interest_usd, claimed, INTEREST_HOLDS) {
                    finding(Holds, R_INTEREST_HOLDS, values)
                } else if near(f.annual_interest_usd, claimed, INTEREST_PARTLY) {
                    finding(Partly, R_INTEREST_PARTLY, values)
                } else {
                    finding(Fails, R_INTEREST_FAILS, values)
                }
            }
            ClaimId::RateCuts => {
                let (first, last) = (f.income_path[0], f.income_path[f.income_path.len() - 1]);
                let values = vec![
                    ("holdings", Value::Param(Param::TreasuryHoldings, a.treasury_holdings_bn)),
                    ("yield_2030", Value::Pct(last.yield_pct)),
                    ("interest_2030", Value::Usd(last.interest_usd)),
                    ("interest_2024", Value::Usd(first.interest_usd)),
                ];
                let ratio = f.income_2030_vs_2024;
                if last.interest_usd <= 0.0 {
                    finding(Holds, R_RATES_NONE, values)
                } else if ratio <= RATE_CUT_SHRINKS {
                    finding(Holds, R_RATES_HOLDS, values)
                } else if last.interest_usd < first.interest_usd {
                    finding(Partly, R_RATES_PARTLY, values)
                } else {
                    finding(Fails, R_RATES_FAILS, values)
                }
            }
            ClaimId::NorthernData => {
                let values = vec![
                    ("loan", Value::Param(Param::NorthernDataLoan, a.northern_data_loan_musd)),
                    ("price", Value::Param(Param::GpuPrice, a.gpu_price_kusd)),
                ];
                let (low, high) = super::figures::ARTICLE_GPU_PRICE_KUSD;
                let loan = a.northern_data_loan_musd >= ARTICLE_LOAN_MUSD - 1e-9;
                let price = (low..=high).contains(&a.gpu_price_kusd);
                match (loan, price) {
                    (true, true) => finding(Holds, R_ND_BOTH, values),
                    (true, false) => finding(Partly, R_ND_LOAN, values),
                    (false, true) => finding(Partly, R_ND_PRICE, values),
                    (false, false) => finding(Fails, R_ND_NEITHER, values),
                }
            }
            ClaimId::Dataset => {
                let values = vec![
                    ("tokens", Value::Param(Param::DatasetTokens, a.dataset_tokens_bn)),
                    ("fineweb", Value::Param(Param::FinewebTokens, a.fineweb_tokens_bn)),
                    ("share", Value::Share(f.dataset_share_of_fineweb)),
                ];
                if a.dataset_tokens_bn >= a.fineweb_tokens_bn {
                    finding(Holds, R_DATA_HOLDS, values)
                } else {
                    finding(Fails, R_DATA_FAILS, values)
                }
            }
            ClaimId::Implants => finding(Uncheckable, R_IMPLANTS, Vec::new()),
            ClaimId::AiTotal => {
                let values =
                    vec![("so_far", Value::Usd(f.ai_so_far_usd)), ("total", Value::Usd(f.portfolio_usd))];
                let total = ARTICLE_PORTFOLIO_CLAIM_BN * BILLION;
                let so_far = near(f.ai_so_far_usd, ARTICLE_AI_SO_FAR_BN * BILLION, AI_TOTAL_PARTLY);
                if so_far && near(f.portfolio_usd, total, AI_TOTAL_HOLDS) {
                    finding(Holds, R_AI_HOLDS, values)
                } else if near(f.portfolio_usd, total, AI_TOTAL_PARTLY) {
                    // The reason names the part that misses: the total, or
                    // the amount so far.
                    finding(Partly, if so_far { R_AI_PARTLY_TOTAL } else { R_AI_PARTLY_SO_FAR }, values)
                } else {
                    finding(Fails, R_AI_FAILS, values)
                }
            }
            ClaimId::AnthropicRaise => {
                let share = if f.anthropic_raise_usd > 0.0 { f.portfolio_usd / f.anthropic_raise_usd } else { 0.0 };
                let values = vec![
                    ("total", Value::Usd(f.portfolio_usd)),
                    ("raise", Value::Usd(f.anthropic_raise_usd)),
                    ("share", Value::Share(share)),
                ];
                if (NEAR_HALF.0..=NEAR_HALF.1).contains(&share) {
                    finding(Partly, R_RAISE_NEAR, values)
                } else {
                    finding(Fails, R_RAISE_FAILS, values)
                }
            }
            ClaimId::Audit => match a.basis {
                Basis::Article => finding(Holds, R_AUDIT, Vec::new()),
                Basis::Latest => finding(Holds, R_AUDIT_LATEST, Vec::new()),
            },
            ClaimId::BusinessModel => {
                let last = f.race.last().map_or(CUMULATIVE_FROM, |r| r.year);
                let (tether, labs) = (f.tether_cumulative_interest_usd, f.labs_cumulative_losses_usd);
                let values = vec![
                    ("years", Value::Years(CUMULATIVE_FROM, last)),
                    ("tether", Value::Usd(tether)),
                    ("labs", Value::Usd(labs)),
                ];
                if tether <= 0.0 {
                    finding(Fails, R_MODEL_NONE, values)
                } else {
                    match Race::of(f) {
                        Race::Even => finding(Partly, R_MODEL_EVEN, values),
                        Race::Ahead => finding(Holds, R_MODEL_AHEAD, values),
                        Race::Behind => finding(Partly, R_MODEL_BEHIND, values),
                    }
                }
            }
        }
    }
}

/// Every scenario's verdicts at once, in ledger order.
pub fn assess_all(a: &Assumptions, f: &Figures) -> Vec<(&'static Claim, Finding)> {
    CLAIMS.iter().map(|c| (c, c.assess(a, f))).collect()
}

/// The findings at the article's own numbers, computed once.
pub fn at_article() -> &'static [(&'static Claim, Finding)] {
    static AT: std::sync::OnceLock<Vec<(&'static Claim, Finding)>> = std::sync::OnceLock::new();
    AT.get_or_init(|| assess_all(&Assumptions::default(), super::figures::article_figures()))
}

/// The findings at the latest public figures, computed once.
pub fn at_latest() -> &'static [(&'static Claim, Finding)] {
    static AT: std::sync::OnceLock<Vec<(&'static Claim, Finding)>> = std::sync::OnceLock::new();
    AT.get_or_init(|| {
        let a = Assumptions::preset(Basis::Latest);
        let f = super::figures::derive(&a);
        assess_all(&a, &f)
    })
}

/// Looks a claim up by name.
pub fn claim(id: ClaimId) -> &'static Claim {
    CLAIMS.iter().find(|c| c.id == id).expect("every ClaimId is in CLAIMS")
}

// Reasons. Slots: see each claim's rule in `Claim::assess`.
const R_PROFIT_HOLDS: Text = text!(
    "Both Tether's profit, {profit}, and its interest alone, {interest}, are more than the two labs' losses together, {losses}.",
    "Tetherの利益{profit}も、利息だけの{interest}も、2社の赤字の合計{losses}を上回ります。",
);
const R_PROFIT_PARTLY: Text = text!(
    "Tether's profit, {profit}, is more than the two labs' losses together, {losses}, but its interest alone, {interest}, is not.",
    "Tetherの利益{profit}は2社の赤字の合計{losses}を上回りますが、利息だけの{interest}では上回りません。",
);
const R_PROFIT_PARTLY_NONE: Text = text!(
    "Tether's profit, {profit}, is more than the two labs' losses together, {losses}, but at a 0% yield its bills pay no interest.",
    "Tetherの利益{profit}は2社の赤字の合計{losses}を上回りますが、利回り0%では利息が入りません。",
);
const R_PROFIT_FAILS: Text = text!(
    "Tether's profit, {profit}, is not more than the two labs' losses together, {losses}.",
    "Tetherの利益{profit}は、2社の赤字の合計{losses}を上回りません。",
);
const R_PER_HEAD_NEAR: Text = text!(
    "Tether's profit per head over OpenAI's revenue per head is {ratio}, close to 60x. But the article sets Tether's profit against OpenAI's revenue, and OpenAI's profit per head is a loss.",
    "Tetherの一人あたり利益をOpenAIの一人あたり売上で割ると{ratio}で、60倍に近い数字です。ただし記事はTetherの利益とOpenAIの売上を比べており、OpenAIの一人あたり利益はマイナスです。",
);
const R_PER_HEAD_FAILS: Text = text!(
    "Tether's profit per head over OpenAI's revenue per head is {ratio}, not about 60x; and the article sets Tether's profit against OpenAI's revenue.",
    "Tetherの一人あたり利益をOpenAIの一人あたり売上で割ると{ratio}で、約60倍にはなりません。しかも記事はTetherの利益とOpenAIの売上を比べています。",
);
const R_INTEREST_HOLDS: Text = text!(
    "{holdings} of Treasuries at {yield} earns {interest} a year, within 10% of the article's $7 billion.",
    "米国債{holdings}を利回り{yield}で運用すると、利息は年{interest}で、記事の70億ドルとの差は1割以内です。",
);
const R_INTEREST_PARTLY: Text = text!(
    "{holdings} of Treasuries at {yield} earns {interest} a year, 10–30% off the article's $7 billion.",
    "米国債{holdings}を利回り{yield}で運用すると、利息は年{interest}で、記事の70億ドルとは1〜3割の差があります。",
);
const R_INTEREST_FAILS: Text = text!(
    "{holdings} of Treasuries at {yield} earns {interest} a year, more than 30% off the article's $7 billion.",
    "米国債{holdings}を利回り{yield}で運用すると、利息は年{interest}で、記事の70億ドルから3割を超えて離れています。",
);
const R_INTEREST_NONE: Text = text!(
    "At a 0% yield, {holdings} of Treasuries earns no interest at all.",
    "利回り0%では、米国債{holdings}から利息は入りません。",
);
const R_RATES_HOLDS: Text = text!(
    "With bills at {yield_2030} in 2030, {holdings} of Treasuries earns {interest_2030} that year, against {interest_2024} at 2024's yield.",
    "2030年の利回りが{yield_2030}なら、米国債{holdings}の利息はその年{interest_2030}で、2024年の利回りで得る{interest_2024}を下回ります。",
);
const R_RATES_NONE: Text = text!(
    "With bills at 0% in 2030, {holdings} of Treasuries earns no interest that year, against {interest_2024} at 2024's yield.",
    "2030年の利回りが0%なら、米国債{holdings}からその年の利息は入らず、2024年の利回りで得る{interest_2024}がまるごと消えます。",
);
const R_RATES_PARTLY: Text = text!(
    "With bills at {yield_2030} in 2030, {holdings} of Treasuries earns {interest_2030} that year, below the {interest_2024} it earns at 2024's yield, but by less than 10%.",
    "2030年の利回りが{yield_2030}なら、米国債{holdings}の利息はその年{interest_2030}で、2024年の利回りで得る{interest_2024}を下回るものの、減少は1割未満です。",
);
const R_RATES_FAILS: Text = text!(
    "With bills at {yield_2030} in 2030, {holdings} of Treasuries earns {interest_2030} that year, no less than the {interest_2024} it earns at 2024's yield.",
    "2030年の利回りが{yield_2030}なら、米国債{holdings}の利息はその年{interest_2030}で、2024年の利回りで得る{interest_2024}を下回りません。",
);
const R_ND_BOTH: Text = text!(
    "A {loan} loan and {price} a GPU are both within the article's figures.",
    "融資額{loan}とGPU1基{price}は、どちらも記事の数字の範囲内です。",
);
const R_ND_LOAN: Text = text!(
    "A {loan} loan is within the article's figures, but {price} a GPU is outside its $20,000–30,000.",
    "融資額{loan}は記事の数字の範囲内ですが、GPU1基{price}は記事の2万〜3万ドルから外れます。",
);
const R_ND_PRICE: Text = text!(
    "{price} a GPU is within the article's figures, but a {loan} loan is not over its $600 million.",
    "GPU1基{price}は記事の数字の範囲内ですが、融資額{loan}は記事の「6億ドル超」に届きません。",
);
const R_ND_NEITHER: Text = text!(
    "A {loan} loan is not over the article's $600 million, and {price} a GPU is outside its $20,000–30,000.",
    "融資額{loan}は記事の「6億ドル超」に届かず、GPU1基{price}も記事の2万〜3万ドルから外れます。",
);
const R_DATA_HOLDS: Text = text!(
    "At {tokens}, QVAC Genesis is at least as large as FineWeb, {fineweb}.",
    "QVAC Genesisが{tokens}なら、FineWeb（{fineweb}）と同じかそれ以上の規模です。",
);
const R_DATA_FAILS: Text = text!(
    "At {tokens}, QVAC Genesis is {share} the size of FineWeb, {fineweb}. Tether's own claim goes no further than “the largest synthetic educational dataset”.",
    "{tokens}のQVAC Genesisは、FineWeb（{fineweb}）の{share}の規模です。Tether自身の主張も「合成された教育用データセットとして最大」にとどまります。",
);
const R_IMPLANTS: Text = text!(
    "Only the companies' own counts are public: “28 of 30” in 2021, and “more than 40” from Tether in 2024.",
    "公開されているのは企業側の数字だけで、2021年の「30人中28人」や、Tetherが2024年に示した「40人超」などがあります。",
);
const R_AI_HOLDS: Text = text!(
    "{so_far} so far, and {total} with the robotics round: the article's $1 billion and $2 billion hold.",
    "これまでの投資額は{so_far}、ロボット企業の資金調達を加えると{total}で、記事の約10億ドル・約20億ドルと合います。",
);
const R_AI_PARTLY_TOTAL: Text = text!(
    "{so_far} so far is close to the article's $1 billion, but {total} with the robotics round is 5–15% off its $2 billion.",
    "これまでの投資額{so_far}は記事の約10億ドルに近いものの、ロボット企業の資金調達を加えた{total}は、記事の約20億ドルと5〜15%の差があります。",
);
const R_AI_PARTLY_SO_FAR: Text = text!(
    "{total} with the robotics round is within 15% of the article's $2 billion, but {so_far} so far is more than 15% off its $1 billion.",
    "ロボット企業の資金調達を加えた{total}は記事の約20億ドルとの差が15%以内ですが、これまでの投資額{so_far}は記事の約10億ドルから15%を超えて離れています。",
);
const R_AI_FAILS: Text = text!(
    "{so_far} so far, and {total} with the robotics round: more than 15% off the article's $2 billion.",
    "これまでの投資額は{so_far}、ロボット企業の資金調達を加えると{total}で、記事の約20億ドルから15%を超えて離れています。",
);
const R_RAISE_NEAR: Text = text!(
    "Tether's AI total, {total}, is {share} of Anthropic's {raise} raise, within the 40–65% the page counts as close to half; but public reporting puts that raise in March 2025, not 2024.",
    "TetherのAI投資の合計{total}は、Anthropicの調達額{raise}の{share}で、このページが「半分近く」とみなす40〜65%に入ります。ただし公開情報では、その調達は2024年ではなく2025年3月です。",
);
const R_RAISE_FAILS: Text = text!(
    "Tether's AI total, {total}, is {share} of Anthropic's {raise} raise, outside the 40–65% the page counts as close to half; and public reporting puts that raise in March 2025, not 2024.",
    "TetherのAI投資の合計{total}は、Anthropicの調達額{raise}の{share}で、このページが「半分近く」とみなす40〜65%から外れます。しかも公開情報では、その調達は2024年ではなく2025年3月です。",
);
const R_AUDIT: Text = text!(
    "Since USDT launched in October 2014, Tether has published attestations but never had a full audit: about eleven years by the end of 2025.",
    "2014年10月のUSDT発行開始以来、Tetherが公表してきたのはアテステーションだけで、正式な監査は一度も受けていません。2025年末で約11年になります。",
);
const R_AUDIT_LATEST: Text = text!(
    "No full audit has been published. In 2026 Tether said it had engaged one of the four largest accounting firms to carry out its first; no date has been confirmed.",
    "正式な監査の結果はまだ公表されていません。Tetherは2026年、4大監査法人の1社に初の正式な監査を依頼したと発表しましたが、時期は確認されていません。",
);
const R_MODEL_AHEAD: Text = text!(
    "Over {years} in total, Tether's interest, {tether}, is more than the two labs' losses, {labs}.",
    "{years}の累計で、Tetherの利息{tether}は2社の赤字{labs}を上回ります。",
);
const R_MODEL_EVEN: Text = text!(
    "Over {years} in total, Tether's interest, {tether}, is about the same as the two labs' losses, {labs}.",
    "{years}の累計で、Tetherの利息{tether}は2社の赤字{labs}とほぼ同じです。",
);
const R_MODEL_BEHIND: Text = text!(
    "Tether earns while the labs lose, but over {years} in total its interest, {tether}, is less than their losses, {labs}.",
    "2社が赤字の間もTetherは稼ぎますが、{years}の累計では、Tetherの利息{tether}は2社の赤字{labs}に届きません。",
);
const R_MODEL_NONE: Text = text!(
    "With bills at 0% over {years}, Tether's Treasuries earn nothing, while the two labs lose {labs} in total.",
    "{years}の利回りが0%なら、Tetherの米国債からは何も入らず、その間の2社の赤字の累計は{labs}です。",
);

/// The ledger, in the article's order.
/// Every reason a finding can give, for [`super::facts::texts`].
pub const REASONS: [Text; 33] = [
    R_PROFIT_HOLDS,
    R_PROFIT_PARTLY,
    R_PROFIT_PARTLY_NONE,
    R_PROFIT_FAILS,
    R_PER_HEAD_NEAR,
    R_PER_HEAD_FAILS,
    R_INTEREST_HOLDS,
    R_INTEREST_PARTLY,
    R_INTEREST_FAILS,
    R_INTEREST_NONE,
    R_RATES_HOLDS,
    R_RATES_NONE,
    R_RATES_PARTLY,
    R_RATES_FAILS,
    R_ND_BOTH,
    R_ND_LOAN,
    R_ND_PRICE,
    R_ND_NEITHER,
    R_DATA_HOLDS,
    R_DATA_FAILS,
    R_IMPLANTS,
    R_AI_HOLDS,
    R_AI_PARTLY_TOTAL,
    R_AI_PARTLY_SO_FAR,
    R_AI_FAILS,
    R_RAISE_NEAR,
    R_RAISE_FAILS,
    R_AUDIT,
    R_AUDIT_LATEST,
    R_MODEL_AHEAD,
    R_MODEL_EVEN,
    R_MODEL_BEHIND,
    R_MODEL_NONE,
];

pub const CLAIMS: [Claim; 11] = [
    Claim {
        id: ClaimId::ProfitVsLosses,
        key: "profit-vs-losses",
        section: "profit",
        facts: &[1, 2, 3, 4],
        text: text!(
            "Tether's 2024 profit, $13B, is more than OpenAI's and Anthropic's losses put together, $10B.",
            "OpenAIとAnthropicの赤字の合計100億ドルを上回る、Tetherの2024年の利益130億ドル",
        ),
        name: text!("the profit beating the labs' losses", "利益が2社の赤字を上回る"),
        rule: text!(
            "Holds if both Tether's profit and its interest alone are more than the two labs' losses together; partly holds if only the profit is; fails if the profit is not. Profit alone counts only in part because, by the attestation, about $5 billion of 2024's profit was paper gains on bitcoin and gold.",
            "Tetherの利益と利息だけの額が、どちらも2社の赤字の合計を上回れば成立、利益だけが上回るなら一部成立、利益も上回らなければ不成立です。利益だけでは一部成立とするのは、アテステーションによれば2024年の利益のうち約50億ドルがビットコインと金の含み益だったからです。",
        ),
    },
    Claim {
        id: ClaimId::PerHead,
        key: "per-head",
        section: "per-head",
        facts: &[5, 6],
        text: text!("Per head, Tether makes about 60 times what OpenAI does.", "社員一人あたりで見ると、OpenAIの約60倍を稼ぐTether"),
        name: text!("the 60x per head", "一人あたり約60倍"),
        rule: text!(
            "Never fully holds: the article divides Tether's profit by OpenAI's revenue, and OpenAI's profit per head is a loss. Partly holds if that ratio comes within 10% of 60x; fails otherwise.",
            "記事の比較はTetherの利益をOpenAIの売上で割ったもので、OpenAIの一人あたり利益はマイナスなので、成立とは判定しません。その比率が60倍から1割以内なら一部成立、それ以外は不成立です。",
        ),
    },
    Claim {
        id: ClaimId::Interest,
        key: "interest",
        section: "printing-press",
        facts: &[7],
        text: text!(
            "Tether earns about $7B a year of interest on over $130B of Treasuries, and pays USDT holders none of it.",
            "1300億ドル超の米国債から年約70億ドルの利息を得て、USDT保有者には一切払わないTether",
        ),
        name: text!("the $7B of interest a year", "年70億ドルの利息"),
        rule: text!(
            "Holds if the holdings times the bill yield come within 10% of $7 billion a year; partly holds within 30%; fails beyond. By public reporting, USDT pays its holders no interest; the page's what-if rate paid to holders changes no verdict.",
            "米国債の保有額に利回りを掛けた利息が年70億ドルから1割以内なら成立、3割以内なら一部成立、3割を超えて離れれば不成立です。公開情報によれば、USDTは保有者に利息を払っていません。このページの「保有者への利率」の仮定は判定に影響しません。",
        ),
    },
    Claim {
        id: ClaimId::RateCuts,
        key: "rate-cuts",
        section: "rate-cuts",
        facts: &[20],
        text: text!("Rate cuts will shrink that interest income.", "利下げで細っていく利息収入"),
        name: text!("the shrinking income as rates fall", "利下げによる減収"),
        rule: text!(
            "Decided by the path of bill yields to 2030 that each verdict is computed on: holds if 2030's interest is at least 10% below 2024's; partly holds if it is lower by less; fails if it is not lower.",
            "それぞれの判定が前提とする、2030年までの利回りの推移で決まります。2030年の利息が2024年より1割以上少なければ成立、減少が1割未満なら一部成立、減らなければ不成立です。",
        ),
    },
    Claim {
        id: ClaimId::NorthernData,
        key: "northern-data",
        section: "compute",
        facts: &[8, 9],
        text: text!(
            "Tether lent Northern Data over $600M, and Northern Data runs 10,000+ H100 GPUs at $20,000–30,000 each.",
            "TetherからNorthern Dataへの6億ドル超の融資と、同社が運用する1万基超のH100（1基2万〜3万ドル）",
        ),
        name: text!("the Northern Data figures", "Northern Dataの融資額とGPU価格"),
        rule: text!(
            "Two parts: a loan of $600 million or more, and an H100 at $20,000–30,000. Holds if both are within the article's figures, partly holds if one is, fails if neither. The count, over 10,000, holds at any value the page allows.",
            "融資額が6億ドル以上か、H100が1基2万〜3万ドルか、の2点で判定します。両方が記事の数字の範囲内なら成立、片方なら一部成立、どちらも外れれば不成立です。1万基超という基数は、このページで設定できる範囲なら常に満たします。",
        ),
    },
    Claim {
        id: ClaimId::Dataset,
        key: "dataset",
        section: "data",
        facts: &[10],
        text: text!("QVAC Genesis is the world's largest open AI training dataset.", "世界最大のオープンなAI学習データセット、QVAC Genesis"),
        name: text!("the world's largest open dataset", "世界最大のオープンなデータセット"),
        rule: text!(
            "Holds only if QVAC Genesis has at least as many tokens as FineWeb, an open dataset of web text; fails otherwise.",
            "QVAC Genesisのトークン数が、ウェブの文章を集めたオープンなデータセットFineWeb以上なら成立、そうでなければ不成立です。",
        ),
    },
    Claim {
        id: ClaimId::Implants,
        key: "implants",
        section: "bci",
        facts: &[13],
        text: text!(
            "Of the 35 people in the world with a brain implant, 31 use Blackrock's.",
            "BCIを埋め込んだ世界の35人のうち、31人がBlackrock製",
        ),
        name: text!("31 of 35 implants being Blackrock's", "BCIの35人中31人"),
        rule: text!(
            "Cannot be checked: the only counts are the companies' own, and they differ.",
            "公開されている数字は企業が出したものだけで、それぞれ食い違うため、検証不能です。",
        ),
    },
    Claim {
        id: ClaimId::AiTotal,
        key: "ai-total",
        section: "portfolio",
        facts: &[16, 17],
        text: text!(
            "Tether has put about $1B into AI, and the robotics deal would take it to about $2B.",
            "TetherのAI投資はこれまで約10億ドル、ロボット企業の案件が加われば約20億ドル",
        ),
        name: text!("the $1B and $2B totals", "AI投資10億ドル・20億ドル"),
        rule: text!(
            "Holds if the total with the robotics round comes within 5% of $2 billion and the amount so far within 15% of $1 billion; partly holds if the total is within 15% of $2 billion; fails beyond. The article also calls the deal an acquisition; by the reports it is a funding round.",
            "ロボット企業の資金調達を加えた合計が20億ドルから5%以内で、これまでの投資額が10億ドルから15%以内なら成立、合計が20億ドルから15%以内なら一部成立、それ以上離れれば不成立です。なお記事はこの案件を買収と呼んでいますが、報道によれば資金調達への出資で、買収ではありません。",
        ),
    },
    Claim {
        id: ClaimId::AnthropicRaise,
        key: "anthropic-raise",
        section: "portfolio",
        facts: &[18],
        text: text!(
            "Tether's AI total comes close to half of the $3.5B Anthropic raised in 2024.",
            "Anthropicが2024年に調達した35億ドルの半分近くに達する、TetherのAI投資の合計",
        ),
        name: text!("close to half of Anthropic's raise", "Anthropicの調達額の半分近く"),
        rule: text!(
            "Public reporting puts the raise in March 2025, so this never fully holds. Partly holds if Tether's AI total is 40–65% of the raise; fails otherwise.",
            "公開情報ではこの調達は2025年3月なので、成立とは判定しません。TetherのAI投資の合計が調達額の40〜65%なら一部成立、それ以外は不成立です。",
        ),
    },
    Claim {
        id: ClaimId::Audit,
        key: "audit",
        section: "irony",
        facts: &[21],
        text: text!("Tether has not been audited in ten years.", "10年間、一度も監査を受けていないTether"),
        name: text!("the missing audit", "10年間監査なし"),
        rule: text!(
            "Holds until the results of a full audit are published: an attestation checks reserves on one date, which is less than an audit.",
            "正式な監査の結果が公表されるまでは成立とします。アテステーションは特定の1日の準備資産を確認するもので、正式な監査より範囲が限られます。",
        ),
    },
    Claim {
        id: ClaimId::BusinessModel,
        key: "business-model",
        section: "business-model",
        facts: &[22],
        text: text!(
            "The labs lose money until 2028–2029 while Tether earns it: the best AI business may be not doing AI.",
            "2028〜2029年まで赤字が続くAI企業と、その間も稼ぐTether──最良のAIビジネスは「AIをやらないこと」",
        ),
        name: text!("the punchline", "AIをやらないのが最良"),
        rule: text!(
            "On the path of bill yields that each verdict is computed on: holds if, added up from 2025 until both labs expect a profit, Tether's interest is more than their losses; partly holds if Tether earns but not more; fails if its Treasuries earn nothing. Which business is best is an opinion; the page checks only the numbers under it.",
            "それぞれの判定が前提とする利回りの推移で判定します。2025年から2社が黒字化を見込む年までの累計で、Tetherの利息が2社の赤字を上回れば成立、利息はあっても上回らなければ一部成立、利息がまったく入らなければ不成立です。どのビジネスが最良かは意見なので、このページが確かめるのはその裏づけとなる数字だけです。",
        ),
    },
];
