//! Fitting a chart to its width (src/charts/fit.rs): what each width does to
//! titles, category labels, ticks and the legend.

use explainer::charts::{self, fit};
use explainer::i18n::Lang;
use explainer::model::{derive, Assumptions, Basis};
use serde_json::Value;

fn fitted(chart: &charming::Chart, width: f64) -> (Value, String) {
    let f = fit::fit(&charts::to_json(chart), width, 300.0);
    (serde_json::from_str(&f.json).unwrap(), f.title)
}

/// An axis key as a list, whether ECharts got one axis or several.
fn axes<'a>(option: &'a Value, key: &str) -> Vec<&'a Value> {
    match &option[key] {
        Value::Array(list) => list.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

fn every_chart(lang: Lang) -> Vec<(&'static str, charming::Chart)> {
    let a = Assumptions::default();
    let f = derive(&a);
    vec![
        ("profit", charts::profit(&f, &a, lang, Some(5e9), true)),
        ("per_head", charts::per_head(&f, Basis::Article, lang)),
        ("interest", charts::interest_vs_yield(&a, &f, lang)),
        ("rates", charts::rates(&a, &f, lang)),
        ("compute", charts::compute(&f, lang)),
        ("data", charts::data(&a, lang)),
        ("bci", charts::bci(&a, lang)),
        ("portfolio", charts::portfolio(&a, &f, lang)),
        ("split", charts::split(&f, lang)),
        ("race", charts::race(&f, lang)),
    ]
}

#[test]
fn the_title_moves_out_of_every_chart_into_the_figure() {
    for lang in [Lang::En, Lang::Ja] {
        for (name, chart) in every_chart(lang) {
            let (option, title) = fitted(&chart, 390.0);
            assert!(!title.is_empty(), "{name}: a title for the figure");
            let raw: Value = serde_json::from_str(&charts::to_json(&chart)).unwrap();
            assert_eq!(raw.pointer("/title/0/text").or(raw.pointer("/title/text")).and_then(Value::as_str), Some(title.as_str()), "{name}");
            let shown = option.pointer("/title/0/show").or(option.pointer("/title/show"));
            assert_eq!(shown, Some(&Value::Bool(false)), "{name}: the chart no longer draws it");
        }
    }
}

#[test]
fn category_labels_wrap_within_their_band_at_every_width() {
    for width in [320.0, 390.0, 640.0, 1280.0] {
        for (name, chart) in every_chart(Lang::Ja).into_iter().chain(every_chart(Lang::En)) {
            let (option, _) = fitted(&chart, width);
            for axis in axes(&option, "xAxis").into_iter().filter(|a| a["type"] == "category" && a["show"] != false) {
                if axis["axisLabel"]["interval"] == "auto" {
                    // Years: ECharts drops every other one when they do not fit.
                    assert_eq!(axis["axisLabel"]["hideOverlap"], true, "{name}");
                    continue;
                }
                let n = axis["data"].as_array().map_or(1, Vec::len) as f64;
                let label_w = axis["axisLabel"]["width"].as_f64().expect("a label width");
                assert!(label_w * n <= width, "{name} at {width}: {n} labels of {label_w} px");
                // Japanese labels come wrapped between words, and ECharts,
                // which would break them between any two characters, must
                // not break them again; English ones ECharts wraps itself.
                let japanese = axis["data"].as_array().unwrap().iter().any(|l| fit::is_japanese(l.as_str().unwrap_or("")));
                assert_eq!(axis["axisLabel"]["overflow"], if japanese { "none" } else { "break" }, "{name}");
                assert!(axis["axisLabel"].get("rotate").is_none(), "{name}: labels wrap instead of turning");
            }
            for axis in axes(&option, "yAxis").into_iter().filter(|a| a["type"] == "category") {
                let label = &axis["axisLabel"];
                if width < 480.0 {
                    assert_eq!(label["inside"], true, "{name} at {width}: labels above the bars");
                    // They start at the plot's edge and run across it: the
                    // axis line stays at that edge, not through them at zero.
                    assert_eq!(axis["axisLine"]["onZero"], false, "{name} at {width}: the axis line crosses the labels");
                } else {
                    assert!(label["width"].as_f64().unwrap() <= width * 0.34 + 1.0, "{name}");
                }
            }
        }
    }
}

#[test]
fn a_horizontal_value_axis_has_fewer_ticks_on_a_phone() {
    let f = derive(&Assumptions::default());
    let ticks = |w: f64| axes(&fitted(&charts::per_head(&f, Basis::Article, Lang::En), w).0, "xAxis")[0]["splitNumber"].as_f64().unwrap();
    assert!(ticks(320.0) <= 3.0);
    assert!(ticks(390.0) <= 4.0);
    assert_eq!(ticks(1280.0), 5.0);
    assert!(ticks(320.0) < ticks(1280.0));
}

#[test]
fn the_legend_leaves_the_chart_for_html_in_colours_the_css_draws() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    let mut with_legend = 0;
    for lang in [Lang::En, Lang::Ja] {
        for (name, chart) in every_chart(lang) {
            let json = charts::to_json(&chart);
            let before: Value = serde_json::from_str(&json).unwrap();
            let f = fit::fit(&json, 390.0, 300.0);
            let after: Value = serde_json::from_str(&f.json).unwrap();
            assert!(after.get("legend").is_none(), "{name}: ECharts still gets a legend");
            let shown = match &before["legend"] {
                Value::Array(l) => l.first().is_some_and(|l| l["show"] != false),
                l => !l.is_null() && l["show"] != false,
            };
            assert_eq!(shown, !f.legend.is_empty(), "{name}: a shown legend becomes HTML, a hidden one does not");
            for item in &f.legend {
                assert!(!item.name.is_empty(), "{name}: an entry without a name");
                assert!(css.contains(&format!(".key[data-color=\"{}\"]", item.color)), "{name}: no CSS draws {:?}", item.color);
            }
            with_legend += usize::from(!f.legend.is_empty());
        }
    }
    assert!(with_legend >= 4, "only {with_legend} charts have a legend");
}

