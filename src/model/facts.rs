//! The sources registry: every figure the article uses (the 23 rows of
//! ../shared/facts.md), what public reporting says, and a verdict.
//!
//! This is data, not prose for a particular view: the fact layer, the sources
//! section and the tests all read it.
//!
//! Verdicts are facts.md's own words ("confirmed, dated", "disputed (price,
//! count)"): a rating, what it bears on where facts.md says, and whether the
//! figure is dated. In Japanese the rating is a word of the scale Japanese
//! fact-checkers share (FIJ), mapped as facts.md's "Verdict words in
//! Japanese" maps it; a native test reads both tables.
//!
//! Japanese texts follow one number style: sums and large counts in
//! 万/億/兆 units, mixed where needed and never with a decimal point in front
//! of a unit (6億1000万ドル, 100億9000万ドル); below 10,000 no thousands
//! separator (3000人); decimals only in percentages, ratios and rates (5.38%,
//! 70.3倍). A native test holds every `ja` text to it.
//!
//! Japanese notes (`public`, `caveat`) end every sentence in です/ます; the
//! claim summaries (`article`) are headlines ending in a noun. One word per
//! idea: 米短期国債 (Treasury bills), 米国債 (Treasuries), キャッシュバーン
//! (cash burn), アテステーション (attestation); news outlets in Latin letters
//! with their country (米Bloomberg, 英Financial Times).

/// A short text in both languages of the page, written with [`text!`].
///
/// Native builds (the prerender, the tests) hold both sides. The browser's
/// build holds only an id: its texts are not compiled in but come with the
/// page's strings file (`i18n::language_file`, read by `i18n::load`), as the
/// page's other texts do, and `i18n::pick` looks them up by id. [`texts`]
/// lists every text, so the prerender can write them all; a native test
/// checks it against every `text!` in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
    pub en: &'static str,
    /// Japanese.
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
    pub ja: &'static str,
    /// The id: [`Text::id_of`] both sides.
    #[cfg(all(target_arch = "wasm32", not(feature = "bundled-strings")))]
    id: u32,
}

/// A [`Text`] from its English and its Japanese, evaluated at compile time,
/// so that the browser's build keeps the id and drops the words.
#[macro_export]
macro_rules! text {
    ($en:expr, $ja:expr $(,)?) => {
        const { $crate::model::Text::new($en, $ja) }
    };
}

impl Text {
    /// Empty in both languages; id 0.
    pub const EMPTY: Text = Text::new("", "");

    /// A text from both sides. Use [`text!`], which makes sure this runs
    /// at compile time.
    pub const fn new(en: &'static str, ja: &'static str) -> Text {
        #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
        return Text { en, ja };
        #[cfg(all(target_arch = "wasm32", not(feature = "bundled-strings")))]
        return Text { id: Text::id_of(en, ja) };
    }

    /// The id of a text with these sides: 0 when both are empty, otherwise
    /// FNV-1a (32 bits) of the English, the unit separator and the
    /// Japanese, never 0. A native test checks that no two texts share one.
    pub const fn id_of(en: &str, ja: &str) -> u32 {
        if en.is_empty() && ja.is_empty() {
            return 0;
        }
        let mut hash: u32 = 0x811c_9dc5;
        let (en, ja) = (en.as_bytes(), ja.as_bytes());
        let mut i = 0;
        while i < en.len() + 1 + ja.len() {
            let byte = if i < en.len() {
                en[i]
            } else if i == en.len() {
                0x1f
            } else {
                ja[i - en.len() - 1]
            };
            hash = (hash ^ byte as u32).wrapping_mul(0x0100_0193);
            i += 1;
        }
        if hash == 0 {
            1
        } else {
            hash
        }
    }

    /// This text's id.
    pub const fn id(self) -> u32 {
        #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
        return Text::id_of(self.en, self.ja);
        #[cfg(all(target_arch = "wasm32", not(feature = "bundled-strings")))]
        return self.id;
    }

    /// Whether it is empty in both languages.
    pub const fn is_empty(self) -> bool {
        self.id() == 0
    }
}

/// An address where a row's source can be read, as facts.md gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    /// The address, http(s), exactly as in facts.md.
    pub url: &'static str,
    /// The source the address belongs to, as a reader would name it
    /// ("Axios", "PMC / Nature").
    pub name: &'static str,
}

/// How far public reporting bears a figure out, in facts.md's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rating {
    /// Public sources say the same.
    Confirmed,
    /// Close enough, with a caveat.
    RoughlyRight,
    /// True as far as it goes, but it claims more than the sources do.
    Overstated,
    /// Public sources say something different.
    Disputed,
    /// The article's inputs do not give its result: the number is wrong as
    /// the article computes it, though other inputs could give it.
    WrongAsComputed,
    /// The article's number or date is wrong.
    Wrong,
    /// No public source could be found either way.
    Unverifiable,
}

