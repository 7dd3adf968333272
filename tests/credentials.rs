//! Person credentials of partner data v2 (`assessments`, `certifications`,
//! issue 8, design §3.2 and §4.5), and unknown fields: both loader paths,
//! every diagnostic as a snapshot, and what evaluation makes of them.

use chrono::NaiveDate;
use rubric::data::{load, Catalog, Format};
use rubric::diag::RenderOptions;
use rubric::eval;
use rubric::i18n::Lang;
use rubric::ir::Program;
use rubric::report::{self, Context};
use rubric::Sources;

mod common;

/// One credential of each kind, and a tier asking one person for the
/// certification or both the exam and the assessment.
const RULES: &str = r#"currency USD "US dollar"
kind net-new "Net new"
product crm-online "CRM Online"
market all "All" default countries [US, FR]
exam 70-347 "Enabling Office 365 Services" retired 2017-03-31
assessment ta-cloud "Technical assessment" course 13736
certification MCSA-Office-365 "MCSA: Office 365"

competency c {
  title "C"
  option o {
    title "O"
    tier silver {
      title "Silver"
      individuals 1 {
        each: all of [70-347, ta-cloud] or one of [MCSA-Office-365]
      }
    }
  }
}
"#;

fn rules() -> (Program, Sources) {
    let mut sources = Sources::new();
    sources.add("rules.rubric", RULES);
    let compiled = rubric::compile(&sources);
    (compiled.program.expect("the test rules compile"), sources)
}

fn program() -> Program {
    rules().0
}

/// The tier attained by the one option of [`RULES`] on `as_of`.
fn tier(data: &str, as_of: &str) -> Option<String> {
    let program = program();
    let partner = load_in("p.json", data, &program).1.unwrap().partner;
    let outcome = eval::evaluate(&program, &partner, eval::Options::new(day(as_of))).unwrap();
    outcome.options[0].attained.map(str::to_owned)
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn report_in(name: &str, text: &str, lang: Lang) -> String {
    common::load_report(name, text, &program(), lang)
}

use common::{load_codes as codes, load_in};

const CLEAN: &str = r#"{"id": "p", "country": "FR", "as_of": "2017-07-01", "format": 2,
  "individuals": [
    {"id": "ann", "exams": [{"exam": "70-347", "passed": "2017-01-10"}],
     "assessments": [{"assessment": "ta-cloud", "passed": "2017-02-10"}]},
    {"id": "bob", "certifications": [{"certification": "MCSA-Office-365", "earned": "2016-11-03", "expires": "2019-11-03"},
                                     {"certification": "MCSA-Office-365", "earned": "2016-11-03", "expires": null}],
     "assessments": null, "exams": []}
  ]}"#;

#[test]
fn the_three_lists_load_into_one_list_of_credentials() {
    let (_, result) = load_in("p.json", CLEAN, &program());
    let loaded = result.unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let p = &loaded.partner;
    let ids: Vec<&str> = (p.credentials_of(&p.individuals[0]).iter())
        .map(|x| x.exam_id.as_str())
        .collect();
    assert_eq!(ids, ["70-347", "ta-cloud"]);
    let bob = p.credentials_of(&p.individuals[1]);
    assert_eq!(bob.len(), 2);
    assert_eq!(
        bob[0].expires.map(|d| d.to_string()).as_deref(),
        Some("2019-11-03")
    );
    assert_eq!(bob[1].expires, None, "null is absent");
    assert!(bob.iter().all(|x| x.exam.is_some()));
    // The YAML of the same partner (the slow path) reads the same.
    let yaml = CLEAN.replace("\"format\": 2,", "");
    let (_, from_yaml) = load_in("p.yaml", &yaml, &program());
    assert_eq!(from_yaml.unwrap().partner, loaded.partner);
}

#[test]
fn a_credential_under_another_kind_counts_as_declared_with_a_warning() {
    let data = r#"{"id": "p", "country": "FR", "individuals": [
  {"id": "ann", "exams": [{"exam": "MCSA-Office-365", "passed": "2016-01-10"}]},
  {"id": "bob", "certifications": [{"certification": "ta-cloud", "earned": "2016-01-10"}]}
]}"#;
    let (_, result) = load_in("p.json", data, &program());
    let loaded = result.as_ref().unwrap();
    assert_eq!(codes(&result), ["rubric::data::wrong-credential-kind"; 2]);
    let p = &loaded.partner;
    assert!((p.individuals.iter()).all(|i| p.credentials_of(i)[0].exam.is_some()));
    insta::assert_snapshot!("wrong_credential_kind", report_in("p.json", data, Lang::En));
    insta::assert_snapshot!(
        "wrong_credential_kind_fr",
        report_in("p.json", data, Lang::Fr)
    );
}

