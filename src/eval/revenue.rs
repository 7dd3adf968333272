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
    let mut inexact = false;
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
        // Summed in order while the `Decimal` sum stays exact (it rounds, or
        // overflows, past 28 significant digits); past that, see below.
        match found.checked_add(line.amount) {
            Some(sum) if sum.scale() >= found.scale().max(line.amount.scale()) => found = sum,
            _ => inexact = true,
        }
        counted.push(i);
    }
    // A partial sum that does not fit says nothing about the total, and which
    // partial sums overflow depends on the order of the lines: the total is
    // computed exactly instead. If a `Decimal` cannot hold it at the finest
    // scale written, the threshold is undecided, all its lines together,
    // with one error naming the amount with the most decimals — never a
    // rounded total, and the same verdict whatever the order of the data.
    if inexact {
        let amount = |i: &u32| lines[*i as usize].amount;
        match exact_sum(counted.iter().map(amount)) {
            Some(total) => found = total,
            None => {
                // Named by content, not position: two lines alike in every
                // field are treated alike by every threshold, so the errors
                // (reported once per line) count the same in any order.
                let content = |i: &&u32| {
                    let l = &lines[**i as usize];
                    let (scale, v2) = (l.amount.scale(), format!("{:?}", l.v2));
                    let ids = (&l.customer, &l.product_id, &l.kind_id, &l.currency_id);
                    (scale, l.amount.mantissa(), l.date, l.dpor, ids, v2)
                };
                let finest = counted.iter().max_by_key(content);
                if let (Some(req), Some(&line)) = (required, finest) {
                    errors.push(Mismatch {
                        line,
                        expected: req.currency,
                        rule: req.span,
                        inexact: true,
                        consumption,
                        at: [0; 3],
                    });
                }
                found = Decimal::ZERO;
                undecided.append(&mut counted);
                undecided.sort_unstable();
            }
        }
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

/// The exact sum of `amounts`, whatever their order, if a `Decimal` holds it
/// at the finest scale among them (the scale an exact `Decimal` sum keeps):
/// mantissas are summed per scale in 128-bit integers (exact for 2^31 lines),
/// each scale's tens carried to the next coarser one, and the digits rebuilt.
fn exact_sum(amounts: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    let (mut by_scale, mut scale) = ([0i128; 29], 0);
    for a in amounts {
        let s = a.scale() as usize;
        by_scale[s] = by_scale[s].checked_add(a.mantissa())?;
        scale = scale.max(s);
    }
    for s in (1..=scale).rev() {
        let carry = by_scale[s].div_euclid(10);
        by_scale[s] = by_scale[s].rem_euclid(10);
        by_scale[s - 1] = by_scale[s - 1].checked_add(carry)?;
    }
    let mut mantissa = by_scale[0];
    for digit in &by_scale[1..=scale] {
        mantissa = mantissa.checked_mul(10)?.checked_add(*digit)?;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale as u32).ok()
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

#[cfg(test)]
mod tests {
    use super::exact_sum;
    use rust_decimal::Decimal;

    fn sum(amounts: &[&str]) -> Option<String> {
        let amounts = amounts.iter().map(|a| a.parse::<Decimal>().unwrap());
        exact_sum(amounts).map(|d| d.to_string())
    }

    #[test]
    fn the_exact_sum_keeps_the_finest_scale_and_carries_across_signs() {
        assert_eq!(sum(&["99999.99", "0.01"]).as_deref(), Some("100000.00"));
        assert_eq!(sum(&["5", "-0.3"]).as_deref(), Some("4.7"));
        assert_eq!(sum(&["-5", "0.3"]).as_deref(), Some("-4.7"));
        assert_eq!(sum(&["0.5", "0.5", "0.00"]).as_deref(), Some("1.00"));
        assert_eq!(sum(&[]).as_deref(), Some("0"));
    }

    #[test]
    fn a_total_a_decimal_cannot_hold_is_none_whatever_the_order() {
        let big = "79228162514264337593543950335"; // 2^96 - 1
        let orders = [[big, "-1", "0.5"], ["0.5", big, "-1"], ["-1", "0.5", big]];
        for order in orders {
            // 79228162514264337593543950334.5 needs 30 digits.
            assert_eq!(sum(&order), None, "{order:?}");
        }
        // Partial sums that overflow, a total that fits: the same in every order.
        for order in [[big, big, "-"], [big, "-", big], ["-", big, big]] {
            let order = order.map(|a| {
                if a == "-" {
                    "-79228162514264337593543950335"
                } else {
                    a
                }
            });
            assert_eq!(sum(&order).as_deref(), Some(big), "{order:?}");
        }
        let fine = [
            "99999.99999999999999999999999",
            "0.000000000000000000000009999",
        ];
        assert_eq!(sum(&fine), None);
        assert_eq!(sum(&[fine[1], fine[0]]), None);
    }
}
