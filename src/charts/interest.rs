//! "Yearly interest at each bill yield" (printing-press section).

use charming::{
    component::{Axis, Grid, Legend, Title},
    element::TextStyle,
    element::{
        AxisLabel, AxisType, Formatter, ItemStyle, LineStyle, LineStyleType, NameLocation, Symbol, Tooltip,
        Trigger,
    },
    series::Line,
    datatype::DataPointItem,
    Chart,
};

use super::READER_SERIES;
use super::{nice_ceil, palette, round4};
use crate::i18n::{fill, format::{pct, usd, Style}, Lang};
use crate::model::{interest_usd, Assumptions, Figures, Param, ARTICLE_HOLDINGS_BN};

/// Yield step between points of the line, in percent.
const STEP_PCT: f64 = 0.25;

/// Money on the y axis is shown in the language's natural unit: billions of
/// dollars in English, 億ドル (hundreds of millions) in Japanese.
fn money_axis(lang: Lang) -> (f64, &'static str) {
    match lang {
        Lang::En => (1e9, "${value}B"),
        Lang::Ja => (1e8, "{value}億"),
    }
}

/// Interest income against bill yield for the reader's holdings, with the
/// article's 2024 point and the reader's current point.
pub fn interest_vs_yield(a: &Assumptions, f: &Figures, lang: Lang) -> Chart {
    let s = lang.strings();
    let (scale, axis_fmt) = money_axis(lang);
    let spec = Param::BillYield.spec();
    // A fixed axis, so the line visibly tilts as the reader moves the dials.
    let max_y = nice_ceil(interest_usd(Param::TreasuryHoldings.spec().max, spec.max) / scale);

    let money = |usd_value: f64| usd(lang, usd_value, Style::Short);
    let yield_text = |p: f64| pct(lang, p, 2);

    let steps = (spec.max / STEP_PCT).round() as usize;
    let line_points: Vec<DataPointItem> = (0..=steps)
        .map(|i| {
            let y = i as f64 * STEP_PCT;
            let v = interest_usd(a.treasury_holdings_bn, y);
            let tip = fill(s.chart_interest_tip, &[("yield", &yield_text(y)), ("interest", &money(v))]);
            DataPointItem::new(vec![round4(y), round4(v / scale)]).name(tip)
        })
        .collect();

    let article_yield = f.article_implied_yield_pct;
    let article_name = fill(
        s.chart_interest_article,
        &[("interest", &money(f.article_interest_usd)), ("yield", &yield_text(article_yield))],
    );
    let reader_name = fill(
        s.chart_interest_reader,
        &[("interest", &money(f.annual_interest_usd)), ("yield", &yield_text(a.bill_yield_pct))],
    );
    let line_name = fill(
        s.chart_interest_line,
        &[("holdings", &usd(lang, a.treasury_holdings_bn * 1e9, Style::Short))],
    );
    let article_line_name = fill(
        s.chart_interest_line,
        &[("holdings", &usd(lang, ARTICLE_HOLDINGS_BN * 1e9, Style::Short))],
    );

    let mut chart = Chart::new()
        .title(Title::new().text(s.chart_interest_title).left(8).top(4))
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter(Formatter::from("{b}")))
        .legend(Legend::new().bottom(0).left(8).right(8))
        .background_color("transparent")
        .aria(charming::component::Aria::new().enabled(true))
        .grid(Grid::new().left(8).right(24).top(64).bottom(96).contain_label(true))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(s.chart_interest_x)
                .name_location(NameLocation::Middle)
                .name_gap(26)
                .min(0)
                // One past the slider's 5.5% so the last tick is a whole number.
                .max(spec.max.ceil())
                .axis_label(AxisLabel::new().formatter("{value}%")),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(s.chart_interest_y)
                .name_text_style(TextStyle::new().align("left"))
                .min(0)
                .max(max_y)
                .axis_label(AxisLabel::new().formatter(axis_fmt)),
        );

    // When the reader's holdings differ from the article's, keep the article's
    // line as a dashed reference so the change of slope is visible.
    if (a.treasury_holdings_bn - ARTICLE_HOLDINGS_BN).abs() > f64::EPSILON {
        let reference: Vec<DataPointItem> = [0.0, spec.max]
            .iter()
            .map(|&y| {
                DataPointItem::new(vec![
                    round4(y),
                    round4(interest_usd(ARTICLE_HOLDINGS_BN, y) / scale),
                ])
            })
            .collect();
        chart = chart.series(
            Line::new()
                .name(article_line_name)
                .show_symbol(false)
                .silent(true)
                .line_style(LineStyle::new().color(palette::CONTEXT).width(1.5).type_(LineStyleType::Dashed))
                .item_style(ItemStyle::new().color(palette::CONTEXT))
                .data(reference),
        );
    }

    chart
        .series(
            // A plain line: 25 dots on a straight line said nothing the line
            // does not, and cost a step 25 SVG nodes to redraw. The points
            // stay in the data, so the table lists every yield.
            Line::new()
                .name(line_name)
                .show_symbol(false)
                .line_style(LineStyle::new().color(palette::READER).width(2.5))
                .item_style(ItemStyle::new().color(palette::READER))
                .data(line_points),
        )
        .series(
            // Single points are line series of one point: the page's ECharts
            // has no scatter chart (src/js/echarts.mjs).
            // Its id marks it as the reader's: a share card, which shows the
            // article's figures only, leaves it out (src/js/prerender.mjs).
            Line::new()
                .id(READER_SERIES)
                .name(reader_name.clone())
                .symbol(Symbol::Circle)
                .symbol_size(18)
                .item_style(ItemStyle::new().color(palette::READER).border_color("#ffffff").border_width(2))
                .data(vec![DataPointItem::new(vec![
                    round4(a.bill_yield_pct),
                    round4(f.annual_interest_usd / scale),
                ])
                .name(reader_name)]),
        )
        .series(
            Line::new()
                .name(article_name.clone())
                .symbol(Symbol::Diamond)
                .symbol_size(13)
                .item_style(ItemStyle::new().color(palette::ARTICLE).border_color("#ffffff").border_width(1))
                .data(vec![DataPointItem::new(vec![
                    round4(article_yield),
                    round4(f.article_interest_usd / scale),
                ])
                .name(article_name)]),
        )
}
