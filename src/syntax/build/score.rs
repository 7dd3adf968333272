//! Builds scores and the qualification window (see `ast::score`).

use super::{Builder, P};
use crate::syntax::ast::*;
use crate::syntax::Rule;

impl Builder<'_> {
    /// `score TARGET of TOTAL (with every metric above zero)? { metrics }`
    pub(super) fn score(&mut self, p: P) -> Option<ScoreReq> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let target = self.count(it.next()?)?;
        let total = self.count(it.next()?)?;
        let mut above_zero = None;
        let mut metrics = Vec::new();
        for c in it {
            match c.as_rule() {
                Rule::above_zero => above_zero = Some(self.span(&c)),
                Rule::score_metric => metrics.push(self.score_metric(c)?),
                _ => {}
            }
        }
        Some(ScoreReq {
            target,
            total,
            above_zero,
            metrics,
            span,
        })
    }

    fn score_metric(&mut self, p: P) -> Option<ScoreMetric> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let points = self.count(it.next()?)?;
        let m = it.next()?;
        let measure = match m.as_rule() {
            Rule::holders_req => {
                let hs = self.span(&m);
                let mut parts = Self::children(m);
                let condition = self.condition(parts.next()?, 1, None)?;
                let at_least = self.at_least(parts.next()?)?;
                ScoreMeasure::People(HoldersReq {
                    condition,
                    at_least,
                    span: hs,
                })
            }
            Rule::revenue_req => ScoreMeasure::Revenue(self.revenue(m)?),
            rule => {
                let measure = match rule {
                    Rule::consumption_req => Measure::Consumption,
                    Rule::customers_req => Measure::NewCustomers,
                    Rule::net_adds_req => Measure::NetCustomerAdds,
                    _ => {
                        let metric = m.clone().into_inner().find(|c| c.as_rule() == Rule::ident);
                        let metric = self.ident(metric?);
                        match rule {
                            Rule::growth_req => Measure::UsageGrowth(metric),
                            _ => Measure::Count(metric),
                        }
                    }
                };
                let req = self.revenue(m)?;
                ScoreMeasure::Measure(MeasureReq { measure, req })
            }
        };
        let minimum = match it.next() {
            Some(c) => Some(self.count(Self::children(c).next()?)?),
            None => None,
        };
        Some(ScoreMetric {
            points,
            measure,
            minimum,
            span,
        })
    }

    /// `qualified on any day of the current month and the N before`
    pub(super) fn qualified(&mut self, p: P) -> Option<QualifiedReq> {
        let span = self.span(&p);
        let before = self.count(Self::children(p).next()?)?;
        Some(QualifiedReq { before, span })
    }
}
