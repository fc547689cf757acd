//! Charts over years or sums: income along the rate path, the AI portfolio
//! waterfall, and the race between the labs' losses and Tether's interest.

use charming::{
    component::Axis,
    datatype::DataPointItem,
    element::{AreaStyle, AxisLabel, AxisType, ItemStyle, LineStyle, LineStyleType, Symbol, Trigger},
    series::{Bar, Line},
    Chart,
};

use super::bars::money_name;
use super::common::{value_axis, base, big_money, chart_value, default_grid};
use super::palette;
use crate::i18n::{
    fill,
    format::{pct, usd, Style},
    Lang,
};
use crate::model::{interest_usd, Assumptions, Figures, YieldPath};


/// Interest income each year, 2024–2030, on the chosen yield path, with the
/// article's rate held flat as a dashed reference.
pub fn rates(a: &Assumptions, f: &Figures, lang: Lang) -> Chart {
    let s = lang.strings();
    let m = big_money(lang);
    let years: Vec<String> = f.income_path.iter().map(|y| y.year.to_string()).collect();
    let bars: Vec<DataPointItem> = f
        .income_path
        .iter()
        .map(|y| {
            let tip = fill(
                s.chart_rates_tip,
                &[
                    ("year", &y.year.to_string()),
                    ("yield", &pct(lang, y.yield_pct, 2)),
                    ("interest", &usd(lang, y.interest_usd, Style::Short)),
                ],
            );
            DataPointItem::new(chart_value(y.interest_usd / m.per_unit)).name(tip)
        })
        .collect();
    let flat = YieldPath::Article.values();
    let reference: Vec<DataPointItem> = flat
        .iter()
        .zip(&f.income_path)
        .map(|(y, row)| {
            let v = interest_usd(a.treasury_holdings_bn, *y);
            DataPointItem::new(chart_value(v / m.per_unit)).name(fill(
                s.chart_rates_tip,
                &[("year", &row.year.to_string()), ("yield", &pct(lang, *y, 2)), ("interest", &usd(lang, v, Style::Short))],
            ))
        })
        .collect();
    let holdings = usd(lang, a.treasury_holdings_bn * 1e9, Style::Short);
    base(s.chart_rates_title, Trigger::Item, "{b}", default_grid())
        .x_axis(Axis::new().type_(AxisType::Category).data(years))
        .y_axis(value_axis(s.chart_rates_y, m.label).min(0).max(if lang == Lang::En { 12 } else { 120 }))
        .series(
            Bar::new()
                .name(fill(s.chart_rates_series, &[("holdings", &holdings)]))
                .item_style(ItemStyle::new().color(palette::READER))
                .data(bars),
        )
        .series(
            Line::new()
                .name(s.chart_rates_article)
                .symbol(Symbol::Diamond)
                .symbol_size(8)
                .line_style(LineStyle::new().color(palette::TETHER).width(2).type_(LineStyleType::Dashed))
                .item_style(ItemStyle::new().color(palette::TETHER))
                .data(reference),
        )
}

