//! The records of the evaluation JSON report: plain serde structs borrowing
//! their strings, with their JSON Schema derived alongside.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::eval::ExclusionReason;

/// The evaluation of one partner (`rubric eval --format json`).
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct EvalReport<'a> {
    /// Version of this format.
    pub format: u32,
    /// The partner evaluated.
    pub partner: PartnerJson<'a>,
    /// The date windows end on and exams are counted up to.
    pub as_of: Day,
    /// With `--evidence full` (the default): every revenue line of the
    /// partner, once, in file order; requirements refer to them by index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revenue: Option<Vec<LineJson<'a>>>,
    /// With `--evidence full`, when the partner has any: every consumption
    /// line, once, in file order (`kind` empty); consumption thresholds refer
    /// to them by index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumption: Option<Vec<LineJson<'a>>>,
    /// One entry per competency option evaluated.
    pub competencies: Vec<OptionJson<'a>>,
    /// One entry per competency evaluated: the highest tier attained by any
    /// of its options, and the options that attain it.
    pub overall: Vec<OverallJson<'a>>,
}

/// A competency as a whole.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct OverallJson<'a> {
    /// The competency's id.
    pub competency: &'a str,
    /// The highest tier attained by an option, or null.
    pub attained: Option<&'a str>,
    /// The options that attain it, in written order.
    pub options: &'a [&'a str],
}

/// Who was evaluated.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct PartnerJson<'a> {
    /// The partner's id.
    pub id: &'a str,
    /// Its name, if given.
    pub name: Option<&'a str>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: &'a str,
    /// The id of the market of its country.
    pub market: &'a str,
}

/// The verdict for one option of one competency.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct OptionJson<'a> {
    /// The competency's id.
    pub competency: &'a str,
    /// The option's id.
    pub option: &'a str,
    /// The id of the highest tier reached, or null.
    pub attained: Option<&'a str>,
    /// The id of the tier above the attained one, or null at the top.
    pub next: Option<&'a str>,
    /// Every tier, lowest first.
    pub tiers: Vec<TierJson<'a>>,
    /// The cheapest way to the next tier, or null at the top.
    pub gap: Option<GapJson<'a>>,
}

/// One tier: met when every requirement is.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TierJson<'a> {
    /// The tier's id.
    pub tier: &'a str,
    /// Every requirement holds (on the as-of date, or on `qualified_on`).
    pub met: bool,
    /// With `qualified on any day of …`: the day of the window the tier
    /// held on, when it does not hold on the as-of date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified_on: Option<Day>,
    /// In the order the rules write them.
    pub requirements: Vec<RequirementJson<'a>>,
}

