//! The result of evaluating one partner: plain data with every piece of evidence.
//!
//! The outcome names what it is about by id, borrowed from the program it was
//! evaluated against (`Outcome<'p>`): competencies, options, tiers,
//! requirements, exams, currencies and the market. Each requirement's outcome
//! also holds the rule it judged, so a report never has to match outcomes to
//! rules by position. The partner's data is referred to by position (`line` is
//! an index into the partner's `revenue`, `person` into its `individuals`), so
//! evaluation allocates no strings.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::ir::{Individuals, Quantity, StatusRequirement, Threshold};

/// Everything learnt about one partner.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Outcome<'p> {
    /// The date windows end on and exams are counted up to.
    pub as_of: NaiveDate,
    /// The id of the partner's market, from its country.
    pub market: &'p str,
    /// One entry per competency option evaluated.
    pub options: Vec<OptionOutcome<'p>>,
    /// One entry per competency evaluated: its result as a whole.
    pub overall: Vec<OverallOutcome<'p>>,
    /// Data the rules cannot be applied to (a revenue line in another
    /// currency than a threshold it would count toward, or one whose amount
    /// cannot be summed exactly), one per line: each leaves only the
    /// requirements it affects undecided (unmet, see
    /// [`RevenueOutcome::undecided`]); the rest is evaluated. Each points at
    /// the rule's amount and names the line by its index (`line`); a caller
    /// holding the data file may point it there (`data::revenue_line_span`).
    pub errors: Vec<crate::diag::Diagnostic>,
}

/// A competency as a whole: the highest tier attained by any of its options.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct OverallOutcome<'p> {
    /// The competency's id.
    pub competency: &'p str,
    /// The highest tier attained by an option, if any.
    pub attained: Option<&'p str>,
    /// The options that attain it, in written order.
    pub options: Vec<&'p str>,
}

impl<'p> Outcome<'p> {
    /// The outcome of option `option` of competency `competency`.
    pub fn option(&self, competency: &str, option: &str) -> Option<&OptionOutcome<'p>> {
        self.options
            .iter()
            .find(|o| o.competency == competency && o.option == option)
    }
}

/// The verdict for one option of one competency.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct OptionOutcome<'p> {
    /// The competency's id.
    pub competency: &'p str,
    /// The option's id.
    pub option: &'p str,
    /// The id of the highest tier whose requirements all hold.
    pub attained: Option<&'p str>,
    /// Every tier, lowest first, evaluated independently.
    pub tiers: Vec<TierOutcome<'p>>,
    /// The cheapest way to the tier above the attained one, if there is one.
    pub gap: Option<Gap<'p>>,
}

impl<'p> OptionOutcome<'p> {
    /// The outcome of the tier `id`.
    pub fn tier(&self, id: &str) -> Option<&TierOutcome<'p>> {
        self.tiers.iter().find(|t| t.tier == id)
    }
}

/// One tier: met when every requirement is.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TierOutcome<'p> {
    /// The tier's id.
    pub tier: &'p str,
    /// Every requirement holds.
    pub met: bool,
    /// In the order of the tier's requirements.
    pub requirements: Vec<RequirementOutcome<'p>>,
    /// With `qualified on any day of …`: the latest day of the window, before
    /// the as-of date, on which the tier held, when it does not hold on the
    /// as-of date (`met` is then true). The requirements are as of the as-of date.
    pub qualified_on: Option<NaiveDate>,
}

impl<'p> TierOutcome<'p> {
    /// The outcome of the requirement `id` (`revenue`, `individuals-2`,
    /// `either/1/revenue` in a branch).
    pub fn requirement(&self, id: &str) -> Option<&RequirementOutcome<'p>> {
        self.requirements
            .iter()
            .flat_map(RequirementOutcome::with_branches)
            .find(|r| r.id() == id)
    }
}

