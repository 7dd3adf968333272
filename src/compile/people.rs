//! Per-person conditions: `and` / `or` trees of clauses, lowered and checked.

use super::codes::new;
use std::collections::HashMap;

use super::error::{self, AREA, CREDENTIAL};
use super::lower::{resolve, resolve_list};
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
    scope: &mut Scope,
    c: &ast::Condition,
) -> Option<(Vec<ir::Clause>, Option<ir::Condition>)> {
    let tree = condition(cx, names, scope, c)?;
    normalize(cx, tree, c.span())
}

/// A lowered condition in the form the evaluator takes: clauses naming
/// disjoint credentials joined by `and` as a list, anything else as a tree
/// (refused when too large to plan exactly; `span` is its place).
pub(super) fn normalize(
    cx: &mut Cx,
    tree: ir::Condition,
    span: Span,
) -> Option<(Vec<ir::Clause>, Option<ir::Condition>)> {
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
                cx.push(condition_too_large(span));
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
fn condition(
    cx: &mut Cx,
    names: &Names,
    scope: &mut Scope,
    c: &ast::Condition,
) -> Option<ir::Condition> {
    let parts = match c {
        ast::Condition::Clause(c) => return clause(cx, names, scope, c),
        ast::Condition::And(parts, _) | ast::Condition::Or(parts, _) => parts,
    };
    let lowered: Vec<Option<ir::Condition>> = parts
        .iter()
        .map(|p| condition(cx, names, scope, p))
        .collect();
    let lowered: Vec<ir::Condition> = lowered.into_iter().collect::<Option<_>>()?;
    if let ast::Condition::Or(..) = c {
        super::dominated::check(cx, parts, &lowered);
    }
    Some(match c {
        ast::Condition::Or(..) => ir::Condition::Or(lowered),
        _ => ir::Condition::And(lowered),
    })
}

/// `one of SOURCE`, `K of SOURCE`, `all of SOURCE`: a clause, or for `any
/// area [...]` one clause per area.
fn clause(cx: &mut Cx, names: &Names, scope: &mut Scope, c: &ast::Clause) -> Option<ir::Condition> {
    let need_of = |len: usize| match c.need.node {
        ast::Need::Count(n) => (n, false),
        ast::Need::All => (len as u32, true),
    };
    match &c.source {
        ast::Source::List(list) => {
            let exams = resolve_list(cx, &CREDENTIAL, &names.exams, list);
            let len = list.node.len();
            // `all of` lowers to the clause "len of": the evaluator needs nothing new.
            let (need, all) = need_of(len);
            // An empty list is reported as such, not also as impossible.
            if len > 0 && (need == 0 || need as usize > len) {
                cx.push(error::impossible_clause(c.need.span, need, len));
                return None;
            }
            Some(ir::Condition::Clause(ir::Clause {
                need,
                all,
                exams: exams?.into_iter().map(ir::ExamIdx).collect(),
                area: None,
                span: c.span,
            }))
        }
        ast::Source::Area(id) => {
            let area = scope.resolve(cx, id)?;
            let exams = scope.areas.exams(area)?;
            let (need, all) = need_of(exams.len());
            if need == 0 || need as usize > exams.len() {
                cx.push(error::impossible_clause(c.need.span, need, exams.len()));
                return None;
            }
            Some(ir::Condition::Clause(ir::Clause {
                need,
                all,
                exams,
                area: Some(area),
                span: c.span,
            }))
        }
        ast::Source::AnyArea(list) => {
            if list.node.is_empty() {
                cx.push(error::empty_list(AREA.what, list.span));
                return None;
            }
            let mut seen: HashMap<&str, Span> = HashMap::new();
            let mut found = Vec::new();
            let mut ok = true;
            for id in &list.node {
                if let Some(first) = seen.get(id.node.as_str()) {
                    cx.push(error::listed_twice(AREA.what, &id.node, id.span, *first));
                    ok = false;
                    continue;
                }
                seen.insert(&id.node, id.span);
                match scope
                    .resolve(cx, id)
                    .and_then(|a| Some((a, scope.areas.exams(a)?)))
                {
                    Some(f) => found.push(f),
                    None => ok = false,
                }
            }
            if !ok {
                return None;
            }
            // `K of any area` holds in one area: it asks too much only when
            // it asks too much of every area.
            let largest = found.iter().map(|(_, e)| e.len()).max().unwrap_or(0);
            let (k, _) = need_of(largest);
            if k == 0 || (matches!(c.need.node, ast::Need::Count(_)) && k as usize > largest) {
                cx.push(error::impossible_clause(c.need.span, k, largest));
                return None;
            }
            let clauses = found
                .into_iter()
                .map(|(area, exams)| {
                    let (need, all) = need_of(exams.len());
                    ir::Clause {
                        need,
                        all,
                        exams,
                        area: Some(area),
                        span: c.span,
                    }
                })
                .collect();
            Some(ir::Condition::AnyArea(clauses))
        }
    }
}

/// The focus areas of one competency, as its clauses see them.
pub(super) struct Areas {
    entries: Vec<AreaEntry>,
    used: Vec<bool>,
}

/// One declared area.
struct AreaEntry {
    id: String,
    /// The option declaring it; `None` for the whole competency.
    option: Option<String>,
    idx: ir::AreaIdx,
    /// Where its id is written.
    span: Span,
    /// Its credentials; `None` when they did not resolve (reported).
    exams: Option<Vec<ir::ExamIdx>>,
}

/// The areas seen from one option.
pub(super) struct Scope<'a> {
    pub(super) areas: &'a mut Areas,
    pub(super) option: &'a str,
}

