//! Partner data: loading, exact values, and every diagnostic as a snapshot
//! showing the data and the rendered message.

use std::str::FromStr;

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;

use rubric::data::{load, load_bytes, text_of, Catalog, Format, Loaded, Partner};
use rubric::diag::{Diagnostic, Severity};
use rubric::i18n::Lang;
use rubric::ir::{CurrencyIdx, KindIdx, MarketIdx, Program};
use rubric::Sources;

mod common;
use common::{load_codes as codes, load_in, render_all};

const EXAMS: [&str; 7] = [
    "MB2-714", "MB2-713", "MB2-709", "MB2-710", "MB2-706", "MB2-712", "MB2-707",
];

/// The Cloud CRM catalogs, written in rubric: two products, `net-new`, USD,
/// two markets (`developed` the default unless `default` is empty), the seven
/// exams of the seed.
fn program_with(default: &str) -> Program {
    let exams: String = EXAMS
        .iter()
        .map(|id| format!("exam {id} \"{id}\"\n"))
        .collect();
    let rules = format!(
        "currency USD \"US dollar\"\n\
         kind net-new \"Net new\"\n\
         product crm-online \"crm-online\"\n\
         product d365-plan1 \"d365-plan1\"\n\
         market developed \"developed\" {default} countries [US, FR, GB, DE]\n\
         market developing \"developing\" countries [IN, BR, XK]\n\
         {exams}"
    );
    let mut sources = Sources::new();
    sources.add("rules.rubric", rules);
    let compiled = rubric::compile(&sources);
    compiled.program.expect("the test catalog compiles")
}

fn program() -> Program {
    program_with("default")
}

/// Like [`program`], without a default market.
fn program_without_default() -> Program {
    program_with("")
}

const EXAMPLE_JSON: &str = r#"{
  "id": "contoso",
  "name": "Contoso Ltd",
  "country": "FR",
  "as_of": "2017-07-01",
  "revenue": [
    {"customer": "fabrikam", "product": "crm-online", "kind": "net-new",
     "amount": "60000.00", "currency": "USD", "date": "2017-03-02", "dpor": true}
  ],
  "individuals": [
    {"id": "alice", "name": "Alice Martin",
     "exams": [{"exam": "MB2-714", "passed": "2016-05-01"}]}
  ]
}
"#;

const EXAMPLE_YAML: &str = "\
id: contoso
name: Contoso Ltd
country: FR
as_of: 2017-07-01
revenue:
  - customer: fabrikam
    product: crm-online
    kind: net-new
    amount: 60000.00
    currency: USD
    date: 2017-03-02
    dpor: true
individuals:
  - id: alice
    name: Alice Martin
    exams:
      - exam: MB2-714
        passed: 2016-05-01
";

