//! Beat 8: why a stablecoin company buys AI: anxiety about rates, and
//! ambition. Also what paying holders would change.

use leptos::prelude::*;

use super::kit::{chart, describe, live, tpl, tpl_by, usd, usd_or_none, Heading};
use crate::charts;
use crate::i18n::format::pct;
use crate::model::{Figures, Param};
use crate::widgets::{FigureCard, LiveText, ParamSlider};

/// How a year's interest divides between holders and Tether, which decides
/// how the sentences about it read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Split {
    /// No interest, and nothing paid to holders.
    Nothing,
    /// Holders get nothing; Tether keeps all the interest.
    AllKept,
    /// Holders get part, Tether keeps the rest.
    Shared,
    /// Holders get all the interest (to the cent, as shown).
    AllPaid,
    /// Holders would get more than the bills earn.
    Over,
}

impl Split {
    /// The split the figures give.
    pub fn of(f: &Figures) -> Split {
        let (paid, earned) = (f.holder_payout_usd, f.annual_interest_usd);
        if paid == 0.0 {
            if earned > 0.0 { Split::AllKept } else { Split::Nothing }
        } else if (paid - earned).abs() <= earned * 1e-9 {
            Split::AllPaid
        } else if paid < earned {
            Split::Shared
        } else {
            Split::Over
        }
    }
}

/// The "why" section.
#[component]
pub fn Why() -> impl IntoView {
    let interest = live(|l, _, f| usd(l, f.annual_interest_usd));
    let payout = live(|l, _, f| usd(l, f.holder_payout_usd));
    let kept = live(|l, _, f| usd(l, f.tether_keeps_usd.max(0.0)));
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
                    template=tpl_by(|s, _, f| match Split::of(f) {
                        Split::Nothing => s.why_holders_zero_none,
                        Split::AllKept => s.why_holders_zero,
                        Split::Shared => s.why_holders,
                        Split::AllPaid => s.why_holders_all,
                        Split::Over => s.why_holders_over,
                    })
                    slots=vec![
                        ("holder_rate", live(|l, a, _| pct(l, a.holder_rate_pct, 2)).into()),
                        ("payout", payout.into()),
                        ("kept", kept.into()),
                        ("interest", interest.into()),
                        ("yield", live(|l, a, _| pct(l, a.bill_yield_pct, 2)).into()),
                        ("excess", live(|l, _, f| usd(l, -f.tether_keeps_usd)).into()),
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
                    caption=tpl_by(|s, _, f| match Split::of(f) {
                        Split::Nothing => s.chart_split_caption_none,
                        Split::AllKept => s.chart_split_caption,
                        Split::Shared | Split::AllPaid => s.chart_split_caption_shared,
                        Split::Over => s.chart_split_caption_over,
                    })
                    description=describe(
                        |s| s.chart_split_desc,
                        vec![
                            ("interest", live(|l, _, f| usd_or_none(l, f.annual_interest_usd))),
                            ("payout", live(|l, _, f| usd_or_none(l, f.holder_payout_usd))),
                            ("kept", live(|l, _, f| usd_or_none(l, f.tether_keeps_usd))),
                        ],
                    )
                    facts=&[7]
                    section="why"
                />
            </div>
        </section>
    }
}
