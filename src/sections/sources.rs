//! Sources and method: all 23 rows of the registry, each source linked where
//! facts.md gives its address, and a reset.

use leptos::prelude::*;

use super::kit::{article, tpl, Heading};
use crate::i18n::format::month_year;
use crate::i18n::pick;
use crate::model::{Assumptions, FACTS, LATEST_AS_OF};
use crate::state::{use_lang, use_scenario};
use crate::widgets::source_note::{verdict_class, SourceCite, VerdictLabel};
use crate::widgets::LiveText;

/// The sources section.
#[component]
pub fn Sources() -> impl IntoView {
    let lang = use_lang();
    let scenario = use_scenario();
    let rows = FACTS
        .iter()
        .map(|row| {
            view! {
                <tr data-row=row.id id=format!("source-{}", row.id)>
                    <td>{row.id}</td>
                    <td class="said">{move || pick(lang.get(), row.article)}</td>
                    // The verdict right after the article's figure. On a phone
                    // each row is a card (style/main.css), each cell under
                    // its column's name.
                    <td class=format!("verdict {}", verdict_class(row.verdict))><VerdictLabel verdict=row.verdict /></td>
                    <td class="public">
                        {move || pick(lang.get(), row.public)}
                        {(!row.caveat.is_empty())
                            .then(|| view! { <br /><em>{move || pick(lang.get(), row.caveat)}</em> })}
                    </td>
                    <td class="source"><SourceCite row=row /><br /><time datetime=row.date>{row.date}</time></td>
                </tr>
            }
        })
        .collect_view();
    let col = |pick: fn(&'static crate::i18n::Strings) -> &'static str| tpl(pick);
    let (c_id, c_article, c_public, c_source, c_verdict) = (
        col(|s| s.sources_col_id),
        col(|s| s.sources_col_article),
        col(|s| s.sources_col_public),
        col(|s| s.sources_col_source),
        col(|s| s.sources_col_verdict),
    );
    view! {
        <section id="sources" class="beat beat-prose" data-testid="section-sources">
            <div class="beat-text wide">
                <Heading id="sources" text=tpl(|s| s.sources_heading) />
                <LiveText
                    template=tpl(|s| s.sources_intro)
                    slots=vec![("as_of", article(|l| month_year(l, LATEST_AS_OF)).into())]
                    testid="sources-intro"
                />
                <p>
                    <button
                        type="button"
                        class="reset"
                        data-testid="reset"
                        on:click=move |_| scenario.set(Assumptions::default())
                    >
                        {tpl(|s| s.sources_reset)}
                    </button>
                </p>
                <div class="table-wrap" tabindex="0" role="region" aria-label=move || c_source.get()>
                    <table class="sources">
                        <thead>
                            <tr>
                                <th scope="col">{move || c_id.get()}</th>
                                <th scope="col">{move || c_article.get()}</th>
                                <th scope="col">{move || c_verdict.get()}</th>
                                <th scope="col">{move || c_public.get()}</th>
                                <th scope="col">{move || c_source.get()}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="cite">{tpl(|s| s.sources_cite_page)}</p>
                <p class="cite">{tpl(|s| s.sources_cite_article)}</p>
            </div>
        </section>
    }
}
