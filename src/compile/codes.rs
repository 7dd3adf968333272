//! Every code the compiler reports, with its severity: the one list that
//! says which diagnostics are warnings, and so which ones `allow` accepts.

use crate::diag::{Diagnostic, Severity};
use crate::span::Span;

use Severity::{Error, Warning};

/// Every compile code and its severity. A diagnostic's severity is read from
/// here ([`new`]), never written beside its constructor.
pub(crate) const CODES: &[(&str, Severity)] = &[
    ("rubric::resolve::unknown-credential", Error),
    ("rubric::resolve::unknown-product", Error),
    ("rubric::resolve::unknown-kind", Error),
    ("rubric::resolve::unknown-currency", Error),
    ("rubric::resolve::unknown-market", Error),
    ("rubric::resolve::unknown-association", Error),
    ("rubric::resolve::unknown-status", Error),
    ("rubric::resolve::unknown-warning", Error),
    ("rubric::resolve::duplicate-definition", Error),
    ("rubric::validate::course-on-non-assessment", Error),
    ("rubric::validate::slot-count-mismatch", Error),
    ("rubric::validate::empty-list", Error),
    ("rubric::validate::listed-twice", Error),
    ("rubric::validate::impossible-clause", Error),
    ("rubric::validate::missing-market-threshold", Error),
    ("rubric::validate::duplicate-market-threshold", Error),
    ("rubric::validate::missing-currency", Error),
    ("rubric::validate::duplicate-property", Error),
    ("rubric::validate::several-default-markets", Error),
    ("rubric::validate::country-in-two-markets", Error),
    ("rubric::validate::bad-country-code", Error),
    ("rubric::validate::empty-window", Error),
    ("rubric::validate::empty-block", Error),
    ("rubric::validate::duplicate-language", Error),
    ("rubric::validate::not-a-warning", Error),
    ("rubric::validate::empty-reason", Error),
    ("rubric::validate::tier-order-conflict", Error),
    ("rubric::validate::empty-tier", Warning),
    ("rubric::validate::tier-asks-less", Warning),
    ("rubric::validate::individuals-zero", Warning),
    ("rubric::validate::no-competency", Warning),
    ("rubric::validate::unused-allow", Warning),
    // lane people
    ("rubric::validate::condition-too-large", Error),
    ("rubric::resolve::unknown-area", Error),
    ("rubric::validate::unused-area", Warning),
    ("rubric::validate::dominated-branch", Warning),
    ("rubric::validate::each-with-groups", Error),
    ("rubric::validate::several-of-them", Error),
    ("rubric::resolve::unknown-people-requirement", Error),
    ("rubric::validate::unnamed-people-requirements", Error),
    ("rubric::validate::share-with-self", Error),
    ("rubric::validate::sharing-not-grouped", Error),
    // lane measures
    ("rubric::resolve::unknown-metric", Error),
    ("rubric::validate::wrong-unit", Error),
    ("rubric::validate::fractional-count", Error),
    // lane scores
    ("rubric::validate::score-weights-mismatch", Error),
    ("rubric::validate::score-target-too-high", Error),
    ("rubric::validate::score-zero-threshold", Error),
    ("rubric::validate::score-minimum-above-threshold", Error),
    ("rubric::validate::score-without-metrics", Error),
    // lane creds
    ("rubric::validate::amount-precision", Warning),
    // lane either
    ("rubric::validate::nested-either", Error),
    ("rubric::validate::single-branch", Error),
    ("rubric::validate::empty-branch", Error),
    ("rubric::validate::several-either", Error),
];

/// The warning that reports an `allow` silencing nothing: it cannot itself
/// be allowed, or a stale excuse could hide its own staleness.
pub(crate) const UNUSED_ALLOW: &str = "rubric::validate::unused-allow";

/// A diagnostic with `code`, of the severity [`CODES`] declares (an error
/// for a code missing from it, which a unit test rules out).
pub(crate) fn new(code: &'static str, span: Span) -> Diagnostic {
    match severity(code) {
        Some(Warning) => Diagnostic::warning(code, span),
        _ => Diagnostic::error(code, span),
    }
}

fn severity(code: &str) -> Option<Severity> {
    CODES.iter().find(|(c, _)| *c == code).map(|(_, s)| *s)
}

/// The last segment of a code: `tier-asks-less`.
pub(crate) fn short(code: &str) -> &str {
    code.rsplit("::").next().unwrap_or(code)
}

/// What an `allow CODE` names.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Allowable {
    /// A warning that can be allowed: its full code.
    Warning(&'static str),
    /// `unused-allow`: a warning that cannot be allowed.
    UnusedAllow,
    /// An error of the syntax or compile phase: fix the rule instead.
    Error,
    /// No code rubric reports while checking rules.
    Unknown,
}

/// Classifies the last segment `short` of a code.
pub(crate) fn allowable(name: &str) -> Allowable {
    let found = CODES.iter().find(|(c, _)| self::short(c) == name);
    match found {
        Some((c, _)) if *c == UNUSED_ALLOW => Allowable::UnusedAllow,
        Some((c, Warning)) => Allowable::Warning(c),
        Some(_) => Allowable::Error,
        None if crate::syntax::CODES.iter().any(|c| self::short(c) == name) => Allowable::Error,
        None => Allowable::Unknown,
    }
}

/// The last segments of the warnings `allow` accepts, in table order.
pub(crate) fn allowable_warnings() -> impl Iterator<Item = &'static str> + Clone {
    CODES
        .iter()
        .filter(|(c, s)| *s == Warning && *c != UNUSED_ALLOW)
        .map(|(c, _)| short(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_classified_by_their_declared_severity() {
        assert_eq!(
            allowable("tier-asks-less"),
            Allowable::Warning("rubric::validate::tier-asks-less")
        );
        assert_eq!(allowable("empty-list"), Allowable::Error);
        assert_eq!(allowable("unexpected"), Allowable::Error, "a syntax error");
        assert_eq!(allowable("unused-allow"), Allowable::UnusedAllow);
        assert_eq!(allowable("tier-ask-less"), Allowable::Unknown);
        let warnings: Vec<_> = allowable_warnings().collect();
        assert_eq!(
            warnings,
            [
                "empty-tier",
                "tier-asks-less",
                "individuals-zero",
                "no-competency",
                "unused-area",
                "dominated-branch",
                "amount-precision"
            ]
        );
        let mut shorts: Vec<_> = CODES.iter().map(|(c, _)| short(c)).collect();
        shorts.sort_unstable();
        let n = shorts.len();
        shorts.dedup();
        assert_eq!(shorts.len(), n, "a last segment names one code");
    }
}
