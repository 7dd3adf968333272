//! The result of evaluating one partner: plain data with every piece of evidence.
//!
//! Evidence refers to the partner's data by position (`line` is an index into
//! the partner's `revenue`, `person` into its `individuals`) and to the rules
//! by IR index, so evaluation allocates no strings; `report` resolves names.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::ir::{CurrencyIdx, ExamIdx, MarketIdx};

/// Everything learnt about one partner.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// The date windows end on and exams are counted up to.
    pub as_of: NaiveDate,
    /// The partner's market, from its country.
    pub market: MarketIdx,
    /// One entry per competency option evaluated.
    pub options: Vec<OptionOutcome>,
}

/// The verdict for one option of one competency.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OptionOutcome {
    /// Index into `Program::competencies`.
    pub competency: usize,
    /// Index into that competency's `options`.
    pub option: usize,
    /// The highest tier whose requirements all hold (index into `tiers`).
    pub attained: Option<usize>,
    /// Every tier, lowest first, evaluated independently.
    pub tiers: Vec<TierOutcome>,
    /// The cheapest way to the tier above the attained one, if there is one.
    pub gap: Option<Gap>,
}

/// One tier: met when every requirement is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TierOutcome {
    pub met: bool,
    /// In the order of the tier's requirements.
    pub requirements: Vec<RequirementOutcome>,
}

/// The finding for one requirement.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum RequirementOutcome {
    Revenue(RevenueOutcome),
    Individuals(IndividualsOutcome),
}

impl RequirementOutcome {
    /// Whether the requirement holds.
    pub fn met(&self) -> bool {
        match self {
            RequirementOutcome::Revenue(r) => r.met,
            RequirementOutcome::Individuals(i) => i.met,
        }
    }
}

/// A revenue threshold against the partner's lines.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RevenueOutcome {
    pub met: bool,
    pub currency: CurrencyIdx,
    /// The amount required in the partner's market.
    pub required: Decimal,
    /// The sum of the lines that counted.
    pub found: Decimal,
    /// `required - found` when not met.
    pub shortfall: Option<Decimal>,
    /// Lines count when `window_start < date <= window_end`.
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
    /// Indices of the lines that counted.
    pub counted: Vec<u32>,
    /// Lines that did not count, with the first reason found.
    pub excluded: Vec<Excluded>,
}

/// A revenue line left out, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Excluded {
    pub line: u32,
    pub reason: ExclusionReason,
}

/// Why a revenue line did not count toward a threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExclusionReason {
    /// Its product is not one the threshold lists.
    OtherProduct,
    /// Its revenue kind is another one.
    OtherKind,
    /// Dated on or before the start of the window.
    BeforeWindow,
    /// Dated after the as-of date.
    AfterAsOf,
    /// DPOR is required and the partner is not DPOR for it.
    NotDpor,
}

/// Exam slots against the partner's individuals.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndividualsOutcome {
    pub met: bool,
    pub required: u32,
    /// Slots filled by a maximum matching.
    pub filled: u32,
    /// One entry per slot, in group order: who fills it. A group asking for
    /// more slots than the partner has people lists only people + 1 of them
    /// (the rest cannot be filled either), so this may be shorter than `required`.
    pub slots: Vec<SlotOutcome>,
}

/// One slot of a group, and who fills it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SlotOutcome {
    /// Index of the slot group in the requirement.
    pub group: usize,
    /// Index into the partner's individuals, when filled.
    pub person: Option<u32>,
    /// For an unfilled slot: the closest people and what each lacks.
    pub candidates: Vec<Candidate>,
}

/// A person who could fill a slot after passing more exams.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidate {
    pub person: u32,
    /// Fills another slot already, so would be moved.
    pub busy: bool,
    /// What the person lacks, clause by clause.
    pub missing: Vec<Missing>,
}

/// `need` more passes among `exams`, for the clause at index `clause` of the group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Missing {
    pub clause: usize,
    pub need: u32,
    /// The exams of the clause that the person has not passed and can still take.
    pub exams: Vec<ExamIdx>,
}

/// The cheapest way to reach a tier.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    /// Index of the tier in the option.
    pub tier: usize,
    /// Revenue still to earn, one per unmet threshold.
    pub revenue: Vec<RevenueGap>,
    /// Exam slots still to fill, one per unmet individuals requirement.
    pub individuals: Vec<IndividualsGap>,
}

/// Revenue still to earn for one threshold of the target tier.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RevenueGap {
    /// Index of the requirement in the tier.
    pub requirement: usize,
    pub currency: CurrencyIdx,
    pub shortfall: Decimal,
}

/// The fewest exam passes that fill every slot of an individuals requirement.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndividualsGap {
    /// Index of the requirement in the tier.
    pub requirement: usize,
    /// Exam passes in all, new people included.
    pub exam_passes: u32,
    /// What existing people should pass (people who already qualify are not listed).
    pub plan: Vec<PersonPlan>,
    /// People to certify from scratch when the partner has too few.
    pub new_people: Vec<NewPerson>,
    /// No assignment exists (e.g. only retired exams left): the tier cannot be reached.
    pub impossible: bool,
}

/// Passes one existing person needs to fill a slot of `group`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonPlan {
    pub person: u32,
    pub group: usize,
    pub pass: Vec<Missing>,
}

/// A person to certify for a slot of `group`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewPerson {
    pub group: usize,
    pub pass: Vec<Missing>,
}