#[test]
fn legend_keys_follow_their_series() {
    let a = Assumptions { treasury_holdings_bn: 141.0, ..Assumptions::default() };
    let f = fit::fit(&charts::to_json(&charts::interest_vs_yield(&a, &derive(&a), Lang::En)), 390.0, 300.0);
    let marks: Vec<fit::Mark> = f.legend.iter().map(|i| i.mark).collect();
    assert_eq!(marks, [fit::Mark::Dashed, fit::Mark::Line, fit::Mark::Dot, fit::Mark::Diamond]);
    assert_eq!(f.legend[1].color, charts::palette::READER);
    assert_eq!(f.legend[3].color, charts::palette::ARTICLE);
    // A pie's slices: the names its legend lists, in the slices' colours.
    let bci = fit::fit(&charts::to_json(&charts::bci(&Assumptions::default(), Lang::En)), 390.0, 300.0);
    let colors: Vec<&str> = bci.legend.iter().map(|i| i.color.as_str()).collect();
    assert_eq!(colors, [charts::palette::TETHER, charts::palette::CONTEXT]);
}

#[test]
fn the_guess_key_is_drawn_as_its_bar() {
    // The reader's guess is a translucent bar with a dashed edge; its key
    // in the HTML legend is drawn from style/main.css with the same
    // opacity and edge, or it would not look like its bar (a dark page
    // shows the difference most).
    let a = Assumptions::default();
    let option: Value = serde_json::from_str(&charts::to_json(&charts::profit(&derive(&a), &a, Lang::En, Some(3e9), false))).unwrap();
    let guess = option["series"].as_array().unwrap().iter().find(|s| s["name"] == "Your guess").expect("a guess series");
    let style = &guess["itemStyle"];
    assert_eq!(style["color"], charts::palette::GUESS);
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    let rule = format!(".legend .key[data-color=\"{}\"] {{", charts::palette::GUESS);
    let body = css.split(&rule).nth(1).expect("a rule for the guess's key").split('}').next().unwrap();
    assert!(body.contains("background: var(--guess-fill)"), "{body}");
    assert!(body.contains(&format!("{}px dashed var(--guess-edge)", style["borderWidth"].as_f64().unwrap())), "{body}");
    // The bar itself takes the same two colours (the dark scheme changes
    // them: a pale fill would read as the labs' revenue there).
    let bar = css.split(&format!(".echart [fill=\"{}\"] {{", charts::palette::GUESS)).nth(1).expect("a rule for the guess's bar").split('}').next().unwrap();
    assert!(bar.contains("fill: var(--guess-fill)") && bar.contains("stroke: var(--guess-edge)"), "{bar}");
    // In the light scheme (the first values set) they are the option's own:
    // its colours at its opacity.
    let var = |name: &str| css.split(&format!("{name}: ")).nth(1).and_then(|v| v.split(';').next()).unwrap().to_string();
    let rgb = |hex: &str| {
        let n = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
        format!("rgb({} {} {} / {})", n >> 16, (n >> 8) & 0xff, n & 0xff, style["opacity"].as_f64().unwrap())
    };
    assert_eq!(var("--guess-fill"), rgb(style["color"].as_str().unwrap()));
    assert_eq!(var("--guess-edge"), rgb(style["borderColor"].as_str().unwrap()));
}

