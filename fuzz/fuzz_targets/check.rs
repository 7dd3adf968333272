//! Arbitrary bytes as a rules file, compiled with the shipped catalog and every
//! diagnostic rendered as `rubric check` would: must never panic (SPEC §7).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rubric::report::{diagnostic_json, render_diagnostic, Style};
use rubric::{Error, Sources};

const CATALOG: &str = include_str!("../../competencies/catalog.rubric");

fuzz_target!(|data: &[u8]| {
    let (text, not_utf8) = rubric::source_from_bytes("fuzz.rubric", data.to_vec());
    let mut sources = Sources::new();
    sources.add("competencies/catalog.rubric", CATALOG);
    sources.add("fuzz.rubric", text);
    let compilation = rubric::compile(&sources);
    assert_eq!(
        compilation.program.is_some(),
        !compilation.has_errors(),
        "a program is produced exactly when there is no error"
    );
    let diagnostics: Vec<Error> = not_utf8
        .map(Error::from)
        .into_iter()
        .chain(compilation.diagnostics)
        .collect();
    for d in &diagnostics {
        let _ = render_diagnostic(d, Style::Plain, 100);
        let _ = diagnostic_json(d);
    }
});
