//! Partner data v2: consumption lines and usage records, and every problem
//! they can have, as snapshots showing the data and the rendered message.

use rubric::data::Loaded;
use rubric::diag::Diagnostic;
use rubric::i18n::Lang;
use rubric::ir::Program;
use rubric::Sources;

mod common;

/// A small catalog with a `latest` and a `summed` metric.
fn program() -> Program {
    let rules = "currency USD \"US dollar\"\n\
         market developed \"developed\" default countries [US, FR]\n\
         product cloud \"Cloud\"\n\
         association partner-x \"Partner X\"\n\
         metric users \"users\" latest\n\
         metric shipped \"devices shipped\" summed\n";
    let mut sources = Sources::new();
    sources.add("rules.rubric", rules);
    rubric::compile(&sources)
        .program
        .expect("the test catalog compiles")
}

fn load_in(name: &str, text: &str, lang: Lang) -> (String, Result<Loaded, Vec<Diagnostic>>) {
    let program = program();
    let report = common::load_report(name, text, &program, lang);
    (report, common::load_in(name, text, &program).1)
}

fn report(name: &str, text: &str, lang: Lang) -> String {
    load_in(name, text, lang).0
}

fn partner(usage: &str, consumption: &str) -> String {
    format!(
        "{{\"id\": \"p\", \"country\": \"FR\", \"as_of\": \"2017-07-01\",\n \"consumption\": [{consumption}],\n \"usage\": [\n{usage}\n]}}"
    )
}

const OK_RECORD: &str = r#"  {"customer": "a", "product": "cloud", "metric": "users", "quantity": 40, "date": "2017-06-30", "paid": true}"#;

#[test]
fn clean_records_load_on_both_paths_alike() {
    let text = partner(
        OK_RECORD,
        r#"{"customer": "a", "product": "cloud", "amount": "10.5", "currency": "USD", "date": "2017-05-31", "associations": ["partner-x"]}"#,
    );
    let (_, json) = load_in("p.json", &text, Lang::En);
    let (_, yaml) = load_in("p.yaml", &text, Lang::En);
    let (json, yaml) = (json.unwrap().partner, yaml.unwrap().partner);
    assert_eq!(json, yaml);
    assert_eq!(json.usage[0].quantity, 40);
    assert_eq!(json.consumption[0].amount.to_string(), "10.5");
}

#[test]
fn an_unknown_metric_is_a_warning_and_the_record_is_set_aside() {
    let text = partner(
        r#"  {"customer": "a", "product": "cloud", "metric": "user", "quantity": 40, "date": "2017-06-30", "paid": true}"#,
        "",
    );
    insta::assert_snapshot!("unknown_metric", report("p.json", &text, Lang::En));
    insta::assert_snapshot!("unknown_metric_fr", report("p.json", &text, Lang::Fr));
}

#[test]
fn quantities_are_whole_and_not_negative() {
    let text = partner(
        r#"  {"customer": "a", "product": "cloud", "metric": "users", "quantity": 12.5, "date": "2017-06-30", "paid": true},
  {"customer": "b", "product": "cloud", "metric": "users", "quantity": "-3", "date": "2017-06-30", "paid": true},
  {"customer": "c", "product": "cloud", "metric": "users", "quantity": "1200", "date": "2017-06-30", "paid": true}"#,
        "",
    );
    insta::assert_snapshot!("quantities", report("p.json", &text, Lang::En));
    insta::assert_snapshot!("quantities_fr", report("p.json", &text, Lang::Fr));
}

#[test]
fn paid_is_required_and_never_guessed() {
    let text = partner(
        r#"  {"customer": "a", "product": "cloud", "metric": "users", "quantity": 40, "date": "2017-06-30"},
  {"customer": "b", "product": "cloud", "metric": "users", "quantity": 40, "date": "2017-06-30", "paid": null},
  {"customer": "c", "product": "cloud", "metric": "users", "quantity": 40, "date": "2017-06-30", "paid": "yes"}"#,
        "",
    );
    insta::assert_snapshot!("paid", report("p.json", &text, Lang::En));
    insta::assert_snapshot!("paid_fr", report("p.json", &text, Lang::Fr));
}

#[test]
fn a_latest_metric_has_one_snapshot_per_day() {
    let again = r#"  {"customer": "a", "product": "cloud", "metric": "users", "quantity": 41, "date": "2017-06-30", "paid": true}"#;
    let text = partner(&format!("{OK_RECORD},\n{again}"), "");
    insta::assert_snapshot!("duplicate_snapshot", report("p.json", &text, Lang::En));
    insta::assert_snapshot!("duplicate_snapshot_fr", report("p.json", &text, Lang::Fr));
    // The same record twice counts once: a warning.
    let text = partner(&format!("{OK_RECORD},\n{OK_RECORD}"), "");
    insta::assert_snapshot!("identical_snapshot", report("p.json", &text, Lang::En));
    // A summed metric counts every record: no problem.
    let shipped = OK_RECORD.replace("users", "shipped");
    let text = partner(&format!("{shipped},\n{shipped}"), "");
    assert!(load_in("p.json", &text, Lang::En)
        .1
        .unwrap()
        .warnings
        .is_empty());
}

#[test]
fn consumption_lines_are_checked_as_revenue_lines() {
    let text = partner(
        "",
        r#"{"customer": "a", "product": "cloud", "amount": "-1", "date": "2017-05-31", "kind": "ignored"}"#,
    );
    insta::assert_snapshot!("consumption_line", report("p.yaml", &text, Lang::En));
    insta::assert_snapshot!("consumption_line_fr", report("p.yaml", &text, Lang::Fr));
}