#[test]
fn the_plot_takes_the_room_the_legend_left() {
    let a = Assumptions::default();
    let chart = charts::interest_vs_yield(&a, &derive(&a), Lang::En);
    let before: Value = serde_json::from_str(&charts::to_json(&chart)).unwrap();
    let after = fitted(&chart, 390.0).0;
    assert!(after["grid"][0]["bottom"].as_f64().unwrap() < before["grid"][0]["bottom"].as_f64().unwrap());
}

#[test]
fn a_pie_leaves_a_thin_slice_unlabelled() {
    let (option, _) = fitted(&charts::bci(&Assumptions::default(), Lang::En), 390.0);
    let pie = option["series"].as_array().unwrap().iter().find(|s| s["type"] == "pie").unwrap();
    assert_eq!(pie["label"]["formatter"], "{d}%");
    assert!(pie["minShowLabelAngle"].as_f64().unwrap() > 0.0);
}

#[test]
fn widths_fit_in_steps_and_bad_widths_fall_back() {
    assert_eq!(fit::step(391.0), 380.0);
    assert_eq!(fit::step(0.0), fit::DEFAULT_WIDTH);
    assert_eq!(fit::step(f64::NAN), fit::DEFAULT_WIDTH);
    assert_eq!(fit::step(10.0), 200.0);
    let bad = fit::fit("not json", 390.0, 300.0);
    assert_eq!(bad.json, "not json");
    assert_eq!(bad.title, "");
}

#[test]
fn a_fixed_axis_is_divided_evenly_up_to_its_maximum() {
    assert_eq!(fit::even_interval(120.0, 2.0), Some(60.0));
    assert_eq!(fit::even_interval(120.0, 5.0), Some(30.0));
    assert_eq!(fit::even_interval(12.0, 3.0), Some(4.0));
    assert_eq!(fit::even_interval(10.0, 5.0), Some(2.0));
    assert_eq!(fit::even_interval(180.0, 4.0), Some(60.0));
    for (range, ticks) in [(120.0, 2.0), (7.0, 3.0), (180.0, 3.0), (1e5, 4.0)] {
        if let Some(step) = fit::even_interval(range, ticks) {
            assert!(range / step <= ticks && (range / step).fract() == 0.0, "{range}/{step}");
        }
    }
    assert_eq!(fit::even_interval(0.0, 3.0), None);
}

