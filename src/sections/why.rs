//! Beat 8: why a stablecoin company buys AI: anxiety about rates, and
//! ambition. Also what paying holders would change.

use leptos::prelude::*;

use super::kit::{chart, describe, live, tpl, tpl_by, usd, Heading};
use crate::charts;
use crate::i18n::format::pct;
use crate::model::Param;
use crate::widgets::{FigureCard, LiveText, ParamSlider};

/// The "why" section.
#[component]
pub fn Why() -> impl IntoView {
    let interest = live(|l, _, f| usd(l, f.annual_interest_usd));
    let payout = live(|l, _, f| usd(l, f.holder_payout_usd));
    let kept = live(|l, _, f| usd(l, f.interest_forgone_usd));
    view! {
        <section id="why" class="beat" data-testid="section-why">
            <div class="beat-text">
                <Heading id="why" text=tpl(|s| s.why_heading) />
                <LiveText
                    template=tpl(|s| s.why_anxiety)
                    slots=vec![
                        ("per_point", live(|l, _, f| usd(l, f.cost_per_point_usd)).into()),
                        ("holdings", live(|l, a, _| usd(l, a.treasury_holdings_bn * 1e9)).into()),
                    ]
                    testid="why-anxiety"
                />
                <LiveText
                    template=tpl_by(|s, a, _| if a.holder_rate_pct > 0.0 { s.why_holders } else { s.why_holders_zero })
                    slots=vec![
                        ("holder_rate", live(|l, a, _| pct(l, a.holder_rate_pct, 2)).into()),
                        ("payout", payout.into()),
                        ("kept", kept.into()),
                    ]
                    testid="why-holders"
                />
                <div class="controls">
                    <ParamSlider param=Param::HolderRate />
                </div>
                <p>{tpl(|s| s.why_ambition)}</p>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart(|_, f, l| charts::split(f, l))
                    caption=tpl(|s| s.chart_split_caption)
                    description=describe(|s| s.chart_split_desc, vec![("interest", interest), ("payout", payout), ("kept", kept)])
                    facts=&[7]
                    section="why"
                />
            </div>
        </section>
    }
}
