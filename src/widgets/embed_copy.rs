//! "Copy embed code": the iframe and host script that put one section of the
//! article on someone else's page, copied to the clipboard and shown for
//! copying by hand.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Strings;
use crate::site::Page;
use crate::state::{use_lang, use_root};

/// The button, and the code once copied.
#[component]
pub fn EmbedCopy(
    /// The section the code embeds.
    section: &'static str,
    /// The accessible name of the code's text box.
    label: fn(&'static Strings) -> &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let root = use_root();
    let code = RwSignal::new(None::<String>);
    let copy = move |_| {
        let l = lang.get_untracked();
        let base = browser::site_url(&root);
        let title = l.strings().site_title.replace('"', "&quot;");
        let page = Page { lang: l, section: Some(section) }.path();
        let snippet = format!(
            "<iframe src=\"{base}{page}\" title=\"{title}\" \
             data-tether-explainer style=\"width:100%;border:0;min-height:420px\" loading=\"lazy\"></iframe>\n\
             <script src=\"{base}embed.js\" async></script>",
        );
        browser::copy_text(&snippet);
        code.set(Some(snippet));
    };
    view! {
        <span class="embed-tools">
            <button type="button" class="link-button" data-testid="embed-copy" on:click=copy>
                {move || if code.get().is_some() { lang.get().strings().embed_copied } else { lang.get().strings().embed_copy }}
            </button>
            {move || code.get().map(|snippet| view! {
                <textarea
                    class="embed-code"
                    readonly
                    rows="4"
                    aria-label=move || label(lang.get().strings())
                    data-testid="embed-code"
                    prop:value=snippet
                ></textarea>
            })}
        </span>
    }
}
