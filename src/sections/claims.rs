//! The closing ledger: the article's key claims, each judged three ways (at
//! the article's numbers, with the figures set here, at the latest public
//! figures), and the page's own verdict under them. The claims and their
//! rules are the model's (`model::claims`); this only shows them.

use leptos::prelude::*;

use super::kit::{article, tpl, Heading};
use crate::i18n::format::month_year;
use crate::i18n::{claim_reason, conclusion, fill, pick, Lang, Strings};
use crate::model::claims::{assess_all, at_article, at_latest, Claim, Finding, CLAIMS};
use crate::model::{Param, LATEST_AS_OF};
use crate::state::{alone, use_lang, use_model};
use crate::widgets::{BasisSwitch, EmbedCopy, LiveText, ParamSlider};

/// Where a link to `fragment` of the whole article goes: on the article,
/// the fragment itself; alone on an embed page, the article two folders up
/// (`embed/claims/` and `en/embed/claims/` both sit two below their
/// article), in the page's language.
fn article_href(alone: bool, lang: Lang, fragment: &str) -> String {
    if alone {
        format!("../../?lang={}#{fragment}", lang.tag())
    } else {
        format!("#{fragment}")
    }
}

/// One of a claim's three verdicts: what it is judged at, the verdict and
/// its reason.
#[component]
fn Cell(
    /// `article`, `yours` or `latest`: its class and test id.
    which: &'static str,
    /// What the verdict is judged at.
    label: Signal<String>,
    /// The finding.
    finding: Signal<Finding>,
    /// The findings at the article's numbers and at the latest figures, for
    /// the live column: while it is the same as one of them, its reason says
    /// so instead of repeating it.
    #[prop(optional)]
    same_as: Option<(Finding, Finding)>,
) -> impl IntoView {
    let lang = use_lang();
    let key = Memo::new(move |_| finding.with(|f| f.standing.key()));
    let word = Memo::new(move |_| finding.with(|f| pick(lang.get(), f.standing.word())));
    let reason = Memo::new(move |_| {
        let s = lang.get().strings();
        finding.with(|f| match &same_as {
            Some((article, _)) if article == f => s.claims_same.to_string(),
            Some((_, latest)) if latest == f => s.claims_same_latest.to_string(),
            _ => claim_reason(lang.get(), f),
        })
    });
    view! {
        <div class=move || format!("ledger-cell cell-{which} s-{}", key.get()) data-testid=format!("verdict-{which}")>
            <dt>{move || label.get()}</dt>
            <dd>
                <strong class="standing">{move || word.get()}</strong>
                " "
                <span class="reason">{move || reason.get()}</span>
            </dd>
        </div>
    }
}

