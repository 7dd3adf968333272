//! `rubric eval --format json --evidence none|summary|full`: evidence by
//! reference, so that the report grows with the partner's data once, not
//! once per requirement that reads it.

mod common;

use common::{run_with_stdin, stdout};
use serde_json::Value;

/// A Cloud CRM partner with `n` revenue lines of distinct customers.
fn partner(n: usize) -> String {
    let lines: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"customer":"customer-{i:05}","product":"crm-online","kind":"net-new","amount":"10","currency":"USD","date":"2017-03-01","dpor":{}}}"#,
                i % 2 == 0
            )
        })
        .collect();
    format!(
        r#"{{"id":"p","country":"FR","as_of":"2017-07-01","revenue":[{}]}}"#,
        lines.join(",")
    )
}

fn eval(input: &str, evidence: &str) -> (String, Value) {
    let args = [
        "eval",
        "-",
        "--competency",
        "cloud-crm",
        "--format",
        "json",
        "--evidence",
        evidence,
    ];
    let out = run_with_stdin(&args, None, input);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let text = stdout(&out);
    let json = serde_json::from_str(&text).expect("one JSON report");
    (text, json)
}

/// The revenue requirement of `tier` of the first option.
fn revenue(report: &Value, tier: usize) -> &Value {
    &report["competencies"][0]["tiers"][tier]["requirements"][0]
}

#[test]
fn full_lists_each_line_once_and_refers_to_it_by_index() {
    let (text, report) = eval(&partner(4), "full");
    let lines = report["revenue"].as_array().expect("the lines, at the top");
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[3]["line"], 3);
    assert_eq!(lines[3]["customer"], "customer-00003");
    // Silver and gold both read the four lines; each customer is written once.
    assert_eq!(text.matches("customer-00001").count(), 1);
    for tier in [0, 1] {
        let r = revenue(&report, tier);
        assert_eq!(r["counted"], serde_json::json!([0, 2]));
        assert_eq!(
            r["excluded"],
            serde_json::json!([{"line": 1, "reason": "not-dpor"}, {"line": 3, "reason": "not-dpor"}])
        );
        assert!(r.get("lines").is_none());
    }
}

#[test]
fn summary_counts_lines_and_none_gives_verdicts_only() {
    let (_, summary) = eval(&partner(4), "summary");
    assert!(summary.get("revenue").is_none());
    let r = revenue(&summary, 0);
    assert_eq!(r["lines"], serde_json::json!({"counted": 2, "excluded": 2}));
    assert!(r.get("counted").is_none() && r.get("excluded").is_none());
    assert_eq!(r["found"], "20");

    let (_, none) = eval(&partner(4), "none");
    assert!(none.get("revenue").is_none());
    let r = revenue(&none, 0);
    assert!(r.get("lines").is_none() && r.get("counted").is_none());
    assert_eq!(r["found"], "20");
    assert_eq!(r["met"], false);
}

#[test]
fn full_output_grows_linearly_with_the_lines() {
    // Twice the lines, about twice the text: the lines are not repeated per
    // tier (which only shows as a constant factor here) nor per line.
    let (small, _) = eval(&partner(1000), "full");
    let (large, _) = eval(&partner(2000), "full");
    let ratio = large.len() as f64 / small.len() as f64;
    assert!(
        (1.8..2.2).contains(&ratio),
        "{} -> {} bytes",
        small.len(),
        large.len()
    );
    // Per line: its record once, plus an index in each tier's lists.
    assert!(large.len() < 2000 * 400, "{} bytes", large.len());
}
