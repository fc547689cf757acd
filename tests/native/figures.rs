//! Every derived figure at the article's defaults, against the arithmetic in
//! facts.md ("The article's arithmetic, recomputed"), and the same for the
//! latest public figures.

use explainer::model::{derive, Assumptions, Basis, Figures, Param, YieldPath, BILLION};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// (name, figure, expected, tolerance)
type Row = (&'static str, fn(&Figures) -> f64, f64, f64);

const ARTICLE: &[Row] = &[
    ("labs' combined loss, $B", |f| f.labs_loss_usd / BILLION, 10.0, 1e-9),
    ("profit over losses", |f| f.profit_over_losses, 1.3, 1e-9),
    ("interest over losses", |f| f.interest_over_losses, 0.7, 1e-9),
    ("interest share of profit", |f| f.interest_share_of_profit, 7.0 / 13.0, 1e-9),
    ("Tether profit per head, $M", |f| f.tether_profit_per_head_usd / 1e6, 86.67, 0.005),
    ("Tether interest per head, $M", |f| f.tether_interest_per_head_usd / 1e6, 46.67, 0.005),
    ("OpenAI revenue per head, $M", |f| f.openai_revenue_per_head_usd / 1e6, 1.233, 0.0005),
    ("OpenAI profit per head, $M", |f| f.openai_profit_per_head_usd / 1e6, -1.667, 0.0005),
    ("per-head ratio (not 60x)", |f| f.per_head_ratio, 70.3, 0.05),
    ("per-head ratio, interest only", |f| f.per_head_ratio_interest, 37.8, 0.05),
    ("the article's claim", |f| f.per_head_ratio_claimed, 60.0, 0.0),
    ("interest, $B", |f| f.annual_interest_usd / BILLION, 7.0, 1e-9),
    ("implied yield, %", |f| f.article_implied_yield_pct, 5.38, 0.005),
    ("interest Tether keeps, $B", |f| f.tether_keeps_usd / BILLION, 7.0, 1e-9),
    ("cost of one point to holders, $B", |f| f.cost_per_point_usd / BILLION, 1.3, 1e-9),
    ("GPU fleet at $25k, $B", |f| f.gpu_fleet_value_usd / BILLION, 0.25, 1e-9),
    ("loan, $B", |f| f.northern_data_loan_usd / BILLION, 0.6, 1e-9),
    ("fleet over loan", |f| f.fleet_over_loan, 0.25 / 0.6, 1e-9),
    ("dataset share of FineWeb", |f| f.dataset_share_of_fineweb, 0.00987, 0.00001),
    ("FineWebs per Genesis", |f| f.fineweb_over_dataset, 101.4, 0.05),
    ("implant share", |f| f.implant_share, 0.886, 0.0005),
    ("BCI share of speech", |f| f.bci_share_of_speech, 0.3875, 1e-9),
    ("robotics round, $B", |f| f.robotics_usd / BILLION, 1.2, 1e-9),
    ("AI so far, $B", |f| f.ai_so_far_usd / BILLION, 1.0, 1e-9),
    ("portfolio (not 2), $B", |f| f.portfolio_usd / BILLION, 2.2, 1e-9),
    ("the article's portfolio claim, $B", |f| f.portfolio_claimed_usd / BILLION, 2.0, 0.0),
    ("months of interest for the portfolio", |f| f.portfolio_months_of_interest, 2.2 / 7.0 * 12.0, 1e-9),
    ("portfolio over Anthropic's raise", |f| f.portfolio_over_anthropic_raise, 2.2 / 3.5, 1e-9),
    ("portfolio over OpenAI's H1 R&D", |f| f.portfolio_over_openai_rnd, 2.2 / 6.7, 1e-9),
    // OpenAI loses $5B a year 2025–2028, Anthropic 2025–2027: 20 + 15.
    ("labs' losses until profit, $B", |f| f.labs_cumulative_losses_usd / BILLION, 35.0, 1e-9),
    // Tether earns $7B a year over the same four years.
    // The page starts on December 2025's 3.6% held from 2025 (issue 19):
    // 130 × 3.6% = $4.68B a year, four years to 2028.
    ("Tether's interest meanwhile, $B", |f| f.tether_cumulative_interest_usd / BILLION, 4.0 * 4.68, 1e-9),
    ("2030 income over 2024's", |f| f.income_2030_vs_2024, 4.68 / 7.0, 1e-12),
];

#[test]
fn every_figure_at_the_articles_values() {
    let f = derive(&Assumptions::default());
    let mut wrong = Vec::new();
    for (name, get, expected, tol) in ARTICLE {
        let got = get(&f);
        if !close(got, *expected, *tol) {
            wrong.push(format!("{name}: got {got}, expected {expected} ± {tol}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

const LATEST: &[Row] = &[
    ("labs' loss with the $2.7B burn, $B", |f| f.labs_loss_usd / BILLION, 7.8, 1e-9),
    ("141 × 3.63%, $B", |f| f.annual_interest_usd / BILLION, 141.0 * 0.0363, 1e-9),
    ("20,480 × $42k, $B", |f| f.gpu_fleet_value_usd / BILLION, 0.86016, 1e-9),
    ("Tether interest per head at 250 staff, $M", |f| f.tether_interest_per_head_usd / 1e6, 20.47, 0.01),
    // 2025 with 2025: $10.09B over ~250 (Jan 2026) against ~$13B over ~4,500
    // (Mar 2026).
    ("per-head ratio, 2025 money, early-2026 staff", |f| f.per_head_ratio, (10.09 / 250.0) / (13.0 / 4500.0), 1e-9),
    ("robotics at 1.16, $B", |f| f.robotics_usd / BILLION, 1.16, 1e-9),
];

#[test]
fn every_checked_figure_at_the_latest_public_values() {
    let f = derive(&Assumptions::preset(Basis::Latest));
    for (name, get, expected, tol) in LATEST {
        let got = get(&f);
        assert!(close(got, *expected, *tol), "{name}: got {got}, expected {expected}");
    }
}

#[test]
fn switching_the_figure_set_is_one_value() {
    let mut a = Assumptions::default();
    a.apply_basis(Basis::Latest);
    assert_eq!(a, Assumptions::preset(Basis::Latest));
    assert_eq!(a.treasury_holdings_bn, 141.0);
    assert_eq!(a.bill_yield_pct, 3.63);
    assert_eq!(a.openai_revenue_bn, 13.0);
    assert_eq!(a.anthropic_loss_bn, 2.7);
    assert_eq!(a.tether_headcount, 250.0);
    assert_eq!(a.gpu_count, 20480.0);
    assert_eq!(a.gpu_price_kusd, 42.0);
    a.apply_basis(Basis::Article);
    assert_eq!(a, Assumptions::default());
}

#[test]
fn the_latest_set_differs_only_where_facts_md_differs() {
    let article = Assumptions::preset(Basis::Article);
    let latest = Assumptions::preset(Basis::Latest);
    let changed: Vec<&str> =
        Param::ALL.iter().filter(|p| p.get(&article) != p.get(&latest)).map(|p| p.spec().key).collect();
    assert_eq!(
        changed,
        ["tp", "or", "ol", "al", "th", "oh", "h", "y", "nl", "gc", "gp", "it", "ib", "in", "fx", "opy"]
    );
}

#[test]
fn rate_scenarios_of_facts_md_along_the_yield_path() {
    // 135 x 3.6% = 4.86 and 141 x 3.6% = 5.076, as yearly path income.
    let mut a = Assumptions::default();
    a.yield_path = YieldPath::Dec2025;
    Param::TreasuryHoldings.set(&mut a, 135.0);
    let f = derive(&a);
    assert!(close(f.income_path[0].interest_usd / BILLION, 135.0 * 7.0 / 130.0, 1e-9), "2024 is the article's implied yield");
    for y in &f.income_path[1..] {
        assert!(close(y.interest_usd / BILLION, 4.86, 1e-9), "{y:?}");
    }
    assert_eq!(f.income_path[0].year, 2024);
    assert_eq!(f.income_path[6].year, 2030);
    assert!(close(f.income_2030_vs_2024, 3.6 / (700.0 / 130.0), 1e-12));
}

#[test]
fn presets_of_the_yield_path() {
    let a = Assumptions::default();
    let expect = |p: YieldPath| p.values();
    assert_eq!(expect(YieldPath::Avg2024)[1..], [5.0; 6]);
    assert_eq!(expect(YieldPath::Dec2024)[1..], [4.3; 6]);
    assert_eq!(expect(YieldPath::Article), [a.bill_yield_pct; 7]);
}

#[test]
fn every_rate_path_shares_2024() {
    // History is history: whatever the path, the bill yield or the basis,
    // 2024 earns the article's $7B on $130B (and the same rate on other
    // holdings); paths part only from 2025.
    for basis in Basis::ALL {
        for path in YieldPath::ALL {
            for y in [0.0, 2.0, 5.5] {
                let mut a = Assumptions::preset(basis);
                a.yield_path = path;
                a.custom_path = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5];
                Param::BillYield.set(&mut a, y);
                Param::TreasuryHoldings.set(&mut a, 130.0);
                let f = derive(&a);
                assert!(
                    close(f.income_path[0].interest_usd / BILLION, 7.0, 1e-9),
                    "{basis:?} {path:?} at {y}%: 2024 earns {}",
                    f.income_path[0].interest_usd
                );
            }
        }
    }
    // The page starts on what happened, below the article's 2024 yield held.
    let mut a = Assumptions::default();
    a.yield_path = YieldPath::Article;
    assert_eq!(Assumptions::default().yield_path, YieldPath::Dec2025);
    assert!(derive(&Assumptions::default()).income_path[1].interest_usd < derive(&a).income_path[1].interest_usd);
}

#[test]
fn a_custom_path_is_used_as_given() {
    let mut a = Assumptions::default();
    a.yield_path = YieldPath::Custom;
    a.custom_path = [5.0, 4.5, 4.0, 3.5, 3.0, 2.5, 2.0];
    let f = derive(&a);
    let got: Vec<f64> = f.income_path.iter().map(|y| y.interest_usd / BILLION).collect();
    let mut want: Vec<f64> = a.custom_path.iter().map(|y| 130.0 * y / 100.0).collect();
    want[0] = 7.0; // 2024 is history on every path

    for (g, w) in got.iter().zip(&want) {
        assert!(close(*g, *w, 1e-9));
    }
}

#[test]
fn the_race_runs_until_the_later_profit_year() {
    let f = derive(&Assumptions::default());
    let years: Vec<i32> = f.race.iter().map(|r| r.year).collect();
    assert_eq!(years, [2025, 2026, 2027, 2028]);
    let last = f.race.last().unwrap();
    assert!(close(last.openai_losses_usd / BILLION, 20.0, 1e-9));
    assert!(close(last.anthropic_losses_usd / BILLION, 15.0, 1e-9), "Anthropic stops losing in 2028");
    // Cumulative sums never fall.
    assert!(f.race.windows(2).all(|w| w[1].tether_interest_usd >= w[0].tether_interest_usd));
}

#[test]
fn the_race_after_2030_holds_the_last_yield() {
    let mut a = Assumptions::default();
    Param::OpenAiProfitYear.set(&mut a, 2035.0);
    a.yield_path = YieldPath::Dec2025;
    let f = derive(&a);
    assert_eq!(f.race.len(), 10);
    let per_year = 130.0 * 0.036;
    assert!(close(f.tether_cumulative_interest_usd / BILLION, per_year * 10.0, 1e-9));
}

#[test]
fn profit_years_before_2025_mean_no_race() {
    let mut a = Assumptions::default();
    a.openai_profit_year = 2020.0;
    a.anthropic_profit_year = 2020.0;
    let f = derive(&a);
    assert!(f.race.is_empty());
    assert_eq!(f.labs_cumulative_losses_usd, 0.0);
}

#[test]
fn implant_share_never_exceeds_one() {
    let mut a = Assumptions::default();
    Param::ImplantsTotal.set(&mut a, 20.0);
    Param::ImplantsBlackrock.set(&mut a, 60.0);
    assert_eq!(derive(&a).implant_share, 1.0);
}

#[test]
fn a_payout_above_the_interest_is_the_rate_times_the_holdings_and_tether_keeps_less_than_nothing() {
    // Issue 19: with h=60, y=3, hr=5 the page said "hand over $1.8 billion and
    // keep $0", capping the payout silently. 5% of $60B is $3B.
    let mut a = Assumptions::default();
    Param::TreasuryHoldings.set(&mut a, 60.0);
    Param::BillYield.set(&mut a, 3.0);
    Param::HolderRate.set(&mut a, 5.0);
    let f = derive(&a);
    assert!(close(f.holder_payout_usd, 3.0 * BILLION, 1.0));
    assert!(close(f.annual_interest_usd, 1.8 * BILLION, 1.0));
    assert!(close(f.tether_keeps_usd, -1.2 * BILLION, 1.0));
}

#[test]
fn zero_yield_gives_zero_rather_than_infinite_ratios() {
    let mut a = Assumptions::default();
    Param::BillYield.set(&mut a, 0.0);
    let f = derive(&a);
    assert_eq!(f.annual_interest_usd, 0.0);
    assert_eq!(f.portfolio_months_of_interest, 0.0, "no income: shown as 0, never ∞");
    a.yield_path = YieldPath::Custom;
    a.custom_path = [0.0; 7];
    assert_eq!(derive(&a).income_2030_vs_2024, 0.0, "a path to zero keeps 2024 and ends at nothing");
}

#[test]
fn derive_is_fast() {
    // Not a benchmark (make bench is); a guard against an accidental O(n²).
    let a = Assumptions::default();
    let n = 20_000;
    let start = std::time::Instant::now();
    let mut sink = 0.0;
    for _ in 0..n {
        sink += derive(std::hint::black_box(&a)).annual_interest_usd;
    }
    let per_call = start.elapsed() / n;
    assert!(sink > 0.0);
    eprintln!("derive: {per_call:?} per call");
    assert!(per_call.as_micros() < 1000, "derive took {per_call:?}");
}

#[test]
fn every_latest_value_is_in_range_and_dated_no_later_than_the_set() {
    use explainer::model::LATEST_AS_OF;
    for p in Param::ALL {
        let spec = p.spec();
        assert!((spec.min..=spec.max).contains(&spec.latest), "{p:?}: {} outside {}–{}", spec.latest, spec.min, spec.max);
        let d = spec.latest_date;
        let ok = matches!(d.len(), 4 | 7) && d[..4].parse::<u32>().is_ok_and(|y| (2004..=2026).contains(&y));
        assert!(ok, "{p:?}: date {d}");
        assert!(d <= LATEST_AS_OF, "{p:?}: {d} is after the set's date {LATEST_AS_OF}");
    }
    // The set's date is its newest figure's.
    assert!(Param::ALL.iter().any(|p| p.spec().latest_date == LATEST_AS_OF));
    // facts.md: the Tether headcount range is 100–350.
    assert_eq!((Param::TetherHeadcount.spec().min, Param::TetherHeadcount.spec().max), (100.0, 350.0));
}

#[test]
fn the_articles_figures_are_derived_once_from_the_articles_values() {
    use explainer::model::article_figures;
    assert_eq!(article_figures(), &derive(&Assumptions::default()));
    assert!(std::ptr::eq(article_figures(), article_figures()), "computed once");
}
