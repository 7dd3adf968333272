//! Scores: lowering and the checks of their arithmetic (docs/language.md#scores).

use super::codes::new;
use super::lower::{amounts, count, measure, revenue};
use super::people::{slot_condition, Scope};
use super::{Cx, Names};
use crate::diag::Diagnostic;
use crate::ir::{self, Holders, Requirement, ScoreMeasure};
use crate::span::Span;
use crate::syntax::ast;
use rust_decimal::Decimal;

/// The weights add up to `sum`, the score is out of `total`.
const WEIGHTS: &str = "rubric::validate::score-weights-mismatch";
/// A target above the total: no partner can reach it.
const TARGET: &str = "rubric::validate::score-target-too-high";
/// A threshold of 0: every partner has the full weight, and proportional
/// points below it are undefined.
const ZERO: &str = "rubric::validate::score-zero-threshold";
/// A minimum above the threshold that earns the full weight.
const MINIMUM: &str = "rubric::validate::score-minimum-above-threshold";
/// A score without metrics.
const EMPTY: &str = "rubric::validate::score-without-metrics";

/// `score TARGET of TOTAL { … }`, lowered; `None` when something was reported.
pub(super) fn lower(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    scope: &mut Scope,
    s: &ast::ScoreReq,
) -> Option<Requirement> {
    let mut metrics = Vec::new();
    let mut ok = true;
    if s.metrics.is_empty() {
        cx.push(new(EMPTY, s.span));
        ok = false;
    }
    let sum: u64 = s.metrics.iter().map(|m| u64::from(m.points.node)).sum();
    if !s.metrics.is_empty() && sum != u64::from(s.total.node) {
        let spans: Vec<Span> = s.metrics.iter().map(|m| m.points.span).collect();
        let mut d = new(WEIGHTS, s.total.span)
            .arg("sum", sum.to_string())
            .arg("total", s.total.node.to_string());
        for sp in spans {
            d = d.label(sp, "weight");
        }
        cx.push(d);
        ok = false;
    }
    if s.target.node > s.total.node {
        cx.push(
            new(TARGET, s.target.span)
                .arg("target", s.target.node.to_string())
                .arg("total", s.total.node.to_string()),
        );
        ok = false;
    }
    for m in &s.metrics {
        match metric(cx, names, program, scope, m) {
            Some(lowered) => metrics.push(lowered),
            None => ok = false,
        }
    }
    ok.then(|| {
        Requirement::Score(ir::Score {
            id: String::new(),
            target: s.target.node,
            total: s.total.node,
            above_zero: s.above_zero.is_some(),
            metrics,
            span: s.span,
        })
    })
}

fn metric(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    scope: &mut Scope,
    m: &ast::ScoreMetric,
) -> Option<ir::ScoreMetric> {
    let lowered = match &m.measure {
        ast::ScoreMeasure::Measure(req) => {
            let q = match measure(cx, names, program, req)? {
                Requirement::Count(q) | Requirement::NewCustomers(q) => q,
                Requirement::Consumption(t) => {
                    return money_metric(cx, m, ScoreMeasure::Consumption(t))
                }
                _ => return None,
            };
            match &req.measure {
                ast::Measure::NewCustomers => ScoreMeasure::NewCustomers(q),
                ast::Measure::NetCustomerAdds => ScoreMeasure::NetCustomerAdds(q),
                ast::Measure::UsageGrowth(_) => ScoreMeasure::UsageGrowth(q),
                _ => ScoreMeasure::Count(q),
            }
        }
        ast::ScoreMeasure::Revenue(r) => {
            let t = revenue(cx, names, program, r, "revenue")?;
            return money_metric(cx, m, ScoreMeasure::Revenue(t));
        }
        ast::ScoreMeasure::People(h) => {
            let group = slot_condition(cx, names, scope, &h.condition);
            // `amounts` reads only the figure.
            let figure = ast::RevenueReq {
                kinds: ast::Spanned::new(ast::Kinds::Any, h.span),
                products: ast::Spanned::new(Vec::new(), h.span),
                window: None,
                assoc: None,
                at_least: h.at_least.clone(),
                span: h.span,
            };
            let counts = amounts(cx, names, program, &figure, |cx, a, market| {
                count(cx, "people holding", a, market)
            });
            let (clauses, condition) = group?;
            ScoreMeasure::People(Holders {
                group: ir::SlotGroup {
                    count: 1,
                    clauses,
                    condition,
                    span: h.condition.span(),
                },
                counts: (counts?.into_iter().enumerate())
                    .map(|(i, n)| (ir::MarketIdx(i as u32), n))
                    .collect(),
                span: h.span,
            })
        }
    };
    let thresholds = lowered
        .counts()
        .values()
        .map(|&n| Decimal::from(n))
        .collect();
    checked(cx, m, lowered, thresholds)
}

/// A money metric: its thresholds in their currency (a `minimum` is in whole
/// units of it).
fn money_metric(
    cx: &mut Cx,
    m: &ast::ScoreMetric,
    lowered: ScoreMeasure,
) -> Option<ir::ScoreMetric> {
    let (t, _) = lowered.money()?;
    let thresholds = t.amounts.values().map(|a| a.amount).collect();
    checked(cx, m, lowered, thresholds)
}

/// A metric, checked against its `thresholds` (one per market): none of
/// zero, and a `minimum` not above the smallest.
fn checked(
    cx: &mut Cx,
    m: &ast::ScoreMetric,
    lowered: ScoreMeasure,
    thresholds: Vec<Decimal>,
) -> Option<ir::ScoreMetric> {
    let at = m.at_least().span;
    let mut ok = true;
    if thresholds.iter().any(Decimal::is_zero) {
        cx.push(new(ZERO, at).arg("measure", lowered.keyword()));
        ok = false;
    }
    let low = thresholds.iter().min();
    if let (Some(min), Some(&low)) = (&m.minimum, low) {
        if Decimal::from(min.node) > low && !low.is_zero() {
            let d: Diagnostic = new(MINIMUM, min.span)
                .arg("minimum", min.node.to_string())
                .arg("threshold", low.to_string())
                .label(at, "threshold");
            cx.push(d);
            ok = false;
        }
    }
    ok.then_some(ir::ScoreMetric {
        points: m.points.node,
        measure: lowered,
        minimum: m.minimum.as_ref().map(|n| u64::from(n.node)),
        span: m.span,
    })
}
