//! The cheapest way to reach a tier: revenue shortfalls and the fewest exam
//! passes, found by a minimum-cost assignment of slots to people.

use super::assign::min_cost_assignment;
use super::people::People;
use super::scratch::Buf;
use super::{
    Gap, IndividualsGap, NewPerson, PersonPlan, QuantityGap, RequirementOutcome, RevenueGap,
    TierOutcome,
};
use crate::ir::{Individuals, Tier};

/// Above this many slots the assignment (cubic) is not attempted.
const MAX_PLANNED_SLOTS: usize = 256;
// The columns of a plan keep as many people who hold nothing as it has slots.
const _: () = assert!(MAX_PLANNED_SLOTS <= super::people::BLANKS_KEPT);

/// The plan to reach `tier` (at index `index`), given how it was evaluated.
pub(super) fn plan<'p>(people: &People<'p>, tier: &'p Tier, outcome: &TierOutcome<'p>) -> Gap<'p> {
    let mut gap = Gap::new(&tier.id);
    for found in &outcome.requirements {
        // A requirement of a group of several is planned with its group.
        let grouped = matches!(found, RequirementOutcome::Individuals(i)
            if super::sharing::grouped(tier, i.rule));
        add(&mut gap, people, found, grouped);
    }
    gap.individuals
        .extend(super::sharing::plan(people, tier, outcome));
    for found in &outcome.requirements {
        if let RequirementOutcome::Either(e) = found {
            super::either::plan(people, tier, e, &mut gap);
        }
    }
    gap
}

/// Adds to `gap` what an unmet requirement needs (nothing for an `either`,
/// nor for a people requirement `grouped` with others: planned with them).
pub(super) fn add<'p>(
    gap: &mut Gap<'p>,
    people: &People<'p>,
    found: &RequirementOutcome<'p>,
    grouped: bool,
) {
    match found {
        // An undecided threshold has no shortfall to plan: its error says what to fix.
        RequirementOutcome::Revenue(r) | RequirementOutcome::Consumption(r)
            if !r.met && r.undecided.is_empty() =>
        {
            let to = match found {
                RequirementOutcome::Revenue(_) => &mut gap.revenue,
                _ => &mut gap.consumption,
            };
            to.push(RevenueGap {
                requirement: r.requirement,
                rule: r.rule,
                currency: r.currency,
                shortfall: r.shortfall.unwrap_or_default(),
            });
        }
        RequirementOutcome::Count(q) | RequirementOutcome::NewCustomers(q) if !q.met => {
            gap.quantities.push(QuantityGap {
                requirement: q.requirement,
                rule: q.rule,
                shortfall: q.shortfall.unwrap_or_default(),
                window_start: q.window_start,
            });
        }
        RequirementOutcome::Individuals(i) if !i.met && !grouped => {
            gap.individuals.push(individuals(people, i.rule));
        }
        RequirementOutcome::Status(s) if !s.met => gap.statuses.push(s.rule),
        RequirementOutcome::Score(s) if !s.met => gap.scores.push(super::score_plan::plan(s)),
        _ => {}
    }
}

/// The fewest exam passes that fill every slot of `req`.
///
/// Rows are slots; columns are the partner's people, then one "new person"
/// per slot. A cell costs the passes that person still needs for the slot's
/// group. Costs are scaled so that, among plans with the fewest passes, the
/// one certifying the fewest new people wins.
fn individuals<'p>(people: &People<'p>, req: &'p Individuals) -> IndividualsGap<'p> {
    joint(people, &[req]).pop().unwrap_or(IndividualsGap {
        requirement: &req.id,
        exam_passes: 0,
        plan: Vec::new(),
        new_people: Vec::new(),
        impossible: true,
        unplanned: false,
    })
}