/// The finding for one requirement.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum RequirementOutcome<'p> {
    /// A revenue threshold.
    Revenue(RevenueOutcome<'p>),
    /// A status held on the as-of date.
    Status(StatusOutcome<'p>),
    /// A consumption threshold: as revenue, over the partner's `consumption`
    /// lines (the indices are into that list).
    Consumption(RevenueOutcome<'p>),
    /// A count of paid units of a usage metric.
    Count(QuantityOutcome<'p>),
    /// A count of new customers.
    NewCustomers(QuantityOutcome<'p>),
    /// Exam slots.
    Individuals(IndividualsOutcome<'p>),
    /// Alternatives: `either { … } or { … }`.
    Either(super::EitherOutcome<'p>),
    /// A score: weighted metrics against a target.
    Score(super::score::ScoreOutcome<'p>),
}

impl<'p> RequirementOutcome<'p> {
    /// Whether the requirement holds.
    pub fn met(&self) -> bool {
        match self {
            RequirementOutcome::Revenue(r) | RequirementOutcome::Consumption(r) => r.met,
            RequirementOutcome::Count(q) | RequirementOutcome::NewCustomers(q) => q.met,
            RequirementOutcome::Status(s) => s.met,
            RequirementOutcome::Individuals(i) => i.met,
            RequirementOutcome::Either(e) => e.met,
            RequirementOutcome::Score(s) => s.met,
        }
    }

    /// This outcome, then those of its branches when it is an `either`.
    pub fn with_branches(&self) -> impl Iterator<Item = &RequirementOutcome<'p>> {
        let branches = match self {
            RequirementOutcome::Either(e) => e.branches.as_slice(),
            _ => &[],
        };
        std::iter::once(self).chain(branches.iter().flat_map(|b| &b.requirements))
    }

    /// The requirement's id in its tier.
    pub fn id(&self) -> &'p str {
        match self {
            RequirementOutcome::Revenue(r) | RequirementOutcome::Consumption(r) => r.requirement,
            RequirementOutcome::Count(q) | RequirementOutcome::NewCustomers(q) => q.requirement,
            RequirementOutcome::Status(s) => s.requirement,
            RequirementOutcome::Individuals(i) => i.requirement,
            RequirementOutcome::Either(e) => e.requirement,
            RequirementOutcome::Score(s) => s.requirement,
        }
    }
}

/// A status requirement against the partner's `statuses`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct StatusOutcome<'p> {
    /// The requirement's id in its tier.
    pub requirement: &'p str,
    /// The requirement judged.
    pub rule: &'p StatusRequirement,
    /// The partner holds the status on the as-of date.
    pub met: bool,
    /// The first entry of the partner's `statuses` that holds, by index.
    pub held: Option<u32>,
}

/// A revenue threshold against the partner's lines.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RevenueOutcome<'p> {
    /// The requirement's id in its tier.
    pub requirement: &'p str,
    /// The threshold judged.
    pub rule: &'p Threshold,
    /// The sum reaches the amount required.
    pub met: bool,
    /// The currency's id.
    pub currency: &'p str,
    /// The amount required in the partner's market.
    pub required: Decimal,
    /// The sum of the lines that counted.
    pub found: Decimal,
    /// `required - found` when not met.
    pub shortfall: Option<Decimal>,
    /// Lines count when `window_start < date <= window_end`.
    pub window_start: NaiveDate,
    /// The as-of date.
    pub window_end: NaiveDate,
    /// Indices of the lines that counted.
    pub counted: Vec<u32>,
    /// Lines that did not count, with the first reason found.
    pub excluded: Vec<Excluded>,
    /// Lines that would count but cannot (another currency, or a sum that
    /// would round): the threshold is then undecided, and not met.
    pub undecided: Vec<u32>,
}

/// A counted measure (`count METRIC`, `new customers`) against the partner's
/// records.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct QuantityOutcome<'p> {
    /// The requirement's id in its tier.
    pub requirement: &'p str,
    /// The measure judged.
    pub rule: &'p Quantity,
    /// The count reaches the number required.
    pub met: bool,
    /// The number required in the partner's market.
    pub required: u64,
    /// Units (`count`) or new customers found.
    pub found: u64,
    /// `required - found` when not met.
    pub shortfall: Option<u64>,
    /// Records count when `window_start < date <= window_end`.
    pub window_start: NaiveDate,
    /// The as-of date.
    pub window_end: NaiveDate,
    /// `count`: the usage records counted. `new customers`: for each new
    /// customer, the earliest record in the window that carries an allowed
    /// association (with no association asked, its first record). In the
    /// order of the records.
    pub counted: Vec<Record>,
    /// `new customers` only: customers with a record in the window that were
    /// already customers before it, by their first record.
    pub existing: Vec<Record>,
}

/// A line or record of the partner's data, by list and index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Record {
    /// Index into the partner's `revenue`.
    Revenue(u32),
    /// Index into the partner's `consumption`.
    Consumption(u32),
    /// Index into the partner's `usage`.
    Usage(u32),
}

/// A revenue line left out, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Excluded {
    /// Index into the partner's revenue lines.
    pub line: u32,
    /// Why it did not count.
    pub reason: ExclusionReason,
}

