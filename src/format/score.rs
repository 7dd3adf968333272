//! Layout of scores: `score T of N { … }`, one line per metric, and the
//! qualification window.

use std::fmt::Write;

use super::people::condition;
use super::{ids, money, Printer};
use crate::syntax::ast::*;

impl Printer {
    pub(super) fn score(&mut self, s: &ScoreReq) {
        let mut head = format!("score {} of {}", s.target.node, s.total.node);
        if s.above_zero.is_some() {
            head.push_str(" with every metric above zero");
        }
        self.line(s.span.start as usize, false, &format!("{head} {{"));
        self.depth += 1;
        for m in &s.metrics {
            let line = format!("{} points for {}", m.points.node, metric(m));
            self.line(m.span.start as usize, false, &line);
        }
        self.close(s.span.end as usize);
    }

    pub(super) fn qualified(&mut self, q: &QualifiedReq) {
        let line = format!(
            "qualified on any day of the current month and the {} before",
            q.before.node
        );
        self.line(q.span.start as usize, false, &line);
    }
}

/// A metric on one line: its measure, filters, threshold and minimum.
fn metric(m: &ScoreMetric) -> String {
    let mut out = match &m.measure {
        ScoreMeasure::People(h) => format!("people holding {}", condition(&h.condition)),
        ScoreMeasure::Measure(MeasureReq { req: r, .. }) | ScoreMeasure::Revenue(r) => {
            let mut s = match &m.measure {
                ScoreMeasure::Measure(q) => match &q.measure {
                    Measure::Count(id) => format!("count {}", id.node),
                    Measure::UsageGrowth(id) => format!("usage growth {}", id.node),
                    Measure::NewCustomers => "new customers".to_string(),
                    Measure::NetCustomerAdds => "net customer adds".to_string(),
                    Measure::Consumption => "consumption".to_string(),
                },
                _ => match &r.kinds.node {
                    Kinds::One(k) => format!("revenue {}", k.node),
                    Kinds::List(ks) => format!("revenue [{}]", ids(ks)),
                    Kinds::Any => "revenue of any kind".to_string(),
                },
            };
            let _ = write!(s, " in [{}]", ids(&r.products.node));
            match r.window.as_ref().map(|w| w.node) {
                Some(Window::Ttm) => s.push_str(" over ttm"),
                Some(Window::Months(1)) => s.push_str(" over 1 month"),
                Some(Window::Months(n)) => {
                    let _ = write!(s, " over {n} months");
                }
                None => {}
            }
            match &r.assoc {
                Some(a) if a.node.one_of => {
                    let _ = write!(s, " with one of [{}]", ids(&a.node.ids));
                }
                Some(a) => {
                    let _ = write!(s, " with {}", ids(&a.node.ids));
                }
                None => {}
            }
            s
        }
    };
    match &m.at_least().node {
        AtLeast::All(n) => {
            let _ = write!(out, " at least {}", money(n));
        }
        AtLeast::PerMarket(per) => {
            let per: Vec<String> = (per.iter())
                .map(|(k, n)| format!("{}: {}", k.node, money(n)))
                .collect();
            let _ = write!(out, " at least {{ {} }}", per.join(", "));
        }
    }
    if let Some(n) = &m.minimum {
        let _ = write!(out, " minimum {}", n.node);
    }
    out
}
