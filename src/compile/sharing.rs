//! Several people requirements in a tier (design §2.5, §4.7): names, `shares
//! people with`, and the groups the evaluator decides with one matching each.
//!
//! By default a person fills at most one slot among all the people
//! requirements of a tier. `shares people with` (symmetric) lets one person
//! fill one slot in each of two requirements. "Does not share" must be an
//! equivalence relation: the requirements then split into groups, each a set
//! that pairwise do not share, every two groups sharing entirely, and a tier
//! holds exactly when each group's slots can all be filled by distinct people
//! (one maximum matching per group). A relation that is not so grouped is
//! refused (`sharing-not-grouped`).

use std::collections::HashMap;

use super::codes::new;
use super::error;
use super::lower::resolve;
use super::Cx;
use crate::diag::Diagnostic;
use crate::span::Span;
use crate::syntax::ast;

/// The people requirements of a tier: the block, and its index among the
/// tier's lowered requirements (`None` when it did not lower).
pub(super) type People<'a> = Vec<(&'a ast::IndividualsReq, Option<usize>)>;

/// Checks names and sharing; returns the groups as requirement indices (only
/// for a tier with several people requirements, all lowered), or `None`.
pub(super) fn groups(cx: &mut Cx, tier: &str, people: &People) -> Option<Vec<Vec<u32>>> {
    if people.len() < 2 {
        if let Some((i, _)) = people.first() {
            // A lone requirement shares with nobody: every name is unknown.
            let table = HashMap::new();
            for id in i.shares.iter().flat_map(|s| &s.node) {
                resolve(cx, &error::PEOPLE, &table, id);
            }
        }
        return None;
    }
    let mut ok = true;
    for (i, _) in people {
        if i.name.is_none() {
            cx.push(unnamed(head(i), tier, people.len()));
            ok = false;
        }
    }
    // Names: the first of each is the one references resolve to.
    let mut table: HashMap<&str, u32> = HashMap::new();
    let mut first: HashMap<&str, Span> = HashMap::new();
    for (k, (i, _)) in people.iter().enumerate() {
        let Some(n) = &i.name else { continue };
        if let Some(at) = first.get(n.node.as_str()) {
            cx.duplicate("requirement", &n.node, n.span, *at);
            ok = false;
            continue;
        }
        first.insert(&n.node, n.span);
        table.insert(&n.node, k as u32);
    }
    let n = people.len();
    let mut share = vec![vec![false; n]; n];
    // Where each pair was declared to share, for listed-twice and labels.
    let mut said: HashMap<(usize, usize), Span> = HashMap::new();
    for (a, (i, _)) in people.iter().enumerate() {
        for id in i.shares.iter().flat_map(|s| &s.node) {
            let Some(b) = resolve(cx, &error::PEOPLE, &table, id) else {
                ok = false;
                continue;
            };
            let b = b as usize;
            if a == b {
                cx.push(
                    new("rubric::validate::share-with-self", id.span).arg("name", id.node.as_str()),
                );
                ok = false;
                continue;
            }
            let pair = (a.min(b), a.max(b));
            if let Some(at) = said.get(&pair) {
                cx.push(error::listed_twice("requirement", &id.node, id.span, *at));
                ok = false;
                continue;
            }
            said.insert(pair, id.span);
            share[a][b] = true;
            share[b][a] = true;
        }
    }
    if !ok {
        return None;
    }
    // "Does not share" is transitive: a and c sharing while b shares with
    // neither mixes one person in several slots with exclusions.
    for a in 0..n {
        for c in a + 1..n {
            if !share[a][c] {
                continue;
            }
            if let Some(b) = (0..n).find(|&b| b != a && b != c && !share[a][b] && !share[b][c]) {
                let name = |k: usize| people[k].0.name.as_ref().map_or("", |n| n.node.as_str());
                let at = said.get(&(a, c)).copied().unwrap_or(head(people[a].0));
                cx.push(not_grouped(
                    at,
                    head(people[b].0),
                    name(a),
                    name(c),
                    name(b),
                ));
                return None;
            }
        }
    }
    // Classes of "does not share", in written order.
    let mut class: Vec<Option<usize>> = vec![None; n];
    let mut out: Vec<Vec<u32>> = Vec::new();
    for a in 0..n {
        if class[a].is_some() {
            continue;
        }
        let g = out.len();
        let mut members = Vec::new();
        for b in a..n {
            if class[b].is_none() && (b == a || !share[a][b]) {
                class[b] = Some(g);
                members.push(b);
            }
        }
        let reqs: Option<Vec<u32>> = members
            .iter()
            .map(|&k| people[k].1.map(|r| r as u32))
            .collect();
        out.push(reqs?);
    }
    Some(out)
}

/// `individuals NAME N`: the head of a block, where a label reads best.
fn head(i: &ast::IndividualsReq) -> Span {
    Span::new(
        i.span.file,
        i.span.start as usize,
        i.total.span.end as usize,
    )
}

/// A tier with several people requirements, one of them unnamed.
fn unnamed(span: Span, tier: &str, count: usize) -> Diagnostic {
    new("rubric::validate::unnamed-people-requirements", span)
        .arg("tier", tier)
        .arg("count", count)
}

/// `a` shares with `c` (declared at `span`) but `b` (at `other`) shares with neither.
fn not_grouped(span: Span, other: Span, a: &str, c: &str, b: &str) -> Diagnostic {
    new("rubric::validate::sharing-not-grouped", span)
        .arg("a", a)
        .arg("c", c)
        .arg("b", b)
        .label(other, "other")
}
