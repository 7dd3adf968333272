//! Association types, revenue over several kinds and partner statuses:
//! evaluation against the test-only rules of `tests/fixtures/measures/`, with
//! expectations computed by hand, on both loader paths and in any order.

use rubric::data::{self, Format, Partner};
use rubric::eval::{self, Options, Outcome, RequirementOutcome};
use rubric::{Program, Sources};

const CATALOG: &str = include_str!("../competencies/catalog.rubric");
const RULES: &str = include_str!("fixtures/measures/rules.rubric");

fn program() -> Program {
    let mut sources = Sources::new();
    sources.add("catalog.rubric", CATALOG);
    sources.add("rules.rubric", RULES);
    let c = rubric::compile(&sources);
    assert!(!c.has_errors(), "{:?}", c.diagnostics);
    c.program.expect("compiles")
}

/// A partner with `lines` (JSON objects) and `statuses`, as of 2017-07-01.
fn json(lines: &[&str], statuses: &str) -> String {
    format!(
        r#"{{"id": "p", "country": "FR", "as_of": "2017-07-01", "statuses": [{statuses}], "revenue": [{}]}}"#,
        lines.join(",")
    )
}

fn line(customer: &str, amount: u32, date: &str, extra: &str) -> String {
    format!(
        r#"{{"customer": "{customer}", "product": "crm-online", "amount": "{amount}", "currency": "USD", "date": "{date}"{extra}}}"#
    )
}

fn load(p: &Program, text: &str, format: Format) -> Result<Partner, Vec<rubric::Diagnostic>> {
    let catalog = data::Catalog::new(p);
    data::load(&catalog, text, rubric::FileId(0), format).map(|l| l.partner)
}

/// Loads `text` through the fast path and through the slow path (the same
/// JSON with a space before every `:` is still JSON, but the fast path reads
/// both; YAML flow style is the slow path), checks both agree, and evaluates.
fn evaluate<'p>(p: &'p Program, text: &str) -> Outcome<'p> {
    let fast = load(p, text, Format::Json).expect("loads");
    let slow = load(p, text, Format::Yaml).expect("loads as YAML");
    assert_eq!(fast, slow, "fast and slow paths disagree");
    let as_of = chrono::NaiveDate::from_ymd_opt(2017, 7, 1).unwrap();
    eval::evaluate(p, &fast, Options::new(as_of)).expect("evaluates")
}

fn found(o: &Outcome, option: &str, tier: &str, req: &str) -> String {
    let t = o
        .option("measures-test", option)
        .unwrap()
        .tier(tier)
        .unwrap();
    match t.requirement(req).unwrap() {
        RequirementOutcome::Revenue(r) => r.found.to_string(),
        RequirementOutcome::Status(s) => s.met.to_string(),
        _ => unreachable!(),
    }
}

fn attained<'p>(o: &Outcome<'p>, option: &str) -> Option<&'p str> {
    o.option("measures-test", option).unwrap().attained
}

