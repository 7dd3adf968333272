//! Diagnostics as text (miette's graphical report) or as JSON records.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, Severity};

use crate::diag::{DiagnosticJson, LabelJson};

/// How to draw diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Unicode and colours, for a terminal.
    Color,
    /// Unicode without colours: files, pipes and snapshots.
    Plain,
}

/// Column beyond which miette's graphical handler cannot pad a label (it
/// formats with a width, and Rust refuses widths above `u16::MAX`).
const MAX_DRAWN_COLUMN: usize = 60_000;

/// Renders one diagnostic as miette draws it, `width` columns wide. A label on
/// a very long line (a minified file) is told in words instead of drawn.
pub fn render_diagnostic(d: &dyn Diagnostic, style: Style, width: usize) -> String {
    let wide = |d: &dyn Diagnostic| {
        diagnostic_json(d)
            .labels
            .iter()
            .any(|l| l.column > MAX_DRAWN_COLUMN)
    };
    let too_wide = wide(d) || d.related().is_some_and(|mut r| r.any(wide));
    if too_wide {
        return render_without_source(d);
    }
    let theme = match style {
        Style::Color => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
    };
    // Ids such as `MB2-706` must not be split at their hyphen when wrapping.
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    if handler.render_report(&mut out, d).is_err() {
        out = format!("{d}\n");
    }
    out
}

/// A diagnostic whose source line is too long to show: the message, each
/// place as `file:line:column`, and the help.
fn render_without_source(d: &dyn Diagnostic) -> String {
    let j = diagnostic_json(d);
    let mark = match j.severity {
        crate::diag::Severity::Warning => "⚠",
        crate::diag::Severity::Note => "☞",
        crate::diag::Severity::Error => "×",
    };
    let mut out = String::new();
    if !j.code.is_empty() {
        out.push_str(&format!("{}\n\n", j.code));
    }
    out.push_str(&format!("  {mark} {}\n", j.message));
    for l in &j.labels {
        out.push_str(&format!(
            "   ╭─[{}:{}:{}] (line too long to show)\n",
            j.file.as_deref().unwrap_or("?"),
            l.line,
            l.column
        ));
        if let Some(m) = &l.message {
            out.push_str(&format!("   ╰── {m}\n"));
        }
    }
    if let Some(h) = &j.help {
        out.push_str(&format!("  help: {h}\n"));
    }
    out
}

/// The JSON record of a miette diagnostic (phases not yet moved to
/// [`crate::diag::Diagnostic`]), in the shape of [`crate::diag::to_json`] so
/// that every command prints one kind of record. Advice becomes a note.
pub fn diagnostic_json(d: &dyn Diagnostic) -> DiagnosticJson {
    let severity = match d.severity().unwrap_or(Severity::Error) {
        Severity::Error => crate::diag::Severity::Error,
        Severity::Warning => crate::diag::Severity::Warning,
        Severity::Advice => crate::diag::Severity::Note,
    };
    let mut labels = Vec::new();
    if let (Some(src), Some(ls)) = (d.source_code(), d.labels()) {
        for l in ls {
            if let Ok(contents) = src.read_span(l.inner(), 0, 0) {
                let (line, column) = position(&*contents, l.offset());
                labels.push(LabelJson {
                    message: l.label().map(str::to_string),
                    file: contents.name().unwrap_or_default().to_string(),
                    line,
                    column,
                    offset: l.offset(),
                    length: l.len(),
                    primary: l.primary(),
                });
            }
        }
    }
    // One primary label (the first flagged, else the first), placed first
    // as `diag::to_json` orders them.
    let p = labels.iter().position(|l| l.primary).unwrap_or(0);
    for (i, l) in labels.iter_mut().enumerate() {
        l.primary = i == p;
    }
    if !labels.is_empty() {
        labels[..=p].rotate_right(1);
    }
    let primary = labels.first();
    DiagnosticJson {
        code: d.code().map(|c| c.to_string()).unwrap_or_default(),
        severity,
        message: d.to_string(),
        file: primary.map(|l| l.file.clone()),
        line: primary.map(|l| l.line),
        column: primary.map(|l| l.column),
        help: d.help().map(|h| h.to_string()),
        labels,
    }
}

/// 1-based line and column of `offset`, from span contents that start at or before it.
fn position(contents: &dyn miette::SpanContents<'_>, offset: usize) -> (usize, usize) {
    let data = contents.data();
    let rel = offset
        .saturating_sub(contents.span().offset())
        .min(data.len());
    let before = &data[..rel];
    let newlines = before.iter().filter(|b| **b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let col_chars = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count();
    let column = if newlines == 0 {
        contents.column() + col_chars + 1
    } else {
        col_chars + 1
    };
    (contents.line() + newlines + 1, column)
}
