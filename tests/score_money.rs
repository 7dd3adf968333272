//! Money as a score metric (docs/language.md#money-metrics): revenue and
//! consumption sums against a threshold in a currency, with expectations
//! computed by hand — at, below and above the threshold, a line one day
//! outside the window, a line in another currency — through the library and
//! the CLI (text en and fr, JSON), `rubric doc` and `rubric fmt`.

mod common;

use chrono::NaiveDate;
use rubric::data::{self, Catalog, Format, Partner};
use rubric::eval::{self, Options, Outcome, RequirementOutcome, ScoreOutcome};
use rubric::{FileId, Program, Sources};

const CATALOG: &str = include_str!("../competencies/catalog.rubric");

/// 40 points at USD 50,000 of net-new revenue in CRM Online over 12 months
/// (DPOR only), 10 points at USD 1,000.50 of Azure consumption over 6
/// months; 30 of 50 to reach.
const RULES: &str = r#"
currency EUR "Euro"

competency money-test {
  title "Money test"
  summary "Money metrics."

  option scored {
    title "Scored"
    tier one {
      score 30 of 50 {
        40 points for revenue net-new in [crm-online] over 12 months with dpor at least USD 50_000
        10 points for consumption in [azure] over 6 months at least USD 1_000.50
      }
    }
  }
}
"#;

fn program() -> Program {
    let mut sources = Sources::new();
    sources.add("catalog.rubric", CATALOG);
    sources.add("money.rubric", RULES);
    let c = rubric::compile(&sources);
    assert!(!c.has_errors(), "{:?}", c.diagnostics);
    c.program.expect("compiles")
}

fn revenue(amount: &str, date: &str, currency: &str, dpor: bool) -> String {
    format!(
        r#"{{"customer": "c", "product": "crm-online", "kind": "net-new", "amount": "{amount}", "currency": "{currency}", "date": "{date}", "dpor": {dpor}}}"#
    )
}

fn consumption(amount: &str, date: &str) -> String {
    format!(
        r#"{{"customer": "c", "product": "azure", "amount": "{amount}", "currency": "USD", "date": "{date}"}}"#
    )
}

fn partner_json(revenue: &[String], consumption: &[String]) -> String {
    format!(
        r#"{{"id": "p", "country": "US", "as_of": "2022-10-31", "revenue": [{}], "consumption": [{}]}}"#,
        revenue.join(","),
        consumption.join(",")
    )
}

fn partner(p: &Program, text: &str) -> Partner {
    data::load(&Catalog::new(p), text, FileId(0), Format::Json)
        .expect("loads")
        .partner
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 10, 31).unwrap()
}

fn evaluate<'p>(p: &'p Program, text: &str) -> Outcome<'p> {
    eval::evaluate(p, &partner(p, text), Options::new(as_of())).expect("evaluates")
}

fn score<'a>(o: &'a Outcome) -> &'a ScoreOutcome<'a> {
    let tier = o
        .option("money-test", "scored")
        .unwrap()
        .tier("one")
        .unwrap();
    match tier.requirement("score").unwrap() {
        RequirementOutcome::Score(s) => s,
        other => panic!("{other:?}"),
    }
}

/// (points of the revenue metric, points of the consumption metric, met).
fn points(p: &Program, revenue: &[String], consumption: &[String]) -> (u64, u64, bool) {
    let o = evaluate(p, &partner_json(revenue, consumption));
    let s = score(&o);
    (s.metrics[0].points, s.metrics[1].points, s.met)
}

#[test]
fn at_below_and_above_the_threshold() {
    let p = program();
    let r = |a: &str| vec![revenue(a, "2022-06-01", "USD", true)];
    // At: USD 50,000 earns the full 40 points.
    assert_eq!(points(&p, &r("50000"), &[]), (4000, 0, true));
    // Above: capped at the weight.
    assert_eq!(points(&p, &r("80000.25"), &[]), (4000, 0, true));
    // Below: ⌊4000 · 37500.50 / 50000⌋ = ⌊3000.04⌋ = 3000, exactly the target.
    assert_eq!(points(&p, &r("37500.50"), &[]), (3000, 0, true));
    // ⌊4000 · 37499.99 / 50000⌋ = ⌊2999.9992⌋ = 2999: a hundredth short.
    assert_eq!(points(&p, &r("37499.99"), &[]), (2999, 0, false));
    // Consumption: ⌊1000 · 500.25 / 1000.50⌋ = 500 hundredths.
    let c = vec![consumption("500.25", "2022-10-31")];
    assert_eq!(points(&p, &r("37499.99"), &c), (2999, 500, true));
    // Two lines summed exactly: 0.1 + 0.2 of 1,000.50.
    let c = vec![
        consumption("0.1", "2022-10-01"),
        consumption("0.2", "2022-10-02"),
    ];
    // ⌊1000 · 0.3 / 1000.5⌋ = ⌊0.2998…⌋ = 0.
    assert_eq!(points(&p, &[], &c).1, 0);
    // Refunds that outweigh the sales earn nothing, and take nothing away.
    let c = vec![consumption("-700", "2022-10-01")];
    assert_eq!(points(&p, &r("50000"), &c), (4000, 0, true));
}

