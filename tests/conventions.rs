//! Command-line conventions: SARIF from `check` (validated against the
//! official SARIF 2.1.0 schema), JUnit XML from `test` (read back by a JUnit
//! parser), shell completions and the manual page.

mod common;

use std::path::Path;

use common::{run, stderr, stdout};
use serde_json::Value;

/// Rules with an error (a misspelt exam, which also has a secondary label)
/// and a warning, in a directory of their own.
fn broken_rules(dir: &Path) {
    std::fs::write(
        dir.join("demo.rubric"),
        r#"exam MB2-707 "Exam"
product p "P"
kind k "K"
currency USD "US dollar"
market all "All" default
competency demo {
  option o {
    tier silver {
      revenue k in [p] at least USD 100
      individuals 1 { 1 x one of [MB2707] }
    }
    tier gold {
      revenue k in [p] at least USD 50
    }
  }
}
"#,
    )
    .unwrap();
}

#[test]
fn check_writes_sarif_that_the_official_schema_accepts() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif-schema-2.1.0.json"),
        )
        .unwrap(),
    )
    .unwrap();
    // The OASIS schema (as shipped in the serde-sarif crate) with one erratum
    // fixed: the pattern of the language tags of `run.language` and
    // `message.defaultLanguage` had a stray `]`
    // (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), which a strict check of
    // the schema itself refuses.
    let validator = jsonschema::validator_for(&schema).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    broken_rules(tmp.path());
    let o = run(
        &["check", "--format", "sarif", "demo.rubric"],
        Some(tmp.path()),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let log: Value = serde_json::from_slice(&o.stdout).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{log:#}");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let codes: Vec<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"rubric::resolve::unknown-credential"),
        "{codes:?}"
    );
    let unknown = results
        .iter()
        .find(|r| r["ruleId"] == "rubric::resolve::unknown-credential")
        .unwrap();
    assert_eq!(unknown["level"], "error");
    let region = &unknown["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 10);
    assert_eq!(
        unknown["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "demo.rubric"
    );
    // Every result names a rule of the driver by index.
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
    }
    // Clean rules: a valid log with no result.
    let o = run(&["check", "--format", "sarif"], None);
    assert_eq!(o.status.code(), Some(0));
    let log: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(validator.is_valid(&log));
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

#[test]
fn test_writes_junit_xml_that_a_junit_reader_reads() {
    let o = run(&["test", "--format", "junit"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let suites = junit_parser::from_reader(std::io::Cursor::new(o.stdout)).unwrap();
    // One suite per shipped test file, every case passing.
    let shipped = rubric::builtin_tests().len();
    assert_eq!(suites.suites.len(), shipped);
    let crm = suites
        .suites
        .iter()
        .find(|s| s.name == "competencies/cloud-crm.test.yaml")
        .unwrap();
    assert_eq!(crm.tests, 7);
    for suite in &suites.suites {
        assert_eq!(suite.failures, 0, "{}", suite.name);
        assert!(suite.cases.iter().all(|c| c.status.is_success()));
    }

    // A failing case and a coverage gap.
    let (_tmp, dir) = common::copy_competencies();
    // Without the shipped cases, some requirement is never seen both ways.
    std::fs::remove_file(dir.join("cloud-crm.test.yaml")).unwrap();
    std::fs::write(
        dir.join("wrong.test.yaml"),
        "tests:\n  - name: an empty partner is not gold\n    as_of: 2017-07-01\n    partner: { id: p, country: FR }\n    expect: { cloud-crm/reseller: gold }\n",
    )
    .unwrap();
    let o = run(&["test", "--format", "junit", "."], Some(&dir));
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let suites = junit_parser::from_reader(std::io::Cursor::new(o.stdout)).unwrap();
    let wrong = suites
        .suites
        .iter()
        .find(|s| s.name.ends_with("wrong.test.yaml"))
        .unwrap();
    assert_eq!((wrong.tests, wrong.failures), (1, 1));
    let case = &wrong.cases[0];
    // The reader prefixes the class name (the test file).
    assert!(
        case.name.ends_with("an empty partner is not gold"),
        "{}",
        case.name
    );
    assert!(case.status.is_failure());
    let coverage = suites
        .suites
        .iter()
        .find(|s| s.name == "rule coverage")
        .unwrap();
    assert!(coverage.skipped > 0);
    assert!(coverage.cases.iter().all(|c| c.status.is_skipped()));
}

#[test]
fn completions_and_the_manual_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = run(&["completions", shell], None);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        assert!(script.contains("rubric"), "{shell}");
        assert!(
            script.contains("eval"),
            "{shell}: subcommands are completed"
        );
    }
    let o = run(&["completions", "tcsh"], None);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["man"], None);
    assert_eq!(o.status.code(), Some(0));
    let page = stdout(&o);
    assert!(page.contains(".TH rubric 1"), "{page}");
    assert!(page.contains("completions"), "{page}");
}