/// The lines ECharts draws a category label in with its fitted `axisLabel`:
/// the label's own lines and, if it may break them (`overflow: "break"`),
/// wrapped as zrender's `wrapText` wraps them, with fit's estimate of each
/// character's width: Latin letters run on into words, and every other
/// character, each kana and kanji, may start a new line.
fn drawn_lines(text: &str, label: &Value) -> Vec<String> {
    let width = label["width"].as_f64().filter(|_| matches!(label["overflow"].as_str(), Some("break" | "breakAll")));
    let Some(width) = width else { return text.split('\n').map(String::from).collect() };
    let latin = |c: char| matches!(c as u32, 0x20..=0x24F | 0x370..=0x10FF | 0x1200..=0x13FF | 0x1E00..=0x206F);
    let in_word = |c: char| latin(c) && !",&?/;] ".contains(c);
    let take = std::mem::take::<String>;
    let (mut lines, mut line, mut word) = (Vec::new(), String::new(), String::new());
    let (mut acc, mut word_w) = (0.0, 0.0);
    for ch in text.chars() {
        if ch == '\n' {
            line.push_str(&take(&mut word));
            lines.push(take(&mut line));
            (acc, word_w) = (0.0, 0.0);
            continue;
        }
        let cw = fit::text_px(&ch.to_string());
        let inw = in_word(ch);
        if acc + cw > width {
            if acc == 0.0 {
                if inw {
                    lines.push(take(&mut word));
                    word.push(ch);
                    word_w = cw;
                } else {
                    lines.push(ch.to_string());
                }
            } else if !line.is_empty() || !word.is_empty() {
                if inw {
                    if line.is_empty() {
                        line = take(&mut word);
                        word_w = 0.0;
                    }
                    lines.push(take(&mut line));
                    word.push(ch);
                    word_w += cw;
                    acc = word_w;
                } else {
                    line.push_str(&take(&mut word));
                    word_w = 0.0;
                    lines.push(take(&mut line));
                    line.push(ch);
                    acc = cw;
                }
            }
            continue;
        }
        acc += cw;
        if inw {
            word.push(ch);
            word_w += cw;
        } else {
            line.push_str(&take(&mut word));
            word_w = 0.0;
            line.push(ch);
        }
    }
    line.push_str(&word);
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Each place where `lines` break `raw` (a label as the locale writes it)
/// inside a word: between two letters or digits that `raw` writes with no
/// space, line break or [`fit::BREAK`] between them.
fn breaks_inside_words(raw: &str, lines: &[String]) -> Vec<String> {
    let r: Vec<char> = raw.chars().collect();
    let mut i = 0;
    let mut bad = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        for c in line.chars() {
            while r.get(i) == Some(&fit::BREAK) {
                i += 1;
            }
            assert_eq!(r.get(i), Some(&c), "{raw:?} drawn as {lines:?}");
            i += 1;
        }
        if k + 1 < lines.len() {
            let at = i;
            while r.get(i).is_some_and(|&c| c == ' ' || c == '\n' || c == fit::BREAK) {
                i += 1;
            }
            let (before, after) = (line.chars().last(), r.get(i));
            if i == at && before.is_some_and(char::is_alphanumeric) && after.is_some_and(|c| c.is_alphanumeric()) {
                bad.push(format!("{line}|{}", r[i..].iter().collect::<String>()));
            }
        }
    }
    assert!(r[i..].iter().all(|&c| c == fit::BREAK), "{raw:?} drawn as {lines:?}");
    bad
}

/// Every category label of a fitted option with the lines ECharts draws it
/// in: (label as fitted, lines). Only axes with Japanese labels if
/// `japanese`.
fn category_lines(option: &Value, japanese: bool) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for key in ["xAxis", "yAxis"] {
        for axis in axes(option, key).into_iter().filter(|a| a["type"] == "category") {
            if japanese && !axis["data"].as_array().unwrap().iter().any(|l| fit::is_japanese(l.as_str().unwrap())) {
                continue;
            }
            for label in axis["data"].as_array().unwrap() {
                let text = label.as_str().unwrap().to_string();
                out.push((text.clone(), drawn_lines(&text, &axis["axisLabel"])));
            }
        }
    }
    out
}

/// Phones' chart widths, from a small phone's to a large one's.
const PHONES: [f64; 6] = [320.0, 340.0, 360.0, 375.0, 390.0, 414.0];

/// The Japanese BCI chart as JSON as the locale writes it, and with the
/// word break 「ふつうの」|「会話」 marked (U+200B).
fn bci_ja() -> (String, String) {
    let json = charts::to_json(&charts::bci(&Assumptions::default(), Lang::Ja)).replace(fit::BREAK, "");
    assert!(json.contains("ふつうの会話"));
    let marked = json.replace("ふつうの会話", "ふつうの\u{200B}会話");
    (json, marked)
}

