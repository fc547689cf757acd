//! The build's images: a 1200 × 630 share card for every page (what a
//! link shows on social networks and in chat apps) and the touch icon.
//!
//! A card is made from its page's own content, at the article's values: the
//! section's heading, one claim of the article with the page's verdict on
//! it (the claims ledger at the latest public figures), and the section's
//! static chart, which the build draws with ECharts (`src/js/prerender.mjs`
//! passes it in). A shared link to a scenario gets the same card, so the
//! card says it shows the article's figures, never a reader's.
//!
//! The card is an SVG drawn to PNG by resvg with Noto Sans JP from npm
//! (`@expo-google-fonts/noto-sans-jp`): never the machine's fonts, so every
//! machine draws the same pixels, Japanese included. Text is broken into
//! lines here, measured with the same font files, and the build fails if a
//! text does not fit. oxipng then makes the PNG smaller, losslessly.

use std::sync::Arc;

use crate::i18n::{format::month_year, pick, Lang};
use crate::model::claims::{at_latest, ClaimId, Standing, CLAIMS};
use crate::model::{Text, FACTS, LATEST_AS_OF};
use crate::site::Page;
use crate::text;

/// A card's width in pixels: the size Open Graph and X's large cards use.
pub const CARD_WIDTH: u32 = 1200;
/// A card's height in pixels.
pub const CARD_HEIGHT: u32 = 630;
/// The touch icon's side in pixels (iOS's home-screen icon).
pub const ICON_SIZE: u32 = 180;
/// The family name the cards ask for: the one font they load.
const FAMILY: &str = "Noto Sans JP";

/// The font files, from npm (`make npm` installs them).
const FONT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/@expo-google-fonts/noto-sans-jp");
const REGULAR: &str = "400Regular/NotoSansJP_400Regular.ttf";
const BOLD: &str = "700Bold/NotoSansJP_700Bold.ttf";

// The page's light colours (style/main.css).
const BG: &str = "#fbfaf7";
const INK: &str = "#1c1c1e";
const MUTED: &str = "#54555a";
const ACCENT: &str = "#0f766e";
const WHITE: &str = "#ffffff";
const FRAME: &str = "#e4e2dc";

/// What a card says, in its page's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The page's language.
    pub lang: Lang,
    /// The small line above the title.
    pub kicker: String,
    /// The section's heading, or the site's title for the whole article.
    pub title: String,
    /// Whose words the lead is: "The article says", or the page's count.
    pub lead_label: String,
    /// The claim (or, for the claims and sources sections, the count).
    pub lead: String,
    /// The page's verdict on the claim, with what it is judged at.
    pub verdict: Option<(String, Standing)>,
    /// A count shown as coloured chips ("Holds 2"), each with its verdict's
    /// colour: the claims and sources cards, which have no chart.
    pub chips: Vec<(String, &'static str)>,
    /// Says that the figures are the article's, not a reader's scenario.
    pub footer: String,
    /// The site's name, at the foot.
    pub site: String,
}

impl Card {
    /// The card in sentences, for `og:image:alt`: everything it says.
    pub fn alt(&self) -> String {
        let lang = self.lang;
        let (ja, colon) = (lang == Lang::Ja, if lang == Lang::Ja { "：" } else { ": " });
        let mut parts = vec![
            sentence_end(lang, &self.title),
            format!("{}{colon}{}", self.lead_label, sentence_end(lang, &self.lead)),
        ];
        if let Some((label, standing)) = &self.verdict {
            let gap = if ja { "" } else { " " };
            parts.push(sentence_end(lang, &format!("{label}{gap}{}", pick(lang, standing.word()))));
        }
        if !self.chips.is_empty() {
            let chips: Vec<&str> = self.chips.iter().map(|(t, _)| t.as_str()).collect();
            parts.push(sentence_end(lang, &chips.join(if ja { "、" } else { ", " })));
        }
        parts.join(if ja { "" } else { " " })
    }
}

/// `s` with a full stop, unless it ends in one already.
fn sentence_end(lang: Lang, s: &str) -> String {
    let stop = if lang == Lang::Ja { "。" } else { "." };
    if s.ends_with(['.', '。', '?', '!']) {
        s.to_string()
    } else {
        format!("{s}{stop}")
    }
}

