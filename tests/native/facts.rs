//! The sources registry: 23 rows, complete in both languages.

use explainer::model::{fact, Param, Verdict, FACTS};

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
        assert!(!f.source.is_empty(), "row {} has no source", f.id);
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
    use Verdict::*;
    let expected = [
        Confirmed, Confirmed, Disputed, RoughlyRight, RoughlyRight, Wrong, RoughlyRight, Confirmed, Disputed,
        Disputed, Confirmed, Confirmed, Unverifiable, Confirmed, Confirmed, Confirmed, Disputed, Wrong, Confirmed,
        Confirmed, RoughlyRight, RoughlyRight, Confirmed,
    ];
    let got: Vec<Verdict> = FACTS.iter().map(|f| f.verdict).collect();
    assert_eq!(got, expected);
}

#[test]
fn every_verdict_has_a_label_in_both_languages() {
    for v in [Verdict::Confirmed, Verdict::RoughlyRight, Verdict::Disputed, Verdict::Wrong, Verdict::Unverifiable] {
        assert!(!v.label().en.is_empty() && !v.label().ja.is_empty());
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
    assert!(fact(17).unwrap().caveat.en.contains("2.2"));
    assert!(fact(7).unwrap().caveat.en.contains("5.38%"));
}
