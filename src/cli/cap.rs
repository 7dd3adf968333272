//! `--max-diagnostics`: at most N diagnostics of one kind (code) in one file;
//! one note counts the rest, so that output stays bounded whatever the input.
//! The data loader already folds the warnings about one unknown id into one
//! (with their count); this caps every kind, in every command, the same way.

use std::collections::HashMap;

use rubric::diag::{Diagnostic, Severity};

/// The default of `--max-diagnostics`.
pub const DEFAULT: usize = 20;

/// Keeps the first `max` diagnostics of each code in each file (all when
/// `max` is 0), in order; after the last kept of a code past the cap, a note
/// (`rubric::cli::omitted`) says how many were left out.
pub fn cap(diagnostics: Vec<Diagnostic>, max: usize) -> Vec<Diagnostic> {
    if max == 0 || diagnostics.len() <= max {
        return diagnostics;
    }
    // Per file and code: how many, where the last kept one is, its severity.
    let mut seen: HashMap<(Option<u32>, &str), (usize, usize, Severity)> = HashMap::new();
    let mut out = Vec::with_capacity(diagnostics.len().min(max * 8));
    for d in diagnostics {
        let e = (seen.entry((d.span.map(|s| s.file.0), d.code))).or_insert((0, 0, d.severity));
        e.0 += 1;
        if e.0 <= max {
            e.1 = out.len();
            out.push(d);
        }
    }
    let mut notes: Vec<(usize, Diagnostic)> = (seen.into_iter())
        .filter(|(_, (n, ..))| *n > max)
        .map(|((_, code), (n, last, severity))| {
            let severity = match severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                _ => "note",
            };
            let note = Diagnostic::note("rubric::cli::omitted", None)
                .arg("code", code)
                .arg("n", n - max)
                .arg("severity", severity);
            (last, note)
        })
        .collect();
    // From the back, so that the places found stay right.
    notes.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    for (at, note) in notes {
        out.insert(at + 1, note);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rubric::{FileId, Span};

    #[test]
    fn each_code_of_each_file_is_capped_and_counted() {
        let at = |f| Span::new(FileId(f), 0, 1);
        let mut all = Vec::new();
        for _ in 0..5 {
            all.push(Diagnostic::error("rubric::data::bad-date", at(0)));
            all.push(Diagnostic::warning("rubric::data::unknown-exam", at(0)));
            all.push(Diagnostic::error("rubric::data::bad-date", at(1)));
        }
        let kept = cap(all.clone(), 2);
        let codes: Vec<&str> = kept.iter().map(|d| d.code).collect();
        assert_eq!(kept.len(), 3 * 2 + 3, "{codes:?}");
        let notes: Vec<_> = kept
            .iter()
            .filter(|d| d.code == "rubric::cli::omitted")
            .collect();
        assert!(notes
            .iter()
            .all(|d| d.args.get("n") == Some(&3usize.into())));
        // A note follows the last kept diagnostic of its kind.
        assert_eq!(codes[3], "rubric::data::bad-date");
        assert_eq!(codes[4], "rubric::cli::omitted");
        assert_eq!(cap(all.clone(), 0), all);
    }
}
