//! The message catalog covers every diagnostic: each `"rubric::…"` code
//! written in `src/` has a message, with a label and a help, in English and
//! in French.

use std::path::Path;

use rubric::diag::message_id;
use rubric::i18n::{self, Lang};

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The string literals of `text` that are diagnostic codes: `"rubric::` then
/// lower-case words joined by `::` and `-`, up to the closing quote.
fn codes(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("\"rubric::") {
        let lit = &rest[at + 1..];
        let end = lit
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == ':' || c == '-'))
            .unwrap_or(lit.len());
        // A code literal is the whole string: `"rubric::a::b"`, not a prefix
        // such as `"rubric::resolve::unknown-{}"`.
        if lit[end..].starts_with('"') && lit[..end].matches("::").count() >= 2 {
            out.push(lit[..end].to_string());
        }
        rest = &lit[end..];
    }
    out
}

#[test]
fn every_code_in_src_has_a_message_in_both_languages() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        found.extend(codes(&text).into_iter().map(|c| (c, f.clone())));
    }
    // The compile and syntax phases alone define more than twenty codes.
    assert!(found.len() > 20, "too few codes found: {found:?}");
    for lang in Lang::ALL {
        let entries = i18n::entries(lang);
        // A diagnostic has a label on its place and a help saying how to fix it.
        let complete = |code: &str| {
            let id = message_id(code);
            entries.iter().any(|(e, attrs)| {
                *e == id && attrs.iter().any(|a| a == "label") && attrs.iter().any(|a| a == "help")
            })
        };
        let missing: Vec<_> = found
            .iter()
            .filter(|(code, _)| !complete(code))
            .map(|(code, f)| format!("{code} ({})", f.display()))
            .collect();
        assert!(
            missing.is_empty(),
            "codes without a {lang:?} message with `.label` and `.help`:\n  {}",
            missing.join("\n  ")
        );
    }
}

#[test]
fn code_literals_are_found() {
    let text =
        r#"x("rubric::resolve::unknown-exam", s); y = "rubric::resolve::unknown-{}"; "rubric::""#;
    assert_eq!(codes(text), ["rubric::resolve::unknown-exam"]);
}
