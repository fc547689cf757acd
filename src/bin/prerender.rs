//! Writes every page of the site, prerendered, as JSON on stdout, for the
//! build step that fills Trunk's page shell and draws the charts
//! (`src/js/prerender.mjs`).

fn main() {
    let pages = explainer::prerender::render_all();
    match serde_json::to_string(&pages) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}