impl Rating {
    /// Every rating.
    pub const ALL: [Rating; 7] = [
        Rating::Confirmed,
        Rating::RoughlyRight,
        Rating::Overstated,
        Rating::Disputed,
        Rating::WrongAsComputed,
        Rating::Wrong,
        Rating::Unverifiable,
    ];

    /// The rating in English, as facts.md writes it, capitalised.
    pub const fn word(self) -> &'static str {
        match self {
            Rating::Confirmed => "Confirmed",
            Rating::RoughlyRight => "Roughly right",
            Rating::Overstated => "Overstated",
            Rating::Disputed => "Disputed",
            Rating::WrongAsComputed => "Wrong as computed",
            Rating::Wrong => "Wrong",
            Rating::Unverifiable => "Unverifiable",
        }
    }
}

/// What part of a figure a rating bears on, where facts.md says so in
/// parentheses ("disputed (price, count)").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
    /// The unit price and the count.
    PriceCount,
    /// The wording, not the number.
    Wording,
    /// The year.
    Year,
}

impl Detail {
    /// Every detail.
    pub const ALL: [Detail; 3] = [Detail::PriceCount, Detail::Wording, Detail::Year];

    /// The detail in both languages, without brackets.
    pub const fn words(self) -> Text {
        match self {
            Detail::PriceCount => text!("price, count", "価格・数量"),
            Detail::Wording => text!("wording", "表現"),
            Detail::Year => text!("year", "年"),
        }
    }
}

/// A step of the rating scale Japanese fact-checkers share (FactCheck
/// Initiative Japan, FIJ): the Japanese label's word, and the colour a
/// verdict is shown in, in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scale {
    /// 正確: no error, nothing important missing.
    Accurate,
    /// ほぼ正確: partly off, the core holds.
    MostlyAccurate,
    /// ミスリード: not false as worded, but leaves a wrong impression.
    Misleading,
    /// 不正確: right and wrong parts mixed.
    Inaccurate,
    /// 誤り: the core is wrong.
    Wrong,
    /// 根拠不明: no evidence either way.
    Unfounded,
}

impl Scale {
    /// Every step the registry uses, from right to unknown.
    pub const ALL: [Scale; 6] =
        [Scale::Accurate, Scale::MostlyAccurate, Scale::Misleading, Scale::Inaccurate, Scale::Wrong, Scale::Unfounded];

    /// The FIJ word.
    pub const fn word(self) -> &'static str {
        match self {
            Scale::Accurate => "正確",
            Scale::MostlyAccurate => "ほぼ正確",
            Scale::Misleading => "ミスリード",
            Scale::Inaccurate => "不正確",
            Scale::Wrong => "誤り",
            Scale::Unfounded => "根拠不明",
        }
    }

    /// A name for the step in ASCII, for a CSS class (`v-{key}`) and data
    /// attributes.
    pub const fn key(self) -> &'static str {
        match self {
            Scale::Accurate => "accurate",
            Scale::MostlyAccurate => "mostly-accurate",
            Scale::Misleading => "misleading",
            Scale::Inaccurate => "inaccurate",
            Scale::Wrong => "wrong",
            Scale::Unfounded => "unfounded",
        }
    }
}

/// A row's verdict: facts.md's rating, what it bears on, and whether the
/// figure is dated ("dated" is not a rating: it is shown beside one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Verdict {
    /// The rating.
    pub rating: Rating,
    /// What the rating bears on, where facts.md says.
    pub detail: Option<Detail>,
    /// The figure was right once but newer reporting has moved on.
    pub dated: bool,
}

/// A verdict's label as the page shows it, in both languages (native
/// builds: the tests read it).
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// English: facts.md's words, capitalised ("Confirmed, dated").
    pub en: String,
    /// Japanese: the FIJ word, its detail in brackets, 「・古い数字」 if
    /// dated (正確・古い数字).
    pub ja: String,
}

impl Verdict {
    /// A rating with no detail, not dated.
    pub const fn of(rating: Rating) -> Verdict {
        Verdict { rating, detail: None, dated: false }
    }

    /// The same, bearing on `detail`.
    pub const fn on(self, detail: Detail) -> Verdict {
        Verdict { detail: Some(detail), ..self }
    }

    /// The same, dated.
    pub const fn dated(self) -> Verdict {
        Verdict { dated: true, ..self }
    }

    /// The verdict's step on the FIJ scale, as facts.md maps it. A plain
    /// "disputed" (a figure with no public source, where another is
    /// reported) is 不正確, like "disputed (price, count)": right and wrong
    /// parts mixed; a dispute over the wording is ミスリード.
    pub const fn scale(self) -> Scale {
        match (self.rating, self.detail) {
            (Rating::Confirmed, _) => Scale::Accurate,
            (Rating::RoughlyRight, _) => Scale::MostlyAccurate,
            (Rating::Overstated, _) | (Rating::Disputed, Some(Detail::Wording)) => Scale::Misleading,
            (Rating::Disputed, _) => Scale::Inaccurate,
            (Rating::WrongAsComputed | Rating::Wrong, _) => Scale::Wrong,
            (Rating::Unverifiable, _) => Scale::Unfounded,
        }
    }

