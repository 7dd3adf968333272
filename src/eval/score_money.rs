//! Money as a score metric (docs/language.md#money-metrics): the exact sum
//! the revenue (or consumption) requirement would find, read as whole
//! numbers of its finest decimal so that points and plans stay exact.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::error::Mismatch;
use super::revenue;
use crate::data::Partner;
use crate::ir::{CurrencyIdx, Program, Threshold};

/// How a money metric's whole figures read as amounts: `found`,
/// `threshold`, `minimum` and a plan's figures count units of
/// 10^-`scale` of `currency`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct MoneyFigures {
    /// The threshold's currency in the partner's market.
    pub currency: CurrencyIdx,
    /// The decimals of a unit: the finest of the sum and the threshold.
    pub scale: u32,
    /// A line could not be counted (another currency, or a sum a `Decimal`
    /// cannot hold exactly): the metric found nothing and an error says why.
    pub undecided: bool,
}

impl MoneyFigures {
    /// A figure of this metric as an amount.
    pub fn amount(&self, figure: i128) -> Decimal {
        Decimal::try_from_i128_with_scale(figure, self.scale).unwrap_or(Decimal::MAX)
    }
}

/// What a money metric found, its threshold and its minimum, in whole units
/// of its finest decimal, with how to read them; `None` when the partner's
/// market has no threshold (compilation gives every market one).
pub(super) struct Found {
    pub found: i64,
    pub threshold: u64,
    /// `minimum N` (whole units of the currency) in the metric's units.
    pub minimum: u64,
    pub figures: MoneyFigures,
}

/// Sums the lines `t` counts on `as_of`, as the requirement does; errors
/// (currency mismatch, inexact sum) are pushed to `errors` and leave the
/// metric undecided, finding 0.
pub(super) fn found(
    program: &Program,
    (t, consumption): (&Threshold, bool),
    partner: &Partner,
    as_of: NaiveDate,
    minimum: u64,
    errors: &mut Vec<Mismatch>,
) -> Option<Found> {
    let required = t.amounts.get(&partner.market)?;
    let before = errors.len();
    let outcome = revenue::evaluate(program, (t, consumption), partner, as_of, errors);
    let undecided = !outcome.undecided.is_empty() || errors.len() > before;
    let sum = if undecided {
        Decimal::ZERO
    } else {
        outcome.found
    };
    let scale = sum.scale().max(required.amount.scale());
    // Exact: the mantissa times a power of ten, saturated past i128 (a
    // figure no threshold is compared with in practice).
    let ten = |s: u32| 10i128.pow(s);
    let whole = |d: Decimal| d.mantissa().saturating_mul(ten(scale - d.scale()));
    Some(Found {
        found: i64::try_from(whole(sum)).unwrap_or(if sum.is_sign_negative() {
            i64::MIN
        } else {
            i64::MAX
        }),
        // Past u64, a threshold no partner reaches: as written, saturated.
        threshold: u64::try_from(whole(required.amount)).unwrap_or(u64::MAX),
        minimum: u64::try_from(i128::from(minimum).saturating_mul(ten(scale))).unwrap_or(u64::MAX),
        figures: MoneyFigures {
            currency: required.currency,
            scale,
            undecided,
        },
    })
}