#[test]
fn unknown_assessments_and_certifications_are_set_aside() {
    let data = "id: p
country: FR
individuals:
  - id: ann
    assessments: [{assessment: ta-clod, passed: 2016-01-10}]
    certifications: [{certification: MCSA-Linux, earned: 2016-01-10}]
";
    let (_, result) = load_in("p.yaml", data, &program());
    assert_eq!(
        codes(&result),
        [
            "rubric::data::unknown-assessment",
            "rubric::data::unknown-certification"
        ]
    );
    let p = result.unwrap().partner;
    assert!((p.credentials_of(&p.individuals[0]).iter()).all(|x| x.exam.is_none()));
    insta::assert_snapshot!("unknown_credentials", report_in("p.yaml", data, Lang::En));
}

#[test]
fn a_certification_that_expires_before_it_is_earned_is_an_error() {
    let data = r#"{"id": "p", "country": "FR", "individuals": [{"id": "ann", "certifications": [
  {"certification": "MCSA-Office-365", "earned": "2016-01-10", "expires": "2015-01-10"}]}]}"#;
    let (_, result) = load_in("p.json", data, &program());
    assert_eq!(codes(&result), ["rubric::data::expires-before-earned"]);
    assert!(result.is_err());
    insta::assert_snapshot!("expires_before_earned", report_in("p.json", data, Lang::En));
    insta::assert_snapshot!(
        "expires_before_earned_fr",
        report_in("p.json", data, Lang::Fr)
    );
}

#[test]
fn fields_of_another_list_are_unknown_fields() {
    // `expires` on an exam, `earned` on an assessment, `passed` on a certification.
    let data = r#"{"id": "p", "country": "FR", "individuals": [{"id": "ann",
  "exams": [{"exam": "70-347", "passed": "2016-01-10", "expires": null}],
  "assessments": [{"assessment": "ta-cloud", "passed": "2016-01-10", "earned": "2016-01-10"}],
  "certifications": [{"certification": "MCSA-Office-365", "passed": "2016-01-10"}]}]}"#;
    let (_, result) = load_in("p.json", data, &program());
    assert_eq!(
        codes(&result),
        [
            "rubric::data::unknown-field",
            "rubric::data::unknown-field",
            "rubric::data::missing-field",
            "rubric::data::unknown-field"
        ]
    );
    insta::assert_snapshot!(
        "fields_of_another_list",
        report_in("p.json", data, Lang::En)
    );
}

#[test]
fn a_misspelt_field_is_a_warning_with_the_field_it_likely_means() {
    let data = r#"{"id": "p", "country": "FR", "individuals": [
  {"id": "ann", "assesments": [{"assessment": "ta-cloud", "passed": "2016-01-10"}]},
  {"id": "bob", "assesments": []},
  {"id": "cat", "note": "hi"}],
 "revenue": [{"customer": "a", "product": "crm-online", "kind": "net-new", "amount": "1",
              "currency": "USD", "date": "2017-01-01", "dpr": true, "note": "a newer producer's field"}]}"#;
    let (_, result) = load_in("p.json", data, &program());
    // `note` on the line, unlike any field of a line, is a newer producer's: no word.
    assert_eq!(codes(&result), ["rubric::data::unknown-field"; 3]);
    let loaded = result.unwrap();
    // Set aside, as before: the misspelt list holds nothing.
    assert!(loaded.partner.credentials.is_empty());
    insta::assert_snapshot!("misspelt_field", report_in("p.json", data, Lang::En));
    insta::assert_snapshot!("misspelt_field_fr", report_in("p.json", data, Lang::Fr));
}

