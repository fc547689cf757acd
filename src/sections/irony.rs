//! Beat 9: the most centralised company in crypto selling "decentralised" AI.

use leptos::prelude::*;

use super::kit::{tpl, Heading};
use crate::widgets::SourceNote;

/// The irony section.
#[component]
pub fn Irony() -> impl IntoView {
    view! {
        <section id="irony" class="beat beat-prose" data-testid="section-irony">
            <div class="beat-text">
                <Heading id="irony" text=tpl(|s| s.irony_heading) />
                <p>{tpl(|s| s.irony_body)}</p>
                <p class="notes"><SourceNote id=23 /><SourceNote id=21 /></p>
            </div>
        </section>
    }
}
