//! `either { … } or { … }` (design §2.9, §4.9), on the test-only rules of
//! `tests/fixtures/either/rules.rubric`. Every expectation below was worked
//! out by hand from those rules:
//!
//! - silver: set 1 is 2 people with 70-697 or 70-698; set 2 is 2 people
//!   with an assessment and USD 10,000 of net new Windows revenue;
//! - gold: `lead`, 1 person with 70-480, and either `exams` (3 people with
//!   70-697 or 70-698, distinct from `lead`, the default) or `assessed` (3
//!   people with an assessment, who `shares people with lead`).

use rubric::data::{self, Format};
use rubric::eval::{self, Options, Outcome, RequirementOutcome};
use rubric::ir::Program;
use rubric::{FileId, Sources};

mod common;

const RULES: &str = "tests/fixtures/either/rules.rubric";

fn program() -> Program {
    let mut s = Sources::new();
    s.add(RULES, std::fs::read_to_string(RULES).unwrap());
    let c = rubric::compile(&s);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    c.program.expect("compiles")
}

/// A person's JSON: exams and assessments passed on 2017-03-01.
fn person(id: &str, exams: &[&str], assessments: &[&str]) -> String {
    let e: Vec<String> = exams
        .iter()
        .map(|x| format!("{{\"exam\": \"{x}\", \"passed\": \"2017-03-01\"}}"))
        .collect();
    let a: Vec<String> = assessments
        .iter()
        .map(|x| format!("{{\"assessment\": \"{x}\", \"passed\": \"2017-03-01\"}}"))
        .collect();
    format!(
        "{{\"id\": \"{id}\", \"exams\": [{}], \"assessments\": [{}]}}",
        e.join(", "),
        a.join(", ")
    )
}

/// A partner with these people and net new Windows revenue `revenue` (USD).
fn partner(people: &[String], revenue: u32) -> String {
    let line = format!(
        "{{\"customer\": \"c1\", \"product\": \"windows\", \"kind\": \"net-new\", \
         \"amount\": \"{revenue}\", \"currency\": \"USD\", \"date\": \"2017-05-01\"}}"
    );
    let lines = if revenue > 0 { line } else { String::new() };
    format!(
        "{{\"id\": \"x\", \"country\": \"US\", \"revenue\": [{lines}], \"individuals\": [{}]}}",
        people.join(", ")
    )
}

fn evaluate<'p>(program: &'p Program, text: &str) -> Outcome<'p> {
    let catalog = data::Catalog::new(program);
    let partner = data::load(&catalog, text, FileId(0), Format::Json)
        .expect("loads")
        .partner;
    let as_of = "2017-10-15".parse().unwrap();
    eval::evaluate(program, &partner, Options::new(as_of)).expect("evaluates")
}

/// The `either` of tier `tier`: which branches hold, and the first that does.
fn branches(o: &Outcome, tier: &str) -> (Vec<bool>, Option<usize>) {
    let t = o.options[0].tier(tier).unwrap();
    match t.requirement("either") {
        Some(RequirementOutcome::Either(e)) => {
            (e.branches.iter().map(|b| b.met).collect(), e.chosen)
        }
        other => panic!("an either, not {other:?}"),
    }
}

#[test]
fn the_first_branch_alone() {
    let p = program();
    let people = [person("a", &["70-697"], &[]), person("b", &["70-698"], &[])];
    let o = evaluate(&p, &partner(&people, 0));
    assert_eq!(branches(&o, "silver"), (vec![true, false], Some(0)));
    assert_eq!(o.options[0].attained, Some("silver"));
}

#[test]
fn the_second_branch_alone() {
    let p = program();
    let people = [
        person("a", &[], &["ta-app-builders"]),
        person("b", &[], &["ta-deployment"]),
    ];
    let o = evaluate(&p, &partner(&people, 12_000));
    assert_eq!(branches(&o, "silver"), (vec![false, true], Some(1)));
    assert_eq!(o.options[0].attained, Some("silver"));
    // Branch requirements are found by their path.
    let silver = o.options[0].tier("silver").unwrap();
    assert!(silver.requirement("either/2/revenue").unwrap().met());
    assert!(!silver.requirement("either/1/individuals").unwrap().met());
}