fn date(s: &str) -> NaiveDate {
    NaiveDate::from_str(s).unwrap()
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// Checks that `p` is the partner of `EXAMPLE_JSON` / `EXAMPLE_YAML`, field by field.
fn assert_example(p: &Partner) {
    let program = program();
    assert_eq!(p.id.as_str(), "contoso");
    assert_eq!(p.name.as_ref().map(|n| n.as_str()), Some("Contoso Ltd"));
    assert_eq!(p.country.as_str(), "FR");
    assert_eq!(p.as_of, Some(date("2017-07-01")));
    assert_eq!(p.market, MarketIdx(0));
    let [l] = &p.revenue[..] else {
        panic!("one revenue line: {:?}", p.revenue)
    };
    assert_eq!(l.customer.as_str(), "fabrikam");
    assert_eq!(l.product, program.product("crm-online"));
    assert_eq!(l.product_id.as_str(), "crm-online");
    assert_eq!(l.kind, Some(KindIdx(0)));
    assert_eq!(l.kind_id.as_str(), "net-new");
    assert_eq!(l.amount, dec("60000.00"));
    assert_eq!(l.amount.scale(), 2, "the written scale is kept");
    assert_eq!(l.currency, Some(CurrencyIdx(0)));
    assert_eq!(l.currency_id.as_str(), "USD");
    assert_eq!(l.date, date("2017-03-02"));
    assert!(l.dpor);
    let [i] = &p.individuals[..] else {
        panic!("one individual: {:?}", p.individuals)
    };
    assert_eq!(i.id.as_str(), "alice");
    assert_eq!(i.name.as_ref().map(|n| n.as_str()), Some("Alice Martin"));
    let [e] = p.credentials_of(i) else {
        panic!("one exam pass: {:?}", p.credentials)
    };
    assert_eq!(e.exam, program.exam("MB2-714"));
    assert!(e.exam.is_some());
    assert_eq!(e.exam_id.as_str(), "MB2-714");
    assert_eq!(e.passed, date("2016-05-01"));
}

fn load_text(name: &str, text: &str, program: &Program) -> Result<Loaded, Vec<Diagnostic>> {
    load_in(name, text, program).1
}

/// Loads raw bytes the way the CLI does.
fn load_raw(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    program: &Program,
) -> (Sources, Result<Loaded, Vec<Diagnostic>>) {
    let mut sources = Sources::new();
    let file = sources.add(name, text_of(bytes).as_ref());
    let result = load_bytes(&Catalog::new(program), bytes, file, name, format);
    (sources, result)
}

/// The data, then what loading it reports.
fn report_in(name: &str, text: &str, program: &Program, lang: Lang) -> String {
    common::load_report(name, text, program, lang)
}

fn report_with(name: &str, text: &str, program: &Program) -> String {
    report_in(name, text, program, Lang::En)
}

fn report(name: &str, text: &str) -> String {
    report_with(name, text, &program())
}

/// Snapshots the report of one data file.
macro_rules! assert_report {
    ($snapshot:literal, $name:expr, $text:expr) => {
        insta::assert_snapshot!($snapshot, report($name, $text))
    };
    ($snapshot:literal, $name:expr, $text:expr, $program:expr) => {
        insta::assert_snapshot!($snapshot, report_with($name, $text, $program))
    };
    (fr $snapshot:literal, $name:expr, $text:expr) => {
        insta::assert_snapshot!($snapshot, report_in($name, $text, &program(), Lang::Fr))
    };
}

// ------------------------------------------------------------------ valid data

#[test]
fn the_example_loads() {
    let loaded = load_text("p.json", EXAMPLE_JSON, &program()).unwrap();
    assert!(loaded.warnings.is_empty());
    assert_example(&loaded.partner);
}

#[test]
fn the_yaml_example_loads_the_same_partner() {
    let loaded = load_text("p.yaml", EXAMPLE_YAML, &program()).unwrap();
    assert!(loaded.warnings.is_empty());
    assert_example(&loaded.partner);
    // The YAML amount is read as written, not through a float.
    assert_eq!(loaded.partner.revenue[0].amount.to_string(), "60000.00");
}

#[test]
fn yaml_in_flow_style_loads_too() {
    let flow = EXAMPLE_JSON.replace("\"id\": \"contoso\"", "id: contoso");
    let loaded = load_text("p.yml", &flow, &program()).unwrap();
    assert_example(&loaded.partner);
}

#[test]
fn amounts_are_exact() {
    let data = r#"{"id": "p", "country": "US", "revenue": [
        {"customer": "a", "product": "crm-online", "kind": "net-new", "amount": "0.1", "currency": "USD", "date": "2017-01-01"},
        {"customer": "b", "product": "crm-online", "kind": "net-new", "amount": "0.2", "currency": "USD", "date": "2017-01-01"},
        {"customer": "c", "product": "crm-online", "kind": "net-new", "amount": 60000.10, "currency": "USD", "date": "2017-01-01"},
        {"customer": "d", "product": "crm-online", "kind": "net-new", "amount": 12345678901234567890.123456789, "currency": "USD", "date": "2017-01-01"},
        {"customer": "e", "product": "crm-online", "kind": "net-new", "amount": 6e4, "currency": "USD", "date": "2017-01-01"},
        {"customer": "f", "product": "crm-online", "kind": "net-new", "amount": 250000, "currency": "USD", "date": "2017-01-01"}
    ]}"#;
    let partner = load_text("p.json", data, &program()).unwrap().partner;
    let amounts: Vec<Decimal> = partner.revenue.iter().map(|l| l.amount).collect();
    assert_eq!(amounts[0] + amounts[1], dec("0.3"));
    assert_eq!((amounts[0] + amounts[1]).to_string(), "0.3");
    assert_eq!(amounts[2].to_string(), "60000.10");
    assert_eq!(amounts[3].to_string(), "12345678901234567890.123456789");
    assert_eq!(amounts[4], dec("60000"));
    assert_eq!(amounts[5], dec("250000"));
}

#[test]
fn yaml_amounts_are_exact_too() {
    let data = "id: p\ncountry: US\nrevenue:\n\
      - {customer: a, product: crm-online, kind: net-new, amount: 0.1, currency: USD, date: 2017-01-01}\n\
      - {customer: b, product: crm-online, kind: net-new, amount: '0.2', currency: USD, date: 2017-01-01}\n\
      - {customer: c, product: crm-online, kind: net-new, amount: 12345678901234567890.123456789, currency: USD, date: 2017-01-01}\n";
    let partner = load_text("p.yaml", data, &program()).unwrap().partner;
    assert_eq!(
        partner.revenue[0].amount + partner.revenue[1].amount,
        dec("0.3")
    );
    assert_eq!(
        partner.revenue[2].amount.to_string(),
        "12345678901234567890.123456789"
    );
}

