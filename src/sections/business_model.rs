//! Beat 10: the labs lose money and raise it; Tether earns it and spends it.

use leptos::prelude::*;

use super::kit::{chart, describe, live, tpl, usd, usd_or_none, Heading};
use super::rates::{path_name, PathPicker};
use crate::charts;
use crate::i18n::format::year;
use crate::model::{Param, Race};
use crate::state::{use_lang, use_model};
use crate::widgets::{FigureCard, LiveText, ParamSlider, SourceNote};

/// The business-model section.
#[component]
pub fn BusinessModel() -> impl IntoView {
    let lang = use_lang();
    let model = use_model();
    let labs_total = live(|l, _, f| usd_or_none(l, f.labs_cumulative_losses_usd));
    let tether_total = live(|l, _, f| usd_or_none(l, f.tether_cumulative_interest_usd));
    let race = Memo::new(move |_| model.with(|(_, f)| Race::of(f)));
    let verdict = Memo::new(move |_| {
        let s = lang.get().strings();
        match race.get() {
            Race::Ahead => s.model_ahead,
            Race::Even => s.model_even,
            Race::Behind => s.model_behind,
        }
    });
    let last_year = live(|l, _, f| f.race.last().map(|r| year(l, r.year as f64)).unwrap_or_default());
    view! {
        <section id="business-model" class="beat" data-testid="section-business-model">
            <div class="beat-text">
                <Heading id="business-model" text=tpl(|s| s.model_heading) />
                <LiveText
                    template=tpl(|s| s.model_body)
                    slots=vec![
                        ("openai_year", live(|l, a, _| year(l, a.openai_profit_year)).into()),
                        ("anthropic_year", live(|l, a, _| year(l, a.anthropic_profit_year)).into()),
                        ("openai_loss", live(|l, a, _| usd_or_none(l, a.openai_loss_bn * 1e9)).into()),
                        ("anthropic_loss", live(|l, a, _| usd_or_none(l, a.anthropic_loss_bn * 1e9)).into()),
                        ("labs_total", labs_total.into()),
                        ("path", live(|l, a, _| path_name(l, a.yield_path)).into()),
                        ("tether_total", tether_total.into()),
                    ]
                    testid="model-body"
                />
                <div class="controls">
                    <ParamSlider param=Param::OpenAiProfitYear />
                    <ParamSlider param=Param::AnthropicProfitYear />
                    <PathPicker which="model" />
                </div>
                <LiveText
                    template=verdict
                    slots=vec![(
                        "gap",
                        live(|l, _, f| usd(l, (f.tether_cumulative_interest_usd - f.labs_cumulative_losses_usd).abs())).into(),
                    )]
                    testid="model-verdict"
                />
                <p class="notes"><SourceNote id=22 /></p>
                <p class="punchline" data-testid="model-punchline">
                    {move || {
                        let s = lang.get().strings();
                        match race.get() {
                            Race::Ahead | Race::Even => s.model_punchline,
                            Race::Behind => s.model_punchline_behind,
                        }
                    }}
                </p>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart(|_, f, l| charts::race(f, l))
                    caption=tpl(|s| s.chart_model_caption)
                    description=describe(
                        |s| s.chart_model_desc,
                        vec![("last_year", last_year), ("labs_total", labs_total), ("tether_total", tether_total)],
                    )
                    facts=&[22]
                    section="business-model"
                />
            </div>
        </section>
    }
}
