//! `individuals N { each: C  K of them: D }` (design §2.5): the slot groups
//! it means, `K x C and D` then `(N - K) x C`, with the form kept for
//! `rubric doc` ("2 of the same 4 individuals must also …").

use super::codes::new;
use super::error;
use super::people::{normalize, slot_condition, Scope};
use super::{Cx, Names};
use crate::diag::Diagnostic;
use crate::ir;
use crate::span::Span;
use crate::syntax::ast;

/// The slot groups and the form of a block written with `each:` or `K of
/// them:`; `None` when something in it was reported.
pub(super) fn lower(
    cx: &mut Cx,
    names: &Names,
    scope: &mut Scope,
    i: &ast::IndividualsReq,
) -> Option<(Vec<ir::SlotGroup>, ir::Each)> {
    let n = i.total.node;
    let mut ok = true;
    let first_form = i
        .each
        .first()
        .map(|e| e.span)
        .or(i.of_them.first().map(|o| o.span))?;
    if let Some(g) = i.groups.first() {
        cx.push(each_with_groups(g.span, first_form));
        ok = false;
    }
    for extra in i.each.iter().skip(1) {
        cx.push(error::duplicate_property(
            "each:",
            extra.span,
            i.each[0].span,
        ));
        ok = false;
    }
    if let Some(extra) = i.of_them.get(1) {
        cx.push(several_of_them(extra.span, Some(i.of_them[0].span)));
        ok = false;
    }
    let Some(each) = i.each.first() else {
        cx.push(several_of_them(i.of_them[0].span, None));
        return None;
    };
    let base = slot_condition(cx, names, scope, &each.condition);
    let also = match i.of_them.first() {
        Some(o) => {
            let k = o.count.node;
            if k == 0 || k > n {
                cx.push(
                    new("rubric::validate::impossible-clause", o.count.span)
                        .arg("need", k)
                        .arg("len", n)
                        .arg("hint", "of-them"),
                );
                ok = false;
            }
            let lowered = slot_condition(cx, names, scope, &o.condition);
            ok &= lowered.is_some();
            lowered.map(|l| (o, l))
        }
        None => None,
    };
    let (base_clauses, base_cond) = base?;
    if !ok {
        return None;
    }
    let group =
        |count: u32, (clauses, condition): (Vec<ir::Clause>, Option<ir::Condition>), span| {
            ir::SlotGroup {
                count,
                clauses,
                condition,
                span,
            }
        };
    let each_group = group(n, (base_clauses, base_cond), each.span);
    let Some((o, also)) = also else {
        let form = ir::Each {
            each: each_group.clone(),
            of_them: None,
        };
        return Some((vec![each_group], form));
    };
    let k = o.count.node;
    let also_group = group(k, also, o.span);
    // `K x C and D`: the same person holds both, one credential serving
    // both counted once (the tree takes the exact path when they overlap).
    let both = ir::Condition::And(vec![tree(&each_group), tree(&also_group)]);
    let both = normalize(cx, flatten(both), each.span.to(o.span))?;
    // Reports point at the `K of them:` line for these slots, at `each:`
    // for the others.
    let mut groups = vec![group(k, both, o.span)];
    if n > k {
        let mut rest = each_group.clone();
        rest.count = n - k;
        groups.push(rest);
    }
    let form = ir::Each {
        each: each_group,
        of_them: Some(also_group),
    };
    Some((groups, form))
}

/// A slot group's condition as a tree, whatever its form.
pub(crate) fn tree(g: &ir::SlotGroup) -> ir::Condition {
    if let Some(c) = &g.condition {
        return c.clone();
    }
    match g.clauses.as_slice() {
        [one] => ir::Condition::Clause(one.clone()),
        many => ir::Condition::And(many.iter().cloned().map(ir::Condition::Clause).collect()),
    }
}

/// `(A and B) and C` is `A and B and C`.
fn flatten(c: ir::Condition) -> ir::Condition {
    match c {
        ir::Condition::And(parts) => ir::Condition::And(
            parts
                .into_iter()
                .flat_map(|p| match flatten(p) {
                    ir::Condition::And(inner) => inner,
                    other => vec![other],
                })
                .collect(),
        ),
        other => other,
    }
}

/// `each:` or `K of them:` beside `N x` slot groups.
fn each_with_groups(span: Span, form: Span) -> Diagnostic {
    new("rubric::validate::each-with-groups", span).label(form, "form")
}

/// A second `K of them:` line (`first`: the first one), or one without
/// `each:` (`first` is `None`).
fn several_of_them(span: Span, first: Option<Span>) -> Diagnostic {
    match first {
        Some(f) => new("rubric::validate::several-of-them", span)
            .arg("hint", "second")
            .label(f, "first"),
        None => new("rubric::validate::several-of-them", span).arg("hint", "no-each"),
    }
}
