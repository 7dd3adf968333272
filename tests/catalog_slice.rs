//! The first slice of the 2017 catalog (issue 8): credential ids as published
//! (`70-480`), assessments and certifications beside exams, and `all of`,
//! from the rules in `tests/fixtures/catalog_slice/` through `check`,
//! `compile`, `test`, `eval`, `doc` and `fmt`, as a user runs them.

use std::path::Path;
use std::process::Output;

use rubric::ir::{CredentialKind, Requirement};
use rubric::{FileId, SourceFile, Sources};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/catalog_slice");
const RULES: &str = include_str!("fixtures/catalog_slice/catalog.rubric");

mod common;

use common::stdout;

fn rubric(args: &[&str]) -> Output {
    common::run(args, Some(Path::new(FIXTURE)))
}

fn program() -> rubric::Program {
    let mut sources = Sources::new();
    sources.add("catalog.rubric", RULES);
    let compiled = rubric::compile(&sources);
    assert!(
        compiled.diagnostics.is_empty(),
        "{:?}",
        compiled.diagnostics
    );
    compiled.program.expect("the slice compiles")
}

#[test]
fn credentials_keep_their_kind_course_and_published_id() {
    let p = program();
    let kinds: Vec<(&str, CredentialKind, Option<u32>)> = p
        .exams
        .iter()
        .map(|e| (e.id.as_str(), e.kind, e.course))
        .collect();
    assert_eq!(
        kinds,
        [
            ("70-345", CredentialKind::Exam, None),
            ("70-347", CredentialKind::Exam, None),
            ("70-480", CredentialKind::Exam, None),
            ("70-532", CredentialKind::Exam, None),
            ("ta-messaging", CredentialKind::Assessment, Some(13736)),
            ("MCSA-Linux-on-Azure", CredentialKind::Certification, None),
        ]
    );
    assert_eq!(p.format, rubric::ir::IR_VERSION);
}

#[test]
fn all_of_lowers_to_every_credential_listed() {
    let p = program();
    let messaging = &p.competencies[0].options[1];
    let Requirement::Individuals(i) = &messaging.tiers[0].requirements[0] else {
        panic!("individuals expected");
    };
    let all = &i.groups[0].clauses[0];
    assert!(all.all);
    assert_eq!(all.need, 2);
    assert_eq!(all.exams.len(), 2);
    let one = &i.groups[1].clauses[0];
    assert!(!one.all);
    assert_eq!(one.need, 1);
}

/// The test file covers: 70-480 fills `one of [70-480]`; half of an `all
/// of` is not enough; an assessment and a certification listed under
/// `exams` count; a pass after the retirement date does not.
#[test]
fn check_counts_credentials_of_every_kind() {
    let o = rubric(&["check", "."]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "ok: 1 file, 1 competency, 3 options, 6 credentials\n"
    );
    let fr = rubric(&["check", "--lang", "fr", "."]);
    assert_eq!(
        stdout(&fr),
        "ok : 1 fichier, 1 compétence, 3 options, 6 qualifications\n"
    );
}

#[test]
fn rubric_test_passes_with_full_coverage_in_both_languages() {
    let en = rubric(&["test", "."]);
    assert_eq!(en.status.code(), Some(0), "{}", stdout(&en));
    assert!(
        stdout(&en).contains("tests: 5 passed; 0 failed"),
        "{}",
        stdout(&en)
    );
    assert!(
        stdout(&en).contains("every requirement was seen both met and unmet"),
        "{}",
        stdout(&en)
    );
    let fr = rubric(&["test", "--lang", "fr", "."]);
    assert_eq!(fr.status.code(), Some(0), "{}", stdout(&fr));
}

#[test]
fn a_partner_file_names_the_exam_as_published() {
    let tmp = tempfile::tempdir().unwrap();
    let partner = tmp.path().join("p.json");
    std::fs::write(
        &partner,
        r#"{"id": "contoso", "country": "FR", "as_of": "2017-09-15", "revenue": [],
            "individuals": [{"id": "alice", "exams": [{"exam": "70-480", "passed": "2016-05-01"}]}]}"#,
    )
    .unwrap();
    let o = rubric(&[
        "eval",
        "--format",
        "json",
        "--competency",
        "slice",
        "--partner",
        partner.to_str().unwrap(),
        "--rules",
        ".",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let attained: Vec<(&str, &serde_json::Value)> = report["competencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["option"].as_str().unwrap(), &c["attained"]))
        .collect();
    assert_eq!(attained[0], ("web", &serde_json::json!("silver")));
    assert_eq!(attained[1], ("messaging", &serde_json::Value::Null));
}

#[test]
fn doc_words_each_kind_in_english_and_french() {
    for lang in ["en", "fr"] {
        let o = rubric(&["doc", "--lang", lang, "catalog.rubric"]);
        assert_eq!(o.status.code(), Some(0));
        let page = stdout(&o);
        insta::assert_snapshot!(format!("doc_slice_{lang}"), page);
    }
    let en = stdout(&rubric(&["doc", "catalog.rubric"]));
    for phrase in [
        "must pass all of the following exams:",
        "must complete one of the following assessments:",
        "must hold one of the following credentials:",
        "ta-messaging: Technical assessment for Messaging (course 13736)",
        "MCSA-Linux-on-Azure: MCSA: Linux on Azure (certification)",
        "70-347: Enabling Office 365 Services (retired on 2017-09-30)",
    ] {
        assert!(en.contains(phrase), "{phrase}\n{en}");
    }
    let fr = stdout(&rubric(&["doc", "--lang", "fr", "catalog.rubric"]));
    for phrase in [
        "doit réussir tous les examens suivants :",
        "doit réussir l'une des évaluations suivantes :",
        "doit détenir l'une des qualifications suivantes :",
        "(cours 13736)",
    ] {
        assert!(fr.contains(phrase), "{phrase}\n{fr}");
    }
}

#[test]
fn fmt_leaves_the_slice_as_written_and_restores_it_when_scrambled() {
    let fmt = |text: &str| {
        rubric::format_source(FileId(0), &SourceFile::new("catalog.rubric", text)).expect("formats")
    };
    assert_eq!(fmt(RULES), RULES);
    let squashed: String = RULES
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n   ");
    let without_comments: String = RULES
        .lines()
        .filter(|l| !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(
        fmt(&squashed),
        format!("{}\n", without_comments.trim_start())
    );
    assert!(Path::new(FIXTURE).join("slice.test.yaml").exists());
}
