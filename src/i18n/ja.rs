//! 日本語の文言。

use super::Strings;

/// The Japanese locale.
pub const JA: Strings = Strings {
    site_title: "Tetherの「輪転機」",
    site_dek: "社員わずか百数十人のステーブルコイン企業が、AI大手2社の赤字を合わせた額より多く稼ぎ、その利息をAIにつぎ込んでいる。以下の数字はすべて前提から計算し直されます。前提を動かすと、話の中身も変わります。",
    byline: "深潮 TechFlow に掲載された Kuli 氏の記事（BlockBeats による日本語版、2025年12月）を、数字を動かしながら読み解くページです。数字は公開情報と突き合わせています。",
    lang_switch: "English",
    lang_switch_label: "英語で読む",
    fatal_error: "ページの描画中に問題が起きました。再読み込みすると直ることがあります。詳細：",

    press_heading: "輪転機のしくみ",
    press_mechanism: "USDTを1枚買うことは、Tetherに1ドルを渡すことです。Tetherはそのドルの大半を短期の米国債（Tビル）に替え、利息を受け取ります。一方、トークンを持っている人には利息が一切つきません。銀行なら預金に少しは利息を払いますが、Tetherは利回りをまるごと手元に残します。",
    press_numbers: "下のつまみを動かしてみてください。{holdings}の米国債を利回り{yield}で運用すると、利息は年{interest}。社員{headcount}人で割れば、一人あたり{per_head}です。コードを1行も書かないうちに、この金額が入ってきます。",
    press_compare: "記事が2024年の数字として挙げる{article_interest}{cmp}。",
    cmp_more: "を上回ります",
    cmp_less: "を下回ります",
    cmp_same: "とほぼ同じです",
    press_holders: "保有者が受け取る利率は{holder_rate}。1ポイント分を還元するだけでTetherには年{cost_per_point}の負担になり、MMFのように利回りをほぼそのまま渡せば、{interest}がそっくりなくなります。",

    param_holdings: "米国債の保有額",
    param_yield: "Tビル利回り",
    param_headcount: "Tetherの社員数",
    param_holder_rate: "保有者への利率",
    presets_label: "利回りのプリセット",
    preset_article: "記事から逆算 {value}",
    preset_avg_2024: "2024年平均 {value}",
    preset_dec_2024: "2024年12月 {value}",
    preset_dec_2025: "2025年12月 {value}",

    chart_interest_title: "利回り別の年間利息",
    chart_interest_x: "Tビル利回り（%）",
    chart_interest_y: "年間利息（億ドル）",
    chart_interest_line: "米国債{holdings}の利息",
    chart_interest_article: "記事（2024年）：利回り{yield}で{interest}",
    chart_interest_reader: "あなたの設定：利回り{yield}で{interest}",
    chart_interest_tip: "{yield} → {interest}",
    chart_interest_caption: "利息は利回りに比例して一直線に増え、その傾きが保有額の大きさを表します。ひし形は記事の2024年の数字、丸はつまみに合わせて動きます。",
    chart_interest_desc: "米国債{holdings}について、利回りと年間利息の関係を示す折れ線グラフ。設定中の利回り{yield}では、利息は年{interest}です。",

    source_label: "出典",
};

/// 各つまみのラベル。
pub fn param_label(p: crate::model::Param) -> &'static str {
    use crate::model::Param::*;
    match p {
        TetherProfit => "Tetherの利益",
        OpenAiRevenue => "OpenAIの売上",
        OpenAiLoss => "OpenAIの赤字",
        AnthropicRevenue => "Anthropicの売上",
        AnthropicLoss => "Anthropicの赤字",
        TetherHeadcount => "Tetherの社員数",
        OpenAiHeadcount => "OpenAIの社員数",
        TreasuryHoldings => "米国債の保有額",
        BillYield => "Tビル利回り",
        HolderRate => "保有者への利率",
        NorthernDataLoan => "Northern Dataへの融資",
        GpuCount => "H100の基数",
        GpuPrice => "GPU1基の価格",
        DatasetTokens => "QVAC Genesisの規模",
        FinewebTokens => "FineWebの規模",
        ImplantsTotal => "埋め込み手術を受けた人",
        ImplantsBlackrock => "うちBlackrock製",
        BciWpm => "BCIの速さ",
        SpeechWpm => "ふつうの会話",
        InvestNorthernData => "Northern Dataへ",
        InvestBlackrock => "Blackrock Neurotechへ",
        InvestOthers => "その他のAI投資",
        RoboticsEur => "ロボット企業への出資",
        EurUsd => "ユーロの対ドル相場",
        AnthropicRaise => "Anthropicの調達額",
        OpenAiRnd => "OpenAIの研究開発費（2025年上半期）",
        OpenAiProfitYear => "OpenAIの黒字化",
        AnthropicProfitYear => "Anthropicの黒字化",
    }
}
