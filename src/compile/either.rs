//! `either { … } or { … }` in a tier (design §2.9, §4.9): its checks, and
//! the people groups of each branch together with the tier's own people
//! requirements (§4.7).
//!
//! A tier has at most one `either`: with two, people shared between their
//! branches would have to be decided for every combination of branches at
//! once; one `either` whose branches are the combinations says the same.

use super::codes::new;
use super::sharing::{self, People};
use super::Cx;
use crate::ir;
use crate::syntax::ast::{self, TierMember};

/// Code of an `either` inside a branch.
const NESTED: &str = "rubric::validate::nested-either";
/// Code of an `either` with one branch.
const SINGLE: &str = "rubric::validate::single-branch";
/// Code of a branch without requirements.
const EMPTY: &str = "rubric::validate::empty-branch";
/// Code of a second `either` in a tier.
const SEVERAL: &str = "rubric::validate::several-either";

/// The branches lowered, by requirement.
pub(super) type Lowered<'a> = Vec<(Vec<ir::Requirement>, People<'a>)>;

/// The `either` of one tier while its requirements are lowered.
#[derive(Default)]
pub(super) struct Lowering<'a> {
    /// The first `either` of the tier: the only one allowed.
    first: Option<&'a ast::EitherReq>,
    /// Where it was lowered among the tier's requirements, and each
    /// branch's people requirements (indices into the branch's).
    lowered: Option<(usize, Vec<People<'a>>)>,
}

impl<'a> Lowering<'a> {
    /// Whether the tier has no `either` (lowered or not).
    pub(super) fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    /// Whether `e` is the tier's first `either`; a later one is reported.
    pub(super) fn accept(&mut self, cx: &mut Cx, e: &'a ast::EitherReq) -> bool {
        if let Some(first) = self.first {
            cx.push(new(SEVERAL, e.keyword).label(first.keyword, "first"));
            return false;
        }
        self.first = Some(e);
        true
    }

    /// The `either` (at index `at` of the tier), from its lowered branches;
    /// `None` when it is malformed or a branch did not lower.
    pub(super) fn lower(
        &mut self,
        cx: &mut Cx,
        e: &'a ast::EitherReq,
        at: usize,
        branches: Lowered<'a>,
    ) -> Option<ir::Requirement> {
        let mut ok = true;
        if e.branches.len() < 2 {
            cx.push(new(SINGLE, e.keyword));
            ok = false;
        }
        for (b, (reqs, _)) in e.branches.iter().zip(&branches) {
            let written = b.members.iter().filter(|m| !is_either(m)).count();
            if b.members.is_empty() {
                cx.push(new(EMPTY, b.span));
                ok = false;
            } else if reqs.len() < written {
                // A requirement that did not lower was reported.
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        let mut people = Vec::new();
        let mut lowered = Vec::new();
        for (b, (requirements, p)) in e.branches.iter().zip(branches) {
            people.push(p);
            lowered.push(ir::Branch {
                requirements,
                people_groups: Vec::new(),
                span: b.span,
            });
        }
        self.lowered = Some((at, people));
        let mut either = ir::Either {
            id: String::new(),
            branches: lowered,
            span: e.span,
        };
        either.id = "either".to_string();
        either.name_branches();
        Some(ir::Requirement::Either(either))
    }

    /// Checks the sharing of each branch's people with the tier's (`people`,
    /// indices into `requirements`, the tier's), stores each branch's
    /// groups, and returns the tier's own groups.
    pub(super) fn finish(
        self,
        cx: &mut Cx,
        tier: &str,
        people: &People<'a>,
        requirements: &mut [ir::Requirement],
    ) -> Vec<Vec<u32>> {
        let Some((at, branches)) = self.lowered else {
            return sharing::groups(cx, tier, people).unwrap_or_default();
        };
        let n = requirements.len();
        let start = cx.diagnostics.len();
        let mut own: Option<Vec<Vec<u32>>> = None;
        let mut per_branch = Vec::new();
        for branch in &branches {
            let mut all = people.clone();
            all.extend(branch.iter().map(|(i, k)| (*i, k.map(|k| n + k))));
            let before = cx.diagnostics.len();
            let groups = sharing::groups(cx, tier, &all);
            // A fault of the tier's own requirements is found once per
            // branch: report it once, as the first branch found it.
            let mut k = before;
            while k < cx.diagnostics.len() {
                let d = &cx.diagnostics[k];
                let seen = (cx.diagnostics[start..before].iter())
                    .any(|e| (e.code, e.span) == (d.code, d.span));
                match seen {
                    true => drop(cx.diagnostics.remove(k)),
                    false => k += 1,
                }
            }
            let groups = groups.unwrap_or_default();
            if own.is_none() && !groups.is_empty() {
                own = Some(restrict(&groups, n));
            }
            per_branch.push(groups);
        }
        if let Some(ir::Requirement::Either(e)) = requirements.get_mut(at) {
            for (b, groups) in e.branches.iter_mut().zip(per_branch) {
                b.people_groups = groups;
            }
        }
        match people.len() {
            0 | 1 => Vec::new(),
            _ => own.unwrap_or_default(),
        }
    }
}

/// The groups of the tier's own requirements (indices below `n`).
fn restrict(groups: &[Vec<u32>], n: usize) -> Vec<Vec<u32>> {
    groups
        .iter()
        .map(|g| g.iter().copied().filter(|&i| (i as usize) < n).collect())
        .filter(|g: &Vec<u32>| !g.is_empty())
        .collect()
}

fn is_either(m: &TierMember) -> bool {
    matches!(m, TierMember::Either(_))
}

/// An `either` inside a branch: refused, with the fix.
pub(super) fn nested(cx: &mut Cx, e: &ast::EitherReq) {
    cx.push(new(NESTED, e.keyword));
}