/// The claim each page's card puts forward: the one number of the section
/// (the article's page puts forward its opening comparison).
fn claim_of(section: Option<&str>) -> Option<ClaimId> {
    Some(match section {
        None | Some("profit") => ClaimId::ProfitVsLosses,
        Some("why") => ClaimId::Interest,
        Some("claims" | "sources") => return None,
        Some(id) => return CLAIMS.iter().find(|c| c.section == id).map(|c| c.id),
    })
}

fn words(lang: Lang, t: Text) -> String {
    pick(lang, t).to_string()
}

/// The card of `page`, at the article's values.
pub fn card(page: Page) -> Card {
    let lang = page.lang;
    let s = lang.strings();
    let as_of = month_year(lang, LATEST_AS_OF);
    let verdict_label = match lang {
        Lang::Ja => format!("このページの判定（最新の公開情報、{as_of}時点）："),
        Lang::En => format!("The page's verdict at the latest public figures ({as_of}):"),
    };
    let (kicker, title) = match page.section {
        None => (
            words(lang, text!(
                "An interactive reading of Kuli's article (TechFlow, December 2025)",
                "Kuli氏の記事（深潮 TechFlow、2025年12月）をインタラクティブに読む"
            )),
            s.site_title.to_string(),
        ),
        Some(id) => (s.site_title.to_string(), s.section_heading(id).to_string()),
    };
    let footer = words(lang, text!(
        "The article's figures and this page's verdicts, not a scenario a reader set.",
        "記事の数字とこのページの判定を示す画像で、読者が設定したシナリオではありません。"
    ));
    let (lead_label, lead, verdict, chips) = match claim_of(page.section) {
        Some(id) => {
            let (claim, finding) = at_latest().iter().find(|(c, _)| c.id == id).expect("every claim is judged");
            (s.claims_said.to_string(), words(lang, claim.text), Some((verdict_label, finding.standing)), Vec::new())
        }
        None if page.section == Some("claims") => {
            let (lead, chips) = claims_tally(lang);
            (verdict_label.trim_end_matches([':', '：']).to_string(), lead, None, chips)
        }
        None => {
            let (lead, chips) = facts_tally(lang);
            (words(lang, text!("What public reporting says of the article's figures", "記事の数字を公開情報と照らした結果")), lead, None, chips)
        }
    };
    Card { lang, kicker, title, lead_label, lead, verdict, chips, footer, site: s.site_title.to_string() }
}

