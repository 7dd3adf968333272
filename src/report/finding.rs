//! Findings of an evaluation as diagnostics pointing at the rule they concern.

use miette::{Diagnostic, LabeledSpan, Severity, SourceSpan};

use crate::span::SourceFile;

/// A diagnostic built at report time: an unmet requirement, or data the
/// rules cannot be applied to.
#[derive(Debug, Clone)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub labels: Vec<(SourceSpan, String)>,
    pub help: Option<String>,
    pub src: SourceFile,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Finding {}

impl Diagnostic for Finding {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().enumerate().map(
            |(i, (s, l))| {
                if i == 0 {
                    LabeledSpan::new_primary_with_span(Some(l.clone()), *s)
                } else {
                    LabeledSpan::new_with_span(Some(l.clone()), *s)
                }
            },
        )))
    }
}
