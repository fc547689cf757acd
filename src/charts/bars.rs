//! The bar charts: profit against the labs, per head, the GPU fleet, the
//! datasets and BCI speed.

use charming::{
    component::Axis,
    datatype::{CompositeValue, DataPointItem},
    element::{
        AxisLabel, AxisType, BorderType, ItemStyle, Label, LabelPosition, NameLocation, TextStyle,
        Trigger,
    },
    series::{Bar, Pie},
    Chart,
};

use super::common::{value_axis, base, big_money, chart_value, default_grid, series_label, small_money};
use super::palette;
use crate::i18n::{
    fill,
    format::{tokens, usd, wpm, Style},
    Lang,
};
use crate::model::{Assumptions, Basis, Figures};


fn category_axis(names: Vec<String>) -> Axis {
    // interval 0: never hide a category's label to avoid overlap.
    Axis::new().type_(AxisType::Category).data(names).axis_label(AxisLabel::new().interval(0))
}

fn item(value: f64, color: &str) -> DataPointItem {
    DataPointItem::new(value).item_style(ItemStyle::new().color(color))
}

fn none() -> DataPointItem {
    DataPointItem::new(CompositeValue::OptionalNumber(None))
}

/// 2024 profit, revenue and losses. Tether's bar is hidden until `revealed`;
/// the reader's `guess` (dollars) is drawn as a pale dashed bar.
pub fn profit(f: &Figures, a: &Assumptions, lang: Lang, guess: Option<f64>, revealed: bool) -> Chart {
    let s = lang.strings();
    let m = big_money(lang);
    let v = |usd_value: f64| chart_value(usd_value / m.per_unit);
    // Under the latest figures Tether's bar is its 2025 profit, and says so.
    let tether_label = match (revealed, a.basis) {
        (false, _) => s.chart_profit_hidden.to_string(),
        (true, Basis::Article) => "Tether".to_string(),
        (true, Basis::Latest) => s.chart_profit_tether_2025.to_string(),
    };
    let title = match a.basis {
        Basis::Article => s.chart_profit_title,
        Basis::Latest => s.chart_profit_title_latest,
    };
    // Each company's bars share one column, centred on its name: a lab's
    // revenue above zero and its loss below; Tether's profit, and the
    // reader's guess drawn over it (translucent, last), side by side they
    // would sit off their names in slots left empty.
    let bar = |name: &str| Bar::new().name(name).bar_gap("-100%").bar_width("50%");
    let mut chart = base(title, Trigger::Item, &format!("{{a}}<br/>{{b}}: {}", series_label(m)), default_grid())
        .x_axis(category_axis(vec![tether_label, "OpenAI".into(), "Anthropic".into()]))
        .y_axis(value_axis(s.chart_profit_y, m.label))
        .series(bar(s.chart_profit_revenue).item_style(ItemStyle::new().color(palette::CONTEXT)).data(vec![
            none(),
            item(v(a.openai_revenue_bn * 1e9), palette::CONTEXT),
            item(v(a.anthropic_revenue_bn * 1e9), palette::CONTEXT),
        ]))
        .series(bar(s.chart_profit_loss).item_style(ItemStyle::new().color(palette::LOSS)).data(vec![
            none(),
            item(-v(a.openai_loss_bn * 1e9), palette::LOSS),
            item(-v(a.anthropic_loss_bn * 1e9), palette::LOSS),
        ]))
        .series({
            let bar = bar(s.chart_profit_profit).item_style(ItemStyle::new().color(palette::TETHER)).data(vec![
                if revealed { item(v(f.tether_profit_usd), palette::TETHER) } else { none() },
                none(),
                none(),
            ]);
            // The answer, once revealed, is written on its bar.
            if revealed {
                bar.label(Label::new().show(true).position(LabelPosition::Top).formatter(series_label(m).as_str()))
            } else {
                bar
            }
        });
    if let Some(g) = guess {
        chart = chart.series(
            bar(s.chart_profit_guess)
                .item_style(
                    ItemStyle::new()
                        .color(palette::GUESS)
                        .opacity(0.45)
                        .border_color(palette::READER)
                        .border_width(2)
                        .border_type(BorderType::Dashed),
                )
                .data(vec![DataPointItem::new(v(g)), none(), none()]),
        );
    }
    chart
}

