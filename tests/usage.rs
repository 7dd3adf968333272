//! Consumption, counts of a usage metric and new customers (design §4.1,
//! §4.3, §4.4): hand-computed cases on both loader paths, then properties
//! against a naive oracle (permutations, renamed customers, split lines).

use chrono::NaiveDate;
use proptest::prelude::*;
use rubric::data::{self, Format, Partner};
use rubric::eval::{self, Options, Outcome, Record, RequirementOutcome};
use rubric::{Program, Sources};

const RULES: &str = include_str!("fixtures/usage/rules.rubric");

fn program() -> Program {
    let mut sources = Sources::new();
    sources.add("rules.rubric", RULES);
    let c = rubric::compile(&sources);
    assert!(!c.has_errors(), "{:?}", c.diagnostics);
    c.program.expect("compiles")
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2017, 7, 1).unwrap()
}

fn load(p: &Program, text: &str, format: Format) -> Partner {
    let catalog = data::Catalog::new(p);
    let loaded = data::load(&catalog, text, rubric::FileId(0), format).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.partner
}

/// Loads `text` on the fast path (JSON) and the slow path (the same text as
/// YAML flow style), checks they agree, and evaluates.
fn evaluate<'p>(p: &'p Program, text: &str) -> (Partner, Outcome<'p>) {
    let fast = load(p, text, Format::Json);
    assert_eq!(
        fast,
        load(p, text, Format::Yaml),
        "fast and slow paths disagree"
    );
    let outcome = eval::evaluate(p, &fast, Options::new(as_of())).expect("evaluates");
    (fast, outcome)
}

/// Found, required and met of the one requirement of `option`'s `tier`.
fn figures(o: &Outcome, option: &str, tier: &str) -> (String, String, bool) {
    let t = o.option("m", option).unwrap().tier(tier).unwrap();
    match &t.requirements[0] {
        RequirementOutcome::Consumption(r) => (r.found.to_string(), r.required.to_string(), r.met),
        RequirementOutcome::Count(q) | RequirementOutcome::NewCustomers(q) => {
            (q.found.to_string(), q.required.to_string(), q.met)
        }
        other => panic!("unexpected {other:?}"),
    }
}

fn partner(country: &str, revenue: &[&str], consumption: &[&str], usage: &[&str]) -> String {
    format!(
        r#"{{"id": "p", "country": "{country}", "revenue": [{}], "consumption": [{}], "usage": [{}]}}"#,
        revenue.join(", "),
        consumption.join(", "),
        usage.join(", ")
    )
}

fn line(customer: &str, product: &str, amount: &str, date: &str, assoc: &str) -> String {
    format!(
        r#"{{"customer": "{customer}", "product": "{product}", "kind": "net-new", "amount": "{amount}", "currency": "USD", "date": "{date}", "associations": [{assoc}]}}"#
    )
}

