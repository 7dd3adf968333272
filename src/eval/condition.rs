//! Conditions with `or`: who is eligible, and the fewest passes that make
//! someone eligible (design §4.6, §4.11).
//!
//! A condition is expanded once per group into its branches: the
//! conjunctions of clauses of its disjunctive normal form. A person is
//! eligible when every clause of some branch holds. The passes a person
//! lacks for a branch are, when its clauses name disjoint credentials, the
//! sum of what each clause lacks; when they overlap (one credential serving
//! two clauses), the fewest credentials over every way of meeting each
//! clause (the branch's terms, bounded by the compiler). The deficit is the
//! smallest over the branches, the first branch in written order on a tie.
//!
//! Credentials are held as a bit set local to the condition (bit `i` is
//! `exams[i]`); the compiler caps a condition at 64 credentials.

use super::people::People;
use super::Missing;
use crate::ir::{Clause, Condition, ExamIdx};

/// A condition expanded for one evaluation.
pub(super) struct CondPlan {
    /// The credentials the condition names, in first-written order.
    exams: Vec<ExamIdx>,
    /// The credentials that can still be passed on the as-of date.
    takeable: u64,
    branches: Vec<Branch>,
}

/// A conjunction of clauses.
struct Branch {
    /// `(credentials, passes needed, index of the clause in written order)`.
    clauses: Vec<(u64, u32, usize)>,
    /// With overlapping clauses: every set of credentials that meets all of
    /// them (one choice per clause, united). Empty for disjoint clauses.
    terms: Vec<u64>,
}

impl CondPlan {
    /// Expands `cond` against the people's as-of date. A condition the
    /// compiler did not bound expands to nothing, so nobody is eligible.
    pub(super) fn new(people: &People, cond: &Condition) -> CondPlan {
        let written = cond.clauses();
        let mut exams: Vec<ExamIdx> = Vec::new();
        for c in &written {
            for e in &c.exams {
                if !exams.contains(e) {
                    exams.push(*e);
                }
            }
        }
        exams.truncate(64);
        let bit = |e: &ExamIdx| exams.iter().position(|x| x == e).map_or(0, |i| 1u64 << i);
        let takeable = exams
            .iter()
            .filter(|e| people.can_take(**e))
            .fold(0, |m, e| m | bit(e));
        let mask = |c: &Clause| c.exams.iter().fold(0u64, |m, e| m | bit(e));
        let index = |c: &Clause| {
            written
                .iter()
                .position(|w| std::ptr::eq(*w, c))
                .unwrap_or(0)
        };
        let branches = cond
            .branches(crate::compile::MAX_TERMS)
            .unwrap_or_default()
            .into_iter()
            .map(|b| {
                let clauses: Vec<(u64, u32, usize)> =
                    b.iter().map(|c| (mask(c), c.need, index(c))).collect();
                let overlap = clauses
                    .iter()
                    .enumerate()
                    .any(|(i, a)| clauses[..i].iter().any(|b| a.0 & b.0 != 0));
                let terms = if overlap { terms(&clauses) } else { Vec::new() };
                Branch { clauses, terms }
            })
            .collect();
        CondPlan {
            exams,
            takeable,
            branches,
        }
    }

    /// What `person` (or a new person, with `None`) holds, as a local bit set.
    pub(super) fn held(&self, people: &People, person: Option<u32>) -> u64 {
        let Some(p) = person else { return 0 };
        self.exams
            .iter()
            .enumerate()
            .filter(|(_, e)| people.holds(p, **e))
            .fold(0, |m, (i, _)| m | 1u64 << i)
    }

    /// Whether some branch holds for someone holding `held`.
    pub(super) fn eligible(&self, held: u64) -> bool {
        self.branches.iter().any(|b| {
            b.clauses
                .iter()
                .all(|&(m, need, _)| (held & m).count_ones() >= need)
        })
    }

