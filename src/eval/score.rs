//! Scores (docs/language.md#scores): each metric's measure, its points
//! proportional below the threshold, truncated to hundredths of a point, and
//! the total against the target.

use std::collections::BTreeSet;

use chrono::{Months, NaiveDate};

use super::error::Mismatch;
use super::measures::{count, new_customers};
use super::people::People;
use super::revenue::window_start;
use super::score_money::{self, MoneyFigures};
use crate::data::{Partner, RevenueLine};
use crate::ir::{Program, Quantity, Score, ScoreMeasure, ScoreMetric};

/// A score, evaluated.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ScoreOutcome<'p> {
    /// The requirement's id in the tier.
    pub requirement: &'p str,
    /// The score.
    pub rule: &'p Score,
    /// The points reach the target and every metric its minimum.
    pub met: bool,
    /// The points earned, in hundredths of a point (the sum of the metrics').
    pub points: u64,
    /// The points to reach, in hundredths.
    pub target: u64,
    /// Every metric reaches its minimum.
    pub minimums_met: bool,
    /// In the order of the rule's metrics.
    pub metrics: Vec<MetricOutcome<'p>>,
}

/// One metric of a score, evaluated.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MetricOutcome<'p> {
    /// The metric.
    pub rule: &'p ScoreMetric,
    /// What the measure found: negative when a growth is a decline.
    pub found: i64,
    /// The figure that earns the full weight, in the partner's market.
    pub threshold: u64,
    /// The points earned, in hundredths of a point.
    pub points: u64,
    /// The least `found` that meets the metric's minimum (`minimum N`, or 1
    /// for `with every metric above zero`); 0 when there is none.
    pub minimum: u64,
    /// `found` reaches `minimum`.
    pub minimum_met: bool,
    /// For a money metric: the currency and decimals its figures count in.
    pub money: Option<MoneyFigures>,
}

/// The points of a metric of weight `weight` that found `found` against
/// `threshold`, in hundredths, truncated: ⌊100 · weight · min(found, t) / t⌋,
/// and 0 when nothing (or a decline) was found.
pub fn points(weight: u32, found: i64, threshold: u64) -> u64 {
    if found <= 0 || threshold == 0 {
        return 0;
    }
    let f = (found as u64).min(threshold) as u128;
    (100 * u128::from(weight) * f / u128::from(threshold)) as u64
}

/// The least `found` that meets a metric's minimum.
pub(super) fn least(rule: &Score, m: &ScoreMetric) -> u64 {
    m.minimum.unwrap_or(0).max(u64::from(rule.above_zero))
}

pub(super) fn evaluate<'p>(
    program: &'p Program,
    people: &People,
    rule: &'p Score,
    partner: &Partner,
    as_of: NaiveDate,
    errors: &mut Vec<Mismatch>,
) -> ScoreOutcome<'p> {
    let metrics: Vec<MetricOutcome> = (rule.metrics.iter())
        .map(|m| {
            let (found, threshold, minimum, money) = match m.measure.money() {
                Some(t) => {
                    let min = m.minimum.unwrap_or(0);
                    match score_money::found(program, t, partner, as_of, min, errors) {
                        Some(f) => (
                            f.found,
                            f.threshold,
                            f.minimum.max(u64::from(rule.above_zero)),
                            Some(f.figures),
                        ),
                        None => (0, u64::MAX, least(rule, m), None),
                    }
                }
                None => {
                    let found = found(program, people, &m.measure, partner, as_of);
                    // Compilation gives every market a number.
                    let threshold =
                        (m.measure.counts().get(&partner.market).copied()).unwrap_or(u64::MAX);
                    (found, threshold, least(rule, m), None)
                }
            };
            MetricOutcome {
                rule: m,
                found,
                threshold,
                points: points(m.points, found, threshold),
                minimum,
                // No minimum: a decline (found < 0) earns nothing but asks nothing.
                minimum_met: minimum == 0 || (found >= 0 && found as u64 >= minimum),
                money,
            }
        })
        .collect();
    let total = metrics.iter().map(|m| m.points).sum::<u64>();
    let target = u64::from(rule.target) * 100;
    let minimums_met = metrics.iter().all(|m| m.minimum_met);
    ScoreOutcome {
        requirement: &rule.id,
        rule,
        met: total >= target && minimums_met,
        points: total,
        target,
        minimums_met,
        metrics,
    }
}

/// The condition of every `people holding` metric of every score.
pub(crate) fn holder_groups(program: &Program) -> impl Iterator<Item = &crate::ir::SlotGroup> {
    (program.requirements())
        .filter_map(|r| match r {
            crate::ir::Requirement::Score(s) => Some(&s.metrics),
            _ => None,
        })
        .flatten()
        .filter_map(|m| match &m.measure {
            ScoreMeasure::People(h) => Some(&h.group),
            _ => None,
        })
}