/// The claims card's lead, and the ledger at the latest public figures as
/// chips, one for each verdict some claim has: "Holds: 2".
fn claims_tally(lang: Lang) -> (String, Vec<(String, &'static str)>) {
    let findings = at_latest();
    let counts: Vec<(Standing, usize)> = Standing::ALL
        .iter()
        .map(|&st| (st, findings.iter().filter(|(_, f)| f.standing == st).count()))
        .filter(|&(_, n)| n > 0)
        .collect();
    let chips = counts
        .iter()
        .map(|&(st, n)| (chip_text(lang, pick(lang, st.word()), n), standing_colour(st)))
        .collect();
    let lead = match lang {
        Lang::Ja => format!("記事の主な主張{}件を判定しました。", findings.len()),
        Lang::En => format!("The article's {} key claims, judged.", findings.len()),
    };
    (lead, chips)
}

/// A chip's text: the verdict and how many have it.
fn chip_text(lang: Lang, word: &str, n: usize) -> String {
    match lang {
        Lang::Ja => format!("{word}：{n}件"),
        Lang::En => format!("{word}: {n}"),
    }
}

/// The sources card's lead, and the registry's figures by verdict word as
/// chips, from the best rating to the worst, in the verdicts' colours.
fn facts_tally(lang: Lang) -> (String, Vec<(String, &'static str)>) {
    let mut counts: Vec<(&'static str, usize, &'static str)> = Vec::new();
    let mut facts: Vec<_> = FACTS.iter().collect();
    facts.sort_by_key(|f| crate::model::facts::Rating::ALL.iter().position(|r| *r == f.verdict.rating));
    for f in facts {
        let w = pick(lang, f.verdict.word());
        match counts.iter_mut().find(|(k, ..)| *k == w) {
            Some((_, n, _)) => *n += 1,
            None => counts.push((w, 1, scale_colour(f.verdict.scale()))),
        }
    }
    let chips = counts.iter().map(|&(w, n, colour)| (chip_text(lang, w, n), colour)).collect();
    let lead = match lang {
        Lang::Ja => format!("記事が使った{}の数字を、出典ごとに判定しました。", FACTS.len()),
        Lang::En => format!("The {} figures the article uses, each judged by its sources.", FACTS.len()),
    };
    (lead, chips)
}

/// A figure verdict's colour (style/main.css, `.v-*`).
fn scale_colour(scale: crate::model::facts::Scale) -> &'static str {
    use crate::model::facts::Scale;
    match scale {
        Scale::Accurate => "#15803d",
        Scale::MostlyAccurate => "#a16207",
        Scale::Misleading => "#9333ea",
        Scale::Inaccurate => "#c2410c",
        Scale::Wrong => "#b91c1c",
        Scale::Unfounded => MUTED,
    }
}

/// The two weights the cards use, loaded once, with their metrics.
pub struct Fonts {
    regular: Vec<u8>,
    bold: Vec<u8>,
    db: Arc<resvg::usvg::fontdb::Database>,
}

impl Fonts {
    /// Loads Noto Sans JP from npm's package.
    pub fn load() -> Result<Fonts, String> {
        let read = |file: &str| {
            let path = format!("{FONT_DIR}/{file}");
            std::fs::read(&path).map_err(|e| format!("{path}: {e} (make npm installs the card fonts)"))
        };
        let (regular, bold) = (read(REGULAR)?, read(BOLD)?);
        for data in [&regular, &bold] {
            ttf_parser::Face::parse(data, 0).map_err(|e| format!("Noto Sans JP: {e}"))?;
        }
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(regular.clone());
        db.load_font_data(bold.clone());
        // Every generic family is this one font: the charts ask for
        // sans-serif, and nothing may fall back to a machine's font.
        db.set_sans_serif_family(FAMILY);
        db.set_serif_family(FAMILY);
        db.set_monospace_family(FAMILY);
        db.set_cursive_family(FAMILY);
        db.set_fantasy_family(FAMILY);
        Ok(Fonts { regular, bold, db: Arc::new(db) })
    }

    /// The width of `text` set at `size` pixels.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let data = if bold { &self.bold } else { &self.regular };
        let Ok(face) = ttf_parser::Face::parse(data, 0) else { return f32::INFINITY };
        let upem = f32::from(face.units_per_em());
        let units: f32 = text
            .chars()
            .map(|c| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g)).map_or(upem, f32::from))
            .sum();
        units * size / upem
    }

    /// Whether the font has a glyph for every character of `text`.
    pub fn covers(&self, text: &str) -> bool {
        ttf_parser::Face::parse(&self.regular, 0)
            .map(|face| text.chars().all(|c| c.is_whitespace() || face.glyph_index(c).is_some()))
            .unwrap_or(false)
    }
}

/// Characters a Japanese line may not start with (closing brackets and
/// punctuation, small kana, the long-vowel mark).
const NO_START: &str = "、。，．・：；？！）」』】〕％ー～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
/// Characters a Japanese line may not end with (opening brackets).
const NO_END: &str = "（「『【〔";