#[test]
fn association_types_filter_lines() {
    let p = program();
    let lines = [
        // tpor only: counts for `one of [tpor, dpor]`, not for `with dpor`.
        line(
            "a",
            40,
            "2017-03-01",
            r#", "kind": "net-new", "associations": ["tpor"]"#,
        ),
        // v1 dpor flag: counts for both.
        line(
            "b",
            30,
            "2017-03-01",
            r#", "kind": "net-new", "dpor": true"#,
        ),
        // `dpor` listed: the same as the flag.
        line(
            "c",
            20,
            "2017-03-01",
            r#", "kind": "net-new", "associations": ["dpor"]"#,
        ),
        // delegated-admin only: counts for neither.
        line(
            "d",
            1000,
            "2017-03-01",
            r#", "kind": "net-new", "associations": ["delegated-admin"]"#,
        ),
        // no association: counts for neither.
        line("e", 1000, "2017-03-01", r#", "kind": "net-new""#),
        // tpor and dpor: counts once for each threshold.
        line(
            "f",
            10,
            "2017-03-01",
            r#", "kind": "net-new", "associations": ["tpor", "dpor"]"#,
        ),
    ];
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let o = evaluate(&p, &json(&refs, ""));
    // silver: 40 + 30 + 20 + 10 = 100, exactly the amount (met).
    assert_eq!(found(&o, "assoc", "silver", "revenue"), "100");
    // gold: dpor only: 30 + 20 + 10 = 60 < 100.
    assert_eq!(found(&o, "assoc", "gold", "revenue"), "60");
    assert_eq!(attained(&o, "assoc"), Some("silver"));
}

#[test]
fn several_kinds_and_any_kind() {
    let p = program();
    let lines = [
        // both kinds, in the 6-month window (after 2017-01-01).
        line(
            "a",
            150,
            "2017-03-01",
            r#", "kinds": ["net-new", "gross-license"]"#,
        ),
        // gross-license only, outside 6 months but inside 12.
        line("b", 100, "2016-12-01", r#", "kinds": ["gross-license"]"#),
        // `kind` and `kinds` together: the union (net-new, gross-license).
        line(
            "c",
            60,
            "2017-01-02",
            r#", "kind": "net-new", "kinds": ["gross-license"]"#,
        ),
        // exactly 6 months back: the window's open end, so not in `over 6 months`.
        line("d", 500, "2017-01-01", r#", "kind": "net-new""#),
    ];
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let o = evaluate(&p, &json(&refs, ""));
    // any kind, 12 months: 150 + 100 + 60 + 500 = 810.
    assert_eq!(found(&o, "kinds", "silver", "revenue"), "810");
    // gross-license: 150 + 100 + 60 = 310 (a line counts toward both thresholds).
    assert_eq!(found(&o, "kinds", "silver", "revenue-2"), "310");
    // [net-new, gross-license] over 6 months: 150 + 60 = 210 (d is on the open end).
    assert_eq!(found(&o, "kinds", "gold", "revenue"), "210");
    assert_eq!(attained(&o, "kinds"), Some("silver"));
}

#[test]
fn statuses_hold_between_their_bounds() {
    let p = program();
    let cases = [
        (r#""surface-hub-adr""#, true),
        (
            r#"{"status": "surface-hub-adr", "from": "2017-07-01"}"#,
            true,
        ),
        (
            r#"{"status": "surface-hub-adr", "from": "2017-07-02"}"#,
            false,
        ),
        (
            r#"{"status": "surface-hub-adr", "until": "2017-07-01"}"#,
            true,
        ),
        (
            r#"{"status": "surface-hub-adr", "until": "2017-06-30"}"#,
            false,
        ),
        (
            r#"{"status": "surface-hub-adr", "from": "2016-01-01", "until": "2016-12-31"}, "surface-hub-adr""#,
            true,
        ),
        ("", false),
    ];
    for (statuses, held) in cases {
        let o = evaluate(&p, &json(&[], statuses));
        assert_eq!(
            found(&o, "status", "silver", "status"),
            held.to_string(),
            "{statuses}"
        );
        let gap = o.option("measures-test", "status").unwrap().gap.as_ref();
        assert_eq!(gap.is_some(), !held, "{statuses}");
    }
}

#[test]
fn order_does_not_matter() {
    let p = program();
    let mut lines = [
        line(
            "a",
            40,
            "2017-03-01",
            r#", "kind": "net-new", "associations": ["tpor"]"#,
        ),
        line(
            "b",
            30,
            "2017-03-01",
            r#", "kinds": ["gross-license", "net-new"], "dpor": true"#,
        ),
        line("c", 20, "2016-07-02", r#", "kinds": ["gross-license"]"#),
    ];
    let statuses = r#"{"status": "surface-hub-adr", "until": "2016-01-01"}, "surface-hub-adr""#;
    let first = {
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        format!("{:?}", attained_all(&evaluate(&p, &json(&refs, statuses))))
    };
    lines.reverse();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let statuses = r#""surface-hub-adr", {"status": "surface-hub-adr", "until": "2016-01-01"}"#;
    let second = format!("{:?}", attained_all(&evaluate(&p, &json(&refs, statuses))));
    assert_eq!(first, second);
}

fn attained_all<'p>(o: &Outcome<'p>) -> Vec<(String, Vec<String>)> {
    o.options
        .iter()
        .map(|opt| {
            let founds = opt
                .tiers
                .iter()
                .flat_map(|t| t.requirements.iter())
                .map(|r| match r {
                    RequirementOutcome::Revenue(r) => r.found.to_string(),
                    other => other.met().to_string(),
                })
                .collect();
            (opt.attained.unwrap_or("-").to_string(), founds)
        })
        .collect()
}

/// The data problems of v2 fields, located, on the slow path (the fast path
/// gives up on each of them).
#[test]
fn v2_data_problems() {
    let p = program();
    let cases = [
        (
            json(&[&line("a", 1, "2017-03-01", r#", "kinds": []"#)], ""),
            "rubric::data::missing-kind",
        ),
        (
            json(
                &[&line(
                    "a",
                    1,
                    "2017-03-01",
                    r#", "kind": "net-new", "dpor": false, "associations": ["dpor"]"#,
                )],
                "",
            ),
            "rubric::data::contradictory-association",
        ),
        (
            json(
                &[],
                r#"{"status": "surface-hub-adr", "from": "2017-01-02", "until": "2017-01-01"}"#,
            ),
            "rubric::data::until-before-from",
        ),
    ];
    for (text, code) in cases {
        for format in [Format::Json, Format::Yaml] {
            let diags = load(&p, &text, format).expect_err(code);
            let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
            assert_eq!(codes, [code], "{text}");
            assert!(diags[0].span.is_some(), "{code} is located");
        }
    }
    // Unknown association types and statuses are warnings: the item is set aside.
    let text = json(
        &[&line(
            "a",
            100,
            "2017-03-01",
            r#", "kind": "net-new", "associations": ["fast-trak", "tpor"]"#,
        )],
        r#""gold-adr""#,
    );
    let catalog = data::Catalog::new(&p);
    let loaded = data::load(&catalog, &text, rubric::FileId(0), Format::Json).unwrap();
    let codes: Vec<&str> = loaded.warnings.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [
            "rubric::data::unknown-status",
            "rubric::data::unknown-association"
        ]
    );
    assert_eq!(loaded.partner.statuses[0].status, None);
    let as_of = chrono::NaiveDate::from_ymd_opt(2017, 7, 1).unwrap();
    let o = eval::evaluate(&p, &loaded.partner, Options::new(as_of)).unwrap();
    // the line still counts as tpor.
    assert_eq!(found(&o, "assoc", "silver", "revenue"), "100");
}

fn sources() -> Sources {
    let mut sources = Sources::new();
    sources.add("catalog.rubric", CATALOG);
    sources.add("rules.rubric", RULES);
    sources
}

/// The human report (en, fr), the JSON report and `rubric doc` (en, fr) word
/// association types, several kinds, any kind and statuses.
#[test]
fn reports_and_doc_word_the_measures() {
    let p = program();
    let lines = [
        line(
            "a",
            40,
            "2017-03-01",
            r#", "kind": "net-new", "associations": ["tpor"]"#,
        ),
        line(
            "b",
            30,
            "2017-03-01",
            r#", "kinds": ["gross-license", "net-new"], "dpor": true"#,
        ),
        line("c", 1000, "2017-03-01", r#", "kind": "net-new""#),
    ];
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let text = json(
        &refs,
        r#"{"status": "surface-hub-adr", "until": "2017-06-30"}"#,
    );
    let partner = load(&p, &text, Format::Json).unwrap();
    let as_of = chrono::NaiveDate::from_ymd_opt(2017, 7, 1).unwrap();
    let o = eval::evaluate(&p, &partner, Options::new(as_of)).unwrap();
    let src = sources();
    let cx = rubric::report::Context::new(&p, &src, &partner);
    for lang in [rubric::Lang::En, rubric::Lang::Fr] {
        let human = rubric::report::human(&cx, &o, rubric::diag::RenderOptions::plain(lang));
        insta::assert_snapshot!(format!("human_{}", lang.tag()), human);
        let c = p
            .competencies
            .iter()
            .find(|c| c.id == "measures-test")
            .unwrap();
        insta::assert_snapshot!(
            format!("doc_{}", lang.tag()),
            rubric::competency_page(&p, c, lang)
        );
    }
    let json = rubric::report::eval_json(&cx, &o, true);
    insta::assert_snapshot!("json", json);
}

/// `rubric fmt` writes the new constructs back as written, and a scrambled
/// layout comes back to the canonical one with the same meaning.
#[test]
fn fmt_round_trips_the_measures() {
    let fmt = |t: &str| {
        rubric::format_source(rubric::FileId(0), &rubric::SourceFile::new("r.rubric", t)).unwrap()
    };
    assert_eq!(fmt(RULES), RULES, "the fixture is in canonical layout");
    let messy = RULES
        .replace("\n      ", "\n ")
        .replace(
            " with one of [tpor, dpor]",
            "\n with   one   of [ tpor ,dpor, ]",
        )
        .replace("revenue of any kind", "revenue  of\nany  kind")
        .replace("status surface-hub-adr\n", "status\n   surface-hub-adr\n");
    assert_ne!(messy, RULES);
    assert_eq!(fmt(&messy), RULES);
}

/// The competency's result is the highest tier attained by any option, with
/// every option that attains it.
#[test]
fn overall_is_the_highest_tier_of_any_option() {
    let p = program();
    let overall = |text: &str| {
        let o = evaluate(&p, text);
        let all = o
            .overall
            .iter()
            .find(|x| x.competency == "measures-test")
            .unwrap();
        (
            all.attained.map(str::to_string),
            all.options
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>(),
        )
    };
    // assoc: 100 as tpor (silver; gold needs dpor); kinds: 100 < 300 (none);
    // status held (silver): silver, by two options.
    let l = line(
        "a",
        100,
        "2017-03-01",
        r#", "kind": "net-new", "associations": ["tpor"]"#,
    );
    assert_eq!(
        overall(&json(&[&l], r#""surface-hub-adr""#)),
        (Some("silver".into()), vec!["assoc".into(), "status".into()])
    );
    // kinds reaches gold (250 of net-new in 6 months) and silver is not met
    // there (gross-license 0 < 200): gold beats the others' silver.
    let l = line(
        "a",
        300,
        "2017-03-01",
        r#", "kind": "net-new", "dpor": true"#,
    );
    assert_eq!(
        overall(&json(&[&l], r#""surface-hub-adr""#)),
        (Some("gold".into()), vec!["assoc".into(), "kinds".into()])
    );
    // nothing attained.
    assert_eq!(overall(&json(&[], "")), (None, vec![]));
}

/// The v2 data problems as a user reads them, in English and French.
#[test]
fn v2_data_problems_rendered() {
    let p = program();
    let text = r#"{"id": "p", "country": "FR",
  "statuses": ["gold-adr", {"status": "surface-hub-adr", "from": "2017-01-02", "until": "2017-01-01"}, 7],
  "revenue": [
    {"customer": "a", "product": "crm-online", "kinds": [], "amount": "1", "currency": "USD", "date": "2017-03-01"},
    {"customer": "b", "product": "crm-online", "kind": "net-new", "amount": "1", "currency": "USD", "date": "2017-03-01",
     "dpor": false, "associations": ["dpor", "fast-trak", 3]},
    {"customer": "c", "product": "crm-online", "kinds": ["net-new", 2], "amount": "1", "currency": "USD", "date": "2017-03-01"}
  ]}"#;
    for lang in [rubric::Lang::En, rubric::Lang::Fr] {
        let mut sources = Sources::new();
        let file = sources.add("p.json", text);
        let catalog = data::Catalog::new(&p);
        let diags = data::load(&catalog, text, file, Format::Json).unwrap_err();
        let shown =
            rubric::diag::render_all(&diags, &sources, rubric::diag::RenderOptions::plain(lang));
        insta::assert_snapshot!(format!("v2_problems_{}", lang.tag()), shown);
    }
}

mod oracle {
    //! The sums of §4.1 computed naively from the generated lines, against
    //! the evaluator, on the lines in a random order.

    use super::*;
    use chrono::{Months, NaiveDate};
    use proptest::prelude::*;

    /// A generated line: product, kinds (bit 0 net-new, bit 1 gross-license,
    /// never 0), associations (bit 0 dpor, 1 tpor, 2 delegated-admin), the
    /// `dpor` flag, days before the as-of date, amount, written with `kind`.
    type Gen = (bool, u8, u8, bool, i64, u32, bool);

    fn text(l: &Gen, i: usize) -> String {
        let (d365, kinds, assocs, flag, days, amount, with_kind) = *l;
        let date = as_of() - chrono::Duration::days(days);
        let names = ["net-new", "gross-license"];
        let mut ks: Vec<&str> = (0..2)
            .filter(|b| kinds & (1 << b) != 0)
            .map(|b| names[b])
            .collect();
        let kind = if with_kind {
            format!(r#""kind": "{}", "#, ks.remove(0))
        } else {
            String::new()
        };
        let an = ["dpor", "tpor", "delegated-admin"];
        let a: Vec<String> = (0..3)
            .filter(|b| assocs & (1 << b) != 0)
            .map(|b| format!(r#""{}""#, an[b]))
            .collect();
        format!(
            r#"{{"customer": "c{i}", "product": "{}", {kind}"kinds": [{}], "amount": "{amount}", "currency": "USD", "date": "{date}", "dpor": {flag}, "associations": [{}]}}"#,
            if d365 { "d365-plan1" } else { "crm-online" },
            ks.iter()
                .map(|k| format!(r#""{k}""#))
                .collect::<Vec<_>>()
                .join(", "),
            a.join(", ")
        )
    }

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2017, 7, 1).unwrap()
    }

    /// Σ amount over lines with a product in `products`, a kind in `kinds`,
    /// dated in the last `months`, carrying one of `assocs` (0 = no filter).
    fn naive(lines: &[Gen], d365_ok: bool, kinds: u8, months: u32, assocs: u8) -> u64 {
        let start = as_of().checked_sub_months(Months::new(months)).unwrap();
        let mut sum = 0u64;
        for &(d365, k, a, flag, days, amount, _) in lines {
            let date = as_of() - chrono::Duration::days(days);
            let held = a | u8::from(flag);
            if (!d365 || d365_ok)
                && k & kinds != 0
                && start < date
                && date <= as_of()
                && (assocs == 0 || held & assocs != 0)
            {
                sum += u64::from(amount);
            }
        }
        sum
    }

    fn line() -> impl Strategy<Value = Gen> {
        (
            any::<bool>(),
            1u8..4,
            0u8..8,
            any::<bool>(),
            -10i64..400,
            0u32..1000,
            any::<bool>(),
        )
            .prop_filter("`\"dpor\": false` beside `dpor` is an error", |l| {
                l.3 || l.2 & 1 == 0
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn sums_match_the_naive_formulas(lines in prop::collection::vec(line(), 0..12), seed in any::<u64>()) {
            let p = program();
            let mut order: Vec<usize> = (0..lines.len()).collect();
            // A permutation from the seed: the evaluator must not care.
            let mut x = seed | 1;
            for i in (1..order.len()).rev() {
                x ^= x << 13; x ^= x >> 7; x ^= x << 17;
                order.swap(i, (x % (i as u64 + 1)) as usize);
            }
            let texts: Vec<String> = order.iter().map(|&i| text(&lines[i], i)).collect();
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let o = evaluate(&p, &json(&refs, ""));
            let n = |v: u64| v.to_string();
            prop_assert_eq!(found(&o, "assoc", "silver", "revenue"), n(naive(&lines, false, 1, 12, 0b011)));
            prop_assert_eq!(found(&o, "assoc", "gold", "revenue"), n(naive(&lines, false, 1, 12, 0b001)));
            prop_assert_eq!(found(&o, "kinds", "silver", "revenue"), n(naive(&lines, true, 3, 12, 0)));
            prop_assert_eq!(found(&o, "kinds", "silver", "revenue-2"), n(naive(&lines, true, 2, 12, 0)));
            prop_assert_eq!(found(&o, "kinds", "gold", "revenue"), n(naive(&lines, true, 3, 6, 0)));
        }
    }
}

/// `rubric test` on the test-only rules: a status requirement named
/// `silver/status`, explained when a case fails.
#[test]
fn rubric_test_names_status_requirements() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("rules");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("catalog.rubric"), CATALOG).unwrap();
    std::fs::write(dir.join("measures.rubric"), RULES).unwrap();
    let cases = r#"tests:
  - name: no status
    as_of: 2017-07-01
    partner: {id: p, country: FR}
    expect: {measures-test/status: none}
    unmet: {measures-test/status: [silver/status]}
  - name: a status that ended, expected held
    as_of: 2017-07-01
    partner: {id: p, country: FR, statuses: [{status: surface-hub-adr, until: 2017-06-30}]}
    expect: {measures-test/status: silver}
"#;
    std::fs::write(dir.join("m.test.yaml"), cases).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_rubric"))
        .args(["test", "rules"])
        .current_dir(tmp.path())
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("silver/status unmet (status not held)"),
        "{out}"
    );
    assert!(out.contains("no status"), "{out}");
}
