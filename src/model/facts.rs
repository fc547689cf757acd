//! The sources registry: every figure the article uses (the 23 rows of
//! ../shared/facts.md), what public reporting says, and a verdict.
//!
//! This is data, not prose for a particular view: the fact layer, the sources
//! section and the tests all read it.

/// A short text in both languages of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Japanese.
    pub ja: &'static str,
}

/// How far public reporting confirms a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Public sources say the same.
    Confirmed,
    /// Close enough, with a caveat.
    RoughlyRight,
    /// Public sources say something different, or the claim is overstated.
    Disputed,
    /// The article's number or date is wrong.
    Wrong,
    /// No public source could be found either way.
    Unverifiable,
}

impl Verdict {
    /// The verdict's label.
    pub const fn label(self) -> Text {
        match self {
            Verdict::Confirmed => Text { en: "Confirmed", ja: "確認済み" },
            Verdict::RoughlyRight => Text { en: "Roughly right", ja: "おおむね正しい" },
            Verdict::Disputed => Text { en: "Disputed", ja: "異論あり" },
            Verdict::Wrong => Text { en: "Wrong", ja: "誤り" },
            Verdict::Unverifiable => Text { en: "Unverifiable", ja: "確認できず" },
        }
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
    /// The main public source.
    pub source: &'static str,
    /// The source's date, ISO 8601 (year-month where no day is known).
    pub date: &'static str,
    /// The verdict.
    pub verdict: Verdict,
    /// What a careful reader should know.
    pub caveat: Text,
}

/// Looks a row up by its number.
pub fn fact(id: u8) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

/// All 23 rows, in facts.md order.
pub const FACTS: [Fact; 23] = [
    Fact {
        id: 1,
        article: Text { en: "Tether's 2024 net profit: $13B", ja: "Tetherの2024年の純利益は130億ドル" },
        public: Text {
            en: "\"Over $13B\": about $7B of Treasury and repo interest, about $5B of unrealised gains on bitcoin and gold, about $1B other. 2025 profit: $10.09B.",
            ja: "「130億ドル超」。内訳は米国債・レポ利息が約70億ドル、ビットコインと金の含み益が約50億ドル、その他約10億ドル。2025年の利益は100.9億ドル。",
        },
        source: "Tether Q4 2024 attestation (BDO)",
        date: "2025-01-31",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "About $5B of it is a paper gain on bitcoin and gold, not cash.",
            ja: "うち約50億ドルはビットコインと金の含み益で、現金収入ではありません。",
        },
    },
    Fact {
        id: 2,
        article: Text { en: "OpenAI 2024: revenue $3.7B, loss $5B", ja: "OpenAIの2024年：売上37億ドル、赤字50億ドル" },
        public: Text {
            en: "Reported in September 2024 as a projection, excluding stock compensation; later reporting put the 2024 loss at $5.1B.",
            ja: "2024年9月に見通しとして報じられた数字（株式報酬を除く）。のちの報道では2024年の赤字は51億ドル。",
        },
        source: "The New York Times",
        date: "2024-09",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "A projection at the time it was reported.",
            ja: "報道時点では見通しの数字です。",
        },
    },
    Fact {
        id: 3,
        article: Text { en: "Anthropic 2024: revenue $1B, loss $5B", ja: "Anthropicの2024年：売上10億ドル、赤字50億ドル" },
        public: Text {
            en: "$1B was the annualised revenue run-rate at the end of 2024. The reported projection of 2024 cash burn was about $2.7B.",
            ja: "10億ドルは2024年末時点の年換算売上。2024年のキャッシュ消費の見通しとして報じられたのは約27億ドル。",
        },
        source: "The Information",
        date: "2024-07",
        verdict: Verdict::Disputed,
        caveat: Text {
            en: "No public source gives a $5B loss; the reported figure is about $2.7B of burn.",
            ja: "50億ドルの赤字を示す公開情報は見当たらず、報じられているのは約27億ドルの資金流出です。",
        },
    },
    Fact {
        id: 4,
        article: Text {
            en: "The two labs together lost $10B, less than Tether's $13B profit",
            ja: "2社の赤字合計100億ドルは、Tether1社の利益130億ドルに届かない",
        },
        public: Text {
            en: "Holds with the article's own inputs: 5 + 5 = 10 < 13.",
            ja: "記事自身の数字では成り立つ（5＋5＝10＜13）。",
        },
        source: "Arithmetic on rows 1–3",
        date: "2025-12",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "Against Tether's recurring interest ($7B) rather than its whole profit, the losses are larger.",
            ja: "利益全体ではなく、毎年入る利息（70億ドル）と比べると、赤字のほうが大きくなります。",
        },
    },
    Fact {
        id: 5,
        article: Text { en: "Headcount: Tether about 150, OpenAI over 3,000", ja: "社員数：Tether約150人、OpenAI3000人超" },
        public: Text {
            en: "Tether: just over 100 (Aug 2024), 150 (May 2025), about 250 (early 2026). OpenAI: over 1,700 (Sept 2024), about 4,500 (Mar 2026).",
            ja: "Tether：100人強（2024年8月）、150人（2025年5月）、約250人（2026年初め）。OpenAI：1700人超（2024年9月）、約4500人（2026年3月）。",
        },
        source: "Company statements and press reports",
        date: "2025-05",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "It sets 2024 money against 2025 headcounts.",
            ja: "2024年の金額に2025年の社員数を組み合わせています。",
        },
    },
    Fact {
        id: 6,
        article: Text { en: "Per-person productivity gap: about 60x", ja: "一人あたりの生産性の差は約60倍" },
        public: Text {
            en: "From the article's own inputs: $86.7M profit per head against $1.23M revenue per head is 70.3x; on interest alone it is 37.8x.",
            ja: "記事の数字で計算すると、一人あたり利益8670万ドルに対し一人あたり売上123万ドルで70.3倍。利息だけなら37.8倍。",
        },
        source: "Arithmetic on rows 1, 2, 5 and 7",
        date: "2025-12",
        verdict: Verdict::Wrong,
        caveat: Text {
            en: "It divides Tether's profit by OpenAI's revenue; OpenAI's profit per head is negative.",
            ja: "Tetherの「利益」とOpenAIの「売上」を比べています。OpenAIの一人あたり利益はマイナスです。",
        },
    },
    Fact {
        id: 7,
        article: Text {
            en: "$7B of interest in 2024, on over $130B of Treasuries; holders get 0%",
            ja: "2024年の利息は70億ドル、米国債は1300億ドル超、保有者の取り分はゼロ",
        },
        public: Text {
            en: "Tether's own figure. Treasury exposure: $80.7B end-2023, $97.6B mid-2024, $113B end-2024, $135B Q3 2025, $141B end-2025. USDT pays no interest.",
            ja: "Tether自身の数字。米国債保有額は2023年末807億ドル、2024年半ば976億ドル、2024年末1130億ドル、2025年第3四半期1350億ドル、2025年末1410億ドル。USDTに利息はつかない。",
        },
        source: "Tether quarterly attestations (BDO)",
        date: "2025-01-31",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "$7B on $130B implies 5.38%; on the 2024 average holding (about $97B) it is 7.2%, above any 2024 bill yield, so the $7B includes repo and other income.",
            ja: "1300億ドルで70億ドルなら利回り5.38%。2024年の平均保有額（約970億ドル）なら7.2%で、同年のどのTビル利回りよりも高く、レポなど他の収益も含んでいるはずです。",
        },
    },
    Fact {
        id: 8,
        article: Text { en: "A loan of over $600M to Northern Data", ja: "Northern Dataへの6億ドル超の融資" },
        public: Text {
            en: "An unsecured facility of EUR 575M (about $610M) running to 2030, later reported as EUR 610M. Tether is also the majority owner.",
            ja: "2030年までの無担保融資枠5億7500万ユーロ（約6億1000万ドル）。のちに6億1000万ユーロと報じられた。Tetherは筆頭株主でもある。",
        },
        source: "Northern Data announcement",
        date: "2023-11-02",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "Rumble agreed to buy Northern Data in late 2025.",
            ja: "2025年末、RumbleがNorthern Dataの買収で合意しました。",
        },
    },
    Fact {
        id: 9,
        article: Text {
            en: "Europe's largest GPU cloud: over 10,000 H100s at $20k–30k each; 26th on the TOP500",
            ja: "欧州最大のGPUクラウド。H100を1万基超、1基2万〜3万ドル。TOP500で26位",
        },
        public: Text {
            en: "10,000 H100s bought in 2023 for $420M (about $42k each); about 20,480 H100s and 2,048 H200s by August 2025. The TOP500 rank could not be verified.",
            ja: "2023年にH100を1万基、4億2000万ドル（1基約4万2000ドル）で購入。2025年8月時点でH100約2万480基とH200 2048基。TOP500の順位は確認できず。",
        },
        source: "Northern Data reports",
        date: "2025-08",
        verdict: Verdict::Disputed,
        caveat: Text {
            en: "The count is understated, the unit price is below the 2023 deal price, and the rank is unverified.",
            ja: "基数は過小、単価は2023年の取引価格より低く、順位は未確認です。",
        },
    },
    Fact {
        id: 10,
        article: Text {
            en: "QVAC Genesis: 19 disciplines, the world's largest open AI training dataset, free",
            ja: "QVAC Genesis：19分野、世界最大のオープンなAI学習データセットを無償公開",
        },
        public: Text {
            en: "Genesis I (Oct 2025): 40.9B tokens under CC-BY-NC-4.0. Genesis II (19 Dec 2025) adds 107B tokens in 10 more domains: 148B tokens, 19 domains in all.",
            ja: "Genesis I（2025年10月）は409億トークンでCC-BY-NC-4.0。Genesis II（2025年12月19日）で10分野・1070億トークンを追加し、合計1480億トークン・19分野。",
        },
        source: "Tether Data / QVAC releases",
        date: "2025-12-19",
        verdict: Verdict::Disputed,
        caveat: Text {
            en: "Overstated: Tether claims the largest synthetic educational set; FineWeb (15T tokens) is about 100x larger. Genesis I is non-commercial.",
            ja: "誇張です。Tetherの主張は「合成教育データとして最大」で、FineWeb（15兆トークン）は約100倍の規模。Genesis Iは商用利用不可です。",
        },
    },
    Fact {
        id: 11,
        article: Text { en: "$200M into Blackrock Neurotech, April 2024, as major shareholder", ja: "2024年4月、Blackrock Neurotechに2億ドルを出資し大株主に" },
        public: Text {
            en: "Announced 29 April 2024 through Tether Evo, at a valuation of about $350M.",
            ja: "2024年4月29日、Tether Evoを通じて発表。評価額は約3億5000万ドル。",
        },
        source: "Tether announcement",
        date: "2024-04-29",
        verdict: Verdict::Confirmed,
        caveat: Text { en: "Confirmed as stated.", ja: "記事のとおりです。" },
    },
    Fact {
        id: 12,
        article: Text { en: "Working on BCIs since 2008, eight years before Neuralink", ja: "2008年からBCIに取り組み、Neuralinkより8年早い" },
        public: Text {
            en: "Blackrock Microsystems was founded in 2008, Neuralink in 2016.",
            ja: "Blackrock Microsystemsの創業は2008年、Neuralinkは2016年。",
        },
        source: "Company histories",
        date: "2016",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "The Utah array it sells was first implanted in a person in 2004.",
            ja: "同社が扱うユタアレイは、2004年にはすでに人に埋め込まれていました。",
        },
    },
    Fact {
        id: 13,
        article: Text { en: "35 people have BCI implants; 31 use Blackrock", ja: "BCIを埋め込んだ人は世界で35人、うち31人がBlackrock製" },
        public: Text {
            en: "The closest public figures are 28 of 30 (2021) and \"more than 40\" (Tether, 2024).",
            ja: "近い公開情報は「30人中28人」（2021年）と「40人以上」（Tether、2024年）。",
        },
        source: "Company marketing",
        date: "2024",
        verdict: Verdict::Unverifiable,
        caveat: Text {
            en: "Company marketing numbers with no independent count.",
            ja: "会社の宣伝上の数字で、独立した集計はありません。",
        },
    },
    Fact {
        id: 14,
        article: Text {
            en: "2016: a paralysed man fist-bumped President Obama with a robotic arm, and felt it",
            ja: "2016年、まひのある男性がロボットアームでオバマ大統領とグータッチし、感触もあった",
        },
        public: Text {
            en: "Nathan Copeland, 13 October 2016, Pittsburgh.",
            ja: "ネイサン・コープランド氏、2016年10月13日、ピッツバーグ。",
        },
        source: "Press coverage of the White House Frontiers Conference",
        date: "2016-10-13",
        verdict: Verdict::Confirmed,
        caveat: Text { en: "Confirmed as stated.", ja: "記事のとおりです。" },
    },
    Fact {
        id: 15,
        article: Text {
            en: "An ALS patient's thoughts became speech at 62 words a minute, \"last year\"",
            ja: "ALS患者の思考が毎分62語の速さで言葉になった（「昨年」）",
        },
        public: Text {
            en: "Willett et al., Nature 620:1031: Stanford team, Blackrock (Utah) arrays, 62 words a minute at a 23.8% word error rate on a 125,000-word vocabulary. Natural speech is about 160.",
            ja: "Willettら（Nature 620:1031）。スタンフォード大学のチームがBlackrock製（ユタ）アレイを使い、12万5000語の語彙で毎分62語、単語誤り率23.8%。自然な会話は毎分約160語。",
        },
        source: "Nature",
        date: "2023-08",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "From 2023, not \"last year\"; the output was text on a screen.",
            ja: "「昨年」ではなく2023年の成果で、出力は画面上の文字でした。",
        },
    },
    Fact {
        id: 16,
        article: Text { en: "About $1B invested in AI so far", ja: "AIへの投資はこれまでに約10億ドル" },
        public: Text { en: "\"More than $1B\".", ja: "「10億ドル超」。" },
        source: "Bloomberg",
        date: "2024-06",
        verdict: Verdict::Confirmed,
        caveat: Text { en: "Confirmed as stated.", ja: "記事のとおりです。" },
    },
    Fact {
        id: 17,
        article: Text {
            en: "In talks to buy a German robotics company for $1.2B, taking the total to $2B",
            ja: "ドイツのロボット企業を12億ドルで買収交渉中、合計は20億ドルに",
        },
        public: Text {
            en: "Tether was reported to lead a EUR 1bn (about $1.16–1.2B) funding round in Neura Robotics.",
            ja: "TetherがNeura Roboticsの10億ユーロ（約11.6億〜12億ドル）の資金調達を主導すると報じられた。",
        },
        source: "Financial Times",
        date: "2025-11-15",
        verdict: Verdict::Disputed,
        caveat: Text {
            en: "A funding round, not an acquisition; and 1 + 1.2 is 2.2, not 2.",
            ja: "買収ではなく資金調達への参加です。また1＋1.2は2ではなく2.2です。",
        },
    },
    Fact {
        id: 18,
        article: Text { en: "Anthropic raised $3.5B in 2024", ja: "Anthropicは2024年に35億ドルを調達" },
        public: Text { en: "The $3.5B Series E closed in March 2025.", ja: "35億ドルのシリーズEは2025年3月。" },
        source: "Anthropic announcement",
        date: "2025-03",
        verdict: Verdict::Wrong,
        caveat: Text { en: "Wrong year: it was 2025.", ja: "年が違います。2025年です。" },
    },
    Fact {
        id: 19,
        article: Text { en: "OpenAI spent $6.7B on R&D in the first half of 2025", ja: "OpenAIは2025年上半期に研究開発へ67億ドルを投じた" },
        public: Text { en: "Reported as stated.", ja: "報道のとおり。" },
        source: "The Information",
        date: "2025-09-30",
        verdict: Verdict::Confirmed,
        caveat: Text { en: "Confirmed as stated.", ja: "記事のとおりです。" },
    },
    Fact {
        id: 20,
        article: Text {
            en: "The Fed is cutting, bill yields fall, and 2024's interest may not repeat",
            ja: "FRBの利下げで利回りが下がり、2024年の利息は再現できないかもしれない",
        },
        public: Text {
            en: "Cuts in Sept/Nov/Dec 2024 and Sept/Oct/Dec 2025 (to 3.50–3.75%). Three-month bill: 4.27% (Dec 2024), 3.63% (mid 2026). 2025 profit fell 23% to $10.09B.",
            ja: "2024年9・11・12月と2025年9・10・12月に利下げ（3.50〜3.75%へ）。3か月物Tビルは4.27%（2024年12月）、3.63%（2026年半ば）。2025年の利益は23%減の100.9億ドル。",
        },
        source: "Federal Reserve; US Treasury; Tether Q4 2025 attestation",
        date: "2026-01-30",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "Growing holdings ($113B to $141B) partly offset the lower rates.",
            ja: "保有額の増加（1130億ドルから1410億ドル）が、利回り低下を一部打ち消しています。",
        },
    },
    Fact {
        id: 21,
        article: Text { en: "Not audited in ten years", ja: "10年間、一度も監査を受けていない" },
        public: Text {
            en: "USDT launched in October 2014; BDO Italia issues quarterly attestations, never a full audit.",
            ja: "USDTの発行開始は2014年10月。BDOイタリアによる四半期ごとのアテステーション（保証報告）のみで、完全な監査はない。",
        },
        source: "Tether transparency page",
        date: "2025-12",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "About eleven years by the end of 2025.",
            ja: "2025年末の時点では約11年です。",
        },
    },
    Fact {
        id: 22,
        article: Text {
            en: "OpenAI expects profit by 2029, Anthropic by 2028; together they lost $10B",
            ja: "OpenAIは2029年、Anthropicは2028年に黒字化の見込み。2社合わせて100億ドルの赤字",
        },
        public: Text {
            en: "Company projections: October 2024; in November 2025, Anthropic break-even in 2028 and OpenAI about 2030.",
            ja: "各社の見通し（2024年10月）。2025年11月時点ではAnthropicが2028年に収支均衡、OpenAIは2030年ごろ。",
        },
        source: "Company projections in press reports",
        date: "2025-11",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "Projections, and already dated: OpenAI's has slipped to about 2030.",
            ja: "あくまで見通しで、すでに古く、OpenAIは2030年ごろにずれ込んでいます。",
        },
    },
    Fact {
        id: 23,
        article: Text {
            en: "Tether's AI slogans: decentralised, run locally, intelligence back to individuals",
            ja: "TetherのAIの標語：分散型、ローカル実行、知能を個人の手に",
        },
        public: Text {
            en: "QVAC, Tether Data's local-first, peer-to-peer AI platform, is marketed this way.",
            ja: "Tether Dataのローカルファースト・P2P型AI基盤「QVAC」の宣伝文句。",
        },
        source: "QVAC / Tether Data",
        date: "2025",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "Marketing claims.",
            ja: "宣伝上の主張です。",
        },
    },
];
