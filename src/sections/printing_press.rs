//! Beat 3, "the printing press": how USDT turns deposits into interest that
//! holders never see.

use leptos::prelude::*;

use super::kit::{article, chart, compare, describe, live, tpl, tpl_by, usd, when, Heading};
use crate::charts;
use crate::i18n::{
    fill,
    format::{count, pct},
    Lang,
};
use crate::model::{Param, YieldPreset, ARTICLE_HOLDINGS_BN, ARTICLE_IMPLIED_YIELD_PCT, ARTICLE_INTEREST_BN};
use crate::state::{use_lang, use_scenario};
use crate::widgets::{FigureCard, LiveText, ParamSlider, Slot};

/// The printing-press section.
#[component]
pub fn PrintingPress() -> impl IntoView {
    let holdings = live(|l, a, _| usd(l, a.treasury_holdings_bn * 1e9));
    let yield_pct = live(|l, a, _| pct(l, a.bill_yield_pct, 2));
    let interest = live(|l, _, f| usd(l, f.annual_interest_usd));
    let numbers = vec![
        ("holdings", holdings.into()),
        ("h_when", Slot::Note(when(Param::TreasuryHoldings))),
        ("yield", yield_pct.into()),
        ("y_when", Slot::Note(when(Param::BillYield))),
        ("interest", interest.into()),
        ("headcount", live(|l, a, _| count(l, a.tether_headcount)).into()),
        ("per_head", live(|l, _, f| usd(l, f.tether_interest_per_head_usd)).into()),
    ];
    let comparison = vec![
        ("cmp", live(|l, _, f| compare(l.strings(), f.annual_interest_usd, f.article_interest_usd)).into()),
        ("article_interest", article(|l| usd(l, ARTICLE_INTEREST_BN * 1e9)).into()),
        ("article_holdings", article(|l| usd(l, ARTICLE_HOLDINGS_BN * 1e9)).into()),
        ("yield_2024", article(|l| pct(l, ARTICLE_IMPLIED_YIELD_PCT, 2)).into()),
    ];
    let holders = vec![
        ("holder_rate", live(|l, a, _| pct(l, a.holder_rate_pct, 2)).into()),
        ("cost_per_point", live(|l, _, f| usd(l, f.cost_per_point_usd)).into()),
        ("interest", interest.into()),
    ];
    let description = describe(
        |s| s.chart_interest_desc,
        vec![("holdings", holdings), ("yield", yield_pct), ("interest", interest)],
    );

    view! {
        <section id="printing-press" class="beat" data-testid="section-printing-press">
            <div class="beat-text">
                <Heading id="printing-press" text=tpl(|s| s.press_heading) />
                <p>{tpl(|s| s.press_mechanism)}</p>
                <LiveText
                    template=tpl_by(|s, _, f| if f.annual_interest_usd > 0.0 { s.press_numbers } else { s.press_numbers_zero })
                    slots=numbers
                    testid="press-numbers"
                />
                <div class="controls">
                    <ParamSlider param=Param::TreasuryHoldings />
                    <ParamSlider param=Param::BillYield />
                    <YieldPresets />
                </div>
                <LiveText
                    template=tpl_by(|s, a, _| {
                        // $7B on $130B is where the page's 5.38% comes from:
                        // at those inputs, "about the same as the article's"
                        // would be true by construction, so say so instead.
                        if a.at_article_interest() { s.press_compare_article } else { s.press_compare }
                    })
                    slots=comparison
                    testid="press-compare"
                />
                <LiveText
                    template=tpl_by(|s, a, f| match (f.annual_interest_usd > 0.0, a.holder_rate_pct > 0.0) {
                        (false, _) => s.press_holders_none,
                        (true, true) => s.press_holders,
                        (true, false) => s.press_holders_zero,
                    })
                    slots=holders
                    testid="press-holders"
                />
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart(charts::interest_vs_yield)
                    caption=tpl(|s| s.chart_interest_caption)
                    description=description
                    facts=&[7]
                    section="printing-press"
                />
            </div>
        </section>
    }
}

/// Buttons that jump the bill yield to a named value.
#[component]
fn YieldPresets() -> impl IntoView {
    let lang = use_lang();
    let scenario = use_scenario();
    let label = |lang: Lang, p: YieldPreset| {
        let s = lang.strings();
        let template = match p {
            YieldPreset::ArticleImplied => s.preset_article,
            YieldPreset::Avg2024 => s.preset_avg_2024,
            YieldPreset::Dec2024 => s.preset_dec_2024,
            YieldPreset::Dec2025 => s.preset_dec_2025,
        };
        fill(template, &[("value", &pct(lang, p.pct(), 2))])
    };
    let buttons = YieldPreset::ALL
        .into_iter()
        .map(|p| {
            let active = move || (scenario.with(|a| a.bill_yield_pct) - p.pct()).abs() < 1e-9;
            view! {
                <button
                    type="button"
                    class="preset"
                    aria-pressed=move || active().to_string()
                    on:click=move |_| scenario.update(|a| {
                        Param::BillYield.set(a, p.pct());
                    })
                >
                    {move || label(lang.get(), p)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="presets" role="group" aria-label=move || lang.get().strings().presets_label>
            {buttons}
        </div>
    }
}
