//! Data the rules cannot be applied to.

use crate::ir::CurrencyIdx;
use crate::span::Span;

/// An evaluation that cannot give a trustworthy answer.
///
/// Plain data: `report` turns it into a diagnostic pointing at the rule.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EvalError {
    /// A revenue line that would count, but in another currency than the threshold.
    CurrencyMismatch {
        /// Index into the partner's revenue lines.
        line: u32,
        /// The line's currency as written in the data.
        found: String,
        /// The threshold's currency.
        expected: CurrencyIdx,
        /// The threshold's amount in the rules.
        rule: Span,
    },
}

impl EvalError {
    /// The revenue line concerned.
    pub fn line(&self) -> u32 {
        match self {
            EvalError::CurrencyMismatch { line, .. } => *line,
        }
    }

    /// Orders errors by line so reports are stable.
    pub(crate) fn sort_key(&self) -> (u32, u32) {
        match self {
            EvalError::CurrencyMismatch { line, rule, .. } => (*line, rule.start),
        }
    }
}
