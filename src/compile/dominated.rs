//! `dominated-branch` (design §5): an `or` branch that can never matter,
//! because anyone who meets it meets another branch (every way to meet it
//! contains a way to meet the other), or because it repeats another.

use super::codes::new;
use super::Cx;
use crate::ir::{Condition, ExamIdx};
use crate::syntax::ast;

/// Bound on the ways to meet a branch that the check enumerates; beyond it
/// the branch is not checked (the check warns, it never refuses).
const LIMIT: usize = 1_024;

/// Warns about every branch of `parts` (an `or`, lowered as `lowered`)
/// implied by an earlier or later branch.
pub(super) fn check(cx: &mut Cx, parts: &[ast::Condition], lowered: &[Condition]) {
    let terms: Vec<Option<Vec<Vec<ExamIdx>>>> = lowered.iter().map(terms).collect();
    for (b, tb) in terms.iter().enumerate() {
        let Some(tb) = tb else { continue };
        // The branch that makes `b` useless: one that `b` implies, not
        // itself implied by `b` unless it comes first (equal branches: the
        // later one is reported).
        let by = terms.iter().enumerate().find(|(a, ta)| {
            let Some(ta) = ta else { return false };
            *a != b && implies(tb, ta) && (!implies(ta, tb) || *a < b)
        });
        if let Some((a, _)) = by {
            cx.push(
                new("rubric::validate::dominated-branch", parts[b].span())
                    .arg("branch", crate::format::condition(&parts[b]))
                    .arg("other", crate::format::condition(&parts[a]))
                    .label(parts[a].span(), "other"),
            );
        }
    }
}

/// Whether meeting some term of `b` always meets a term of `a`.
fn implies(b: &[Vec<ExamIdx>], a: &[Vec<ExamIdx>]) -> bool {
    b.iter().all(|tb| {
        a.iter()
            .any(|ta| ta.iter().all(|e| tb.binary_search(e).is_ok()))
    })
}

/// The ways to meet `c`, each a sorted set of credentials; `None` beyond [`LIMIT`].
fn terms(c: &Condition) -> Option<Vec<Vec<ExamIdx>>> {
    let out = match c {
        Condition::Clause(cl) => {
            let mut out = Vec::new();
            subsets(&cl.exams, cl.need as usize, &mut Vec::new(), &mut out);
            out
        }
        Condition::Or(parts) => {
            let mut out = Vec::new();
            for p in parts {
                out.extend(terms(p)?);
            }
            out
        }
        Condition::AnyArea(cls) => {
            let mut out = Vec::new();
            for cl in cls {
                out.extend(terms(&Condition::Clause(cl.clone()))?);
            }
            out
        }
        Condition::And(parts) => {
            let mut out: Vec<Vec<ExamIdx>> = vec![Vec::new()];
            for p in parts {
                let mine = terms(p)?;
                if out.len() * mine.len() > LIMIT {
                    return None;
                }
                let mut next = Vec::new();
                for a in &out {
                    for b in &mine {
                        let mut t: Vec<ExamIdx> = a.iter().chain(b).copied().collect();
                        t.sort_unstable();
                        t.dedup();
                        next.push(t);
                    }
                }
                out = next;
            }
            out
        }
    };
    (out.len() <= LIMIT).then_some(out)
}

/// Every `k`-subset of `items`, sorted, into `out` (stopping past [`LIMIT`]).
fn subsets(items: &[ExamIdx], k: usize, acc: &mut Vec<ExamIdx>, out: &mut Vec<Vec<ExamIdx>>) {
    if out.len() > LIMIT {
        return;
    }
    if k == 0 {
        let mut t = acc.clone();
        t.sort_unstable();
        out.push(t);
        return;
    }
    if items.len() < k {
        return;
    }
    acc.push(items[0]);
    subsets(&items[1..], k - 1, acc, out);
    acc.pop();
    subsets(&items[1..], k, acc, out);
}