/// Tether's AI commitments stacked up to a total, beside one Anthropic raise
/// and OpenAI's half-year R&D.
pub fn portfolio(a: &Assumptions, f: &Figures, lang: Lang) -> Chart {
    let s = lang.strings();
    let m = big_money(lang);
    let v = |x: f64| chart_value(x / m.per_unit);
    let steps = [
        (s.chart_portfolio_nd, a.invest_northern_data_musd * 1e6),
        (s.chart_portfolio_br, a.invest_blackrock_musd * 1e6),
        (s.chart_portfolio_others, a.invest_others_musd * 1e6),
        (s.chart_portfolio_robotics, f.robotics_usd),
    ];
    let mut names: Vec<String> = Vec::new();
    let mut bases: Vec<DataPointItem> = Vec::new();
    let mut values: Vec<DataPointItem> = Vec::new();
    let mut running = 0.0;
    for (label, amount) in steps {
        names.push(label.to_string());
        bases.push(DataPointItem::new(v(running)));
        values.push(
            DataPointItem::new(v(amount))
                .name(money_name(lang, label, amount))
                .item_style(ItemStyle::new().color(palette::TETHER)),
        );
        running += amount;
    }
    for (label, amount, color) in [
        (s.chart_portfolio_total, f.portfolio_usd, palette::TETHER_DARK),
        (s.chart_portfolio_raise, f.anthropic_raise_usd, palette::CONTEXT),
        (s.chart_portfolio_rnd, f.openai_rnd_h1_usd, palette::CONTEXT),
    ] {
        names.push(label.to_string());
        bases.push(DataPointItem::new(0));
        values.push(DataPointItem::new(v(amount)).name(money_name(lang, label, amount)).item_style(ItemStyle::new().color(color)));
    }
    // Horizontal bars: seven long names read down the side at any width,
    // where under the bars they would have to turn or collide.
    base(
        s.chart_portfolio_title,
        Trigger::Item,
        "{b}",
        charming::component::Grid::new().left(8).right(24).top(64).bottom(40).contain_label(true),
    )
    .legend(charming::component::Legend::new().show(false))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(names)
                .axis_label(AxisLabel::new().interval(0)),
        )
        .x_axis(
            value_axis(s.chart_portfolio_y, m.label)
                .min(0)
                .name_location(charming::element::NameLocation::Middle)
                .name_gap(28)
                .name_text_style(charming::element::TextStyle::new().align("center")),
        )
        .series(
            Bar::new()
                .name("base")
                .stack("waterfall")
                .item_style(ItemStyle::new().color("transparent").border_color("transparent"))
                .data(bases),
        )
        .series(Bar::new().name(s.chart_portfolio_title).stack("waterfall").data(values))
}

/// Cumulative lab losses (stacked areas) against Tether's cumulative interest
/// (a line), from 2025 until the later profitability year.
pub fn race(f: &Figures, lang: Lang) -> Chart {
    let s = lang.strings();
    let m = big_money(lang);
    let v = |x: f64| chart_value(x / m.per_unit);
    let years: Vec<String> = f.race.iter().map(|r| r.year.to_string()).collect();
    let named = |label: &str, x: f64, year: i32| {
        DataPointItem::new(v(x)).name(format!("{year} · {}", money_name(lang, label, x)))
    };
    base(s.chart_model_title, Trigger::Item, "{b}", default_grid())
        .x_axis(Axis::new().type_(AxisType::Category).boundary_gap(false).data(years))
        .y_axis(value_axis(s.chart_model_y, m.label).min(0))
        .series(
            Line::new()
                .name(s.chart_model_openai)
                .stack("labs")
                .symbol(Symbol::Rect)
                .area_style(AreaStyle::new().color(palette::LOSS).opacity(0.35))
                .line_style(LineStyle::new().color(palette::LOSS))
                .item_style(ItemStyle::new().color(palette::LOSS))
                .data(f.race.iter().map(|r| named(s.chart_model_openai, r.openai_losses_usd, r.year)).collect()),
        )
        .series(
            Line::new()
                .name(s.chart_model_anthropic)
                .stack("labs")
                .symbol(Symbol::Triangle)
                .area_style(AreaStyle::new().color(palette::LOSS_LIGHT).opacity(0.35))
                .line_style(LineStyle::new().color(palette::LOSS_LIGHT))
                .item_style(ItemStyle::new().color(palette::LOSS_LIGHT))
                .data(f.race.iter().map(|r| named(s.chart_model_anthropic, r.anthropic_losses_usd, r.year)).collect()),
        )
        .series(
            Line::new()
                .name(s.chart_model_tether)
                .symbol(Symbol::Diamond)
                .symbol_size(9)
                .line_style(LineStyle::new().color(palette::TETHER).width(3))
                .item_style(ItemStyle::new().color(palette::TETHER))
                .data(f.race.iter().map(|r| named(s.chart_model_tether, r.tether_interest_usd, r.year)).collect()),
        )
}
