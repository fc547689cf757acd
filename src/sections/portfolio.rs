//! Beat 7: the AI portfolio added up, against the labs' fundraising and R&D.

use leptos::prelude::*;

use super::kit::{article, chart, describe, live, share, tpl, tpl_by, usd, usd_or_none, Heading};
use crate::charts;
use crate::i18n::format::{money, sig_digits, usd_per_eur, Currency, Style};
use crate::model::Param;
use crate::widgets::{FigureCard, LiveText, ParamSlider, SourceNote};

/// The portfolio section.
#[component]
pub fn Portfolio() -> impl IntoView {
    let total = live(|l, _, f| usd(l, f.portfolio_usd));
    let raise = live(|l, _, f| usd(l, f.anthropic_raise_usd));
    let rnd = live(|l, _, f| usd(l, f.openai_rnd_h1_usd));
    view! {
        <section id="portfolio" class="beat" data-testid="section-portfolio">
            <div class="beat-text">
                <Heading id="portfolio" text=tpl(|s| s.portfolio_heading) />
                <LiveText
                    template=tpl(|s| s.portfolio_body)
                    slots=vec![
                        ("article_so_far", article(|l| usd(l, crate::model::article_figures().ai_so_far_usd)).into()),
                        ("so_far", live(|l, _, f| usd(l, f.ai_so_far_usd)).into()),
                        ("others", live(|l, a, _| usd_or_none(l, a.invest_others_musd * 1e6)).into()),
                        ("reported_eur", article(|l| money(l, Param::RoboticsEur.spec().default * 1e9, Currency::Eur, Style::Prose)).into()),
                    ]
                    testid="portfolio-body"
                />
                <LiveText
                    template=tpl(|s| s.portfolio_round)
                    slots=vec![
                        ("robotics_eur", Param::RoboticsEur.into()),
                        ("fx", live(|l, a, _| usd_per_eur(l, a.eur_usd)).into()),
                        ("robotics", live(|l, _, f| usd(l, f.robotics_usd)).into()),
                    ]
                    testid="portfolio-round"
                />
                <div class="controls">
                    <ParamSlider param=Param::EurUsd />
                </div>
                <p class="notes"><SourceNote id=16 /><SourceNote id=17 /></p>
                <LiveText
                    template=tpl(|s| s.portfolio_claim)
                    slots=vec![
                        ("claimed", live(|l, _, f| usd(l, f.portfolio_claimed_usd)).into()),
                        ("article_total", article(|l| usd(l, crate::model::article_figures().portfolio_usd)).into()),
                    ]
                    testid="portfolio-claim"
                />
                <LiveText
                    template=tpl_by(|s, _, f| if f.annual_interest_usd > 0.0 { s.portfolio_scale } else { s.portfolio_scale_zero })
                    slots=vec![
                        ("total", total.into()),
                        ("months", live(|_, _, f| sig_digits(f.portfolio_months_of_interest, 2)).into()),
                        ("raise", raise.into()),
                        ("rnd", rnd.into()),
                        ("vs_rnd", live(|l, _, f| share(l, f.portfolio_over_openai_rnd)).into()),
                    ]
                    testid="portfolio-scale"
                />
                <p class="notes"><SourceNote id=18 /><SourceNote id=19 /></p>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart(charts::portfolio)
                    caption=tpl(|s| s.chart_portfolio_caption)
                    description=describe(|s| s.chart_portfolio_desc, vec![("total", total), ("raise", raise), ("rnd", rnd)])
                    facts=&[16, 17, 18, 19]
                    section="portfolio"
                />
            </div>
        </section>
    }
}
