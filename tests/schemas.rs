//! The JSON Schemas under `schemas/`: generated from the types that print the
//! JSON, checked in, and validated against real outputs (every eval fixture,
//! `rubric compile`, `rubric check --format json`, `rubric eval --format json`).
//!
//! Refresh the checked-in files with `RUBRIC_BLESS=1 cargo test --test schemas`.

use std::path::{Path, PathBuf};
use std::process::Command;

use rubric::data::{self, Format};
use rubric::eval::{self, Options};
use rubric::report::{self, Context};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The checked-in schema `name`, compiled.
fn validator(name: &str) -> jsonschema::Validator {
    let path = root().join("schemas").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name} is not a schema: {e}"))
}

/// Panics with every violation when `instance` does not match.
fn assert_valid(v: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(instance)
        .map(|e| format!("  at {}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match its schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn checked_in_schemas_are_current() {
    let bless = std::env::var_os("RUBRIC_BLESS").is_some_and(|v| v == "1");
    let dir = root().join("schemas");
    let mut stale = Vec::new();
    for (name, schema) in report::json_schemas() {
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = dir.join(name);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != text {
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, text).unwrap();
            } else {
                stale.push(name);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "schemas/ is out of date for {stale:?}: the JSON types changed. Refresh with \
         `RUBRIC_BLESS=1 cargo test --test schemas`, review the diff and commit it"
    );
}

mod common;

use common::rules;

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    out.sort();
    out
}

#[test]
fn every_eval_fixture_report_matches_the_schema() {
    let v = validator("eval-report.schema.json");
    let mut checked = 0;
    for path in files("tests/fixtures/eval", "json") {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let catalog = data::Catalog::new(&rules().program);
        let loaded = data::load(&catalog, &text, rubric::FileId(0), Format::Json)
            .unwrap_or_else(|_| panic!("{name} loads"));
        let opts = Options::new(loaded.partner.as_of.expect("fixtures have an as_of"));
        // A fixture expecting an evaluation error has no report to check.
        let Ok(outcome) = eval::evaluate(&rules().program, &loaded.partner, opts) else {
            continue;
        };
        let cx = Context::new(&rules().program, &rules().sources, &loaded.partner);
        let json: Value = serde_json::from_str(&report::eval_json(&cx, &outcome, true)).unwrap();
        assert_valid(&v, &json, &name);
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} fixtures evaluated");
}

/// The report is written without a second UTF-8 check (serde_json writes
/// only UTF-8): text in any script, escapes and control characters, negative
/// and long amounts come back as they were, in a report that matches the schema.
#[test]
fn a_report_of_text_in_any_script_is_valid_json_and_keeps_the_text() {
    let v = validator("eval-report.schema.json");
    // JSON escapes, as a producer may write them.
    let customer =
        r#"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u2014 \u6771\u4eac \ud83d\ude80 \"q\" \\ \t"#;
    let text = format!(
        r#"{{"id": "p-\u00e9", "name": "Zo\u00eb & \u0421\u0435\u0440\u0433\u0435\u0439", "country": "FR", "as_of": "2017-07-01",
            "revenue": [{{"customer": "{customer}", "product": "crm-online", "kind": "net-new",
              "amount": "-1234567890123456.7890123456", "currency": "USD", "date": "2017-03-02", "dpor": true}}],
            "individuals": [{{"id": "\u00e9lodie", "name": "\u00c9lodie \ud83d\ude00", "exams": [{{"exam": "MB2-714", "passed": "2016-05-01"}}]}}]}}"#
    );
    let catalog = data::Catalog::new(&rules().program);
    let loaded = data::load(&catalog, &text, rubric::FileId(0), Format::Json).unwrap();
    let opts = Options::new(loaded.partner.as_of.unwrap());
    let outcome = eval::evaluate(&rules().program, &loaded.partner, opts).unwrap();
    let cx = Context::new(&rules().program, &rules().sources, &loaded.partner);
    for pretty in [false, true] {
        let out = report::eval_json(&cx, &outcome, pretty);
        assert!(std::str::from_utf8(out.as_bytes()).is_ok());
        let json: Value = serde_json::from_str(&out).unwrap();
        assert_valid(&v, &json, "the report of non-ASCII text");
        let line = &json["revenue"][0];
        let written =
            "Soci\u{e9}t\u{e9} G\u{e9}n\u{e9}rale \u{2014} \u{6771}\u{4eac} \u{1f680} \"q\" \\ \t";
        assert_eq!(line["customer"], written);
        assert_eq!(line["amount"], "-1234567890123456.7890123456");
        assert_eq!(line["date"], "2017-03-02");
        assert_eq!(
            json["partner"]["name"],
            "Zo\u{eb} & \u{421}\u{435}\u{440}\u{433}\u{435}\u{439}"
        );
    }
}

