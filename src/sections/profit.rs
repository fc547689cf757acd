//! Beat 1: Tether's 2024 profit against the two labs' revenue and losses,
//! opening with a guess the reader makes before seeing the answer.

use leptos::prelude::*;

use super::kit::{article, compare, describe, live, share, tpl, tpl_by, usd, when, Heading};
use crate::charts;
use crate::i18n::format::{pct, usd as fmt_usd, Style};
use crate::model::{Basis, Param, ARTICLE_INTEREST_BN, ATTESTATION_2024_GAINS_BN, ATTESTATION_2024_OTHER_BN};
use crate::state::{use_lang, use_model, use_revealed};
use crate::widgets::echarts::use_loader;
use crate::widgets::{FigureCard, LiveText, Slot, SourceNote};

/// Range of the guess slider, in USD billions.
const GUESS_MAX_BN: f64 = 20.0;

/// The profit section.
#[component]
pub fn Profit() -> impl IntoView {
    let lang = use_lang();
    let model = use_model();
    let guess_bn = RwSignal::new(3.0_f64);
    let clock = crate::state::LastStep::find();
    let revealed = use_revealed();
    // The guess and Reveal change what the chart shows but not the
    // scenario, which is what wakes ECharts for every other control: they
    // ask for it themselves.
    let loader = use_loader();
    let wake = move || {
        if let Some(l) = loader {
            l.request();
        }
    };

    let guess_text = Signal::derive(move || fmt_usd(lang.get(), guess_bn.get() * 1e9, Style::Prose));
    let profit = live(|l, _, f| usd(l, f.tether_profit_usd));
    // The guess is about 2024, so its answer is the attestation's "over $13B"
    // whatever figures the page shows.
    let truth_2024 = Param::TetherProfit.spec().default * 1e9;
    let profit_2024 = article(|l| usd(l, Param::TetherProfit.spec().default * 1e9));
    let gap = Signal::derive(move || fmt_usd(lang.get(), (truth_2024 - guess_bn.get() * 1e9).abs(), Style::Prose));
    let result_template = Memo::new(move |_| crate::i18n::guess_result(lang.get().strings(), guess_bn.get() * 1e9, truth_2024));

    let option = Memo::new(move |_| {
        let guess = Some(guess_bn.get() * 1e9);
        model.with(|(a, f)| charts::to_value(&charts::profit(f, a, lang.get(), guess, revealed.get())))
    });
    // Without JavaScript there is no guess and nothing to reveal: the
    // static chart shows Tether's bar. Only the prerender draws it (the
    // figure never asks for it in the browser, where it is hidden), once,
    // at the page's scenario.
    let answer_option = Signal::derive(move || {
        model.with_untracked(|(a, f)| charts::to_value(&charts::profit(f, a, lang.get_untracked(), None, true)))
    });
    let openai_loss = live(|l, a, _| usd(l, a.openai_loss_bn * 1e9));
    let openai_revenue = live(|l, a, _| usd(l, a.openai_revenue_bn * 1e9));
    let anthropic_loss = live(|l, a, _| usd(l, a.anthropic_loss_bn * 1e9));
    let anthropic_revenue = live(|l, a, _| usd(l, a.anthropic_revenue_bn * 1e9));

    view! {
        <section id="profit" class="beat" data-testid="section-profit">
            <div class="beat-text">
                <Heading id="profit" text=tpl(|s| s.profit_heading) />
                <p>{move || lang.get().strings().profit_intro}</p>
                <div class="controls guess js-only">
                    <label class="control" data-testid="control-guess">
                        <span class="control-label">{move || lang.get().strings().guess_label}</span>
                        <span class="control-value">{move || guess_text.get()}</span>
                        <input
                            type="range"
                            min="0"
                            max=GUESS_MAX_BN
                            step="0.5"
                            value=move || guess_bn.get().to_string()
                            prop:value=move || guess_bn.get().to_string()
                            aria-valuetext=move || guess_text.get()
                            data-testid="slider-guess"
                            on:focus=move |_| wake()
                            on:input=move |ev| {
                                wake();
                                if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                    if v.is_finite() {
                                        if let Some(c) = clock {
                                            c.note();
                                        }
                                        guess_bn.set(v.clamp(0.0, GUESS_MAX_BN));
                                    }
                                }
                            }
                        />
                    </label>
                    <button
                        type="button"
                        class="reveal"
                        data-testid="reveal"
                        aria-controls="profit-answer"
                        aria-expanded=move || revealed.get().to_string()
                        on:click=move |_| {
                            wake();
                            revealed.set(true);
                        }
                    >
                        {move || lang.get().strings().reveal}
                    </button>
                </div>
                // The answer and everything that gives it away: shown at once
                // without JavaScript, after Reveal with it (style/main.css).
                <div id="profit-answer" class="answer" class:shown=move || revealed.get() data-testid="answer">
                    <div aria-live="polite">
                        <LiveText
                            template=tpl(|s| s.profit_answer)
                            slots=vec![("article_profit", profit_2024.into())]
                            testid="profit-answer"
                        />
                        <Show when=move || revealed.get()>
                            <LiveText
                                template=result_template
                                slots=vec![("guess", guess_text.into()), ("gap", gap.into())]
                                testid="guess-result"
                            />
                        </Show>
                    </div>
                    <LiveText
                        template=tpl(|s| s.profit_compare)
                        slots=vec![
                            ("openai_loss", Param::OpenAiLoss.into()),
                            ("openai_revenue", openai_revenue.into()),
                            ("anthropic_loss", Param::AnthropicLoss.into()),
                            ("anthropic_revenue", anthropic_revenue.into()),
                            ("labs_loss", live(|l, _, f| usd(l, f.labs_loss_usd)).into()),
                            ("cmp", live(|l, _, f| compare(l.strings(), f.labs_loss_usd, f.tether_profit_usd)).into()),
                            ("profit", profit.into()),
                            ("or_when", Slot::Note(when(Param::OpenAiRevenue))),
                            ("ol_when", Slot::Note(when(Param::OpenAiLoss))),
                            ("ar_when", Slot::Note(when(Param::AnthropicRevenue))),
                            ("al_when", Slot::Note(when(Param::AnthropicLoss))),
                            ("tp_when", Slot::Note(when(Param::TetherProfit))),
                        ]
                        testid="profit-compare"
                    />
                    <LiveText
                        template=tpl(|s| s.profit_sources)
                        slots=vec![
                            ("article_loss", article(|l| usd(l, Param::AnthropicLoss.spec().default * 1e9)).into()),
                            ("openai_later", article(|l| usd(l, Param::OpenAiLoss.spec().latest * 1e9)).into()),
                            ("anthropic_burn", article(|l| usd(l, Param::AnthropicLoss.spec().latest * 1e9)).into()),
                        ]
                        testid="profit-sources"
                    />
                    <p class="notes"><SourceNote id=1 /><SourceNote id=2 /><SourceNote id=3 /><SourceNote id=4 /></p>
                    <LiveText
                        template=tpl_by(|s, a, f| match (a.basis, f.annual_interest_usd > 0.0) {
                            // At the article's own holdings and yield the
                            // interest is the $7B just named: not again.
                            (Basis::Article, true) if a.at_article_interest() => s.profit_interest_article,
                            (Basis::Article, true) => s.profit_interest,
                            (Basis::Article, false) => s.profit_interest_zero,
                            (Basis::Latest, true) => s.profit_interest_latest,
                            (Basis::Latest, false) => s.profit_interest_latest_zero,
                        })
                        slots=vec![
                            ("article_profit", profit_2024.into()),
                            ("article_interest", article(|l| usd(l, ARTICLE_INTEREST_BN * 1e9)).into()),
                            ("article_gains", article(|l| usd(l, ATTESTATION_2024_GAINS_BN * 1e9)).into()),
                            ("article_other", article(|l| usd(l, ATTESTATION_2024_OTHER_BN * 1e9)).into()),
                            ("holdings", live(|l, a, _| usd(l, a.treasury_holdings_bn * 1e9)).into()),
                            ("h_when", Slot::Note(when(Param::TreasuryHoldings))),
                            ("yield", live(|l, a, _| pct(l, a.bill_yield_pct, 2)).into()),
                            ("y_when", Slot::Note(when(Param::BillYield))),
                            ("interest", live(|l, _, f| usd(l, f.annual_interest_usd)).into()),
                            ("cover", live(|l, _, f| share(l, f.interest_over_losses)).into()),
                        ]
                        testid="profit-interest"
                    />
                </div>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=option
                    caption=tpl(|s| s.chart_profit_caption)
                    description=describe(
                        |s| s.chart_profit_desc,
                        vec![
                            ("profit", Signal::derive(move || if revealed.get() { profit.get() } else { lang.get().strings().chart_profit_hidden_value.to_string() })),
                            ("openai_revenue", openai_revenue),
                            ("openai_loss", openai_loss),
                            ("anthropic_revenue", anthropic_revenue),
                            ("anthropic_loss", anthropic_loss),
                        ],
                    )
                    // Row 1 names the answer: its note sits with the answer.
                    facts=&[2, 3]
                    section="profit"
                    nojs=("profit-answer", answer_option)
                />
            </div>
        </section>
    }
}
