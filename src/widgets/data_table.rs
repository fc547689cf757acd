//! A figure's numbers as tables, built only while open (or when its chart
//! cannot be drawn), with a CSV download.

use leptos::prelude::*;

use crate::browser;
use crate::charts::table;
use crate::state::use_lang;

/// The chart's numbers as tables, built only while open (or when the chart
/// cannot be drawn), with a CSV download.
#[component]
pub fn DataTables(
    option: Signal<serde_json::Value>,
    failed: RwSignal<bool>,
    section: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    let shown = move || open.get() || failed.get();
    // The prerendered page carries every table, closed, so it can be read
    // without the code; the live page builds them only while open (the
    // hydrate build, which must match the prerendered tree, always does).
    let built = move || shown() || cfg!(any(feature = "ssr", feature = "hydrate"));
    let tables = Memo::new(move |_| if built() { option.with(table::from_option) } else { Vec::new() });
    let download = move |_| {
        let csv = option.with_untracked(|option| table::csv(&table::from_option(option)));
        browser::download_csv(&format!("tether-{section}-{}.csv", lang.get_untracked().tag()), &csv);
    };
    view! {
        <details
            class="data"
            data-testid="data-table"
            prop:open=shown
            on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))
        >
            <summary>{move || lang.get().strings().data_show}</summary>
            {move || tables.get().into_iter().map(|t| view! {
                <div class="table-scroll">
                    <table>
                        <caption>{t.caption}</caption>
                        <thead><tr>{t.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {t.rows.into_iter().map(|row| {
                                let mut cells = row.into_iter();
                                let head = cells.next().map(|c| c.text).unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{head}</th>
                                        {cells.map(|c| view! { <td>{c.text}</td> }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }).collect_view()}
            <button type="button" class="link-button csv" data-testid="csv" on:click=download>
                {move || lang.get().strings().data_csv}
            </button>
        </details>
    }
}