/// Money per employee: Tether's profit and interest against OpenAI's revenue
/// and loss, as horizontal bars.
pub fn per_head(f: &Figures, basis: Basis, lang: Lang) -> Chart {
    let s = lang.strings();
    let title = match basis {
        Basis::Article => s.chart_perhead_title,
        Basis::Latest => s.chart_perhead_title_latest,
    };
    let m = small_money(lang);
    let v = |x: f64| chart_value(x / m.per_unit);
    let rows = [
        (s.chart_perhead_openai_loss, f.openai_profit_per_head_usd, palette::LOSS),
        (s.chart_perhead_openai_revenue, f.openai_revenue_per_head_usd, palette::CONTEXT),
        (s.chart_perhead_tether_interest, f.tether_interest_per_head_usd, palette::READER),
        (s.chart_perhead_tether_profit, f.tether_profit_per_head_usd, palette::TETHER),
    ];
    base(
        title,
        Trigger::Item,
        &format!("{{b}}: {}", series_label(m)),
        charming::component::Grid::new().left(8).right(56).top(48).bottom(48).contain_label(true),
    )
    .legend(charming::component::Legend::new().show(false))
        .y_axis(category_axis(rows.iter().map(|r| r.0.to_string()).collect()))
        .x_axis(
            value_axis(s.chart_perhead_x, m.label)
                .name_location(NameLocation::Middle)
                .name_gap(28)
                .name_text_style(TextStyle::new().align("center")),
        )
        .series(
            Bar::new()
                .name(title)
                .label(Label::new().show(true).position(LabelPosition::Right).formatter(series_label(m).as_str()))
                .data(rows.iter().map(|r| item(v(r.1), r.2)).collect()),
        )
}

/// The GPU fleet (count × unit price) against the loan.
pub fn compute(f: &Figures, lang: Lang) -> Chart {
    let s = lang.strings();
    let m = big_money(lang);
    let v = |x: f64| chart_value(x / m.per_unit);
    base(s.chart_compute_title, Trigger::Item, &format!("{{b}}: {}", series_label(m)), default_grid())
        .legend(charming::component::Legend::new().show(false))
        .x_axis(category_axis(vec![s.chart_compute_fleet.into(), s.chart_compute_loan.into()]))
        .y_axis(value_axis(s.chart_compute_y, m.label).min(0))
        .series(
            Bar::new()
                .name(s.chart_compute_title)
                .bar_width("45%")
                .label(Label::new().show(true).position(LabelPosition::Top).formatter(series_label(m).as_str()))
                .data(vec![item(v(f.gpu_fleet_value_usd), palette::READER), item(v(f.northern_data_loan_usd), palette::TETHER)]),
        )
}

/// QVAC Genesis against FineWeb, in tokens, on a log scale (billions of
/// tokens in English, 億 in Japanese).
pub fn data(a: &Assumptions, lang: Lang) -> Chart {
    let s = lang.strings();
    let genesis = a.dataset_tokens_bn * 1e9;
    let fineweb = a.fineweb_tokens_bn * 1e9;
    let (per_unit, label, min, max) = match lang {
        Lang::En => (1e9, "{value}B", 10.0, 1e5),
        Lang::Ja => (1e8, "{value}億", 100.0, 1e6),
    };
    base(s.chart_data_title, Trigger::Item, "{b}", default_grid())
        .legend(charming::component::Legend::new().show(false))
        .x_axis(category_axis(vec![s.chart_data_genesis.into(), s.chart_data_fineweb.into()]))
        .y_axis(
            Axis::new()
                .type_(AxisType::Log)
                .log_base(10.0)
                .min(min)
                .max(max)
                .name(s.chart_data_y)
                .name_text_style(TextStyle::new().align("left"))
                .axis_label(AxisLabel::new().formatter(label)),
        )
        .series(Bar::new().name(s.chart_data_title).bar_width("45%").data(vec![
            DataPointItem::new(chart_value(genesis / per_unit))
                .name(format!("{}: {}", s.chart_data_genesis, tokens(lang, genesis)))
                .item_style(ItemStyle::new().color(palette::TETHER)),
            DataPointItem::new(chart_value(fineweb / per_unit))
                .name(format!("{}: {}", s.chart_data_fineweb, tokens(lang, fineweb)))
                .item_style(ItemStyle::new().color(palette::CONTEXT)),
        ]))
}