#[test]
fn a_line_one_day_outside_the_window_does_not_count() {
    let p = program();
    // Over 12 months ending 2022-10-31: 2021-10-31 < date ≤ 2022-10-31.
    let out = vec![revenue("50000", "2021-10-31", "USD", true)];
    let first = vec![revenue("50000", "2021-11-01", "USD", true)];
    let later = vec![revenue("50000", "2022-11-01", "USD", true)];
    assert_eq!(points(&p, &out, &[]), (0, 0, false));
    assert_eq!(points(&p, &first, &[]), (4000, 0, true));
    assert_eq!(points(&p, &later, &[]), (0, 0, false));
    // Consumption over 6 months: 2022-04-30 < date.
    let c = |d: &str| vec![consumption("1000.50", d)];
    assert_eq!(points(&p, &[], &c("2022-04-30")).1, 0);
    assert_eq!(points(&p, &[], &c("2022-05-01")).1, 1000);
    // `with dpor`: a line without it does not count.
    let no_dpor = vec![revenue("50000", "2022-06-01", "USD", false)];
    assert_eq!(points(&p, &no_dpor, &[]), (0, 0, false));
}

#[test]
fn a_line_in_another_currency_leaves_that_metric_undecided() {
    let p = program();
    let lines = vec![
        revenue("40000", "2022-06-01", "USD", true),
        revenue("10000", "2022-06-02", "EUR", true),
    ];
    let c = vec![consumption("1000.50", "2022-10-01")];
    let o = evaluate(&p, &partner_json(&lines, &c));
    let s = score(&o);
    let money = s.metrics[0].money.expect("a money metric");
    assert!(money.undecided);
    // The revenue metric finds nothing; consumption keeps its 10 points.
    assert_eq!((s.metrics[0].points, s.metrics[1].points), (0, 1000));
    assert!(!s.met);
    let codes: Vec<&str> = o.errors.iter().map(|d| d.code).collect();
    assert_eq!(codes, [eval::CURRENCY_MISMATCH]);
    // The error points at the metric's amount in the rules.
    let at = o.errors[0].span.expect("located");
    assert_eq!(&RULES[at.start as usize..at.end as usize], "USD 50_000");
}

#[test]
fn the_plan_adds_the_money_that_earns_the_missing_hundredth() {
    let p = program();
    let o = evaluate(
        &p,
        &partner_json(&[revenue("37499.99", "2022-06-01", "USD", true)], &[]),
    );
    let gap = o.option("money-test", "scored").unwrap().gap.as_ref();
    let plan = &gap.expect("a gap").scores[0];
    // The cheapest hundredth: revenue needs USD 0.01 (⌈0.01 · 40 / 50,000⌉
    // = 1 unit), consumption USD 1.01, the least amount in cents with
    // ⌊1000 · v / 1000.50⌋ ≥ 1 (⌈1 · 10 / 1000.50⌉ = 1 unit): a tie in cost
    // and in points, which the plan breaks for the later metric.
    assert_eq!((plan.cost, plan.points), (1, 3000));
    assert_eq!(plan.steps.len(), 1);
    let step = &plan.steps[0];
    assert!(std::ptr::eq(step.metric, &score(&o).rule.metrics[1]));
    let f = step.money.expect("a money step");
    assert_eq!(
        (f.amount(step.from.into()), f.amount(step.to.into())),
        ("0.00".parse().unwrap(), "1.01".parse().unwrap())
    );
    // Without the consumption metric's cheap hundredth (its line already at
    // the threshold), the plan adds the cent of revenue.
    let o = evaluate(
        &p,
        &partner_json(
            &[revenue("17499.99", "2022-06-01", "USD", true)],
            &[consumption("1000.50", "2022-10-01")],
        ),
    );
    // ⌊4000 · 17499.99 / 50000⌋ = 1399, + 1000 = 2399: 601 hundredths short,
    // reached at ⌈2000 · 50000 / 4000⌉ = USD 25,000 (⌈7500.01 · 40 / 50000⌉ = 7 units).
    let gap = o.option("money-test", "scored").unwrap().gap.as_ref();
    let plan = &gap.expect("a gap").scores[0];
    assert_eq!((plan.cost, plan.points), (7, 3000));
    let step = &plan.steps[0];
    let f = step.money.expect("a money step");
    assert_eq!(f.amount(step.to.into()), "25000.00".parse().unwrap());
}

/// The rules in a temporary directory: its guard and the rules' path.
fn rules_dir() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let rules = tmp.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(rules.join("catalog.rubric"), CATALOG).unwrap();
    std::fs::write(rules.join("money.rubric"), RULES).unwrap();
    (tmp, rules)
}

