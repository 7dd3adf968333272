//! The JSON Schemas of what rubric prints for tools, generated from the types
//! that print it and checked in under `schemas/` (a test keeps them current).

/// Every schema, as `(file name under schemas/, schema)`: the evaluation
/// report (`rubric eval --format json`), the diagnostics (`rubric check
/// --format json`: an array of records) and the IR (`rubric compile`).
pub fn json_schemas() -> Vec<(&'static str, schemars::Schema)> {
    vec![
        ("eval-report.schema.json", super::eval_report_schema()),
        ("eval-error.schema.json", super::eval_error_schema()),
        (
            "diagnostics.schema.json",
            schemars::schema_for!(Vec<crate::diag::DiagnosticJson>),
        ),
        ("ir.schema.json", schemars::schema_for!(crate::ir::Program)),
        ("diff-report.schema.json", crate::diff::diff_report_schema()),
        (
            "diff-summary.schema.json",
            crate::diff::diff_summary_schema(),
        ),
    ]
}
