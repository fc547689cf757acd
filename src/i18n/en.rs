//! English strings.

use super::Strings;

/// The English locale.
pub const EN: Strings = Strings {
    site_title: "Tether's printing press",
    site_dek: "How a stablecoin with a small staff earned more than the two biggest AI labs lost, and why it now spends the interest on AI. Every number below is live: change the assumptions and the story recomputes.",
    byline: "An interactive reading of Kuli's article for 深潮 TechFlow (Japanese edition via BlockBeats, December 2025). Figures are checked against public reporting.",
    lang_switch: "日本語",
    lang_switch_label: "Read this page in Japanese",
    fatal_error: "Something went wrong while drawing this page. Reloading usually helps. Details:",

    press_heading: "The printing press",
    press_mechanism: "Buying one USDT means handing Tether one dollar. Tether puts most of those dollars into short-term US Treasury bills, and the bills pay interest. The token itself pays its holder nothing. A bank at least pays something for the deposits it lends out; Tether keeps the whole yield.",
    press_numbers: "Try the dials below. With {holdings} in bills yielding {yield}, the interest comes to {interest} a year. Split across {headcount} employees, that is {per_head} per person, before anyone has written a line of code.",
    press_compare: "That is {cmp} the {article_interest} the article gives for 2024.",
    cmp_more: "more than",
    cmp_less: "less than",
    cmp_same: "about the same as",
    press_holders: "Holders receive {holder_rate}. Every percentage point Tether passed on to them would cost it {cost_per_point} a year; handing over the full bill yield, roughly what a money-market fund does, would give away all {interest}.",

    param_holdings: "Treasury bills held",
    param_yield: "Bill yield",
    param_headcount: "Tether staff",
    param_holder_rate: "Rate paid to holders",
    presets_label: "Yield presets",
    preset_article: "Article, implied {value}",
    preset_avg_2024: "2024 average {value}",
    preset_dec_2024: "Dec 2024 {value}",
    preset_dec_2025: "Dec 2025 {value}",

    chart_interest_title: "Yearly interest at each bill yield",
    chart_interest_x: "Bill yield (%)",
    chart_interest_y: "Interest a year (USD billions)",
    chart_interest_line: "Interest on {holdings} of bills",
    chart_interest_article: "Article, 2024: {interest} at {yield}",
    chart_interest_reader: "Your scenario: {interest} at {yield}",
    chart_interest_tip: "{yield} → {interest}",
    chart_interest_caption: "Interest rises in a straight line with the yield; the slope is the size of the holdings. The diamond is the article's 2024 figure, the circle follows your dials.",
    chart_interest_desc: "Line chart of yearly interest against bill yield for {holdings} of Treasury bills. At your yield of {yield} the interest is {interest} a year.",

    source_label: "Source",
};

/// The label of each parameter's control.
pub fn param_label(p: crate::model::Param) -> &'static str {
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