#[test]
fn the_bci_charts_ふつうの会話_is_never_split_inside_a_word_on_a_phone() {
    let (plain, marked) = bci_ja();
    let drawn = |json: &str, width: f64| -> (Vec<String>, f64) {
        let option: Value = serde_json::from_str(&fit::fit(json, width, 352.0).json).unwrap();
        let (_, lines) = category_lines(&option, true).into_iter().find(|(l, _)| l.replace(['\n', fit::BREAK], "") == "ふつうの会話").expect("the label");
        (lines, axes(&option, "xAxis")[0]["axisLabel"]["width"].as_f64().unwrap())
    };
    for width in PHONES {
        for json in [&plain, &marked] {
            assert_ne!(drawn(json, width).0, ["ふつうの会", "話"], "at {width}");
        }
    }
    for width in PHONES {
        for (json, want) in [(&plain, vec!["ふつうの会話"]), (&marked, vec!["ふつうの", "会話"])] {
            // Unmarked, it cannot break, and runs over its band a little;
            // marked, it breaks at the mark when it does not fit.
            let (lines, label_w) = drawn(json, width);
            let want: Vec<&str> = if fit::text_px("ふつうの会話") <= label_w { vec!["ふつうの会話"] } else { want };
            assert_eq!(lines, want, "at {width} ({label_w} px)");
        }
    }
}

#[test]
fn japanese_category_labels_break_only_between_words_at_every_width() {
    let a = Assumptions::default();
    let f = derive(&a);
    let mut options: Vec<(&str, String)> = every_chart(Lang::Ja).into_iter().map(|(n, c)| (n, charts::to_json(&c))).collect();
    options.push(("profit hidden", charts::to_json(&charts::profit(&f, &a, Lang::Ja, None, false))));
    options.push(("bci marked", bci_ja().1));
    let compute = charts::to_json(&charts::compute(&f, Lang::Ja)).replace(fit::BREAK, "");
    options.push(("compute marked", compute.replace("Northern Dataへの融資", "Northern Dataへの\u{200B}融資")));
    let mut wrapped = 0;
    for width in [200.0, 320.0, 340.0, 360.0, 390.0, 414.0, 480.0, 640.0, 1280.0] {
        for (name, json) in &options {
            let raw: Value = serde_json::from_str(json).unwrap();
            let option: Value = serde_json::from_str(&fit::fit(json, width, 352.0).json).unwrap();
            // Labels with no Japanese (the revealed profit chart's three
            // names) are ECharts' to wrap, as in English.
            for ((_, raw_lines), (fitted, lines)) in category_lines(&raw, true).into_iter().zip(category_lines(&option, true)) {
                let raw_label = raw_lines.join("\n");
                assert!(!fitted.contains(fit::BREAK), "{name}: ECharts gets no break marks");
                let bad = breaks_inside_words(&raw_label, &lines);
                assert!(bad.is_empty(), "{name} at {width}: {raw_label:?} broken inside a word: {bad:?}");
                wrapped += usize::from(lines.len() > raw_lines.len());
            }
        }
    }
    assert!(wrapped > 10, "some labels do wrap ({wrapped})");
}

#[test]
fn a_label_that_fits_is_left_as_it_is() {
    let (plain, marked) = bci_ja();
    let labels = |json: &str, width: f64| -> Vec<String> {
        let option: Value = serde_json::from_str(&fit::fit(json, width, 352.0).json).unwrap();
        category_lines(&option, false).into_iter().map(|(l, _)| l).collect()
    };
    let raw = labels(&plain, 2000.0);
    assert_eq!(raw, ["発話BCI\n（2023年）", "ふつうの会話"]);
    // Wide enough, the mark goes and nothing else changes.
    assert_eq!(labels(&marked, 1280.0), raw);
    assert_eq!(labels(&marked, 640.0), raw);
    // On a phone, what fits its band is untouched.
    let f = derive(&Assumptions::default());
    for width in PHONES {
        for chart in [charts::per_head(&f, Basis::Article, Lang::Ja), charts::portfolio(&Assumptions::default(), &f, Lang::Ja)] {
            let json = charts::to_json(&chart);
            let option: Value = serde_json::from_str(&json).unwrap();
            let raw: Vec<String> = category_lines(&option, false).into_iter().map(|(l, _)| l).collect();
            assert_eq!(labels(&json, width), raw, "at {width}");
        }
        let compute = labels(&charts::to_json(&charts::compute(&f, Lang::Ja)), width);
        assert_eq!(compute[0], "GPU：基数×単価", "at {width}");
        // English is ECharts' to wrap, as before.
        let (en, _) = fitted(&charts::bci(&Assumptions::default(), Lang::En), width);
        assert_eq!(en["xAxis"][0]["data"][1].as_str().or(en["xAxis"]["data"][1].as_str()), Some("Natural speech"));
    }
}

