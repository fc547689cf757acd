//! The arrows of ARCHITECTURE.md run down: a module's code never names a
//! module in a layer above its own. Read from the sources, so a new
//! `use crate::app` in a widget fails here, whatever it compiles to.

use std::path::{Path, PathBuf};

/// The layers, top first. A file may name `crate::<module>` only for
/// modules in its own layer or below.
const LAYERS: &[&[&str]] = &[
    &["main", "lib", "boot", "app", "embed", "prerender", "share", "fatal"],
    &["sections"],
    &["widgets"],
    &["state", "charts", "i18n", "site", "browser"],
    &["model"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top module a file under `src/` belongs to (`src/widgets/chart.rs`
/// is `widgets`); binaries count as the top layer.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src");
    let first = rel.components().next().expect("a component").as_os_str().to_string_lossy().to_string();
    if first == "bin" {
        return "main".into();
    }
    first.trim_end_matches(".rs").to_string()
}

#[test]
fn no_module_imports_from_a_layer_above() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 30, "found only {} Rust files under src/", files.len());
    let mut wrong = Vec::new();
    let mut checked = 0;
    for file in &files {
        let module = module_of(&src, file);
        let Some(own) = layer_of(&module) else {
            wrong.push(format!("{}: module `{module}` is in no layer (add it to LAYERS)", file.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("a readable source file");
        for (n, line) in text.lines().enumerate() {
            // Code only: a comment's link to another module is no import.
            let code = line.split("//").next().unwrap_or_default();
            for (at, _) in code.match_indices("crate::") {
                let named: String = code[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                let Some(theirs) = layer_of(&named) else { continue };
                checked += 1;
                if theirs < own {
                    wrong.push(format!("{}:{}: `{module}` names `crate::{named}`, a layer above", file.display(), n + 1));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} crate paths were checked");
    assert!(wrong.is_empty(), "imports against the arrows:\n{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_an_upward_import() {
    // The rule itself: a widget naming the app is caught, the app naming a
    // widget is not.
    assert!(layer_of("app") < layer_of("widgets"));
    assert!(layer_of("widgets") < layer_of("state"));
    assert!(layer_of("sections") < layer_of("widgets"));
}