    /// The rating's word: facts.md's in English, the FIJ scale's in
    /// Japanese.
    pub const fn word(self) -> Text {
        match (self.rating, self.scale()) {
            (Rating::Confirmed, _) => text!("Confirmed", "正確"),
            (Rating::RoughlyRight, _) => text!("Roughly right", "ほぼ正確"),
            (Rating::Overstated, _) => text!("Overstated", "ミスリード"),
            (Rating::Disputed, Scale::Misleading) => text!("Disputed", "ミスリード"),
            (Rating::Disputed, _) => text!("Disputed", "不正確"),
            (Rating::WrongAsComputed, _) => text!("Wrong as computed", "誤り"),
            (Rating::Wrong, _) => text!("Wrong", "誤り"),
            (Rating::Unverifiable, _) => text!("Unverifiable", "根拠不明"),
        }
    }

    /// What the rating bears on, in brackets, to follow the word: " (year)",
    /// 「（年）」. "Wrong as computed" says it in its English word; in
    /// Japanese, where the word is 誤り, it follows as 「（計算）」, so 誤り
    /// tells which error as it does for a wrong year.
    pub const fn detail_label(self) -> Option<Text> {
        match (self.rating, self.detail) {
            (_, Some(Detail::PriceCount)) => Some(text!(" (price, count)", "（価格・数量）")),
            (_, Some(Detail::Wording)) => Some(text!(" (wording)", "（表現）")),
            (_, Some(Detail::Year)) => Some(text!(" (year)", "（年）")),
            (Rating::WrongAsComputed, None) => Some(text!("", "（計算）")),
            (_, None) => None,
        }
    }

    /// ", dated" beside the rating when the figure is dated.
    pub const fn dated_label(self) -> Option<Text> {
        if self.dated {
            Some(text!(", dated", "・古い数字"))
        } else {
            None
        }
    }

    /// The whole label: the word, its detail, then "dated" if it is.
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
    pub fn label(self) -> Label {
        let parts = [Some(self.word()), self.detail_label(), self.dated_label()];
        let (mut en, mut ja) = (String::new(), String::new());
        for t in parts.into_iter().flatten() {
            en.push_str(t.en);
            ja.push_str(t.ja);
        }
        Label { en, ja }
    }
}

/// One row of the registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    /// The row number in facts.md, 1 to 23.
    pub id: u8,
    /// What the article claims, in short.
    pub article: Text,
    /// What public reporting says.
    pub public: Text,
    /// The addresses facts.md gives for this row ("Where to read the
    /// sources"), each with its source's name; none where it gives none.
    /// Never an address facts.md does not give.
    pub links: &'static [Link],
    /// The row's other sources, named in plain text because facts.md gives
    /// them no address; empty when the links are the whole citation. Shown
    /// after the links.
    pub source: Text,
    /// The source's date, ISO 8601 (year-month where no day is known).
    pub date: &'static str,
    /// The verdict.
    pub verdict: Verdict,
    /// What a careful reader should know; empty, in both languages, where
    /// facts.md gives no caveat and there is nothing to add.
    pub caveat: Text,
}

/// Every text of the registry and the claims ledger, each once: what the
/// browser's build looks [`Text`]s up in. A native test checks that it
/// holds every `text!` in `model/`.
pub fn texts() -> Vec<Text> {
    use super::claims::{Standing, CLAIMS, REASONS};
    let mut all = vec![Text::EMPTY];
    for f in &FACTS {
        all.extend([f.article, f.public, f.source, f.caveat]);
    }
    for d in Detail::ALL {
        all.push(d.words());
    }
    for rating in Rating::ALL {
        for detail in std::iter::once(None).chain(Detail::ALL.map(Some)) {
            for dated in [false, true] {
                let v = Verdict { rating, detail, dated };
                all.push(v.word());
                all.extend(v.detail_label());
                all.extend(v.dated_label());
            }
        }
    }
    all.extend(Standing::ALL.map(Standing::word));
    for c in &CLAIMS {
        all.extend([c.text, c.name, c.rule]);
    }
    all.extend(REASONS);
    let mut seen = std::collections::HashSet::new();
    all.retain(|t| seen.insert(t.id()));
    all
}

/// Looks a row up by its number.
pub fn fact(id: u8) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

