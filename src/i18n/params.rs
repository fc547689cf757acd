//! The labels of the parameters' controls, in both languages: short, and
//! always compiled in, apart from `en.rs` and `ja.rs`, which the browser's
//! build leaves out (see `mod.rs`).

/// The label of each parameter's control.
pub fn en(p: crate::model::Param) -> &'static str {
    use crate::model::Param::*;
    match p {
        TetherProfit => "Tether's profit",
        OpenAiRevenue => "OpenAI's revenue",
        OpenAiLoss => "OpenAI's loss",
        AnthropicRevenue => "Anthropic's revenue",
        AnthropicLoss => "Anthropic's loss",
        TetherHeadcount => "Tether staff",
        OpenAiHeadcount => "OpenAI staff",
        TreasuryHoldings => "Treasury bills held",
        BillYield => "Bill yield",
        HolderRate => "Rate paid to holders",
        NorthernDataLoan => "Loan to Northern Data",
        GpuCount => "H100 GPUs",
        GpuPrice => "Price per GPU",
        DatasetTokens => "QVAC Genesis size",
        FinewebTokens => "FineWeb size",
        ImplantsTotal => "People with implants",
        ImplantsBlackrock => "Of them, Blackrock",
        BciWpm => "BCI speed",
        SpeechWpm => "Natural speech",
        InvestNorthernData => "Into Northern Data",
        InvestBlackrock => "Into Blackrock Neurotech",
        InvestOthers => "Other AI bets",
        RoboticsEur => "Robotics round",
        EurUsd => "Euro in dollars",
        AnthropicRaise => "Anthropic's raise",
        OpenAiRnd => "OpenAI R&D, H1 2025",
        OpenAiProfitYear => "OpenAI's first profit",
        AnthropicProfitYear => "Anthropic's first profit",
    }
}

/// 各つまみのラベル。
pub fn ja(p: crate::model::Param) -> &'static str {
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
        BillYield => "米短期国債の利回り",
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
        RoboticsEur => "ロボット企業の調達額",
        EurUsd => "ユーロの対ドル相場",
        AnthropicRaise => "Anthropicの調達額",
        OpenAiRnd => "OpenAIの研究開発費（2025年上半期）",
        OpenAiProfitYear => "OpenAIの黒字化の年",
        AnthropicProfitYear => "Anthropicの黒字化の年",
    }
}