/// Whether a score of `tier` fails on every day whatever the date: some
/// metric that must find more than 0 has no data at all — no line or record
/// for its products, no person listing one of its credentials. Spares the
/// qualification window a day-by-day search for the many partners a
/// designation does not concern.
pub(crate) fn never_met(tier: &crate::ir::Tier, partner: &Partner) -> bool {
    let none_for = |q: &Quantity, money: bool| {
        let listed = |l: &RevenueLine| l.product.is_some_and(|p| q.products.contains(&p));
        let usage = partner.usage.iter().any(|r| listed(&r.line));
        let lines = money
            && partner
                .revenue
                .iter()
                .chain(&partner.consumption)
                .any(listed);
        !usage && !lines
    };
    let empty = |m: &ScoreMeasure| match m {
        ScoreMeasure::Count(q) | ScoreMeasure::UsageGrowth(q) => none_for(q, false),
        ScoreMeasure::NewCustomers(q) | ScoreMeasure::NetCustomerAdds(q) => none_for(q, true),
        ScoreMeasure::Revenue(t) | ScoreMeasure::Consumption(t) => {
            let lines = match m {
                ScoreMeasure::Consumption(_) => &partner.consumption,
                _ => &partner.revenue,
            };
            !(lines.iter()).any(|l| l.product.is_some_and(|p| t.products.contains(&p)))
        }
        ScoreMeasure::People(h) => {
            let named: Vec<crate::ir::ExamIdx> = (h.group.all_clauses().iter())
                .flat_map(|c| c.exams.iter().copied())
                .collect();
            !(partner.credentials.iter()).any(|x| x.exam.is_some_and(|e| named.contains(&e)))
        }
    };
    (tier.requirements.iter()).any(|r| match r {
        crate::ir::Requirement::Score(s) => {
            (s.metrics.iter()).any(|m| least(s, m) > 0 && empty(&m.measure))
        }
        _ => false,
    })
}

/// The day a year before `as_of`.
fn year_before(as_of: NaiveDate) -> NaiveDate {
    as_of
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN)
}

fn found(
    program: &Program,
    people: &People,
    m: &ScoreMeasure,
    partner: &Partner,
    as_of: NaiveDate,
) -> i64 {
    let signed = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    match m {
        ScoreMeasure::Count(q) => signed(count(program, q, partner, as_of).found),
        ScoreMeasure::NewCustomers(q) => signed(new_customers(q, partner, as_of).found),
        ScoreMeasure::UsageGrowth(q) => {
            let now = signed(count(program, q, partner, as_of).found);
            now - signed(count(program, q, partner, year_before(as_of)).found)
        }
        ScoreMeasure::NetCustomerAdds(q) => {
            let now = customers(q, partner, as_of).len() as i64;
            now - customers(q, partner, year_before(as_of)).len() as i64
        }
        // Summed by `score_money`, not counted.
        ScoreMeasure::Revenue(_) | ScoreMeasure::Consumption(_) => 0,
        ScoreMeasure::People(h) => {
            let holds = people
                .order
                .iter()
                .filter(|&&p| people.eligible(p, &h.group));
            holds.count() as i64
        }
    }
}

/// The eligible customers on `day`: distinct customers with a record for a
/// listed product in the window ending on `day` — a revenue or consumption
/// line of a positive amount, or a paid usage record of a positive quantity
/// — that carries a listed association.
pub(crate) fn customers<'a>(
    q: &Quantity,
    partner: &'a Partner,
    day: NaiveDate,
) -> BTreeSet<&'a str> {
    let start = window_start(day, q.window.months());
    let counts = |l: &RevenueLine| {
        l.product.is_some_and(|p| q.products.contains(&p))
            && start < l.date
            && l.date <= day
            && l.associated(&q.associations)
    };
    let money = (partner.revenue.iter().chain(&partner.consumption))
        .filter(|l| l.amount.is_sign_positive() && !l.amount.is_zero());
    let usage = (partner.usage.iter())
        .filter(|r| r.paid && r.quantity > 0 && r.metric.is_some())
        .map(|r| &r.line);
    money
        .chain(usage)
        .filter(|l| counts(l))
        .map(|l| &*l.customer)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::points;

    #[test]
    fn points_are_proportional_and_truncated() {
        assert_eq!(points(15, 10, 10), 1500);
        assert_eq!(points(15, 11, 10), 1500);
        assert_eq!(points(20, 1, 3), 666);
        assert_eq!(points(30, -5, 10), 0);
        assert_eq!(points(30, 0, 10), 0);
    }
}
