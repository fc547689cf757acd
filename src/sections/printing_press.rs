//! Beat 3, "the printing press": how USDT turns deposits into interest that
//! holders never see.

use leptos::prelude::*;

use crate::charts;
use crate::i18n::{
    fill,
    format::{count, pct, usd, Style},
    Lang,
};
use crate::model::{Param, YieldPreset};
use crate::state::{use_figures, use_lang, use_scenario};
use crate::widgets::{FigureCard, LiveText, ParamSlider};

/// The printing-press section.
#[component]
pub fn PrintingPress() -> impl IntoView {
    let lang = use_lang();
    let scenario = use_scenario();
    let figures = use_figures();
    let s = move || lang.get().strings();

    let money = move |pick: fn(&crate::model::Figures) -> f64| {
        Signal::derive(move || usd(lang.get(), figures.with(pick), Style::Prose))
    };
    let holdings = Signal::derive(move || {
        usd(lang.get(), scenario.with(|a| a.treasury_holdings_bn) * 1e9, Style::Prose)
    });
    let yield_pct = Signal::derive(move || pct(lang.get(), scenario.with(|a| a.bill_yield_pct), 2));
    let interest = money(|f| f.annual_interest_usd);
    let numbers = vec![
        ("holdings", holdings),
        ("yield", yield_pct),
        ("interest", interest),
        ("headcount", Signal::derive(move || count(lang.get(), scenario.with(|a| a.tether_headcount)))),
        ("per_head", money(|f| f.tether_interest_per_head_usd)),
    ];
    let compare = vec![
        (
            "cmp",
            Signal::derive(move || {
                let ratio = figures.with(|f| f.interest_vs_article);
                let st = lang.get().strings();
                if (ratio - 1.0).abs() < 0.01 {
                    st.cmp_same
                } else if ratio > 1.0 {
                    st.cmp_more
                } else {
                    st.cmp_less
                }
                .to_string()
            }),
        ),
        ("article_interest", money(|f| f.article_interest_usd)),
    ];
    let holders = vec![
        ("holder_rate", Signal::derive(move || pct(lang.get(), scenario.with(|a| a.holder_rate_pct), 2))),
        ("cost_per_point", money(|f| f.cost_per_point_usd)),
        ("interest", interest),
    ];

    let chart = Memo::new(move |_| {
        scenario.with(|a| figures.with(|f| charts::interest_vs_yield(a, f, lang.get())))
    });
    let description = Signal::derive(move || {
        fill(
            s().chart_interest_desc,
            &[("holdings", &holdings.get()), ("yield", &yield_pct.get()), ("interest", &interest.get())],
        )
    });

    view! {
        <section id="printing-press" class="beat" data-testid="section-printing-press">
            <div class="beat-text">
                <super::kit::Heading id="printing-press" text=Signal::derive(move || s().press_heading) />
                <p>{move || s().press_mechanism}</p>
                <LiveText template=Signal::derive(move || s().press_numbers) slots=into_slots(numbers) testid="press-numbers" />
                <div class="controls">
                    <ParamSlider param=Param::TreasuryHoldings />
                    <ParamSlider param=Param::BillYield />
                    <YieldPresets />
                </div>
                <LiveText template=Signal::derive(move || s().press_compare) slots=into_slots(compare) testid="press-compare" />
                <LiveText template=Signal::derive(move || s().press_holders) slots=into_slots(holders) testid="press-holders" />
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart
                    caption=Signal::derive(move || s().chart_interest_caption)
                    description=description
                    facts=&[7]
                    section="printing-press"
                />
            </div>
        </section>
    }
}

fn into_slots(v: Vec<(&'static str, Signal<String>)>) -> crate::widgets::Slots {
    v.into_iter().map(|(k, s)| (k, s.into())).collect()
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