/// Speech BCI words per minute against natural speech, beside a pie of
/// Blackrock's share of implants.
pub fn bci(a: &Assumptions, lang: Lang) -> Chart {
    let s = lang.strings();
    let blackrock = a.implants_blackrock.min(a.implants_total).round();
    let other = (a.implants_total.round() - blackrock).max(0.0);
    base(
        s.chart_bci_title,
        Trigger::Item,
        "{b}: {c} ({d}%)",
        charming::component::Grid::new().left(8).right("48%").top(64).bottom(24).contain_label(true),
    )
    // The legend draws the pie's slices in palette order: match their colours.
    .color(vec![charming::element::Color::from(palette::TETHER), charming::element::Color::from(palette::CONTEXT)])
    .legend(
        charming::component::Legend::new()
            .data(vec![s.chart_bci_blackrock, s.chart_bci_other])
            .bottom(0)
            .right(8),
    )
        .series(
            Pie::new()
                .name(s.chart_bci_implants)
                .center(vec!["76%", "58%"])
                .radius(vec!["22%", "38%"])
                // Each share on its slice (src/charts/fit.rs leaves a slice
                // too thin to hold it to the legend and the tooltip).
                .label(Label::new().show(true).position(LabelPosition::Inside).formatter("{d}%"))
                .data(vec![
                    DataPointItem::new(blackrock)
                        .name(s.chart_bci_blackrock)
                        .item_style(ItemStyle::new().color(palette::TETHER)),
                    DataPointItem::new(other).name(s.chart_bci_other).item_style(ItemStyle::new().color(palette::CONTEXT)),
                ]),
        )
        .x_axis(category_axis(vec![s.chart_bci_implant.into(), s.chart_bci_speech.into()]))
        .y_axis(value_axis(s.chart_bci_y, "{value}").min(0).max(180))
        .series(
            Bar::new()
                .name(s.chart_bci_title)
                .bar_width("45%")
                .label(Label::new().show(true).position(LabelPosition::Top).formatter("{c}"))
                .data(vec![
                    DataPointItem::new(a.bci_wpm.round())
                        .name(fill("{a}: {b}", &[("a", s.chart_bci_implant), ("b", &wpm(lang, a.bci_wpm))]))
                        .item_style(ItemStyle::new().color(palette::TETHER)),
                    DataPointItem::new(a.speech_wpm.round())
                        .name(fill("{a}: {b}", &[("a", s.chart_bci_speech), ("b", &wpm(lang, a.speech_wpm))]))
                        .item_style(ItemStyle::new().color(palette::CONTEXT)),
                ]),
        )
}

/// A tooltip name for a sum of money.
pub(crate) fn money_name(lang: Lang, label: &str, dollars: f64) -> String {
    format!("{label}: {}", usd(lang, dollars, Style::Short))
}

/// A year's interest split between what holders are paid and what Tether
/// keeps.
pub fn split(f: &Figures, lang: Lang) -> Chart {
    let s = lang.strings();
    let m = big_money(lang);
    let v = |x: f64| chart_value(x / m.per_unit);
    base(s.chart_split_title, Trigger::Item, "{b}", default_grid())
        .x_axis(category_axis(vec![s.chart_split_title.into()]).show(false))
        // Tether's share goes below zero when holders would be paid more
        // than the bills earn: the difference comes from elsewhere.
        .y_axis(if f.tether_keeps_usd < 0.0 {
            value_axis(s.chart_split_y, m.label)
        } else {
            value_axis(s.chart_split_y, m.label).min(0)
        })
        .series(
            Bar::new()
                .name(s.chart_split_kept)
                .stack("split")
                .bar_width("40%")
                .item_style(ItemStyle::new().color(palette::TETHER))
                .data(vec![DataPointItem::new(v(f.tether_keeps_usd)).name(money_name(lang, s.chart_split_kept, f.tether_keeps_usd))]),
        )
        .series(
            Bar::new()
                .name(s.chart_split_paid)
                .stack("split")
                .item_style(ItemStyle::new().color(palette::READER))
                .data(vec![DataPointItem::new(v(f.holder_payout_usd)).name(money_name(lang, s.chart_split_paid, f.holder_payout_usd))]),
        )
}