#[test]
fn neither_branch_plans_the_cheapest() {
    let p = program();
    // Set 1 lacks one person (1 pass); set 2 lacks USD 5,000 (no pass):
    // one unmet requirement each, and set 2 needs fewer passes.
    let people = [
        person("a", &["70-697"], &["ta-app-builders"]),
        person("b", &[], &["ta-deployment"]),
    ];
    let o = evaluate(&p, &partner(&people, 5_000));
    assert_eq!(branches(&o, "silver"), (vec![false, false], None));
    assert_eq!(o.options[0].attained, None);
    let gap = o.options[0].gap.as_ref().unwrap();
    assert_eq!(gap.tier, "silver");
    assert_eq!(gap.branch, Some(1));
    assert_eq!(gap.revenue.len(), 1);
    assert_eq!(gap.revenue[0].requirement, "either/2/revenue");
    assert_eq!(gap.revenue[0].shortfall, 5_000.into());
    assert!(gap.individuals.is_empty(), "{:?}", gap.individuals);
}

#[test]
fn ties_go_to_the_first_branch_written() {
    let p = program();
    // Set 1 lacks one pass (b: 70-697); set 2 lacks one pass too (a: an
    // assessment) and the revenue: set 1 has fewer unmet requirements.
    let people = [
        person("a", &["70-697"], &[]),
        person("b", &[], &["ta-deployment"]),
    ];
    let o = evaluate(&p, &partner(&people, 0));
    let gap = o.options[0].gap.as_ref().unwrap();
    assert_eq!(gap.branch, Some(0));
    let passes: u32 = gap.individuals.iter().map(|i| i.exam_passes).sum();
    assert_eq!(passes, 1);
    assert!(gap.revenue.is_empty());
}

#[test]
fn both_branches_hold() {
    let p = program();
    let people = [
        person("a", &["70-697"], &["ta-app-builders"]),
        person("b", &["70-698"], &["ta-deployment"]),
    ];
    let o = evaluate(&p, &partner(&people, 10_000));
    assert_eq!(branches(&o, "silver"), (vec![true, true], Some(0)));
}

#[test]
fn people_shared_where_the_branch_allows_it() {
    let p = program();
    // Ana leads and is assessed: `assessed` shares people with `lead`.
    let people = [
        person("ana", &["70-480"], &["ta-app-builders"]),
        person("ben", &[], &["ta-deployment"]),
        person("cy", &[], &["ta-app-builders"]),
    ];
    let o = evaluate(&p, &partner(&people, 12_000));
    assert_eq!(branches(&o, "gold"), (vec![false, true], Some(1)));
    assert_eq!(o.options[0].attained, Some("gold"));
}

#[test]
fn people_distinct_where_the_branch_does_not_share() {
    let p = program();
    // `exams` alone has its 3 people (Ana, Ben, Cy), but with `lead` the
    // branch needs 4 different people: set 1 is unmet.
    let people = [
        person("ana", &["70-480", "70-697"], &[]),
        person("ben", &["70-697"], &[]),
        person("cy", &["70-698"], &[]),
    ];
    let o = evaluate(&p, &partner(&people, 12_000));
    assert_eq!(branches(&o, "gold"), (vec![false, false], None));
    assert_eq!(o.options[0].attained, Some("silver"));
    let gold = o.options[0].tier("gold").unwrap();
    assert!(gold.requirement("lead").unwrap().met(), "alone, lead holds");
    // The plan: set 1 needs one new person with one pass (Ana leads; Ben,
    // Cy and the new person pass the exams); set 2 needs 3 passes.
    let gap = o.options[0].gap.as_ref().unwrap();
    assert_eq!(gap.branch, Some(0));
    let passes: u32 = gap.individuals.iter().map(|i| i.exam_passes).sum();
    let new: usize = gap.individuals.iter().map(|i| i.new_people.len()).sum();
    assert_eq!((passes, new), (1, 1), "{:?}", gap.individuals);
}

