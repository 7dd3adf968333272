//! Who must hold what: per-person `or`, focus areas and several people
//! requirements, end to end through the binary on the test-only rules of
//! `tests/fixtures/people/rules.rubric` and the example partners under
//! `examples/partners/` (report in English, French and JSON; `rubric doc`).

mod common;

use common::{run, stdout};

const RULES: &str = "tests/fixtures/people/rules.rubric";

fn eval(partner: &str, extra: &[&str]) -> String {
    let path = format!("examples/partners/{partner}");
    let mut args = vec!["eval", "--partner", path.as_str()];
    args.extend_from_slice(extra);
    args.push(RULES);
    let out = run(&args, None);
    assert!(out.status.success(), "{}", common::stderr(&out));
    stdout(&out)
}

#[test]
fn the_rules_check_clean() {
    let out = run(&["check", RULES], None);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(common::stderr(&out).is_empty(), "{}", common::stderr(&out));
}

#[test]
fn per_person_or_report() {
    let en = eval("litware-or.json", &[]);
    // Ana by the exams, Ben by the certification: a team may mix branches.
    assert!(en.contains("attained: gold"), "{en}");
    insta::assert_snapshot!("or_en", en);
    insta::assert_snapshot!("or_fr", eval("litware-or.json", &["--lang", "fr"]));
    let json = eval("litware-or.json", &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let groups = &v["competencies"][0]["tiers"][0]["requirements"][0]["groups"];
    assert!(groups[0]["condition"]["or"].is_array(), "{groups}");
    insta::assert_snapshot!("or_json", json);
}

#[test]
fn doc_in_english_and_french() {
    let en = run(&["doc", RULES], None);
    assert!(en.status.success());
    let en = stdout(&en);
    assert!(
        en.contains("**OR** hold one of the following certifications:"),
        "{en}"
    );
    insta::assert_snapshot!("doc_en", en);
    let fr = stdout(&run(&["doc", "--lang", "fr", RULES], None));
    assert!(fr.contains("**OU** détenir"), "{fr}");
    insta::assert_snapshot!("doc_fr", fr);
}

#[test]
fn focus_areas_report() {
    let en = eval("tailspin-areas.json", &["--competency", "data-analytics"]);
    // Dana holds all of Business Intelligence; Eli holds one exam of it and
    // one of Advanced Analytics: two half areas do not make a whole one.
    assert!(en.contains("attained: silver   next: gold"), "{en}");
    assert!(en.contains("Eli Novak (eli): pass 70-768"), "{en}");
    insta::assert_snapshot!("areas_en", en);
    let fr = eval(
        "tailspin-areas.json",
        &["--competency", "data-analytics", "--lang", "fr"],
    );
    insta::assert_snapshot!("areas_fr", fr);
    let json = eval(
        "tailspin-areas.json",
        &["--competency", "data-analytics", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let cond = &v["competencies"][0]["tiers"][0]["requirements"][0]["groups"][0]["condition"];
    assert_eq!(cond["and"][0]["any-area"][2]["area"], "big-data", "{cond}");
}
