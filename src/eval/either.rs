//! `either { … } or { … }` (design §4.9): a tier holds when its other
//! requirements hold and every requirement of some branch holds, the people
//! requirements of that branch decided together with the tier's own (§4.7):
//! each group of requirements that do not share people, whether written in
//! the tier or in the branch, is one maximum matching over all its slots.
//!
//! Every branch is evaluated and reported. The gap plan follows the branch
//! with the fewest unmet requirements, then the fewest credential passes,
//! then the first written.

use chrono::NaiveDate;

use super::error::Mismatch;
use super::people::People;
use super::{measures, revenue, sharing, RequirementOutcome};
use crate::data::Partner;
use crate::ir::{Branch, Either, Individuals, Program, Requirement, Tier};

/// Alternatives against the partner's data.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EitherOutcome<'p> {
    /// The requirement's id in its tier (`either`).
    pub requirement: &'p str,
    /// The alternatives judged.
    pub rule: &'p Either,
    /// Some branch holds.
    pub met: bool,
    /// The first branch that holds, by index, in written order.
    pub chosen: Option<usize>,
    /// Every branch, in written order.
    pub branches: Vec<BranchOutcome<'p>>,
}

/// One branch of an `either`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BranchOutcome<'p> {
    /// Every requirement of the branch holds (its people together with the tier's).
    pub met: bool,
    /// In the order of the branch's requirements.
    pub requirements: Vec<RequirementOutcome<'p>>,
}

/// What evaluating a requirement reads.
pub(super) struct Input<'a, 'p> {
    pub program: &'p Program,
    pub partner: &'a Partner,
    pub people: &'a People<'p>,
    pub as_of: NaiveDate,
}

/// Evaluates `e`, the `either` of `tier`. Currency errors go to `errors`.
pub(super) fn evaluate<'p>(
    input: &Input<'_, 'p>,
    tier: &'p Tier,
    e: &'p Either,
    errors: &mut Vec<Mismatch>,
    at: [usize; 3],
) -> EitherOutcome<'p> {
    let branches: Vec<BranchOutcome<'p>> = (e.branches.iter())
        .map(|b| branch(input, tier, b, errors, at))
        .collect();
    let chosen = branches.iter().position(|b| b.met);
    EitherOutcome {
        requirement: &e.id,
        rule: e,
        met: chosen.is_some(),
        chosen,
        branches,
    }
}

fn branch<'p>(
    input: &Input<'_, 'p>,
    tier: &'p Tier,
    b: &'p Branch,
    errors: &mut Vec<Mismatch>,
    at: [usize; 3],
) -> BranchOutcome<'p> {
    let mut joint = joint(input.people, tier, b);
    let requirements: Vec<RequirementOutcome<'p>> = (b.requirements.iter().enumerate())
        .map(|(ri, r)| match joint.get_mut(ri).and_then(Option::take) {
            Some(o) => RequirementOutcome::Individuals(o),
            None => one(input, r, errors, at),
        })
        .collect();
    BranchOutcome {
        met: requirements.iter().all(RequirementOutcome::met),
        requirements,
    }
}

/// A requirement other than `either`, evaluated alone.
pub(super) fn one<'p>(
    input: &Input<'_, 'p>,
    r: &'p Requirement,
    errors: &mut Vec<Mismatch>,
    at: [usize; 3],
) -> RequirementOutcome<'p> {
    let Input {
        program,
        partner,
        people,
        as_of,
    } = *input;
    match r {
        Requirement::Revenue(t) | Requirement::Consumption(t) => {
            let consumption = matches!(r, Requirement::Consumption(_));
            let before = errors.len();
            let o = revenue::evaluate(program, (t, consumption), partner, as_of, errors);
            for e in &mut errors[before..] {
                e.at = at;
            }
            match consumption {
                true => RequirementOutcome::Consumption(o),
                false => RequirementOutcome::Revenue(o),
            }
        }
        Requirement::Count(q) => {
            RequirementOutcome::Count(measures::count(program, q, partner, as_of))
        }
        Requirement::NewCustomers(q) => {
            RequirementOutcome::NewCustomers(measures::new_customers(q, partner, as_of))
        }
        Requirement::Status(s) => RequirementOutcome::Status(measures::status(s, partner, as_of)),
        Requirement::Individuals(i) => RequirementOutcome::Individuals(people.evaluate(i)),
        Requirement::Score(s) => {
            let before = errors.len();
            let o = super::score::evaluate(program, people, s, partner, as_of, errors);
            for e in &mut errors[before..] {
                e.at = at;
            }
            RequirementOutcome::Score(o)
        }
        // The compiler refuses an `either` in a branch: judged unmet.
        Requirement::Either(e) => RequirementOutcome::Either(EitherOutcome {
            requirement: &e.id,
            rule: e,
            met: false,
            chosen: None,
            branches: Vec::new(),
        }),
    }
}

