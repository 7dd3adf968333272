//! `rubric doc` for scores: every weight, threshold and minimum, and the
//! qualification window (scores lane).

use std::fmt::Write;

use rust_decimal::Decimal;

use crate::i18n::{self, Args, Lang};
use crate::ir::{Money, Program, Score, ScoreMeasure, Threshold, Window};
use crate::report::score::metric_what;

/// A score as a numbered item `n` with one sub-item per metric.
pub(crate) fn score(program: &Program, s: &Score, n: usize, lang: Lang, out: &mut String) {
    let args = Args::new()
        .with("target", u64::from(s.target))
        .with("total", u64::from(s.total))
        .with("above", if s.above_zero { "yes" } else { "no" });
    let _ = writeln!(out, "{n}. {}\n", i18n::text(lang, "doc-score", &args));
    for m in &s.metrics {
        let window = match &m.measure {
            ScoreMeasure::People(_) => None,
            ScoreMeasure::Count(q)
            | ScoreMeasure::NewCustomers(q)
            | ScoreMeasure::NetCustomerAdds(q)
            | ScoreMeasure::UsageGrowth(q) => Some(q.window),
            ScoreMeasure::Revenue(t) | ScoreMeasure::Consumption(t) => Some(t.window),
        };
        let (window, months) = match window {
            None => ("none", 0),
            Some(Window::Ttm) => ("ttm", 12),
            Some(Window::Months(m)) => ("months", m),
        };
        let counts = m.measure.counts();
        let same = counts.values().min() == counts.values().max();
        let threshold = match m.measure.money() {
            Some((t, _)) => money_thresholds(program, t, lang),
            None => match same {
                true => (counts.values().next())
                    .map_or(String::new(), |c| i18n::amount(lang, Decimal::from(*c))),
                false => {
                    let per: Vec<String> = (counts.iter())
                        .map(|(mi, c)| {
                            let market = program.markets[mi.index()].title.get(lang.tag());
                            format!("{} ({market})", i18n::amount(lang, Decimal::from(*c)))
                        })
                        .collect();
                    i18n::join(lang, &per, i18n::Conj::And)
                }
            },
        };
        let least = m.minimum.unwrap_or(0).max(u64::from(s.above_zero));
        // A money metric's minimum is in its currency; above zero is any amount.
        let least_text = match (m.measure.money(), m.minimum) {
            (Some((t, _)), Some(n)) => money_of(program, t, Decimal::from(n), lang),
            (Some(_), None) => i18n::amount(lang, Decimal::ZERO),
            (None, _) => i18n::amount(lang, Decimal::from(least)),
        };
        let args = Args::new()
            .with("points", u64::from(m.points))
            .with("what", what(program, m, lang))
            .with("window", window)
            .with(
                "growth",
                match &m.measure {
                    ScoreMeasure::NetCustomerAdds(_) | ScoreMeasure::UsageGrowth(_) => "yes",
                    _ => "no",
                },
            )
            .with("months", u64::from(months))
            .with("threshold", threshold)
            .with(
                "minimum",
                match (m.measure.money(), m.minimum) {
                    (Some(_), None) if s.above_zero => "above",
                    _ if least == 0 => "none",
                    _ => "some",
                },
            )
            .with("least", least_text);
        let _ = writeln!(
            out,
            "    - {}\n",
            i18n::text(lang, "doc-score-metric", &args)
        );
    }
}

/// What a metric measures; for a money metric with `with ASSOC`, the
/// associations its lines must carry (`associated as … only`).
fn what(program: &Program, m: &crate::ir::ScoreMetric, lang: Lang) -> String {
    let what = metric_what(program, m, lang);
    match m.measure.money() {
        Some((t, _)) if !t.associations.is_empty() => {
            let titles = crate::report::measures::association_titles(program, t, lang);
            let args = Args::new().with("associations", titles);
            let only = i18n::text(lang, "report-associated-only", &args);
            format!("{what} ({only})")
        }
        _ => what,
    }
}

/// A money metric's thresholds: `USD 50,000`, or one per market.
fn money_thresholds(program: &Program, t: &Threshold, lang: Lang) -> String {
    let text = |m: &Money| {
        let currency = program.currencies.get(m.currency.index());
        i18n::money(lang, m.amount, currency.map_or("", |c| c.id.as_str()))
    };
    let first = t.amounts.values().next();
    if t.amounts.values().all(|m| {
        Some(m.amount) == first.map(|f| f.amount) && Some(m.currency) == first.map(|f| f.currency)
    }) {
        return first.map_or(String::new(), text);
    }
    let per: Vec<String> = (t.amounts.iter())
        .map(|(mi, m)| {
            let market = program.markets[mi.index()].title.get(lang.tag());
            format!("{} ({market})", text(m))
        })
        .collect();
    i18n::join(lang, &per, i18n::Conj::And)
}

/// `n` in the currency of the threshold's first market.
fn money_of(program: &Program, t: &Threshold, n: Decimal, lang: Lang) -> String {
    let currency =
        (t.amounts.values().next()).and_then(|m| program.currencies.get(m.currency.index()));
    i18n::money(lang, n, currency.map_or("", |c| c.id.as_str()))
}

/// The sentence for `qualified on any day of the current month and the N before`.
pub(crate) fn qualified(months: u32, lang: Lang, out: &mut String) {
    let args = Args::new().with("months", u64::from(months));
    let _ = writeln!(out, "{}\n", i18n::text(lang, "doc-qualified", &args));
}