#[test]
fn report_doc_and_json() {
    let people = [
        person("a", &["70-697"], &[]),
        person("b", &[], &["ta-deployment"]),
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.json");
    std::fs::write(&path, partner(&people, 0)).unwrap();
    let path = path.to_str().unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["eval", "--partner", path, "--as-of", "2017-10-15"];
        args.extend_from_slice(extra);
        args.extend(["--rules", RULES]);
        let out = common::run(&args, None);
        common::stdout(&out).replace(path, "p.json")
    };
    let en = run(&[]);
    assert!(
        en.contains("one of 2 sets of requirements: none holds"),
        "{en}"
    );
    assert!(en.contains("through set 1 of the alternatives"), "{en}");
    insta::assert_snapshot!("either_report_en", en);
    let fr = run(&["--lang", "fr"]);
    assert!(fr.contains("par l'ensemble 1 des alternatives"), "{fr}");
    insta::assert_snapshot!("either_report_fr", fr);
    let json: serde_json::Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    let silver = &json["competencies"][0]["tiers"][0]["requirements"][0];
    assert_eq!(silver["type"], "either");
    assert_eq!(
        silver["branches"][1]["requirements"][1]["id"],
        "either/2/revenue"
    );
    assert_eq!(json["competencies"][0]["gap"]["branch"], 1);
    let doc = common::stdout(&common::run(&["doc", RULES], None));
    assert!(doc.contains("one of the following 2 sets:"), "{doc}");
    assert!(doc.contains("**OR set 2**"), "{doc}");
    insta::assert_snapshot!("either_doc_en", doc);
    let fr = common::stdout(&common::run(&["doc", "--lang", "fr", RULES], None));
    assert!(fr.contains("**OU ensemble 2**"), "{fr}");
    insta::assert_snapshot!("either_doc_fr", fr);
}

#[test]
fn rule_tests_name_branch_requirements_and_cover_them() {
    let out = common::run(&["test", "tests/fixtures/either/"], None);
    let text = common::stdout(&out);
    assert!(out.status.success(), "{text}{}", common::stderr(&out));
    assert!(
        text.contains("every requirement was seen both met and unmet"),
        "{text}"
    );
    // A typo in a branch path is an error, with the names that exist.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RULES, dir.path().join("rules.rubric")).unwrap();
    let yaml = "tests:\n  - name: typo\n    as_of: 2017-10-15\n    partner: {id: e, country: US, revenue: [], individuals: []}\n    \
                expect: {windows-and-devices/service-partner: none}\n    \
                unmet: {windows-and-devices/service-partner: [silver/either/3/revenue]}\n";
    std::fs::write(dir.path().join("rules.test.yaml"), yaml).unwrap();
    let out = common::run(&["test", dir.path().to_str().unwrap()], None);
    let text = common::stdout(&out) + &common::stderr(&out);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("silver/either/3/revenue"), "{text}");
    assert!(text.contains("silver/either/2/revenue"), "{text}");
}

#[test]
fn forecast_sees_a_branch_lose_its_revenue() {
    // Silver holds by set 2 (two assessed people and USD 12,000 dated
    // 2017-01-10); the line leaves the 12-month window on 2018-01-10.
    let people = [
        person("ben", &[], &["ta-deployment"]),
        person("cy", &[], &["ta-deployment"]),
    ];
    let text = partner(&people, 12_000)
        .replace("2017-05-01", "2017-01-10")
        .replacen(
            "{\"id\": \"x\",",
            "{\"id\": \"x\", \"as_of\": \"2017-10-15\",",
            1,
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.json");
    std::fs::write(&path, text).unwrap();
    let out = common::run(
        &["forecast", path.to_str().unwrap(), "--rules", RULES],
        None,
    );
    let text = common::stdout(&out);
    assert!(out.status.success(), "{text}{}", common::stderr(&out));
    assert!(
        text.contains("2018-01-10 windows-and-devices/service-partner: silver → none"),
        "{text}"
    );
    assert!(
        text.contains("earn USD 10,000 more net new revenue in Windows 10"),
        "{text}"
    );
}

#[test]
fn doc_says_sharing_declared_on_the_tiers_side() {
    // `lead` names `assessed`, which every branch has (a tier's requirement
    // can only name a requirement of every branch): the doc says the
    // sharing under each branch's `assessed`.
    let rules = std::fs::read_to_string(RULES)
        .unwrap()
        .replace(
            "individuals lead 1 {",
            "individuals lead 1 shares people with assessed {",
        )
        .replace("individuals exams 3 {", "individuals assessed 3 {")
        .replace(
            "individuals assessed 3 shares people with lead {",
            "individuals assessed 3 {",
        );
    let mut s = Sources::new();
    s.add("r.rubric", rules.as_str());
    let c = rubric::compile(&s);
    let p = c.program.unwrap_or_else(|| panic!("{:?}", c.diagnostics));
    let page = rubric::competency_page(&p, &p.competencies[0], rubric::Lang::En);
    let gold = &page[page.find("### gold").unwrap()..];
    let said = "This can be completed by the same individuals as requirement 1.";
    assert_eq!(gold.matches(said).count(), 2, "{gold}");
}
