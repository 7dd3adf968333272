//! Diagnostics as data: the one type every phase (syntax, compile, data, eval)
//! reports with, rendered only when printed.
//!
//! A [`Diagnostic`] holds a stable code, a severity, a primary span (file id +
//! byte range), secondary labels and the arguments of its message; it holds no
//! source text and no sentence. Its words come from the message catalog
//! ([`crate::i18n`]), where the code names one message: its value is the
//! message, its `.label` attribute the primary label, its `.help` attribute the
//! help, and every secondary label names another attribute. So one diagnostic
//! can be compared, serialized, sent to an editor and printed in any language.

mod json;
mod render;

use serde::Serialize;

use crate::i18n::{self, Arg, Args, Lang};
use crate::span::Span;

pub use json::{to_json, DiagnosticJson, LabelJson};
pub use render::{render, render_all, RenderOptions, Style};

/// How serious a diagnostic is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// Information, not a problem: an unmet requirement in an evaluation report.
    Note,
    /// Does not stop anything: an id the rules do not know, a suspicious rule.
    Warning,
    /// The rules or the data cannot be used.
    Error,
}

/// A secondary place of a diagnostic.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Label {
    /// Where.
    pub span: Span,
    /// The catalog attribute that words it (`first`, `groups`).
    pub attr: &'static str,
}

/// One problem found by any phase. See the module documentation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Stable code, `rubric::<phase>::<kind>`; also names its catalog message.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// The place the diagnostic is about, if any.
    pub span: Option<Span>,
    /// Other places, each worded by an attribute of the message.
    pub labels: Vec<Label>,
    /// The arguments of the message, its labels and its help.
    pub args: Args,
}

impl Diagnostic {
    /// An error with code `code`, at `span`.
    pub fn error(code: &'static str, span: impl Into<Option<Span>>) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            span: span.into(),
            labels: Vec::new(),
            args: Args::new(),
        }
    }

    /// A warning with code `code`, at `span`.
    pub fn warning(code: &'static str, span: impl Into<Option<Span>>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, span)
        }
    }

    /// A note (not a problem) with code `code`, at `span`.
    pub fn note(code: &'static str, span: impl Into<Option<Span>>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(code, span)
        }
    }

    /// Adds the argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Diagnostic {
        self.args.set(name, value);
        self
    }

    /// Adds a secondary label worded by the attribute `attr`.
    pub fn label(mut self, span: Span, attr: &'static str) -> Diagnostic {
        self.labels.push(Label { span, attr });
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The catalog id of this diagnostic's message (`resolve-unknown-exam` for
    /// `rubric::resolve::unknown-exam`).
    pub fn message_id(&self) -> String {
        message_id(self.code)
    }

    /// The message, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let id = self.message_id();
        i18n::lookup(lang, &id, None, &self.args).unwrap_or_else(|| self.code.to_string())
    }

    /// The words of the primary label, if the catalog gives any.
    pub fn primary_label(&self, lang: Lang) -> Option<String> {
        self.attribute(lang, "label")
    }

    /// The help line, if the catalog gives one (an empty help counts as none).
    pub fn help(&self, lang: Lang) -> Option<String> {
        self.attribute(lang, "help")
    }

    /// The words of attribute `attr` of the message, unless empty.
    pub fn attribute(&self, lang: Lang, attr: &str) -> Option<String> {
        i18n::lookup(lang, &self.message_id(), Some(attr), &self.args)
            .filter(|s| !s.trim().is_empty())
    }
}

/// The catalog id of a code: `rubric::resolve::unknown-exam` → `resolve-unknown-exam`.
pub fn message_id(code: &str) -> String {
    code.trim_start_matches("rubric::").replace("::", "-")
}

/// True when some diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Sources;

    #[test]
    fn renders_in_both_languages_with_labels_and_help() {
        let mut sources = Sources::new();
        let f = sources.add("a.rubric", "one of [MB2-741]\n");
        let d = Diagnostic::error("rubric::common::test-diagnostic", Span::new(f, 8, 15))
            .arg("name", "MB2-741")
            .arg("hint", "suggest")
            .arg("suggestion", "MB2-714");
        let en = render(&d, &sources, RenderOptions::plain(Lang::En));
        assert!(en.contains("rubric::common::test-diagnostic"), "{en}");
        assert!(en.contains("unknown exam `MB2-741`"), "{en}");
        assert!(en.contains("not declared"), "{en}");
        assert!(en.contains("did you mean `MB2-714`?"), "{en}");
        assert!(en.contains("a.rubric:1:9"), "{en}");
        let fr = render(&d, &sources, RenderOptions::plain(Lang::Fr));
        assert!(fr.contains("examen inconnu `MB2-741`"), "{fr}");
        let j = to_json(&d, &sources, Lang::En);
        assert_eq!((j.line, j.column), (Some(1), Some(9)));
        assert_eq!(j.labels.len(), 1);
    }

    #[test]
    fn long_lines_are_shown_as_a_bounded_excerpt() {
        let mut sources = Sources::new();
        let line = format!("{}MB2-741{}", "x".repeat(100_000), "y".repeat(100_000));
        let f = sources.add("p.json", line);
        let d = Diagnostic::warning(
            "rubric::common::test-diagnostic",
            Span::new(f, 100_000, 100_007),
        )
        .arg("name", "MB2-741");
        let out = render(&d, &sources, RenderOptions::plain(Lang::En));
        assert!(out.len() < 1_000, "{} bytes:\n{out}", out.len());
        assert!(out.contains("p.json:1:100001"), "{out}");
        assert!(out.contains("…xxxx"), "{out}");
        assert!(out.contains("MB2-741yyy"), "{out}");
    }
}
