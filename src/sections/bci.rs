//! Beat 6: brain-computer interfaces and Blackrock Neurotech.

use leptos::prelude::*;

use super::kit::{article, chart, describe, live, share, tpl, tpl_by, Heading};
use crate::charts;
use crate::i18n::format::{count, wpm};
use crate::model::Param;
use crate::widgets::{FigureCard, LiveText, ParamSlider, SourceNote};

/// The BCI section.
#[component]
pub fn Bci() -> impl IntoView {
    let bci = live(|l, a, _| wpm(l, a.bci_wpm));
    let speech = live(|l, a, _| wpm(l, a.speech_wpm));
    view! {
        <section id="bci" class="beat" data-testid="section-bci">
            <div class="beat-text">
                <Heading id="bci" text=tpl(|s| s.bci_heading) />
                <p>{tpl(|s| s.bci_body)}</p>
                <p class="notes"><SourceNote id=11 /><SourceNote id=12 /><SourceNote id=14 /></p>
                <LiveText
                    template=tpl(|s| s.bci_share)
                    slots=vec![
                        ("article_total", article(|l| count(l, Param::ImplantsTotal.spec().default)).into()),
                        ("article_blackrock", article(|l| count(l, Param::ImplantsBlackrock.spec().default)).into()),
                        ("total", Param::ImplantsTotal.into()),
                        ("blackrock", Param::ImplantsBlackrock.into()),
                        ("share", live(|l, _, f| share(l, f.implant_share)).into()),
                    ]
                    testid="bci-share"
                />
                <p class="notes"><SourceNote id=13 /></p>
                <LiveText
                    template=tpl(|s| s.bci_speed)
                    slots=vec![
                        // The 2023 study's result, not a dial.
                        ("bci", article(|l| wpm(l, Param::BciWpm.spec().default)).into()),
                        ("speech_share", live(|l, _, f| share(l, f.bci_share_of_speech)).into()),
                        ("speech", speech.into()),
                    ]
                    testid="bci-speed"
                />
                <div class="controls">
                    <ParamSlider param=Param::SpeechWpm />
                </div>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart(|a, _, l| charts::bci(a, l))
                    caption=tpl_by(|s, _, f| match f.bci_share_of_speech {
                        x if x < 0.45 => s.chart_bci_caption,
                        x if x <= 0.55 => s.chart_bci_caption_half,
                        _ => s.chart_bci_caption_over,
                    })
                    description=describe(|s| s.chart_bci_desc, vec![("bci", bci), ("speech", speech)])
                    facts=&[15]
                    section="bci"
                />
            </div>
        </section>
    }
}
