//! Data the rules cannot be applied to, as diagnostics pointing at the rule.

use crate::data::Partner;
use crate::diag::Diagnostic;
use crate::ir::{CurrencyIdx, Program};
use crate::span::Span;

/// Code of a revenue line in another currency than its threshold's.
pub const CURRENCY_MISMATCH: &str = "rubric::eval::currency-mismatch";

/// Code of a revenue line whose amount cannot be added to the lines before
/// it without rounding (a `Decimal` holds 28 significant digits).
pub const INEXACT_SUM: &str = "rubric::eval::inexact-sum";

/// A revenue line that would count, but in another currency than the
/// threshold: kept as indices while evaluating, turned into a diagnostic once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Mismatch {
    /// Index into the partner's revenue lines.
    pub line: u32,
    /// The threshold's currency.
    pub expected: CurrencyIdx,
    /// The threshold's amount in the rules.
    pub rule: Span,
    /// True when the line's currency is right but adding its amount to the
    /// sum would round it: the sum is refused, never rounded.
    pub inexact: bool,
    /// The line is one of the partner's `consumption` lines, not `revenue`.
    pub consumption: bool,
    /// The competency, option and tier of the threshold (indices).
    pub at: [usize; 3],
}

impl Mismatch {
    /// The diagnostic, on the rule's amount (the loader keeps no spans of
    /// lines on its fast path; a caller holding the data file may point it at
    /// the line, with `data::line_span` and the argument `at` = `data`): the
    /// line is named by its 0-based index, as in the JSON report.
    pub fn diagnostic(self, program: &Program, partner: &Partner) -> Diagnostic {
        let (list, lines) = match self.consumption {
            true => ("consumption", &partner.consumption),
            false => ("revenue", &partner.revenue),
        };
        let line = lines.get(self.line as usize);
        let expected = program
            .currencies
            .get(self.expected.index())
            .map_or("", |c| c.id.as_str());
        let code = if self.inexact {
            INEXACT_SUM
        } else {
            CURRENCY_MISMATCH
        };
        let [c, o, t] = self.at;
        let competency = program.competencies.get(c);
        let option = competency.and_then(|c| c.options.get(o));
        let ids = (
            competency.map_or("", |c| c.id.as_str()),
            option.map_or("", |o| o.id.as_str()),
        );
        let tier = option
            .and_then(|o| o.tiers.get(t))
            .map_or("", |t| t.id.as_str());
        Diagnostic::error(code, self.rule)
            .arg("list", list)
            .arg("option", format!("{}/{}", ids.0, ids.1))
            .arg("tier", tier)
            .arg("at", "rule")
            .arg("line", self.line)
            .arg("customer", line.map_or("", |l| &*l.customer))
            .arg("found", line.map_or("", |l| &*l.currency_id))
            .arg("expected", expected)
            .arg(
                "amount",
                line.map_or(String::new(), |l| l.amount.to_string()),
            )
    }
}
