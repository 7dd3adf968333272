//! `forecast` against a day-by-day brute force, and `at_risk` against
//! removing each person and evaluating again, on generated partners; and the
//! CLI on the example partners.

mod common;

use chrono::{Days, Months, NaiveDate};
use proptest::prelude::*;
use rubric::data::{self, Catalog, Format, Partner};
use rubric::eval::{self, Options};
use rubric::{forecast, FileId};

/// Cloud CRM's exams, then two certifications of Collaboration and Content
/// (held with an optional expiry date).
const CREDENTIALS: [&str; 9] = [
    "MB2-714",
    "MB2-713",
    "MB2-709",
    "MB2-710",
    "MB2-706",
    "MB2-712",
    "MB2-707",
    "MCSE-Productivity",
    "MCSD-App-Builder",
];

fn day(offset: u32) -> NaiveDate {
    // 2016-01-01 + offset days: lines and passes from 2016 to mid-2018, so
    // some are in the future of the as-of date and some leave the window.
    NaiveDate::from_ymd_opt(2016, 1, 1).unwrap() + Days::new(u64::from(offset))
}

/// A partner from generated lines `(day, amount in thousands, dpor)` and
/// people `[(credential, day, days until it expires)]`, as JSON, loaded
/// against the built-in rules.
fn partner(
    country: &str,
    lines: &[(u32, u32, bool)],
    people: &[Vec<(usize, u32, Option<u32>)>],
) -> Partner {
    let lines: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, (d, k, dpor))| {
            format!(
                r#"{{"customer":"c{i}","product":"crm-online","kind":"net-new","amount":"{k}000","currency":"USD","date":"{}","dpor":{dpor}}}"#,
                day(*d)
            )
        })
        .collect();
    let people: Vec<String> = people
        .iter()
        .enumerate()
        .map(|(i, passes)| {
            let (exams, certs): (Vec<_>, Vec<_>) = passes.iter().partition(|p| p.0 < 7);
            let exams: Vec<String> = (exams.iter())
                .map(|(e, d, _)| {
                    format!(r#"{{"exam":"{}","passed":"{}"}}"#, CREDENTIALS[*e], day(*d))
                })
                .collect();
            let certs: Vec<String> = (certs.iter())
                .map(|(e, d, x)| {
                    let expires =
                        x.map_or(String::new(), |x| format!(r#","expires":"{}""#, day(d + x)));
                    format!(
                        r#"{{"certification":"{}","earned":"{}"{expires}}}"#,
                        CREDENTIALS[*e],
                        day(*d)
                    )
                })
                .collect();
            format!(
                r#"{{"id":"p{i}","exams":[{}],"certifications":[{}]}}"#,
                exams.join(","),
                certs.join(",")
            )
        })
        .collect();
    let text = format!(
        r#"{{"id":"x","country":"{country}","revenue":[{}],"individuals":[{}]}}"#,
        lines.join(","),
        people.join(",")
    );
    let rules = common::rules();
    let catalog = Catalog::new(&rules.program);
    data::load(&catalog, &text, FileId(0), Format::Json)
        .unwrap()
        .partner
}

fn attained(p: &Partner, d: NaiveDate) -> Vec<Option<String>> {
    let program = &common::rules().program;
    let o = eval::evaluate(program, p, Options::new(d)).unwrap();
    o.options
        .iter()
        .map(|o| o.attained.map(str::to_string))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn forecast_finds_every_change_a_day_by_day_evaluation_finds(
        country in prop::sample::select(vec!["FR", "IN"]),
        lines in prop::collection::vec((0u32..900, 20u32..200, any::<bool>()), 0..6),
        people in prop::collection::vec(
            // Half certifications, so that Collaboration and Content's tiers come and go.
            prop::collection::vec(
                (prop_oneof![0usize..7, 7usize..9], 0u32..900, prop::option::of(0u32..500)),
                0..3,
            ),
            0..6,
        ),
    ) {
        let p = partner(country, &lines, &people);
        let as_of = NaiveDate::from_ymd_opt(2017, 3, 31).unwrap();
        let until = as_of.checked_add_months(Months::new(12)).unwrap();
        let program = &common::rules().program;
        let got: Vec<(NaiveDate, Option<String>, Option<String>)> =
            forecast::forecast(program, &p, as_of, until, None)
                .unwrap()
                .into_iter()
                .map(|c| (c.date, c.from.map(str::to_string), c.to.map(str::to_string)))
                .collect();
        let mut want = Vec::new();
        let mut before = attained(&p, as_of);
        let mut d = as_of;
        while d < until {
            d = d.succ_opt().unwrap();
            let now = attained(&p, d);
            for (old, new) in before.iter().zip(&now) {
                if old != new {
                    want.push((d, old.clone(), new.clone()));
                }
            }
            before = now;
        }
        prop_assert_eq!(got, want);
    }

    #[test]
    fn at_risk_names_exactly_the_people_whose_departure_lowers_a_tier(
        lines in prop::collection::vec((300u32..820, 50u32..200, Just(true)), 1..4),
        people in prop::collection::vec(
            prop::collection::vec((0usize..7, 0u32..500, Just(None)), 1..3),
            1..6,
        ),
    ) {
        let p = partner("FR", &lines, &people);
        let as_of = NaiveDate::from_ymd_opt(2017, 7, 1).unwrap();
        let program = &common::rules().program;
        let rank = |t: &Option<String>| match t.as_deref() {
            None => 0,
            Some("silver") => 1,
            _ => 2,
        };
        let now = attained(&p, as_of);
        let mut want = Vec::new();
        for i in 0..p.individuals.len() {
            let mut without = p.clone();
            without.individuals.remove(i);
            for (old, new) in now.iter().zip(attained(&without, as_of)) {
                if rank(&new) < rank(old) {
                    want.push((i as u32, old.clone().unwrap(), new));
                }
            }
        }
        let risks = forecast::at_risk(program, &p, as_of, None).unwrap();
        let got: Vec<(u32, String, Option<String>)> = risks
            .iter()
            .map(|r| (r.person, r.tier.to_string(), r.without.map(str::to_string)))
            .collect();
        prop_assert_eq!(got, want);
        // Each plan names people who stay, never the one who left.
        for r in &risks {
            for i in r.plan.iter().flat_map(|g| &g.individuals) {
                prop_assert!(i.plan.iter().all(|pp| pp.person != r.person));
            }
        }
    }
}

#[test]
fn the_cli_forecasts_an_example_partner() {
    let root = Some(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
    let o = common::run(
        &["forecast", "-q", "examples/partners/fabrikam-india.yaml"],
        root,
    );
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let out = common::stdout(&o);
    assert!(
        out.contains("2017-12-24 cloud-crm/reseller: gold → silver (`revenue` no longer met)"),
        "{out}"
    );
    assert!(
        out.contains("2018-05-01 cloud-crm/reseller: silver → none"),
        "{out}"
    );
    assert!(
        out.contains("earn USD 60,000 more net new revenue"),
        "{out}"
    );
    let o = common::run(
        &[
            "forecast",
            "--at-risk",
            "examples/partners/fabrikam-india.yaml",
        ],
        root,
    );
    let out = common::stdout(&o);
    assert!(
        out.contains("on 2017-07-01: 4 single points of failure"),
        "{out}"
    );
    assert!(
        out.contains("without Kavya Iyer (kavya), cloud-crm/reseller falls from gold to silver"),
        "{out}"
    );
}

#[test]
fn a_status_that_ends_is_forecast_on_the_day_after() {
    let mut sources = rubric::Sources::new();
    sources.add(
        "catalog.rubric",
        include_str!("../competencies/catalog.rubric"),
    );
    sources.add(
        "rules.rubric",
        include_str!("fixtures/measures/rules.rubric"),
    );
    let program = rubric::compile(&sources).program.unwrap();
    let catalog = Catalog::new(&program);
    let text = r#"{"id": "p", "country": "FR", "statuses": [{"status": "surface-hub-adr", "until": "2017-09-30"}]}"#;
    let p = data::load(&catalog, text, FileId(0), Format::Json)
        .unwrap()
        .partner;
    let as_of = NaiveDate::from_ymd_opt(2017, 7, 1).unwrap();
    let until = NaiveDate::from_ymd_opt(2018, 7, 1).unwrap();
    let changes = forecast::forecast(&program, &p, as_of, until, None).unwrap();
    let status: Vec<_> = changes.iter().filter(|c| c.option == "status").collect();
    assert_eq!(status.len(), 1, "{changes:?}");
    assert_eq!(
        status[0].date,
        NaiveDate::from_ymd_opt(2017, 10, 1).unwrap()
    );
    assert_eq!((status[0].from, status[0].to), (Some("silver"), None));
}

#[test]
fn a_certification_that_expires_is_forecast_on_the_day_after() {
    let p = partner("FR", &[], &[vec![(7, 0, None)], vec![(8, 0, Some(638))]]);
    let as_of = NaiveDate::from_ymd_opt(2017, 7, 1).unwrap();
    let expires = p.credentials_of(&p.individuals[1])[0].expires.unwrap();
    assert_eq!(expires.to_string(), "2017-09-30");
    let until = as_of.checked_add_months(Months::new(12)).unwrap();
    let program = &common::rules().program;
    let changes = forecast::forecast(program, &p, as_of, until, None).unwrap();
    let cc: Vec<_> = (changes.iter())
        .filter(|c| c.competency == "collaboration-and-content")
        .map(|c| (c.date.to_string(), c.from, c.to))
        .collect();
    assert_eq!(cc, [("2017-10-01".to_string(), Some("silver"), None)]);
}
