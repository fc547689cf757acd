//! The sources registry: every figure the article uses (the 23 rows of
//! ../shared/facts.md), what public reporting says, and a verdict.
//!
//! This is data, not prose for a particular view: the fact layer, the sources
//! section and the tests all read it.
//!
//! Japanese texts follow one number style: sums and large counts in
//! 万/億/兆 units, mixed where needed and never with a decimal point in front
//! of a unit (6億1000万ドル, 100億9000万ドル); below 10,000 no thousands
//! separator (3000人); decimals only in percentages, ratios and rates (5.38%,
//! 70.3倍). A native test holds every `ja` text to it.

/// A short text in both languages of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Japanese.
    pub ja: &'static str,
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
    /// The article's inputs do not give its result: the number is wrong as
    /// the article computes it, though other inputs could give it.
    WrongAsComputed,
    /// No public source could be found either way.
    Unverifiable,
}

impl Verdict {
    /// Every verdict.
    pub const ALL: [Verdict; 6] = [
        Verdict::Confirmed,
        Verdict::RoughlyRight,
        Verdict::Disputed,
        Verdict::Wrong,
        Verdict::WrongAsComputed,
        Verdict::Unverifiable,
    ];

    /// The verdict's label.
    pub const fn label(self) -> Text {
        match self {
            Verdict::Confirmed => Text { en: "Confirmed", ja: "確認済み" },
            Verdict::RoughlyRight => Text { en: "Roughly right", ja: "おおむね正しい" },
            Verdict::Disputed => Text { en: "Disputed", ja: "異論あり" },
            Verdict::Wrong => Text { en: "Wrong", ja: "誤り" },
            Verdict::WrongAsComputed => Text { en: "Wrong as computed", ja: "計算が誤り" },
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
            ja: "アテステーションの表現は「130億ドル超」。内訳は米国債とレポの利息が約70億ドル、ビットコインと金の含み益が約50億ドル、その他が約10億ドル。2025年の利益は100億9000万ドル。",
        },
        links: &[],
        source: Text { en: "Tether Q4 2024 attestation (BDO)", ja: "Tetherの2024年第4四半期アテステーション（BDO）" },
        date: "2025-01-31",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "About $5B of it is a paper gain on bitcoin and gold, not cash. Other reports give $13.4B, $13.7B or $14B; this page keeps the attestation's \"over $13B\".",
            ja: "うち約50億ドルはビットコインと金の値上がりによる含み益で、現金が入ってきたわけではありません。134億ドル、137億ドル、140億ドルとする報道もありますが、このページはアテステーションの「130億ドル超」に従います。",
        },
    },
    Fact {
        id: 2,
        article: Text { en: "OpenAI 2024: revenue $3.7B, loss $5B", ja: "OpenAIの2024年は売上37億ドル、赤字50億ドル" },
        public: Text {
            en: "Reported in September 2024 as a projection, excluding stock compensation; later reporting put the 2024 loss at $5.1B.",
            ja: "2024年9月に、株式報酬を除いた見通しとして報じられた数字。その後の報道では、2024年の赤字は51億ドルとされている。",
        },
        links: &[],
        source: Text { en: "The New York Times", ja: "ニューヨーク・タイムズ" },
        date: "2024-09",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "A projection at the time it was reported. For 2025, the revenue usually cited, about $13B, was OpenAI's target; $13.07B from its accounts was reported in June 2026 from a leak, and is unconfirmed.",
            ja: "報道の時点では見通しにすぎません。2025年の売上としてよく挙がる約130億ドルは同社の目標です。2026年6月には、流出した決算資料をもとに130億7000万ドルと報じられましたが、裏付けはとれていません。",
        },
    },
    Fact {
        id: 3,
        article: Text { en: "Anthropic 2024: revenue $1B, loss $5B", ja: "Anthropicの2024年は売上10億ドル、赤字50億ドル" },
        public: Text {
            en: "$1B was the annualised revenue run-rate at the end of 2024. The reported projection of 2024 cash burn was about $2.7B.",
            ja: "10億ドルは、2024年末の売上ペースを1年分に換算した数字。2024年の資金流出は約27億ドルになる見通しと報じられた。",
        },
        links: &[],
        source: Text { en: "The Information", ja: "The Information" },
        date: "2024-07",
        verdict: Verdict::Disputed,
        caveat: Text {
            en: "No public source gives a $5B loss; the reported figure is about $2.7B of burn.",
            ja: "赤字50億ドルの裏付けとなる公開情報は見当たりません。報じられているのは約27億ドルの資金流出です。",
        },
    },
    Fact {
        id: 4,
        article: Text {
            en: "The two labs together lost $10B, less than Tether's $13B profit",
            ja: "2社の赤字を合わせても100億ドルで、Tetherが1年で稼いだ130億ドルに届かない",
        },
        public: Text {
            en: "Holds with the article's own inputs: 5 + 5 = 10 < 13. With Anthropic's reported $2.7B of cash burn instead, the two come to $7.7B.",
            ja: "記事の数字どおりなら成り立つ（50億＋50億＝100億ドルで、130億ドルより少ない）。Anthropicについて報じられた資金流出27億ドルを使うと、2社の合計は77億ドル。",
        },
        links: &[],
        source: Text { en: "Arithmetic on rows 1–3", ja: "1〜3番からの計算" },
        date: "2025-12",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "Against Tether's recurring interest ($7B) rather than its whole profit, the losses are larger.",
            ja: "利益全体ではなく、毎年入ってくる利息（70億ドル）と比べれば、赤字のほうが大きくなります。",
        },
    },
    Fact {
        id: 5,
        article: Text { en: "Headcount: Tether about 150, OpenAI over 3,000", ja: "社員数はTetherが約150人、OpenAIが3000人超" },
        public: Text {
            en: "Tether: just over 100 (Aug 2024), 150 (May 2025); for early 2026, about 250 (January) and about 300 (February) are both reported. OpenAI: over 1,700 (Sept 2024), about 4,500 (Mar 2026).",
            ja: "Tetherは100人強（2024年8月）、150人（2025年5月）。2026年初めについては、約250人（1月）と約300人（2月）の両方が報じられている。OpenAIは1700人超（2024年9月）、約4500人（2026年3月）。",
        },
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
        source: Text { en: "other press reports", ja: "その他の報道" },
        date: "2025-05",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "It sets 2024 money against 2025 headcounts.",
            ja: "2024年の金額を、2025年の社員数で割っています。",
        },
    },
    Fact {
        id: 6,
        article: Text { en: "Per-person productivity gap: about 60x", ja: "一人あたりの生産性の差は約60倍" },
        public: Text {
            en: "From the article's own inputs: $86.7M profit per head against $1.23M revenue per head is 70.3x; on interest alone it is 37.8x. 60x does follow from OpenAI's first-half 2025 revenue ($4.3B) over 3,000 staff.",
            ja: "記事の数字で計算すると、一人あたり利益8670万ドルに対し、一人あたり売上は123万ドルで、差は70.3倍。利息だけなら37.8倍。約60倍になるのは、OpenAIの2025年上半期の売上（43億ドル）を3000人で割った場合。",
        },
        links: &[],
        source: Text { en: "Arithmetic on rows 1, 2, 5 and 7", ja: "1・2・5・7番からの計算" },
        date: "2025-12",
        verdict: Verdict::WrongAsComputed,
        caveat: Text {
            en: "It divides Tether's profit by OpenAI's revenue; OpenAI's profit per head is negative.",
            ja: "Tetherの「利益」とOpenAIの「売上」を比べています。OpenAIの一人あたり利益はマイナスです。",
        },
    },
    Fact {
        id: 7,
        article: Text {
            en: "$7B of interest in 2024, on over $130B of Treasuries; holders get 0%",
            ja: "2024年の利息は70億ドル、米国債の保有は1300億ドル超で、保有者の取り分はゼロ",
        },
        public: Text {
            en: "Tether's own figure. Treasury exposure: $80.7B end-2023, $97.6B mid-2024, $113B end-2024, $135B Q3 2025, $141B end-2025. USDT pays no interest.",
            ja: "Tether自身が公表した数字。米国債の保有額は2023年末807億ドル、2024年半ば976億ドル、2024年末1130億ドル、2025年第3四半期1350億ドル、2025年末1410億ドル。USDTに利息はつかない。",
        },
        links: &[Link { url: "https://www.axios.com/2024/01/31/tether-usdt-stablecoin-attestation", name: "Axios" }],
        source: Text { en: "Tether quarterly attestations (BDO)", ja: "Tetherの四半期アテステーション（BDO）" },
        date: "2025-01-31",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "$7B on $130B implies 5.38%; on the 2024 average holding (about $97B) it is 7.2%, above any 2024 bill yield, so the $7B includes repo and other income.",
            ja: "1300億ドルで70億ドルなら利回りは5.38%。2024年の平均保有額（約970億ドル）で割ると7.2%で、この年のどのTビル利回りよりも高く、レポ取引などほかの収益も含まれているとみられます。",
        },
    },
    Fact {
        id: 8,
        article: Text { en: "A loan of over $600M to Northern Data", ja: "Northern Dataへの6億ドル超の融資" },
        public: Text {
            en: "An unsecured facility of EUR 575M (about $610M) running to 1 January 2030, announced 2 November 2023; later cited as EUR 610M, and as EUR 603M in Rumble's 2026 filing on its Northern Data deal. Tether is also the majority owner.",
            ja: "2023年11月2日に発表された、2030年1月1日までの無担保融資枠5億7500万ユーロ（約6億1000万ドル）。のちに6億1000万ユーロとも伝えられ、RumbleがNorthern Dataの買収について2026年に提出した書類では6億300万ユーロとされている。TetherはNorthern Dataの株式の過半を持つ親会社でもある。",
        },
        links: &[Link {
            url: "https://gleisslutz.com/en/news-events/mandates-firm-news/gleiss-lutz-advises-northern-data-further-financing-measures",
            name: "Gleiss Lutz",
        }],
        source: Text { en: "", ja: "" },
        date: "2023-11-02",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "Rumble agreed to buy Northern Data in late 2025; its exchange offer for Northern Data's shares ran from 13 April to 9 May 2026.",
            ja: "2025年末、RumbleがNorthern Dataの買収で合意しました。自社株と引き換えにNorthern Dataの株式を買い取る公開買付けは、2026年4月13日から5月9日まで行われました。",
        },
    },
    Fact {
        id: 9,
        article: Text {
            en: "Europe's largest GPU cloud: over 10,000 H100s at $20k–30k each; 26th on the TOP500",
            ja: "欧州最大のGPUクラウドで、H100は1万基超、1基2万〜3万ドル。TOP500で26位",
        },
        public: Text {
            en: "10,000 H100s bought in 2023 for $420M (about $42k each); about 20,480 H100s and 2,048 H200s by August 2025. The TOP500 rank could not be verified.",
            ja: "2023年にH100を1万基、4億2000万ドル（1基あたり約4万2000ドル）で購入。2025年8月時点ではH100が約2万480基、H200が2048基。TOP500の順位は確かめられなかった。",
        },
        links: &[],
        source: Text { en: "Northern Data reports", ja: "Northern Dataの発表" },
        date: "2025-08",
        verdict: Verdict::Disputed,
        caveat: Text {
            en: "The count is understated, the unit price is below the 2023 deal price, and the rank is unverified.",
            ja: "数は実際より少なく、単価は2023年の購入価格を下回り、順位は確認できていません。",
        },
    },
    Fact {
        id: 10,
        article: Text {
            en: "QVAC Genesis: 19 disciplines, the world's largest open AI training dataset, free",
            ja: "QVAC Genesisは19分野にわたる世界最大のオープンなAI学習データセットで、無償で公開",
        },
        public: Text {
            en: "Genesis I (Oct 2025): 40.9B tokens in 5 domains, under CC-BY-NC-4.0. Genesis II (19 Dec 2025) adds 107B tokens: 148B tokens in all, and 19 domains with both releases.",
            ja: "Genesis I（2025年10月）は5分野・409億トークンで、ライセンスはCC-BY-NC-4.0。Genesis II（2025年12月19日）で1070億トークンが加わり、2つを合わせて1480億トークン、19分野になる。",
        },
        links: &[],
        source: Text { en: "Tether Data / QVAC releases", ja: "Tether Data／QVACの公開情報" },
        date: "2025-12-19",
        verdict: Verdict::Disputed,
        caveat: Text {
            en: "The overstatement is the article's: Tether itself claims only the largest synthetic educational dataset, and FineWeb (15T tokens) is about 100x larger. Genesis I is non-commercial.",
            ja: "「世界最大」は記事の誇張です。Tether自身の主張は「合成された教育用データセットとして最大」にとどまり、FineWeb（15兆トークン）はその約100倍の規模です。Genesis Iは商用利用できません。",
        },
    },
    Fact {
        id: 11,
        article: Text { en: "$200M into Blackrock Neurotech, April 2024, as major shareholder", ja: "2024年4月、Blackrock Neurotechに2億ドルを出資して大株主に" },
        public: Text {
            en: "Announced 29 April 2024 through Tether Evo, at a valuation of about $350M.",
            ja: "2024年4月29日、Tether Evoを通じた出資として発表。評価額は約3億5000万ドル。",
        },
        links: &[],
        source: Text { en: "Tether announcement", ja: "Tetherの発表" },
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
        links: &[],
        source: Text { en: "Company histories", ja: "各社の沿革" },
        date: "2016",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "The Utah array it sells was first implanted in a person in 2004.",
            ja: "同社が扱うユタアレイが初めて人に埋め込まれたのは、それより前の2004年です。",
        },
    },
    Fact {
        id: 13,
        article: Text { en: "35 people have BCI implants; 31 use Blackrock", ja: "BCIを埋め込んだ人は世界で35人、うち31人がBlackrock製" },
        public: Text {
            en: "The closest public figures are 28 of 30 (2021) and \"more than 40\" (Tether, 2024). For Blackrock arrays, \"more than 30\" (Feb 2023) and \"about 50 people\" (2023) are also reported.",
            ja: "近い公開情報は「30人中28人」（2021年）と「40人超」（Tether、2024年）。Blackrock製アレイについては「30人超」（2023年2月）や「約50人」（2023年）という数字も出ている。",
        },
        links: &[],
        source: Text { en: "Company marketing", ja: "会社の宣伝資料" },
        date: "2024",
        verdict: Verdict::Unverifiable,
        caveat: Text {
            en: "The article's 35 and 31 are one count among several, and every one of them comes from the companies; none is independent.",
            ja: "記事の35人・31人は出回っている数字の一つにすぎず、どれも企業側の発表です。独立した集計はありません。",
        },
    },
    Fact {
        id: 14,
        article: Text {
            en: "2016: a paralysed man fist-bumped President Obama with a robotic arm, and felt it",
            ja: "2016年、まひのある男性がロボットアームでオバマ大統領とグータッチし、その感触もあった",
        },
        public: Text {
            en: "Nathan Copeland, 13 October 2016, Pittsburgh.",
            ja: "ネイサン・コープランド氏。2016年10月13日、ピッツバーグでの出来事。",
        },
        links: &[Link {
            url: "http://pittsburgh.cbslocal.com/2016/10/13/president-obama-shakes-revolutionary-robotic-hand-of-paralyzed-man/",
            name: "CBS Pittsburgh",
        }],
        source: Text { en: "", ja: "" },
        date: "2016-10-13",
        verdict: Verdict::Confirmed,
        caveat: Text { en: "Confirmed as stated.", ja: "記事のとおりです。" },
    },
    Fact {
        id: 15,
        article: Text {
            en: "An ALS patient's thoughts became speech at 62 words a minute, \"last year\"",
            ja: "ALS患者が思い浮かべた言葉を、毎分62語の速さで音声に変えた（「昨年」）",
        },
        public: Text {
            en: "Willett et al., Nature 620:1031: Stanford team, Blackrock (Utah) arrays, 62 words a minute at a 23.8% word error rate on a 125,000-word vocabulary. Natural speech is about 160.",
            ja: "Willettら（Nature 620:1031）。スタンフォード大学のチームがBlackrock製のユタアレイを使い、12万5000語の語彙で毎分62語を達成。単語の誤り率は23.8%。ふだんの会話は毎分約160語。",
        },
        links: &[Link { url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC10468393", name: "PubMed Central (PMC)" }],
        source: Text { en: "", ja: "" },
        date: "2023-08",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "From 2023, not \"last year\"; the output was text on a screen.",
            ja: "「昨年」ではなく2023年の成果で、出力は声ではなく画面上の文字でした。",
        },
    },
    Fact {
        id: 16,
        article: Text { en: "About $1B invested in AI so far", ja: "AIへの投資はこれまでに約10億ドル" },
        public: Text { en: "\"More than $1B\".", ja: "「10億ドル超」と報じられた。" },
        links: &[],
        source: Text { en: "Bloomberg", ja: "Bloomberg" },
        date: "2024-06",
        verdict: Verdict::Confirmed,
        caveat: Text { en: "Confirmed as stated.", ja: "記事のとおりです。" },
    },
    Fact {
        id: 17,
        article: Text {
            en: "In talks to buy a German robotics company for $1.2B, taking the total to $2B",
            ja: "ドイツのロボット企業を12億ドルで買収する交渉中で、合計は20億ドルに",
        },
        public: Text {
            en: "Tether was reported to lead a EUR 1bn (about $1.16–1.2B) funding round in Neura Robotics.",
            ja: "TetherがNeura Roboticsの10億ユーロ（約11億6000万〜12億ドル）の資金調達を主導すると報じられた。",
        },
        links: &[],
        source: Text { en: "Financial Times", ja: "フィナンシャル・タイムズ" },
        date: "2025-11-15",
        verdict: Verdict::Disputed,
        caveat: Text {
            en: "A funding round, not an acquisition; and 1 + 1.2 is 2.2, not 2.",
            ja: "買収ではなく、資金調達への参加です。また、10億ドルと12億ドルを足せば20億ドルではなく22億ドルです。",
        },
    },
    Fact {
        id: 18,
        article: Text { en: "Anthropic raised $3.5B in 2024", ja: "Anthropicは2024年に35億ドルを調達" },
        public: Text { en: "The $3.5B Series E closed in March 2025.", ja: "35億ドルのシリーズEは2025年3月のこと。" },
        links: &[Link {
            url: "https://www.techtarget.com/searchenterpriseai/news/366619898/AI-startup-Anthropic-raises-35-billion",
            name: "TechTarget",
        }],
        source: Text { en: "", ja: "" },
        date: "2025-03",
        verdict: Verdict::Wrong,
        caveat: Text { en: "Wrong year: it was 2025.", ja: "年が違います。正しくは2025年です。" },
    },
    Fact {
        id: 19,
        article: Text { en: "OpenAI spent $6.7B on R&D in the first half of 2025", ja: "OpenAIは2025年上半期に研究開発へ67億ドルを投じた" },
        public: Text { en: "Reported as stated.", ja: "記事のとおりに報じられている。" },
        links: &[],
        source: Text { en: "The Information", ja: "The Information" },
        date: "2025-09-30",
        verdict: Verdict::Confirmed,
        caveat: Text { en: "Confirmed as stated.", ja: "記事のとおりです。" },
    },
    Fact {
        id: 20,
        article: Text {
            en: "The Fed is cutting, bill yields fall, and 2024's interest may not repeat",
            ja: "FRBの利下げで利回りが下がり、2024年ほどの利息はもう得られないかもしれない",
        },
        public: Text {
            en: "Cuts in Sept/Nov/Dec 2024 and Sept/Oct/Dec 2025 (to 3.50–3.75%); the Fed then held that range at its January, April and June 2026 meetings. Three-month bill: 4.27% (Dec 2024), 3.63% (2 June 2026). 2025 profit fell 23% to $10.09B.",
            ja: "2024年9・11・12月と2025年9・10・12月に利下げがあり、政策金利は3.50〜3.75%に。2026年は1月・4月・6月の会合でこの水準が据え置かれた。3か月物Tビルの利回りは4.27%（2024年12月）、3.63%（2026年6月2日）。2025年の利益は23%減の100億9000万ドル。",
        },
        links: &[
            Link { url: "https://alfred.stlouisfed.org/series?seid=TB3MS", name: "ALFRED (3-month bill, monthly)" },
            Link {
                url: "https://bankingjournal.aba.com/2025/12/fomc-lowers-rates-by-25-basis-points-3/",
                name: "ABA Banking Journal",
            },
        ],
        source: Text { en: "FRED (daily bill rate); reports on the 2026 Fed meetings; Tether Q4 2025 attestation", ja: "FRED（Tビルの日次利回り）、2026年のFOMCに関する報道、Tetherの2025年第4四半期アテステーション" },
        date: "2026-06-02",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "Growing holdings ($113B to $141B) partly offset the lower rates. Rates fell through 2024 and 2025, then held (as of June 2026).",
            ja: "保有額が1130億ドルから1410億ドルに増えたことで、利回りの低下は一部埋め合わされています。金利が下がったのは2024年と2025年で、2026年6月時点では据え置きが続いています。",
        },
    },
    Fact {
        id: 21,
        article: Text { en: "Not audited in ten years", ja: "10年間、一度も監査を受けていない" },
        public: Text {
            en: "USDT launched in October 2014; BDO Italia issues quarterly attestations, never a full audit.",
            ja: "USDTの発行開始は2014年10月。BDOイタリアが四半期ごとにアテステーション（保証報告）を出しているだけで、正式な監査は一度も受けていない。",
        },
        links: &[Link {
            url: "https://forkast.news/tether-nets-us4-52-bln-q1-profit-from-investments/",
            name: "Forkast",
        }],
        source: Text { en: "", ja: "" },
        date: "2025-12",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "About eleven years by the end of 2025. In 2026 Tether reported engaging a Big Four firm for its first full audit (the date is unconfirmed); at the article's date the claim still held.",
            ja: "2025年末の時点では約11年です。Tetherは2026年、4大監査法人の1社に初めて正式な監査を依頼したと発表しました（時期は未確認）。記事が出た時点では、監査を受けていないという指摘は当たっていました。",
        },
    },
    Fact {
        id: 22,
        article: Text {
            en: "OpenAI expects profit by 2029, Anthropic by 2028; together they lost $10B",
            ja: "OpenAIは2029年、Anthropicは2028年に黒字化する見込みで、2社合わせて100億ドルの赤字",
        },
        public: Text {
            en: "Company projections: October 2024; in November 2025, Anthropic break-even in 2028 and OpenAI about 2030.",
            ja: "2024年10月時点の各社の見通し。2025年11月の報道では、Anthropicの収支が均衡するのは2028年、OpenAIは2030年ごろとされた。",
        },
        links: &[Link {
            url: "https://apps.digitimes.com/news/a20251113PD207/anthropic-openai-2028-startup-revenue.html",
            name: "DIGITIMES",
        }],
        source: Text { en: "other press reports (October 2024)", ja: "その他の報道（2024年10月）" },
        date: "2025-11",
        verdict: Verdict::RoughlyRight,
        caveat: Text {
            en: "Projections, and already dated: OpenAI's has slipped to about 2030.",
            ja: "どれも見通しにすぎず、すでに古くなっています。OpenAIの黒字化は2030年ごろにずれ込みました。",
        },
    },
    Fact {
        id: 23,
        article: Text {
            en: "Tether's AI slogans: decentralised, run locally, intelligence back to individuals",
            ja: "TetherがAIで掲げる標語は「分散型」「ローカル実行」「知能を個人の手に」",
        },
        public: Text {
            en: "QVAC, Tether Data's local-first, peer-to-peer AI platform, is marketed this way.",
            ja: "Tether Dataが手がける、端末上での処理とP2P通信を軸にしたAI基盤「QVAC」の宣伝文句。",
        },
        links: &[],
        source: Text { en: "QVAC / Tether Data", ja: "QVAC／Tether Data" },
        date: "2025",
        verdict: Verdict::Confirmed,
        caveat: Text {
            en: "Marketing claims.",
            ja: "宣伝上の主張です。",
        },
    },
];
