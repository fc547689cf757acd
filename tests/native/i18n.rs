//! Locale completeness: both languages say everything, with the same live
//! values, and language negotiation picks the right one.

use explainer::i18n::{fill, format_param, param_label, pick, segments, slot_names, Lang, Segment, Strings};
use explainer::model::{Assumptions, Param, FACTS};

/// Every string of a locale, by key, read through serde so no key can be
/// forgotten here.
fn templates(s: &Strings) -> Vec<(String, String)> {
    let value = serde_json::to_value(s).expect("strings serialise");
    value
        .as_object()
        .expect("a struct of strings")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("every field is a string").to_string()))
        .collect()
}

#[test]
fn both_locales_have_the_same_keys_in_the_same_order() {
    let en: Vec<String> = templates(Lang::En.strings()).into_iter().map(|(k, _)| k).collect();
    let ja: Vec<String> = templates(Lang::Ja.strings()).into_iter().map(|(k, _)| k).collect();
    assert_eq!(en, ja);
    assert!(en.len() > 100, "{} keys", en.len());
}

#[test]
fn no_string_is_empty_in_either_language() {
    for lang in Lang::ALL {
        for (key, text) in templates(lang.strings()) {
            assert!(!text.trim().is_empty(), "{lang:?}.{key} is empty");
        }
    }
}

#[test]
fn both_languages_fill_the_same_slots() {
    let en = templates(Lang::En.strings());
    let ja = templates(Lang::Ja.strings());
    for ((key, e), (_, j)) in en.iter().zip(ja.iter()) {
        let mut es = slot_names(e);
        let mut js = slot_names(j);
        es.sort();
        js.sort();
        es.dedup();
        js.dedup();
        assert_eq!(es, js, "slots differ in {key}");
    }
}

#[test]
fn japanese_is_actually_japanese() {
    // Prose keys must contain kana or kanji, not leftover English.
    let ja = templates(Lang::Ja.strings());
    for (key, text) in ja {
        if key.contains("_heading") || key.ends_with("_caption") || key.ends_with("_body") || key.ends_with("_intro") {
            assert!(
                text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "ja.{key} has no Japanese text"
            );
        }
    }
}

#[test]
fn the_languages_differ() {
    let en = templates(Lang::En.strings());
    let ja = templates(Lang::Ja.strings());
    let same: Vec<_> = en
        .iter()
        .zip(ja.iter())
        .filter(|((k, e), (_, j))| {
            e == j && !matches!(k.as_str(), "chart_interest_tip" | "sources_col_id" | "chart_portfolio_nd" | "chart_portfolio_br" | "chart_portfolio_robotics" | "chart_data_fineweb")
        })
        .map(|((k, _), _)| k.clone())
        .collect();
    assert!(same.is_empty(), "untranslated keys: {same:?}");
}

#[test]
fn every_parameter_has_a_label_and_a_format_in_both_languages() {
    let a = Assumptions::default();
    for &p in Param::ALL {
        let (en, ja) = (param_label(Lang::En, p), param_label(Lang::Ja, p));
        assert!(!en.is_empty() && !ja.is_empty() && en != ja, "{p:?}");
        for lang in Lang::ALL {
            let shown = format_param(lang, p, p.get(&a));
            assert!(!shown.is_empty() && !shown.contains('–'), "{p:?} in {lang:?}: {shown}");
        }
    }
    assert_eq!(format_param(Lang::Ja, Param::TreasuryHoldings, 130.0), "1300億ドル");
    assert_eq!(format_param(Lang::En, Param::RoboticsEur, 1.0), "€1 billion");
    assert_eq!(format_param(Lang::Ja, Param::RoboticsEur, 1.0), "10億ユーロ");
    assert_eq!(format_param(Lang::Ja, Param::FinewebTokens, 15000.0), "15兆トークン");
    assert_eq!(format_param(Lang::En, Param::GpuPrice, 42.0), "$42,000");
    assert_eq!(format_param(Lang::Ja, Param::GpuPrice, 42.0), "4万2000ドル");
    assert_eq!(format_param(Lang::Ja, Param::BciWpm, 62.0), "毎分62語");
}

#[test]
fn registry_text_is_picked_by_language() {
    assert_eq!(pick(Lang::En, FACTS[0].caveat), FACTS[0].caveat.en);
    assert_eq!(pick(Lang::Ja, FACTS[0].caveat), FACTS[0].caveat.ja);
}

#[test]
fn segments_split_text_and_slots() {
    assert_eq!(
        segments("With {holdings} at {yield}."),
        vec![
            Segment::Text("With "),
            Segment::Slot("holdings"),
            Segment::Text(" at "),
            Segment::Slot("yield"),
            Segment::Text("."),
        ]
    );
}

#[test]
fn malformed_braces_stay_visible_as_text() {
    let text: String = segments("a { b } {c d}{")
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t.to_string(),
            Segment::Slot(n) => format!("<{n}>"),
        })
        .collect();
    assert_eq!(text, "a { b } {c d}{");
}