#[test]
fn the_schema_rejects_a_report_of_another_shape() {
    let v = validator("eval-report.schema.json");
    let bad = serde_json::json!({"format": 2, "competencies": [{"competency": 3}]});
    assert!(!v.is_valid(&bad));
}

fn rubric_cli(args: &[&str]) -> (Option<i32>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_rubric"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("rubric runs");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

#[test]
fn eval_json_lines_match_the_schema() {
    let v = validator("eval-report.schema.json");
    let mut args = vec!["eval", "--format", "json"];
    let partners: Vec<String> = files("examples/partners", "json")
        .into_iter()
        .chain(files("examples/partners", "yaml"))
        .map(|p| p.display().to_string())
        .collect();
    for p in &partners {
        args.extend(["--partner", p.as_str()]);
    }
    let (code, out) = rubric_cli(&args);
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(out.lines().count(), partners.len());
    for line in out.lines() {
        assert_valid(&v, &serde_json::from_str(line).unwrap(), line);
    }
}

#[test]
fn eval_error_records_match_their_schema() {
    let v = validator("eval-error.schema.json");
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\": \"x\"}\n{\"id\": \"y\", \"country\": \"ZZ\"}\n",
    )
    .unwrap();
    let (code, out) = rubric_cli(&["eval", "--format", "json", bad.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(out.lines().count(), 2, "{out}");
    for line in out.lines() {
        let record: Value = serde_json::from_str(line).unwrap();
        assert!(
            record["errors"].as_array().is_some_and(|e| !e.is_empty()),
            "{line}"
        );
        assert_valid(&v, &record, line);
    }
}

#[test]
fn compile_output_matches_the_ir_schema() {
    let (code, out) = rubric_cli(&["compile"]);
    assert_eq!(code, Some(0));
    let ir: Value = serde_json::from_str(&out).unwrap();
    assert_valid(&validator("ir.schema.json"), &ir, "rubric compile");
}

#[test]
fn check_json_output_matches_the_diagnostics_schema() {
    let (code, out) = rubric_cli(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/check/unknown_credential.rubric",
    ]);
    assert_eq!(code, Some(1), "{out}");
    let records: Value = serde_json::from_str(&out).unwrap();
    assert!(records.as_array().is_some_and(|r| !r.is_empty()), "{out}");
    assert_valid(
        &validator("diagnostics.schema.json"),
        &records,
        "rubric check --format json",
    );
}

#[test]
fn diff_json_lines_match_their_schemas() {
    let (report, summary, error) = (
        validator("diff-report.schema.json"),
        validator("diff-summary.schema.json"),
        validator("eval-error.schema.json"),
    );
    let (code, out) = rubric_cli(&[
        "diff",
        "tests/fixtures/diff/old",
        "tests/fixtures/diff/new",
        "--partners",
        "tests/fixtures/diff/partners",
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(1), "a fixture partner fails: {out}");
    let records: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (last, partners) = records.split_last().expect("a summary record");
    assert_valid(&summary, last, "the diff summary");
    assert!(!report.is_valid(last), "a summary is not a partner record");
    let mut moved = 0;
    for r in partners {
        if r.get("errors").is_some() {
            assert_valid(&error, r, "a diff error record");
        } else {
            assert_valid(&report, r, "a diff partner record");
            moved += usize::from(r["moves"].as_array().is_some_and(|m| !m.is_empty()));
        }
    }
    assert_eq!(moved, 5, "{out}");
}
