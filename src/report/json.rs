//! An evaluation outcome as JSON for integrators: typed records borrowing
//! their strings from the program, the partner and the outcome, serialized
//! straight to text. Amounts are exact decimal strings. The JSON Schema of
//! the report is derived from these types ([`eval_report_schema`]) and checked
//! in as `schemas/eval-report.schema.json`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::outcome::Context;
use crate::eval::{
    Candidate, ExclusionReason, Gap, IndividualsGap, IndividualsOutcome, Missing, OptionOutcome,
    Outcome, RequirementOutcome, RevenueOutcome, TierOutcome,
};
use crate::ir::Program;

/// Version of the evaluation JSON format. 2: requirements and gaps name
/// requirements by id; `why` of excluded lines dropped (see `reason`).
pub const EVAL_JSON_VERSION: u32 = 2;

/// The evaluation of one partner (`rubric eval --format json`).
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct EvalReport<'a> {
    /// Version of this format.
    pub format: u32,
    /// The partner evaluated.
    pub partner: PartnerJson<'a>,
    /// The date windows end on and exams are counted up to.
    pub as_of: NaiveDate,
    /// One entry per competency option evaluated.
    pub competencies: Vec<OptionJson<'a>>,
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
    /// Every requirement holds.
    pub met: bool,
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
    /// Exam slots.
    Individuals(IndividualsJson<'a>),
}

/// A revenue threshold against the partner's lines.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RevenueJson<'a> {
    /// The requirement's id in its tier (`revenue`, `revenue-2`).
    pub id: &'a str,
    /// The sum reaches the amount required.
    pub met: bool,
    /// The revenue kind's id.
    pub kind: &'a str,
    /// Ids of the products whose revenue counts.
    pub products: Vec<&'a str>,
    /// Only lines where the partner is Digital Partner of Record count.
    pub dpor: bool,
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
    /// The lines that counted.
    pub counted: Vec<LineJson<'a>>,
    /// The lines that did not, each with its reason.
    pub excluded: Vec<ExcludedJson<'a>>,
}

/// A window ending on the as-of date: lines count when `after < date <= until`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct WindowJson {
    /// Its length in calendar months (`ttm` is 12).
    pub months: u32,
    /// The day before the window opens.
    pub after: NaiveDate,
    /// The as-of date.
    pub until: NaiveDate,
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
    pub date: NaiveDate,
    /// The partner is Digital Partner of Record for this customer.
    pub dpor: bool,
}

/// A revenue line that did not count, and why.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ExcludedJson<'a> {
    /// The line.
    #[serde(flatten)]
    pub line: LineJson<'a>,
    /// The first reason found.
    pub reason: ExclusionReason,
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
}

/// `count` slots asking the same of one person each.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct GroupJson<'a> {
    /// Number of slots.
    pub count: u32,
    /// Every clause must hold for the same person.
    pub clauses: Vec<ClauseJson<'a>>,
}

/// `need` of the exams `of`.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ClauseJson<'a> {
    /// Passes needed.
    pub need: u32,
    /// Exam ids.
    pub of: Vec<&'a str>,
}

/// One slot and who fills it.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct SlotJson<'a> {
    /// 0-based index of the slot group.
    pub group: usize,
    /// The id of the person filling it, or null.
    pub person: Option<&'a str>,
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
        s.collect_str(&self.0)
    }
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

/// The typed JSON report of `outcome`, borrowing from `cx` and `outcome`.
pub fn eval_report<'a>(cx: &Context<'a>, outcome: &'a Outcome<'a>) -> EvalReport<'a> {
    let p = cx.partner;
    EvalReport {
        format: EVAL_JSON_VERSION,
        partner: PartnerJson {
            id: &p.id,
            name: p.name.as_deref(),
            country: &p.country,
            market: outcome.market,
        },
        as_of: outcome.as_of,
        competencies: outcome.options.iter().map(|o| option(cx, o)).collect(),
    }
}

/// The JSON text of the report of `outcome`: indented, or on one line (for
/// JSON Lines).
pub fn eval_json(cx: &Context, outcome: &Outcome, pretty: bool) -> String {
    let report = eval_report(cx, outcome);
    let text = if pretty {
        serde_json::to_string_pretty(&report)
    } else {
        serde_json::to_string(&report)
    };
    // Serializing these types cannot fail: no maps with non-string keys, no
    // failing `Serialize` impl.
    text.unwrap_or_default()
}

/// The JSON Schema of [`EvalReport`].
pub fn eval_report_schema() -> schemars::Schema {
    schemars::schema_for!(EvalReport<'static>)
}

fn option<'a>(cx: &Context<'a>, o: &'a OptionOutcome<'a>) -> OptionJson<'a> {
    OptionJson {
        competency: o.competency,
        option: o.option,
        attained: o.attained,
        next: o.gap.as_ref().map(|g| g.tier),
        tiers: o.tiers.iter().map(|t| tier(cx, t)).collect(),
        gap: o.gap.as_ref().map(|g| gap(cx, g)),
    }
}

