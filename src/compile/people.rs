//! Per-person conditions: `and` / `or` trees of clauses, lowered and checked.

use super::codes::new;
use super::error::{self, CREDENTIAL};
use super::lower::resolve_list;
use super::{Cx, Names};
use crate::diag::Diagnostic;
use crate::ir;
use crate::span::Span;
use crate::syntax::ast;

/// The most conjunctions of credentials a condition may expand to (design
/// §4.11): plans enumerate them when the clauses of an `and` overlap.
pub(crate) const MAX_TERMS: usize = 4_096;

/// The most distinct credentials a condition with `or` may name: the
/// evaluator holds them as one bit set per person.
pub(crate) const MAX_CREDENTIALS: usize = 64;

/// A slot group's condition: a conjunction of clauses naming disjoint
/// credentials as its clauses (the form the evaluator turns into bit sets),
/// anything else (an `or`, clauses sharing a credential) as a tree. `None`
/// when something in it was reported.
pub(super) fn slot_condition(
    cx: &mut Cx,
    names: &Names,
    c: &ast::Condition,
) -> Option<(Vec<ir::Clause>, Option<ir::Condition>)> {
    let tree = condition(cx, names, c)?;
    match tree {
        ir::Condition::Clause(c) => Some((vec![c], None)),
        // Clauses that overlap need the exact plan of the general path.
        ir::Condition::And(parts) if plain(&parts) => {
            let clauses = parts
                .into_iter()
                .filter_map(|p| match p {
                    ir::Condition::Clause(c) => Some(c),
                    _ => None,
                })
                .collect();
            Some((clauses, None))
        }
        tree => {
            if too_large(&tree) {
                cx.push(condition_too_large(c.span()));
                return None;
            }
            Some((Vec::new(), Some(tree)))
        }
    }
}

/// Whether `parts` are clauses naming disjoint credentials: the form the
/// evaluator holds as bit sets, where the passes a person lacks are the sum
/// of what each clause lacks.
fn plain(parts: &[ir::Condition]) -> bool {
    let clauses: Vec<&ir::Clause> = parts
        .iter()
        .filter_map(|p| match p {
            ir::Condition::Clause(c) => Some(c),
            _ => None,
        })
        .collect();
    clauses.len() == parts.len() && !overlapping(&clauses)
}

/// Lowers every part, so that every mistake in it is reported.
fn condition(cx: &mut Cx, names: &Names, c: &ast::Condition) -> Option<ir::Condition> {
    let parts = match c {
        ast::Condition::Clause(c) => return clause(cx, names, c).map(ir::Condition::Clause),
        ast::Condition::And(parts, _) | ast::Condition::Or(parts, _) => parts,
    };
    let lowered: Vec<Option<ir::Condition>> =
        parts.iter().map(|p| condition(cx, names, p)).collect();
    let lowered: Vec<ir::Condition> = lowered.into_iter().collect::<Option<_>>()?;
    Some(match c {
        ast::Condition::Or(..) => ir::Condition::Or(lowered),
        _ => ir::Condition::And(lowered),
    })
}

/// `one of [...]`, `K of [...]`, `all of [...]`.
pub(super) fn clause(cx: &mut Cx, names: &Names, c: &ast::Clause) -> Option<ir::Clause> {
    let exams = resolve_list(cx, &CREDENTIAL, &names.exams, &c.exams);
    let len = c.exams.node.len();
    // `all of` lowers to the clause "len of": the evaluator needs nothing new.
    let (need, all) = match c.need.node {
        ast::Need::Count(n) => (n, false),
        ast::Need::All => (len as u32, true),
    };
    // An empty list is reported as such, not also as impossible.
    if len > 0 && (need == 0 || need as usize > len) {
        cx.push(error::impossible_clause(c.need.span, need, len));
        return None;
    }
    Some(ir::Clause {
        need,
        all,
        exams: exams?.into_iter().map(ir::ExamIdx).collect(),
        span: c.span,
    })
}

/// Whether the evaluator could not hold `tree` exactly: too many
/// conjunctions, too many credential combinations in an `and` whose clauses
/// overlap, or too many credentials for one bit set.
fn too_large(tree: &ir::Condition) -> bool {
    let mut named: Vec<ir::ExamIdx> = tree
        .clauses()
        .iter()
        .flat_map(|c| c.exams.clone())
        .collect();
    named.sort_unstable();
    named.dedup();
    if named.len() > MAX_CREDENTIALS {
        return true;
    }
    let Some(branches) = tree.branches(MAX_TERMS) else {
        return true;
    };
    let mut terms = 0u64;
    for b in &branches {
        terms += match overlapping(b) {
            true => b
                .iter()
                .map(|c| choose(c.exams.len() as u64, u64::from(c.need)))
                .fold(1u64, u64::saturating_mul),
            false => 1,
        };
    }
    terms > MAX_TERMS as u64
}

/// Whether two clauses of a conjunction name a common credential.
pub(crate) fn overlapping(branch: &[&ir::Clause]) -> bool {
    let mut seen: Vec<ir::ExamIdx> = Vec::new();
    for c in branch {
        if c.exams.iter().any(|e| seen.contains(e)) {
            return true;
        }
        seen.extend(&c.exams);
    }
    false
}

/// `n` choose `k`, saturating.
fn choose(n: u64, k: u64) -> u64 {
    let k = k.min(n.saturating_sub(k));
    (0..k).fold(1u64, |acc, i| acc.saturating_mul(n - i) / (i + 1))
}

/// A condition too large to plan exactly.
fn condition_too_large(span: Span) -> Diagnostic {
    new("rubric::validate::condition-too-large", span)
        .arg("limit", MAX_TERMS)
        .arg("credentials", MAX_CREDENTIALS)
}