/// The pieces a line may break between: words in English (a bracketed
/// aside whole); in Japanese, phrases (see [`phrases`]).
fn pieces(lang: Lang, text: &str) -> Vec<String> {
    if lang == Lang::En {
        // A short aside in brackets, "(June 2026):", stays on one line.
        let mut out: Vec<String> = Vec::new();
        let mut open = false;
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            match out.last_mut() {
                Some(last) if open => {
                    last.push(' ');
                    last.push_str(word);
                }
                _ => out.push(word.to_string()),
            }
            if word.contains('(') {
                open = true;
            }
            if word.contains(')') {
                open = false;
            }
        }
        return out;
    }
    phrases(text)
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// Japanese text in phrases, as a line may break between them: a run of
/// kanji, katakana, Latin letters or digits with the kana that follow it
/// (会社が、 / なぜ / AIに / 投資するのか), the way Japanese text is set
/// where lines are short. Punctuation stays with what it follows; an
/// opening bracket with what it opens.
fn phrases(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let new_phrase = match prev {
            None => true,
            Some(p) if NO_END.contains(p) => false,
            Some(_) if NO_START.contains(c) => false,
            Some(p) => "、。，．：；？！」』）】〕 ".contains(p) || (is_hiragana(p) && !is_hiragana(c)),
        };
        match out.last_mut() {
            Some(last) if !new_phrase => last.push(c),
            _ => out.push(c.to_string()),
        }
        prev = Some(c);
    }
    out
}

/// A phrase too long for a line, in pieces a line may break between: each
/// character, but a run of Latin letters and digits, of katakana, or a
/// sum with its units (130億ドル) stays whole, and punctuation stays with
/// the character it belongs to.
fn char_pieces(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut glue_next = false;
    let mut in_word = false;
    let mut in_kana = false;
    let mut after_unit = false;
    for c in text.chars() {
        // A run of Latin letters and digits, or of katakana, is one word.
        let latin = c.is_ascii_alphanumeric() || "$.,%+-–/'’&".contains(c);
        let kana = ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー';
        // A sum stays whole, and so does a count: 130億ドル, 31人, 70.3倍.
        let unit = "億万兆件人倍年月日".contains(c) && in_word || (kana && after_unit) || (c.is_ascii_digit() && after_unit);
        let attach = (latin && in_word) || (kana && in_kana) || unit || NO_START.contains(c) || glue_next || c == ' ';
        match out.last_mut() {
            Some(last) if attach => last.push(c),
            _ => out.push(c.to_string()),
        }
        glue_next = NO_END.contains(c);
        after_unit = "億万兆".contains(c);
        in_word = latin || (after_unit && in_word);
        in_kana = kana;
    }
    out
}

/// `text` broken into lines no wider than `width` at `size`, or `None` if
/// it takes more than `max_lines`.
pub fn line_breaks(fonts: &Fonts, lang: Lang, text: &str, size: f32, bold: bool, width: f32, max_lines: usize) -> Option<Vec<String>> {
    let sep = if lang == Lang::En { " " } else { "" };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // A piece wider than a line is set in smaller pieces (Japanese) or
    // left to fail the fit (an English word).
    let all: Vec<String> = pieces(lang, text)
        .into_iter()
        .flat_map(|p| if lang == Lang::Ja && fonts.width(&p, size, bold) > width { char_pieces(&p) } else { vec![p] })
        .collect();
    for piece in all {
        let candidate = if line.is_empty() { piece.clone() } else { format!("{line}{sep}{piece}") };
        if fonts.width(candidate.trim_end(), size, bold) <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = piece;
        }
    }
    if !line.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    let fits = lines.len() <= max_lines && lines.iter().all(|l| fonts.width(l, size, bold) <= width);
    fits.then_some(lines)
}

/// A block of text set at the largest size from `sizes` at which it fits.
struct Block {
    lines: Vec<String>,
    size: f32,
}

impl Block {
    fn fit(fonts: &Fonts, lang: Lang, text: &str, sizes: &[f32], bold: bool, width: f32, max_lines: usize) -> Result<Block, String> {
        sizes
            .iter()
            .find_map(|&size| line_breaks(fonts, lang, text, size, bold, width, max_lines).map(|lines| Block { lines, size }))
            .ok_or_else(|| format!("share card: \"{text}\" does not fit in {max_lines} lines of {width} px"))
    }

    fn line_height(&self) -> f32 {
        (self.size * 1.3).round()
    }

    fn height(&self) -> f32 {
        self.line_height() * self.lines.len() as f32
    }

