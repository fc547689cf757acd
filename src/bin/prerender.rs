//! Writes every page of the site, prerendered, and each language's strings
//! file, as JSON on stdout, for the build step that fills Trunk's page
//! shell, draws the charts and writes the files (`src/js/prerender.mjs`).

use explainer::i18n::Lang;

fn main() {
    let pages = explainer::prerender::render_all();
    let strings: serde_json::Map<String, serde_json::Value> =
        Lang::ALL.iter().map(|&l| (l.tag().to_string(), explainer::i18n::language_file(l).into())).collect();
    match serde_json::to_string(&serde_json::json!({ "pages": pages, "strings": strings })) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}