/// The finding for one requirement.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RequirementJson<'a> {
    /// A revenue threshold.
    Revenue(RevenueJson<'a>),
    /// A status held on the as-of date.
    Status(StatusJson<'a>),
    /// A consumption threshold: as revenue, over the partner's `consumption`
    /// lines (`line` indexes that list; `kind` is empty).
    Consumption(RevenueJson<'a>),
    /// Paid units of a usage metric.
    Count(super::QuantityJson<'a>),
    /// New customers.
    NewCustomers(super::QuantityJson<'a>),
    /// Exam slots.
    Individuals(IndividualsJson<'a>),
    /// Alternatives: `either { … } or { … }`.
    Either(EitherJson<'a>),
    /// A score: weighted metrics against a target.
    Score(crate::report::score::ScoreJson<'a>),
}

/// `either { … } or { … }`: met when some branch holds.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct EitherJson<'a> {
    /// The requirement's id in its tier (`either`).
    pub id: &'a str,
    /// Some branch holds.
    pub met: bool,
    /// The first branch that holds (1-based, in written order).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<usize>,
    /// Every branch, in written order.
    pub branches: Vec<BranchJson<'a>>,
}

/// One branch of an `either`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct BranchJson<'a> {
    /// Every requirement of the branch holds, its people together with the tier's.
    pub met: bool,
    /// Its requirements, with ids `either/B/KIND`.
    pub requirements: Vec<RequirementJson<'a>>,
}

/// A status requirement against the partner's `statuses`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct StatusJson<'a> {
    /// The requirement's id in its tier (`status`, `status-2`).
    pub id: &'a str,
    /// The partner holds the status on the as-of date.
    pub met: bool,
    /// The status's id.
    pub status: &'a str,
    /// 0-based index in the partner's `statuses` of the entry that holds.
    pub held: Option<u32>,
}

/// A revenue threshold against the partner's lines.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RevenueJson<'a> {
    /// The requirement's id in its tier (`revenue`, `revenue-2`).
    pub id: &'a str,
    /// Lines (indices) that would count but cannot: another currency, or a
    /// sum that would round. The threshold is then undecided and not met;
    /// the run's errors say why (absent when none).
    #[serde(default, skip_serializing_if = "<[u32]>::is_empty")]
    pub undecided: &'a [u32],
    /// The sum reaches the amount required.
    pub met: bool,
    /// The revenue kind's id: the first of `kinds`; empty with `any_kind`.
    pub kind: &'a str,
    /// Every kind that counts, when the rule lists several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<&'a str>>,
    /// `revenue of any kind`: lines of every kind count.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub any_kind: bool,
    /// Ids of the products whose revenue counts.
    pub products: Vec<&'a str>,
    /// Only lines where the partner is Digital Partner of Record count.
    pub dpor: bool,
    /// Only lines carrying one of these association types count, when the
    /// rule names other types than `dpor` alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associations: Option<Vec<&'a str>>,
    /// The window lines must fall in.
    pub window: WindowJson,
    /// The currency's id.
    pub currency: &'a str,
    /// The amount required in the partner's market.
    pub required: Amount,
    /// The sum of the lines that counted.
    pub found: Amount,
    /// `required - found`, when not met.
    pub shortfall: Option<Amount>,
    /// With `--evidence full`: the lines that counted, as indices into
    /// the report's `revenue` (for a consumption threshold, `consumption`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<&'a [u32]>,
    /// With `--evidence full`: the lines that did not count, each with its
    /// reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excluded: Option<Vec<ExcludedJson>>,
    /// With `--evidence summary`: how many lines counted and how many did not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<LineCounts>,
}

/// A window ending on the as-of date: lines count when `after < date <= until`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct WindowJson {
    /// Its length in calendar months (`ttm` is 12).
    pub months: u32,
    /// The day before the window opens.
    pub after: Day,
    /// The as-of date.
    pub until: Day,
}

/// A revenue line of the partner.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct LineJson<'a> {
    /// 0-based index of the line in the partner's `revenue`.
    pub line: u32,
    /// The customer's id.
    pub customer: &'a str,
    /// The product id as written.
    pub product: &'a str,
    /// The revenue kind id as written.
    pub kind: &'a str,
    /// The exact amount.
    pub amount: Amount,
    /// The currency id as written.
    pub currency: &'a str,
    /// The day of the sale.
    pub date: Day,
    /// The partner is Digital Partner of Record for this customer.
    pub dpor: bool,
    /// Every kind of the line (`kind` first), when it has several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<&'a str>>,
    /// The association types the line carries besides `dpor`, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associations: Option<Vec<&'a str>>,
}

/// A revenue line that did not count, and why.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ExcludedJson {
    /// 0-based index of the line in the partner's `revenue` (and the report's).
    pub line: u32,
    /// The first reason found.
    pub reason: ExclusionReason,
}

/// How many revenue lines a threshold counted and left out.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct LineCounts {
    /// Lines that counted.
    pub counted: usize,
    /// Lines that did not.
    pub excluded: usize,
}

/// Exam slots against the partner's individuals.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct IndividualsJson<'a> {
    /// The requirement's id in its tier (`individuals`).
    pub id: &'a str,
    /// Enough slots are filled.
    pub met: bool,
    /// Slots to fill.
    pub required: u32,
    /// Slots filled by a maximum matching.
    pub filled: u32,
    /// The slot groups, as the rules write them.
    pub groups: Vec<GroupJson<'a>>,
    /// One entry per slot, in group order: who fills it.
    pub slots: Vec<SlotJson<'a>>,
    /// Credentials the requirement names that people list, dated on or
    /// before the as-of date, that do not count (absent when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_counted: Vec<NotCountedJson<'a>>,
}

