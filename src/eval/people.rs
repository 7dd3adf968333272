//! Individuals and exam slots: who holds what, and who fills which slot.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use chrono::NaiveDate;

use super::condition::CondPlan;
use super::matching::max_matching_of;
use super::{Candidate, IndividualsOutcome, Missing, SlotOutcome};
use crate::data::Partner;
use crate::ir::{ExamIdx, Individuals, Program, SlotGroup};

/// Candidates shown for an unfilled slot.
const CANDIDATES_SHOWN: usize = 3;

/// The partner's people, with the exams that count for each.
pub(super) struct People<'a> {
    pub(super) program: &'a Program,
    pub(super) as_of: NaiveDate,
    /// Person indices ordered by id, so results never depend on input order.
    pub(super) order: Vec<u32>,
    /// Exams that count for person `p`: `held[offsets[p]..offsets[p + 1]]`,
    /// sorted; empty when `masks` is set.
    held: Vec<ExamIdx>,
    offsets: Vec<u32>,
    /// The same as bit sets, when the requirements name at most 64 distinct
    /// exams: a membership test is then one bit test. Bits are given only to
    /// the exams some clause names (`bits`), so a large credential catalog
    /// does not turn the bit sets off.
    masks: Option<Vec<u64>>,
    /// The bit of each exam in `masks`, or [`NO_BIT`] for an exam no clause names.
    bits: &'a [u8],
    /// With `masks`: the exams that can still be passed on the as-of date.
    takeable: u64,
    /// Conditions with `or`, expanded once per evaluation: keyed by the
    /// address of their slot group in the program.
    conds: RefCell<Vec<(usize, Rc<CondPlan>)>>,
}

/// No bit: the exam is named by no clause of the program.
const NO_BIT: u8 = u8::MAX;

/// The bit of each exam named by some clause, in exam order, when at most 64
/// are; `None` otherwise. Computed once per program.
fn exam_bits(program: &Program) -> Option<&[u8]> {
    program
        .derived
        .exam_bits
        .get_or_init(|| compute_exam_bits(program))
        .as_deref()
}