/// The groups of several people requirements of the tier and branch `b`,
/// each member by its index (see [`Branch::people_groups`]), resolved.
pub(super) fn groups<'p>(tier: &'p Tier, b: &'p Branch) -> Vec<Vec<(usize, &'p Individuals)>> {
    let n = tier.requirements.len();
    let get = |i: u32| {
        let i = i as usize;
        let r = match i < n {
            true => tier.requirements.get(i),
            false => b.requirements.get(i - n),
        };
        match r {
            Some(Requirement::Individuals(r)) => Some((i, r)),
            _ => None,
        }
    };
    (b.people_groups.iter())
        .filter(|g| g.len() > 1)
        .map(|g| g.iter().filter_map(|&i| get(i)).collect())
        .collect()
}

/// The outcome of every people requirement of `b` in a group of several
/// (by index into the branch's requirements; `None` for the others). A
/// group is judged whole, so a branch requirement is unmet when the tier's
/// own people cannot be found beside it.
fn joint<'p>(
    people: &People<'p>,
    tier: &'p Tier,
    b: &'p Branch,
) -> Vec<Option<super::IndividualsOutcome<'p>>> {
    let n = tier.requirements.len();
    let mut out = vec![None; b.requirements.len()];
    for group in groups(tier, b) {
        let reqs: Vec<&Individuals> = group.iter().map(|(_, i)| *i).collect();
        let outcomes = sharing::joint_outcomes(people, &reqs);
        let met = outcomes.iter().all(|o| o.filled >= o.required);
        for ((i, _), mut o) in group.into_iter().zip(outcomes) {
            o.met = met;
            if i >= n {
                out[i - n] = Some(o);
            }
        }
    }
    out
}

/// Adds to `gap` the plan of the cheapest branch of `e` when none holds.
/// People requirements of the tier planned with the branch's (in one
/// group) replace their plan made alone.
pub(super) fn plan<'p>(
    people: &People<'p>,
    tier: &'p Tier,
    e: &EitherOutcome<'p>,
    gap: &mut super::Gap<'p>,
) {
    if e.met {
        return;
    }
    let mut best: Option<((usize, u32, usize), super::Gap<'p>)> = None;
    for (bi, (b, found)) in e.rule.branches.iter().zip(&e.branches).enumerate() {
        let part = branch_plan(people, tier, b, found);
        let passes = part.individuals.iter().map(|g| g.exam_passes).sum::<u32>();
        let unmet = found.requirements.iter().filter(|r| !r.met()).count();
        let key = (unmet, passes, bi);
        if best.as_ref().is_none_or(|(k, _)| key < *k) {
            best = Some((key, part));
        }
    }
    let Some(((.., bi), part)) = best else { return };
    gap.branch = Some(bi);
    for g in part.individuals {
        gap.individuals.retain(|o| o.requirement != g.requirement);
        gap.individuals.push(g);
    }
    gap.revenue.extend(part.revenue);
    gap.consumption.extend(part.consumption);
    gap.quantities.extend(part.quantities);
    gap.statuses.extend(part.statuses);
}

/// The plan of one branch: its unmet requirements, its people requirements
/// in a group of several planned with the group (the tier's among them).
fn branch_plan<'p>(
    people: &People<'p>,
    tier: &'p Tier,
    b: &'p Branch,
    found: &BranchOutcome<'p>,
) -> super::Gap<'p> {
    let mut part = super::Gap::new(&tier.id);
    let groups = groups(tier, b);
    let n = tier.requirements.len();
    let in_group = |ri: usize| groups.iter().any(|g| g.iter().any(|(i, _)| *i == n + ri));
    for (ri, r) in found.requirements.iter().enumerate() {
        super::gap::add(&mut part, people, r, in_group(ri));
    }
    for group in &groups {
        let unmet = group
            .iter()
            .any(|(i, _)| *i >= n && found.requirements.get(i - n).is_some_and(|r| !r.met()));
        if unmet {
            let reqs: Vec<&'p Individuals> = group.iter().map(|(_, i)| *i).collect();
            part.individuals.extend(super::gap::joint(people, &reqs));
        }
    }
    part
}