#[test]
fn defaults_and_forward_compatibility() {
    let data = r#"{"id": "p", "country": "in", "future": {"nested": [1, 2, {"x": null}]},
        "revenue": [{"customer": "a", "product": "d365-plan1", "kind": "net-new",
                     "amount": "1", "currency": "USD", "date": "2017-01-01", "note": "hi"},
                    {"customer": "b", "product": "d365-plan1", "kind": "net-new",
                     "amount": "1", "currency": "USD", "date": "2017-01-01", "dpor": null}],
        "individuals": [{"id": "bob"}, {"id": "carol", "name": null, "exams": null}]}"#;
    let loaded = load_text("p.json", data, &program()).unwrap();
    // Fields unlike any this version knows are set aside without a word
    // (a newer producer's); a likely misspelling warns (tests/credentials.rs).
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let partner = load_text("p.json", data, &program()).unwrap().partner;
    assert_eq!(partner.country, "IN", "lower case is upper-cased");
    assert_eq!(partner.market, MarketIdx(1));
    assert_eq!(partner.name, None);
    assert_eq!(partner.as_of, None);
    assert!(!partner.revenue[0].dpor, "dpor defaults to false");
    assert!(!partner.revenue[1].dpor, "null is absent");
    assert!(partner.credentials.is_empty());
}

#[test]
fn markets_come_from_the_rules() {
    let p = program();
    let market = |country: &str| {
        let data = format!(r#"{{"id": "p", "country": "{country}"}}"#);
        load_text("p.json", &data, &p).unwrap().partner.market
    };
    assert_eq!(market("BR"), MarketIdx(1));
    assert_eq!(market("US"), MarketIdx(0));
    assert_eq!(market("JP"), MarketIdx(0), "the default market");
    assert_eq!(
        market("XK"),
        MarketIdx(1),
        "a user-assigned code the rules list"
    );
    let catalog = Catalog::new(&p);
    let expected = [
        ("BR", Some(1)),
        ("br", Some(1)),
        ("JP", Some(0)),
        ("XK", Some(1)),
        ("ZZ", None),
        ("FRA", None),
        ("", None),
    ];
    for (code, market) in expected {
        assert_eq!(catalog.market_of(code), market.map(MarketIdx), "{code:?}");
    }
}

#[test]
fn formats() {
    assert_eq!(Format::from_path("a/b.JSON"), Some(Format::Json));
    assert_eq!(Format::from_path("p.yml"), Some(Format::Yaml));
    assert_eq!(Format::from_path("p.yaml"), Some(Format::Yaml));
    assert_eq!(Format::from_path("-"), None);
    assert_eq!(Format::from_path("p.txt"), None);
    assert_eq!(Format::sniff("  \n {\"id\": 1}"), Format::Json);
    assert_eq!(Format::sniff("\u{feff}{}"), Format::Json);
    assert_eq!(Format::sniff("id: x"), Format::Yaml);
    assert_eq!(Format::sniff("[1]"), Format::Yaml);
}

#[test]
fn load_bytes_sniffs_stdin() {
    let p = program();
    let json = load_raw("<stdin>", EXAMPLE_JSON.as_bytes(), None, &p)
        .1
        .unwrap();
    let yaml = load_raw("<stdin>", EXAMPLE_YAML.as_bytes(), None, &p)
        .1
        .unwrap();
    assert_eq!(json.partner, yaml.partner);
    let bom = format!("\u{feff}{EXAMPLE_JSON}");
    let loaded = load_raw("p.json", bom.as_bytes(), None, &p).1.unwrap();
    assert_example(&loaded.partner);
}

#[test]
fn many_partners_share_one_catalog() {
    let p = program();
    let catalog = Catalog::new(&p);
    let mut sources = Sources::new();
    for _ in 0..3 {
        let file = sources.add("p.json", EXAMPLE_JSON);
        let loaded = load(&catalog, EXAMPLE_JSON, file, Format::Json).unwrap();
        assert_example(&loaded.partner);
    }
}

// ------------------------------------------------------------- syntax errors

#[test]
fn json_missing_comma() {
    assert_report!(
        "json_missing_comma",
        "p.json",
        "{\n  \"id\": \"contoso\"\n  \"country\": \"FR\"\n}\n"
    );
}

#[test]
fn json_truncated() {
    assert_report!(
        "json_truncated",
        "p.json",
        "{\"id\": \"contoso\", \"revenue\": [\n"
    );
}

#[test]
fn json_trailing_characters() {
    assert_report!(
        "json_trailing_characters",
        "p.json",
        "{\"id\": \"contoso\", \"country\": \"FR\"} {}\n"
    );
}

#[test]
fn yaml_bad_indentation() {
    assert_report!(
        "yaml_bad_indentation",
        "p.yaml",
        "id: contoso\ncountry: FR\nrevenue:\n  - customer: a\n   product: crm-online\n"
    );
}

#[test]
fn yaml_two_documents() {
    assert_report!(
        "yaml_two_documents",
        "p.yaml",
        "id: a\ncountry: FR\n---\nid: b\ncountry: FR\n"
    );
}

#[test]
fn not_utf8() {
    let mut bytes = b"{\"id\": \"caf".to_vec();
    bytes.push(0xE9); // Latin-1 é
    bytes.extend_from_slice(b"\", \"country\": \"FR\"}\n");
    let (sources, result) = load_raw("p.json", &bytes, None, &program());
    insta::assert_snapshot!(
        "not_utf8",
        render_all(&result.unwrap_err(), &sources, Lang::En)
    );
}

#[test]
fn empty_file() {
    assert_report!("empty_file", "p.json", "  \n\n");
    let result = load_raw("p.yaml", b"", None, &program()).1;
    assert_eq!(codes(&result), ["rubric::data::empty"]);
}

// ------------------------------------------------------------ missing fields

#[test]
fn missing_fields() {
    assert_report!(
        "missing_fields",
        "p.json",
        r#"{
  "id": "contoso",
  "revenue": [
    {"customer": "fabrikam", "product": "crm-online", "kind": "net-new",
     "currency": "USD", "dpor": true}
  ],
  "individuals": [
    {"name": "Nobody"},
    {"id": "alice", "exams": [{"exam": "MB2-714"}, {}]}
  ]
}"#
    );
}

