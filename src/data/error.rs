//! The diagnostics of partner data.

use miette::{Diagnostic, SourceSpan};
use thiserror::Error;

use super::Format;
use crate::span::SourceFile;

/// A problem with partner data, pointing at the place in the data file.
///
/// Errors reject the partner; the four `Unknown*` variants are warnings
/// (`severity` is `Warning`): the partner loads and the value is set aside.
#[derive(Clone, Debug, Error, Diagnostic)]
#[non_exhaustive]
pub enum DataError {
    /// The text is not well-formed JSON or YAML.
    #[error("invalid {format}: {message}")]
    #[diagnostic(code("rubric::data::syntax"))]
    Syntax {
        #[source_code]
        src: SourceFile,
        #[label("{label}")]
        span: SourceSpan,
        format: Format,
        message: String,
        label: &'static str,
        #[help]
        help: String,
    },

    /// Brackets nest deeper than the parser allows (128 levels).
    #[error("the {format} nests too deeply")]
    #[diagnostic(
        code("rubric::data::too-deep"),
        help("partner data nests only a few levels (partner, revenue line or individual, exam pass): look for unbalanced or runaway brackets")
    )]
    TooDeep {
        #[source_code]
        src: SourceFile,
        #[label("too deep here")]
        span: SourceSpan,
        format: Format,
    },

    /// The file is not UTF-8.
    #[error("the partner file is not valid UTF-8")]
    #[diagnostic(
        code("rubric::data::not-utf8"),
        help("save the file as UTF-8 (shown here with the bad bytes replaced by `�`)")
    )]
    NotUtf8 {
        #[source_code]
        src: SourceFile,
        #[label("byte `0x{byte:02x}` is not valid UTF-8 here")]
        span: SourceSpan,
        byte: u8,
    },

    /// The file holds nothing but white space.
    #[error("the partner file is empty")]
    #[diagnostic(
        code("rubric::data::empty"),
        help("a partner file holds one object with at least `id` and `country`, e.g. `{{\"id\": \"contoso\", \"country\": \"FR\"}}`")
    )]
    Empty {
        #[source_code]
        src: SourceFile,
        #[label("nothing here")]
        span: SourceSpan,
    },

    /// Required fields are absent (one diagnostic per object).
    #[error("missing {fields} in {place}")]
    #[diagnostic(code("rubric::data::missing-field"))]
    MissingField {
        #[source_code]
        src: SourceFile,
        #[label("{label}")]
        span: SourceSpan,
        /// "field `date`" or "fields `amount` and `date`".
        fields: String,
        place: String,
        label: String,
        #[help]
        help: String,
    },

    /// A value of the wrong kind: a number for a string, an object for a list.
    #[error("expected {expected} {place}, found {found}")]
    #[diagnostic(code("rubric::data::wrong-type"))]
    WrongType {
        #[source_code]
        src: SourceFile,
        #[label("{found}")]
        span: SourceSpan,
        expected: &'static str,
        found: &'static str,
        place: String,
        #[help]
        help: String,
    },

    /// A field appears twice in one object.
    #[error("field `{field}` appears twice in {place}")]
    #[diagnostic(code("rubric::data::duplicate-field"))]
    DuplicateField {
        #[source_code]
        src: SourceFile,
        #[label("given again here")]
        span: SourceSpan,
        field: &'static str,
        place: String,
        #[help]
        help: String,
    },

    /// Not an ISO 3166-1 alpha-2 country code.
    #[error("unknown country code `{code}`")]
    #[diagnostic(code("rubric::data::unknown-country"))]
    UnknownCountry {
        #[source_code]
        src: SourceFile,
        #[label("not an ISO 3166-1 alpha-2 code")]
        span: SourceSpan,
        code: String,
        #[help]
        help: String,
    },

    /// A country no market lists, and the rules have no default market.
    #[error("country `{code}` belongs to no market")]
    #[diagnostic(code("rubric::data::no-market"))]
    NoMarket {
        #[source_code]
        src: SourceFile,
        #[label("no market of the rules lists `{code}`")]
        span: SourceSpan,
        code: String,
        #[help]
        help: String,
    },

    /// Not a calendar date written `YYYY-MM-DD`.
    #[error("invalid date `{text}` for `{path}`")]
    #[diagnostic(
        code("rubric::data::bad-date"),
        help("write dates as `YYYY-MM-DD`, e.g. `2017-07-01`")
    )]
    BadDate {
        #[source_code]
        src: SourceFile,
        #[label("{reason}")]
        span: SourceSpan,
        text: String,
        path: String,
        reason: String,
    },

    /// An amount that is not a decimal number.
    #[error("amount `{text}` is not a number")]
    #[diagnostic(
        code("rubric::data::bad-amount"),
        help("write the amount with digits and an optional decimal point, e.g. `\"60000.00\"`: no spaces, currency signs or thousands separators")
    )]
    BadAmount {
        #[source_code]
        src: SourceFile,
        #[label("not a decimal number")]
        span: SourceSpan,
        text: String,
    },

    /// An amount too large or too precise to compute exactly.
    #[error("amount `{text}` is out of range")]
    #[diagnostic(
        code("rubric::data::amount-out-of-range"),
        help("amounts are computed exactly, so they must be below 79228162514264337593543950336 and have at most 28 digits after the decimal point")
    )]
    AmountOutOfRange {
        #[source_code]
        src: SourceFile,
        #[label("too large or too precise")]
        span: SourceSpan,
        text: String,
    },

    /// A negative revenue amount.
    #[error("amount `{text}` is negative")]
    #[diagnostic(
        code("rubric::data::negative-amount"),
        help("revenue amounts are zero or more: correct the sign, or leave the line out")
    )]
    NegativeAmount {
        #[source_code]
        src: SourceFile,
        #[label("negative")]
        span: SourceSpan,
        text: String,
    },

    /// Two individuals with the same id.
    #[error("individual `{id}` is listed twice")]
    #[diagnostic(
        code("rubric::data::duplicate-individual"),
        help(
            "give each individual a unique `id`, or merge the two entries and their exams into one"
        )
    )]
    DuplicateIndividual {
        #[source_code]
        src: SourceFile,
        #[label("first listed here")]
        first: SourceSpan,
        #[label("listed again here")]
        second: SourceSpan,
        id: String,
    },

    /// A product the rules do not declare (warning: the line counts toward nothing).
    #[error("product `{id}` is not in the rules")]
    #[diagnostic(code("rubric::data::unknown-product"), severity(Warning))]
    UnknownProduct {
        #[source_code]
        src: SourceFile,
        #[label("unknown product")]
        span: SourceSpan,
        id: String,
        #[help]
        help: String,
    },

    /// A revenue kind the rules do not declare (warning: the line counts toward nothing).
    #[error("revenue kind `{id}` is not in the rules")]
    #[diagnostic(code("rubric::data::unknown-kind"), severity(Warning))]
    UnknownKind {
        #[source_code]
        src: SourceFile,
        #[label("unknown revenue kind")]
        span: SourceSpan,
        id: String,
        #[help]
        help: String,
    },

    /// A currency the rules do not declare (warning: evaluation reports a
    /// currency mismatch if the line would count).
    #[error("currency `{id}` is not in the rules")]
    #[diagnostic(code("rubric::data::unknown-currency"), severity(Warning))]
    UnknownCurrency {
        #[source_code]
        src: SourceFile,
        #[label("unknown currency")]
        span: SourceSpan,
        id: String,
        #[help]
        help: String,
    },

    /// An exam the rules do not declare (warning: the pass is ignored).
    #[error("exam `{id}` is not in the rules")]
    #[diagnostic(code("rubric::data::unknown-exam"), severity(Warning))]
    UnknownExam {
        #[source_code]
        src: SourceFile,
        #[label("unknown exam")]
        span: SourceSpan,
        id: String,
        #[help]
        help: String,
    },
}

impl DataError {
    /// True for warnings, which do not stop a partner from loading.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            DataError::UnknownProduct { .. }
                | DataError::UnknownKind { .. }
                | DataError::UnknownCurrency { .. }
                | DataError::UnknownExam { .. }
        )
    }

    /// Byte offset of the (first) labelled span, for ordering.
    pub(crate) fn offset(&self) -> usize {
        self.labels()
            .and_then(|mut l| l.next())
            .map_or(0, |l| l.offset())
    }
}