fn compute_exam_bits(program: &Program) -> Option<Vec<u8>> {
    let mut bits = vec![NO_BIT; program.exams.len()];
    for c in &program.competencies {
        for o in &c.options {
            for t in &o.tiers {
                for r in &t.requirements {
                    if let crate::ir::Requirement::Individuals(i) = r {
                        for g in &i.groups {
                            for clause in g.all_clauses() {
                                for e in &clause.exams {
                                    if let Some(b) = bits.get_mut(e.index()) {
                                        *b = 0;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    for (next, b) in bits.iter_mut().filter(|b| **b == 0).enumerate() {
        // At most 64 named exams fit in a `u64`.
        *b = u8::try_from(next).ok().filter(|&n| n < 64)?;
    }
    Some(bits)
}

/// A slot group's clauses as bit sets (exam mask, passes needed), so that
/// testing a person is a few `and`s and popcounts. Built once per group.
#[derive(Clone, Copy)]
pub(super) struct GroupMasks {
    clauses: [(u64, u32); GroupMasks::MAX],
    len: usize,
}

impl GroupMasks {
    const MAX: usize = 4;

    fn clauses(&self) -> &[(u64, u32)] {
        &self.clauses[..self.len]
    }
}

impl<'a> People<'a> {
    /// Indexes the credentials that count on `as_of`: passed or earned on or
    /// before it, not after the credential's retirement, and not expired.
    pub(super) fn new(program: &'a Program, partner: &Partner, as_of: NaiveDate) -> Self {
        let mut order: Vec<u32> = (0..partner.individuals.len() as u32).collect();
        // Ids are unique when the loader built the partner; ties (a partner
        // built by hand) fall back to input order, as a stable sort would.
        // Data is often already in id order: then there is nothing to sort.
        let id = |p: &u32| &partner.individuals[*p as usize].id;
        if !order.is_sorted_by(|a, b| id(a) <= id(b)) {
            order.sort_unstable_by(|a, b| id(a).cmp(id(b)).then(a.cmp(b)));
        }
        let counts = |pass: &crate::data::ExamPass| {
            let exam = pass.exam?;
            let retired = program.exams.get(exam.index()).and_then(|e| e.retired);
            let held = pass.passed <= as_of
                && retired.is_none_or(|r| pass.passed <= r)
                && pass.expires.is_none_or(|x| as_of <= x);
            held.then_some(exam)
        };
        let (mut held, mut offsets) = (Vec::new(), Vec::new());
        let bits = exam_bits(program);
        let bit = |bits: &[u8], e: ExamIdx| match bits.get(e.index()) {
            Some(&b) if b != NO_BIT => 1u64 << b,
            _ => 0,
        };
        let masks = if let Some(bits) = &bits {
            // Bit sets only: the sorted lists are never read then.
            let mask = |p: &crate::data::Individual| {
                p.exams
                    .iter()
                    .filter_map(counts)
                    .fold(0u64, |m, e| m | bit(bits, e))
            };
            Some(partner.individuals.iter().map(mask).collect())
        } else {
            held.reserve(partner.individuals.iter().map(|p| p.exams.len()).sum());
            offsets.reserve(partner.individuals.len() + 1);
            offsets.push(0);
            for person in &partner.individuals {
                let start = held.len();
                held.extend(person.exams.iter().filter_map(counts));
                held[start..].sort_unstable();
                let mut w = start;
                for r in start..held.len() {
                    if w == start || held[w - 1] != held[r] {
                        held[w] = held[r];
                        w += 1;
                    }
                }
                held.truncate(w);
                offsets.push(held.len() as u32);
            }
            None
        };
        let bits = bits.unwrap_or_default();
        let takeable = (0..bits.len())
            .filter(|&e| program.exams[e].retired.is_none_or(|r| r >= as_of))
            .fold(0u64, |m, e| m | bit(bits, ExamIdx(e as u32)));
        People {
            program,
            as_of,
            order,
            held,
            offsets,
            masks,
            bits,
            takeable,
            conds: RefCell::new(Vec::new()),
        }
    }

    /// The expanded condition of `group`, when it has one (an `or`).
    fn cond(&self, group: &SlotGroup) -> Option<Rc<CondPlan>> {
        let cond = group.condition.as_ref()?;
        let key = group as *const SlotGroup as usize;
        if let Some((_, plan)) = self.conds.borrow().iter().find(|(k, _)| *k == key) {
            return Some(plan.clone());
        }
        let plan = Rc::new(CondPlan::new(self, cond));
        self.conds.borrow_mut().push((key, plan.clone()));
        Some(plan)
    }

    /// Number of people.
    pub(super) fn len(&self) -> usize {
        self.order.len()
    }

    pub(super) fn holds(&self, person: u32, exam: ExamIdx) -> bool {
        let p = person as usize;
        if let Some(masks) = &self.masks {
            // Asked only about exams some clause names, which all have a bit.
            return match self.bits.get(exam.index()) {
                Some(&b) if b != NO_BIT => (masks[p] >> b) & 1 == 1,
                _ => false,
            };
        }
        let list = &self.held[self.offsets[p] as usize..self.offsets[p + 1] as usize];
        list.binary_search(&exam).is_ok()
    }

    /// `group` as bit sets, when the people are held as bit sets and each
    /// clause lists distinct exams (a repeated exam counts twice in a clause,
    /// which a bit set cannot say) and there are few clauses.
    pub(super) fn group_masks(&self, group: &SlotGroup) -> Option<GroupMasks> {
        self.masks.as_ref()?;
        if group.condition.is_some() || group.clauses.len() > GroupMasks::MAX {
            return None;
        }
        let mut out = GroupMasks {
            clauses: [(0, 0); GroupMasks::MAX],
            len: group.clauses.len(),
        };
        for (slot, c) in out.clauses.iter_mut().zip(&group.clauses) {
            let mut mask = 0u64;
            for e in &c.exams {
                let b = *self.bits.get(e.index())?;
                if b == NO_BIT {
                    return None;
                }
                let bit = 1u64 << b;
                if mask & bit != 0 {
                    return None;
                }
                mask |= bit;
            }
            *slot = (mask, c.need);
        }
        Some(out)
    }

    /// [`People::eligible`] with the group's masks (see [`People::group_masks`]).
    pub(super) fn eligible_by(
        &self,
        person: u32,
        group: &SlotGroup,
        gm: Option<&GroupMasks>,
    ) -> bool {
        match (gm, &self.masks) {
            (Some(gm), Some(masks)) => {
                let held = masks[person as usize];
                gm.clauses()
                    .iter()
                    .all(|&(m, need)| (held & m).count_ones() >= need)
            }
            _ => self.eligible(person, group),
        }
    }

    /// [`People::deficit`] with the group's masks (see [`People::group_masks`]).
    pub(super) fn deficit_by(
        &self,
        person: Option<u32>,
        group: &SlotGroup,
        gm: Option<&GroupMasks>,
    ) -> Option<u64> {
        let (Some(gm), Some(masks)) = (gm, &self.masks) else {
            return self.deficit(person, group);
        };
        let held = person.map_or(0, |p| masks[p as usize]);
        let mut total = 0u64;
        for &(m, need) in gm.clauses() {
            let have = (held & m).count_ones();
            if have >= need {
                continue;
            }
            let need = need - have;
            if (m & !held & self.takeable).count_ones() < need {
                return None;
            }
            total += u64::from(need);
        }
        Some(total)
    }

    /// Whether `person` meets every clause of `group`.
    pub(super) fn eligible(&self, person: u32, group: &SlotGroup) -> bool {
        if let Some(c) = self.cond(group) {
            return c.eligible(c.held(self, Some(person)));
        }
        group.clauses.iter().all(|c| {
            let have = c.exams.iter().filter(|e| self.holds(person, **e)).count();
            have >= c.need as usize
        })
    }

    /// Whether an exam can still be passed: not retired on the as-of date.
    pub(super) fn can_take(&self, exam: ExamIdx) -> bool {
        self.program
            .exams
            .get(exam.index())
            .and_then(|e| e.retired)
            .is_none_or(|r| r >= self.as_of)
    }

    /// The passes `person` (or a new person, with `None`) still needs for
    /// `group`, summed over its clauses: 0 when they qualify, `None` when some
    /// clause can no longer be met. The count of [`People::missing`], without
    /// building it.
    pub(super) fn deficit(&self, person: Option<u32>, group: &SlotGroup) -> Option<u64> {
        if let Some(c) = self.cond(group) {
            return c.deficit(c.held(self, person));
        }
        let mut total = 0u64;
        for c in &group.clauses {
            let held = |e: &ExamIdx| person.is_some_and(|p| self.holds(p, *e));
            let have = c.exams.iter().filter(|e| held(e)).count() as u32;
            if have >= c.need {
                continue;
            }
            let need = c.need - have;
            let open = c
                .exams
                .iter()
                .filter(|e| !held(e) && self.can_take(**e))
                .count();
            if (open as u32) < need {
                return None;
            }
            total += u64::from(need);
        }
        Some(total)
    }

    /// What `person` (or a new person, with `None`) lacks for `group`, clause
    /// by clause; `None` when some clause can no longer be met.
    pub(super) fn missing(
        &self,
        person: Option<u32>,
        group: &SlotGroup,
    ) -> Option<Vec<Missing<'a>>> {
        if let Some(c) = self.cond(group) {
            return c.missing(self, c.held(self, person));
        }
        let mut out = Vec::new();
        for (ci, c) in group.clauses.iter().enumerate() {
            let held = |e: &ExamIdx| person.is_some_and(|p| self.holds(p, *e));
            let have = c.exams.iter().filter(|e| held(e)).count() as u32;
            if have >= c.need {
                continue;
            }
            let need = c.need - have;
            let exams: Vec<&'a str> = c
                .exams
                .iter()
                .filter(|e| !held(e) && self.can_take(**e))
                .map(|e| self.exam_id(*e))
                .collect();
            if (exams.len() as u32) < need {
                return None;
            }
            out.push(Missing {
                clause: ci,
                need,
                exams,
            });
        }
        Some(out)
    }

    /// The id of an exam of the program.
    pub(super) fn exam_id(&self, exam: ExamIdx) -> &'a str {
        self.program
            .exams
            .get(exam.index())
            .map_or("", |e| e.id.as_str())
    }

    /// Fills the slots of `req` with a maximum matching.
    pub(super) fn evaluate(&self, req: &'a Individuals) -> IndividualsOutcome<'a> {
        let n = self.len();
        // Slots beyond the number of people can never be filled: they are not
        // expanded, so `individuals 4000000000` costs no memory.
        // One list of eligible people per group (`eligible[ranges[gi]..]`),
        // shared by every slot of the group rather than copied per slot.
        let mut eligible: Vec<u32> = Vec::with_capacity(n * req.groups.len().min(4));
        let mut ranges = Vec::with_capacity(req.groups.len());
        let mut slot_group = Vec::new();
        for (gi, g) in req.groups.iter().enumerate() {
            let start = eligible.len();
            let gm = self.group_masks(g);
            let gm = gm.as_ref();
            eligible.extend(
                self.order
                    .iter()
                    .copied()
                    .filter(|p| self.eligible_by(*p, g, gm)),
            );
            ranges.push(start..eligible.len());
            let k = (g.count as usize).min(n + 1);
            slot_group.extend(std::iter::repeat_n(gi, k));
        }
        let adj: Vec<&[u32]> = slot_group
            .iter()
            .map(|&gi| &eligible[ranges[gi].clone()])
            .collect();
        let m = max_matching_of(n, &adj);
        let filled = m.size as u32;
        let mut candidates_of: Vec<Option<Arc<[Candidate]>>> = vec![None; req.groups.len()];
        let slots = slot_group
            .iter()
            .enumerate()
            .map(|(s, &gi)| {
                let person = m.left[s];
                let candidates = match person {
                    // Does not allocate.
                    Some(_) => Arc::default(),
                    None => candidates_of[gi]
                        .get_or_insert_with(|| self.candidates(&req.groups[gi], &m.right).into())
                        .clone(),
                };
                SlotOutcome {
                    group: gi,
                    person,
                    candidates,
                }
            })
            .collect();
        IndividualsOutcome {
            requirement: &req.id,
            rule: req,
            met: filled >= req.total,
            required: req.total,
            filled,
            slots,
        }
    }

    /// The people closest to qualifying for `group`: fewest passes missing,
    /// free people before people filling another slot, then by id.
    pub(super) fn candidates(
        &self,
        group: &SlotGroup,
        filling: &[Option<u32>],
    ) -> Vec<Candidate<'a>> {
        // Rank by cost without building what each person lacks; only the
        // people shown get their `Missing` list.
        let gm = self.group_masks(group);
        let gm = gm.as_ref();
        let mut all: Vec<(u64, bool, u32)> = self
            .order
            .iter()
            .filter_map(|&p| {
                let cost = self.deficit_by(Some(p), group, gm)?;
                // Someone who already qualifies is filling another slot (else the
                // matching would have used them): not a candidate to train.
                if cost == 0 {
                    return None;
                }
                let busy = filling.get(p as usize).is_some_and(Option::is_some);
                Some((cost, busy, p))
            })
            .collect();
        // Stable sort keeps id order among equals.
        all.sort_by_key(|&(cost, busy, _)| (cost, busy));
        all.into_iter()
            .take(CANDIDATES_SHOWN)
            .map(|(_, busy, person)| Candidate {
                person,
                busy,
                missing: self.missing(Some(person), group).unwrap_or_default(),
            })
            .collect()
    }
}
