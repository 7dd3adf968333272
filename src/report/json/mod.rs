//! An evaluation outcome as JSON for integrators: typed records borrowing
//! their strings from the program, the partner and the outcome, serialized
//! straight to text. Amounts are exact decimal strings. The JSON Schema of
//! the report is derived from these types ([`eval_report_schema`]) and checked
//! in as `schemas/eval-report.schema.json`.

mod quantity;
mod types;

use chrono::NaiveDate;
use rust_decimal::Decimal;

pub use quantity::{QuantityGapJson, QuantityJson, RecordJson};
pub use types::*;

use super::outcome::{Context, Evidence};
use crate::eval::{
    Candidate, Gap, IndividualsGap, IndividualsOutcome, Missing, OptionOutcome, Outcome,
    RequirementOutcome, RevenueOutcome, TierOutcome,
};
use crate::ir::Program;

/// Version of the evaluation JSON format. 2: requirements and gaps name
/// requirements by id; `why` of excluded lines dropped (see `reason`).
/// 3: evidence by reference — the partner's revenue lines once, at the top,
/// and thresholds list the indices of the lines they counted and left out.
pub const EVAL_JSON_VERSION: u32 = 3;

/// The typed JSON report of `outcome`, borrowing from `cx` and `outcome`.
pub fn eval_report<'a>(cx: &Context<'a>, outcome: &'a Outcome<'a>) -> EvalReport<'a> {
    let cx = &cx.with_as_of(outcome.as_of);
    let p = cx.partner;
    EvalReport {
        format: EVAL_JSON_VERSION,
        partner: PartnerJson {
            id: &p.id,
            name: p.name.as_deref(),
            country: &p.country,
            market: outcome.market,
        },
        as_of: Day(outcome.as_of),
        revenue: (cx.evidence == Evidence::Full).then(|| {
            (0..p.revenue.len() as u32)
                .map(|i| line(cx, i, false))
                .collect()
        }),
        consumption: (cx.evidence == Evidence::Full && !p.consumption.is_empty()).then(|| {
            (0..p.consumption.len() as u32)
                .map(|i| line(cx, i, true))
                .collect()
        }),
        competencies: outcome.options.iter().map(|o| option(cx, o)).collect(),
        overall: (outcome.overall.iter())
            .map(|o| OverallJson {
                competency: o.competency,
                attained: o.attained,
                options: &o.options,
            })
            .collect(),
    }
}

/// The JSON text of the report of `outcome`: indented, or on one line (for
/// JSON Lines).
pub fn eval_json(cx: &Context, outcome: &Outcome, pretty: bool) -> String {
    let report = eval_report(cx, outcome);
    // A typical partner's report for one competency is about 12 KB (with
    // every line as evidence): start there rather than regrow.
    let mut out = Vec::with_capacity(16 * 1024);
    let written = match pretty {
        true => serde_json::to_writer_pretty(&mut out, &report),
        false => serde_json::to_writer(&mut out, &report),
    };
    // Serializing these types cannot fail (no maps with non-string keys, no
    // failing `Serialize` impl).
    if written.is_err() {
        return String::new();
    }
    // SAFETY: serde_json writes only UTF-8: it writes `str`s whole or split
    // at ASCII escapes, and ASCII itself (`serde_json::to_string` relies on
    // the same). Checking it again cost 5 % of writing a report.
    unsafe { String::from_utf8_unchecked(out) }
}

/// The JSON record of a partner that could not be evaluated, for a run that
/// writes one record per partner (JSON Lines): where it came from and every
/// diagnostic, in place of its report.
#[derive(Debug, serde::Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct EvalError<'a> {
    /// Always [`EVAL_JSON_VERSION`].
    pub format: u32,
    /// The partner's file (`-` standard input).
    pub source: &'a str,
    /// For a partner of a JSON Lines stream: its line, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Why it was not evaluated (errors), with any warnings.
    pub errors: Vec<crate::diag::DiagnosticJson>,
}

