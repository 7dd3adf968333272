//! The authoring commands as a user runs them, in English and French:
//! `rubric test` (failures, test-file diagnostics, coverage), `rubric doc`
//! and `rubric fmt`. Snapshots show the input, then what rubric printed.

use std::path::{Path, PathBuf};
use std::process::Output;

const LANGS: [&str; 2] = ["en", "fr"];

mod common;

use common::{stderr, stdout};

fn rubric(args: &[&str], dir: &Path) -> Output {
    common::run(args, Some(dir))
}

/// A temporary directory holding a copy of the shipped rules (without their
/// tests) in `competencies/`.
fn rules_dir() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("competencies");
    std::fs::create_dir(&dir).unwrap();
    for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/competencies")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|e| e == "rubric") {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    (tmp, dir)
}

/// `rubric test --lang LANG competencies/` on the shipped rules and one test
/// file; returns the exit code and a snapshot text: the test file, then stdout.
fn run_tests(test_file: &str, lang: &str) -> (Option<i32>, String) {
    let (tmp, dir) = rules_dir();
    std::fs::write(dir.join("t.test.yaml"), test_file).unwrap();
    let o = rubric(&["test", "--lang", lang, "competencies"], tmp.path());
    assert_eq!(stderr(&o), "", "nothing on stderr");
    (
        o.status.code(),
        format!("{test_file}\n-----\n{}", stdout(&o)),
    )
}

const FAILING: &str = r#"tests:
  - name: gold expected, silver reached
    as_of: 2017-07-01
    partner:
      id: contoso
      country: FR
      revenue:
        - {customer: c1, product: crm-online, kind: net-new, amount: "120000", currency: USD, date: 2017-03-02, dpor: true}
      individuals:
        - {id: alice, exams: [{exam: MB2-714, passed: 2016-05-01}, {exam: MB2-710, passed: 2016-06-12}]}
        - {id: bob, exams: [{exam: MB2-712, passed: 2017-01-20}]}
    expect: {cloud-crm/reseller: gold}
    unmet: {cloud-crm/reseller: [silver/revenue]}
  - name: names that do not exist
    as_of: 2017-07-01
    partner: {id: x, country: US, revenue: [], individuals: []}
    expect: {cloud-crm/reseler: none, cloud-crm/reseller: golden}
    unmet: {cloud-crm/reseller: [gold/revenu]}
  - name: no as-of date
    partner: {id: x, country: US, revenue: [], individuals: []}
    expect: {cloud-crm/reseller: none}
"#;

#[test]
fn a_failing_case_says_why_in_english_and_french() {
    for lang in LANGS {
        let (code, out) = run_tests(FAILING, lang);
        assert_eq!(code, Some(1), "{out}");
        insta::assert_snapshot!(format!("failing_case_{lang}"), out);
    }
    let (_, en) = run_tests(FAILING, "en");
    assert!(en.contains("expected gold, got silver — gold/revenue unmet (found USD 120,000 of USD 300,000 required)"), "{en}");
    assert!(en.contains("did you mean `cloud-crm/reseller`?"), "{en}");
    assert!(en.contains("did you mean `gold/revenue`?"), "{en}");
    assert!(en.contains("tests: 0 passed; 3 failed"), "{en}");
    let (_, fr) = run_tests(FAILING, "fr");
    assert!(fr.contains("gold attendu, silver obtenu"), "{fr}");
    assert!(fr.contains("tests : 0 réussi ; 3 échoués"), "{fr}");
}

#[test]
fn test_file_problems_are_located_diagnostics() {
    let files = [
        (
            "unknown_field",
            "tests:\n  - name: a\n    partner: p.json\n    expct: {cloud-crm/reseller: none}\n",
        ),
        (
            "missing_fields",
            "tests:\n  - name: a\n    as_of: 2017-07-01\n",
        ),
        (
            "bad_date",
            "tests:\n  - name: a\n    as_of: 2017-13-01\n    partner: p.json\n    expect: {}\n",
        ),
        (
            "wrong_type",
            "tests:\n  - name: a\n    partner: p.json\n    expect: [cloud-crm/reseller]\n",
        ),
        ("not_a_list", "tests: {name: a}\n"),
        ("syntax", "tests:\n  - name: a\n    partner: [p.json\n"),
    ];
    for (name, text) in files {
        for lang in LANGS {
            let (code, out) = run_tests(text, lang);
            assert_eq!(code, Some(1), "{out}");
            assert!(out.contains("rubric::test::"), "{out}");
            insta::assert_snapshot!(format!("test_file_{name}_{lang}"), out);
        }
    }
}

#[test]
fn doc_pages_word_every_shape_in_both_languages() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/authoring");
    for lang in LANGS {
        let o = rubric(&["doc", "--lang", lang, "rich.rubric"], Path::new(fixtures));
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        insta::assert_snapshot!(format!("doc_rich_{lang}"), stdout(&o));
    }
}

#[test]
fn the_language_flag_goes_before_or_after_the_command() {
    let tmp = tempfile::tempdir().unwrap();
    let before = rubric(&["--lang", "fr", "doc"], tmp.path());
    let after = rubric(&["doc", "--lang", "fr"], tmp.path());
    assert_eq!(before.status.code(), Some(0));
    assert_eq!(stdout(&before), stdout(&after));
    assert!(stdout(&before).contains("Votre organisation doit"));
}

#[test]
fn a_misspelt_competency_gets_a_suggestion() {
    let tmp = tempfile::tempdir().unwrap();
    let en = rubric(&["doc", "--competency", "clod-crm"], tmp.path());
    assert_eq!(en.status.code(), Some(2));
    assert_eq!(
        stderr(&en),
        "error: no competency `clod-crm` in the rules (did you mean `cloud-crm`?)\n"
    );
    let fr = rubric(
        &["doc", "--lang", "fr", "--competency", "clod-crm"],
        tmp.path(),
    );
    assert!(
        stderr(&fr).contains(
            "aucune compétence `clod-crm` dans les règles (vouliez-vous dire `cloud-crm` ?)"
        ),
        "{}",
        stderr(&fr)
    );
}

#[test]
fn fmt_says_what_it_would_reformat_in_both_languages() {
    let (tmp, dir) = rules_dir();
    let crm = dir.join("cloud-crm.rubric");
    let text = std::fs::read_to_string(&crm).unwrap();
    std::fs::write(&crm, text.replace("\n  option", "\n      option")).unwrap();
    let en = rubric(&["fmt", "--check", "competencies"], tmp.path());
    assert_eq!(en.status.code(), Some(1));
    assert!(
        stdout(&en).contains("+++ competencies/cloud-crm.rubric (formatted)"),
        "{}",
        stdout(&en)
    );
    assert_eq!(
        stderr(&en),
        "would reformat competencies/cloud-crm.rubric\n"
    );
    let fr = rubric(
        &["fmt", "--check", "--lang", "fr", "competencies"],
        tmp.path(),
    );
    assert!(stdout(&fr).contains("(mis en forme)"), "{}", stdout(&fr));
    assert_eq!(
        stderr(&fr),
        "competencies/cloud-crm.rubric serait mis en forme\n"
    );
    let o = rubric(&["fmt", "--lang", "fr", "competencies"], tmp.path());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stderr(&o), "competencies/cloud-crm.rubric mis en forme\n");
    assert_eq!(std::fs::read_to_string(&crm).unwrap(), text);
}
