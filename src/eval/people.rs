//! Individuals and exam slots: who holds what, and who fills which slot.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use chrono::NaiveDate;

use super::condition::CondPlan;
use super::matching::max_matching_by;
use super::scratch::Buf;
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
    /// The same as bit sets of `words` words per person, when the program's
    /// clauses name at most [`MAX_WORDS`]` × 64` distinct exams: a membership
    /// test is then one bit test. Bits are given only to the exams some
    /// clause names (`bits`), so a large credential catalog costs nothing.
    masks: Option<Vec<u64>>,
    words: usize,
    /// The bit of each exam in `masks`, or [`NO_BIT`] for an exam no clause
    /// names, with its retirement date.
    bits: &'a [(u16, Option<NaiveDate>)],
    /// With `masks`: the exams that can still be passed on the as-of date.
    takeable: [u64; MAX_WORDS],
    /// Conditions with `or`, expanded once per evaluation: keyed by the
    /// address of their slot group in the program.
    conds: RefCell<Vec<(usize, Rc<CondPlan>)>>,
    /// The eligible lists built so far, by the masks of their group: tiers
    /// often ask for the same slots in other numbers.
    kept: RefCell<Kept>,
    /// When more than [`BLANKS_KEPT`] people hold nothing: the places in
    /// `order` of the people who hold something, and of the first
    /// [`BLANKS_KEPT`] who hold nothing (see [`People::few`]).
    sparse: Option<(Vec<u32>, Vec<u32>)>,
}

/// Eligible lists of up to [`Kept::MAX`] groups: `people[from..to]` for the
/// group of masks `of[i] = (masks, from, to)`, `i < len`.
struct Kept {
    people: Buf<u32>,
    of: [(GroupMasks, u32, u32); Kept::MAX],
    len: usize,
}

impl Kept {
    const MAX: usize = 4;
}

/// How many of the people who hold nothing [`People::few`] can give:
/// loops over people keep at most this many of them.
pub(super) const BLANKS_KEPT: usize = 256;

/// No bit: the exam is named by no clause of the program.
const NO_BIT: u16 = u16::MAX;

/// Bit sets longer than this many words are not built: the sorted lists
/// serve a program whose clauses name more than 512 exams.
const MAX_WORDS: usize = 8;

/// The exams' bits, computed once per program (see [`compute_exam_bits`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct ExamBits {
    /// The bit of each exam, or [`NO_BIT`], with its retirement date: one
    /// small entry per exam, so a pass is placed without touching the catalog.
    of: Vec<(u16, Option<NaiveDate>)>,
    /// Words per person.
    words: usize,
    /// The bits of the named exams that retire, with the date.
    retiring: Vec<(u16, NaiveDate)>,
}

/// The bits of the exams named by some clause, when at most
/// [`MAX_WORDS`]` × 64` are; `None` otherwise.
fn exam_bits(program: &Program) -> Option<&ExamBits> {
    program
        .derived
        .exam_bits
        .get_or_init(|| compute_exam_bits(program))
        .as_ref()
}

/// Bits are handed out group by group, and a group whose new exams would
/// straddle two words starts a new word: a group whose exams share a word
/// is tested with a few `and`s (see [`People::group_masks`]).
fn compute_exam_bits(program: &Program) -> Option<ExamBits> {
    let mut bits = vec![NO_BIT; program.exams.len()];
    let mut next = 0usize;
    let groups = (program.requirements())
        .filter_map(|r| match r {
            crate::ir::Requirement::Individuals(i) => Some(&i.groups),
            _ => None,
        })
        .flatten();
    // The groups of scores' `people holding` metrics last, so that the bits
    // of people requirements are laid out as without scores.
    let groups = groups.chain(crate::eval::score::holder_groups(program));
    for g in groups {
        let mut new: Vec<usize> = (g.all_clauses().iter())
            .flat_map(|c| c.exams.iter().map(|e| e.index()))
            .filter(|&e| bits.get(e) == Some(&NO_BIT))
            .collect();
        new.sort_unstable();
        new.dedup();
        if next % 64 + new.len() > 64 && new.len() <= 64 {
            next = next.next_multiple_of(64);
        }
        for e in new {
            bits[e] = u16::try_from(next).ok().filter(|_| next < MAX_WORDS * 64)?;
            next += 1;
        }
    }
    let retired = program.exams.iter().map(|e| e.retired);
    let of: Vec<_> = bits.into_iter().zip(retired).collect();
    let retiring = (of.iter())
        .filter_map(|&(b, r)| Some((b, r?)).filter(|_| b != NO_BIT))
        .collect();
    let words = next.div_ceil(64).max(1);
    Some(ExamBits {
        of,
        words,
        retiring,
    })
}