/// The one-line JSON text of an [`EvalError`].
pub fn eval_error_json(
    source: &str,
    line: Option<usize>,
    diagnostics: &[crate::diag::Diagnostic],
    sources: &crate::span::Sources,
    lang: crate::i18n::Lang,
) -> String {
    let record = EvalError {
        format: EVAL_JSON_VERSION,
        source,
        line,
        errors: diagnostics
            .iter()
            .map(|d| crate::diag::to_json(d, sources, lang))
            .collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// The JSON Schema of [`EvalError`].
pub fn eval_error_schema() -> schemars::Schema {
    schemars::schema_for!(EvalError<'static>)
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
        qualified_on: t.qualified_on.map(Day),
        requirements: t
            .requirements
            .iter()
            .map(|r| requirement(cx, r, &t.requirements))
            .collect(),
    }
}

/// One requirement; `tier`: the requirements beside it (for shared people).
fn requirement<'a>(
    cx: &Context<'a>,
    r: &'a RequirementOutcome<'a>,
    tier: &'a [RequirementOutcome<'a>],
) -> RequirementJson<'a> {
    match r {
        RequirementOutcome::Revenue(r) => RequirementJson::Revenue(revenue(cx, r)),
        RequirementOutcome::Consumption(r) => RequirementJson::Consumption(revenue(cx, r)),
        RequirementOutcome::Count(q) => RequirementJson::Count(quantity::quantity(cx, q)),
        RequirementOutcome::NewCustomers(q) => {
            RequirementJson::NewCustomers(quantity::quantity(cx, q))
        }
        RequirementOutcome::Status(s) => RequirementJson::Status(StatusJson {
            id: s.requirement,
            met: s.met,
            status: id(&cx.program.statuses, s.rule.status.index(), |e| &e.id),
            held: s.held,
        }),
        RequirementOutcome::Individuals(r) => {
            RequirementJson::Individuals(individuals(cx, r, tier))
        }
        RequirementOutcome::Score(s) => {
            RequirementJson::Score(crate::report::score::json(cx.program, s))
        }
        RequirementOutcome::Either(e) => RequirementJson::Either(EitherJson {
            id: e.requirement,
            met: e.met,
            branch: e.chosen.map(|b| b + 1),
            branches: (e.branches.iter())
                .map(|b| BranchJson {
                    met: b.met,
                    requirements: (b.requirements.iter())
                        .map(|r| requirement(cx, r, &b.requirements))
                        .collect(),
                })
                .collect(),
        }),
    }
}

fn id<T>(table: &[T], i: usize, f: impl Fn(&T) -> &str) -> &str {
    table.get(i).map_or("", f)
}

/// Line `i` of the partner's revenue, or of its consumption.
fn line<'a>(cx: &Context<'a>, i: u32, consumption: bool) -> LineJson<'a> {
    let lines = match consumption {
        true => &cx.partner.consumption,
        false => &cx.partner.revenue,
    };
    match lines.get(i as usize) {
        Some(l) => LineJson {
            line: i,
            customer: &l.customer,
            product: &l.product_id,
            kind: &l.kind_id,
            amount: Amount(l.amount),
            currency: &l.currency_id,
            date: Day(l.date),
            dpor: l.dpor,
            kinds: l.v2.as_ref().filter(|v| !v.kinds.is_empty()).map(|v| {
                let rest = v.kinds.iter().map(|(k, _)| k.as_str());
                std::iter::once(l.kind_id.as_str()).chain(rest).collect()
            }),
            associations: (l.v2.as_ref())
                .filter(|v| !v.associations.is_empty())
                .map(|v| v.associations.iter().map(|(a, _)| a.as_str()).collect()),
        },
        // An outcome refers only to its partner's lines.
        None => LineJson {
            line: i,
            customer: "",
            product: "",
            kind: "",
            amount: Amount(Decimal::ZERO),
            currency: "",
            date: Day(NaiveDate::MIN),
            dpor: false,
            kinds: None,
            associations: None,
        },
    }
}

