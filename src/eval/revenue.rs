//! Revenue thresholds: which lines count, their exact sum, the shortfall.

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use super::error::Mismatch;
use super::{Excluded, ExclusionReason, RevenueOutcome};
use crate::data::Partner;
use crate::ir::{MarketIdx, Money, Program, Threshold};

/// The first day after the window's open end: lines count when `start < date <= as_of`.
pub(crate) fn window_start(as_of: NaiveDate, months: u32) -> NaiveDate {
    as_of
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

/// Sums the partner's lines that count toward `t`: its revenue lines, or
/// its consumption lines (which have no kind) when `consumption`.
pub(super) fn evaluate<'p>(
    program: &'p Program,
    (t, consumption): (&'p Threshold, bool),
    partner: &Partner,
    as_of: NaiveDate,
    errors: &mut Vec<Mismatch>,
) -> RevenueOutcome<'p> {
    let lines = match consumption {
        true => &partner.consumption,
        false => &partner.revenue,
    };
    let required = t.amounts.get(&partner.market);
    let start = window_start(as_of, t.window.months());
    let mut found = Decimal::ZERO;
    // Every line lands in one of the two: sized once, no regrowth.
    let n = lines.len();
    let mut counted = Vec::with_capacity(n);
    let mut excluded = Vec::with_capacity(n);
    let mut undecided = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let i = i as u32;
        let reason = if !line.product.is_some_and(|p| t.products.contains(&p)) {
            Some(ExclusionReason::OtherProduct)
        } else if !consumption && !line.has_kind(|k| t.counts_kind(k)) {
            Some(ExclusionReason::OtherKind)
        } else if line.date > as_of {
            Some(ExclusionReason::AfterAsOf)
        } else if line.date <= start {
            Some(ExclusionReason::BeforeWindow)
        } else if !line.associated(&t.associations) {
            Some(match t.dpor_only() {
                true => ExclusionReason::NotDpor,
                false => ExclusionReason::NotAssociated,
            })
        } else {
            None
        };
        if let Some(reason) = reason {
            excluded.push(Excluded { line: i, reason });
            continue;
        }
        if let Some(req) = required {
            if line.currency != Some(req.currency) {
                errors.push(Mismatch {
                    line: i,
                    expected: req.currency,
                    rule: req.span,
                    inexact: false,
                    consumption,
                    at: [0; 3],
                });
                undecided.push(i);
                continue;
            }
        }
        // Exact or refused: a `Decimal` sum that needs more than 28
        // significant digits is rounded by `+` (it lowers the scale below the
        // finer of the two), or overflows. Either is an error on the line,
        // never a silently rounded total.
        match found.checked_add(line.amount) {
            Some(sum) if sum.scale() >= found.scale().max(line.amount.scale()) => found = sum,
            _ => {
                if let Some(req) = required {
                    errors.push(Mismatch {
                        line: i,
                        expected: req.currency,
                        rule: req.span,
                        inexact: true,
                        consumption,
                        at: [0; 3],
                    });
                }
                undecided.push(i);
                continue;
            }
        }
        counted.push(i);
    }
    let (met, currency, required, shortfall) = verdict(program, required, found);
    RevenueOutcome {
        requirement: &t.id,
        rule: t,
        // A line that cannot be counted leaves the threshold undecided.
        met: met && undecided.is_empty(),
        currency,
        required,
        found,
        shortfall,
        window_start: start,
        window_end: as_of,
        counted,
        excluded,
        undecided,
    }
}

/// Whether `a` and `b` count the same lines of a partner in market `market`:
/// the same filter and, where an amount applies, the same currency.
pub(super) fn same_lines(a: &Threshold, b: &Threshold, market: MarketIdx) -> bool {
    a.kinds == b.kinds
        && a.any_kind == b.any_kind
        && a.window.months() == b.window.months()
        && a.associations == b.associations
        && a.products == b.products
        && a.amounts.get(&market).map(|m| m.currency) == b.amounts.get(&market).map(|m| m.currency)
}

/// The outcome for `t` from `prev`, the outcome of a threshold that counts the
/// same lines (see [`same_lines`]) and raised no error: the same lines and
/// sum, judged against `t`'s amount.
pub(super) fn rejudge<'p>(
    prev: &RevenueOutcome<'p>,
    program: &'p Program,
    t: &'p Threshold,
    market: MarketIdx,
) -> RevenueOutcome<'p> {
    let (met, currency, required, shortfall) = verdict(program, t.amounts.get(&market), prev.found);
    RevenueOutcome {
        requirement: &t.id,
        rule: t,
        met,
        currency,
        required,
        shortfall,
        ..prev.clone()
    }
}

/// Met, currency, required amount and shortfall of a sum against `required`.
fn verdict<'p>(
    program: &'p Program,
    required: Option<&Money>,
    found: Decimal,
) -> (bool, &'p str, Decimal, Option<Decimal>) {
    let (currency, required) = match required {
        Some(m) => (
            program
                .currencies
                .get(m.currency.index())
                .map_or("", |c| c.id.as_str()),
            m.amount,
        ),
        // Compilation gives every market an amount; an out-of-range market
        // index cannot come from `data::load`.
        None => ("", Decimal::MAX),
    };
    let met = found >= required;
    (met, currency, required, (!met).then(|| required - found))
}