fn used(
    customer: &str,
    product: &str,
    metric: &str,
    n: u64,
    date: &str,
    paid: bool,
    assoc: &str,
) -> String {
    format!(
        r#"{{"customer": "{customer}", "product": "{product}", "metric": "{metric}", "quantity": {n}, "date": "{date}", "paid": {paid}, "associations": [{assoc}]}}"#
    )
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// A consumption line: a revenue line without its kind.
fn consumed(customer: &str, product: &str, amount: &str, date: &str, assoc: &str) -> String {
    line(customer, product, amount, date, assoc).replace(r#""kind": "net-new", "#, "")
}

#[test]
fn consumption_sums_associated_lines_in_the_window() {
    let p = program();
    let lines = [
        consumed("a", "cloud", "60", "2017-01-01", r#""dpor""#),
        consumed("b", "cloud", "30", "2017-02-01", r#""tpor""#),
        consumed("c", "cloud", "500", "2017-02-01", ""),
        consumed("d", "mail", "100", "2017-02-01", r#""dpor""#),
        consumed("e", "cloud", "20", "2016-06-01", r#""dpor""#),
    ];
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let (_, o) = evaluate(&p, &partner("FR", &[], &lines, &[]));
    assert_eq!(
        figures(&o, "consumption", "silver"),
        ("90".into(), "100".into(), false)
    );
    let gap = o.option("m", "consumption").unwrap().gap.as_ref().unwrap();
    assert_eq!(gap.consumption[0].shortfall.to_string(), "10");
    // A developing market asks for half: met.
    let (_, o) = evaluate(&p, &partner("IN", &[], &lines, &[]));
    assert_eq!(
        figures(&o, "consumption", "silver"),
        ("90".into(), "50".into(), true)
    );
}

#[test]
fn a_consumption_line_in_another_currency_is_an_error_naming_the_line() {
    let p = program();
    let eur = consumed("a", "cloud", "60", "2017-01-01", r#""dpor""#).replace("USD", "EUR");
    let catalog = data::Catalog::new(&p);
    let text = partner("FR", &[], &[&eur], &[]);
    let partner = data::load(&catalog, &text, rubric::FileId(0), Format::Json)
        .unwrap()
        .partner;
    let outcome = eval::evaluate(&p, &partner, Options::new(as_of())).unwrap();
    let errors = outcome.decided().unwrap_err();
    let text = rubric::i18n::text(rubric::Lang::En, "eval-currency-mismatch", &errors[0].args);
    assert!(
        text.starts_with("consumption line `consumption[0]`"),
        "{text}"
    );
}

#[test]
fn a_latest_metric_counts_the_latest_paid_record_of_each_customer_and_product() {
    let p = program();
    let t = r#""tpor""#;
    let mut usage = vec![
        // a/cloud: the latest of two, 60; a/mail: 30.
        used("a", "cloud", "users", 70, "2017-01-10", true, t),
        used("a", "cloud", "users", 60, "2017-05-10", true, t),
        used("a", "mail", "users", 30, "2017-02-01", true, t),
        // A trial never counts, even as the latest record.
        used("a", "cloud", "users", 500, "2017-06-01", false, t),
        // b/cloud: the latest record lacks the association: nothing (the
        // older associated one does not count instead).
        used("b", "cloud", "users", 40, "2017-03-01", true, t),
        used("b", "cloud", "users", 45, "2017-06-01", true, ""),
        // Another product, before the window, after the as-of date.
        used("c", "other", "users", 99, "2017-03-01", true, t),
        used("d", "cloud", "users", 77, "2016-06-01", true, t),
        used("e", "cloud", "users", 88, "2017-07-02", true, t),
    ];
    let text = |u: &[String]| {
        partner(
            "FR",
            &[],
            &[],
            &u.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    };
    let (_, o) = evaluate(&p, &text(&usage));
    assert_eq!(
        figures(&o, "users", "silver"),
        ("90".into(), "100".into(), false)
    );
    let gap = o.option("m", "users").unwrap().gap.as_ref().unwrap();
    assert_eq!(gap.quantities[0].shortfall, 10);
    usage.push(used("f", "mail", "users", 10, "2017-04-01", true, t));
    let (_, o) = evaluate(&p, &text(&usage));
    assert_eq!(
        figures(&o, "users", "silver"),
        ("100".into(), "100".into(), true)
    );
}

#[test]
fn a_summed_metric_counts_every_paid_record_in_the_window() {
    let p = program();
    let usage = [
        used("g", "cloud", "shipped", 5, "2016-08-01", true, ""),
        used("g", "cloud", "shipped", 5, "2017-01-01", true, ""),
        used("h", "cloud", "shipped", 2, "2017-06-30", true, ""),
        used("h", "cloud", "shipped", 3, "2017-06-30", false, ""),
        used("h", "cloud", "shipped", 10, "2016-06-30", true, ""),
    ];
    let usage: Vec<&str> = usage.iter().map(String::as_str).collect();
    let (_, o) = evaluate(&p, &partner("FR", &[], &[], &usage));
    assert_eq!(
        figures(&o, "shipped", "silver"),
        ("12".into(), "12".into(), true)
    );
    assert_eq!(
        figures(&o, "shipped", "gold"),
        ("12".into(), "48".into(), false)
    );
}

#[test]
fn new_customers_are_distinct_customers_first_seen_in_the_window() {
    let p = program();
    let (d, t) = (r#""dpor""#, r#""tpor""#);
    let revenue = [
        line("n1", "cloud", "10", "2017-01-01", d),
        line("old", "cloud", "10", "2016-03-01", d),
        line("noassoc", "cloud", "5", "2017-02-01", ""),
        line("otherprod", "other", "5", "2017-02-01", d),
    ];
    let consumption = [
        // n1 on a second line: one customer.
        consumed("n1", "cloud", "7", "2017-02-01", d),
        // A zero amount makes no customer.
        consumed("zero", "cloud", "0", "2017-02-01", d),
    ];
    let usage = [
        used("n2", "mail", "users", 5, "2017-03-01", true, t),
        used("old", "mail", "users", 5, "2017-03-01", true, t),
        // A trial makes no customer; a converted trial is new on its first paid record.
        used("trial", "cloud", "users", 5, "2017-03-01", false, t),
        used("conv", "cloud", "users", 5, "2016-05-01", false, ""),
        used("conv", "cloud", "users", 3, "2017-04-01", true, t),
    ];
    let text = partner("FR", &strs(&revenue), &strs(&consumption), &strs(&usage));
    let (partner, o) = evaluate(&p, &text);
    assert_eq!(
        figures(&o, "customers", "silver"),
        ("3".into(), "2".into(), true)
    );
    assert_eq!(
        figures(&o, "customers", "gold"),
        ("3".into(), "4".into(), false)
    );
    let tier = o.option("m", "customers").unwrap().tier("gold").unwrap();
    let RequirementOutcome::NewCustomers(q) = &tier.requirements[0] else {
        panic!()
    };
    let who = |r: &Record| match *r {
        Record::Revenue(i) => partner.revenue[i as usize].customer.to_string(),
        Record::Consumption(i) => partner.consumption[i as usize].customer.to_string(),
        Record::Usage(i) => partner.usage[i as usize].line.customer.to_string(),
        _ => unreachable!(),
    };
    let counted: Vec<String> = q.counted.iter().map(who).collect();
    assert_eq!(counted, ["n1", "n2", "conv"]);
    let existing: Vec<String> = q.existing.iter().map(who).collect();
    assert_eq!(existing, ["old"]);
}

// ------------------------------------------------------------ the oracle

/// A generated line or record: which list (0 revenue, 1 consumption, 2
/// usage), customer, product, day, amount or quantity, associations
/// (bit 0 `dpor`, bit 1 `tpor`), metric (`users` or `shipped`), paid.
#[derive(Clone, Debug)]
struct Rec {
    list: u8,
    customer: u8,
    product: u8,
    day: u32,
    n: u64,
    assoc: u8,
    summed: bool,
    paid: bool,
}

const CUSTOMERS: [&str; 4] = ["a", "b", "c", "d"];
const PRODUCTS: [&str; 3] = ["cloud", "mail", "other"];

fn date(day: u32) -> NaiveDate {
    // Two years before the as-of date to a month after it.
    NaiveDate::from_ymd_opt(2015, 7, 1).unwrap() + chrono::Days::new(u64::from(day))
}

fn rec() -> impl Strategy<Value = Rec> {
    (
        0u8..3,
        0u8..4,
        0u8..3,
        0u32..760,
        0u64..60,
        0u8..4,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(list, customer, product, day, n, assoc, summed, paid)| Rec {
                list,
                customer,
                product,
                day,
                n,
                assoc,
                summed,
                paid,
            },
        )
}

/// Records without two snapshots of `users` for one customer, product, day and `paid`.
fn records() -> impl Strategy<Value = Vec<Rec>> {
    prop::collection::vec(rec(), 0..24).prop_map(|mut v| {
        let mut seen = std::collections::HashSet::new();
        v.retain(|r| {
            r.list != 2 || r.summed || seen.insert((r.customer, r.product, r.day, r.paid))
        });
        v
    })
}

fn json(recs: &[Rec], names: &[String]) -> String {
    let assoc = |a: u8| {
        let mut v = Vec::new();
        if a & 1 != 0 {
            v.push(r#""dpor""#);
        }
        if a & 2 != 0 {
            v.push(r#""tpor""#);
        }
        v.join(", ")
    };
    let (mut revenue, mut consumption, mut usage) = (Vec::new(), Vec::new(), Vec::new());
    for r in recs {
        let (c, p, d) = (
            &names[r.customer as usize],
            PRODUCTS[r.product as usize],
            date(r.day).to_string(),
        );
        let n = r.n.to_string();
        match r.list {
            0 => revenue.push(line(c, p, &n, &d, &assoc(r.assoc))),
            1 => consumption.push(consumed(c, p, &n, &d, &assoc(r.assoc))),
            _ => {
                let metric = if r.summed { "shipped" } else { "users" };
                usage.push(used(c, p, metric, r.n, &d, r.paid, &assoc(r.assoc)));
            }
        }
    }
    partner("FR", &strs(&revenue), &strs(&consumption), &strs(&usage))
}

/// The formulas of design §4.1, §4.3 and §4.4, by nested loops: consumption,
/// users, devices shipped and new customers found.
fn oracle(recs: &[Rec]) -> [u64; 4] {
    let as_of = as_of();
    let start = as_of - chrono::Months::new(12);
    let in_w = |r: &Rec| start < date(r.day) && date(r.day) <= as_of;
    let consumption = (recs.iter())
        .filter(|r| r.list == 1 && r.product == 0 && in_w(r) && r.assoc != 0)
        .map(|r| r.n)
        .sum();
    let users_recs: Vec<&Rec> = (recs.iter())
        .filter(|r| r.list == 2 && !r.summed && r.paid && r.product < 2 && in_w(r))
        .collect();
    let mut users = 0;
    for r in &users_recs {
        let latest = users_recs
            .iter()
            .filter(|o| (o.customer, o.product) == (r.customer, r.product))
            .all(|o| o.day <= r.day);
        if latest && r.assoc & 2 != 0 {
            users += r.n;
        }
    }
    let shipped = (recs.iter())
        .filter(|r| r.list == 2 && r.summed && r.paid && r.product == 0 && in_w(r))
        .map(|r| r.n)
        .sum();
    let mut customers = 0;
    for c in 0..4u8 {
        let mine: Vec<&Rec> = (recs.iter())
            .filter(|r| r.customer == c && r.product < 2 && date(r.day) <= as_of && r.n > 0)
            .filter(|r| r.list != 2 || r.paid)
            .collect();
        let Some(first) = mine.iter().map(|r| r.day).min() else {
            continue;
        };
        if start < date(first) && mine.iter().any(|r| in_w(r) && r.assoc != 0) {
            customers += 1;
        }
    }
    [consumption, users, shipped, customers]
}

fn found(p: &Program, text: &str) -> [u64; 4] {
    let (_, o) = evaluate(p, text);
    let n = |option: &str| figures(&o, option, "silver").0.parse().unwrap();
    [n("consumption"), n("users"), n("shipped"), n("customers")]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn measures_match_the_oracle_in_any_order_and_under_any_names(
        recs in records(),
        order in any::<prop::sample::Index>(),
        split in any::<prop::sample::Index>(),
    ) {
        let p = program();
        let names: Vec<String> = CUSTOMERS.iter().map(|c| c.to_string()).collect();
        let expected = oracle(&recs);
        prop_assert_eq!(found(&p, &json(&recs, &names)), expected);
        // Any order of the lists.
        let mut shuffled = recs.clone();
        if !shuffled.is_empty() {
            let k = order.index(shuffled.len());
            shuffled.rotate_left(k);
            shuffled.reverse();
        }
        prop_assert_eq!(found(&p, &json(&shuffled, &names)), expected);
        // Customers renamed consistently.
        let renamed: Vec<String> = CUSTOMERS.iter().map(|c| format!("client-{c}-x")).rev().collect();
        let mut swapped = recs.clone();
        for r in &mut swapped {
            r.customer = 3 - r.customer;
        }
        prop_assert_eq!(found(&p, &json(&swapped, &renamed)), expected);
        // A money line split in two of the same customer, product, day and
        // associations (consumption only: counts of customers need n > 0).
        let lines: Vec<usize> = (0..recs.len()).filter(|&i| recs[i].list == 1 && recs[i].n > 1).collect();
        if !lines.is_empty() {
            let i = lines[split.index(lines.len())];
            let mut two = recs.clone();
            let half = two[i].n / 2;
            two[i].n -= half;
            let mut other = two[i].clone();
            other.n = half;
            two.push(other);
            prop_assert_eq!(found(&p, &json(&two, &names)), expected);
        }
    }
}

// ------------------------------------------------------------ the reports

/// The partner of the new-customers case with users and consumption besides:
/// every measure met or unmet somewhere.
fn report_partner() -> String {
    let (d, t) = (r#""dpor""#, r#""tpor""#);
    let revenue = [
        line("n1", "cloud", "10", "2017-01-01", d),
        line("old", "cloud", "10", "2016-03-01", d),
    ];
    let consumption = [consumed("n1", "cloud", "60", "2017-02-01", d)];
    let usage = [
        used("n2", "mail", "users", 90, "2017-03-01", true, t),
        used("old", "mail", "users", 5, "2017-03-01", true, t),
        used("n2", "cloud", "shipped", 12, "2017-05-01", true, ""),
    ];
    partner("FR", &strs(&revenue), &strs(&consumption), &strs(&usage))
}

#[test]
fn reports_show_records_customers_and_the_gap() {
    use rubric::diag::RenderOptions;
    use rubric::report::{self, Context};
    let p = program();
    let mut sources = Sources::new();
    sources.add("rules.rubric", RULES);
    let (partner, o) = evaluate(&p, &report_partner());
    let cx = Context::new(&p, &sources, &partner);
    let en = report::human(&cx, &o, RenderOptions::plain(rubric::Lang::En));
    let fr = report::human(&cx, &o, RenderOptions::plain(rubric::Lang::Fr));
    insta::assert_snapshot!("report_en", en);
    insta::assert_snapshot!("report_fr", fr);
    let json = report::eval_json(&cx, &o, true);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let customers = &value["competencies"][3]["tiers"][0]["requirements"][0];
    assert_eq!(customers["type"], "new-customers");
    assert_eq!(customers["found"], 2);
    assert_eq!(customers["existing"][0]["customer"], "old");
    insta::assert_snapshot!("report_json", json);
    let html = report::html::partner(&cx, &o, rubric::Lang::En);
    assert!(html.contains("new customers: 2 of 2 required"), "{html}");
    assert!(
        html.contains("consumption: USD 60 of USD 100 required"),
        "{html}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// `forecast` finds every change of tier that evaluating day by day
    /// finds: records entering and leaving windows, latest snapshots
    /// replaced, customers ceasing to be new.
    #[test]
    fn forecast_sees_records_enter_and_leave_windows(recs in records()) {
        let p = program();
        let names: Vec<String> = CUSTOMERS.iter().map(|c| c.to_string()).collect();
        let partner = load(&p, &json(&recs, &names), Format::Json);
        let as_of = NaiveDate::from_ymd_opt(2017, 3, 31).unwrap();
        let until = as_of + chrono::Months::new(12);
        let attained = |d: NaiveDate| -> Vec<Option<String>> {
            let o = eval::evaluate(&p, &partner, Options::new(d)).unwrap();
            o.options.iter().map(|o| o.attained.map(str::to_string)).collect()
        };
        let got: Vec<(NaiveDate, Option<String>, Option<String>)> =
            rubric::forecast::forecast(&p, &partner, as_of, until, None)
                .unwrap()
                .into_iter()
                .map(|c| (c.date, c.from.map(str::to_string), c.to.map(str::to_string)))
                .collect();
        let mut want = Vec::new();
        let (mut before, mut d) = (attained(as_of), as_of);
        while d < until {
            d = d.succ_opt().unwrap();
            let now = attained(d);
            for (old, new) in before.iter().zip(&now) {
                if old != new {
                    want.push((d, old.clone(), new.clone()));
                }
            }
            before = now;
        }
        prop_assert_eq!(got, want);
    }
}