/// The fewest exam passes that fill every slot of `reqs` with distinct
/// people (one plan per requirement, in order): one assignment over all
/// their slots, as for the requirements of one sharing group (§4.7).
pub(super) fn joint<'p>(people: &People<'p>, reqs: &[&'p Individuals]) -> Vec<IndividualsGap<'p>> {
    let mut gaps: Vec<IndividualsGap<'p>> = reqs
        .iter()
        .map(|req| IndividualsGap {
            requirement: &req.id,
            exam_passes: 0,
            plan: Vec::new(),
            new_people: Vec::new(),
            impossible: false,
            unplanned: false,
        })
        .collect();
    // Slots that all ask the same (one group): planned exactly at any count.
    if let [req] = reqs {
        if let [g] = req.groups.as_slice() {
            if g.count as usize > MAX_PLANNED_SLOTS {
                return vec![identical(people, g, gaps.remove(0))];
            }
        }
    }
    // The slot groups of all of `reqs`, numbered in order: their
    // requirement and their place in it.
    let (mut req_of, mut group_of) = (Buf::<usize>::new(), Buf::<usize>::new());
    for (k, req) in reqs.iter().enumerate() {
        req_of.extend(std::iter::repeat_n(k, req.groups.len()));
        group_of.extend(0..req.groups.len());
    }
    // The group of every slot. (The plan's lists are buffers reused from
    // one plan to the next, as its search's are: see `assign`.)
    let mut rows = Buf::<usize>::new();
    for (f, (&k, &gi)) in req_of.iter().zip(group_of.iter()).enumerate() {
        let room = MAX_PLANNED_SLOTS + 1 - rows.len();
        rows.extend(std::iter::repeat_n(
            f,
            (reqs[k].groups[gi].count as usize).min(room),
        ));
    }
    if rows.len() > MAX_PLANNED_SLOTS {
        gaps.iter_mut().for_each(|g| g.unplanned = true);
        return gaps;
    }
    // The people who may take a slot: people who hold nothing are alike, so
    // of them only the first as many as there are slots (in id order).
    let mut columns = Buf::<u32>::new();
    match people.few(rows.len()) {
        Some(few) => columns.extend(few.map(|(_, p)| p)),
        None => {
            let mut blanks = 0;
            columns.extend((people.order.iter().copied()).filter(|&p| {
                let keep = !people.blank(p) || blanks < rows.len();
                blanks += usize::from(people.blank(p));
                keep
            }))
        }
    };
    let n = columns.len();
    // Per group (`n + 1` each): each person's missing passes (None = cannot
    // qualify), then a new person's.
    let mut costs = Buf::<Option<u64>>::new();
    for (&k, &gi) in req_of.iter().zip(group_of.iter()) {
        let g = &reqs[k].groups[gi];
        let gm = people.group_masks(g);
        let gm = gm.as_ref();
        costs.extend((columns.iter()).map(|&p| people.deficit_by(Some(p), g, gm)));
        costs.push(people.deficit_by(None, g, gm));
    }
    let scale = rows.len() as u64 + 1;
    let cols = n + rows.len();
    let cost = |r: usize, c: usize| {
        let at = rows[r] * (n + 1);
        if c < n {
            costs[at + c].map(|x| x * scale)
        } else {
            costs[at + n].map(|x| x * scale + 1)
        }
    };
    let Some(a) = min_cost_assignment(rows.len(), cols, cost) else {
        gaps.iter_mut().for_each(|g| g.impossible = true);
        return gaps;
    };
    for (r, &c) in a.row_to_col.iter().enumerate() {
        let (k, group) = (req_of[rows[r]], group_of[rows[r]]);
        let g = &reqs[k].groups[group];
        let gap = &mut gaps[k];
        gap.exam_passes += cost(r, c).map_or(0, |x| (x / scale) as u32);
        if c < n {
            let person = columns[c];
            let pass = people.missing(Some(person), g).unwrap_or_default();
            if !pass.is_empty() {
                gap.plan.push(PersonPlan {
                    person,
                    group,
                    pass,
                });
            }
        } else {
            gap.new_people.push(NewPerson {
                group,
                pass: people.missing(None, g).unwrap_or_default(),
            });
        }
    }
    for gap in &mut gaps {
        gap.plan.sort_by_key(|p| (p.group, p.person));
    }
    gaps
}

/// Above this many slots of one group, no plan lists the new people one by one.
const MAX_IDENTICAL_SLOTS: usize = 100_000;

/// The plan for `g.count` slots that all ask the same: every slot costs a
/// person the same, so the cheapest assignment takes the people who need the
/// fewest passes (ties by id order), then new people. Exact, in O(n log n).
fn identical<'p>(
    people: &People<'p>,
    g: &'p crate::ir::SlotGroup,
    mut gap: IndividualsGap<'p>,
) -> IndividualsGap<'p> {
    let count = g.count as usize;
    let gm = people.group_masks(g);
    let mut costs: Vec<(u64, usize)> = (people.order.iter().enumerate())
        .filter_map(|(i, &p)| Some((people.deficit_by(Some(p), g, gm.as_ref())?, i)))
        .collect();
    costs.sort_unstable();
    costs.truncate(count);
    let fresh = people.deficit_by(None, g, gm.as_ref());
    let new = count - costs.len();
    match fresh {
        _ if new > MAX_IDENTICAL_SLOTS => gap.unplanned = true,
        None if new > 0 => gap.impossible = true,
        _ => {
            for &(cost, i) in &costs {
                let person = people.order[i];
                gap.exam_passes += cost as u32;
                let pass = people.missing(Some(person), g).unwrap_or_default();
                if !pass.is_empty() {
                    gap.plan.push(PersonPlan {
                        person,
                        group: 0,
                        pass,
                    });
                }
            }
            let pass = people.missing(None, g).unwrap_or_default();
            gap.exam_passes += (new as u64 * fresh.unwrap_or(0)) as u32;
            gap.new_people = vec![NewPerson { group: 0, pass }; new];
            gap.plan.sort_by_key(|p| p.person);
        }
    }
    gap
}
