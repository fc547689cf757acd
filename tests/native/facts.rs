//! The sources registry: 23 rows, complete in both languages, with the
//! verdicts and source addresses facts.md gives, and one number style in
//! Japanese.

use std::collections::BTreeMap;

// The one checker of the Japanese number style, shared with the locale and
// formatter tests.
use super::format::ja_style_breaks as number_style_problems;

use explainer::model::facts::{Detail, Rating, Scale, Verdict};
use explainer::model::{fact, Param, FACTS};

/// facts.md: the shared dossier next to the repository when it is there,
/// else the copy kept with the tests.
fn facts_md() -> String {
    let dir = env!("CARGO_MANIFEST_DIR");
    let shared = format!("{dir}/../shared/facts.md");
    let path = if std::path::Path::new(&shared).exists() { shared } else { format!("{dir}/tests/data/facts.md") };
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every line of the table under the `## ` heading that starts with
/// `heading`, as its cells, trimmed: the header and the rule under it too.
fn table_lines(md: &str, heading: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in md.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            inside = h.starts_with(heading);
            continue;
        }
        if inside && line.starts_with('|') {
            out.push(line.trim().trim_matches('|').split('|').map(|c| c.trim().to_string()).collect());
        }
    }
    out
}

/// The rows of the table under the `## ` heading that starts with `heading`:
/// each row's number and its cells (trimmed, without the number).
fn table_rows(md: &str, heading: &str) -> BTreeMap<u8, Vec<String>> {
    let mut rows = BTreeMap::new();
    for cells in table_lines(md, heading) {
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
    let md = table_rows(&facts_md(), "Figures");
    for f in &FACTS {
        for (what, t) in [("article", f.article), ("public", f.public), ("caveat", f.caveat)] {
            if what == "caveat" && t.en.is_empty() {
                // No caveat: only where facts.md gives none, and in both languages.
                assert!(t.ja.is_empty(), "row {}: a Japanese caveat without an English one", f.id);
                assert_eq!(md[&f.id][3], "", "row {}: facts.md gives a caveat the registry leaves out", f.id);
                continue;
            }
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

/// The rows of the table under the `## ` heading that starts with `heading`
/// whose first cell is not a number: each row's cells, trimmed, without the
/// header row and the rule under it.
fn plain_table(md: &str, heading: &str) -> Vec<Vec<String>> {
    table_lines(md, heading)
        .into_iter()
        .skip(1)
        .filter(|cells| !cells.iter().all(|c| c.chars().all(|ch| ch == '-' || ch == ':')))
        .collect()
}

/// facts.md's verdict words and their Japanese ("Verdict words in
/// Japanese"): each English verdict ("overstated; disputed (wording)" is
/// two) to its FIJ word; and what "dated" becomes beside a rating, read from
/// facts.md's own example (正確・古い数字).
fn japanese_verdicts(md: &str) -> (BTreeMap<String, String>, String) {
    let mut words = BTreeMap::new();
    for cells in plain_table(md, "Verdict words in Japanese") {
        for en in cells[0].split(';') {
            assert!(words.insert(en.trim().to_lowercase(), cells[1].clone()).is_none(), "facts.md maps {en:?} twice");
        }
    }
    let section = md.split("## Verdict words in Japanese").nth(1).expect("facts.md has \"Verdict words in Japanese\"");
    let example = section
        .split_whitespace()
        .find_map(|w| w.strip_prefix(words["confirmed"].as_str()).filter(|rest| rest.starts_with('・')))
        .expect("facts.md shows \"dated\" beside a rating in Japanese");
    (words, example.to_string())
}

/// Plain "disputed" is not in facts.md's Japanese table. Row 3's loss has
/// no public source while another figure is reported: right and wrong parts
/// mixed, 不正確, as for "disputed (price, count)".
const PLAIN_DISPUTED_JA: &str = "不正確";

/// The Japanese for a detail in facts.md's parentheses, and for the "as
/// computed" of "wrong as computed", which 誤り alone would drop.
const DETAILS_JA: [(&str, &str); 4] = [("price, count", "価格・数量"), ("wording", "表現"), ("year", "年"), ("as computed", "計算")];

/// The label facts.md's verdict cell gives, in English (its words,
/// capitalised) and in Japanese (the FIJ word, the detail in brackets,
/// "dated" beside it).
fn expected_labels(cell: &str, words: &BTreeMap<String, String>, dated_ja: &str) -> (String, String) {
    let cell = cell.trim().to_lowercase();
    let mut en = cell.clone();
    en[..1].make_ascii_uppercase();
    let (rating, dated) = match cell.strip_suffix(", dated") {
        Some(r) => (r.trim(), true),
        None => (cell.as_str(), false),
    };
    let word = match words.get(rating) {
        Some(w) => w.clone(),
        None if rating == "disputed" => PLAIN_DISPUTED_JA.to_string(),
        None => {
            // "confirmed (x)": the word of the rating without its detail.
            let base = rating.split('(').next().unwrap().trim();
            words.get(base).unwrap_or_else(|| panic!("facts.md gives no Japanese for {rating:?}")).clone()
        }
    };
    let detail = if let Some((_, d)) = rating.split_once('(') {
        Some(d.trim_end_matches(')').trim())
    } else {
        rating.strip_prefix("wrong ").filter(|d| *d == "as computed")
    };
    let detail_ja = detail.map(|d| {
        let (_, ja) = DETAILS_JA.iter().find(|(en, _)| *en == d).unwrap_or_else(|| panic!("no Japanese for the detail {d:?}"));
        format!("（{ja}）")
    });
    let ja = format!("{word}{}{}", detail_ja.unwrap_or_default(), if dated { dated_ja } else { "" });
    (en, ja)
}

#[test]
fn verdict_labels_are_facts_mds_words_and_its_japanese_scale() {
    let md = facts_md();
    let rows = table_rows(&md, "Figures");
    assert_eq!(rows.keys().copied().collect::<Vec<u8>>(), (1..=23).collect::<Vec<u8>>(), "facts.md's Figures table");
    let (words, dated_ja) = japanese_verdicts(&md);
    assert!(!words.contains_key("disputed") || words["disputed"] == PLAIN_DISPUTED_JA, "facts.md now maps plain \"disputed\"");
    let mut wrong = Vec::new();
    for f in &FACTS {
        let cell = &rows[&f.id][2];
        let (en, ja) = expected_labels(cell, &words, &dated_ja);
        let label = f.verdict.label();
        // Case-insensitively facts.md's words, and capitalised as shown.
        if label.en.to_lowercase() != cell.to_lowercase() || label.en != en {
            wrong.push(format!("row {}: English {:?}, facts.md says {cell:?}", f.id, label.en));
        }
        if label.ja != ja {
            wrong.push(format!("row {}: Japanese {:?}, facts.md's scale gives {ja:?}", f.id, label.ja));
        }
        // "dated" is beside the rating, not a rating.
        if f.verdict.dated != cell.ends_with(", dated") {
            wrong.push(format!("row {}: dated is {}, facts.md says {cell:?}", f.id, f.verdict.dated));
        }
        assert_eq!(f.verdict.word().ja, f.verdict.scale().word(), "row {}: the Japanese word is the FIJ scale's", f.id);
    }
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
fn the_verdict_checker_catches_a_wrong_label() {
    // The test above can fail: facts.md's own words for rows 15 and 9, set
    // against labels one step off.
    let md = facts_md();
    let (words, dated_ja) = japanese_verdicts(&md);
    let (en, ja) = expected_labels("confirmed, dated", &words, &dated_ja);
    assert_eq!((en.as_str(), ja.as_str()), ("Confirmed, dated", "正確・古い数字"));
    assert_ne!(Verdict::of(Rating::Confirmed).label().en, en);
    assert_ne!(Verdict::of(Rating::Confirmed).label().ja, ja);
    assert_eq!(Verdict::of(Rating::Confirmed).dated().label().ja, ja);
    let (en, ja) = expected_labels("disputed (price, count)", &words, &dated_ja);
    assert_eq!((en.as_str(), ja.as_str()), ("Disputed (price, count)", "不正確（価格・数量）"));
    assert_ne!(Verdict::of(Rating::Disputed).on(Detail::Wording).label().ja, ja);
    let (en, ja) = expected_labels("wrong as computed", &words, &dated_ja);
    assert_eq!((en.as_str(), ja.as_str()), ("Wrong as computed", "誤り（計算）"));
    assert_eq!(expected_labels("overstated", &words, &dated_ja).1, "ミスリード");
    assert_eq!(expected_labels("disputed", &words, &dated_ja).1, "不正確");
}

#[test]
fn every_rating_scale_step_and_detail_has_its_own_words() {
    let mut seen = std::collections::HashSet::new();
    for r in Rating::ALL {
        assert!(!r.word().is_empty() && seen.insert(r.word()), "{r:?}");
    }
    for s in Scale::ALL {
        assert!(!s.word().is_empty() && seen.insert(s.word()), "{s:?}");
        assert!(seen.insert(s.key()), "{s:?}: its key");
    }
    for d in Detail::ALL {
        assert!(seen.insert(d.words().en) && seen.insert(d.words().ja), "{d:?}");
    }
}

#[test]
fn every_scale_step_has_a_colour_in_the_stylesheet() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    for s in Scale::ALL {
        assert!(css.contains(&format!(".v-{} {{ --verdict:", s.key())), "style/main.css has no colour for .v-{}", s.key());
    }
    for f in &FACTS {
        assert!(Scale::ALL.contains(&f.verdict.scale()), "row {}", f.id);
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
        let verdict = f.verdict.label().ja;
        for (what, ja) in [("article", f.article.ja), ("public", f.public.ja), ("caveat", f.caveat.ja), ("verdict", verdict.as_str())] {
            for p in number_style_problems(ja) {
                problems.push(format!("row {} {what}: {p}", f.id));
            }
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn one_word_per_idea_in_japanese() {
    // Each idea has one word; outlets are named in Latin letters.
    let banned = [
        ("資金流出", "キャッシュバーン (資金流出 reads as capital flight)"),
        ("キャッシュ消費", "キャッシュバーン"),
        ("Tビル", "米短期国債"),
        ("筆頭株主", "the majority owner (過半), not the largest stake"),
        ("フィナンシャル・タイムズ", "英Financial Times"),
        ("ブルームバーグ", "米Bloomberg"),
        ("ニューヨーク・タイムズ", "米New York Times"),
        ("インフォメーション", "米The Information"),
    ];
    for f in &FACTS {
        for t in [f.article, f.public, f.caveat, f.source] {
            for (word, say) in banned {
                assert!(!t.ja.contains(word), "row {}: {word} in {:?}: say {say}", f.id, t.ja);
            }
        }
    }
    for id in [3, 4] {
        assert!(fact(id).unwrap().public.ja.contains("キャッシュバーン"), "row {id}");
    }
    for (id, outlet) in [(2, "米New York Times"), (3, "米The Information"), (16, "米Bloomberg"), (17, "英Financial Times"), (19, "米The Information")] {
        assert_eq!(fact(id).unwrap().source.ja, outlet, "row {id}");
    }
}

/// A Japanese note's sentences: the text split after each 。, trimmed.
fn sentences(ja: &str) -> impl Iterator<Item = &str> {
    ja.split_inclusive('。').map(str::trim).filter(|s| !s.is_empty())
}

/// A sentence without its closing 。 and any closing bracket or
/// parenthetical after the verb: 「…発表しました（時期は未確認）。」 ends in
/// 発表しました.
fn sentence_end(s: &str) -> &str {
    let mut end = s.trim_end_matches('。');
    loop {
        if let Some(rest) = end.strip_suffix('）') {
            match rest.rfind('（') {
                Some(open) => end = &rest[..open],
                None => break,
            }
        } else if let Some(rest) = end.strip_suffix('」') {
            end = rest;
        } else {
            break;
        }
    }
    end
}

/// The endings of a sentence in です/ます.
const POLITE: [&str; 6] = ["です", "ます", "でした", "ました", "ません", "でしょう"];

/// Whether a sentence ends in です/ます.
fn is_polite(sentence: &str) -> bool {
    POLITE.iter().any(|p| sentence_end(sentence).ends_with(p))
}

#[test]
fn every_japanese_note_sentence_is_polite() {
    // です/ます throughout: no note mixes plain endings with polite ones.
    let mut plain = Vec::new();
    for f in &FACTS {
        for (what, t) in [("public", f.public), ("caveat", f.caveat)] {
            if t.ja.is_empty() {
                continue;
            }
            assert!(t.ja.ends_with('。'), "row {} {what}: a note ends with 。: {:?}", f.id, t.ja);
            for s in sentences(t.ja) {
                if !is_polite(s) {
                    plain.push(format!("row {} {what}: {s}", f.id));
                }
            }
        }
    }
    assert_eq!(plain, Vec::<String>::new());
}

#[test]
fn the_politeness_checker_catches_a_plain_ending() {
    let plain = |s: &str| sentences(s).filter(|s| !is_polite(s)).count();
    assert_eq!(plain("51億ドルとされている。報道の時点では見通しにすぎません。"), 1);
    assert_eq!(plain("発表しました（時期は未確認）。記事のとおりです。"), 0);
    assert_eq!(plain("10億ドル超と報じられた。"), 1);
}

#[test]
fn every_japanese_claim_is_a_headline_ending_in_a_noun() {
    // The claim summaries are noun phrases: no 。, and no plain verb or
    // adjective at the end (…届かない, …投じた, …変えた).
    for f in &FACTS {
        let ja = f.article.ja;
        assert!(!ja.contains('。'), "row {}: one phrase, no sentence: {ja}", f.id);
        let last = sentence_end(ja).chars().last().unwrap();
        assert!(!"いたるだすくうぬむぶつ".contains(last), "row {}: ends in plain form: {ja}", f.id);
    }
}

#[test]
fn english_texts_explain_their_jargon() {
    for f in &FACTS {
        for t in [f.article, f.public, f.caveat] {
            assert!(!t.en.contains("wpm"), "row {}: words per minute, not wpm", f.id);
            assert!(!t.en.contains("run-rate"), "row {}: say what a run-rate is", f.id);
            if t.en.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == "repo") {
                assert!(t.en.contains("repurchase agreements (repo)"), "row {}: repo is repurchase agreements", f.id);
            }
            assert!(!t.en.contains("as stated"), "row {}: the verdict already says so", f.id);
        }
    }
}

/// Every `text!` written in `model/`, read from the source with a Rust
/// parser: (English, Japanese).
fn texts_in_source() -> std::collections::BTreeSet<(String, String)> {
    use syn::visit::Visit;
    struct Texts(std::collections::BTreeSet<(String, String)>, usize);
    impl Visit<'_> for Texts {
        fn visit_macro(&mut self, mac: &syn::Macro) {
            if mac.path.is_ident("text") {
                let args = mac
                    .parse_body_with(syn::punctuated::Punctuated::<syn::LitStr, syn::Token![,]>::parse_terminated)
                    .expect("text! takes two string literals");
                assert_eq!(args.len(), 2, "text! takes English and Japanese");
                self.0.insert((args[0].value(), args[1].value()));
                self.1 += 1;
            }
            syn::visit::visit_macro(self, mac);
        }
    }
    let mut found = Texts(Default::default(), 0);
    for (name, src) in [
        ("facts.rs", include_str!("../../src/model/facts.rs")),
        ("claims.rs", include_str!("../../src/model/claims.rs")),
    ] {
        let file = syn::parse_file(src).unwrap_or_else(|e| panic!("{name}: {e}"));
        found.visit_file(&file);
    }
    assert!(found.1 > 150, "the parser found the texts: {}", found.1);
    found.0
}

/// The browser's build has only ids: it finds a registry text in the
/// language file, which holds `model::texts()`. A text missing from that
/// list would show as nothing, so the list must hold every `text!` in the
/// source, no two with one id; and no text may hold the file's separators.
#[test]
fn the_text_list_holds_every_text_in_the_source_with_its_own_id() {
    let listed: std::collections::BTreeSet<(String, String)> =
        explainer::model::texts().iter().map(|t| (t.en.to_string(), t.ja.to_string())).collect();
    let written = texts_in_source();
    let missing: Vec<_> = written.difference(&listed).collect();
    assert!(missing.is_empty(), "texts the list leaves out: {missing:#?}");
    assert!(listed.contains(&(String::new(), String::new())), "the empty text is listed");
    let mut ids = std::collections::HashSet::new();
    for t in explainer::model::texts() {
        assert!(ids.insert(t.id()), "two texts share id {:08x}: {t:?}", t.id());
        assert_eq!(t.is_empty(), t.en.is_empty() && t.ja.is_empty(), "{t:?}");
        for side in [t.en, t.ja] {
            assert!(!side.contains(explainer::i18n::SEPARATOR) && !side.contains(explainer::i18n::RECORD), "{side:?}");
        }
    }
    // Every text the registry and the ledger hand out is listed.
    for f in &FACTS {
        for t in [f.article, f.public, f.source, f.caveat] {
            assert!(ids.contains(&t.id()), "row {}: {t:?}", f.id);
        }
    }
}

/// `Verdict::word` is written out as literals (the browser's build keeps
/// only their ids): for every verdict, not only the registry's, it must be
/// the rating's English word and the FIJ scale's Japanese one.
#[test]
fn every_verdicts_word_is_its_ratings_and_its_scales() {
    for rating in Rating::ALL {
        for detail in std::iter::once(None).chain(Detail::ALL.map(Some)) {
            for dated in [false, true] {
                let v = Verdict { rating, detail, dated };
                assert_eq!(v.word().en, rating.word(), "{v:?}");
                assert_eq!(v.word().ja, v.scale().word(), "{v:?}");
            }
        }
    }
}
