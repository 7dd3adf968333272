//! Rendering: diagnostics and evaluation outcomes as human text or JSON.

mod diagnostics;
mod finding;
mod json;
pub mod money;
mod outcome;

pub use diagnostics::{diagnostic_json, render_diagnostic, DiagnosticJson, LabelJson, Style};
pub use finding::Finding;
pub use json::{outcome_json, EVAL_JSON_VERSION};
pub use outcome::{eval_error, findings, human, reason_words, Context};
