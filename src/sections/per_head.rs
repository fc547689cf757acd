//! Beat 2: profit per employee, and the article's "about 60x" recomputed.

use leptos::prelude::*;

use super::kit::{article, describe, live, tpl, tpl_by, usd, when, Heading};
use crate::charts;
use crate::i18n::fill;
use crate::i18n::format::{about_times, month_year, people, times};
use crate::model::{article_figures, Basis, Param, OPENAI_H1_2025_REVENUE_BN};
use crate::state::{use_lang, use_model};
use crate::widgets::{FigureCard, LiveText, Slot, SourceNote};

/// Under the latest figures, what OpenAI's loss per head mixes: its 2024
/// loss (no later one is public) over its 2026 head count. Nothing under the
/// article's, whose figures are all the article's.
fn mixed_years() -> Signal<String> {
    let (lang, model) = (use_lang(), use_model());
    Memo::new(move |_| {
        model.with(|(a, _)| match a.basis {
            Basis::Article => String::new(),
            Basis::Latest => {
                let l = lang.get();
                fill(
                    l.strings().perhead_mix,
                    &[
                        ("loss_date", &month_year(l, Param::OpenAiLoss.spec().latest_date)),
                        ("heads_date", &month_year(l, Param::OpenAiHeadcount.spec().latest_date)),
                    ],
                )
            }
        })
    })
    .into()
}

/// The per-head section.
#[component]
pub fn PerHead() -> impl IntoView {
    let profit_per_head = live(|l, _, f| usd(l, f.tether_profit_per_head_usd));
    let interest_per_head = live(|l, _, f| usd(l, f.tether_interest_per_head_usd));
    let revenue_per_head = live(|l, _, f| usd(l, f.openai_revenue_per_head_usd));
    let loss_per_head = live(|l, _, f| usd(l, -f.openai_profit_per_head_usd));
    let claimed = live(|l, _, f| times(l, f.per_head_ratio_claimed));
    let ratio = live(|l, _, f| about_times(l, f.per_head_ratio));
    // The article's own arithmetic, whatever the reader has set: 70.3x.
    let article_ratio = article(|l| times(l, article_figures().per_head_ratio));
    let tag_article = tpl(|s| s.claim_article);
    let tag_recomputed = tpl(|s| s.claim_recomputed);
    view! {
        <section id="per-head" class="beat" data-testid="section-per-head">
            <div class="beat-text">
                <Heading id="per-head" text=tpl(|s| s.perhead_heading) />
                <LiveText
                    template=tpl(|s| s.perhead_body)
                    slots=vec![
                        ("tether_heads", Param::TetherHeadcount.into()),
                        ("th_when", Slot::Note(when(Param::TetherHeadcount))),
                        ("openai_heads", Param::OpenAiHeadcount.into()),
                        ("oh_when", Slot::Note(when(Param::OpenAiHeadcount))),
                        ("profit_per_head", profit_per_head.into()),
                        ("revenue_per_head", revenue_per_head.into()),
                    ]
                    testid="perhead-body"
                />
                <p class="claim" data-testid="perhead-claim">
                    <span class="claim-old">
                        <span class="claim-tag">{move || tag_article.get()}</span>
                        {move || claimed.get()}
                    </span>
                    <span class="claim-arrow" aria-hidden="true">"→"</span>
                    <span class="claim-new">
                        <span class="claim-tag">{move || tag_recomputed.get()}</span>
                        <strong class="num" data-slot="article_ratio">{move || article_ratio.get()}</strong>
                    </span>
                    <SourceNote id=6 />
                </p>
                <LiveText
                    template=tpl(|s| s.perhead_claim)
                    slots=vec![
                        ("claimed", claimed.into()),
                        ("article_ratio", article_ratio.into()),
                        ("h1_revenue", article(|l| usd(l, OPENAI_H1_2025_REVENUE_BN * 1e9)).into()),
                        ("article_openai_heads", article(|l| people(l, Param::OpenAiHeadcount.spec().default)).into()),
                    ]
                    testid="perhead-ratio"
                />
                <LiveText
                    template=tpl_by(|s, _, f| {
                        let at_article = (f.per_head_ratio - article_figures().per_head_ratio).abs() < 0.05;
                        if at_article { s.perhead_article_figures } else { s.perhead_live }
                    })
                    slots=vec![("ratio", ratio.into())]
                    testid="perhead-live"
                />
                <LiveText
                    template=tpl_by(|s, a, _| if a.openai_loss_bn > 0.0 { s.perhead_caveat } else { s.perhead_caveat_even })
                    slots=vec![("loss_per_head", loss_per_head.into()), ("mix", Slot::Note(mixed_years()))]
                    testid="perhead-caveat"
                />
                <LiveText
                    template=tpl_by(|s, _, f| {
                        if f.tether_interest_per_head_usd > 0.0 { s.perhead_interest } else { s.perhead_interest_zero }
                    })
                    slots=vec![("ratio_interest", live(|l, _, f| times(l, f.per_head_ratio_interest)).into())]
                    testid="perhead-interest"
                />
                <p class="notes"><SourceNote id=5 /></p>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=super::kit::chart(|a, f, l| charts::per_head(f, a.basis, l))
                    caption=tpl(|s| s.chart_perhead_caption)
                    description=describe(
                        |s| s.chart_perhead_desc,
                        vec![
                            ("profit_per_head", profit_per_head),
                            ("interest_per_head", interest_per_head),
                            ("revenue_per_head", revenue_per_head),
                            ("loss_per_head", loss_per_head),
                        ],
                    )
                    facts=&[5, 6]
                    section="per-head"
                />
            </div>
        </section>
    }
}