#[test]
fn missing_fields_yaml() {
    assert_report!(
        "missing_fields_yaml",
        "p.yaml",
        "id: contoso\nrevenue:\n  - customer: fabrikam\n    product: crm-online\n    kind: net-new\n    currency: USD\n    date: 2017-03-02\n"
    );
}

// ---------------------------------------------------------------- wrong types

#[test]
fn wrong_types() {
    assert_report!(
        "wrong_types",
        "p.json",
        r#"{
  "id": 42,
  "country": "FR",
  "revenue": [
    {"customer": "fabrikam", "product": "crm-online", "kind": "net-new",
     "amount": true, "currency": "USD", "date": 20170302, "dpor": "yes"},
    7
  ],
  "individuals": {"alice": ["MB2-714"]}
}"#
    );
}

#[test]
fn top_level_array() {
    assert_report!("top_level_array", "p.json", "[{\"id\": \"contoso\"}]\n");
}

#[test]
fn top_level_null_and_scalars() {
    assert_report!("top_level_null", "p.json", "null\n");
    for (name, text) in [
        ("p.json", "\"contoso\""),
        ("p.json", "42"),
        ("p.yaml", "just text"),
        ("p.yaml", "- a\n- b\n"),
        ("p.yaml", "# only a comment\n"),
    ] {
        assert_eq!(
            codes(&load_text(name, text, &program())),
            ["rubric::data::wrong-type"],
            "{text:?}"
        );
    }
}

#[test]
fn yaml_list_for_an_amount() {
    assert_report!(
        "yaml_list_for_an_amount",
        "p.yaml",
        "id: contoso\ncountry: XX\nrevenue:\n  - customer: fabrikam\n    product: crm-online\n    kind: net-new\n    amount: [60000]\n    currency: USD\n    date: 2017-03-02\n"
    );
}

#[test]
fn yaml_scalars_are_text() {
    let data = "id: 0042\ncountry: FR\nindividuals:\n  - id: 7\n    exams: [{exam: MB2-714, passed: 2016-05-01}]\n";
    let partner = load_text("p.yaml", data, &program()).unwrap().partner;
    assert_eq!(partner.id, "0042");
    assert_eq!(partner.individuals[0].id, "7");
}

// ------------------------------------------------------------------ countries

#[test]
fn unknown_country() {
    assert_report!(
        "unknown_country",
        "p.json",
        "{\"id\": \"contoso\", \"country\": \"XX\"}\n"
    );
}

#[test]
fn unknown_country_with_hint() {
    assert_report!("unknown_country_uk", "p.yaml", "id: contoso\ncountry: UK\n");
}

#[test]
fn country_in_no_market() {
    assert_report!(
        "no_market",
        "p.json",
        "{\"id\": \"contoso\", \"country\": \"jp\"}\n",
        &program_without_default()
    );
}

