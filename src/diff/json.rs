//! A diff as JSON Lines for tools: one [`DiffReport`] per partner, then one
//! [`DiffSummary`]. Their JSON Schemas are checked in as
//! `schemas/diff-report.schema.json` and `schemas/diff-summary.schema.json`.

use schemars::JsonSchema;
use serde::Serialize;

use super::{Cause, Direction, Move, PartnerDiff, RuleChange, Summary, TierMove};
use crate::report::{Context, PartnerJson};

/// Version of the diff JSON format.
pub const DIFF_JSON_VERSION: u32 = 1;

/// One partner compared under both versions of the rules.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct DiffReport<'a> {
    /// Always [`DIFF_JSON_VERSION`].
    pub format: u32,
    /// The partner, with its market under the new rules.
    pub partner: PartnerJson<'a>,
    /// The date both evaluations were made on (YYYY-MM-DD).
    pub as_of: String,
    /// Every option whose tier attained differs; empty when none does.
    pub moves: Vec<MoveJson<'a>>,
}

/// The tier attained by one option changed.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct MoveJson<'a> {
    /// The competency's id.
    pub competency: &'a str,
    /// The option's id.
    pub option: &'a str,
    /// The tier attained under the old rules (`null`: none).
    pub from: Option<&'a str>,
    /// The tier attained under the new rules (`null`: none).
    pub to: Option<&'a str>,
    /// `gained` or `lost`.
    pub change: &'static str,
    /// The tiers gained or lost, highest first.
    pub tiers: Vec<TierMoveJson<'a>>,
}

/// One tier gained or lost.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TierMoveJson<'a> {
    /// The tier's id.
    pub tier: &'a str,
    /// `added` (only in the new rules), `removed` (only in the old), else
    /// `changed` when some cause reads differently, was added or removed,
    /// and `same` when every cause reads the same.
    pub rule: &'static str,
    /// The requirements that make the difference.
    pub requirements: Vec<CauseJson<'a>>,
}

/// A requirement that makes the difference.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct CauseJson<'a> {
    /// Its id in the tier (`revenue`, `individuals`).
    pub requirement: &'a str,
    /// `same`, `changed`, `added` or `removed`.
    pub rule: &'static str,
    /// Met under the old rules (`null`: not in them).
    pub met_before: Option<bool>,
    /// Met under the new rules (`null`: not in them).
    pub met_after: Option<bool>,
}

/// The last record of a run.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct DiffSummary<'a> {
    /// Always [`DIFF_JSON_VERSION`].
    pub format: u32,
    /// The counts.
    pub summary: SummaryJson<'a>,
}

/// The counts of a run.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct SummaryJson<'a> {
    /// Partners read: compared and failed.
    pub partners: usize,
    /// Partners whose every option kept its tier.
    pub unchanged: usize,
    /// Partners with some option gaining a tier.
    pub gained: usize,
    /// Partners with some option losing a tier.
    pub lost: usize,
    /// Partners that could not be loaded or evaluated.
    pub failed: usize,
    /// Partners with some requirement left undecided by their data.
    pub undecided: usize,
    /// Per option with some movement.
    pub options: Vec<OptionSummaryJson<'a>>,
}

/// The movements of one option in a run.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct OptionSummaryJson<'a> {
    /// The competency's id.
    pub competency: &'a str,
    /// The option's id.
    pub option: &'a str,
    /// Partners for whom the option gains a tier.
    pub gained: usize,
    /// Partners for whom the option loses a tier.
    pub lost: usize,
    /// Partners per change of tier.
    pub moves: Vec<TransitionJson<'a>>,
}

/// The partners moving from one tier to another.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct TransitionJson<'a> {
    /// The tier under the old rules (`null`: none).
    pub from: Option<&'a str>,
    /// The tier under the new rules (`null`: none).
    pub to: Option<&'a str>,
    /// How many partners.
    pub partners: usize,
}

fn rule(r: RuleChange) -> &'static str {
    match r {
        RuleChange::Same => "same",
        RuleChange::Changed => "changed",
        RuleChange::Added => "added",
        RuleChange::Removed => "removed",
    }
}

impl<'a> DiffReport<'a> {
    /// The record of `d`; `new` is the partner's context under the new rules.
    pub fn new(new: &Context<'a>, d: &'a PartnerDiff<'a>) -> DiffReport<'a> {
        let p = new.partner;
        DiffReport {
            format: DIFF_JSON_VERSION,
            partner: PartnerJson {
                id: &p.id,
                name: p.name.as_deref(),
                country: &p.country,
                market: d.after.market,
            },
            as_of: d.after.as_of.to_string(),
            moves: d.moves.iter().map(move_json).collect(),
        }
    }
}

fn move_json<'a>(m: &'a Move<'a>) -> MoveJson<'a> {
    MoveJson {
        competency: m.competency,
        option: m.option,
        from: m.from,
        to: m.to,
        change: match m.direction {
            Direction::Gained => "gained",
            Direction::Lost => "lost",
        },
        tiers: m.tiers.iter().map(tier_json).collect(),
    }
}

fn tier_json<'a>(t: &'a TierMove<'a>) -> TierMoveJson<'a> {
    TierMoveJson {
        tier: t.tier,
        rule: rule(t.rule),
        requirements: t.causes.iter().map(cause_json).collect(),
    }
}

fn cause_json<'a>(c: &'a Cause<'a>) -> CauseJson<'a> {
    CauseJson {
        requirement: c.requirement,
        rule: rule(c.rule),
        met_before: c.before,
        met_after: c.after,
    }
}

/// The one-line JSON record of `d` (JSON Lines).
pub fn diff_json(new: &Context, d: &PartnerDiff) -> String {
    serde_json::to_string(&DiffReport::new(new, d)).unwrap_or_default()
}

impl Summary {
    /// The typed last record of a run.
    pub fn record(&self) -> DiffSummary<'_> {
        DiffSummary {
            format: DIFF_JSON_VERSION,
            summary: SummaryJson {
                partners: self.evaluated + self.failed,
                unchanged: self.unchanged,
                gained: self.gained,
                lost: self.lost,
                failed: self.failed,
                undecided: self.undecided,
                options: (self.options.iter())
                    .map(|o| OptionSummaryJson {
                        competency: &o.competency,
                        option: &o.option,
                        gained: o.gained,
                        lost: o.lost,
                        moves: (o.transitions.iter())
                            .map(|(from, to, n)| TransitionJson {
                                from: from.as_deref(),
                                to: to.as_deref(),
                                partners: *n,
                            })
                            .collect(),
                    })
                    .collect(),
            },
        }
    }

    /// The one-line JSON text of [`Summary::record`].
    pub fn json(&self) -> String {
        serde_json::to_string(&self.record()).unwrap_or_default()
    }
}

/// The JSON Schema of [`DiffReport`].
pub fn diff_report_schema() -> schemars::Schema {
    schemars::schema_for!(DiffReport<'static>)
}

/// The JSON Schema of [`DiffSummary`].
pub fn diff_summary_schema() -> schemars::Schema {
    schemars::schema_for!(DiffSummary<'static>)
}
