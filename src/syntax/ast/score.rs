//! Syntax of scores (`score 70 of 100 { … }`) and the qualification window.

use super::{AtLeast, Condition, MeasureReq, RevenueReq, Span, Spanned};

/// `score TARGET of TOTAL (with every metric above zero)? { metrics }`
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreReq {
    /// The points to reach (`70`).
    pub target: Spanned<u32>,
    /// The points the weights add up to (`100`).
    pub total: Spanned<u32>,
    /// `with every metric above zero`, where written.
    pub above_zero: Option<Span>,
    pub metrics: Vec<ScoreMetric>,
    pub span: Span,
}

/// `POINTS points for MEASURE (minimum N)?`
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreMetric {
    pub points: Spanned<u32>,
    pub measure: ScoreMeasure,
    /// `minimum N`: the measure must reach N for the score to count.
    pub minimum: Option<Spanned<u32>>,
    pub span: Span,
}

/// What a metric measures.
#[derive(Clone, Debug, PartialEq)]
pub enum ScoreMeasure {
    /// `count …`, `new customers …`, `net customer adds …`, `usage growth …`.
    Measure(MeasureReq),
    /// `people holding CONDITION at least N`.
    People(HoldersReq),
    /// `revenue KINDS in [P] … at least MONEY`: money, as the requirement
    /// counts it (`consumption …` is a [`ScoreMeasure::Measure`]).
    Revenue(RevenueReq),
}

/// `people holding CONDITION at least N`: distinct people, each counted once.
#[derive(Clone, Debug, PartialEq)]
pub struct HoldersReq {
    pub condition: Condition,
    pub at_least: Spanned<AtLeast>,
    pub span: Span,
}

/// `qualified on any day of the current month and the N before`.
#[derive(Clone, Debug, PartialEq)]
pub struct QualifiedReq {
    /// The months before the current one.
    pub before: Spanned<u32>,
    pub span: Span,
}

impl ScoreMetric {
    /// The `at least` figure: the threshold that earns every point.
    pub fn at_least(&self) -> &Spanned<AtLeast> {
        match &self.measure {
            ScoreMeasure::Measure(m) => &m.req.at_least,
            ScoreMeasure::People(h) => &h.at_least,
            ScoreMeasure::Revenue(r) => &r.at_least,
        }
    }
}