// ---------------------------------------------------------- dates and amounts

#[test]
fn bad_dates() {
    assert_report!(
        "bad_dates",
        "p.json",
        r#"{"id": "contoso", "country": "FR", "as_of": "July 1st, 2017",
 "revenue": [
  {"customer": "a", "product": "crm-online", "kind": "net-new", "amount": "1", "currency": "USD", "date": "2017-13-01"},
  {"customer": "b", "product": "crm-online", "kind": "net-new", "amount": "1", "currency": "USD", "date": "2017-02-30"}
 ]}"#
    );
}

#[test]
fn bad_amounts() {
    assert_report!(
        "bad_amounts",
        "p.json",
        r#"{"id": "contoso", "country": "FR", "revenue": [
  {"customer": "a", "product": "crm-online", "kind": "net-new", "amount": "10O000.00", "currency": "USD", "date": "2017-03-02"},
  {"customer": "b", "product": "crm-online", "kind": "net-new", "amount": "-5.00", "currency": "USD", "date": "2017-03-02"},
  {"customer": "c", "product": "crm-online", "kind": "net-new", "amount": -5, "currency": "USD", "date": "2017-03-02"},
  {"customer": "d", "product": "crm-online", "kind": "net-new", "amount": 1e400, "currency": "USD", "date": "2017-03-02"},
  {"customer": "e", "product": "crm-online", "kind": "net-new", "amount": "1234567890123456789012345678901234567890", "currency": "USD", "date": "2017-03-02"}
 ]}"#
    );
}

#[test]
fn bad_amounts_yaml() {
    assert_report!(
        "bad_amounts_yaml",
        "p.yaml",
        "id: contoso\ncountry: FR\nrevenue:\n  - {customer: a, product: crm-online, kind: net-new, amount: 1e400, currency: USD, date: 2017-03-02}\n  - {customer: b, product: crm-online, kind: net-new, amount: \"$60,000\", currency: USD, date: 2017-03-02}\n  - {customer: c, product: crm-online, kind: net-new, amount: -0.01, currency: USD, date: 2017-03-02}\n"
    );
}

// ------------------------------------------------------------------ duplicates

#[test]
fn duplicate_individuals() {
    assert_report!(
        "duplicate_individuals",
        "p.json",
        r#"{"id": "contoso", "country": "FR", "individuals": [
  {"id": "alice", "exams": [{"exam": "MB2-714", "passed": "2016-05-01"}]},
  {"id": "bob"},
  {"id": "alice", "exams": [{"exam": "MB2-712", "passed": "2016-06-01"}]}
]}"#
    );
}