/// Why a revenue line did not count toward a threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
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
    /// Other association types are required and the line carries none of them.
    NotAssociated,
}

impl ExclusionReason {
    /// Every reason, in the order reports list them.
    pub const ALL: [ExclusionReason; 6] = [
        ExclusionReason::OtherProduct,
        ExclusionReason::OtherKind,
        ExclusionReason::BeforeWindow,
        ExclusionReason::AfterAsOf,
        ExclusionReason::NotDpor,
        ExclusionReason::NotAssociated,
    ];

    /// The reason's name in reports and JSON (`other-product`).
    pub fn name(self) -> &'static str {
        match self {
            ExclusionReason::OtherProduct => "other-product",
            ExclusionReason::OtherKind => "other-kind",
            ExclusionReason::BeforeWindow => "before-window",
            ExclusionReason::AfterAsOf => "after-as-of",
            ExclusionReason::NotDpor => "not-dpor",
            ExclusionReason::NotAssociated => "not-associated",
        }
    }
}

/// Exam slots against the partner's individuals.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct IndividualsOutcome<'p> {
    /// The requirement's id in its tier.
    pub requirement: &'p str,
    /// The slots judged.
    pub rule: &'p Individuals,
    /// Enough slots are filled.
    pub met: bool,
    /// Slots to fill.
    pub required: u32,
    /// Slots filled by a maximum matching.
    pub filled: u32,
    /// One entry per slot, in group order: who fills it. A group asking for
    /// more slots than the partner has people lists only people + 1 of them
    /// (the rest cannot be filled either), so this may be shorter than `required`.
    pub slots: Vec<SlotOutcome<'p>>,
}

impl<'p> Outcome<'p> {
    /// The outcome, or its errors when some requirement is undecided: for
    /// callers that compare whole outcomes (a forecast, a rule test).
    pub fn decided(self) -> Result<Outcome<'p>, Vec<crate::diag::Diagnostic>> {
        match self.errors.is_empty() {
            true => Ok(self),
            false => Err(self.errors),
        }
    }
}

impl<'p> IndividualsOutcome<'p> {
    /// The other people requirements of the tier (`tier`: its outcomes) in
    /// which `person` also fills a slot, as sharing allows.
    pub fn also_in(&self, tier: &[RequirementOutcome<'p>], person: u32) -> Vec<&'p str> {
        tier.iter()
            .filter_map(|o| match o {
                RequirementOutcome::Individuals(o) if o.requirement != self.requirement => Some(o),
                _ => None,
            })
            .filter(|o| o.slots.iter().any(|s| s.person == Some(person)))
            .map(|o| o.requirement)
            .collect()
    }
}

/// One slot of a group, and who fills it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SlotOutcome<'p> {
    /// Index of the slot group in the requirement.
    pub group: usize,
    /// Index into the partner's individuals, when filled.
    pub person: Option<u32>,
    /// For an unfilled slot: the closest people and what each lacks (one
    /// list shared by the unfilled slots of a group).
    pub candidates: std::sync::Arc<[Candidate<'p>]>,
}

/// A person who could fill a slot after passing more exams.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Candidate<'p> {
    /// Index into the partner's individuals.
    pub person: u32,
    /// Fills another slot already, so would be moved.
    pub busy: bool,
    /// What the person lacks, clause by clause.
    pub missing: Vec<Missing<'p>>,
}

/// `need` more passes among `exams`, for the clause at index `clause` of the group.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Missing<'p> {
    /// Index of the clause in its slot group.
    pub clause: usize,
    /// Passes still needed.
    pub need: u32,
    /// Ids of the exams of the clause that the person has not passed and can still take.
    pub exams: Vec<&'p str>,
}