/// A credential a person lists that does not count, and why.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct NotCountedJson<'a> {
    /// The person's id.
    pub person: &'a str,
    /// The credential's id.
    pub credential: &'a str,
    /// `exam`, `assessment` or `certification`.
    pub kind: crate::ir::CredentialKind,
    /// When it was passed or earned.
    pub date: Day,
    /// `retired`: passed after the credential's retirement; `expired`: a
    /// certification whose `expires` date is before the as-of date.
    pub reason: super::super::NotCountedReason,
    /// The retirement or expiry date.
    pub on: Day,
}

/// `count` slots asking the same of one person each.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct GroupJson<'a> {
    /// Number of slots.
    pub count: u32,
    /// Every clause must hold for the same person. Empty when `condition`
    /// is given.
    pub clauses: Vec<ClauseJson<'a>>,
    /// The condition, when it has an `or` (then `clauses` is empty). A
    /// `clause` index elsewhere counts the clauses of the condition in
    /// written order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<ConditionJson<'a>>,
}

/// A condition with `or`: a tree of clauses.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ConditionJson<'a> {
    /// One clause.
    Clause(ClauseJson<'a>),
    /// Every part holds for the same person.
    And(Vec<ConditionJson<'a>>),
    /// Some part holds for the person.
    Or(Vec<ConditionJson<'a>>),
    /// `any area [...]`: the clause of some one focus area holds.
    AnyArea(Vec<ClauseJson<'a>>),
}

/// `need` of the exams `of`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ClauseJson<'a> {
    /// Passes needed.
    pub need: u32,
    /// Exam ids.
    pub of: Vec<&'a str>,
    /// The focus area the credentials are those of, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<&'a str>,
}

/// One slot and who fills it.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct SlotJson<'a> {
    /// 0-based index of the slot group.
    pub group: usize,
    /// The id of the person filling it, or null.
    pub person: Option<&'a str>,
    /// The other requirements of the tier this person also fills a slot of
    /// (requirements that share people); absent when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub also_in: Option<Vec<&'a str>>,
    /// For an unfilled slot: the closest people and what each lacks.
    pub candidates: Vec<CandidateJson<'a>>,
}

/// A person who could fill a slot after passing more exams.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct CandidateJson<'a> {
    /// The person's id.
    pub person: &'a str,
    /// Fills another slot already.
    pub busy: bool,
    /// What the person lacks, clause by clause.
    pub missing: Vec<MissingJson<'a>>,
}

/// `need` more passes among the exams `of`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct MissingJson<'a> {
    /// 0-based index of the clause in its group.
    pub clause: usize,
    /// Passes still needed.
    pub need: u32,
    /// Ids of the exams of the clause not passed yet and not retired.
    pub of: &'a [&'a str],
}

/// The cheapest way to reach a tier.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct GapJson<'a> {
    /// The tier's id.
    pub tier: &'a str,
    /// Revenue still to earn, one per unmet threshold.
    pub revenue: Vec<RevenueGapJson<'a>>,
    /// Exam slots still to fill, one per unmet individuals requirement.
    pub individuals: Vec<IndividualsGapJson<'a>>,
    /// Ids of the statuses to obtain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statuses: Vec<&'a str>,
    /// Consumption still to reach, one per unmet consumption threshold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consumption: Vec<RevenueGapJson<'a>>,
    /// Units or new customers still to add, one per unmet counted measure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<super::QuantityGapJson<'a>>,
    /// The branch of the tier's `either` the plan follows (1-based), when
    /// none holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<usize>,
    /// The cheapest improvements of its metrics, one per unmet score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<crate::report::score::ScorePlanJson<'a>>,
}

/// Revenue still to earn for one threshold.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RevenueGapJson<'a> {
    /// The requirement's id in the tier.
    pub requirement: &'a str,
    /// The currency's id.
    pub currency: &'a str,
    /// The amount still to earn.
    pub shortfall: Amount,
}

/// The fewest exam passes that fill every slot of a requirement.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct IndividualsGapJson<'a> {
    /// The requirement's id in the tier.
    pub requirement: &'a str,
    /// Exam passes in all, new people included.
    pub exam_passes: u32,
    /// No plan exists (e.g. only retired exams left).
    pub impossible: bool,
    /// Too many slots of different kinds to plan: no plan is given (absent when false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unplanned: bool,
    /// What existing people should pass.
    pub plan: Vec<PersonPlanJson<'a>>,
    /// People to certify from scratch.
    pub new_people: Vec<NewPersonJson<'a>>,
}