#[test]
fn many_duplicate_individuals_are_each_reported_once() {
    let people: Vec<String> = (0..100)
        .map(|i| format!(r#"{{"id": "p{}"}}"#, i % 40))
        .collect();
    let data = format!(
        r#"{{"id": "c", "country": "FR", "individuals": [{}]}}"#,
        people.join(",")
    );
    // 100 listings of 40 ids: each id repeated is one error, counting its listings.
    let diags = load_text("p.json", &data, &program()).unwrap_err();
    assert_eq!(diags.len(), 40);
    let times = |n: i64| {
        let listed =
            |d: &&Diagnostic| matches!(d.args.get("n"), Some(rubric::i18n::Arg::Int(k)) if *k == n);
        diags.iter().filter(listed).count()
    };
    // p0…p19 are listed 3 times, p20…p39 twice.
    assert_eq!((times(3), times(2)), (20, 20));
}

#[test]
fn duplicate_field() {
    assert_report!(
        "duplicate_field",
        "p.json",
        "{\"id\": \"contoso\", \"country\": \"FR\", \"id\": \"fabrikam\"}\n"
    );
    assert_report!(
        "duplicate_field_yaml",
        "p.yaml",
        "id: contoso\ncountry: FR\nindividuals:\n  - id: alice\n    name: Alice\n    name: Alicia\n"
    );
}

#[test]
fn positions_found_by_walking_the_document() {
    // Nothing lent by serde here (empty objects, numbers, escaped strings):
    // the locator walks the text to the path.
    assert_report!(
        "walk_yaml",
        "p.yaml",
        "id: contoso\ncountry: FR\nrevenue:\n  - {}\nindividuals:\n  - id: alice\n    exams:\n      - 42\n      - exam: MB2-714\n        passed: \"2016-02-3\\u0030\"\n"
    );
    assert_report!(
        "walk_json",
        "p.json",
        "{\"id\": \"contoso\", \"coun\\u0074ry\": \"X\\u0058\",\n \"revenue\": [{}, 5],\n \"individuals\": [{\"id\": \"a\\u006c\"}, {\"id\": \"al\"}]}\n"
    );
}

/// The text each diagnostic's primary span and labels cover.
fn labelled(text: &str, diags: &[Diagnostic]) -> Vec<String> {
    diags
        .iter()
        .flat_map(|d| d.span.into_iter().chain(d.labels.iter().map(|l| l.span)))
        .map(|s| text[s.start as usize..s.end as usize].to_owned())
        .collect()
}

#[test]
fn positions_with_bom_and_crlf() {
    let p = program();
    let cases: [(&str, &str, &[&str]); 5] = [
        (
            "p.yaml",
            "\u{feff}id: c\r\ncountry: XX\r\nrevenue:\r\n  - {}\r\n",
            &["XX", "{"],
        ),
        (
            "p.json",
            "\u{feff}{\"id\": \"c\",\r\n \"country\": \"XX\",\r\n \"revenue\": [{}]}",
            &["\"XX\"", "{"],
        ),
        ("p.yaml", "\u{feff}id: c\r\ncountry: [XX]\r\n", &["["]),
        (
            "p.json",
            "\u{feff}{\"id\": \"c\",\r\n \"country\" \"XX\"}",
            &["\"XX\""],
        ),
        ("p.yaml", "\u{feff}id: c\r\ncountry: 'XX\r\n", &["'"]),
    ];
    for (name, text, expected) in cases {
        let (sources, result) = load_in(name, text, &p);
        let diags = result.unwrap_err();
        assert_eq!(labelled(text, &diags), expected, "{name} {text:?}");
        render_all(&diags, &sources, Lang::En);
    }
}

// ------------------------------------------------------------------- warnings

#[test]
fn unknown_ids_are_warnings() {
    assert_report!(
        "unknown_ids",
        "p.json",
        r#"{"id": "contoso", "country": "FR",
 "revenue": [
  {"customer": "a", "product": "crm-onlin", "kind": "net-new", "amount": "1", "currency": "USD", "date": "2017-03-02"},
  {"customer": "b", "product": "office-365", "kind": "renewal", "amount": "1", "currency": "EUR", "date": "2017-03-02"}
 ],
 "individuals": [{"id": "alice", "exams": [{"exam": "70-486", "passed": "2016-05-01"}, {"exam": "MB2-741", "passed": "2016-05-01"}]}]}"#
    );
    let loaded = load_text("p.json", r#"{"id": "c", "country": "FR", "revenue": [{"customer": "a", "product": "x", "kind": "net-new", "amount": "1", "currency": "EUR", "date": "2017-03-02"}]}"#, &program()).unwrap();
    let line = &loaded.partner.revenue[0];
    assert_eq!((line.product, line.currency), (None, None));
    assert_eq!(
        (line.product_id.as_str(), line.currency_id.as_str()),
        ("x", "EUR")
    );
    assert!(loaded
        .warnings
        .iter()
        .all(|d| d.severity == Severity::Warning));
}

#[test]
fn unknown_exam_yaml() {
    assert_report!(
        "unknown_exam_yaml",
        "p.yaml",
        "id: contoso\ncountry: FR\nindividuals:\n  - id: alice\n    exams:\n      - exam: \"AZ-900\"\n        passed: 2019-01-01\n"
    );
}

#[test]
fn every_error_is_reported() {
    let result = load_text(
        "p.json",
        r#"{"country": "ZZ", "revenue": [
  {"customer": "a", "product": "nope", "kind": "net-new", "amount": "-1", "currency": "USD", "date": "2017-02-29"},
  {"customer": "b", "product": "crm-online", "kind": "net-new", "amount": "x", "currency": "USD", "date": "2017-02-28", "dpor": 1}
 ], "individuals": [{"id": "a"}, {"id": "a"}]}"#,
        &program(),
    );
    let mut codes = codes(&result);
    codes.sort();
    assert_eq!(
        codes,
        [
            "rubric::data::bad-amount",
            "rubric::data::bad-date",
            "rubric::data::duplicate-individual",
            "rubric::data::missing-field",
            "rubric::data::unknown-country",
            "rubric::data::unknown-product",
            "rubric::data::wrong-type",
        ]
    );
}

