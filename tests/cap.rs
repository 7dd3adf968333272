//! `--max-diagnostics`: diagnostics of one kind capped per file, with a count
//! of the rest, in text and JSON, for `check`, `eval`, `forecast` and `diff`.

mod common;

use common::{run, stderr, stdout};

/// A partner with `n` revenue lines, each with an impossible date.
fn bad_dates(n: usize) -> String {
    let line = r#"{"customer":"c","product":"crm-online","kind":"net-new","amount":"1","currency":"USD","date":"2017-02-30"}"#;
    let lines = vec![line; n].join(",\n");
    format!("{{\"id\":\"p\",\"country\":\"FR\",\"revenue\":[\n{lines}]}}\n")
}

#[test]
fn twenty_thousand_errors_of_one_kind_give_a_bounded_output() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("p.json"), bad_dates(20_000)).unwrap();
    let o = run(&["eval", "p.json"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.matches("rubric::data::bad-date\n").count(), 20, "{err}");
    assert!(
        err.contains("… and 19980 more `rubric::data::bad-date` errors"),
        "{}",
        &err[err.len().saturating_sub(2000)..]
    );
    assert!(err.len() < 20_000, "{} bytes of diagnostics", err.len());
    // All of them when asked.
    let o = run(
        &["eval", "--max-diagnostics", "0", "p.json"],
        Some(tmp.path()),
    );
    assert_eq!(
        stderr(&o).matches("rubric::data::bad-date\n").count(),
        20_000
    );
}

#[test]
fn forecast_caps_the_errors_of_its_partner() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("p.json"), bad_dates(500)).unwrap();
    for args in [
        &["forecast", "p.json"][..],
        &["forecast", "--at-risk", "p.json"],
    ] {
        let o = run(args, Some(tmp.path()));
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.matches("rubric::data::bad-date\n").count(), 20, "{err}");
        assert!(err.contains("… and 480 more `rubric::data::bad-date` errors"));
    }
    let o = run(
        &["forecast", "--max-diagnostics", "3", "p.json"],
        Some(tmp.path()),
    );
    assert_eq!(stderr(&o).matches("rubric::data::bad-date\n").count(), 3);
}

#[test]
fn the_cap_in_text_json_and_french() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("p.json"), bad_dates(3)).unwrap();
    std::fs::write(tmp.path().join("q.json"), bad_dates(1)).unwrap();
    let text = stderr(&run(
        &["eval", "--max-diagnostics", "1", "p.json"],
        Some(tmp.path()),
    ));
    let fr = stderr(&run(
        &["eval", "--lang", "fr", "--max-diagnostics", "1", "p.json"],
        Some(tmp.path()),
    ));
    insta::assert_snapshot!(format!("{text}── fr ──\n{fr}"));
    // In a batch, the error record says how many were left out.
    let o = run(
        &[
            "eval",
            "--format",
            "json",
            "--max-diagnostics",
            "1",
            "p.json",
            "q.json",
        ],
        Some(tmp.path()),
    );
    let record: serde_json::Value =
        serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    let errors = record["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2, "{record}");
    assert_eq!(errors[1]["code"], "rubric::cli::omitted");
    assert_eq!(errors[1]["severity"], "note");
    assert!(
        errors[1]["message"]
            .as_str()
            .unwrap()
            .contains("and 2 more `rubric::data::bad-date` errors"),
        "{record}"
    );
}

#[test]
fn check_caps_each_kind_of_each_rules_file() {
    let tmp = tempfile::tempdir().unwrap();
    let rules: String = (0..500).map(|_| "exam X-1 \"X\"\n").collect();
    std::fs::write(tmp.path().join("r.rubric"), rules).unwrap();
    let o = run(&["check", "r.rubric"], Some(tmp.path()));
    let err = stderr(&o);
    assert_eq!(
        err.matches("rubric::resolve::duplicate-definition\n")
            .count(),
        20,
        "{err}"
    );
    assert!(
        err.contains("… and 479 more `rubric::resolve::duplicate-definition` errors"),
        "{err}"
    );
    let o = run(&["check", "--format", "json", "r.rubric"], Some(tmp.path()));
    let records: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(records.len(), 21);
    assert_eq!(records[20]["code"], "rubric::cli::omitted");
}

/// `diff` caps a partner's errors as `eval` does: those that stop it loading,
/// and those that leave requirements undecided (a line in a currency the
/// rules do not use, one error per line), each placed at its line.
#[test]
fn diff_caps_the_errors_of_its_partners() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("dates.json"), bad_dates(500)).unwrap();
    let line = r#"{"customer":"c","product":"crm-online","kind":"net-new","amount":"1","currency":"EUR","date":"2017-03-01","dpor":true}"#;
    let lines = vec![line; 500].join(",\n");
    let eur = format!(
        "{{\"id\":\"p\",\"country\":\"FR\",\"as_of\":\"2017-07-01\",\"revenue\":[\n{lines}]}}\n"
    );
    std::fs::write(tmp.path().join("eur.json"), eur).unwrap();
    let rules = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("competencies");
    let rules = rules.to_str().unwrap();
    let diff = |partner: &str| {
        let args = [
            "diff",
            "--competency",
            "cloud-crm",
            rules,
            rules,
            "--partners",
            partner,
        ];
        stderr(&run(&args, Some(tmp.path())))
    };
    let err = diff("dates.json");
    assert_eq!(err.matches("rubric::data::bad-date\n").count(), 20, "{err}");
    assert!(
        err.contains("… and 480 more `rubric::data::bad-date` errors"),
        "{err}"
    );
    let err = diff("eur.json");
    let code = "rubric::eval::currency-mismatch\n";
    // Both versions find the same 20: each is shown once, at its line.
    assert_eq!(err.matches(code).count(), 20, "{err}");
    assert!(err.contains("eur.json:"), "{err}");
    assert!(
        err.contains("… and 480 more `rubric::eval::currency-mismatch` errors"),
        "{err}"
    );
}
