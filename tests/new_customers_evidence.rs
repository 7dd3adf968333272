//! The evidence of `new customers` (design §4.4) names, for each customer
//! counted, the record that carries the association the rule asks for: the
//! customer's first record may carry none, and is then not why it counts.

use rubric::data::{self, Format};
use rubric::eval::{self, Options, Record, RequirementOutcome};
use rubric::report::{self, Context};
use rubric::{Program, Sources};

const RULES: &str = include_str!("fixtures/usage/rules.rubric");

fn program() -> Program {
    let mut sources = Sources::new();
    sources.add("rules.rubric", RULES);
    let c = rubric::compile(&sources);
    assert!(!c.has_errors(), "{:?}", c.diagnostics);
    c.program.expect("compiles")
}

fn line(customer: &str, product: &str, date: &str, assoc: &str) -> String {
    format!(
        r#"{{"customer": "{customer}", "product": "{product}", "kind": "net-new", "amount": "10", "currency": "USD", "date": "{date}", "associations": [{assoc}]}}"#
    )
}

#[test]
fn the_record_carrying_the_association_is_the_evidence() {
    let p = program();
    // acme's first record (line 0) carries no association; its second
    // (line 1) is as Transacting Partner of Record. bolt has one DPOR line
    // (2); its consumption line (0) comes later and is not the first
    // associated one.
    let text = format!(
        r#"{{"id": "p", "country": "US", "revenue": [{}, {}, {}], "consumption": [{}]}}"#,
        line("acme", "cloud", "2017-01-10", ""),
        line("acme", "mail", "2017-03-01", r#""tpor""#),
        line("bolt", "cloud", "2017-02-01", r#""dpor""#),
        line("bolt", "cloud", "2017-04-01", r#""tpor""#),
    );
    let catalog = data::Catalog::new(&p);
    let partner = data::load(&catalog, &text, rubric::FileId(0), Format::Json)
        .expect("loads")
        .partner;
    let as_of = "2017-07-01".parse().unwrap();
    let o = eval::evaluate(&p, &partner, Options::new(as_of)).expect("evaluates");
    let silver = o.option("m", "customers").unwrap().tier("silver").unwrap();
    let RequirementOutcome::NewCustomers(q) = &silver.requirements[0] else {
        panic!("new customers")
    };
    assert!(q.met);
    assert_eq!(q.counted, [Record::Revenue(1), Record::Revenue(2)]);
    // The JSON evidence names the same records.
    let sources = Sources::new();
    let cx = Context::new(&p, &sources, &partner);
    let json = report::eval_report(&cx, &o);
    let v = serde_json::to_value(&json).unwrap();
    let option = (v["competencies"].as_array().unwrap().iter())
        .find(|c| c["option"] == "customers")
        .unwrap();
    let counted = &option["tiers"][0]["requirements"][0]["counted"];
    assert_eq!(counted[0]["list"], "revenue");
    assert_eq!(counted[0]["index"], 1);
    assert_eq!(counted[0]["date"], "2017-03-01");
    assert_eq!(counted[1]["index"], 2);
}