/// One claim of the ledger, its three verdicts, and where to read more.
#[component]
fn Row(
    /// Its place in the ledger.
    index: usize,
    /// The claim.
    claim: &'static Claim,
    /// Its finding with the figures set here.
    yours: Memo<Finding>,
) -> impl IntoView {
    let lang = use_lang();
    let alone = alone();
    let at_article = at_article()[index].1.clone();
    let at_latest = at_latest()[index].1.clone();
    let (article_key, latest_key) = (at_article.standing.key(), at_latest.standing.key());
    let s = move || lang.get().strings();
    let label = |pick_label: fn(&'static Strings) -> &'static str| -> Signal<String> {
        Signal::derive(move || {
            fill(pick_label(lang.get().strings()), &[("as_of", &month_year(lang.get(), LATEST_AS_OF))])
        })
    };
    let sources = claim
        .facts
        .iter()
        .map(|&n| {
            view! {
                " "
                <a
                    href=move || article_href(alone, lang.get(), &format!("source-{n}"))
                    target=alone.then_some("_blank")
                    rel=alone.then_some("noopener")
                    aria-label=move || fill(s().claims_source_link, &[("n", &n.to_string())])
                >
                    {format!("#{n}")}
                </a>
            }
        })
        .collect_view();
    view! {
        <li
            id=format!("claim-{}", claim.key)
            class="ledger-row"
            data-claim=claim.key
            data-verdict=move || yours.with(|f| f.standing.key())
            data-verdict-article=article_key
            data-verdict-latest=latest_key
        >
            <p class="ledger-said"><span class="ledger-n">{index + 1}</span>{move || s().claims_said}</p>
            <p class="ledger-claim">{move || pick(lang.get(), claim.text)}</p>
            <dl class="ledger-verdicts">
                <Cell which="article" label=label(|s| s.claims_col_article) finding=Signal::stored(at_article.clone()) />
                <Cell
                    which="yours"
                    label=label(|s| s.claims_col_yours)
                    finding=yours.into()
                    same_as=(at_article.clone(), at_latest.clone())
                />
                <Cell which="latest" label=label(|s| s.claims_col_latest) finding=Signal::stored(at_latest.clone()) />
            </dl>
            <p class="ledger-links">
                <a
                    href=move || article_href(alone, lang.get(), claim.section)
                    target=alone.then_some("_blank")
                    rel=alone.then_some("noopener")
                >
                    {move || fill(s().claims_section_link, &[("section", s().section_heading(claim.section))])}
                </a>
                " · "
                <span class="ledger-sources">{move || s().claims_sources}{sources}</span>
            </p>
            <details class="ledger-rule">
                <summary>{move || s().claims_rule}</summary>
                <p>{move || pick(lang.get(), claim.rule)}</p>
            </details>
        </li>
    }
}

/// The claims section.
#[component]
pub fn Claims() -> impl IntoView {
    let lang = use_lang();
    let model = use_model();
    let findings = Memo::new(move |_| model.with(|(a, f)| assess_all(a, f)));
    let rows = CLAIMS
        .iter()
        .enumerate()
        .map(|(index, claim)| {
            let yours = Memo::new(move |_| findings.with(|v| v[index].1.clone()));
            view! { <Row index=index claim=claim yours=yours /> }
        })
        .collect_view();
    let verdict = Memo::new(move |_| {
        let l = lang.get();
        findings.with(|v| model.with(|(a, f)| conclusion(l, v, a, f)))
    });
    let s = move || lang.get().strings();
    view! {
        <section id="claims" class="beat beat-prose" data-testid="section-claims">
            <div class="beat-text wide">
                <Heading id="claims" text=tpl(|s| s.claims_heading) />
                <LiveText
                    template=tpl(|s| s.claims_intro)
                    slots=vec![("as_of", article(|l| month_year(l, LATEST_AS_OF)).into())]
                    testid="claims-intro"
                />
                <div class="controls claims-controls js-only">
                    <BasisSwitch testid="claims-" />
                    <ParamSlider param=Param::BillYield />
                </div>
                <ol class="ledger" aria-label=move || s().claims_list_label data-testid="ledger">
                    {rows}
                </ol>
                // One level under the section's heading: an h2 on an embed
                // page, where the section's heading is the h1.
                {if crate::state::alone() {
                    view! { <h2 id="claims-verdict" class="subheading">{move || s().claims_verdict_heading}</h2> }.into_any()
                } else {
                    view! { <h3 id="claims-verdict" class="subheading">{move || s().claims_verdict_heading}</h3> }.into_any()
                }}
                <div class="conclusion" data-testid="claims-conclusion">
                    <p data-testid="claims-core">{move || verdict.with(|c| c.core.clone())}</p>
                    <ul class="tally">
                        {move || {
                            verdict.with(|c| {
                                c.groups
                                    .iter()
                                    .map(|(st, text)| {
                                        view! { <li class=format!("s-{}", st.key()) data-standing=st.key()>{text.clone()}</li> }
                                    })
                                    .collect_view()
                            })
                        }}
                    </ul>
                    <p data-testid="claims-punchline">{move || verdict.with(|c| c.punchline.clone())}</p>
                </div>
                <p class="ledger-embed">
                    <EmbedCopy section="claims" label=|s| s.embed_code_label_section />
                </p>
            </div>
        </section>
    }
}
