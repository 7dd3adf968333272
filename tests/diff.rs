//! `rubric diff` on a rules change with known movers
//! (`tests/fixtures/diff`: `old/` is Cloud CRM as shipped; `new/` raises the
//! developed silver threshold to USD 150,000, lowers the developing one to
//! USD 40,000, adds `new customers … at least 2` to silver, drops MB2-707
//! from gold and adds a platinum tier), the library on the same partners,
//! and diffing a program against itself (no movers, whatever the partner).
//!
//! The movements, computed by hand (as of 2017-07-01, every line DPOR):
//! - a-steady (FR, USD 400,000, 2 people of each group, MB2-712): gold under
//!   both, platinum asks USD 1,000,000 — unchanged;
//! - b-raised (FR, USD 120,000 from 2 customers, silver people): silver →
//!   none, silver's `revenue` no longer met (120,000 < 150,000);
//! - c-exam (FR, USD 350,000, gold people of whom one holds only MB2-707):
//!   gold → silver, gold's `individuals` 3 of 4 once MB2-707 no longer counts;
//! - d-developing (IN, USD 45,000 from 2 customers, silver people): none →
//!   silver, silver's `revenue` now met (45,000 ≥ 40,000, was < 50,000);
//! - e-added (FR, USD 200,000 from 1 customer, silver people): silver → none,
//!   the new `new-customers` (1 of 2) not met;
//! - f-platinum (FR, USD 1,200,000, gold people holding MB2-712): gold →
//!   platinum, a tier the new rules add;
//! - g-broken: no `country`, fails to load (counted, exit code 1).

mod common;

use std::path::Path;

use common::{run, stderr, stdout};
use proptest::prelude::*;
use rubric::data::{self, Catalog, Format, Partner};
use rubric::diff::{self, Direction, RuleChange};
use rubric::eval::Options;
use rubric::{FileId, Program, Sources};

const DIR: &str = "tests/fixtures/diff";

fn compile(dir: &str) -> (Sources, Program) {
    let mut sources = Sources::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        sources.add(
            f.display().to_string(),
            std::fs::read_to_string(&f).unwrap(),
        );
    }
    let program = rubric::compile(&sources).program.expect("compiles");
    (sources, program)
}

fn load(program: &Program, text: &str) -> Partner {
    let catalog = Catalog::new(program);
    data::load(&catalog, text, FileId(0), Format::Json)
        .expect("loads")
        .partner
}

#[test]
fn the_library_finds_the_known_movers() {
    let (_, old) = compile(&format!("{DIR}/old"));
    let (_, new) = compile(&format!("{DIR}/new"));
    let as_of = chrono::NaiveDate::from_ymd_opt(2017, 7, 1).unwrap();
    let moves = |name: &str| {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("{DIR}/partners/{name}.json"));
        let text = std::fs::read_to_string(path).unwrap();
        let d = diff::partner(
            &old,
            &load(&old, &text),
            &new,
            &load(&new, &text),
            Options::new(as_of),
        )
        .expect("evaluates");
        d.moves
            .iter()
            .map(|m| {
                let causes: Vec<String> = (m.tiers.iter())
                    .flat_map(|t| {
                        let tier = t.tier;
                        let head = format!("{tier} {:?}", t.rule);
                        std::iter::once(head).chain(t.causes.iter().map(move |c| {
                            format!(
                                "{tier}/{} {:?} {:?}→{:?}",
                                c.requirement, c.rule, c.before, c.after
                            )
                        }))
                    })
                    .collect();
                (m.from, m.to, m.direction, causes)
            })
            .map(|(f, t, d, c)| format!("{f:?} → {t:?} {d:?}: {}", c.join("; ")))
            .collect::<Vec<_>>()
    };
    assert_eq!(moves("a-steady"), Vec::<String>::new());
    assert_eq!(
        moves("b-raised"),
        [
            r#"Some("silver") → None Lost: silver Changed; silver/revenue Changed Some(true)→Some(false)"#
        ]
    );
    assert_eq!(
        moves("c-exam"),
        [
            r#"Some("gold") → Some("silver") Lost: gold Changed; gold/individuals Changed Some(true)→Some(false)"#
        ]
    );
    assert_eq!(
        moves("d-developing"),
        [
            r#"None → Some("silver") Gained: silver Changed; silver/revenue Changed Some(false)→Some(true)"#
        ]
    );
    assert_eq!(
        moves("e-added"),
        [
            r#"Some("silver") → None Lost: silver Changed; silver/new-customers Added None→Some(false)"#
        ]
    );
    assert_eq!(
        moves("f-platinum"),
        [r#"Some("gold") → Some("platinum") Gained: platinum Added"#]
    );
}