    /// The block's `<text>` elements, its first baseline a size below `top`.
    fn svg(&self, x: f32, top: f32, bold: bool, fill: &str) -> String {
        let weight = if bold { 700 } else { 400 };
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let y = top + self.size + self.line_height() * i as f32 - (self.line_height() - self.size) / 2.0;
                format!(
                    r#"<text x="{x}" y="{y:.1}" font-family="{FAMILY}" font-size="{}" font-weight="{weight}" fill="{fill}">{}</text>"#,
                    self.size,
                    escape(line)
                )
            })
            .collect()
    }
}

/// Text for SVG.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The colour a verdict is shown in (style/main.css's verdict colours).
fn standing_colour(st: Standing) -> &'static str {
    match st {
        Standing::Holds => "#15803d",
        Standing::Partly => "#a16207",
        Standing::Fails => "#b91c1c",
        Standing::Uncheckable => MUTED,
    }
}

/// One entry of a chart's legend, as the build passes it on.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct LegendOut {
    /// The entry's name.
    pub name: String,
    /// Its colour, `#rrggbb`.
    pub color: String,
    /// How its key is drawn (`Mark::as_str`: box, line, dashed, dot, diamond).
    pub mark: String,
}

/// A page's chart as the card shows it: ECharts' static SVG, with the
/// title and legend the page shows around it as HTML.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct CardChart {
    /// The static chart (`src/js/prerender.mjs`, `staticSvg`).
    pub svg: String,
    /// Its title.
    pub title: String,
    /// Its legend.
    pub legend: Vec<LegendOut>,
}

