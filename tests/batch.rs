//! `rubric eval` on many partners: files, directories, JSON Lines, standard
//! input; records in input order, failures as error records, a summary, and
//! inputs that cannot be confused with rules.

mod common;

use std::path::Path;

use common::{run, stderr, stdout};
use serde_json::Value;

const PARTNERS: [&str; 4] = [
    "examples/partners/adatum.json",
    "examples/partners/contoso.json",
    "examples/partners/fabrikam-india.yaml",
    "examples/partners/northwind.json",
];

fn root() -> Option<&'static Path> {
    Some(Path::new(env!("CARGO_MANIFEST_DIR")))
}

/// The JSON report of one partner evaluated alone.
fn alone(path: &str) -> Value {
    let o = run(&["eval", "--format", "json", "--partner", path], root());
    serde_json::from_slice(&o.stdout).unwrap()
}

fn records(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `rubric ARGS` with `input` on standard input, in the crate root.
fn with_stdin(args: &[&str], input: &str) -> std::process::Output {
    common::run_with_stdin(args, root(), input)
}

#[test]
fn shell_globs_evaluate_every_file_as_when_alone() {
    let mut args = vec!["eval", "--format", "json"];
    args.extend(PARTNERS);
    let o = run(&args, root());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let got = records(&stdout(&o));
    let want: Vec<Value> = PARTNERS.iter().map(|p| alone(p)).collect();
    assert_eq!(got, want);
    let err = stderr(&o);
    assert!(err.contains("4 partners in "), "{err}");
    assert!(err.contains(": 4 evaluated, 0 failed"), "{err}");
    assert!(
        err.contains("cloud-crm/reseller: gold 1, silver 2, no tier 1"),
        "{err}"
    );
}

/// The Cloud CRM example partners, copied into a directory of their own.
pub fn crm_partners() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for p in PARTNERS {
        let from = root.join(p);
        std::fs::copy(&from, tmp.path().join(from.file_name().unwrap())).unwrap();
    }
    tmp
}

#[test]
fn a_directory_is_searched_in_name_order() {
    let dir = crm_partners();
    let o = run(&["eval", "--format", "json", "."], Some(dir.path()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ids: Vec<String> = records(&stdout(&o))
        .iter()
        .map(|r| r["partner"]["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["adatum", "contoso", "fabrikam-in", "northwind"]);
}

#[test]
fn json_lines_on_stdin_keep_going_past_a_bad_partner() {
    let adatum = alone("examples/partners/adatum.json");
    let northwind = alone("examples/partners/northwind.json");
    // The same partners, one per line (JSON Lines), a blank line and a bad one between.
    let line = |path: &str| {
        let text = std::fs::read_to_string(path).unwrap();
        serde_json::to_string(&serde_json::from_str::<Value>(&text).unwrap()).unwrap()
    };
    let input = format!(
        "{}\n\n{{\"id\": \"x\"}}\n{}\n",
        line("examples/partners/adatum.json"),
        line("examples/partners/northwind.json")
    );
    let o = with_stdin(&["eval", "--format", "json", "-"], &input);
    assert_eq!(o.status.code(), Some(1), "one partner failed");
    let got = records(&stdout(&o));
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], adatum);
    assert_eq!(got[2], northwind);
    // The failed partner's record says where it came from and why.
    assert_eq!(got[1]["source"], "<stdin>");
    assert_eq!(got[1]["line"], 3);
    assert_eq!(got[1]["errors"][0]["code"], "rubric::data::missing-field");
    // Numbered as in the stream: the partner is on line 3.
    assert_eq!(got[1]["errors"][0]["line"], 3);
    let err = stderr(&o);
    assert!(err.contains("3 partners in "), "{err}");
    assert!(err.contains("2 evaluated, 1 failed"), "{err}");
    assert!(err.contains("missing field"), "{err}");
}

#[test]
fn one_document_on_stdin_is_one_partner() {
    let yaml = std::fs::read_to_string("examples/partners/fabrikam-india.yaml").unwrap();
    let o = with_stdin(&["eval", "--format", "json", "-"], &yaml);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report, alone("examples/partners/fabrikam-india.yaml"));
    // One partner: no summary.
    assert!(!stderr(&o).contains("partners in"), "{}", stderr(&o));
}

#[test]
fn quiet_prints_errors_only() {
    // contoso.json has data warnings (unknown product and exam).
    let o = run(
        &[
            "eval",
            "-q",
            "examples/partners/contoso.json",
            "examples/partners/adatum.json",
        ],
        root(),
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stderr(&o), "");
    assert!(stdout(&o).contains("contoso"), "{}", stdout(&o));
}

#[test]
fn rules_and_partners_cannot_be_confused() {
    let o = run(
        &[
            "eval",
            "competencies/cloud-crm.rubric",
            "examples/partners/adatum.json",
        ],
        root(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "`competencies/cloud-crm.rubric` is a rules file: give rules with `--rules competencies/cloud-crm.rubric`"
        ),
        "{}",
        stderr(&o)
    );
    let o = run(
        &[
            "eval",
            "--rules",
            "competencies",
            "--format",
            "json",
            "examples/partners/adatum.json",
        ],
        root(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        serde_json::from_slice::<Value>(&o.stdout).unwrap(),
        alone("examples/partners/adatum.json")
    );
    let o = run(&["eval"], root());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no partner given"), "{}", stderr(&o));
}

#[test]
fn a_partial_as_of_date_is_refused_with_its_shape() {
    let o = run(
        &[
            "eval",
            "--as-of",
            "2018-06",
            "examples/partners/adatum.json",
        ],
        root(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`2018-06` is not a date: write it as YYYY-MM-DD, e.g. 2017-07-01"),
        "{}",
        stderr(&o)
    );
    let o = run(
        &[
            "eval",
            "--as-of",
            "2017-02-30",
            "examples/partners/adatum.json",
        ],
        root(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not a day of the calendar"),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_a_rules_directory_does_not_hang() {
    let (_tmp, d) = common::copy_competencies();
    std::os::unix::fs::symlink(".", d.join("self")).unwrap();
    std::os::unix::fs::symlink("../competencies", d.join("up")).unwrap();
    let o = run(&["check", d.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok: "), "{}", stdout(&o));
}

#[test]
fn diagnostics_are_shown_for_the_first_partners_then_counted() {
    // 30 partners, each with an unknown product: 20 shown, 10 counted.
    let line = r#"{"id":"p","country":"FR","as_of":"2017-07-01","revenue":[{"customer":"c","product":"office-365","kind":"net-new","amount":"1","currency":"USD","date":"2017-01-01"}]}"#;
    let input: String = (0..30).map(|_| format!("{line}\n")).collect();
    let o = with_stdin(&["eval", "--format", "json", "-"], &input);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert_eq!(
        err.matches("rubric::data::unknown-product").count(),
        20,
        "{err}"
    );
    assert!(
        err.contains("diagnostics of 10 more partners not shown"),
        "{err}"
    );
    assert_eq!(stdout(&o).lines().count(), 30);
}
