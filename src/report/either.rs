//! `either { … } or { … }` in the text and HTML reports: a heading saying
//! which set holds, then each set with its requirements, one level in.

use std::fmt::Write;

use super::outcome::Context;
use crate::eval::EitherOutcome;
use crate::i18n::{self, Args, Lang};

/// The heading's arguments: whether a set holds, which one first, how many.
fn heading(e: &EitherOutcome) -> Args {
    Args::new()
        .with("met", if e.met { "yes" } else { "no" })
        .with("branch", e.chosen.map_or(0, |b| b + 1))
        .with("count", e.branches.len())
}

fn mark(met: bool) -> &'static str {
    if met {
        "✓"
    } else {
        "✗"
    }
}

/// The text report's lines.
pub(super) fn lines(
    cx: &Context,
    lang: Lang,
    e: &EitherOutcome,
    as_of: chrono::NaiveDate,
    out: &mut String,
) {
    let head = i18n::text(lang, "report-either", &heading(e));
    let _ = writeln!(out, "    {} {head}", mark(e.met));
    for (bi, b) in e.branches.iter().enumerate() {
        let args = Args::new().with("branch", bi + 1);
        let title = i18n::text(lang, "report-branch", &args);
        let _ = writeln!(out, "      {} {title}", mark(b.met));
        // The branch's lines, indented under its heading.
        let mut inner = String::new();
        for r in &b.requirements {
            super::outcome::requirement_lines(cx, lang, r, &b.requirements, as_of, &mut inner);
        }
        for line in inner.lines() {
            let _ = writeln!(out, "    {line}");
        }
    }
}

/// The HTML report's block.
pub(super) fn html(cx: &Context, e: &EitherOutcome, lang: Lang, out: &mut String) {
    let verdict = |met: bool| if met { "ok" } else { "ko" };
    let head = i18n::text(lang, "report-either", &heading(e));
    let _ = writeln!(
        out,
        "<div class=\"req\"><p class=\"{}\">{}</p>",
        verdict(e.met),
        super::html::esc(&head)
    );
    for (bi, b) in e.branches.iter().enumerate() {
        let args = Args::new().with("branch", bi + 1);
        let title = i18n::text(lang, "report-branch", &args);
        let _ = writeln!(
            out,
            "<div class=\"branch\"><p class=\"{}\">{}</p>",
            verdict(b.met),
            super::html::esc(&title)
        );
        for r in &b.requirements {
            super::html::requirement(cx, r, lang, out);
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
}