#[test]
fn the_break_mark_never_reaches_echarts_and_tooltips_read_one_line() {
    let (_, marked) = bci_ja();
    let fitted = fit::fit(&marked, 340.0, 352.0);
    assert!(!fitted.json.contains(fit::BREAK), "no U+200B anywhere in what ECharts gets");
    assert!(!fitted.title.contains(fit::BREAK) && fitted.legend.iter().all(|i| !i.name.contains(fit::BREAK)));
    let option: Value = serde_json::from_str(&fitted.json).unwrap();
    let bar = option["series"].as_array().unwrap().iter().find(|s| s["type"] == "bar").unwrap();
    assert!(bar["data"][1]["name"].as_str().unwrap().starts_with("ふつうの会話:"), "{}", bar["data"][1]["name"]);
    // A bar that has no name of its own is named by its category, on one
    // line, for the tooltip's {b}, once its label wraps.
    let f = derive(&Assumptions::default());
    let loan = Lang::Ja.strings().chart_compute_loan.replace(fit::BREAK, "");
    let (option, _) = fitted_at(&charts::compute(&f, Lang::Ja), 320.0);
    let axis = &axes(&option, "xAxis")[0];
    assert!(axis["data"][1].as_str().unwrap().contains('\n'), "{}", axis["data"][1]);
    assert_eq!(option["series"][0]["data"][1]["name"].as_str(), Some(loan.as_str()));
    assert!(option["series"][0]["data"][0].get("name").is_none(), "a label that fits leaves its bar as it was");
}

fn fitted_at(chart: &charming::Chart, width: f64) -> (Value, String) {
    let f = fit::fit(&charts::to_json(chart), width, 352.0);
    (serde_json::from_str(&f.json).unwrap(), f.title)
}

#[test]
fn japanese_words_stay_whole_on_their_lines() {
    let w = fit::wrap_japanese;
    // No break a locale did not mark between kana and kanji.
    assert_eq!(w("ふつうの会話", 40.0), "ふつうの会話");
    assert_eq!(w("その他", 20.0), "その他");
    assert_eq!(w("ふつうの\u{200B}会話", 64.0), "ふつうの\n会話");
    assert_eq!(w("ふつうの\u{200B}会話", 80.0), "ふつうの会話");
    // Spaces, a fullwidth colon, an opening bracket: the text's own places.
    assert_eq!(w("Northern Dataへの\u{200B}融資", 120.0), "Northern Dataへの\n融資");
    assert_eq!(w("Northern Dataへの融資", 120.0), "Northern\nDataへの融資");
    assert_eq!(w("GPU：基数×単価", 64.0), "GPU：\n基数×単価");
    assert_eq!(w("OpenAI：利益（赤字）", 80.0), "OpenAI：\n利益（赤字）");
    assert_eq!(w("OpenAI：利益（赤字）", 60.0), "OpenAI：\n利益\n（赤字）");
    // Never before a mark that cannot start a line.
    assert_eq!(w("Tether：？", 40.0), "Tether：？");
    // The label's own lines stay.
    assert_eq!(w("発話BCI\n（2023年）", 30.0), "発話BCI\n（2023年）");
}

/// WCAG's contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let lum = |hex: &str| {
        let c = |i: usize| {
            let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// style/main.css, whose colour blocks the contrast tests read.
fn main_css() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap()
}

/// The blocks that set each scheme's colours: the light scheme, the
/// toolbar's dark, and the system's dark.
const SCHEMES: [&str; 3] = [":root", ":root[data-theme=\"dark\"]", ":root:not([data-theme])"];