// ------------------------------------------------------------------ bad input

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let p = program();
    let too_deep = &["rubric::data::too-deep"][..];
    let cases = [
        ("p.json", "[", "]", too_deep),
        ("p.json", "{\"a\":", "}", too_deep),
        ("p.yaml", "[", "]", too_deep),
        ("p.yaml", "{a: ", "}", too_deep),
        ("p.yaml", "- ", "", &["rubric::data::wrong-type"][..]),
    ];
    for (name, open, close, expected) in cases {
        let deep = format!("{}1{}", open.repeat(100_000), close.repeat(100_000));
        assert_eq!(
            codes(&load_text(name, &deep, &p)),
            expected,
            "{name} {open}"
        );
        // Unbalanced, too.
        let result = load_text(name, &open.repeat(100_000), &p);
        assert_eq!(result.unwrap_err().len(), 1, "{name} {open} unbalanced");
    }
    // Deep inside a field this version does not know: the fast path leaves
    // the partner to the validator (which warns about the field), and the
    // nesting is refused, in JSON as in YAML.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let json = format!(r#"{{"id": "c", "country": "FR", "future": {deep}}}"#);
    assert_eq!(
        codes(&load_text("p.json", &json, &p)),
        ["rubric::data::too-deep"]
    );
    let yaml = format!("id: c\ncountry: FR\nfuture: {deep}\n");
    assert_eq!(
        codes(&load_text("p.yaml", &yaml, &p)),
        ["rubric::data::too-deep"]
    );
    // Quotes and comments do not count.
    let quoted = format!(
        "id: c\ncountry: FR\nname: '{}' # {}\n",
        "[".repeat(1000),
        "{".repeat(1000)
    );
    assert!(load_text("p.yaml", &quoted, &p).is_ok());
}

#[test]
fn too_deep() {
    let deep = format!(
        "id: c\ncountry: FR\nx: {}{}\n",
        "[".repeat(130),
        "]".repeat(130)
    );
    assert_report!("too_deep_yaml", "p.yaml", &deep);
}

#[test]
fn huge_inputs_do_not_hang() {
    let p = program();
    let line = r#"{"customer": "a", "product": "crm-online", "kind": "net-new", "amount": "x", "currency": "USD", "date": "2017-01-01"}"#;
    let lines = vec![line; 20_000].join(",");
    let data = format!(r#"{{"id": "c", "country": "FR", "revenue": [{lines}]}}"#);
    let diags = load_text("p.json", &data, &p).unwrap_err();
    assert_eq!(diags.len(), 20_000);
    let empties = vec!["{}"; 5_000].join(",");
    let data = format!(r#"{{"id": "c", "country": "FR", "revenue": [{empties}]}}"#);
    let diags = load_text("p.json", &data, &p).unwrap_err();
    assert_eq!(diags.len(), 5_000);
    let yaml = format!("id: c\ncountry: FR\nrevenue:\n{}", "  - {}\n".repeat(5_000));
    let (sources, result) = load_in("p.yaml", &yaml, &p);
    let diags = result.unwrap_err();
    assert_eq!(diags.len(), 5_000);
    render_all(&diags[..100], &sources, Lang::En);
    render_all(&diags[diags.len() - 100..], &sources, Lang::En);
}

#[test]
fn yaml_alias_bombs_are_refused() {
    let mut bomb = String::from("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for i in 1..12 {
        let prev = (b'a' + i - 1) as char;
        let name = (b'a' + i) as char;
        bomb += &format!("{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n");
    }
    bomb += "id: c\ncountry: FR\n";
    let result = load_text("p.yaml", &bomb, &program());
    // Unknown fields are skipped without expanding them, or refused; never a hang.
    let _ = codes(&result);
}

fn assert_never_panics(name: &str, bytes: &[u8]) {
    let p = program();
    for format in [None, Some(Format::Json), Some(Format::Yaml)] {
        let (sources, result) = load_raw(name, bytes, format, &p);
        match result {
            Ok(loaded) => {
                render_all(&loaded.warnings, &sources, Lang::En);
                render_all(&loaded.warnings, &sources, Lang::Fr);
            }
            Err(diags) => {
                assert!(!diags.is_empty());
                assert!(diags.iter().any(Diagnostic::is_error));
                render_all(&diags, &sources, Lang::En);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        assert_never_panics("<stdin>", &bytes);
    }

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,200}") {
        assert_never_panics("<stdin>", s.as_bytes());
    }

    #[test]
    fn json_like_strings_never_panic(s in r#"[{}\[\]":, 0-9a-z\-.eE\n]{0,200}"#) {
        assert_never_panics("<stdin>", s.as_bytes());
    }

    #[test]
    fn edited_examples_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<char>(), 0u8..3), 1..6),
        yaml in any::<bool>(),
    ) {
        let mut text: Vec<char> = if yaml { EXAMPLE_YAML } else { EXAMPLE_JSON }.chars().collect();
        for (at, c, op) in edits {
            let i = at.index(text.len() + 1);
            match op {
                0 => text.insert(i, c),
                1 if i < text.len() => { text.remove(i); }
                _ if i < text.len() => text[i] = c,
                _ => {}
            }
        }
        let text: String = text.into_iter().collect();
        assert_never_panics(if yaml { "p.yaml" } else { "p.json" }, text.as_bytes());
    }
}

