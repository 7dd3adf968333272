//! Diagnostics as JSON records, for tools and editors.

use serde::Serialize;

use super::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::span::{Sources, Span};

/// One diagnostic as a JSON record: its words in one language and every place
/// as file, line and column (1-based, columns in characters) and byte range.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, schemars::JsonSchema)]
#[non_exhaustive]
pub struct DiagnosticJson {
    /// Stable code, `rubric::<phase>::<kind>`.
    pub code: String,
    /// `error`, `warning` or `note`.
    pub severity: Severity,
    /// The message.
    pub message: String,
    /// The file of the primary label.
    pub file: Option<String>,
    /// 1-based line of the primary label.
    pub line: Option<usize>,
    /// 1-based column, in characters, of the primary label.
    pub column: Option<usize>,
    /// How to fix it.
    pub help: Option<String>,
    /// The primary label first, then the others.
    pub labels: Vec<LabelJson>,
    /// For a warning that an `allow` in the rules acknowledged: its reason.
    /// Such a warning is listed, not reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<String>,
}

/// A labelled place of a diagnostic.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, schemars::JsonSchema)]
#[non_exhaustive]
pub struct LabelJson {
    /// The words of the label, if any.
    pub message: Option<String>,
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Byte offset of the start.
    pub offset: usize,
    /// Length in bytes.
    pub length: usize,
    /// True for the place the diagnostic is about.
    pub primary: bool,
}

/// The JSON record of `d`, with places resolved in `sources`.
pub fn to_json(d: &Diagnostic, sources: &Sources, lang: Lang) -> DiagnosticJson {
    let place = |span: Span, message: Option<String>, primary: bool| {
        let file = sources.files().get(span.file.0 as usize)?;
        let (line, column) = file.line_col(span.start as usize);
        Some(LabelJson {
            message,
            file: file.name().to_string(),
            line,
            column,
            offset: span.start as usize,
            length: span.len(),
            primary,
        })
    };
    let mut labels = Vec::new();
    labels.extend(d.span.and_then(|s| place(s, d.primary_label(lang), true)));
    for l in &d.labels {
        labels.extend(place(l.span, d.attribute(lang, l.attr), false));
    }
    let primary = labels.first().filter(|l| l.primary);
    DiagnosticJson {
        code: d.code.to_string(),
        severity: d.severity,
        message: d.message(lang),
        file: primary.map(|l| l.file.clone()),
        line: primary.map(|l| l.line),
        column: primary.map(|l| l.column),
        help: d.help(lang),
        labels,
        allowed: None,
    }
}