/// The cheapest way to reach a tier.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Gap<'p> {
    /// The tier's id.
    pub tier: &'p str,
    /// Revenue still to earn, one per unmet threshold.
    pub revenue: Vec<RevenueGap<'p>>,
    /// Exam slots still to fill, one per unmet individuals requirement.
    pub individuals: Vec<IndividualsGap<'p>>,
    /// Statuses to obtain, one per unmet status requirement.
    pub statuses: Vec<&'p StatusRequirement>,
    /// Consumption still to reach, one per unmet consumption threshold.
    pub consumption: Vec<RevenueGap<'p>>,
    /// Units or new customers still to add, one per unmet counted measure.
    pub quantities: Vec<QuantityGap<'p>>,
    /// When the tier's `either` holds in no branch: the index of the branch
    /// planned (the fewest unmet requirements, then the fewest credential
    /// passes, then the first written), whose requirements' plans are in
    /// the lists above, by their ids (`either/2/revenue`).
    pub branch: Option<usize>,
    /// The cheapest improvements of its metrics, one per unmet score.
    pub scores: Vec<super::ScorePlan<'p>>,
}

impl<'p> Gap<'p> {
    /// A plan to reach `tier` with nothing in it yet.
    pub(crate) fn new(tier: &'p str) -> Gap<'p> {
        Gap {
            tier,
            ..Gap::default()
        }
    }
}

/// Units (`count`) or new customers still to add for one measure of the target tier.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct QuantityGap<'p> {
    /// The requirement's id in the tier.
    pub requirement: &'p str,
    /// The measure (`metric` is `None` for new customers).
    pub rule: &'p Quantity,
    /// How many more.
    pub shortfall: u64,
    /// Records count when dated after this day (and up to the as-of date).
    pub window_start: NaiveDate,
}

/// Revenue still to earn for one threshold of the target tier.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RevenueGap<'p> {
    /// The requirement's id in the tier.
    pub requirement: &'p str,
    /// The threshold.
    pub rule: &'p Threshold,
    /// The currency's id.
    pub currency: &'p str,
    /// The amount still to earn.
    pub shortfall: Decimal,
}

/// The fewest exam passes that fill every slot of an individuals requirement.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct IndividualsGap<'p> {
    /// The requirement's id in the tier.
    pub requirement: &'p str,
    /// Exam passes in all, new people included.
    pub exam_passes: u32,
    /// What existing people should pass (people who already qualify are not listed).
    pub plan: Vec<PersonPlan<'p>>,
    /// People to certify from scratch when the partner has too few.
    pub new_people: Vec<NewPerson<'p>>,
    /// No assignment exists (e.g. only retired exams left): the tier cannot be reached.
    pub impossible: bool,
    /// Too many slots of different kinds to plan (over 256 in one assignment,
    /// which is cubic): no plan is given, and nothing is said about whether
    /// the tier can be reached.
    pub unplanned: bool,
}

/// Passes one existing person needs to fill a slot of `group`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PersonPlan<'p> {
    /// Index into the partner's individuals.
    pub person: u32,
    /// Index of the slot group in the requirement.
    pub group: usize,
    /// The passes, clause by clause.
    pub pass: Vec<Missing<'p>>,
}

/// A person to certify for a slot of `group`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct NewPerson<'p> {
    /// Index of the slot group in the requirement.
    pub group: usize,
    /// The passes, clause by clause.
    pub pass: Vec<Missing<'p>>,
}