/// A custom property's value (a #rrggbb colour) in the first block that
/// `selector` opens in `css`.
fn css_var(css: &str, selector: &str, name: &str) -> String {
    let at = css.find(&format!("{selector} {{")).unwrap_or_else(|| panic!("no {selector} in main.css"));
    let block = css[at..].split('}').next().unwrap();
    let v = block.split(&format!("{name}:")).nth(1).unwrap_or_else(|| panic!("{selector} sets no {name}")).trim_start();
    v[..7].to_string()
}

#[test]
fn every_series_colour_stands_out_from_the_card_in_both_schemes() {
    // Lines, bars and legend keys need 3:1 against what they sit on (WCAG
    // 1.4.11). A colour under it on the dark card is drawn through a custom
    // property of style/main.css, its own colour in the light scheme and a
    // lighter one in the dark (the toolbar's and the system's alike), in
    // the static and live chart (their SVG's fill and stroke attributes)
    // and in the keys. (The guess's pale fill is edged in the reader's
    // blue, which is checked instead.)
    use charts::palette::*;
    let css = main_css();
    let var = |selector: &str, name: &str| css_var(&css, selector, name);
    let (light, dark) = (var(SCHEMES[0], "--card"), var(SCHEMES[1], "--card"));
    assert_eq!(light, "#ffffff");
    assert_eq!(var(SCHEMES[2], "--card"), dark, "the system's dark card is the toolbar's");
    for colour in [ARTICLE, READER, CONTEXT, TETHER, TETHER_DARK, LOSS, LOSS_LIGHT] {
        assert!(contrast(colour, &light) >= 3.0, "{colour} on the light card: {:.2}", contrast(colour, &light));
        let drawn_by = css.split(&format!(".echart [fill=\"{colour}\"] {{ fill: var(")).nth(1).map(|r| r.split(')').next().unwrap().to_string());
        let Some(name) = drawn_by else {
            assert!(contrast(colour, &dark) >= 3.0, "{colour} on the dark card: {:.2}, and no lighter colour in main.css", contrast(colour, &dark));
            continue;
        };
        assert!(css.contains(&format!(".echart [stroke=\"{colour}\"] {{ stroke: var({name}); }}")), "no stroke rule drawing {colour} as {name}");
        assert!(css.contains(&format!(".key[data-color=\"{colour}\"] {{ --key: var({name}); }}")), "no key drawing {colour} as {name}");
        assert_eq!(var(SCHEMES[0], &name), colour, "{name} in the light scheme");
        for scheme in &SCHEMES[1..] {
            let drawn = var(scheme, &name);
            assert!(contrast(&drawn, &dark) >= 3.0, "{scheme}: {colour} drawn as {drawn} on the dark card: {:.2}", contrast(&drawn, &dark));
        }
    }
    assert!(contrast(READER, &light) >= 3.0 && contrast(READER, &dark) >= 3.0);
}

#[test]
fn every_verdict_colour_stands_out_in_both_schemes() {
    // A verdict's colour marks the chip's border and the sources' and the
    // ledger's verdict cells, on the card or the page (WCAG 1.4.11): 3:1
    // against both, in the light scheme and in both ways of being dark.
    let css = main_css();
    let var = |selector: &str, name: &str| css_var(&css, selector, name);
    let mut seen = 0;
    for rule in css.split('\n').filter(|l| (l.starts_with(".v-") || l.starts_with(".s-")) && l.contains("--verdict:")) {
        let class = rule.split_whitespace().next().unwrap();
        let value = rule.split("--verdict:").nth(1).unwrap().split(';').next().unwrap().trim();
        for scheme in SCHEMES {
            let colour = match value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
                Some(name) => var(scheme, name),
                None => value[..7].to_string(),
            };
            for ground in ["--card", "--bg"] {
                let under = var(scheme, ground);
                let c = contrast(&colour, &under);
                assert!(c >= 3.0, "{class} in {scheme}: {colour} on {ground} {under} is {c:.2}:1");
            }
        }
        seen += 1;
    }
    assert_eq!(seen, 10, "the FIJ scale's six verdicts and the ledger's four");
}