/// All 23 rows, in facts.md order.
pub const FACTS: [Fact; 23] = [
    Fact {
        id: 1,
        article: text!("Tether's 2024 net profit: $13B", "Tetherの2024年の純利益は130億ドル"),
        public: text!(
            "The attestation says \"over $13B\": about $7B of interest on Treasuries and repurchase agreements (repo), about $5B of unrealised gains on bitcoin and gold, and about $1B from other sources. Profit for 2025 was $10.09B.",
            "アテステーションでは「130億ドル超」と書かれています。内訳は、米国債とレポ取引（買い戻し条件付きの債券取引）の利息が約70億ドル、ビットコインと金の含み益が約50億ドル、その他が約10億ドルです。2025年の利益は100億9000万ドルでした。",
        ),
        links: &[],
        source: text!("Tether Q4 2024 attestation (BDO)", "Tetherの2024年第4四半期アテステーション（BDO）"),
        date: "2025-01-31",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!(
            "About $5B of it is a paper gain on bitcoin and gold, not cash. Other reports give $13.4B, $13.7B or $14B; this page keeps the attestation's \"over $13B\".",
            "うち約50億ドルはビットコインと金の値上がりによる含み益で、現金が入ってきたわけではありません。134億ドル、137億ドル、140億ドルとする報道もありますが、このページはアテステーションの「130億ドル超」に従います。",
        ),
    },
    Fact {
        id: 2,
        article: text!("OpenAI 2024: revenue $3.7B, loss $5B", "OpenAIの2024年は売上37億ドル、赤字50億ドル"),
        public: text!(
            "Reported in September 2024 as a projection, excluding stock compensation. Later reporting put the 2024 loss at $5.1B.",
            "2024年9月に、株式報酬を除いた見通しとして報じられた数字です。その後の報道では、2024年の赤字は51億ドルとされています。",
        ),
        links: &[],
        source: text!("The New York Times", "米New York Times"),
        date: "2024-09",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!(
            "It was still a projection when it was reported. For 2025, the revenue usually cited, about $13B, was OpenAI's target; $13.07B from its accounts was reported in June 2026 from a leak, and is unconfirmed.",
            "報じられた時点では、まだ見通しの数字でした。2025年の売上としてよく挙がる約130億ドルは同社の目標です。2026年6月には、流出した決算資料をもとに130億7000万ドルと報じられましたが、裏付けはとれていません。",
        ),
    },
    Fact {
        id: 3,
        article: text!("Anthropic 2024: revenue $1B, loss $5B", "Anthropicの2024年は売上10億ドル、赤字50億ドル"),
        public: text!(
            "$1B was Anthropic's annualised revenue at the end of 2024: its sales at that point, scaled up to a full year. Its cash burn for 2024 was projected at about $2.7B.",
            "10億ドルは、2024年末の売上のペースを1年分に換算した数字です。2024年のキャッシュバーン（資金の持ち出し）は、約27億ドルになる見通しと報じられました。",
        ),
        links: &[],
        source: text!("The Information", "米The Information"),
        date: "2024-07",
        verdict: Verdict::of(Rating::Disputed),
        caveat: text!(
            "No public source gives a $5B loss; the figure reported is about $2.7B of cash burn.",
            "赤字50億ドルの裏付けとなる公開情報は見当たりません。報じられているのは約27億ドルのキャッシュバーンです。",
        ),
    },
    Fact {
        id: 4,
        article: text!(
            "The two labs together lost $10B, less than Tether's $13B profit",
            "2社合計の赤字100億ドルは、Tetherの1年分の利益130億ドル未満",
        ),
        public: text!(
            "It holds with the article's own inputs: 5 + 5 = 10, less than 13. With Anthropic's reported $2.7B of cash burn instead, the two come to $7.7B.",
            "記事の数字のままなら成り立ちます。50億＋50億＝100億ドルで、130億ドルを下回るからです。Anthropicについて報じられたキャッシュバーン27億ドルに置き換えると、2社の合計は77億ドルです。",
        ),
        links: &[],
        source: text!("Arithmetic on rows 1–3", "1〜3番からの計算"),
        date: "2025-12",
        verdict: Verdict::of(Rating::RoughlyRight),
        caveat: text!(
            "Against Tether's recurring interest ($7B) rather than its whole profit, the losses are larger.",
            "利益全体ではなく、毎年入ってくる利息（70億ドル）と比べれば、赤字のほうが大きくなります。",
        ),
    },
    Fact {
        id: 5,
        article: text!("Headcount: Tether about 150, OpenAI over 3,000", "社員数はTetherが約150人、OpenAIが3000人超"),
        public: text!(
            "Tether had just over 100 staff in August 2024 and 150 in May 2025; for early 2026, both about 250 (January) and about 300 (February) are reported. OpenAI had over 1,700 in September 2024 and about 4,500 in March 2026.",
            "Tetherの社員数は、2024年8月に100人強、2025年5月に150人と報じられています。2026年初めについては、約250人（1月）と約300人（2月）の両方の数字があります。OpenAIは2024年9月時点で1700人超、2026年3月時点で約4500人です。",
        ),
        links: &[
            Link {
                url: "https://piratewires.com/p/the-most-profitable-business-per-employee-in-the-world",
                name: "Pirate Wires",
            },
            Link {
                url: "https://economictimes.indiatimes.com/tech/artificial-intelligence/openai-still-haunted-by-its-chaotic-past-is-trying-to-grow-up/articleshow/113048935.cms",
                name: "The Economic Times",
            },
        ],
        source: text!("other press reports", "その他の報道"),
        date: "2025-05",
        verdict: Verdict::of(Rating::RoughlyRight),
        caveat: text!(
            "It sets 2024 money against 2025 headcounts.",
            "2024年の金額を、2025年の社員数で割っています。",
        ),
    },
    Fact {
        id: 6,
        article: text!("Per-person productivity gap: about 60x", "一人あたりの生産性の差は約60倍"),
        public: text!(
            "With the article's own inputs, Tether's $86.7M of profit per head against OpenAI's $1.23M of revenue per head is 70.3x; counting interest alone, it is 37.8x. About 60x comes out if OpenAI's first-half 2025 revenue ($4.3B) is divided by 3,000 staff instead.",
            "記事の数字で計算すると、Tetherの一人あたり利益8670万ドルに対し、OpenAIの一人あたり売上は123万ドルで、差は70.3倍です。利息収入だけで比べると37.8倍にとどまります。約60倍になるのは、たとえばOpenAIの2025年上半期の売上（43億ドル）を3000人で割った場合です。",
        ),
        links: &[],
        source: text!("Arithmetic on rows 1, 2, 5 and 7", "1・2・5・7番からの計算"),
        date: "2025-12",
        verdict: Verdict::of(Rating::WrongAsComputed),
        caveat: text!(
            "It sets Tether's profit against OpenAI's revenue; per head, OpenAI's profit is negative.",
            "Tetherの「利益」とOpenAIの「売上」を比べています。OpenAIの一人あたり利益はマイナスです。",
        ),
    },
    Fact {
        id: 7,
        article: text!(
            "$7B of interest in 2024, on over $130B of Treasuries; holders get 0%",
            "2024年の利息は70億ドル、米国債の保有は1300億ドル超で、保有者の取り分はゼロ",
        ),
        public: text!(
            "The $7B is Tether's own figure. Its Treasury holdings were $80.7B at the end of 2023, $97.6B in mid-2024, $113B at the end of 2024, $135B in the third quarter of 2025 and $141B at the end of 2025. USDT pays its holders no interest.",
            "70億ドルはTether自身が公表した数字です。米国債の保有額は、2023年末が807億ドル、2024年半ばが976億ドル、2024年末が1130億ドル、2025年第3四半期が1350億ドル、2025年末が1410億ドルです。USDTの保有者に利息は支払われません。",
        ),
        links: &[Link { url: "https://www.axios.com/2024/01/31/tether-usdt-stablecoin-attestation", name: "Axios" }],
        source: text!("Tether quarterly attestations (BDO)", "Tetherの四半期アテステーション（BDO）"),
        date: "2025-01-31",
        verdict: Verdict::of(Rating::RoughlyRight),
        caveat: text!(
            "$7B on $130B implies a yield of 5.38%. On the 2024 average holding (about $97B) it is 7.2%, above any Treasury bill yield in 2024 (4.3–5.3%), so the $7B must also include income from repurchase agreements and other sources.",
            "1300億ドルの保有で70億ドルの利息なら、利回りは5.38%です。2024年の平均保有額（約970億ドル）で割ると7.2%となり、この年の米短期国債の利回り（4.3〜5.3%）をどれも上回ります。70億ドルには、レポ取引などほかの収益も含まれていることになります。",
        ),
    },
    Fact {
        id: 8,
        article: text!("A loan of over $600M to Northern Data", "Northern Dataへの6億ドル超の融資"),
        public: text!(
            "An unsecured loan facility of EUR 575M (about $610M), running to 1 January 2030, was announced on 2 November 2023. It was later cited as EUR 610M, and as EUR 603M in Rumble's 2026 filing on its Northern Data deal. Tether is also Northern Data's majority owner.",
            "2023年11月2日に、2030年1月1日を期限とする5億7500万ユーロ（約6億1000万ドル）の無担保融資枠が発表されました。この額はのちに6億1000万ユーロとも伝えられ、RumbleがNorthern Dataの買収について2026年に提出した書類では6億300万ユーロとされています。TetherはNorthern Dataの株式の過半を持つ親会社でもあります。",
        ),
        links: &[Link {
            url: "https://gleisslutz.com/en/news-events/mandates-firm-news/gleiss-lutz-advises-northern-data-further-financing-measures",
            name: "Gleiss Lutz",
        }],
        source: text!("", ""),
        date: "2023-11-02",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!(
            "Rumble agreed to buy Northern Data in late 2025; its exchange offer for Northern Data's shares ran from 13 April to 9 May 2026.",
            "2025年末、RumbleがNorthern Dataの買収で合意しました。Rumbleが自社株を対価にNorthern Dataの株式を買い取る公開買付けは、2026年4月13日から5月9日まで行われました。",
        ),
    },
    Fact {
        id: 9,
        article: text!(
            "Europe's largest GPU cloud: over 10,000 H100s at $20k–30k each; 26th on the TOP500",
            "欧州最大のGPUクラウドで、H100は1万基超（1基2万〜3万ドル）、TOP500で26位",
        ),
        public: text!(
            "\"Europe's largest GPU cloud\" is the company's own description. Northern Data bought 10,000 H100s in 2023 for $420M (about $42k each), and had about 20,480 H100s and 2,048 H200s by August 2025. The TOP500 rank could not be verified.",
            "「欧州最大のGPUクラウド」は同社自身の説明です。同社は2023年にH100を1万基、4億2000万ドル（1基あたり約4万2000ドル）で購入しました。2025年8月時点の保有は、H100が約2万480基、H200が2048基です。TOP500での順位は確認できませんでした。",
        ),
        links: &[],
        source: text!("Northern Data reports", "Northern Dataの発表"),
        date: "2025-08",
        verdict: Verdict::of(Rating::Disputed).on(Detail::PriceCount),
        caveat: text!(
            "The count is understated, the unit price is below the 2023 deal price, and the rank is unverified.",
            "数は実際より少なく、単価は2023年の購入価格を下回り、順位は確認できていません。",
        ),
    },
    Fact {
        id: 10,
        article: text!(
            "QVAC Genesis: 19 disciplines, the world's largest open AI training dataset, free",
            "QVAC Genesisは19分野にわたる世界最大のオープンなAI学習データセットで、無償で公開",
        ),
        public: text!(
            "Genesis I (October 2025) has 40.9B tokens in 5 domains, under a CC-BY-NC-4.0 licence. Genesis II (19 December 2025) adds 107B tokens, for 148B in all; the 19 domains are those of both releases together.",
            "Genesis I（2025年10月）は5分野・409億トークンで、ライセンスはCC-BY-NC-4.0です。Genesis II（2025年12月19日）で1070億トークンが加わり、2つを合わせると1480億トークン、19分野になります。",
        ),
        links: &[],
        source: text!("Tether Data / QVAC releases", "Tether Data／QVACの公開情報"),
        date: "2025-12-19",
        verdict: Verdict::of(Rating::Overstated),
        caveat: text!(
            "The overstatement is the article's: Tether itself claims only the largest synthetic educational dataset, and FineWeb (15T tokens) is about 100 times larger. Genesis I may not be used commercially.",
            "「世界最大」は記事の誇張です。Tether自身の主張は「合成された教育用データセットとして最大」にとどまり、FineWeb（15兆トークン）はその約100倍の規模です。Genesis Iは商用利用できません。",
        ),
    },
    Fact {
        id: 11,
        article: text!("$200M into Blackrock Neurotech, April 2024, as major shareholder", "2024年4月、Blackrock Neurotechに2億ドルを出資して大株主に"),
        public: text!(
            "Announced on 29 April 2024, through Tether Evo, at a valuation of about $350M.",
            "2024年4月29日に、Tether Evoを通じた出資として発表されました。評価額は約3億5000万ドルです。",
        ),
        links: &[],
        source: text!("Tether announcement", "Tetherの発表"),
        date: "2024-04-29",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!("", ""),
    },
    Fact {
        id: 12,
        article: text!(
            "Working on brain-computer interfaces since 2008, eight years before Neuralink",
            "2008年からBCI（脳とコンピューターをつなぐ技術）に取り組み、Neuralinkより8年先行",
        ),
        public: text!(
            "Blackrock Microsystems was founded in 2008, Neuralink in 2016.",
            "Blackrock Microsystemsの創業は2008年、Neuralinkは2016年です。",
        ),
        links: &[],
        source: text!("Company histories", "各社の沿革"),
        date: "2016",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!(
            "The Utah array it sells was first implanted in a person in 2004.",
            "同社が扱うユタアレイが初めて人に埋め込まれたのは、それより前の2004年です。",
        ),
    },
    Fact {
        id: 13,
        article: text!(
            "35 people worldwide have brain-computer interface implants; 31 use Blackrock's",
            "BCIを埋め込んだ人は世界で35人、うち31人がBlackrock製",
        ),
        public: text!(
            "The closest public figures are 28 of 30 (2021) and \"more than 40\" (Tether, 2024). For Blackrock arrays, \"more than 30\" (February 2023) and \"about 50 people\" (2023) are also reported.",
            "記事に近い公開情報は、「30人中28人」（2021年）と「40人超」（Tether、2024年）です。Blackrock製アレイについては、「30人超」（2023年2月）や「約50人」（2023年）という数字も出ています。",
        ),
        links: &[],
        source: text!("Company marketing", "会社の宣伝資料"),
        date: "2024",
        verdict: Verdict::of(Rating::Unverifiable),
        caveat: text!(
            "The article's 35 and 31 are one count among several, and every one of them comes from the companies; none is independent.",
            "記事の35人・31人は出回っている数字の一つにすぎず、どれも企業側の発表です。独立した集計はありません。",
        ),
    },
    Fact {
        id: 14,
        article: text!(
            "2016: a paralysed man fist-bumped President Obama with a robotic arm, and felt it",
            "2016年、まひのある男性がロボットアームでオバマ大統領とグータッチし、触れた感覚も体験",
        ),
        public: text!(
            "The man was Nathan Copeland; it happened in Pittsburgh on 13 October 2016.",
            "男性はネイサン・コープランド氏です。2016年10月13日、ピッツバーグでの出来事でした。",
        ),
        links: &[Link {
            url: "http://pittsburgh.cbslocal.com/2016/10/13/president-obama-shakes-revolutionary-robotic-hand-of-paralyzed-man/",
            name: "CBS Pittsburgh",
        }],
        source: text!("", ""),
        date: "2016-10-13",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!("", ""),
    },
    Fact {
        id: 15,
        article: text!(
            "An ALS patient's thoughts became speech at 62 words a minute, \"last year\"",
            "ALS患者が思い浮かべた言葉を毎分62語で音声に変換（「昨年」の成果）",
        ),
        public: text!(
            "Willett et al., Nature 620:1031 (August 2023): a Stanford team using Blackrock (Utah) arrays reached 62 words per minute, with 23.8% of words wrong on a 125,000-word vocabulary. Natural speech runs at about 160 words per minute.",
            "出典はWillettらの論文（Nature 620:1031、2023年8月）です。スタンフォード大学のチームがBlackrock製のユタアレイを使い、12万5000語の語彙で毎分62語を達成しました。単語の誤り率は23.8%でした。ふつうの会話の速さは毎分約160語です。",
        ),
        links: &[Link { url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC10468393", name: "PubMed Central (PMC)" }],
        source: text!("", ""),
        date: "2023-08",
        verdict: Verdict::of(Rating::Confirmed).dated(),
        caveat: text!(
            "The result is from 2023, not \"last year\", and the output was text on a screen, not a voice.",
            "「昨年」ではなく2023年の成果で、出力は声ではなく画面上の文字でした。",
        ),
    },
    Fact {
        id: 16,
        article: text!("About $1B invested in AI so far", "AIへの投資はこれまでに約10億ドル"),
        public: text!("Bloomberg reported \"more than $1B\".", "米Bloombergは「10億ドル超」と報じています。"),
        links: &[],
        source: text!("Bloomberg", "米Bloomberg"),
        date: "2024-06",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!("", ""),
    },
    Fact {
        id: 17,
        article: text!(
            "In talks to buy a German robotics company for $1.2B, taking the total to $2B",
            "ドイツのロボット企業を12億ドルで買収する交渉中で、合計は20億ドルに",
        ),
        public: text!(
            "Tether was reported to lead a EUR 1bn (about $1.16–1.2B) funding round in Neura Robotics.",
            "TetherがNeura Roboticsの10億ユーロ（約11億6000万〜12億ドル）の資金調達を主導すると報じられました。",
        ),
        links: &[],
        source: text!("Financial Times", "英Financial Times"),
        date: "2025-11-15",
        verdict: Verdict::of(Rating::Disputed).on(Detail::Wording),
        caveat: text!(
            "It is a funding round, not an acquisition, and $1B plus $1.2B is $2.2B, not $2B.",
            "買収ではなく、資金調達を主導する出資です。また、10億ドルと12億ドルを足せば20億ドルではなく22億ドルです。",
        ),
    },
    Fact {
        id: 18,
        article: text!("Anthropic raised $3.5B in 2024", "Anthropicは2024年に35億ドルを調達"),
        public: text!(
            "The $3.5B Series E round closed in March 2025.",
            "35億ドルのシリーズE（資金調達ラウンド）は2025年3月のことです。",
        ),
        links: &[Link {
            url: "https://www.techtarget.com/searchenterpriseai/news/366619898/AI-startup-Anthropic-raises-35-billion",
            name: "TechTarget",
        }],
        source: text!("", ""),
        date: "2025-03",
        verdict: Verdict::of(Rating::Wrong).on(Detail::Year),
        caveat: text!(
            "The round came in 2025, a year later than the article says.",
            "調達は記事の言う2024年ではなく、1年後の2025年です。",
        ),
    },
    Fact {
        id: 19,
        article: text!(
            "OpenAI spent $6.7B on R&D in the first half of 2025",
            "OpenAIは2025年上半期に研究開発へ67億ドルを投入",
        ),
        public: text!(
            "The Information reported the same $6.7B of research and development spending.",
            "米The Informationが、記事と同じ67億ドルと報じています。",
        ),
        links: &[],
        source: text!("The Information", "米The Information"),
        date: "2025-09-30",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!("", ""),
    },
    Fact {
        id: 20,
        article: text!(
            "The Fed is cutting rates, Treasury bill yields are falling, and 2024's interest may not come again",
            "FRBの利下げで米短期国債の利回りが低下し、2024年並みの利息は見込めなくなる恐れ",
        ),
        public: text!(
            "The Fed cut in September, November and December 2024 and in September, October and December 2025, to 3.50–3.75%, then held that range at its January, April and June 2026 meetings. The three-month Treasury bill yielded 4.27% in December 2024 and 3.63% on 2 June 2026. Tether's 2025 profit fell 23%, to $10.09B.",
            "FRBは2024年9・11・12月と2025年9・10・12月に利下げし、政策金利は3.50〜3.75%になりました。2026年は1月・4月・6月の会合で、この水準を据え置いています。3か月物の米短期国債の利回りは、2024年12月が4.27%、2026年6月2日が3.63%です。Tetherの2025年の利益は23%減り、100億9000万ドルでした。",
        ),
        links: &[
            Link { url: "https://alfred.stlouisfed.org/series?seid=TB3MS", name: "ALFRED (3-month Treasury bill, monthly)" },
            Link {
                url: "https://bankingjournal.aba.com/2025/12/fomc-lowers-rates-by-25-basis-points-3/",
                name: "ABA Banking Journal",
            },
        ],
        source: text!(
            "FRED (daily Treasury bill rate); reports on the 2026 Fed meetings; Tether Q4 2025 attestation",
            "FRED（米短期国債の日次利回り）、2026年のFOMCに関する報道、Tetherの2025年第4四半期アテステーション",
        ),
        date: "2026-06-02",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!(
            "Larger holdings ($113B to $141B) partly made up for the lower rates. Rates fell through 2024 and 2025 and have held since (as of June 2026). The 23% fall is not down to rates alone: 2024's profit included about $5B of unrealised gains on bitcoin and gold.",
            "保有額が1130億ドルから1410億ドルに増えたことで、利回りの低下は一部埋め合わされています。金利が下がったのは2024年と2025年で、2026年6月時点では据え置きが続いています。また、23%の減益は金利だけが理由ではありません。2024年の利益には、ビットコインと金の含み益約50億ドルが含まれていました。",
        ),
    },
    Fact {
        id: 21,
        article: text!("Not audited in ten years", "10年間、一度も監査なし"),
        public: text!(
            "USDT launched in October 2014. Tether publishes quarterly attestations by BDO Italia but has never had a full audit.",
            "USDTの発行が始まったのは2014年10月です。TetherはBDOイタリアによる四半期ごとのアテステーションを公表していますが、正式な監査は一度も受けていません。",
        ),
        links: &[Link {
            url: "https://forkast.news/tether-nets-us4-52-bln-q1-profit-from-investments/",
            name: "Forkast",
        }],
        source: text!("", ""),
        date: "2025-12",
        verdict: Verdict::of(Rating::RoughlyRight),
        caveat: text!(
            "About eleven years by the end of 2025. In 2026 Tether reported engaging a Big Four firm for its first full audit (the date is unconfirmed); at the article's date the claim still held.",
            "2025年末の時点では約11年です。Tetherは2026年、4大監査法人の1社に初めて正式な監査を依頼したと発表しました（時期は未確認）。記事が出た時点では、監査を受けていないという指摘は当たっていました。",
        ),
    },
    Fact {
        id: 22,
        article: text!(
            "OpenAI expects profit by 2029, Anthropic by 2028; together they lost $10B",
            "OpenAIは2029年、Anthropicは2028年に黒字化する見込みで、2社合わせて100億ドルの赤字",
        ),
        public: text!(
            "The 2029 and 2028 dates were the companies' projections in October 2024. Reporting in November 2025 put Anthropic's break-even in 2028 and OpenAI's at about 2030.",
            "2029年・2028年という時期は、2024年10月時点の各社の見通しです。2025年11月の報道では、Anthropicの収支が均衡するのは2028年、OpenAIは2030年ごろとされています。",
        ),
        links: &[Link {
            url: "https://apps.digitimes.com/news/a20251113PD207/anthropic-openai-2028-startup-revenue.html",
            name: "DIGITIMES",
        }],
        source: text!("other press reports (October 2024)", "その他の報道（2024年10月）"),
        date: "2025-11",
        verdict: Verdict::of(Rating::RoughlyRight).dated(),
        caveat: text!(
            "These are projections, and OpenAI's has since slipped to about 2030.",
            "いずれも見通しで、OpenAIの黒字化はその後2030年ごろにずれ込んでいます。",
        ),
    },
    Fact {
        id: 23,
        article: text!(
            "Tether's AI slogans: decentralised, run locally, intelligence back to individuals",
            "TetherがAIで掲げる標語は「分散型」「ローカル実行」「知能を個人の手に」",
        ),
        public: text!(
            "This is how QVAC is marketed: Tether Data's AI platform that runs on people's own devices and connects them directly, peer to peer.",
            "Tether Dataが手がけるAI基盤「QVAC」の宣伝文句です。QVACは、手元の端末での処理と、端末どうしの直接通信（P2P）を軸にしています。",
        ),
        links: &[],
        source: text!("QVAC / Tether Data", "QVAC／Tether Data"),
        date: "2025",
        verdict: Verdict::of(Rating::Confirmed),
        caveat: text!(
            "These are marketing claims.",
            "あくまで宣伝上の主張です。",
        ),
    },
];