fn revenue<'a>(cx: &Context<'a>, r: &'a RevenueOutcome<'a>) -> RevenueJson<'a> {
    let program: &'a Program = cx.program;
    let t = r.rule;
    let full = cx.evidence == Evidence::Full;
    RevenueJson {
        id: r.requirement,
        met: r.met,
        kind: t
            .kinds
            .first()
            .map_or("", |k| id(&program.kinds, k.index(), |k| &k.id)),
        kinds: (t.kinds.len() > 1).then(|| {
            (t.kinds.iter())
                .map(|k| id(&program.kinds, k.index(), |k| &k.id))
                .collect()
        }),
        any_kind: t.any_kind,
        products: t
            .products
            .iter()
            .map(|p| id(&program.products, p.index(), |p| &p.id))
            .collect(),
        dpor: t.dpor_only(),
        associations: (!t.associations.is_empty() && !t.dpor_only()).then(|| {
            (t.associations.iter())
                .map(|a| id(&program.associations, a.index(), |a| &a.id))
                .collect()
        }),
        window: WindowJson {
            months: t.window.months(),
            after: Day(r.window_start),
            until: Day(r.window_end),
        },
        currency: r.currency,
        required: Amount(r.required),
        found: Amount(r.found),
        shortfall: r.shortfall.map(Amount),
        counted: full.then_some(&r.counted[..]),
        undecided: &r.undecided,
        excluded: full.then(|| {
            (r.excluded.iter())
                .map(|e| ExcludedJson {
                    line: e.line,
                    reason: e.reason,
                })
                .collect()
        }),
        lines: (cx.evidence == Evidence::Summary).then_some(LineCounts {
            counted: r.counted.len(),
            excluded: r.excluded.len(),
        }),
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

/// `tier`: every requirement of the tier, for the other requirements a
/// person also fills a slot of (`also_in`).
fn individuals<'a>(
    cx: &Context<'a>,
    r: &'a IndividualsOutcome<'a>,
    tier: &'a [RequirementOutcome<'a>],
) -> IndividualsJson<'a> {
    let also_in = |p: u32| -> Vec<&'a str> { r.also_in(tier, p) };
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
                clauses: g.clauses.iter().map(|c| clause(program, c)).collect(),
                condition: g.condition.as_ref().map(|c| condition(program, c)),
            })
            .collect(),
        slots: r
            .slots
            .iter()
            .map(|s| SlotJson {
                group: s.group,
                person: s.person.map(|p| person(cx, p)),
                also_in: s.person.map(also_in).filter(|v| !v.is_empty()),
                candidates: s.candidates.iter().map(|c| candidate(cx, c)).collect(),
            })
            .collect(),
        not_counted: super::credentials::not_counted_json(cx, r.rule),
    }
}

fn clause<'a>(program: &'a Program, c: &'a crate::ir::Clause) -> ClauseJson<'a> {
    ClauseJson {
        need: c.need,
        of: c
            .exams
            .iter()
            .map(|e| id(&program.exams, e.index(), |e| &e.id))
            .collect(),
        area: c.area.map(|a| id(&program.areas, a.index(), |a| &a.id)),
    }
}

fn condition<'a>(program: &'a Program, c: &'a crate::ir::Condition) -> ConditionJson<'a> {
    use crate::ir::Condition;
    let parts = |ps: &'a [Condition]| ps.iter().map(|p| condition(program, p)).collect();
    match c {
        Condition::Clause(c) => ConditionJson::Clause(clause(program, c)),
        Condition::And(ps) => ConditionJson::And(parts(ps)),
        Condition::Or(ps) => ConditionJson::Or(parts(ps)),
        Condition::AnyArea(cs) => {
            ConditionJson::AnyArea(cs.iter().map(|c| clause(program, c)).collect())
        }
    }
}

fn individuals_gap<'a>(cx: &Context<'a>, i: &'a IndividualsGap<'a>) -> IndividualsGapJson<'a> {
    IndividualsGapJson {
        requirement: i.requirement,
        exam_passes: i.exam_passes,
        impossible: i.impossible,
        unplanned: i.unplanned,
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
        statuses: (g.statuses.iter())
            .map(|s| id(&cx.program.statuses, s.status.index(), |e| &e.id))
            .collect(),
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
        consumption: (g.consumption.iter())
            .map(|r| RevenueGapJson {
                requirement: r.requirement,
                currency: r.currency,
                shortfall: Amount(r.shortfall),
            })
            .collect(),
        quantities: g.quantities.iter().map(quantity::gap).collect(),
        branch: g.branch.map(|b| b + 1),
        scores: g
            .scores
            .iter()
            .map(crate::report::score::plan_json)
            .collect(),
    }
}
