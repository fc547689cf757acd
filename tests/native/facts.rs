//! The sources registry: 23 rows, complete in both languages, with the
//! verdicts and source addresses facts.md gives, and one number style in
//! Japanese.

use std::collections::BTreeMap;

// The one checker of the Japanese number style, shared with the locale and
// formatter tests.
use super::format::ja_style_breaks as number_style_problems;

use explainer::model::{fact, Param, Verdict, FACTS};

/// facts.md: the shared dossier next to the repository when it is there,
/// else the copy kept with the tests.
fn facts_md() -> String {
    let dir = env!("CARGO_MANIFEST_DIR");
    let shared = format!("{dir}/../shared/facts.md");
    let path = if std::path::Path::new(&shared).exists() { shared } else { format!("{dir}/tests/data/facts.md") };
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The rows of the table under the `## ` heading that starts with `heading`:
/// each row's number and its cells (trimmed, without the number).
fn table_rows(md: &str, heading: &str) -> BTreeMap<u8, Vec<String>> {
    let mut rows = BTreeMap::new();
    let mut inside = false;
    for line in md.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            inside = h.starts_with(heading);
            continue;
        }
        if !inside || !line.starts_with('|') {
            continue;
        }
        let cells: Vec<String> = line.trim().trim_matches('|').split('|').map(|c| c.trim().to_string()).collect();
        if let Some(id) = cells.first().and_then(|c| c.parse::<u8>().ok()) {
            assert!(rows.insert(id, cells[1..].to_vec()).is_none(), "{heading}: row {id} twice");
        }
    }
    rows
}

/// Every http(s) address in a text; an address ends at whitespace or ')'.
fn addresses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = ["https://", "http://"].iter().filter_map(|p| rest.find(p)).min() {
        let tail = &rest[at..];
        let end = tail.find(|c: char| c.is_whitespace() || c == ')').unwrap_or(tail.len());
        out.push(tail[..end].trim_end_matches([';', ',', '|']).to_string());
        rest = &tail[end..];
    }
    out
}

#[test]
fn there_are_23_rows_numbered_1_to_23() {
    let ids: Vec<u8> = FACTS.iter().map(|f| f.id).collect();
    assert_eq!(ids, (1..=23).collect::<Vec<u8>>());
}

#[test]
fn every_row_has_both_languages() {
    for f in &FACTS {
        for (what, t) in [("article", f.article), ("public", f.public), ("caveat", f.caveat)] {
            assert!(!t.en.trim().is_empty(), "row {} {what} lacks English", f.id);
            assert!(!t.ja.trim().is_empty(), "row {} {what} lacks Japanese", f.id);
            assert_ne!(t.en, t.ja, "row {} {what} is not translated", f.id);
            assert!(
                t.ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "row {} {what} Japanese has no kana or kanji",
                f.id
            );
        }
        assert!(!f.source.en.trim().is_empty() || !f.links.is_empty(), "row {} names no source", f.id);
        assert_eq!(f.source.en.is_empty(), f.source.ja.is_empty(), "row {}: the source in both languages", f.id);
    }
}

#[test]
fn every_date_is_iso_8601() {
    for f in &FACTS {
        let parts: Vec<&str> = f.date.split('-').collect();
        assert!((1..=3).contains(&parts.len()), "row {}: {}", f.id, f.date);
        let year: u32 = parts[0].parse().unwrap_or(0);
        assert!((2004..=2026).contains(&year), "row {}: {}", f.id, f.date);
        if let Some(m) = parts.get(1) {
            assert!((1..=12).contains(&m.parse::<u32>().unwrap_or(0)), "row {}: {}", f.id, f.date);
        }
    }
}

#[test]
fn verdicts_match_facts_md() {
    // facts.md's Verdict column, read as the registry's verdicts: a
    // parenthesis or ", dated" qualifies a verdict without changing it, and
    // "overstated" is a kind of disputed.
    let rows = table_rows(&facts_md(), "Figures");
    assert_eq!(rows.keys().copied().collect::<Vec<u8>>(), (1..=23).collect::<Vec<u8>>(), "facts.md's Figures table");
    for f in &FACTS {
        let cell = rows[&f.id][2].to_lowercase();
        let base = cell.split(['(', ',']).next().unwrap().trim();
        let expected = match base {
            "confirmed" => Verdict::Confirmed,
            "roughly right" => Verdict::RoughlyRight,
            "disputed" | "overstated" => Verdict::Disputed,
            "wrong as computed" => Verdict::WrongAsComputed,
            "wrong" => Verdict::Wrong,
            "unverifiable" => Verdict::Unverifiable,
            other => panic!("row {}: facts.md verdict {other:?} has no Verdict", f.id),
        };
        assert_eq!(f.verdict, expected, "row {}: facts.md says {cell:?}", f.id);
    }
    // Row 6's number follows from other inputs: the label says so.
    assert_eq!(fact(6).unwrap().verdict.label().en, "Wrong as computed");
    assert_eq!(fact(6).unwrap().verdict.label().ja, "計算が誤り");
}