/// Whether `set` has at least `n` bits: most clauses ask for one, which
/// needs no population count (a library call on baseline x86-64).
fn at_least(set: u64, n: u32) -> bool {
    match n {
        0 => true,
        1 => set != 0,
        _ => set.count_ones() >= n,
    }
}

/// A slot group's clauses as bit sets (exam mask, passes needed), so that
/// testing a person is a few `and`s and popcounts. Built once per group.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct GroupMasks {
    /// The word of the person's bit set that holds every exam of the group.
    word: usize,
    /// (mask, passes needed), then `(0, 0)`, which everyone meets.
    clauses: [(u64, u32); GroupMasks::MAX],
    len: usize,
}

impl GroupMasks {
    const MAX: usize = 4;
    /// No clause (a placeholder).
    const NONE: GroupMasks = GroupMasks {
        word: usize::MAX,
        clauses: [(0, 0); GroupMasks::MAX],
        len: 0,
    };

    fn clauses(&self) -> &[(u64, u32)] {
        &self.clauses[..self.len]
    }
}

impl<'a> People<'a> {
    /// Indexes the credentials that count on `as_of`: passed or earned on or
    /// before it, not after the credential's retirement, and not expired.
    pub(super) fn new(program: &'a Program, partner: &Partner, as_of: NaiveDate) -> Self {
        // Ids are compared by their first 16 bytes as one integer, the whole
        // ids only on a tie (ids like `person-10` mostly differ early). Ids
        // are unique when the loader built the partner; ties (a partner built
        // by hand) fall back to input order, as a stable sort would.
        let id = |p: u32| partner.individuals[p as usize].id.as_str();
        let key = |p: u32| (crate::idmap::prefix_key(id(p)), p);
        let n = partner.individuals.len() as u32;
        let mut keyed: Vec<(u128, u32)> = (0..n).map(key).collect();
        let before = |a: &(u128, u32), b: &(u128, u32)| {
            (a.0.cmp(&b.0))
                .then_with(|| id(a.1).cmp(id(b.1)))
                .then(a.1.cmp(&b.1))
        };
        // Data is often already in id order: then there is nothing to sort.
        if !keyed.is_sorted_by(|a, b| before(a, b).is_le()) {
            keyed.sort_unstable_by(before);
        }
        let order: Vec<u32> = keyed.into_iter().map(|(_, p)| p).collect();
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
        let words = bits.map_or(1, |b| b.words);
        let masks = if let Some(bits) = bits {
            // Bit sets only: the sorted lists are never read then.
            // (Zeroes collected, not `vec![0; n]`: that calls `calloc`,
            // which glibc serves without its per-thread cache of freed
            // blocks. The optimizer may still form a `calloc` from a
            // collect: it did for the assignment's `row_to_col`, which
            // keeps `vec!` for that reason; here it does not, per callgrind.)
            let zeros = std::iter::repeat_n(0u64, partner.individuals.len() * words);
            let mut masks: Vec<u64> = zeros.collect();
            for (p, m) in partner
                .individuals
                .iter()
                .zip(masks.chunks_exact_mut(words))
            {
                for pass in partner.credentials_of(p) {
                    let Some(&(b, retired)) = pass.exam.and_then(|e| bits.of.get(e.index())) else {
                        continue;
                    };
                    // As `counts` says, with the retirement date at hand.
                    if b != NO_BIT
                        && pass.passed <= as_of
                        && retired.is_none_or(|r| pass.passed <= r)
                        && pass.expires.is_none_or(|x| as_of <= x)
                    {
                        m[usize::from(b) / 64] |= 1 << (b % 64);
                    }
                }
            }
            Some(masks)
        } else {
            held.reserve(partner.credentials.len());
            offsets.reserve(partner.individuals.len() + 1);
            offsets.push(0);
            for person in &partner.individuals {
                let start = held.len();
                held.extend(partner.credentials_of(person).iter().filter_map(counts));
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
        // Every named exam, less those retired before the as-of date.
        let mut takeable = [u64::MAX; MAX_WORDS];
        for &(b, r) in bits.iter().flat_map(|b| &b.retiring) {
            if r < as_of {
                takeable[usize::from(b) / 64] &= !(1 << (b % 64));
            }
        }
        let bits: &[(u16, Option<NaiveDate>)] = bits.map_or(&[], |b| &b.of);
        let mut people = People {
            program,
            as_of,
            sparse: None,
            order,
            held,
            offsets,
            masks,
            words,
            bits,
            takeable,
            conds: RefCell::new(Vec::new()),
            kept: RefCell::new(Kept {
                people: Buf::new(),
                of: [(GroupMasks::NONE, 0, 0); Kept::MAX],
                len: 0,
            }),
        };
        // (Counted only when there are that many people at all.)
        let n = people.order.len() as u32;
        let many =
            n as usize > BLANKS_KEPT && (0..n).filter(|&p| people.blank(p)).count() > BLANKS_KEPT;
        if many {
            let blank = |r: &u32| people.blank(people.order[*r as usize]);
            let held = (0..n).filter(|r| !blank(r)).collect();
            let ranks = (0..n).filter(blank).take(BLANKS_KEPT).collect();
            people.sparse = Some((held, ranks));
        }
        people
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

    /// Whether `person` holds nothing that counts: such people are alike for
    /// every slot (a partner of thousands may have few certified people), so
    /// loops over people test one of them for all and keep only the first
    /// few in id order where the others could only tie.
    pub(super) fn blank(&self, person: u32) -> bool {
        let p = person as usize;
        match &self.masks {
            Some(m) => (m.get(p * self.words..(p + 1) * self.words))
                .is_none_or(|w| w.iter().all(|&x| x == 0)),
            None => self.offsets.get(p..p + 2).is_none_or(|o| o[0] == o[1]),
        }
    }

    /// When thousands hold nothing: the people in id order, each with its
    /// place in that order, of those who hold nothing only the first
    /// `blanks` (at most [`BLANKS_KEPT`]), the others skipped without being
    /// looked at. `None` when few hold nothing: loop over `order` then.
    pub(super) fn few(&self, blanks: usize) -> Option<impl Iterator<Item = (usize, u32)> + '_> {
        let (held, first) = self.sparse.as_ref()?;
        let first = &first[..blanks.min(first.len())];
        // The two lists of places, merged.
        let (mut i, mut j) = (0, 0);
        Some(std::iter::from_fn(move || {
            let next_held = j == first.len() || held.get(i).is_some_and(|&h| h < first[j]);
            let r = match next_held {
                true => held.get(i).inspect(|_| i += 1),
                false => first.get(j).inspect(|_| j += 1),
            }?;
            Some((*r as usize, self.order[*r as usize]))
        }))
    }

    pub(super) fn holds(&self, person: u32, exam: ExamIdx) -> bool {
        let p = person as usize;
        if let Some(masks) = &self.masks {
            // Asked only about exams some clause names, which all have a bit.
            return match self.bits.get(exam.index()) {
                Some(&(b, _)) if b != NO_BIT => {
                    let b = usize::from(b);
                    (masks[p * self.words + b / 64] >> (b % 64)) & 1 == 1
                }
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
            len: group.clauses.len(),
            ..GroupMasks::NONE
        };
        for (slot, c) in out.clauses.iter_mut().zip(&group.clauses) {
            let mut mask = 0u64;
            for e in &c.exams {
                let b = usize::from(self.bits.get(e.index())?.0);
                if b == usize::from(NO_BIT) || ![usize::MAX, b / 64].contains(&out.word) {
                    return None;
                }
                out.word = b / 64;
                let bit = 1u64 << (b % 64);
                if mask & bit != 0 {
                    return None;
                }
                mask |= bit;
            }
            *slot = (mask, c.need);
        }
        Some(out)
    }

    /// Appends to `out`, in id order, the people eligible for `group`: one
    /// loop over one word of each person's bit set when the group has masks.
    pub(super) fn eligible_into(
        &self,
        group: &SlotGroup,
        gm: Option<&GroupMasks>,
        out: &mut Vec<u32>,
    ) {
        // Whether someone who holds nothing is eligible, asked once: when
        // not, and thousands hold nothing, they are skipped.
        let blank = |(_, first): &(Vec<u32>, Vec<u32>)| self.order[first[0] as usize];
        let skip = (self.sparse.as_ref()).is_some_and(|s| !self.eligible(blank(s), group));
        match self.few(0).filter(|_| skip) {
            Some(few) => self.eligible_among(few.map(|(_, p)| p), group, gm, out),
            None => self.eligible_among(self.order.iter().copied(), group, gm, out),
        }
    }

    /// [`People::eligible_into`], with the group's masks, copied from the
    /// list built for an earlier group of the same masks if there is one.
    fn eligible_kept(&self, group: &SlotGroup, out: &mut Vec<u32>) {
        let Some(gm) = self.group_masks(group) else {
            return self.eligible_into(group, None, out);
        };
        let kept = &mut *self.kept.borrow_mut();
        if let Some(&(_, from, to)) = kept.of[..kept.len].iter().find(|k| k.0 == gm) {
            return out.extend_from_slice(&kept.people[from as usize..to as usize]);
        }
        let start = out.len();
        self.eligible_into(group, Some(&gm), out);
        if kept.len < Kept::MAX {
            let from = kept.people.len() as u32;
            kept.people.extend_from_slice(&out[start..]);
            kept.of[kept.len] = (gm, from, kept.people.len() as u32);
            kept.len += 1;
        }
    }

    /// [`People::eligible_into`] among `people`.
    fn eligible_among(
        &self,
        people: impl Iterator<Item = u32>,
        group: &SlotGroup,
        gm: Option<&GroupMasks>,
        out: &mut Vec<u32>,
    ) {
        match (gm, &self.masks) {
            (Some(gm), Some(masks)) => {
                // Without a branch on whether a person is eligible (it
                // would be mispredicted about half the time): each is
                // written, and kept by moving the end past them or not.
                // Every clause slot is tested (an unused one asks for
                // nothing), so the loop over them has a fixed length.
                let eligible = |p: u32| {
                    let held = (masks.get(p as usize * self.words + gm.word).copied()).unwrap_or(0);
                    (gm.clauses.iter()).fold(true, |ok, &(m, need)| ok & at_least(held & m, need))
                };
                let (start, (len, exact)) = (out.len(), people.size_hint());
                if exact != Some(len) {
                    return out.extend(people.filter(|&p| eligible(p)));
                }
                out.resize(start + len, 0);
                let mut end = start;
                for p in people.take(len) {
                    out[end] = p; // (`end` < `start + len`)
                    end += usize::from(eligible(p));
                }
                out.truncate(end);
            }
            _ => {
                // Whether someone who holds nothing is eligible, asked once.
                let mut blank = None;
                out.extend(people.filter(|&p| match self.blank(p) {
                    true => *blank.get_or_insert_with(|| self.eligible(p, group)),
                    false => self.eligible(p, group),
                }))
            }
        }
    }

    /// The word of `person`'s bit set (none for a new person) that `gm` tests.
    fn word(&self, masks: &[u64], person: Option<u32>, gm: &GroupMasks) -> u64 {
        person.map_or(0, |p| {
            let i = p as usize * self.words + gm.word;
            masks.get(i).copied().unwrap_or(0)
        })
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
        let held = self.word(masks, person, gm);
        let takeable = self.takeable.get(gm.word).copied().unwrap_or(0);
        let mut total = 0u64;
        for &(m, need) in gm.clauses() {
            if at_least(held & m, need) {
                continue;
            }
            let need = need - (held & m).count_ones();
            if !at_least(m & !held & takeable, need) {
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
        // One list of eligible people per group, `eligible[bounds[g]..bounds[g
        // + 1]]`, shared by every slot of the group rather than copied per
        // slot; the lists are buffers reused from one evaluation to the next.
        let (mut eligible, mut bounds, mut slot_group) = (Buf::new(), Buf::new(), Buf::new());
        bounds.push(0);
        for (gi, g) in req.groups.iter().enumerate() {
            self.eligible_kept(g, &mut eligible);
            bounds.push(eligible.len() as u32);
            let k = (g.count as usize).min(n + 1);
            slot_group.extend(std::iter::repeat_n(gi as u32, k));
        }
        let m = max_matching_by(slot_group.len(), n, |s| {
            let g = slot_group[s] as usize;
            &eligible[bounds[g] as usize..bounds[g + 1] as usize]
        });
        let filled = m.size as u32;
        // Read only for a slot left unfilled.
        let groups = if m.size < slot_group.len() {
            req.groups.len()
        } else {
            0
        };
        let mut candidates_of: Vec<Option<Arc<[Candidate]>>> = vec![None; groups];
        let slots = slot_group
            .iter()
            .enumerate()
            .map(|(s, &gi)| {
                let gi = gi as usize;
                let person = m.left[s];
                let candidates = match person {
                    // Does not allocate.
                    Some(_) => Arc::default(),
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
    ) -> Arc<[Candidate<'a>]> {
        // Rank by cost without building what each person lacks, keeping the
        // best few in order as they come (`rank`, the place in id order,
        // breaks ties); only the people shown get their `Missing` list.
        let gm = self.group_masks(group);
        let gm = gm.as_ref();
        let mut best = [(0u64, false, 0usize, 0u32); CANDIDATES_SHOWN];
        let (mut len, mut blanks) = (0, 0);
        let mut consider = |(rank, p): (usize, u32)| {
            let busy = filling.get(p as usize).is_some_and(Option::is_some);
            // Free people who hold nothing tie on cost: past the first few, a
            // later one (in id order) can never be shown.
            if !busy && self.blank(p) {
                if blanks == CANDIDATES_SHOWN {
                    return;
                }
                blanks += 1;
            }
            // Someone who already qualifies (cost 0) is filling another slot
            // (else the matching would have used them): not a candidate to train.
            let Some(cost) = self.deficit_by(Some(p), group, gm).filter(|&c| c > 0) else {
                return;
            };
            let at = best[..len].partition_point(|b| (b.0, b.1, b.2) <= (cost, busy, rank));
            if at < CANDIDATES_SHOWN {
                best.copy_within(at..CANDIDATES_SHOWN - 1, at + 1);
                best[at] = (cost, busy, rank, p);
                len = (len + 1).min(CANDIDATES_SHOWN);
            }
        };
        // When thousands hold nothing and none of them is busy, only the
        // first few are looked at.
        let busy_blank =
            || (filling.iter().enumerate()).any(|(p, f)| f.is_some() && self.blank(p as u32));
        match self.few(CANDIDATES_SHOWN).filter(|_| !busy_blank()) {
            Some(few) => few.for_each(&mut consider),
            None => self
                .order
                .iter()
                .copied()
                .enumerate()
                .for_each(&mut consider),
        }
        best[..len]
            .iter()
            .map(|&(_, busy, _, person)| Candidate {
                person,
                busy,
                missing: self.missing(Some(person), group).unwrap_or_default(),
            })
            .collect()
    }
}