impl Scope<'_> {
    /// The area `id` visible from this option, marked used.
    fn resolve(&mut self, cx: &mut Cx, id: &ast::Ident) -> Option<ir::AreaIdx> {
        let visible: HashMap<&str, u32> = self
            .areas
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.option.as_deref().is_none_or(|o| o == self.option))
            .map(|(i, e)| (e.id.as_str(), i as u32))
            .collect();
        let i = resolve(cx, &AREA, &visible, id)? as usize;
        self.areas.used[i] = true;
        Some(self.areas.entries[i].idx)
    }
}

impl Areas {
    /// Declares the areas of competency `c` (its own and its options') in
    /// `program`, reporting duplicates and credentials that do not resolve.
    pub(super) fn declare(
        cx: &mut Cx,
        names: &Names,
        program: &mut ir::Program,
        c: &ast::CompetencyDecl,
    ) -> Areas {
        let mut decls: Vec<(&ast::AreaDecl, Option<&str>)> = Vec::new();
        for m in &c.members {
            match m {
                ast::CompetencyMember::Area(a) => decls.push((a, None)),
                ast::CompetencyMember::Option(o) => {
                    for om in &o.members {
                        if let ast::OptionMember::Area(a) = om {
                            decls.push((a, Some(&o.id.node)));
                        }
                    }
                }
                _ => {}
            }
        }
        let mut areas = Areas {
            entries: Vec::new(),
            used: Vec::new(),
        };
        let mut first: HashMap<&str, Span> = HashMap::new();
        for (a, option) in decls {
            if let Some(at) = first.get(a.id.node.as_str()) {
                cx.duplicate("area", &a.id.node, a.id.span, *at);
                continue;
            }
            first.insert(&a.id.node, a.id.span);
            let exams = resolve_list(cx, &CREDENTIAL, &names.exams, &a.exams)
                .map(|l| l.into_iter().map(ir::ExamIdx).collect::<Vec<_>>());
            let idx = ir::AreaIdx(program.areas.len() as u32);
            program.areas.push(ir::Area {
                id: a.id.node.clone(),
                title: super::catalog::text(cx, &a.title),
                competency: c.id.node.clone(),
                option: option.map(str::to_string),
                exams: exams.clone().unwrap_or_default(),
                span: a.span,
            });
            areas.entries.push(AreaEntry {
                id: a.id.node.clone(),
                option: option.map(str::to_string),
                idx,
                span: a.id.span,
                exams,
            });
            areas.used.push(false);
        }
        areas
    }

    /// The credentials of `area`; `None` when they did not resolve (reported).
    fn exams(&self, area: ir::AreaIdx) -> Option<Vec<ir::ExamIdx>> {
        self.entries.iter().find(|e| e.idx == area)?.exams.clone()
    }

    /// Warns about every area no clause names.
    pub(super) fn finish(self, cx: &mut Cx) {
        for (e, used) in self.entries.iter().zip(&self.used) {
            if !used {
                cx.push(new("rubric::validate::unused-area", e.span).arg("name", e.id.as_str()));
            }
        }
    }
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