#[test]
fn every_verdict_has_a_label_in_both_languages() {
    let mut seen = std::collections::HashSet::new();
    for v in Verdict::ALL {
        assert!(!v.label().en.is_empty() && !v.label().ja.is_empty(), "{v:?}");
        assert!(seen.insert(v.label().en) && seen.insert(v.label().ja), "{v:?} shares a label");
    }
}

#[test]
fn every_parameter_cites_an_existing_row() {
    for &p in Param::ALL {
        assert!(fact(p.spec().fact).is_some(), "{p:?} cites row {}", p.spec().fact);
    }
    assert!(fact(0).is_none() && fact(24).is_none());
}

#[test]
fn the_recomputed_arithmetic_is_stated_in_the_rows() {
    // The fact layer must show the article's numbers next to the recomputed ones.
    assert!(fact(6).unwrap().public.en.contains("70.3x"));
    assert!(fact(6).unwrap().public.en.contains("$4.3B"));
    assert!(fact(17).unwrap().caveat.en.contains("2.2"));
    assert!(fact(7).unwrap().caveat.en.contains("5.38%"));
}

#[test]
fn the_addresser_reads_facts_md_addresses() {
    assert_eq!(
        addresses("| 5 | https://a.example/p (x, May); http://b.example/q?s=1 (y) |"),
        ["https://a.example/p", "http://b.example/q?s=1"]
    );
    assert_eq!(addresses("| 14 | http://c.example/2016/10/13/z/ |"), ["http://c.example/2016/10/13/z/"]);
    assert!(addresses("no address here").is_empty());
}

#[test]
fn every_source_address_is_the_one_facts_md_gives() {
    let table = table_rows(&facts_md(), "Where to read the sources");
    assert!(!table.is_empty(), "facts.md has no \"Where to read the sources\" table");
    let given: BTreeMap<u8, Vec<String>> = table.iter().map(|(&id, cells)| (id, addresses(&cells.join(" ")))).collect();
    for (id, urls) in &given {
        assert!(fact(*id).is_some(), "facts.md gives an address for row {id}, which is not in the registry");
        assert!(!urls.is_empty(), "facts.md row {id} lists no http(s) address");
    }
    for f in &FACTS {
        let mut want: Vec<&str> = given.get(&f.id).map(|u| u.iter().map(String::as_str).collect()).unwrap_or_default();
        let mut have: Vec<&str> = f.links.iter().map(|l| l.url).collect();
        for url in &want {
            assert!(have.contains(url), "row {}: facts.md's {url} is not linked", f.id);
        }
        for url in &have {
            assert!(want.contains(url), "row {}: {url} is not an address facts.md gives for it", f.id);
        }
        want.sort_unstable();
        have.sort_unstable();
        assert_eq!(have, want, "row {}: each address once", f.id);
    }
}

#[test]
fn every_link_is_http_and_named() {
    for f in &FACTS {
        for l in f.links {
            assert!(l.url.starts_with("https://") || l.url.starts_with("http://"), "row {}: {}", f.id, l.url);
            assert!(!l.url.contains(char::is_whitespace), "row {}: {}", f.id, l.url);
            assert!(!l.name.trim().is_empty(), "row {}: {} has no name", f.id, l.url);
        }
    }
}

#[test]
fn every_japanese_text_follows_the_number_style() {
    let mut problems = Vec::new();
    for f in &FACTS {
        for (what, t) in [("article", f.article), ("public", f.public), ("caveat", f.caveat), ("verdict", f.verdict.label())] {
            for p in number_style_problems(t.ja) {
                problems.push(format!("row {} {what}: {p}", f.id));
            }
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn one_word_for_cash_burn_and_majority_owner_in_japanese() {
    for f in &FACTS {
        for t in [f.article, f.public, f.caveat] {
            assert!(!t.ja.contains("キャッシュ消費"), "row {}: say 資金流出", f.id);
            assert!(!t.ja.contains("筆頭株主"), "row {}: Tether owns a majority, not the largest stake", f.id);
        }
    }
    for id in [3, 4] {
        assert!(fact(id).unwrap().public.ja.contains("資金流出"), "row {id}");
    }
}
