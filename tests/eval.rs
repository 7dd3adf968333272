//! Evaluation against the shipped competencies, one fixture per case under
//! `tests/fixtures/eval/`.
//!
//! Each fixture is a partner file (format v1) with an extra top-level field
//! that the loader ignores:
//!
//! ```json
//! "expect": {"tier": "silver" | "gold" | null,
//!            "gap_exam_passes": 1, "gap_new_people": 0,
//!            "error": "rubric::eval::currency-mismatch",
//!            "note": "how the expectation was computed by hand"}
//! ```
//!
//! `gap_*` (optional) are summed over the individuals gaps of the plan to the
//! tier above the attained one (0 when there is no such plan). `error`
//! (optional) says the evaluation must fail with that diagnostic code. The
//! expectations were computed by hand from the rules, not from the evaluator;
//! the human report of every fixture is snapshotted as well.

use std::path::Path;

use rubric::data::{self, Format, Loaded};
use rubric::diag::{self, Diagnostic, RenderOptions};
use rubric::eval::{self, OptionOutcome, Options, Outcome};
use rubric::i18n::Lang;
use rubric::report::{self, Context};
use serde_json::Value;

mod common;

use common::rules;

/// What a fixture says the evaluation must give.
#[derive(Debug)]
struct Expect {
    tier: Option<String>,
    gap_exam_passes: Option<u64>,
    gap_new_people: Option<u64>,
    error: Option<String>,
    note: String,
}

impl Expect {
    fn from_fixture(name: &str, text: &str) -> Expect {
        let v: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let e = v
            .get("expect")
            .unwrap_or_else(|| panic!("{name}: no `expect` field"));
        let tier = match &e["tier"] {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            other => panic!("{name}: `expect.tier` must be a tier id or null, not {other}"),
        };
        let count = |key: &str| {
            e.get(key).map(|n| {
                n.as_u64()
                    .unwrap_or_else(|| panic!("{name}: `expect.{key}` must be a count"))
            })
        };
        let note = e["note"].as_str().unwrap_or_default().to_string();
        assert!(
            !note.is_empty(),
            "{name}: `expect.note` must explain the expectation"
        );
        Expect {
            tier,
            gap_exam_passes: count("gap_exam_passes"),
            gap_new_people: count("gap_new_people"),
            error: e.get("error").and_then(Value::as_str).map(str::to_string),
            note,
        }
    }
}

/// The partner in `text`, and its load warnings rendered.
fn load_shown(name: &str, text: &str) -> (Loaded, String) {
    let mut sources = rubric::Sources::new();
    let file = sources.add(name, text);
    let catalog = data::Catalog::new(&rules().program);
    let opts = rubric::diag::RenderOptions::plain(rubric::i18n::Lang::En);
    match data::load(&catalog, text, file, Format::Json) {
        Ok(l) => {
            let shown = rubric::diag::render_all(&l.warnings, &sources, opts);
            (l, shown)
        }
        Err(errors) => {
            panic!(
                "{name} does not load:\n{}",
                rubric::diag::render_all(&errors, &sources, opts)
            )
        }
    }
}

/// The outcome, or the errors of data the rules cannot be applied to
/// ([`Outcome::errors`], which leave only their requirements undecided).
fn evaluate(loaded: &Loaded) -> Result<Outcome<'static>, Vec<Diagnostic>> {
    let as_of = loaded.partner.as_of.expect("every fixture has an `as_of`");
    eval::evaluate(
        &rules().program,
        &loaded.partner,
        Options::new(as_of).only(Some("cloud-crm")),
    )
    .and_then(Outcome::decided)
}

/// The single option the shipped rules have: cloud-crm / reseller.
fn reseller<'o>(outcome: &'o Outcome<'static>) -> &'o OptionOutcome<'static> {
    assert_eq!(outcome.options.len(), 1, "cloud-crm has one option");
    let o = &outcome.options[0];
    assert_eq!((o.competency, o.option), ("cloud-crm", "reseller"));
    o
}

/// Exam passes and new people of the plan to the next tier, summed over its
/// individuals requirements.
fn gap_counts(o: &OptionOutcome) -> (u64, u64) {
    o.gap.as_ref().map_or((0, 0), |g| {
        g.individuals.iter().fold((0, 0), |(p, n), i| {
            (p + u64::from(i.exam_passes), n + i.new_people.len() as u64)
        })
    })
}

