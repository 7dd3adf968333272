//! Syntax errors, in the words of the language rather than of the grammar.

use miette::{Diagnostic, SourceSpan};
use thiserror::Error;

use crate::span::SourceFile;

/// An error found while reading a rules file.
#[derive(Debug, Error, Diagnostic)]
#[non_exhaustive]
pub enum ParseError {
    /// The text does not follow the grammar.
    #[error("{message}")]
    #[diagnostic(code("rubric::syntax::unexpected"))]
    Unexpected {
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        #[help]
        help: Option<String>,
        #[source_code]
        src: SourceFile,
    },

    /// A number that does not fit.
    #[error("number `{text}` is too large")]
    #[diagnostic(
        code("rubric::syntax::number-too-large"),
        help("counts and months must be at most 4294967295")
    )]
    NumberTooLarge {
        text: String,
        #[label("too large")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// An amount that a 96-bit decimal cannot hold.
    #[error("amount `{text}` is out of range")]
    #[diagnostic(
        code("rubric::syntax::amount-out-of-range"),
        help("amounts must have at most 28 significant digits")
    )]
    AmountOutOfRange {
        text: String,
        #[label("cannot be represented exactly")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// `2017-13-01` and the like.
    #[error("`{text}` is not a calendar date")]
    #[diagnostic(
        code("rubric::syntax::bad-date"),
        help("write dates as YYYY-MM-DD, with a month from 01 to 12 and a day that exists in that month")
    )]
    BadDate {
        text: String,
        #[label("no such date")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// So many syntax errors that the rest of the file is not read.
    #[error("too many syntax errors: stopped after {limit}")]
    #[diagnostic(
        code("rubric::syntax::too-many-errors"),
        help("fix the errors above and run again; is this a rules file?")
    )]
    TooManyErrors {
        limit: usize,
        #[label("the rest of the file is not checked")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// The file's bytes are not UTF-8.
    #[error("`{name}` is not valid UTF-8")]
    #[diagnostic(
        code("rubric::syntax::not-utf8"),
        help("rules files must be UTF-8 text; re-save the file as UTF-8")
    )]
    NotUtf8 {
        name: String,
        #[label("invalid byte here")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },
}
