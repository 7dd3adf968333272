//! Scores: weighted metrics with thresholds, partial points, minimums and a
//! total to reach (docs/language.md#scores).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{MarketIdx, Quantity, SlotGroup, Threshold};
use crate::span::Span;

/// `score TARGET of TOTAL { metrics }`: met when the points reach `target`
/// and every metric its minimum.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Score {
    /// The requirement's id in its tier: `score`, `score-2`…
    pub id: String,
    /// The points to reach.
    pub target: u32,
    /// The points the weights add up to.
    pub total: u32,
    /// `with every metric above zero`: every metric must find more than 0.
    pub above_zero: bool,
    /// In the order written.
    pub metrics: Vec<ScoreMetric>,
    pub span: Span,
}

/// `POINTS points for MEASURE (minimum N)?`
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ScoreMetric {
    /// The weight: the points earned at the threshold or above.
    pub points: u32,
    /// What it measures, with the threshold that earns the full weight.
    pub measure: ScoreMeasure,
    /// `minimum N`: the measure must find at least N.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<u64>,
    pub span: Span,
}

/// What a metric measures. Its `counts` per market are the thresholds that
/// earn the full weight.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ScoreMeasure {
    /// `count METRIC …`: paid units (deployments are a `summed` metric).
    Count(Quantity),
    /// `new customers …`
    NewCustomers(Quantity),
    /// `net customer adds in [P] over W with A`: distinct customers with a
    /// record in W ending on the as-of date, less those in W ending a year
    /// earlier.
    NetCustomerAdds(Quantity),
    /// `usage growth METRIC in [P] over W with A`: the `count` now less the
    /// same count a year earlier.
    UsageGrowth(Quantity),
    /// `people holding CONDITION`: distinct people meeting it, each once.
    People(Holders),
    /// `revenue KINDS in [P] over W with A at least MONEY`: the exact sum of
    /// the lines the revenue requirement would count; its `amounts` are the
    /// thresholds (docs/language.md#money-metrics).
    Revenue(Threshold),
    /// `consumption in [P] over W with A at least MONEY`: as `Revenue`, of
    /// the consumption lines.
    Consumption(Threshold),
}

/// `people holding CONDITION at least N`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Holders {
    /// The condition, as one slot group of one slot.
    pub group: SlotGroup,
    /// The number of people that earns the full weight, per market.
    pub counts: BTreeMap<MarketIdx, u64>,
    pub span: Span,
}

/// The counts of a money metric: none (its thresholds are amounts).
static NO_COUNTS: BTreeMap<MarketIdx, u64> = BTreeMap::new();

impl ScoreMeasure {
    /// The threshold that earns the full weight, per market; empty for a
    /// money metric (see [`ScoreMeasure::money`]).
    pub fn counts(&self) -> &BTreeMap<MarketIdx, u64> {
        match self {
            ScoreMeasure::Revenue(_) | ScoreMeasure::Consumption(_) => &NO_COUNTS,
            ScoreMeasure::Count(q)
            | ScoreMeasure::NewCustomers(q)
            | ScoreMeasure::NetCustomerAdds(q)
            | ScoreMeasure::UsageGrowth(q) => &q.counts,
            ScoreMeasure::People(h) => &h.counts,
        }
    }

    /// The measure's name as the language writes it.
    pub fn keyword(&self) -> &'static str {
        match self {
            ScoreMeasure::Count(_) => "count",
            ScoreMeasure::NewCustomers(_) => "new customers",
            ScoreMeasure::NetCustomerAdds(_) => "net customer adds",
            ScoreMeasure::UsageGrowth(_) => "usage growth",
            ScoreMeasure::People(_) => "people holding",
            ScoreMeasure::Revenue(_) => "revenue",
            ScoreMeasure::Consumption(_) => "consumption",
        }
    }

    /// A money metric's threshold (its amounts per market), and whether it
    /// sums consumption lines rather than revenue lines.
    pub fn money(&self) -> Option<(&Threshold, bool)> {
        match self {
            ScoreMeasure::Revenue(t) => Some((t, false)),
            ScoreMeasure::Consumption(t) => Some((t, true)),
            _ => None,
        }
    }
}

impl PartialEq for Score {
    fn eq(&self, o: &Self) -> bool {
        (
            &self.id,
            self.target,
            self.total,
            self.above_zero,
            &self.metrics,
        ) == (&o.id, o.target, o.total, o.above_zero, &o.metrics)
    }
}

impl PartialEq for ScoreMetric {
    fn eq(&self, o: &Self) -> bool {
        (self.points, &self.measure, self.minimum) == (o.points, &o.measure, o.minimum)
    }
}

impl PartialEq for Holders {
    fn eq(&self, o: &Self) -> bool {
        self.group == o.group && self.counts == o.counts
    }
}
