//! Rules that compile but cannot mean what their author wants: a people
//! requirement for nobody (always met), and rules with no competency
//! (nothing to evaluate). Warnings: the program is valid, but silence would
//! hide a likely mistake.

use super::codes;
use super::Cx;
use crate::diag::Diagnostic;
use crate::ir::{Program, Requirement};

/// Code of `individuals 0`.
pub(crate) const NOBODY: &str = "rubric::validate::individuals-zero";
/// Code of rules without a competency.
pub(crate) const NO_COMPETENCY: &str = "rubric::validate::no-competency";

pub(super) fn check(cx: &mut Cx, program: &Program, files: usize) {
    for r in program.requirements() {
        if let Requirement::Individuals(i) = r {
            if i.total == 0 {
                cx.push(codes::new(NOBODY, i.span));
            }
        }
    }
    // Only for rules that are otherwise fine: after an error (a competency
    // that did not parse, say) "no competency" would mislead.
    let clean = !crate::diag::has_errors(&cx.diagnostics) && cx.broken.is_empty();
    if clean && program.competencies.is_empty() && files > 0 {
        cx.push(Diagnostic::warning(NO_COMPETENCY, None).arg("files", files));
    }
}
