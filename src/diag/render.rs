//! Diagnostics as people read them: miette's graphical report, in a language.
//!
//! The source is attached here and only here. A label on a very long line (a
//! minified partner file) is shown on a bounded excerpt of that line, so a
//! diagnostic never echoes more than a few hundred bytes of its input.

use std::fmt;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use super::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::span::{SourceFile, Sources, Span};

/// How to draw diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Style {
    /// Unicode and colours, for a terminal.
    Color,
    /// Unicode without colours: files, pipes and snapshots.
    Plain,
}

/// Language, style and width of rendered diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RenderOptions {
    /// The language of the words.
    pub lang: Lang,
    /// Colours or not.
    pub style: Style,
    /// Columns to wrap at.
    pub width: usize,
}

impl RenderOptions {
    /// English, plain, 100 columns: what tests and pipes get.
    pub fn plain(lang: Lang) -> RenderOptions {
        RenderOptions {
            lang,
            style: Style::Plain,
            width: 100,
        }
    }

    /// These options with `style` and `width`.
    pub fn styled(lang: Lang, style: Style, width: usize) -> RenderOptions {
        RenderOptions { lang, style, width }
    }
}

/// Lines longer than this many bytes are shown as an excerpt around the label.
const LONG_LINE: usize = 160;
/// Bytes of context kept on each side of a label in an excerpt.
const EXCERPT_SIDE: usize = 40;
/// At most this many bytes of a label's own span are shown in an excerpt.
const EXCERPT_SPAN: usize = 60;

/// Renders one diagnostic, with the source of the files it points into.
pub fn render(d: &Diagnostic, sources: &Sources, opts: RenderOptions) -> String {
    let lang = opts.lang;
    let message = d.message(lang);
    let help = d.help(lang);
    // Labels in the primary file are drawn on its source; a label in another
    // file becomes a note of its own, drawn on that file.
    let primary_file = d.span.map(|s| s.file);
    let mut here: Vec<(Span, Option<String>, bool)> = Vec::new();
    let mut elsewhere: Vec<(Span, Option<String>)> = Vec::new();
    if let Some(s) = d.span {
        here.push((s, d.primary_label(lang), true));
    }
    for l in &d.labels {
        let text = d.attribute(lang, l.attr);
        if Some(l.span.file) == primary_file {
            here.push((l.span, text, false));
        } else {
            elsewhere.push((l.span, text));
        }
    }
    let related: Vec<Report> = elsewhere
        .into_iter()
        .filter_map(|(span, text)| {
            let file = file_of(sources, span)?;
            let (source, labels) = View::new(file, &[(span, None, true)]);
            Some(Report {
                code: None,
                severity: miette::Severity::Advice,
                message: text.unwrap_or_default(),
                help: None,
                labels,
                source: Some(source),
                related: Vec::new(),
            })
        })
        .collect();
    let (source, labels) = match primary_file.and_then(|f| sources.files().get(f.0 as usize)) {
        Some(file) => {
            let (v, l) = View::new(file, &here);
            (Some(v), l)
        }
        None => (None, Vec::new()),
    };
    let report = Report {
        code: Some(d.code),
        severity: match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        },
        message,
        help,
        labels,
        source,
        related,
    };
    let theme = match opts.style {
        Style::Color => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
    };
    // Ids such as `MB2-706` must not be split at their hyphen when wrapping.
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(opts.width)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        out = format!("{}: {}\n", d.code, report.message);
    }
    out
}

/// Renders every diagnostic, in order.
pub fn render_all(diagnostics: &[Diagnostic], sources: &Sources, opts: RenderOptions) -> String {
    diagnostics
        .iter()
        .map(|d| render(d, sources, opts))
        .collect()
}

fn file_of(sources: &Sources, span: Span) -> Option<&SourceFile> {
    sources.files().get(span.file.0 as usize)
}