fn tier<'a>(cx: &Context<'a>, t: &'a TierOutcome<'a>) -> TierJson<'a> {
    TierJson {
        tier: t.tier,
        met: t.met,
        requirements: t
            .requirements
            .iter()
            .map(|r| match r {
                RequirementOutcome::Revenue(r) => RequirementJson::Revenue(revenue(cx, r)),
                RequirementOutcome::Individuals(r) => {
                    RequirementJson::Individuals(individuals(cx, r))
                }
            })
            .collect(),
    }
}

fn id<T>(table: &[T], i: usize, f: impl Fn(&T) -> &str) -> &str {
    table.get(i).map_or("", f)
}

fn line<'a>(cx: &Context<'a>, i: u32) -> LineJson<'a> {
    match cx.partner.revenue.get(i as usize) {
        Some(l) => LineJson {
            line: i,
            customer: &l.customer,
            product: &l.product_id,
            kind: &l.kind_id,
            amount: Amount(l.amount),
            currency: &l.currency_id,
            date: l.date,
            dpor: l.dpor,
        },
        // An outcome refers only to its partner's lines.
        None => LineJson {
            line: i,
            customer: "",
            product: "",
            kind: "",
            amount: Amount(Decimal::ZERO),
            currency: "",
            date: NaiveDate::MIN,
            dpor: false,
        },
    }
}

fn revenue<'a>(cx: &Context<'a>, r: &'a RevenueOutcome<'a>) -> RevenueJson<'a> {
    let program: &'a Program = cx.program;
    let t = r.rule;
    RevenueJson {
        id: r.requirement,
        met: r.met,
        kind: id(&program.kinds, t.kind.index(), |k| &k.id),
        products: t
            .products
            .iter()
            .map(|p| id(&program.products, p.index(), |p| &p.id))
            .collect(),
        dpor: t.dpor,
        window: WindowJson {
            months: t.window.months(),
            after: r.window_start,
            until: r.window_end,
        },
        currency: r.currency,
        required: Amount(r.required),
        found: Amount(r.found),
        shortfall: r.shortfall.map(Amount),
        counted: r.counted.iter().map(|i| line(cx, *i)).collect(),
        excluded: r
            .excluded
            .iter()
            .map(|e| ExcludedJson {
                line: line(cx, e.line),
                reason: e.reason,
            })
            .collect(),
    }
}

fn person<'a>(cx: &Context<'a>, p: u32) -> &'a str {
    id(&cx.partner.individuals, p as usize, |i| &i.id)
}

fn missing<'a>(m: &'a [Missing<'a>]) -> Vec<MissingJson<'a>> {
    m.iter()
        .map(|m| MissingJson {
            clause: m.clause,
            need: m.need,
            of: &m.exams,
        })
        .collect()
}

fn candidate<'a>(cx: &Context<'a>, c: &'a Candidate<'a>) -> CandidateJson<'a> {
    CandidateJson {
        person: person(cx, c.person),
        busy: c.busy,
        missing: missing(&c.missing),
    }
}

fn individuals<'a>(cx: &Context<'a>, r: &'a IndividualsOutcome<'a>) -> IndividualsJson<'a> {
    let program: &'a Program = cx.program;
    IndividualsJson {
        id: r.requirement,
        met: r.met,
        required: r.required,
        filled: r.filled,
        groups: r
            .rule
            .groups
            .iter()
            .map(|g| GroupJson {
                count: g.count,
                clauses: g
                    .clauses
                    .iter()
                    .map(|c| ClauseJson {
                        need: c.need,
                        of: c
                            .exams
                            .iter()
                            .map(|e| id(&program.exams, e.index(), |e| &e.id))
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
        slots: r
            .slots
            .iter()
            .map(|s| SlotJson {
                group: s.group,
                person: s.person.map(|p| person(cx, p)),
                candidates: s.candidates.iter().map(|c| candidate(cx, c)).collect(),
            })
            .collect(),
    }
}

fn individuals_gap<'a>(cx: &Context<'a>, i: &'a IndividualsGap<'a>) -> IndividualsGapJson<'a> {
    IndividualsGapJson {
        requirement: i.requirement,
        exam_passes: i.exam_passes,
        impossible: i.impossible,
        plan: i
            .plan
            .iter()
            .map(|p| PersonPlanJson {
                person: person(cx, p.person),
                group: p.group,
                pass: missing(&p.pass),
            })
            .collect(),
        new_people: i
            .new_people
            .iter()
            .map(|n| NewPersonJson {
                group: n.group,
                pass: missing(&n.pass),
            })
            .collect(),
    }
}

fn gap<'a>(cx: &Context<'a>, g: &'a Gap<'a>) -> GapJson<'a> {
    GapJson {
        tier: g.tier,
        revenue: g
            .revenue
            .iter()
            .map(|r| RevenueGapJson {
                requirement: r.requirement,
                currency: r.currency,
                shortfall: Amount(r.shortfall),
            })
            .collect(),
        individuals: g
            .individuals
            .iter()
            .map(|i| individuals_gap(cx, i))
            .collect(),
    }
}
