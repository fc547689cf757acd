//! Writes every page of the site, prerendered, and each language's strings
//! file, as JSON on stdout, for the build step that fills Trunk's page
//! shell, draws the charts and writes the files (`src/js/prerender.mjs`).
//!
//! `prerender images <dir>` draws the build's images into `<dir>`: each
//! page's share card (`<page>/share.png`, with the page's static chart,
//! which stdin gives as `{"cards": [{"path": …, "chart": {"svg", "title",
//! "legend"} or null}]}`)
//! and the touch icon (`apple-touch-icon.png`, from public/favicon.svg).
//! It prints what it wrote, as JSON. `--fast` leaves the PNGs as drawn,
//! not compressed (development builds).

use std::io::Read;
use std::path::Path;

use explainer::i18n::Lang;
use explainer::share::{card, card_svg, compress_png, render_png, CardChart, Fonts, CARD_HEIGHT, CARD_WIDTH, ICON_SIZE};
use explainer::site::Page;

#[derive(serde::Deserialize)]
struct Job {
    path: String,
    chart: Option<CardChart>,
}

#[derive(serde::Deserialize)]
struct Jobs {
    cards: Vec<Job>,
}

fn images(dir: &Path, fast: bool) -> Result<serde_json::Value, String> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).map_err(|e| format!("stdin: {e}"))?;
    let jobs: Jobs = serde_json::from_str(&input).map_err(|e| format!("stdin: {e}"))?;
    let fonts = Fonts::load()?;
    let mut written = Vec::new();
    let mut write = |file: String, png: Vec<u8>| -> Result<(), String> {
        let png = if fast { png } else { compress_png(&png)? };
        let path = dir.join(&file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &png).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(serde_json::json!({ "file": file, "bytes": png.len() }));
        Ok(())
    };
    for job in &jobs.cards {
        let page = Page::from_path(&job.path).ok_or_else(|| format!("no page at /{}", job.path))?;
        let svg = card_svg(&card(page), job.chart.as_ref(), &fonts)?;
        write(format!("{}share.png", job.path), render_png(&svg, CARD_WIDTH, CARD_HEIGHT, &fonts)?)?;
    }
    let icon_path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/favicon.svg");
    let icon = std::fs::read_to_string(icon_path).map_err(|e| format!("{icon_path}: {e}"))?;
    write("apple-touch-icon.png".into(), render_png(&icon, ICON_SIZE, ICON_SIZE, &fonts)?)?;
    Ok(serde_json::json!({ "written": written }))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let result = match args.get(1).map(String::as_str) {
        Some("images") => match (args.get(2), args.get(3).map(String::as_str)) {
            (Some(dir), None) => images(Path::new(dir), false),
            (Some(dir), Some("--fast")) => images(Path::new(dir), true),
            _ => Err("usage: prerender images <dir> [--fast]".into()),
        },
        Some(other) => Err(format!("prerender: unknown command {other}")),
        None => {
            let pages = explainer::prerender::render_all();
            let strings: serde_json::Map<String, serde_json::Value> =
                Lang::ALL.iter().map(|&l| (l.tag().to_string(), explainer::i18n::language_file(l).into())).collect();
            Ok(serde_json::json!({ "pages": pages, "strings": strings }))
        }
    };
    match result.and_then(|v| serde_json::to_string(&v).map_err(|e| e.to_string())) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}
