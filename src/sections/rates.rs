//! Beat 8, first half: falling rates shrink the press's output.

use leptos::prelude::*;

use super::kit::{chart, describe, live, share, tpl, tpl_by, usd, Heading};
use crate::charts;
use crate::i18n::{fill, format::pct, Lang};
use crate::model::{YieldPath, PATH_YEARS, YIELD_2024_PCT};
use crate::state::{use_lang, use_model, use_scenario};
use crate::widgets::{FigureCard, LiveText, ParamSlider, SourceNote};

/// The label of a yield path in `lang`.
pub fn path_name(lang: Lang, path: YieldPath) -> String {
    let s = lang.strings();
    let template = match path {
        YieldPath::Article => s.path_article,
        YieldPath::Avg2024 => s.path_avg_2024,
        YieldPath::Dec2024 => s.path_dec_2024,
        YieldPath::Dec2025 => s.path_dec_2025,
        YieldPath::Custom => s.path_custom,
    };
    fill(template, &[("value", &pct(lang, path.level(), 2))])
}

/// Radio buttons choosing the yield path for 2025–2030.
#[component]
pub fn PathPicker(
    /// Test-id suffix, so two pickers on one page stay distinguishable.
    which: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let scenario = use_scenario();
    // What happened first; the article's own 2024 yield held last.
    let options = [YieldPath::Dec2025, YieldPath::Dec2024, YieldPath::Avg2024, YieldPath::Article]
        .into_iter()
        .map(|p| {
            let active = move || scenario.with(|a| a.yield_path == p);
            view! {
                <button
                    type="button"
                    class="preset"
                    role="radio"
                    aria-checked=move || active().to_string()
                    data-testid=format!("path-{which}-{}", p.key())
                    on:click=move |_| scenario.update(|a| a.yield_path = p)
                >
                    {move || path_name(lang.get(), p)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="presets" role="radiogroup" aria-label=move || lang.get().strings().path_label>
            <span class="presets-label">{move || lang.get().strings().path_label}</span>
            {options}
        </div>
    }
}

/// The rate-cuts section.
#[component]
pub fn Rates() -> impl IntoView {
    let income_2030 = live(|l, _, f| usd(l, f.income_path[PATH_YEARS - 1].interest_usd));
    let income_2024 = live(|l, _, f| usd(l, f.income_path[0].interest_usd));
    let yield_2024 = super::kit::article(|l| pct(l, YIELD_2024_PCT, 2));
    let (lang, model) = (use_lang(), use_model());
    // Where the printing press's single yield and the path's disagree, and
    // the press is on the page, one sentence says why the charts differ.
    let alone = crate::state::alone();
    let vs_press = Memo::new(move |_| {
        let differs = model.with(|(a, _)| (a.bill_yield_pct - YIELD_2024_PCT).abs() > 1e-9);
        if differs && !alone {
            lang.get().strings().rates_vs_press
        } else {
            ""
        }
    });
    view! {
        <section id="rate-cuts" class="beat" data-testid="section-rate-cuts">
            <div class="beat-text">
                <Heading id="rate-cuts" text=tpl(|s| s.rates_heading) />
                <p>{tpl(|s| s.rates_intro)}</p>
                <div class="controls">
                    <PathPicker which="rates" />
                    <ParamSlider param=crate::model::Param::TreasuryHoldings />
                </div>
                <LiveText
                    template=tpl_by(|s, _, f| {
                        let (first, last) = (f.income_path[0].interest_usd, f.income_path[PATH_YEARS - 1].interest_usd);
                        if last == 0.0 {
                            s.rates_body_nothing
                        } else if (last - first).abs() <= first * 1e-9 {
                            s.rates_body_same
                        } else if last < first {
                            s.rates_body
                        } else {
                            s.rates_body_above
                        }
                    })
                    slots=vec![
                        ("path", live(|l, a, _| path_name(l, a.yield_path)).into()),
                        ("holdings", live(|l, a, _| usd(l, a.treasury_holdings_bn * 1e9)).into()),
                        ("income_2030", income_2030.into()),
                        ("change", live(|l, _, f| share(l, f.income_2030_vs_2024)).into()),
                        ("income_2024", income_2024.into()),
                        ("yield_2024", yield_2024.into()),
                        ("quarter_point", live(|l, _, f| usd(l, f.cost_per_point_usd / 4.0)).into()),
                    ]
                    testid="rates-body"
                />
                <p data-testid="rates-path-note" hidden=move || model.with(|(a, _)| a.yield_path != YieldPath::Dec2025)>
                    {tpl(|s| s.rates_path_note)}
                </p>
                <LiveText
                    template=vs_press
                    slots=vec![
                        ("press_yield", live(|l, a, _| pct(l, a.bill_yield_pct, 2)).into()),
                        ("yield_2024", yield_2024.into()),
                    ]
                    testid="rates-vs-press"
                />
                <p>{tpl(|s| s.rates_growth)}</p>
                <p class="notes"><SourceNote id=20 /></p>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart(charts::rates)
                    caption=tpl(|s| s.chart_rates_caption)
                    description=describe(|s| s.chart_rates_desc, vec![("income_2030", income_2030), ("income_2024", income_2024)])
                    facts=&[7, 20]
                    section="rate-cuts"
                />
            </div>
        </section>
    }
}