/// A diagnostic with its words and source, in the shape miette draws.
#[derive(Debug)]
struct Report {
    code: Option<&'static str>,
    severity: miette::Severity,
    message: String,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    source: Option<View>,
    related: Vec<Report>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code.map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h.as_str()) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() || self.source.is_none() {
            return None;
        }
        Some(Box::new(self.labels.iter().cloned()))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}

/// The source miette draws from: the whole file, or, when a label sits on a
/// long line, an excerpt of that line with the true line and column kept.
#[derive(Debug, Clone)]
enum View {
    Whole(SourceFile),
    Excerpt {
        name: String,
        /// `…` + the kept bytes of the line + `…`.
        text: String,
        /// 0-based line of the excerpt in the file.
        line: usize,
        /// 0-based column (in characters) of the primary label in the file.
        column: usize,
    },
}

impl View {
    /// The view for labels `(span, words, primary)` in `file`, with the
    /// labels placed in the view's coordinates.
    fn new(file: &SourceFile, labels: &[(Span, Option<String>, bool)]) -> (View, Vec<LabeledSpan>) {
        let text = file.text();
        let clamp = |s: Span| {
            let start = floor(text, (s.start as usize).min(text.len()));
            let end = floor(text, (s.end as usize).clamp(start, text.len()));
            (start, end)
        };
        let labelled = |off: &dyn Fn(usize) -> usize, cap: &dyn Fn(usize, usize) -> usize| {
            labels
                .iter()
                .map(|(s, words, primary)| {
                    let (start, end) = clamp(*s);
                    let span = SourceSpan::new(off(start).into(), cap(start, end) - start);
                    if *primary {
                        LabeledSpan::new_primary_with_span(words.clone(), span)
                    } else {
                        LabeledSpan::new_with_span(words.clone(), span)
                    }
                })
                .collect::<Vec<_>>()
        };
        let (first_start, _) = labels.first().map_or((0, 0), |l| clamp(l.0));
        let (line_start, line_end) = file.line_bounds(first_start);
        let same_line = labels.iter().all(|l| {
            let (s, e) = clamp(l.0);
            s >= line_start && e <= line_end
        });
        if line_end - line_start <= LONG_LINE || !same_line {
            let whole = labelled(&|o| o, &|_, e| e);
            return (View::Whole(file.clone()), whole);
        }
        let lo = labels
            .iter()
            .map(|l| clamp(l.0).0)
            .min()
            .unwrap_or(line_start);
        let hi = labels
            .iter()
            .map(|l| {
                let (s, e) = clamp(l.0);
                e.min(s + EXCERPT_SPAN)
            })
            .max()
            .unwrap_or(lo);
        let from = floor(text, lo.saturating_sub(EXCERPT_SIDE).max(line_start));
        let to = floor(text, (hi + EXCERPT_SIDE).min(line_end));
        let lead = if from > line_start { "…" } else { "" };
        let trail = if to < line_end { "…" } else { "" };
        let excerpt = format!("{lead}{}{trail}", &text[from..to]);
        let shift = lead.len();
        let placed = labelled(&|o| o - from + shift, &|s, e| {
            floor(text, e.min(s + EXCERPT_SPAN).min(to))
        });
        let (line, column) = file.line_col(first_start);
        (
            View::Excerpt {
                name: file.name().to_string(),
                text: excerpt,
                line: line - 1,
                column: column - 1,
            },
            placed,
        )
    }
}

/// The largest char boundary of `text` at or before `at`.
fn floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl SourceCode for View {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        match self {
            View::Whole(file) => file.read_span(span, before, after),
            View::Excerpt {
                name,
                text,
                line,
                column,
            } => {
                let inner = text.as_str().read_span(span, before, after)?;
                // The header shows where the label is in the file, not in the excerpt.
                let col = if before == 0 && after == 0 {
                    *column
                } else {
                    inner.column()
                };
                Ok(Box::new(MietteSpanContents::new_named(
                    name.clone(),
                    inner.data(),
                    *inner.span(),
                    *line,
                    col,
                    inner.line_count(),
                )))
            }
        }
    }
}
