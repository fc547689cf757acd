//! Beat 5: the QVAC Genesis dataset against FineWeb.

use leptos::prelude::*;

use super::kit::{article, chart, describe, live, share, tpl, Heading};
use crate::charts;
use crate::i18n::format::{about_times, tokens};
use crate::model::Param;
use crate::widgets::{FigureCard, LiveText, SourceNote};

/// The data section.
#[component]
pub fn Data() -> impl IntoView {
    let genesis = live(|l, a, _| tokens(l, a.dataset_tokens_bn * 1e9));
    let fineweb = live(|l, a, _| tokens(l, a.fineweb_tokens_bn * 1e9));
    view! {
        <section id="data" class="beat" data-testid="section-data">
            <div class="beat-text">
                <Heading id="data" text=tpl(|s| s.data_heading) />
                <LiveText
                    template=tpl(|s| s.data_body)
                    slots=vec![("article_tokens", article(|l| tokens(l, Param::DatasetTokens.spec().default * 1e9)).into())]
                    testid="data-body"
                />
                <LiveText
                    template=tpl(|s| s.data_claim)
                    slots=vec![
                        ("tokens", Param::DatasetTokens.into()),
                        ("fineweb", fineweb.into()),
                        ("share", live(|l, _, f| share(l, f.dataset_share_of_fineweb)).into()),
                        ("times", live(|l, _, f| about_times(l, f.fineweb_over_dataset)).into()),
                    ]
                    testid="data-claim"
                />
                <p class="notes"><SourceNote id=10 /></p>
            </div>
            <div class="beat-figure">
                <FigureCard
                    option=chart(|a, _, l| charts::data(a, l))
                    caption=tpl(|s| s.chart_data_caption)
                    description=describe(|s| s.chart_data_desc, vec![("tokens", genesis), ("fineweb", fineweb)])
                    facts=&[10]
                    section="data"
                />
            </div>
        </section>
    }
}