#[test]
fn the_cli_reports_the_known_movers_and_the_failed_partner() {
    let partners = format!("{DIR}/partners");
    let o = run(
        &[
            "diff",
            &format!("{DIR}/old"),
            &format!("{DIR}/new"),
            "--partners",
            &partners,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1), "a partner failed: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("rubric::data::missing-field"), "{err}");
    let out = stdout(&o);
    assert!(
        !out.contains("a-steady"),
        "unchanged partners are not listed"
    );
    assert!(
        out.contains("7 partners compared: 1 unchanged, 2 gaining a tier, 3 losing one, 1 failed"),
        "{out}"
    );
    insta::assert_snapshot!("diff_known_movers", out);
}

#[test]
fn the_cli_speaks_french() {
    let partners = format!("{DIR}/partners");
    let o = run(
        &[
            "diff",
            &format!("{DIR}/old"),
            &format!("{DIR}/new"),
            "--partners",
            &partners,
            "--lang",
            "fr",
        ],
        None,
    );
    let out = stdout(&o);
    assert!(out.contains("7 partenaires comparés"), "{out}");
    assert!(
        out.contains("n'est plus satisfaite (règle modifiée)"),
        "{out}"
    );
    insta::assert_snapshot!("diff_known_movers_fr", out);
}

#[test]
fn the_json_lines_carry_every_partner_then_the_summary() {
    let partners = format!("{DIR}/partners");
    let o = run(
        &[
            "diff",
            &format!("{DIR}/old"),
            &format!("{DIR}/new"),
            "--partners",
            &partners,
            "--format",
            "json",
        ],
        None,
    );
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    // Six partners, one error record, one summary, in input order.
    assert_eq!(lines.len(), 8);
    assert_eq!(lines[0]["partner"]["id"], "a-steady");
    assert_eq!(lines[0]["moves"], serde_json::json!([]));
    assert_eq!(lines[2]["moves"][0]["from"], "gold");
    assert_eq!(lines[2]["moves"][0]["to"], "silver");
    assert_eq!(lines[2]["moves"][0]["change"], "lost");
    let cause = &lines[2]["moves"][0]["tiers"][0]["requirements"][0];
    assert_eq!(cause["requirement"], "individuals");
    assert_eq!(cause["rule"], "changed");
    assert!(lines[6]["errors"].is_array(), "{}", lines[6]);
    let summary = &lines[7]["summary"];
    assert_eq!(summary["partners"], 7);
    assert_eq!(summary["unchanged"], 1);
    assert_eq!(summary["gained"], 2);
    assert_eq!(summary["lost"], 3);
    assert_eq!(summary["failed"], 1);
    assert_eq!(summary["options"][0]["moves"][0]["partners"], 2);
}

#[test]
fn invalid_rules_and_unknown_competencies_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.rubric");
    std::fs::write(
        &bad,
        "competency x { option o { tier t { individuals 1 { 1 x one of [NOPE] } } } }",
    )
    .unwrap();
    let partners = format!("{DIR}/partners");
    let bad = bad.display().to_string();
    let o = run(
        &["diff", &format!("{DIR}/old"), &bad, "--partners", &partners],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("`NOPE`"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let o = run(
        &[
            "diff",
            &format!("{DIR}/old"),
            &format!("{DIR}/new"),
            "--partners",
            &partners,
            "--competency",
            "cloud-cmr",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `cloud-crm`?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_readme_example_compiles_and_moves_three_partners() {
    // `--partners examples/partners/*.json examples/partners/*.yaml`, as the shell expands it (the
    // directory also holds `export.csv`, the same partners again).
    let mut json: Vec<String> = std::fs::read_dir("examples/partners")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| !p.ends_with(".csv"))
        .collect();
    json.sort();
    let mut args = vec![
        "diff",
        "competencies/cloud-crm.rubric",
        "examples/rules-change/cloud-crm.rubric",
        "--shared",
        "competencies/catalog.rubric",
        "--partners",
    ];
    args.extend(json.iter().map(String::as_str));
    let o = run(&args, None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("1 gaining a tier, 2 losing one, 0 failed"),
        "{out}"
    );
    insta::assert_snapshot!("diff_readme_example", out);
}

/// The built-in rules compiled from their files in reverse order: every
/// catalog table is ordered differently, every requirement means the same.
fn reversed() -> &'static Program {
    static P: std::sync::OnceLock<Program> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let builtin = rubric::builtin_sources();
        let mut sources = Sources::new();
        let files: Vec<_> = builtin.iter().collect();
        for (_, f) in files.into_iter().rev() {
            sources.add(f.name(), f.text());
        }
        rubric::compile(&sources).program.expect("compiles")
    })
}

#[test]
fn reordering_the_catalog_changes_no_requirement() {
    let a = &common::rules().program;
    let b = reversed();
    assert_ne!(
        a.exams[0].id, b.exams[0].id,
        "the catalogs are ordered differently"
    );
    let mut compared = 0;
    for c in &a.competencies {
        let cb = b.competencies.iter().find(|x| x.id == c.id).unwrap();
        for (o, ob) in c.options.iter().zip(&cb.options) {
            for (t, tb) in o.tiers.iter().zip(&ob.tiers) {
                for (ra, rb) in t.requirements.iter().zip(&tb.requirements) {
                    compared += 1;
                    let what = format!("{}/{}/{}/{}", c.id, o.id, t.id, ra.id());
                    assert_eq!(diff::canonical(a, ra), diff::canonical(b, rb), "{what}");
                }
            }
        }
    }
    assert_eq!(
        compared,
        a.requirements().count(),
        "every requirement compared"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the partner, a program diffed against itself (even compiled
    /// from its files in another order) moves no one.
    #[test]
    fn a_program_against_itself_moves_no_one(
        lines in prop::collection::vec((0u32..700, 1u32..400, any::<bool>()), 0..5),
        people in prop::collection::vec(prop::collection::vec(0usize..7, 0..3), 0..6),
        developing in any::<bool>(),
    ) {
        const EXAMS: [&str; 7] = ["MB2-714", "MB2-713", "MB2-709", "MB2-710", "MB2-706", "MB2-712", "MB2-707"];
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap() + chrono::Days::new(u64::from(d));
        let lines: Vec<String> = lines.iter().enumerate().map(|(i, (d, k, dpor))| format!(
            r#"{{"customer":"c{i}","product":"crm-online","kind":"net-new","amount":"{k}000","currency":"USD","date":"{}","dpor":{dpor}}}"#,
            day(*d))).collect();
        let people: Vec<String> = people.iter().enumerate().map(|(i, exams)| {
            let exams: Vec<String> = exams.iter().map(|e| format!(r#"{{"exam":"{}","passed":"2016-03-01"}}"#, EXAMS[*e])).collect();
            format!(r#"{{"id":"p{i}","exams":[{}]}}"#, exams.join(","))
        }).collect();
        let country = if developing { "IN" } else { "FR" };
        let text = format!(
            r#"{{"id":"x","country":"{country}","as_of":"2017-07-01","revenue":[{}],"individuals":[{}]}}"#,
            lines.join(","), people.join(","));
        let a = &common::rules().program;
        let b = reversed();
        let opts = Options::new(chrono::NaiveDate::from_ymd_opt(2017, 7, 1).unwrap());
        let d = diff::partner(a, &load(a, &text), b, &load(b, &text), opts).unwrap();
        prop_assert!(d.moves.is_empty(), "{:?}", d.moves);
        let d = diff::partner(a, &load(a, &text), a, &load(a, &text), opts).unwrap();
        prop_assert!(d.moves.is_empty(), "{:?}", d.moves);
    }
}

#[test]
fn reversing_the_versions_reverses_the_moves_and_a_removed_option_is_lost() {
    let (_, old) = compile(&format!("{DIR}/old"));
    let (_, new) = compile(&format!("{DIR}/new"));
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("{DIR}/partners/c-exam.json")),
    )
    .unwrap();
    let opts = Options::new(chrono::NaiveDate::from_ymd_opt(2017, 7, 1).unwrap());
    // New → old: silver → gold, gold's `individuals` now met.
    let d = diff::partner(&new, &load(&new, &text), &old, &load(&old, &text), opts).unwrap();
    assert_eq!(d.moves.len(), 1);
    assert_eq!(
        (d.moves[0].from, d.moves[0].to),
        (Some("silver"), Some("gold"))
    );
    assert_eq!(d.moves[0].direction, Direction::Gained);
    let cause = &d.moves[0].tiers[0].causes[0];
    assert_eq!(
        (cause.requirement, cause.rule),
        ("individuals", RuleChange::Changed)
    );
    assert_eq!((cause.before, cause.after), (Some(false), Some(true)));
    // Rules without the competency: gold lost, gold and silver removed.
    let mut sources = Sources::new();
    sources.add(
        "catalog.rubric",
        std::fs::read_to_string(format!("{DIR}/old/catalog.rubric")).unwrap(),
    );
    let bare = rubric::compile(&sources)
        .program
        .expect("a catalog alone compiles");
    let d = diff::partner(&old, &load(&old, &text), &bare, &load(&bare, &text), opts).unwrap();
    assert_eq!(d.moves.len(), 1);
    let m = &d.moves[0];
    assert_eq!(
        (m.from, m.to, m.direction),
        (Some("gold"), None, Direction::Lost)
    );
    let tiers: Vec<_> = m.tiers.iter().map(|t| (t.tier, t.rule)).collect();
    assert_eq!(
        tiers,
        [
            ("gold", RuleChange::Removed),
            ("silver", RuleChange::Removed)
        ]
    );
    let mut summary = diff::Summary::default();
    summary.add(&d);
    summary.add_failed();
    assert_eq!(
        (
            summary.evaluated,
            summary.lost,
            summary.gained,
            summary.failed
        ),
        (1, 1, 0, 1)
    );
    assert_eq!(
        summary.options[0].transitions,
        [(Some("gold".to_string()), None, 1)]
    );
}

/// `dir/` with `cloud-crm.rubric` of `DIR/old` and its catalog edited by `edit`.
fn variant(dir: &Path, edit: impl Fn(&str) -> String) -> String {
    std::fs::create_dir_all(dir).unwrap();
    let catalog = std::fs::read_to_string(format!("{DIR}/old/catalog.rubric")).unwrap();
    std::fs::write(dir.join("catalog.rubric"), edit(&catalog)).unwrap();
    std::fs::copy(
        format!("{DIR}/old/cloud-crm.rubric"),
        dir.join("cloud-crm.rubric"),
    )
    .unwrap();
    dir.display().to_string()
}

#[test]
fn a_catalog_change_moves_partners_with_the_rule_unchanged() {
    // MB2-707 retired before c-exam's b2 passed it: gold's `individuals`
    // reads the same but is no longer met.
    let tmp = tempfile::tempdir().unwrap();
    let new = variant(&tmp.path().join("new"), |c| {
        c.replace(
            "exam MB2-707 \"Microsoft Dynamics CRM Customization and Configuration\"",
            "exam MB2-707 \"Microsoft Dynamics CRM Customization and Configuration\" retired 2016-01-01",
        )
    });
    let partner = format!("{DIR}/partners/c-exam.json");
    let o = run(
        &["diff", &format!("{DIR}/old"), &new, "--partners", &partner],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("gold: `individuals` no longer met (rule unchanged)"),
        "{out}"
    );
}

#[test]
fn as_of_moves_the_windows_of_both_versions() {
    // A year later every fixture line has left the window: no tier under
    // either version, so no one moves.
    let partners = format!("{DIR}/partners");
    let o = run(
        &[
            "diff",
            &format!("{DIR}/old"),
            &format!("{DIR}/new"),
            "--partners",
            &partners,
            "--as-of",
            "2018-07-01",
        ],
        None,
    );
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "7 partners compared: 6 unchanged, 0 gaining a tier, 0 losing one, 1 failed"
        ),
        "{out}"
    );
}

#[test]
fn json_lines_on_standard_input_and_undecided_data() {
    // Two partners on standard input: b-raised, then one whose line is in
    // euros, which the USD threshold cannot sum (undecided: exit code 1).
    let raised = std::fs::read_to_string(format!("{DIR}/partners/b-raised.json")).unwrap();
    let raised: serde_json::Value = serde_json::from_str(&raised).unwrap();
    let mut euro = raised.clone();
    euro["id"] = "euro".into();
    euro["revenue"][0]["currency"] = "EUR".into();
    let input = format!("{raised}\n{euro}\n");
    let o = common::run_with_stdin(
        &[
            "diff",
            &format!("{DIR}/old"),
            &format!("{DIR}/new"),
            "--partners",
            "-",
            "--format",
            "json",
        ],
        None,
        &input,
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("rubric::eval::currency-mismatch"),
        "{}",
        stderr(&o)
    );
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["partner"]["id"], "b-raised");
    assert_eq!(lines[0]["moves"][0]["to"], serde_json::Value::Null);
    assert_eq!(lines[1]["partner"]["id"], "euro");
    assert_eq!(lines[2]["summary"]["undecided"], 1);
}
