//! Syntax diagnostics: their codes and arguments. The words, in the language
//! of the run, are in `messages/*/syntax.ftl`.

use crate::diag::Diagnostic;
use crate::span::Span;

/// Every code of the syntax phase: all errors.
pub(crate) const CODES: [&str; 8] = [
    UNEXPECTED,
    "rubric::syntax::number-too-large",
    "rubric::syntax::amount-out-of-range",
    "rubric::syntax::bad-date",
    "rubric::syntax::too-many-errors",
    "rubric::syntax::not-utf8",
    "rubric::syntax::credential-expected",
    // lane people
    "rubric::syntax::mixed-and-or",
];

/// The text does not follow the grammar: what was expected and found
/// (see `expected.rs`).
pub(crate) const UNEXPECTED: &str = "rubric::syntax::unexpected";

/// A count or a number of months that does not fit.
pub(crate) fn number_too_large(span: Span, text: &str) -> Diagnostic {
    Diagnostic::error("rubric::syntax::number-too-large", span).arg("text", text)
}

/// An amount that a 96-bit decimal cannot hold.
pub(crate) fn amount_out_of_range(span: Span, text: &str) -> Diagnostic {
    Diagnostic::error("rubric::syntax::amount-out-of-range", span).arg("text", text)
}

/// `2017-13-01` and the like.
pub(crate) fn bad_date(span: Span, text: &str) -> Diagnostic {
    Diagnostic::error("rubric::syntax::bad-date", span).arg("text", text)
}

/// So many syntax errors that the rest of the file is not read.
pub(crate) fn too_many_errors(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error("rubric::syntax::too-many-errors", span).arg("limit", limit)
}

/// The bytes of file `name` are not UTF-8; `span` covers the first bad one.
pub(crate) fn not_utf8(span: Span, name: &str) -> Diagnostic {
    Diagnostic::error("rubric::syntax::not-utf8", span).arg("name", name)
}

/// A credential (`70-480`) or a list of them where a clause belongs: `found`
/// is what was written, `fix` the clause to write instead.
pub(crate) fn credential_expected(span: Span, found: &str, fix: &str) -> Diagnostic {
    Diagnostic::error("rubric::syntax::credential-expected", span)
        .arg("found", found)
        .arg("fix", fix)
}

/// `A and B or C`: `at` is the connective that differs from the first one,
/// at `first`.
pub(crate) fn mixed_and_or(at: Span, first: Span, found: &str, first_op: &str) -> Diagnostic {
    Diagnostic::error("rubric::syntax::mixed-and-or", at)
        .label(first, "first")
        .arg("found", found)
        .arg("first_op", first_op)
}
