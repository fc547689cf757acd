//! Beat 4: the loan to Northern Data and its GPU fleet.

use leptos::prelude::*;

use super::kit::{article, chart, compare, describe, live, share, tpl, tpl_by, usd, Heading};
use crate::charts;
use crate::i18n::format::{count, usd_range};
use crate::model::{Basis, Param, ARTICLE_GPU_PRICE_KUSD};
use crate::widgets::{FigureCard, LiveText, SourceNote};

/// The compute section.
#[component]
pub fn Compute() -> impl IntoView {
    let fleet = live(|l, _, f| usd(l, f.gpu_fleet_value_usd));
    let loan = live(|l, _, f| usd(l, f.northern_data_loan_usd));
    view! {
        <section id="compute" class="beat" data-testid="section-compute">
            <div class="beat-text">
                <Heading id="compute" text=tpl(|s| s.compute_heading) />
                <LiveText
                    template=tpl_by(|s, a, _| match a.basis {
                        Basis::Article => s.compute_body,
                        Basis::Latest => s.compute_body_latest,
                    })
                    slots=vec![
                        ("loan_reported", article(|l| usd(l, Param::NorthernDataLoan.spec().latest * 1e6)).into()),
                        ("article_loan", article(|l| usd(l, Param::NorthernDataLoan.spec().default * 1e6)).into()),
                        ("article_gpus", article(|l| count(l, Param::GpuCount.spec().default)).into()),
                        ("article_price", article(|l| {
                            let (lo, hi) = ARTICLE_GPU_PRICE_KUSD;
                            usd_range(l, lo * 1e3, hi * 1e3)
                        })
                        .into()),
                        ("article_mid", article(|l| usd(l, Param::GpuPrice.spec().default * 1e3)).into()),
                    ]
                    testid="compute-body"
                />
                <LiveText
                    template=tpl(|s| s.compute_value)
                    slots=vec![
                        ("gpus", Param::GpuCount.into()),
                        ("price", Param::GpuPrice.into()),
                        ("loan", loan.into()),
                        ("fleet", fleet.into()),
                        ("cmp", live(|l, _, f| compare(l.strings(), f.gpu_fleet_value_usd, f.northern_data_loan_usd)).into()),
                        ("ratio", live(|l, _, f| share(l, f.fleet_over_loan)).into()),
                    ]
                    testid="compute-value"
                />
                <LiveText
                    template=tpl(|s| s.compute_public)
                    slots=vec![(
                        "reported_fleet",
                        article(|l| usd(l, Param::GpuCount.spec().latest * Param::GpuPrice.spec().latest * 1e3)).into(),
                    )]
                    testid="compute-public"
                />
                <p class="notes"><SourceNote id=8 /><SourceNote id=9 /></p>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart(|_, f, l| charts::compute(f, l))
                    caption=tpl(|s| s.chart_compute_caption)
                    description=describe(|s| s.chart_compute_desc, vec![("fleet", fleet), ("loan", loan)])
                    facts=&[8, 9]
                    section="compute"
                />
            </div>
        </section>
    }
}