/// The passes one existing person needs for a slot of `group`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct PersonPlanJson<'a> {
    /// The person's id.
    pub person: &'a str,
    /// 0-based index of the slot group.
    pub group: usize,
    /// The passes, clause by clause.
    pub pass: Vec<MissingJson<'a>>,
}

/// A person to certify for a slot of `group`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct NewPersonJson<'a> {
    /// 0-based index of the slot group.
    pub group: usize,
    /// The passes, clause by clause.
    pub pass: Vec<MissingJson<'a>>,
}

/// An exact decimal amount, as a string (`"100000.00"`): written without
/// going through a binary float or an intermediate string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amount(pub Decimal);

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 40];
        // SAFETY: `decimal_text` writes only ASCII digits, `.` and `-`.
        // (`str::from_utf8` on those few bytes cost a sixth of an amount.)
        s.serialize_str(unsafe { std::str::from_utf8_unchecked(decimal_text(self.0, &mut buf)) })
    }
}

/// `d` as its `Display` writes it (digits, `.` before the last `scale`
/// digits, `-` when the sign is negative, zero included), written backwards
/// into `buf`: `Display` through `collect_str` cost more than the rest of a
/// revenue line's JSON.
fn decimal_text(d: Decimal, buf: &mut [u8; 40]) -> &[u8] {
    let scale = d.scale() as usize;
    // At most 29 digits, a point, a leading `0` and a sign: 32 bytes.
    let mut m = d.mantissa().unsigned_abs();
    let (mut i, mut n) = (buf.len(), 0);
    loop {
        // u64 division while the rest fits (u128 division is a call).
        let digit = match u64::try_from(m) {
            Ok(small) => {
                m = u128::from(small / 10);
                small % 10
            }
            Err(_) => {
                let digit = (m % 10) as u64;
                m /= 10;
                digit
            }
        };
        i -= 1;
        buf[i] = b'0' + digit as u8;
        n += 1;
        if n == scale {
            i -= 1;
            buf[i] = b'.';
        }
        if m == 0 && n > scale {
            break;
        }
    }
    if d.is_sign_negative() {
        i -= 1;
        buf[i] = b'-';
    }
    &buf[i..]
}

impl JsonSchema for Amount {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Amount".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact decimal amount, as a string.",
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
        })
    }
}

/// A calendar day, as `YYYY-MM-DD`: written from a stack buffer, not
/// through `Display` one character at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let y = d.year();
        if !(0..=9999).contains(&y) {
            return s.collect_str(&d);
        }
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let (y, m, dd) = (y as u32, d.month(), d.day());
        let b = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(dd / 10),
            digit(dd),
        ];
        // SAFETY: ASCII digits and `-` only (see `Amount`).
        s.serialize_str(unsafe { std::str::from_utf8_unchecked(&b) })
    }
}

impl JsonSchema for Day {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar day, `YYYY-MM-DD`.",
            "type": "string",
            "format": "date",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// The hand-written amount text is exactly what `Display` writes.
    #[test]
    fn amounts_are_written_as_display_writes_them() {
        let texts = [
            "0",
            "0.00",
            "-0.00",
            "5",
            "0.005",
            "-0.5",
            "60000.10",
            "100000",
            "123.45",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "7.9228162514264337593543950335",
            "0.0000000000000000000000000001",
            "18446744073709551615",
            "18446744073709551616.5",
            "1e3",
            "1.50e-3",
        ];
        for t in texts {
            let d = Decimal::from_str(t)
                .or_else(|_| Decimal::from_scientific(t))
                .unwrap();
            let mut buf = [0u8; 40];
            assert_eq!(decimal_text(d, &mut buf), d.to_string().as_bytes(), "{t}");
        }
        let neg_zero = Decimal::new(-1, 2) + Decimal::new(1, 2);
        let mut buf = [0u8; 40];
        assert_eq!(
            decimal_text(neg_zero, &mut buf),
            neg_zero.to_string().as_bytes()
        );
    }
}
