//! Arbitrary bytes as a rules file, compiled with the shipped catalog and every
//! diagnostic rendered as `rubric check` would: must never panic (SPEC §7).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rubric::diag::{self, RenderOptions};
use rubric::i18n::Lang;
use rubric::{Diagnostic, Sources};

const CATALOG: &str = include_str!("../../competencies/catalog.rubric");

fuzz_target!(|data: &[u8]| {
    let mut sources = Sources::new();
    sources.add("competencies/catalog.rubric", CATALOG);
    let (_, not_utf8) = rubric::add_source_bytes(&mut sources, "fuzz.rubric", data.to_vec());
    let compilation = rubric::compile(&sources);
    assert_eq!(
        compilation.program.is_some(),
        !compilation.has_errors(),
        "a program is produced exactly when there is no error"
    );
    let diagnostics: Vec<Diagnostic> = not_utf8.into_iter().chain(compilation.diagnostics).collect();
    for lang in Lang::ALL {
        for d in &diagnostics {
            let _ = diag::render(d, &sources, RenderOptions::plain(lang));
            let _ = diag::to_json(d, &sources, lang);
        }
    }
});
