//! Rendering: evaluation outcomes as a human report (English or French) or
//! typed JSON, the unmet requirements of a tier as notes on the rules, and
//! miette diagnostics of the phases not yet moved to [`crate::diag`].

mod credentials;
mod either;
mod finding;
mod headline;
pub mod html;
mod json;
pub(crate) mod measures;
mod outcome;
mod plan;
mod schemas;
pub(crate) mod score;

pub use credentials::NotCountedReason;
pub use finding::{
    findings, findings_through, QUANTITY_SHORT, REVENUE_SHORT, SLOTS_UNFILLED, STATUS_MISSING,
};
pub use headline::headline;
pub use json::{
    eval_error_json, eval_error_schema, eval_json, eval_report, eval_report_schema, Amount,
    BranchJson, CandidateJson, ClauseJson, EitherJson, EvalError, EvalReport, ExcludedJson,
    GapJson, GroupJson, IndividualsGapJson, IndividualsJson, LineCounts, LineJson, MissingJson,
    NewPersonJson, NotCountedJson, OptionJson, PartnerJson, PersonPlanJson, QuantityGapJson,
    QuantityJson, RecordJson, RequirementJson, RevenueGapJson, RevenueJson, SlotJson, StatusJson,
    TierJson, WindowJson, EVAL_JSON_VERSION,
};
pub use outcome::{human, Context, Evidence};
pub use schemas::json_schemas;