// --------------------------------------------------- grouped warnings, French

/// A partner with `lines` revenue lines of the product `office-365`, and two
/// lines of other unknown products.
fn many_unknown_products(lines: usize) -> String {
    let line = |customer: &str, product: &str| {
        format!(
            r#"{{"customer": "{customer}", "product": "{product}", "kind": "net-new", "amount": "1", "currency": "USD", "date": "2017-03-02"}}"#
        )
    };
    let mut all: Vec<String> = (0..lines)
        .map(|i| line(&format!("c{i}"), "office-365"))
        .collect();
    all.insert(1, line("x", "crm-onlin"));
    all.push(line("y", "azure"));
    format!(
        "{{\"id\": \"contoso\", \"country\": \"FR\", \"revenue\": [\n  {}\n]}}",
        all.join(",\n  ")
    )
}

#[test]
fn repeated_warnings_are_grouped() {
    let data = many_unknown_products(3);
    assert_report!("unknown_product_group", "p.json", &data);
    assert_report!(fr "unknown_product_group_fr", "p.json", &data);
    let loaded = load_text("p.json", &many_unknown_products(333), &program()).unwrap();
    assert_eq!(loaded.warnings.len(), 3, "one per id");
    assert_eq!(loaded.partner.revenue.len(), 335);
}

#[test]
fn warnings_stay_few_whatever_the_number_of_ids() {
    // 10,000 people on one line, each with an exam the rules do not know.
    let people: Vec<String> = (0..10_000)
        .map(|i| {
            format!(r#"{{"id": "p{i}", "exams": [{{"exam": "X-{i}", "passed": "2016-05-01"}}]}}"#)
        })
        .collect();
    let data = format!(
        r#"{{"id": "c", "country": "FR", "individuals": [{}]}}"#,
        people.join(", ")
    );
    let (sources, result) = load_in("p.json", &data, &program());
    let warnings = result.unwrap().warnings;
    assert_eq!(warnings.len(), 6, "five ids, then one for the rest");
    let out = render_all(&warnings, &sources, Lang::En);
    assert!(out.len() < 10_000, "{} bytes:\n{out}", out.len());
    assert!(
        out.contains("exam `X-5` and 9994 other exams are not in the rules — 9995 passes"),
        "{out}"
    );
}

#[test]
fn french_diagnostics() {
    assert_report!(fr "json_missing_comma_fr", "p.json", "{\n  \"id\": \"contoso\"\n  \"country\": \"FR\"\n}\n");
    assert_report!(
        fr "missing_fields_fr",
        "p.yaml",
        "id: contoso\nrevenue:\n  - customer: fabrikam\n    product: crm-online\n    kind: net-new\n    currency: USD\n"
    );
    assert_report!(
        fr "bad_amounts_fr",
        "p.yaml",
        "id: contoso\ncountry: FR\nrevenue:\n  - {customer: b, product: crm-online, kind: net-new, amount: \"$60,000\", currency: USD, date: 2017-02-30}\n  - {customer: c, product: crm-online, kind: net-new, amount: -0.01, currency: USD, date: 2017-03-02}\n"
    );
}

/// Issue 9: a duplicated item is reported once, counting its repeats (the
/// fuzzer's 30,000 copies of three people made 90,000 errors before).
#[test]
fn an_individual_listed_many_times_is_one_error_that_counts_them() {
    let people: Vec<String> = (0..3000)
        .map(|i| format!(r#"{{"id": "{}"}}"#, ["ann", "bob", "cy"][i % 3]))
        .collect();
    let text = format!(
        r#"{{"id": "p", "country": "US", "individuals": [{}]}}"#,
        people.join(", ")
    );
    let (sources, result) = load_in("p.json", &text, &program());
    let errors = result.expect_err("duplicates are errors");
    assert_eq!(
        codes(&Err(errors.clone())),
        ["rubric::data::duplicate-individual"; 3]
    );
    let shown = render_all(&errors, &sources, Lang::En);
    assert!(
        shown.contains("individual `ann` is listed 1000 times"),
        "{shown}"
    );
    let shown = render_all(&errors[..1], &sources, Lang::Fr);
    assert!(
        shown.contains("la personne `ann` est listée 1000 fois"),
        "{shown}"
    );
    let (sources, result) = load_in(
        "p.json",
        r#"{"id": "p", "country": "US", "individuals": [{"id": "a"}, {"id": "a"}]}"#,
        &program(),
    );
    let shown = render_all(&result.unwrap_err(), &sources, Lang::En);
    assert!(shown.contains("individual `a` is listed twice"), "{shown}");
}