#[test]
fn a_certification_counts_from_the_day_it_is_earned_to_the_day_it_expires() {
    let data = r#"{"id": "p", "country": "FR", "individuals": [{"id": "ann", "certifications": [
  {"certification": "MCSA-Office-365", "earned": "2016-11-03", "expires": "2017-06-30"}]}]}"#;
    assert_eq!(tier(data, "2016-11-02"), None);
    assert_eq!(tier(data, "2016-11-03").as_deref(), Some("silver"));
    assert_eq!(tier(data, "2017-06-30").as_deref(), Some("silver"));
    assert_eq!(tier(data, "2017-07-01"), None, "expired the day before");
    // Without `expires`, it never expires.
    let open = data.replace(r#", "expires": "2017-06-30""#, "");
    assert_eq!(tier(&open, "2030-01-01").as_deref(), Some("silver"));
    // An assessment counts as an exam does: with the exam, the other branch.
    let both = r#"{"id": "p", "country": "FR", "individuals": [{"id": "ann",
  "exams": [{"exam": "70-347", "passed": "2017-01-10"}],
  "assessments": [{"assessment": "ta-cloud", "passed": "2017-02-10"}]}]}"#;
    assert_eq!(tier(both, "2017-02-10").as_deref(), Some("silver"));
    assert_eq!(tier(both, "2017-02-09"), None);
}

/// The text report of `data` on `as_of`, in `lang`.
fn eval_report(data: &str, as_of: &str, lang: Lang) -> String {
    let (program, sources) = rules();
    let partner = load_in("p.json", data, &program).1.unwrap().partner;
    let outcome = eval::evaluate(&program, &partner, eval::Options::new(day(as_of))).unwrap();
    let cx = Context::new(&program, &sources, &partner);
    report::human(&cx, &outcome, RenderOptions::plain(lang))
}

/// Issue 9: a pass after its credential's retirement, and an expired
/// certification, are listed with the reason they do not count.
#[test]
fn credentials_that_do_not_count_are_listed_with_their_reason() {
    let data = r#"{"id": "p", "country": "FR", "individuals": [
  {"id": "bob", "certifications": [{"certification": "MCSA-Office-365", "earned": "2014-01-10", "expires": "2017-01-10"}]},
  {"id": "ann", "exams": [{"exam": "70-347", "passed": "2017-04-02"}],
   "assessments": [{"assessment": "ta-cloud", "passed": "2017-02-10"}]}]}"#;
    let en = eval_report(data, "2017-07-01", Lang::En);
    assert!(
        en.contains("ann's exam 70-347, passed on 2017-04-02: after its retirement on 2017-03-31"),
        "{en}"
    );
    insta::assert_snapshot!("not_counted", format!("{data}\n-----\n{en}"));
    insta::assert_snapshot!("not_counted_fr", eval_report(data, "2017-07-01", Lang::Fr));
    // In the JSON report too, with the kind of each credential.
    let (program, sources) = rules();
    let partner = load_in("p.json", data, &program).1.unwrap().partner;
    let outcome =
        eval::evaluate(&program, &partner, eval::Options::new(day("2017-07-01"))).unwrap();
    let json = report::eval_json(&Context::new(&program, &sources, &partner), &outcome, false);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let listed = &v["competencies"][0]["tiers"][0]["requirements"][0]["not_counted"];
    assert_eq!(
        listed,
        &serde_json::json!([
            {"person": "ann", "credential": "70-347", "kind": "exam", "date": "2017-04-02",
             "reason": "retired", "on": "2017-03-31"},
            {"person": "bob", "credential": "MCSA-Office-365", "kind": "certification",
             "date": "2014-01-10", "reason": "expired", "on": "2017-01-10"}
        ])
    );
}

/// The shipped rule tests list each credential under its own kind: loading
/// their partners warns about nothing.
#[test]
fn the_shipped_rule_tests_list_credentials_under_their_kind() {
    let program = rubric::compile(&rubric::builtin_sources()).program.unwrap();
    let catalog = Catalog::new(&program);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/competencies");
    let mut partners = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.to_string_lossy().ends_with(".test.yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let doc: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).unwrap();
        for case in doc["tests"].as_sequence().unwrap() {
            let yaml = serde_yaml_ng::to_string(&case["partner"]).unwrap();
            let loaded = load(&catalog, &yaml, rubric::FileId(0), Format::Yaml).unwrap();
            // (Other warnings, such as an unknown association type, are cases of their own.)
            let credential = ["wrong-credential-kind", "unknown-field", "unknown-exam"];
            let codes: Vec<&str> = (loaded.warnings.iter().map(|d| d.code))
                .filter(|c| {
                    credential.iter().any(|k| c.ends_with(k))
                        || c.contains("assessment")
                        || c.contains("certification")
                })
                .collect();
            assert!(
                codes.is_empty(),
                "{}: {:?}: {codes:?}",
                path.display(),
                case["name"]
            );
            partners += 1;
        }
    }
    assert!(partners > 50, "{partners}");
}