    /// The fewest passes that make someone holding `held` eligible, with the
    /// branch that needs them and, for overlapping clauses, the credentials
    /// to pass; `None` when no branch can be met any more.
    fn best(&self, held: u64) -> Option<(u64, usize, Option<u64>)> {
        let mut best: Option<(u64, usize, Option<u64>)> = None;
        for (bi, b) in self.branches.iter().enumerate() {
            let found = if b.terms.is_empty() {
                let mut total = 0u64;
                let mut ok = true;
                for &(m, need, _) in &b.clauses {
                    let have = (held & m).count_ones();
                    if have >= need {
                        continue;
                    }
                    if (m & !held & self.takeable).count_ones() < need - have {
                        ok = false;
                        break;
                    }
                    total += u64::from(need - have);
                }
                ok.then_some((total, None))
            } else {
                b.terms
                    .iter()
                    .map(|t| t & !held)
                    .filter(|lack| lack & !self.takeable == 0)
                    .min_by_key(|lack| (lack.count_ones(), self.ids_key(*lack)))
                    .map(|lack| (u64::from(lack.count_ones()), Some(lack)))
            };
            if let Some((cost, lack)) = found {
                if best.is_none_or(|(c, ..)| cost < c) {
                    best = Some((cost, bi, lack));
                }
            }
        }
        best
    }

    /// Orders sets of equal size by their sorted credential positions, so a
    /// tie between overlapping choices never depends on enumeration order.
    fn ids_key(&self, set: u64) -> Vec<ExamIdx> {
        let mut ids: Vec<ExamIdx> = (0..self.exams.len())
            .filter(|i| set >> i & 1 == 1)
            .map(|i| self.exams[i])
            .collect();
        ids.sort_unstable();
        ids
    }

    /// The fewest passes that make someone holding `held` eligible.
    pub(super) fn deficit(&self, held: u64) -> Option<u64> {
        self.best(held).map(|(cost, ..)| cost)
    }

    /// What someone holding `held` lacks, in the cheapest branch: clause by
    /// clause, or (overlapping clauses) the credentials to pass as one list.
    pub(super) fn missing<'a>(&self, people: &People<'a>, held: u64) -> Option<Vec<Missing<'a>>> {
        let (_, bi, lack) = self.best(held)?;
        let b = &self.branches[bi];
        let ids = |set: u64| -> Vec<&'a str> {
            (0..self.exams.len())
                .filter(|i| set >> i & 1 == 1)
                .map(|i| people.exam_id(self.exams[i]))
                .collect()
        };
        if let Some(lack) = lack {
            if lack == 0 {
                return Some(Vec::new());
            }
            let first = b.clauses.first().map_or(0, |c| c.2);
            return Some(vec![Missing {
                clause: first,
                need: lack.count_ones(),
                exams: ids(lack),
            }]);
        }
        let mut out = Vec::new();
        for &(m, need, clause) in &b.clauses {
            let have = (held & m).count_ones();
            if have >= need {
                continue;
            }
            out.push(Missing {
                clause,
                need: need - have,
                exams: ids(m & !held & self.takeable),
            });
        }
        Some(out)
    }
}

/// Every union of one choice per clause (a choice: `need` credentials of the
/// clause), without repeats.
fn terms(clauses: &[(u64, u32, usize)]) -> Vec<u64> {
    let mut out = vec![0u64];
    for &(m, need, _) in clauses {
        let choices = subsets(m, need);
        let mut next: Vec<u64> = out
            .iter()
            .flat_map(|t| choices.iter().map(move |c| t | c))
            .collect();
        next.sort_unstable();
        next.dedup();
        out = next;
        if out.len() > crate::compile::MAX_TERMS {
            // The compiler refuses such conditions; never enumerate them.
            return Vec::new();
        }
    }
    out
}

/// Every subset of `mask` with exactly `k` bits.
fn subsets(mask: u64, k: u32) -> Vec<u64> {
    let bits: Vec<u64> = (0..64)
        .filter(|i| mask >> i & 1 == 1)
        .map(|i| 1u64 << i)
        .collect();
    let mut out = Vec::new();
    fn go(bits: &[u64], k: u32, acc: u64, out: &mut Vec<u64>) {
        if k == 0 {
            out.push(acc);
            return;
        }
        if bits.len() < k as usize || out.len() > crate::compile::MAX_TERMS {
            return;
        }
        go(&bits[1..], k - 1, acc | bits[0], out);
        go(&bits[1..], k, acc, out);
    }
    go(&bits, k, 0, &mut out);
    out
}
