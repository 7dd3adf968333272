//! Per-person conditions with `or` and areas, and the `each:` form of a
//! people requirement.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Clause, SlotGroup};

/// `each: C` and `K of them: D`, as written. It means the slot groups
/// `K x C and D` then `(N - K) x C`; `each:` alone means `N x C`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Each {
    /// What every one of the individuals holds: a group of `total` slots.
    pub each: SlotGroup,
    /// What `count` of the same individuals also hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of_them: Option<SlotGroup>,
}

/// What one individual must hold, with `or`: a tree of clauses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Condition {
    /// One clause.
    Clause(Clause),
    /// Every part holds for the same individual.
    And(Vec<Condition>),
    /// Some part holds for the individual.
    Or(Vec<Condition>),
    /// `Q of any area [A, B]`: the clause of some one area holds (one
    /// clause per area, each with its `area`).
    AnyArea(Vec<Clause>),
}

impl Condition {
    /// Every clause, in written order.
    pub fn clauses(&self) -> Vec<&Clause> {
        match self {
            Condition::Clause(c) => vec![c],
            Condition::And(parts) | Condition::Or(parts) => {
                parts.iter().flat_map(Condition::clauses).collect()
            }
            Condition::AnyArea(clauses) => clauses.iter().collect(),
        }
    }
}

impl Condition {
    /// The condition as an `or` of conjunctions of clauses (its disjunctive
    /// normal form over clauses), in written order; `None` when it has more
    /// than `limit` conjunctions.
    pub fn branches(&self, limit: usize) -> Option<Vec<Vec<&Clause>>> {
        match self {
            Condition::Clause(c) => Some(vec![vec![c]]),
            Condition::AnyArea(clauses) if clauses.len() <= limit => {
                Some(clauses.iter().map(|c| vec![c]).collect())
            }
            Condition::AnyArea(_) => None,
            Condition::Or(parts) => {
                let mut out = Vec::new();
                for p in parts {
                    out.extend(p.branches(limit)?);
                    if out.len() > limit {
                        return None;
                    }
                }
                Some(out)
            }
            Condition::And(parts) => {
                let mut out: Vec<Vec<&Clause>> = vec![Vec::new()];
                for p in parts {
                    let mine = p.branches(limit)?;
                    if out.len().saturating_mul(mine.len()) > limit {
                        return None;
                    }
                    let mut next = Vec::with_capacity(out.len() * mine.len());
                    for a in &out {
                        for b in &mine {
                            next.push(a.iter().chain(b).copied().collect());
                        }
                    }
                    out = next;
                }
                Some(out)
            }
        }
    }
}

impl SlotGroup {
    /// One slot asking for one clause: how reports phrase a clause alone.
    pub fn from_clause(clause: Clause) -> SlotGroup {
        SlotGroup {
            count: 1,
            span: clause.span,
            clauses: vec![clause],
            condition: None,
        }
    }

    /// Every clause of the group, in written order, whatever its form.
    pub fn all_clauses(&self) -> Vec<&Clause> {
        match &self.condition {
            Some(c) => c.clauses(),
            None => self.clauses.iter().collect(),
        }
    }
}
