//! What a figure taken away says beside its chart (`charts::export`): whose
//! figures, its sources, its address and citation, in both languages.

use explainer::charts::export::{citation, figure_address, source_line, Whose};
use explainer::i18n::format::full_date;
use explainer::i18n::Lang;
use explainer::model::{Assumptions, Basis, Param};

#[test]
fn whose_figures_a_scenario_holds() {
    assert_eq!(Whose::of(&Assumptions::default()), Whose::Article);
    assert_eq!(Whose::of(&Assumptions::preset(Basis::Article)), Whose::Article);
    assert_eq!(Whose::of(&Assumptions::preset(Basis::Latest)), Whose::Latest);
    for basis in [Basis::Article, Basis::Latest] {
        let mut a = Assumptions::preset(basis);
        let spec = Param::TreasuryHoldings.spec();
        let moved = if Param::TreasuryHoldings.get(&a) == spec.max { spec.min } else { spec.max };
        Param::TreasuryHoldings.set(&mut a, moved);
        assert_eq!(Whose::of(&a), Whose::Reader, "{basis:?} with the holdings moved");
    }
    assert_eq!(Whose::Article.label(Lang::En), "Figures: as the article gives them");
    assert_eq!(Whose::Reader.label(Lang::Ja), "数字：読者が設定したもので、記事の数字ではありません");
    assert!(Whose::Latest.label(Lang::En).contains("June 2026"), "{}", Whose::Latest.label(Lang::En));
    assert!(Whose::Latest.label(Lang::Ja).contains("2026年6月"), "{}", Whose::Latest.label(Lang::Ja));
}

#[test]
fn a_figure_names_the_article_and_each_source_once() {
    let en = source_line(Lang::En, &[7, 7, 20]);
    assert!(en.starts_with("Sources: Kuli's article (深潮 TechFlow, December 2025); "), "{en}");
    let ja = source_line(Lang::Ja, &[7]);
    assert!(ja.starts_with("出典：Kuli氏の記事（深潮 TechFlow、2025年12月）、"), "{ja}");
    for line in [&en, &ja] {
        let names: Vec<&str> = line.split(['、', ';']).map(str::trim).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "a source named twice: {line}");
    }
    // A row with no source named still gives the article.
    assert!(source_line(Lang::En, &[]).contains("Kuli"));
}

#[test]
fn the_address_is_the_sections_in_the_article_in_its_language_with_the_scenario() {
    let base = "https://user.github.io/repo/";
    assert_eq!(figure_address(base, Lang::Ja, "", "bci"), "https://user.github.io/repo/?lang=ja#bci");
    assert_eq!(figure_address(base, Lang::En, "", "bci"), "https://user.github.io/repo/en/#bci");
    assert_eq!(figure_address(base, Lang::En, "v=2&h=200", "rate-cuts"), "https://user.github.io/repo/en/?v=2&h=200#rate-cuts");
    assert_eq!(figure_address(base, Lang::Ja, "v=2&h=200", "rate-cuts"), "https://user.github.io/repo/?lang=ja&v=2&h=200#rate-cuts");
}

#[test]
fn a_citation_is_dated_and_says_whose_figures() {
    let en = citation(Lang::En, "Yearly interest", "https://x.test/en/#printing-press", &full_date(Lang::En, 2026, 12, 6), Whose::Reader);
    assert_eq!(
        en,
        "Tether's printing press, “Yearly interest” (figure). https://x.test/en/#printing-press. Accessed 6 December 2026. Figures: set by a reader, not the article's."
    );
    let ja = citation(Lang::Ja, "利回り別の年間利息", "https://x.test/?lang=ja#printing-press", &full_date(Lang::Ja, 2026, 1, 31), Whose::Article);
    assert_eq!(ja, "Tetherの「輪転機」「利回り別の年間利息」（図）。https://x.test/?lang=ja#printing-press（2026年1月31日閲覧）。数字：記事のとおり。");
}

#[test]
fn the_kits_labels_hold_no_markup_characters() {
    // The kit's buttons are HTML written from these strings as they are
    // (src/widgets/figure_kit.rs).
    for lang in Lang::ALL {
        let s = lang.strings();
        for text in [s.kit_png, s.kit_svg, s.kit_cite, s.kit_cite_copied, s.kit_failed, s.kit_cite_label] {
            assert!(!text.contains(['<', '>', '&', '"']), "{text:?}");
        }
    }
}

#[test]
fn a_figure_says_whose_figures_in_the_page_colours() {
    // The latest figures' line is set in the page's accent, as
    // style/main.css has it, and no two lines share a colour.
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    let light = &css[css.find(":root").unwrap()..];
    let light = &light[..light.find('}').unwrap()];
    assert!(light.contains(&format!("--accent: {};", Whose::Latest.colour())), "{}", Whose::Latest.colour());
    let colours = [Whose::Article.colour(), Whose::Latest.colour(), Whose::Reader.colour()];
    assert!(colours.iter().enumerate().all(|(i, c)| !colours[..i].contains(c)), "{colours:?}");
}