/// The static chart (ECharts' SVG) placed in the box `x, y, w, h`, scaled
/// to fit and centred. Its own root is replaced: only its drawing is kept.
fn nested_chart(chart: &str, x: f32, y: f32, w: f32, h: f32) -> Result<String, String> {
    let open_end = chart.find('>').ok_or("share card: the chart is not an SVG")?;
    let open = &chart[..open_end];
    if !open.starts_with("<svg") {
        return Err("share card: the chart is not an SVG".into());
    }
    let view_box = open
        .split("viewBox=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .ok_or("share card: the chart has no viewBox")?;
    let body = chart[open_end + 1..].trim_end().strip_suffix("</svg>").ok_or("share card: the chart's SVG is not closed")?;
    Ok(format!(
        r#"<svg x="{x}" y="{y}" width="{w}" height="{h}" viewBox="{}" preserveAspectRatio="xMidYMid meet">{body}</svg>"#,
        escape(view_box)
    ))
}

/// A legend key as the page draws it (style/main.css, `.key[data-mark]`),
/// 18 px wide, centred on `cy`.
fn legend_key(mark: &str, color: &str, x: f32, cy: f32) -> String {
    let color = escape(color);
    match mark {
        "line" => format!(r#"<rect x="{x}" y="{:.1}" width="18" height="3" fill="{color}"/>"#, cy - 1.5),
        "dashed" => format!(
            r#"<line x1="{x}" y1="{cy:.1}" x2="{:.1}" y2="{cy:.1}" stroke="{color}" stroke-width="3" stroke-dasharray="5 3"/>"#,
            x + 18.0
        ),
        "dot" => format!(r#"<circle cx="{:.1}" cy="{cy:.1}" r="6" fill="{color}"/>"#, x + 9.0),
        "diamond" => format!(
            r#"<path d="M{:.1} {:.1}l7 7l-7 7l-7-7z" fill="{color}"/>"#,
            x + 9.0,
            cy - 7.0
        ),
        _ => format!(r#"<rect x="{x}" y="{:.1}" width="16" height="16" rx="3" fill="{color}"/>"#, cy - 8.0),
    }
}

/// The chart's panel in the box `x, y, w, h`: its title, the chart, and
/// its legend in rows under it.
fn chart_panel(chart: &CardChart, lang: Lang, fonts: &Fonts, (x, y, w, h): (f32, f32, f32, f32)) -> Result<String, String> {
    let pad = 18.0;
    let inner = w - 2.0 * pad;
    let title = Block::fit(fonts, lang, &chart.title, &[20.0, 19.0, 18.0, 17.0, 16.0], true, inner, 2)?;
    // The legend's rows: each entry a key and its name, as many to a row
    // as fit.
    let size = 17.0;
    let row_h = 26.0;
    let mut rows: Vec<Vec<(f32, &LegendOut)>> = Vec::new();
    let mut at = 0.0;
    for item in &chart.legend {
        let item_w = 24.0 + fonts.width(&item.name, size, false);
        if item_w > inner {
            return Err(format!("share card: the legend entry \"{}\" is wider than the panel", item.name));
        }
        if rows.is_empty() || at + item_w > inner {
            rows.push(Vec::new());
            at = 0.0;
        }
        rows.last_mut().expect("a row").push((at, item));
        at += item_w + 20.0;
    }
    let legend_h = row_h * rows.len() as f32;
    let chart_top = y + pad + title.height() + 6.0;
    let chart_h = h - (chart_top - y) - legend_h - pad - if rows.is_empty() { 0.0 } else { 8.0 };
    if chart_h < 240.0 {
        return Err("share card: the chart's title and legend leave it too little room".into());
    }
    let mut out = format!(r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="16" fill="{WHITE}" stroke="{FRAME}"/>"#);
    out += &title.svg(x + pad, y + pad, true, INK);
    out += &nested_chart(&chart.svg, x + pad, chart_top, inner, chart_h)?;
    let legend_top = chart_top + chart_h + 8.0;
    for (r, row) in rows.iter().enumerate() {
        let cy = legend_top + row_h * r as f32 + row_h / 2.0;
        for (dx, item) in row {
            out += &legend_key(&item.mark, &item.color, x + pad + dx, cy);
            out += &format!(
                r#"<text x="{:.1}" y="{:.1}" font-family="{FAMILY}" font-size="{size}" fill="{MUTED}">{}</text>"#,
                x + pad + dx + 24.0,
                cy + size * 0.36,
                escape(&item.name)
            );
        }
    }
    Ok(out)
}

/// The card as SVG, with `chart` (ECharts' static SVG) on the right when
/// the page has one. The title and the lead take the largest sizes at
/// which everything fits above the foot.
pub fn card_svg(card: &Card, chart: Option<&CardChart>, fonts: &Fonts) -> Result<String, String> {
    let mut last = String::new();
    for shrink in 0..4 {
        match layout(card, chart, fonts, shrink) {
            Ok(svg) => return Ok(svg),
            Err(e) => last = e,
        }
    }
    Err(last)
}

fn layout(card: &Card, chart: Option<&CardChart>, fonts: &Fonts, shrink: usize) -> Result<String, String> {
    let (w, h) = (CARD_WIDTH as f32, CARD_HEIGHT as f32);
    let margin = 64.0;
    let chart_box = chart.map(|_| (680.0, 36.0, 480.0, 496.0));
    let text_width = match chart_box {
        Some((x, ..)) => x - margin - 36.0,
        None => w - 2.0 * margin,
    };
    let lang = card.lang;
    const TITLE: [f32; 8] = [56.0, 52.0, 48.0, 44.0, 40.0, 36.0, 34.0, 32.0];
    const LEAD: [f32; 8] = [36.0, 34.0, 32.0, 30.0, 28.0, 26.0, 25.0, 24.0];
    let kicker = Block::fit(fonts, lang, &card.kicker, &[24.0, 22.0, 20.0], true, text_width, 2)?;
    let title = Block::fit(fonts, lang, &card.title, &TITLE[shrink..], true, text_width, 3 - shrink.min(1))?;
    let label = Block::fit(fonts, lang, &card.lead_label, &[24.0, 22.0, 20.0], false, text_width, 2)?;
    let lead = Block::fit(fonts, lang, &card.lead, &LEAD[shrink..], true, text_width, 4)?;
    let verdict = match &card.verdict {
        Some((label, _)) => Some(Block::fit(fonts, lang, label, &[22.0, 20.0, 18.0], false, text_width, 2)?),
        None => None,
    };
    let footer = Block::fit(fonts, lang, &card.footer, &[20.0, 18.0, 17.0, 16.0], false, w - 2.0 * margin - 260.0, 2)?;

    let mut out = String::new();
    let mut y = 48.0;
    out += &kicker.svg(margin, y, true, ACCENT);
    y += kicker.height() + 10.0;
    out += &title.svg(margin, y, true, INK);
    y += title.height() + 22.0;
    out += &label.svg(margin, y, false, MUTED);
    y += label.height() + 4.0;
    out += &lead.svg(margin, y, true, INK);
    y += lead.height();
    if let (Some(block), Some((_, standing))) = (&verdict, &card.verdict) {
        y += 18.0;
        out += &block.svg(margin, y, false, MUTED);
        y += block.height() + 8.0;
        let word = pick(lang, standing.word());
        let size = 28.0;
        let pill_w = fonts.width(word, size, true) + 36.0;
        out += &format!(
            r#"<rect x="{margin}" y="{y}" width="{pill_w:.1}" height="48" rx="24" fill="{}"/><text x="{:.1}" y="{:.1}" font-family="{FAMILY}" font-size="{size}" font-weight="700" fill="{WHITE}">{}</text>"#,
            standing_colour(*standing),
            margin + 18.0,
            y + 34.0,
            escape(word)
        );
        y += 48.0;
    }
    if !card.chips.is_empty() {
        y += 26.0;
        let size = 26.0;
        let mut x = margin;
        for (text, colour) in &card.chips {
            let chip_w = fonts.width(text, size, true) + 40.0;
            if x + chip_w > margin + text_width {
                x = margin;
                y += 62.0;
            }
            out += &format!(
                r#"<rect x="{x:.1}" y="{y:.1}" width="{chip_w:.1}" height="50" rx="25" fill="{colour}"/><text x="{:.1}" y="{:.1}" font-family="{FAMILY}" font-size="{size}" font-weight="700" fill="{WHITE}">{}</text>"#,
                x + 20.0,
                y + 34.0,
                escape(text)
            );
            x += chip_w + 14.0;
        }
        y += 50.0;
    }
    // The foot: a rule, the note on whose figures these are, the site's name.
    let foot_top = h - 40.0 - footer.height();
    if y > foot_top - 16.0 {
        return Err(format!("share card \"{}\": the text runs into the foot ({y:.0} px > {:.0} px)", card.title, foot_top - 16.0));
    }
    out += &format!(r#"<rect x="{margin}" y="{:.1}" width="{:.1}" height="2" fill="{ACCENT}"/>"#, foot_top - 14.0, w - 2.0 * margin);
    out += &footer.svg(margin, foot_top, false, MUTED);
    let site = Block::fit(fonts, lang, &card.site, &[22.0, 20.0, 18.0], true, 250.0, 1)?;
    let site_w = fonts.width(&site.lines[0], site.size, true);
    out += &site.svg(w - margin - site_w, foot_top, true, ACCENT);

    let chart_svg = match (chart, chart_box) {
        (Some(chart), Some(panel)) => chart_panel(chart, lang, fonts, panel)?,
        _ => String::new(),
    };
    Ok(format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH}" height="{CARD_HEIGHT}" viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}"><rect width="{CARD_WIDTH}" height="{CARD_HEIGHT}" fill="{BG}"/>{chart_svg}{out}</svg>"#
    ))
}

/// Draws `svg` at `width` × `height` and returns the PNG.
pub fn render_png(svg: &str, width: u32, height: u32, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let options = resvg::usvg::Options {
        fontdb: fonts.db.clone(),
        font_family: FAMILY.to_string(),
        // No file is ever read: a card refers to nothing outside itself.
        resources_dir: None,
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| format!("share card SVG: {e}"))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).ok_or("share card: empty size")?;
    let size = tree.size();
    let transform = resvg::tiny_skia::Transform::from_scale(width as f32 / size.width(), height as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("share card PNG: {e}"))
}

/// `png` made smaller, losslessly, by oxipng (about a third smaller; a
/// quarter of a second a card).
pub fn compress_png(png: &[u8]) -> Result<Vec<u8>, String> {
    let mut opts = oxipng::Options::from_preset(2);
    opts.strip = oxipng::StripChunks::Safe;
    oxipng::optimize_from_memory(png, &opts).map_err(|e| format!("oxipng: {e}"))
}