/// Checks the outcome against `expect`, and returns the text to snapshot:
/// load warnings, then the human report or the evaluation errors.
fn run_fixture(path: &Path) -> String {
    let file_name = path.file_name().unwrap().to_string_lossy();
    let name = format!("fixtures/eval/{file_name}");
    let text = std::fs::read_to_string(path).unwrap();
    let expect = Expect::from_fixture(&name, &text);
    let (loaded, mut shown) = load_shown(&name, &text);
    let cx = Context::new(&rules().program, &rules().sources, &loaded.partner);
    if !shown.is_empty() {
        shown.push_str("──\n");
    }
    match (evaluate(&loaded), &expect.error) {
        (Err(errors), Some(code)) => {
            for e in &errors {
                assert_eq!(e.code, code.as_str(), "{name}: {}", expect.note);
                assert!(e.is_error(), "{name}: {e:?}");
                shown.push_str(&diag::render(
                    e,
                    &rules().sources,
                    RenderOptions::plain(Lang::En),
                ));
            }
        }
        (Err(errors), None) => panic!("{name}: evaluation failed: {errors:?}\n{}", expect.note),
        (Ok(outcome), Some(code)) => {
            panic!(
                "{name}: expected error {code}, got {outcome:?}\n{}",
                expect.note
            )
        }
        (Ok(outcome), None) => {
            let o = reseller(&outcome);
            assert_eq!(
                o.attained,
                expect.tier.as_deref(),
                "{name}: attained tier\n{}",
                expect.note
            );
            // The attained tier is the highest met one, and the gap targets the next.
            let met: Vec<&str> = o.tiers.iter().filter(|t| t.met).map(|t| t.tier).collect();
            assert_eq!(o.attained, met.last().copied(), "{name}");
            let next = o
                .tiers
                .iter()
                .position(|t| Some(t.tier) == o.attained)
                .map_or(0, |a| a + 1);
            assert_eq!(
                o.gap.as_ref().map(|g| g.tier),
                o.tiers.get(next).map(|t| t.tier),
                "{name}: the gap targets the tier above the attained one"
            );
            let (passes, new_people) = gap_counts(o);
            if let Some(want) = expect.gap_exam_passes {
                assert_eq!(passes, want, "{name}: gap exam passes\n{}", expect.note);
            }
            if let Some(want) = expect.gap_new_people {
                assert_eq!(new_people, want, "{name}: gap new people\n{}", expect.note);
            }
            shown.push_str(&report::human(
                &cx,
                &outcome,
                RenderOptions::plain(Lang::En),
            ));
        }
    }
    shown
}

#[test]
fn eval_fixtures() {
    insta::glob!("fixtures/eval/*.json", |path| {
        let report = run_fixture(path);
        insta::assert_snapshot!(report);
    });
}

/// Loads and evaluates the fixture `name` (without `.json`), which must evaluate.
fn fixture(name: &str) -> (String, String, Loaded) {
    let name = format!("fixtures/eval/{name}.json");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join(&name),
    )
    .unwrap();
    let (loaded, _) = load_shown(&name, &text);
    (name, text, loaded)
}

/// The JSON report for integrators, for a few representative fixtures.
#[test]
fn eval_json_reports() {
    for fixture_name in [
        "revenue_dpor_false",
        "greedy_gold_defeats_both_group_orders",
        "gap_one_exam_short_of_gold",
    ] {
        let (name, text, loaded) = fixture(fixture_name);
        let outcome = evaluate(&loaded).expect("evaluates");
        let cx = Context::new(&rules().program, &rules().sources, &loaded.partner);
        let pretty = report::eval_json(&cx, &outcome, true);
        let json: Value = serde_json::from_str(&pretty).unwrap();
        // Spot checks of the documented top-level shape (SPEC §6).
        assert_eq!(json["format"], report::EVAL_JSON_VERSION);
        assert_eq!(json["competencies"][0]["competency"], "cloud-crm");
        assert_eq!(json["competencies"][0]["option"], "reseller");
        assert_eq!(
            json["competencies"][0]["tiers"][0]["requirements"][0]["id"],
            "revenue"
        );
        let expect = Expect::from_fixture(&name, &text);
        assert_eq!(
            json["competencies"][0]["attained"].as_str(),
            expect.tier.as_deref(),
            "{name}"
        );
        // One line for JSON Lines, the same value.
        let line = report::eval_json(&cx, &outcome, false);
        assert!(!line.contains('\n'));
        assert_eq!(serde_json::from_str::<Value>(&line).unwrap(), json);
        insta::assert_snapshot!(format!("json_{fixture_name}"), pretty);
    }
}

/// The human report in French, for a few fixtures: every sentence comes from
/// the French catalog, amounts are written the French way.
#[test]
fn eval_reports_in_french() {
    for fixture_name in [
        "gap_one_exam_short_of_gold",
        "gap_three_people_one_new",
        "revenue_one_cent_below",
        "exams_passed_after_as_of",
    ] {
        let (_, _, loaded) = fixture(fixture_name);
        let outcome = evaluate(&loaded).expect("evaluates");
        let cx = Context::new(&rules().program, &rules().sources, &loaded.partner);
        let fr = report::human(&cx, &outcome, RenderOptions::plain(Lang::Fr));
        let en = report::human(&cx, &outcome, RenderOptions::plain(Lang::En));
        assert_ne!(fr, en);
        assert!(fr.contains("atteint : "), "{fr}");
        assert!(!fr.contains("attained"), "{fr}");
        insta::assert_snapshot!(format!("fr_{fixture_name}"), fr);
    }
}

/// An evaluation error is a diagnostic that speaks French too, with the
/// line named by its index as in the JSON report.
#[test]
fn currency_mismatch_in_french() {
    let (_, _, loaded) = fixture("currency_other_in_window_is_error");
    let errors = evaluate(&loaded).expect_err("a line in EUR");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(e.code, eval::CURRENCY_MISMATCH);
    let fr = diag::render(e, &rules().sources, RenderOptions::plain(Lang::Fr));
    assert!(fr.contains("la ligne de revenu `revenue[1]`"), "{fr}");
    assert!(fr.contains("est en `EUR`, mais le seuil de"), "{fr}");
}
