//! Every diagnostic of `rubric check`, as a user sees it: one fixture per case
//! under `tests/fixtures/check/`, compiled together with the shipped catalog.
//! A fixture is a `.rubric` file or a directory of them (a multi-file program).

use std::path::Path;

use rubric::report::{render_diagnostic, Style};
use rubric::{Error, Sources};

const CATALOG: &str = include_str!("../competencies/catalog.rubric");

/// Compiles the fixture at `path` and shows its sources, then every diagnostic.
fn check_fixture(path: &Path) -> String {
    let mut files: Vec<_> = if path.is_dir() {
        std::fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    } else {
        vec![path.to_path_buf()]
    };
    files.sort();
    let mut sources = Sources::new();
    sources.add("competencies/catalog.rubric", CATALOG);
    let mut diagnostics: Vec<Error> = Vec::new();
    let mut shown = String::new();
    for f in &files {
        let name = format!(
            "{}{}",
            if path.is_dir() {
                format!("{}/", path.file_name().unwrap().to_string_lossy())
            } else {
                String::new()
            },
            f.file_name().unwrap().to_string_lossy()
        );
        let (text, err) = rubric::source_from_bytes(&name, std::fs::read(f).unwrap());
        diagnostics.extend(err.map(Error::from));
        shown.push_str(&format!("── {name} ──\n{text}\n"));
        sources.add(name, text);
    }
    let compilation = rubric::compile(&sources);
    assert_eq!(
        compilation.program.is_some(),
        !compilation.has_errors(),
        "a program is produced exactly when there is no error"
    );
    diagnostics.extend(compilation.diagnostics);
    shown.push_str("── diagnostics ──\n");
    for d in &diagnostics {
        shown.push_str(&render_diagnostic(d, Style::Plain, 100));
    }
    shown
}

#[test]
fn check_fixtures() {
    insta::glob!("fixtures/check/*", |path| {
        insta::assert_snapshot!(check_fixture(path));
    });
}

#[test]
fn shipped_competencies_check_clean() {
    let compilation = rubric::compile(&rubric::builtin_sources());
    assert!(
        compilation.diagnostics.is_empty(),
        "{:?}",
        compilation.diagnostics
    );
    let program = compilation.program.unwrap();
    insta::assert_json_snapshot!("shipped_ir", program);
}

#[test]
fn json_records_locate_the_error() {
    let mut sources = Sources::new();
    sources.add("competencies/catalog.rubric", CATALOG);
    sources.add(
        "bad.rubric",
        "competency c {\n  option o {\n    tier t {\n      individuals 1 { 1 x one of [MB2-741] }\n    }\n  }\n}\n",
    );
    let compilation = rubric::compile(&sources);
    let records: Vec<_> = compilation
        .diagnostics
        .iter()
        .map(|d| rubric::report::diagnostic_json(d))
        .collect();
    insta::assert_json_snapshot!(records);
}
