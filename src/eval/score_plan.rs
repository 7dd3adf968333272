//! The cheapest way to reach a score (docs/language.md#plans-for-scores):
//! the fewest units added across its metrics — one customer, one person
//! holding the credentials, one deployment, one unit of usage each cost 1,
//! and money 1 per point's worth (its threshold divided by its weight,
//! counted up) —
//! such that the truncated points reach the target and every metric its
//! minimum. Exact, by dynamic programming over the points (in hundredths).

use super::score::{points, ScoreOutcome};
use crate::ir::{Score, ScoreMetric};

/// Above this many (state × choice) steps the plan is not attempted.
const MAX_STEPS: u64 = 50_000_000;

/// The plan to reach a score.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ScorePlan<'p> {
    /// The requirement's id in the tier.
    pub requirement: &'p str,
    pub rule: &'p Score,
    /// The metrics to improve, in the rules' order (none left unchanged).
    pub steps: Vec<ScoreStep<'p>>,
    /// Units to add in all.
    pub cost: u64,
    /// The points after the plan, in hundredths.
    pub points: u64,
    /// Too large to plan exactly (no steps).
    pub unplanned: bool,
}

/// One metric to improve.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ScoreStep<'p> {
    pub metric: &'p ScoreMetric,
    /// What it found.
    pub from: i64,
    /// What it must find.
    pub to: u64,
    /// Its points then, in hundredths.
    pub points: u64,
    /// For a money metric: how `from` and `to` read as amounts.
    pub money: Option<super::MoneyFigures>,
}

/// A metric as the plan sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Metric {
    pub weight: u32,
    pub found: i64,
    pub threshold: u64,
    /// The least figure that meets its minimum.
    pub least: u64,
    /// A money metric: adding `threshold / weight` costs 1 (see [`Metric::cost`]).
    pub money: bool,
}

impl Metric {
    /// A metric of weight `weight` that found `found` against `threshold`,
    /// whose minimum is met from `least` on.
    pub fn new(weight: u32, found: i64, threshold: u64, least: u64) -> Metric {
        Metric {
            weight,
            found,
            threshold,
            least,
            money: false,
        }
    }

    /// A money metric: figures are amounts in units of its finest decimal,
    /// and each point's worth of money added costs 1.
    pub fn money(weight: u32, found: i64, threshold: u64, least: u64) -> Metric {
        Metric {
            money: true,
            ..Metric::new(weight, found, threshold, least)
        }
    }

    /// The cost of reaching `to`.
    /// Nothing found (or a decline) and nothing asked costs nothing: 0 is
    /// what an unchanged decline earns.
    /// A money metric costs ⌈added · weight / threshold⌉: one per point's
    /// worth of money (were each cent to cost 1, money would almost never
    /// be planned).
    pub fn cost(&self, to: u64) -> u64 {
        let added = match to {
            0 => 0,
            _ => (i128::from(to) - i128::from(self.found)).max(0) as u128,
        };
        match self.money {
            false => added as u64,
            true => {
                let t = u128::from(self.threshold.max(1));
                (added.saturating_mul(u128::from(self.weight))).div_ceil(t) as u64
            }
        }
    }

    /// The figures worth reaching: the least that meets the minimum, and the
    /// least that earns each further hundredth of a point.
    fn choices(&self) -> Vec<u64> {
        let floor = (self.found.max(0) as u64).max(self.least);
        let mut out = vec![floor];
        let top = 100 * u128::from(self.weight);
        let t = u128::from(self.threshold.max(1));
        let mut p = u128::from(points(self.weight, floor as i64, self.threshold)) + 1;
        while p <= top && floor < self.threshold {
            // The least v with ⌊100·w·v/t⌋ ≥ p.
            let v = (p * t).div_ceil(top) as u64;
            if v > *out.last().unwrap_or(&0) {
                out.push(v);
            }
            p = u128::from(points(self.weight, v as i64, self.threshold)) + 1;
        }
        out
    }
}

/// The figure each metric must reach for the points to reach `target`
/// (hundredths) with every minimum met: the least total cost, then, among
/// plans of that cost, the fewest points (the least overshoot), then the
/// first in metric order with the smallest figures. `None` when no plan
/// exists or it is too large to compute.
pub fn cheapest(metrics: &[Metric], target: u64) -> Option<Vec<u64>> {
    let choices: Vec<Vec<u64>> = metrics.iter().map(Metric::choices).collect();
    let top: u64 = metrics.iter().map(|m| 100 * u64::from(m.weight)).sum();
    let steps = (top + 1) * choices.iter().map(|c| c.len() as u64).sum::<u64>();
    if steps > MAX_STEPS || target > top {
        return None;
    }
    let top = top as usize;
    // best[s]: the least cost of exactly s points (hundredths) so far.
    let mut best: Vec<Option<u64>> = vec![None; top + 1];
    best[0] = Some(0);
    let mut picks: Vec<Vec<(u32, u64)>> = Vec::with_capacity(metrics.len());
    for (m, cs) in metrics.iter().zip(&choices) {
        let mut next: Vec<Option<u64>> = vec![None; top + 1];
        let mut pick = vec![(0u32, 0u64); top + 1];
        // Each choice's points and cost, computed once rather than per state
        // (both divide 128-bit numbers).
        let each: Vec<(usize, u64, u64)> = (cs.iter())
            .map(|&v| {
                (
                    points(m.weight, v as i64, m.threshold) as usize,
                    m.cost(v),
                    v,
                )
            })
            .collect();
        for (s, c) in best.iter().enumerate() {
            let Some(c) = c else { continue };
            for &(p, cost, v) in &each {
                let (to, cost) = (s + p, c + cost);
                if next[to].is_none_or(|old| cost < old) {
                    next[to] = Some(cost);
                    pick[to] = (s as u32, v);
                }
            }
        }
        best = next;
        picks.push(pick);
    }
    let (_, mut s) = (best.iter().enumerate())
        .skip(target as usize)
        .filter_map(|(s, c)| Some((c.as_ref()?, s)))
        .min()?;
    let mut out = vec![0; metrics.len()];
    for i in (0..metrics.len()).rev() {
        let (prev, v) = picks[i][s];
        out[i] = v;
        s = prev as usize;
    }
    Some(out)
}

/// The plan for an unmet score.
pub(super) fn plan<'p>(s: &ScoreOutcome<'p>) -> ScorePlan<'p> {
    let metrics: Vec<Metric> = (s.metrics.iter())
        .map(|m| Metric {
            weight: m.rule.points,
            found: m.found,
            threshold: m.threshold,
            least: m.minimum,
            money: m.money.is_some(),
        })
        .collect();
    let mut plan = ScorePlan {
        requirement: s.requirement,
        rule: s.rule,
        steps: Vec::new(),
        cost: 0,
        points: s.points,
        unplanned: false,
    };
    let Some(to) = cheapest(&metrics, s.target) else {
        // The compiler keeps the target within the weights: only size is left.
        plan.unplanned = true;
        return plan;
    };
    plan.points = 0;
    for ((m, o), v) in metrics.iter().zip(&s.metrics).zip(to) {
        let pts = points(m.weight, v as i64, m.threshold);
        plan.points += pts;
        if m.cost(v) > 0 {
            plan.cost += m.cost(v);
            plan.steps.push(ScoreStep {
                metric: o.rule,
                from: m.found,
                to: v,
                points: pts,
                money: o.money,
            });
        }
    }
    plan
}
