//! Individuals and exam slots: who holds what, and who fills which slot.

use chrono::NaiveDate;

use super::matching::max_matching;
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
    /// Exams that count for person `p`: `held[offsets[p]..offsets[p + 1]]`, sorted.
    held: Vec<ExamIdx>,
    offsets: Vec<u32>,
}

impl<'a> People<'a> {
    /// Indexes the exams that count on `as_of`: passed on or before it, and
    /// not after the exam's retirement.
    pub(super) fn new(program: &'a Program, partner: &Partner, as_of: NaiveDate) -> Self {
        let mut order: Vec<u32> = (0..partner.individuals.len() as u32).collect();
        order.sort_by(|a, b| {
            partner.individuals[*a as usize]
                .id
                .cmp(&partner.individuals[*b as usize].id)
        });
        let mut held = Vec::new();
        let mut offsets = Vec::with_capacity(partner.individuals.len() + 1);
        offsets.push(0);
        for person in &partner.individuals {
            let start = held.len();
            for pass in &person.exams {
                let Some(exam) = pass.exam else { continue };
                let retired = program
                    .exams
                    .get(exam.index())
                    .and_then(|e| e.retired)
                    .is_some_and(|r| pass.passed > r);
                if pass.passed <= as_of && !retired {
                    held.push(exam);
                }
            }
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
        People {
            program,
            as_of,
            order,
            held,
            offsets,
        }
    }

    /// Number of people.
    pub(super) fn len(&self) -> usize {
        self.order.len()
    }

    fn holds(&self, person: u32, exam: ExamIdx) -> bool {
        let p = person as usize;
        let list = &self.held[self.offsets[p] as usize..self.offsets[p + 1] as usize];
        list.binary_search(&exam).is_ok()
    }

    /// Whether `person` meets every clause of `group`.
    pub(super) fn eligible(&self, person: u32, group: &SlotGroup) -> bool {
        group.clauses.iter().all(|c| {
            let have = c.exams.iter().filter(|e| self.holds(person, **e)).count();
            have >= c.need as usize
        })
    }

    /// Whether an exam can still be passed: not retired on the as-of date.
    fn can_take(&self, exam: ExamIdx) -> bool {
        self.program
            .exams
            .get(exam.index())
            .and_then(|e| e.retired)
            .is_none_or(|r| r > self.as_of)
    }

    /// What `person` (or a new person, with `None`) lacks for `group`, clause
    /// by clause; `None` when some clause can no longer be met.
    pub(super) fn missing(&self, person: Option<u32>, group: &SlotGroup) -> Option<Vec<Missing>> {
        let mut out = Vec::new();
        for (ci, c) in group.clauses.iter().enumerate() {
            let held = |e: &ExamIdx| person.is_some_and(|p| self.holds(p, *e));
            let have = c.exams.iter().filter(|e| held(e)).count() as u32;
            if have >= c.need {
                continue;
            }
            let need = c.need - have;
            let exams: Vec<ExamIdx> = c
                .exams
                .iter()
                .copied()
                .filter(|e| !held(e) && self.can_take(*e))
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

    /// Fills the slots of `req` with a maximum matching.
    pub(super) fn evaluate(&self, req: &Individuals) -> IndividualsOutcome {
        let n = self.len();
        // Slots beyond the number of people can never be filled: they are not
        // expanded, so `individuals 4000000000` costs no memory.
        let mut slot_group = Vec::new();
        let mut adj: Vec<Vec<u32>> = Vec::new();
        for (gi, g) in req.groups.iter().enumerate() {
            let eligible: Vec<u32> = self
                .order
                .iter()
                .copied()
                .filter(|p| self.eligible(*p, g))
                .collect();
            let k = (g.count as usize).min(n + 1);
            for _ in 0..k {
                slot_group.push(gi);
                adj.push(eligible.clone());
            }
        }
        let m = max_matching(n, &adj);
        let filled = m.size as u32;
        let mut candidates_of: Vec<Option<Vec<Candidate>>> = vec![None; req.groups.len()];
        let slots = slot_group
            .iter()
            .enumerate()
            .map(|(s, &gi)| {
                let person = m.left[s];
                let candidates = match person {
                    Some(_) => Vec::new(),
                    None => candidates_of[gi]
                        .get_or_insert_with(|| self.candidates(&req.groups[gi], &m.right))
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
            met: filled >= req.total,
            required: req.total,
            filled,
            slots,
        }
    }

    /// The people closest to qualifying for `group`: fewest passes missing,
    /// free people before people filling another slot, then by id.
    fn candidates(&self, group: &SlotGroup, filling: &[Option<u32>]) -> Vec<Candidate> {
        let mut all: Vec<(u32, Candidate)> = self
            .order
            .iter()
            .filter_map(|&p| {
                let missing = self.missing(Some(p), group)?;
                // Someone who already qualifies is filling another slot (else the
                // matching would have used them): not a candidate to train.
                if missing.is_empty() {
                    return None;
                }
                let cost = missing.iter().map(|m| m.need).sum::<u32>();
                Some((
                    cost,
                    Candidate {
                        person: p,
                        busy: filling.get(p as usize).is_some_and(Option::is_some),
                        missing,
                    },
                ))
            })
            .collect();
        // Stable sort keeps id order among equals.
        all.sort_by_key(|(cost, c)| (*cost, c.busy));
        all.into_iter()
            .take(CANDIDATES_SHOWN)
            .map(|(_, c)| c)
            .collect()
    }
}