#[test]
fn doc_states_money_thresholds_in_both_languages() {
    let (_tmp, rules) = rules_dir();
    let rules = rules.to_str().unwrap();
    for (lang, words) in [
        (
            "en",
            [
                "**40 points** for net new revenue in CRM Online (associated as Digital Partner of Record only) in the last 12 months: full points at USD 50,000",
                "**10 points** for consumption of Microsoft Azure in the last 6 months: full points at USD 1,000.50",
            ],
        ),
        (
            "fr",
            [
                "**40 points** pour nouvelles recettes nettes sur CRM Online (associé en tant que Partenaire de référence numérique uniquement) sur les 12 derniers mois : tous les points à 50\u{202f}000\u{a0}USD",
                "**10 points** pour consommation de Microsoft Azure sur les 6 derniers mois : tous les points à 1\u{202f}000,50\u{a0}USD",
            ],
        ),
    ] {
        let args = ["doc", rules, "--competency", "money-test", "--lang", lang];
        let out = common::run(&args, None);
        assert!(out.status.success(), "{}", common::stderr(&out));
        let page = common::stdout(&out);
        for w in words {
            assert!(page.contains(w), "{lang}: {w} not in\n{page}");
        }
    }
}

/// The rules and a partner in a temporary directory, then `rubric eval`.
fn cli(revenue_lines: &[String], extra: &[&str]) -> String {
    let (tmp, rules) = rules_dir();
    let partner = tmp.path().join("p.json");
    std::fs::write(&partner, partner_json(revenue_lines, &[])).unwrap();
    let (rules, partner) = (rules.to_str().unwrap(), partner.to_str().unwrap());
    let mut args = vec!["eval", "--rules", rules, "--partner", partner];
    args.extend_from_slice(extra);
    let out = common::run(&args, None);
    assert!(out.status.success(), "{}", common::stderr(&out));
    common::stdout(&out)
}

#[test]
fn the_report_writes_money_as_amounts() {
    let lines = [revenue("37499.99", "2022-06-01", "USD", true)];
    let en = cli(&lines, &[]);
    assert!(
        en.contains("USD 37,499.99 of USD 50,000 → 29.99 of 40 points"),
        "{en}"
    );
    assert!(
        en.contains("consumption of Microsoft Azure: USD 1.01 more (USD 0 → USD 1.01), for 0.01 of 10 points"),
        "{en}"
    );
    let fr = cli(&lines, &["--lang", "fr"]);
    assert!(
        fr.contains("37\u{202f}499,99\u{a0}USD sur 50\u{202f}000\u{a0}USD"),
        "{fr}"
    );
    let json = cli(&lines, &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let metric = &v["competencies"][0]["tiers"][0]["requirements"][0]["metrics"][0];
    assert_eq!(metric["measure"], "revenue");
    assert_eq!(metric["money"]["found"], "37499.99");
    assert_eq!(metric["money"]["threshold"], "50000.00");
    assert_eq!(metric["money"]["currency"], "USD");
    assert_eq!(
        (metric["found"].as_i64(), metric["money"]["scale"].as_u64()),
        (Some(3749999), Some(2))
    );
}

#[test]
fn fmt_round_trips_money_metrics() {
    let fmt = |t: &str| {
        rubric::format_source(FileId(0), &rubric::SourceFile::new("m.rubric", t)).expect("formats")
    };
    let messy = RULES.replace("\n        10 points", "   10 points");
    let once = fmt(&messy);
    assert_eq!(fmt(&once), once, "fmt is a fixpoint");
    let revenue = "        40 points for revenue net-new in [crm-online] over 12 months with dpor at least USD 50_000\n";
    let consumption =
        "        10 points for consumption in [azure] over 6 months at least USD 1000.50\n";
    assert!(once.contains(&format!("{revenue}{consumption}")), "{once}");
    let compile = |t: &str| {
        let mut s = Sources::new();
        s.add("catalog.rubric", CATALOG);
        s.add("m.rubric", t);
        rubric::compile(&s).program.expect("compiles")
    };
    assert!(rubric::same_meaning(&compile(&messy), &compile(&once)));
}

/// The README's example: USD 35,000 of USD 50,000 counted (a line one day
/// before the window left out) is 28 of 40 points; the plan adds two
/// points' worth of Azure consumption.
#[test]
fn the_readme_example() {
    let args = [
        "eval",
        "--rules",
        "competencies/catalog.rubric",
        "--rules",
        "examples/money/money.rubric",
        "examples/money/partner.json",
    ];
    let out = common::run(&args, None);
    let text = common::stdout(&out);
    assert!(
        text.contains("USD 35,000 of USD 50,000 → 28 of 40 points"),
        "{text}"
    );
    assert!(
        text.contains("USD 200.10 more (USD 0 → USD 200.10), for 2 of 10 points"),
        "{text}"
    );
}
