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
    fact7_source: "Tether, Q4 2024 attestation by BDO (31 Jan 2025): about $7B of Treasury and repo interest in 2024. Treasury exposure: $113B at end-2024, $141B at end-2025. USDT pays no interest.",
    fact7_verdict: "Roughly right",
    fact7_caveat: "$7B on $130B implies a 5.38% yield. Measured against the 2024 average holding (about $97B) it is 7.2%, above any bill yield that year (4.3–5.3%), so the $7B must include repo and other income.",
};
