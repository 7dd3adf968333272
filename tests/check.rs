//! Every diagnostic of `rubric check`, as a user sees it: one fixture per case
//! under `tests/fixtures/check/`, compiled together with the shipped catalog.
//! A fixture is a `.rubric` file or a directory of them (a multi-file program).
//! Each fixture has a snapshot in English and one in French.

use std::path::Path;

use rubric::diag::{self, RenderOptions};
use rubric::i18n::Lang;
use rubric::{Diagnostic, Sources};

const CATALOG: &str = include_str!("../competencies/catalog.rubric");

/// Compiles the fixture at `path` and shows its sources, then every
/// diagnostic in `lang`.
fn check_fixture(path: &Path, lang: Lang) -> String {
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
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
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
        let (id, err) =
            rubric::add_source_bytes(&mut sources, name.as_str(), std::fs::read(f).unwrap());
        diagnostics.extend(err);
        shown.push_str(&format!("── {name} ──\n{}\n", sources.get(id).text()));
    }
    let compilation = rubric::compile(&sources);
    assert_eq!(
        compilation.program.is_some(),
        !compilation.has_errors(),
        "a program is produced exactly when there is no error"
    );
    diagnostics.extend(compilation.diagnostics);
    shown.push_str("── diagnostics ──\n");
    shown.push_str(&diag::render_all(
        &diagnostics,
        &sources,
        RenderOptions::plain(lang),
    ));
    // Warnings an `allow` silenced: not reported, but shown here with their reason.
    for a in &compilation.allowed {
        shown.push_str(&format!("── allowed: {} ──\n", a.reason));
        shown.push_str(&diag::render(
            &a.warning,
            &sources,
            RenderOptions::plain(lang),
        ));
    }
    shown
}

#[test]
fn check_fixtures() {
    insta::glob!("fixtures/check/*", |path| {
        insta::assert_snapshot!(check_fixture(path, Lang::En));
    });
}

#[test]
fn check_fixtures_fr() {
    insta::glob!("fixtures/check/*", |path| {
        insta::assert_snapshot!(check_fixture(path, Lang::Fr));
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
        .map(|d| diag::to_json(d, &sources, Lang::En))
        .collect();
    insta::assert_json_snapshot!(records);
}

/// A warning that an `allow` silenced is not reported; its JSON record, as
/// `check --format json` lists it, carries the reason.
#[test]
fn allowed_warnings_are_kept_apart_with_their_reason() {
    let mut sources = Sources::new();
    sources.add("competencies/catalog.rubric", CATALOG);
    sources.add(
        "allow.rubric",
        "competency c {\n  option o {\n    tier silver {\n      revenue net-new in [crm-online] at least USD 2\n    }\n    tier gold {\n      allow tier-asks-less \"as published\"\n      revenue net-new in [crm-online] at least USD 1\n    }\n  }\n}\n",
    );
    let compilation = rubric::compile(&sources);
    assert!(
        compilation.diagnostics.is_empty(),
        "{:?}",
        compilation.diagnostics
    );
    assert!(compilation.program.is_some());
    assert_eq!(compilation.allowed.len(), 1);
    let a = &compilation.allowed[0];
    assert_eq!(a.warning.code, "rubric::validate::tier-asks-less");
    let mut record = diag::to_json(&a.warning, &sources, Lang::En);
    let plain = serde_json::to_value(&record).unwrap();
    assert!(
        plain.get("allowed").is_none(),
        "no `allowed` key unless allowed"
    );
    record.allowed = Some(a.reason.clone());
    let json = serde_json::to_value(&record).unwrap();
    assert_eq!(json["allowed"], "as published");
    assert_eq!(json["line"], 8);
}

/// `check` ends its summary with the allowed warnings, plural-aware, in
/// both languages, and says nothing of them when there are none.
#[test]
fn check_summary_counts_allowed_warnings() {
    use rubric::i18n::{self, Args};
    let line = |lang, warnings: u32, allowed: u32| {
        let args = Args::new()
            .with("files", 2u32)
            .with("competencies", 1u32)
            .with("options", 1u32)
            .with("exams", 7u32)
            .with("credentials", "exams")
            .with("warnings", warnings)
            .with("allowed", allowed);
        i18n::text(lang, "cli-check-ok", &args)
    };
    assert_eq!(
        line(Lang::En, 0, 1),
        "ok: 2 files, 1 competency, 1 option, 7 exams, 1 warning allowed"
    );
    assert_eq!(
        line(Lang::En, 1, 2),
        "ok: 2 files, 1 competency, 1 option, 7 exams, 1 warning, 2 warnings allowed"
    );
    assert_eq!(
        line(Lang::Fr, 0, 1),
        "ok : 2 fichiers, 1 compétence, 1 option, 7 examens, 1 avertissement accepté"
    );
    assert_eq!(
        line(Lang::Fr, 0, 3),
        "ok : 2 fichiers, 1 compétence, 1 option, 7 examens, 3 avertissements acceptés"
    );
    assert!(!line(Lang::En, 0, 0).contains("allowed"));
}
