//! Tiers with several people requirements (design §4.7): each group of
//! requirements that do not share people is decided by one maximum matching
//! over all its slots; a person may fill one slot in each group.
//!
//! Why this is exact: within a group nobody fills two slots, so any valid
//! assignment restricted to the group is a matching of its slots; and the
//! matchings of different groups always combine, since every requirement of
//! one group shares people with every requirement of another (the compiler
//! refuses any other sharing relation). So the tier's people part holds iff
//! every group's matching fills all its slots.

use std::sync::Arc;

use super::gap::joint;
use super::matching::max_matching_of;
use super::people::People;
use super::{IndividualsGap, IndividualsOutcome, RequirementOutcome, SlotOutcome, TierOutcome};
use crate::ir::{Individuals, Requirement, Tier};

/// The requirements of each group of several, by index into `tier.requirements`.
fn groups<'p>(tier: &'p Tier) -> impl Iterator<Item = Vec<(usize, &'p Individuals)>> + 'p {
    tier.people_groups
        .iter()
        .filter(|g| g.len() > 1)
        .map(move |g| {
            g.iter()
                .filter_map(|&ri| match tier.requirements.get(ri as usize) {
                    Some(Requirement::Individuals(i)) => Some((ri as usize, i)),
                    _ => None,
                })
                .collect()
        })
}

/// Whether `req` belongs to a group of several requirements of `tier`.
pub(super) fn grouped(tier: &Tier, req: &Individuals) -> bool {
    groups(tier).any(|g| g.iter().any(|(_, i)| std::ptr::eq(*i, req)))
}

/// The outcome of every requirement of a group of several, by requirement
/// index (`None` for the others, evaluated alone).
pub(super) fn evaluate<'a>(
    people: &People<'a>,
    tier: &'a Tier,
) -> Vec<Option<IndividualsOutcome<'a>>> {
    let mut out: Vec<Option<IndividualsOutcome<'a>>> = vec![None; tier.requirements.len()];
    for group in groups(tier) {
        let reqs: Vec<&Individuals> = group.iter().map(|(_, i)| *i).collect();
        let outcomes = joint_outcomes(people, &reqs);
        // A group is judged whole: blaming one of its requirements would
        // depend on the order the matching tried them.
        let met = outcomes.iter().all(|o| o.filled >= o.required);
        for ((ri, _), mut o) in group.into_iter().zip(outcomes) {
            o.met = met;
            out[ri] = Some(o);
        }
    }
    out
}

/// One maximum matching over the slots of `reqs`, split per requirement.
pub(super) fn joint_outcomes<'a>(
    people: &People<'a>,
    reqs: &[&'a Individuals],
) -> Vec<IndividualsOutcome<'a>> {
    let n = people.len();
    let mut eligible: Vec<Vec<u32>> = Vec::new();
    // (requirement, group, list of eligible people) of every slot.
    let mut slots: Vec<(usize, usize, usize)> = Vec::new();
    for (k, req) in reqs.iter().enumerate() {
        for (gi, g) in req.groups.iter().enumerate() {
            let gm = people.group_masks(g);
            let mut list = Vec::new();
            people.eligible_into(g, gm.as_ref(), &mut list);
            eligible.push(list);
            let at = eligible.len() - 1;
            let count = (g.count as usize).min(n + 1);
            slots.extend(std::iter::repeat_n((k, gi, at), count));
        }
    }
    let adj: Vec<&[u32]> = slots.iter().map(|s| eligible[s.2].as_slice()).collect();
    let m = max_matching_of(n, &adj);
    let mut outcomes: Vec<IndividualsOutcome<'a>> = reqs
        .iter()
        .map(|req| IndividualsOutcome {
            requirement: &req.id,
            rule: req,
            met: false,
            required: req.total,
            filled: 0,
            slots: Vec::new(),
        })
        .collect();
    for (s, &(k, gi, _)) in slots.iter().enumerate() {
        let person = m.left[s];
        let candidates = match person {
            Some(_) => Arc::default(),
            None => people.candidates(&reqs[k].groups[gi], &m.right),
        };
        let o = &mut outcomes[k];
        o.filled += u32::from(person.is_some());
        o.slots.push(SlotOutcome {
            group: gi,
            person,
            candidates,
        });
    }
    outcomes
}

/// The plans of the unmet groups of several requirements: one assignment per
/// group, one plan per requirement.
pub(super) fn plan<'p>(
    people: &People<'p>,
    tier: &'p Tier,
    outcome: &TierOutcome<'p>,
) -> Vec<IndividualsGap<'p>> {
    let mut out = Vec::new();
    for group in groups(tier) {
        let unmet = group.iter().any(|(ri, _)| {
            matches!(outcome.requirements.get(*ri), Some(RequirementOutcome::Individuals(o)) if !o.met)
        });
        if unmet {
            let reqs: Vec<&'p Individuals> = group.iter().map(|(_, i)| *i).collect();
            out.extend(joint(people, &reqs));
        }
    }
    out
}