#[test]
fn fill_replaces_known_slots_and_keeps_unknown_ones() {
    assert_eq!(fill("{a} and {b}", &[("a", "1")]), "1 and {b}");
}

#[test]
fn language_negotiation() {
    assert_eq!(Lang::negotiate(Some("ja"), ["en-US"]), Lang::Ja);
    assert_eq!(Lang::negotiate(Some("en"), ["ja-JP"]), Lang::En);
    assert_eq!(Lang::negotiate(None, ["ja-JP", "en"]), Lang::Ja);
    assert_eq!(Lang::negotiate(None, ["fr-FR", "ja"]), Lang::Ja);
    assert_eq!(Lang::negotiate(Some("xx"), ["fr"]), Lang::En);
    assert_eq!(Lang::negotiate(Some("<script>"), []), Lang::En);
    assert_eq!(Lang::from_tag("JA_jp"), Some(Lang::Ja));
}

/// The browser loads a language from its strings file (src/i18n/mod.rs):
/// every value comes back under its own key, in both languages.
#[test]
fn each_strings_file_reads_back_as_the_same_strings() {
    for lang in Lang::ALL {
        let s = lang.strings();
        assert_eq!(s.values().len(), Strings::KEYS.len(), "{lang:?}: one value per key");
        // serde names every field (in its own order): KEYS names the same.
        let keys: Vec<String> = templates(s).into_iter().map(|(k, _)| k).collect();
        let mut listed: Vec<&str> = Strings::KEYS.to_vec();
        listed.sort_unstable();
        assert_eq!(keys, listed, "KEYS names every field once");
        let file: &'static str = Box::leak(s.to_file().into_boxed_str());
        let back = Strings::from_file(file).expect("a strings file reads back");
        assert_eq!(templates(&back), templates(s), "{lang:?}");
    }
}

/// No text holds the separator, so none splits in two; a file with a value
/// too many or too few is refused, not read shifted.
#[test]
fn a_strings_file_is_read_only_when_it_has_one_value_per_key() {
    for lang in Lang::ALL {
        for (k, v) in templates(lang.strings()) {
            assert!(!v.contains(explainer::i18n::SEPARATOR), "{lang:?} {k} holds the separator");
        }
    }
    let file = Lang::En.strings().to_file();
    let sep = explainer::i18n::SEPARATOR.to_string();
    let more: &'static str = Box::leak(format!("{file}{sep}extra").into_boxed_str());
    assert!(Strings::from_file(more).is_none());
    let fewer: &'static str = Box::leak(file.rsplit_once(explainer::i18n::SEPARATOR).map(|(a, _)| a.to_string()).unwrap_or_default().into_boxed_str());
    assert!(Strings::from_file(fewer).is_none());
    assert!(Strings::from_file("").is_none());
    assert!(Strings::from_file("<html>404</html>").is_none());
}

/// A language's file, as the browser loads it (`i18n::language_file`): its
/// strings read back under their keys, and every registry text under its
/// id, in this language.
#[test]
fn each_language_file_reads_back_with_every_registry_text() {
    for lang in Lang::ALL {
        let file: &'static str = Box::leak(explainer::i18n::language_file(lang).into_boxed_str());
        let (strings, texts) = explainer::i18n::read_language_file(file).expect("a language file reads back");
        assert_eq!(templates(&strings), templates(lang.strings()), "{lang:?}");
        let all = explainer::model::texts();
        assert_eq!(texts.len(), all.len(), "{lang:?}: one entry per text");
        for t in all {
            let i = texts.binary_search_by_key(&t.id(), |&(id, _)| id).expect("every text is in the file");
            assert_eq!(texts[i].1, explainer::i18n::pick(lang, t), "{lang:?} {:08x}", t.id());
        }
    }
    // Not a language file: refused.
    for bad in ["", "<html>404</html>", "a\u{1e}b"] {
        assert!(explainer::i18n::read_language_file(bad).is_none(), "{bad:?}");
    }
    let file = explainer::i18n::language_file(Lang::Ja);
    let no_id: &'static str = Box::leak(format!("{file}{}xyz", explainer::i18n::SEPARATOR).into_boxed_str());
    assert!(explainer::i18n::read_language_file(no_id).is_none(), "a text without an id");
}

#[test]
fn the_phone_source_cards_name_their_cells_as_the_table_header_does() {
    // On a phone the sources table is one card per row, each cell under its
    // column's name, which style/main.css writes (content: "…") so the code
    // draws no extra view per cell: the names must stay the header's.
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    for lang in [Lang::En, Lang::Ja] {
        let s = lang.strings();
        let scope = if lang == Lang::Ja { "html[lang=\"ja\"] " } else { "" };
        for (cell, name) in [("said", s.sources_col_article), ("public", s.sources_col_public), ("source", s.sources_col_source)] {
            let rule = format!("  {scope}.sources td.{cell}::before {{ content: \"{name}\"; }}");
            assert!(css.contains(&rule), "style/main.css lacks {rule}");
        }
    }
}
