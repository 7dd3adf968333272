//! The `rubric` binary as a user runs it: exit codes, where output goes, and
//! the acceptance scenarios of the issues, on copies of `competencies/`.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::{copy_competencies, run as rubric, stderr, stdout};

/// `n` pseudo-random bytes (xorshift), the same for the same seed.
fn random_bytes(seed: u32, n: usize) -> Vec<u8> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect()
}

/// The Cloud CRM result of a JSON report (one of the shipped competencies).
fn cloud_crm(report: &serde_json::Value) -> &serde_json::Value {
    report["competencies"]
        .as_array()
        .and_then(|cs| cs.iter().find(|c| c["competency"] == "cloud-crm"))
        .expect("the report has a cloud-crm result")
}

fn crm(dir: &Path) -> PathBuf {
    dir.join("cloud-crm.rubric")
}

#[test]
fn check_passes_on_the_builtin_competencies_from_any_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let o = rubric(&["check"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "ok: 21 files, 19 competencies, 26 options, 111 credentials, 1 warning allowed\n"
    );
}

#[test]
fn compile_prints_every_exam_and_amount() {
    let o = rubric(&["compile"], None);
    assert_eq!(o.status.code(), Some(0));
    let ir: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(ir["format"], rubric::ir::IR_VERSION);
    let exams: Vec<&str> = ir["exams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    // The seed's exams first, then the other credentials of the 2017 catalog.
    assert_eq!(
        exams[..7],
        ["MB2-706", "MB2-707", "MB2-709", "MB2-710", "MB2-712", "MB2-713", "MB2-714"]
    );
    // 99 of the 2017 catalog, 12 certifications of the 2022 designation.
    assert_eq!(exams.len(), 111);
    for id in [
        "70-480",
        "MB2-718",
        "ta-cloud-platform",
        "MCSA-Office-365",
        "PMI-ACP",
    ] {
        assert!(exams.contains(&id), "{id}");
    }
    let text = stdout(&o);
    for amount in ["\"100000\"", "\"50000\"", "\"300000\"", "\"150000\""] {
        assert!(text.contains(amount), "missing {amount}");
    }
}

#[test]
fn misspelt_exam_is_reported_with_file_line_and_suggestion() {
    let (_tmp, dir) = copy_competencies();
    let text = std::fs::read_to_string(crm(&dir)).unwrap();
    std::fs::write(
        crm(&dir),
        text.replacen("MB2-712, MB2-707]", "MB2-712, MB2707]", 1),
    )
    .unwrap();
    let o = rubric(&["check", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("rubric::resolve::unknown-credential"), "{err}");
    assert!(err.contains("cloud-crm.rubric:29:30"), "{err}");
    assert!(err.contains("did you mean `MB2-707`?"), "{err}");
}

#[test]
fn misspelt_exam_is_reported_in_french_with_the_same_code() {
    let (_tmp, dir) = copy_competencies();
    let text = std::fs::read_to_string(crm(&dir)).unwrap();
    std::fs::write(
        crm(&dir),
        text.replacen("MB2-712, MB2-707]", "MB2-712, MB2707]", 1),
    )
    .unwrap();
    let o = rubric(&["--lang", "fr", "check", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("rubric::resolve::unknown-credential"), "{err}");
    assert!(
        err.contains(
            "aucun examen, aucune évaluation ni aucune certification ne s'appelle `MB2707`"
        ),
        "{err}"
    );
    assert!(err.contains("vouliez-vous dire `MB2-707` ?"), "{err}");
    assert!(err.contains("cloud-crm.rubric:29:30"), "{err}");
    assert!(
        err.ends_with("erreur : 1 erreur dans 21 fichiers, 1 avertissement accepté\n"),
        "{err}"
    );
    // The language also comes from the environment, and JSON records carry it.
    let o = Command::new(env!("CARGO_BIN_EXE_rubric"))
        .args(["check", "--format", "json", dir.to_str().unwrap()])
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let records: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    // The EMM warning its rules acknowledge is listed too, marked `allowed`.
    let records: Vec<_> = records
        .into_iter()
        .filter(|r| r["allowed"].is_null())
        .collect();
    assert_eq!(records.len(), 1, "{records:#?}");
    assert_eq!(records[0]["code"], "rubric::resolve::unknown-credential");
    assert_eq!(
        records[0]["message"],
        "aucun examen, aucune évaluation ni aucune certification ne s'appelle `MB2707`"
    );
    assert_eq!(records[0]["help"], "vouliez-vous dire `MB2-707` ?");
}

#[test]
fn check_summaries_in_english_and_french() {
    let tmp = tempfile::tempdir().unwrap();
    let o = rubric(&["--lang", "fr", "check"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "ok : 21 fichiers, 19 compétences, 26 options, 111 qualifications, 1 avertissement accepté\n"
    );
    let f = tmp.path().join("warn.rubric");
    std::fs::write(
        &f,
        "exam X-1 \"X\"\ncompetency c { option o { tier t { title \"T\" } } }\n",
    )
    .unwrap();
    let o = rubric(&["--lang", "en", "check", f.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "ok: 1 file, 1 competency, 1 option, 1 exam, 1 warning\n"
    );
    std::fs::write(&f, "exam X-1\nexam X-2\n").unwrap();
    let o = rubric(&["--lang", "en", "check", f.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).ends_with("error: 2 errors in 1 file\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn file_cut_two_thirds_of_the_way_is_reported() {
    let (_tmp, dir) = copy_competencies();
    let text = std::fs::read(crm(&dir)).unwrap();
    std::fs::write(crm(&dir), &text[..text.len() * 2 / 3]).unwrap();
    let o = rubric(&["check", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("rubric::syntax::unexpected"), "{err}");
    assert!(err.contains("cloud-crm.rubric:"), "{err}");
}

#[test]
fn random_bytes_are_reported_not_a_panic() {
    let (_tmp, dir) = copy_competencies();
    let bytes = random_bytes(0x9e37_79b9, 4096);
    std::fs::write(crm(&dir), bytes).unwrap();
    let o = rubric(&["check", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("cloud-crm.rubric"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn file_copied_under_a_second_name_reports_duplicates() {
    let (_tmp, dir) = copy_competencies();
    std::fs::copy(crm(&dir), dir.join("cloud-crm-copy.rubric")).unwrap();
    std::fs::copy(dir.join("catalog.rubric"), dir.join("catalog-copy.rubric")).unwrap();
    // Every one of them: past 20 of one kind per file, they are counted instead.
    let all = ["check", "--max-diagnostics", "0", "--format", "json"];
    let o = rubric(&[&all[..], &[dir.to_str().unwrap()]].concat(), None);
    assert_eq!(o.status.code(), Some(1));
    let records: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    // Allowed warnings are listed too, marked `allowed`: not duplicates.
    let records: Vec<_> = records
        .into_iter()
        .filter(|r| r["allowed"].is_null())
        .collect();
    // 7 exams, 23 products, 2 kinds, 1 currency, 2 markets, 4 association
    // types, 1 status, 5 metrics, 1 competency.
    assert_eq!(records.len(), 46, "{records:#?}");
    for r in &records {
        assert_eq!(r["code"], "rubric::resolve::duplicate-definition");
        assert!(r["file"].as_str().unwrap().ends_with(".rubric"));
        assert!(r["line"].as_u64().unwrap() > 0 && r["column"].as_u64().unwrap() > 0);
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        rubric(&["check", "/no/such/path"], None).status.code(),
        Some(2)
    );
    assert_eq!(rubric(&["frobnicate"], None).status.code(), Some(2));
    assert_eq!(rubric(&["eval"], None).status.code(), Some(2));
    let o = rubric(
        &["eval", "--partner", "x.json", "--as-of", "2017-13-01"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_explains_every_command_with_an_example() {
    for cmd in ["check", "compile", "eval", "fmt", "test", "doc"] {
        let o = rubric(&[cmd, "--help"], None);
        assert_eq!(o.status.code(), Some(0));
        assert!(
            stdout(&o).contains("Examples:"),
            "{cmd} --help has no example"
        );
    }
}

#[test]
fn doc_pages_in_english_and_french() {
    let en = rubric(&["doc"], None);
    assert_eq!(en.status.code(), Some(0));
    insta::assert_snapshot!("doc_en", stdout(&en));
    let fr = rubric(&["doc", "--lang", "fr"], None);
    assert_eq!(fr.status.code(), Some(0));
    insta::assert_snapshot!("doc_fr", stdout(&fr));
}

#[test]
fn rule_tests_pass_and_a_wrong_expectation_fails_clearly() {
    let o = rubric(&["test"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    insta::assert_snapshot!("test_builtin", stdout(&o));

    let (_tmp, dir) = copy_competencies();
    let tests = dir.join("cloud-crm.test.yaml");
    let text = std::fs::read_to_string(&tests).unwrap();
    let changed = text.replacen(
        "expect: {cloud-crm/reseller: gold}",
        "expect: {cloud-crm/reseller: silver}",
        1,
    );
    assert_ne!(text, changed);
    std::fs::write(&tests, changed).unwrap();
    let o = rubric(&["test", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("expected silver, got gold"), "{out}");
    assert!(out.contains("1 failed"), "{out}");
}

#[test]
fn fmt_check_reports_a_diff_and_fmt_restores_the_file() {
    let (_tmp, dir) = copy_competencies();
    let shipped = std::fs::read_to_string(crm(&dir)).unwrap();
    let scrambled: String = shipped
        .lines()
        .enumerate()
        .map(|(i, l)| {
            format!(
                "{}{}\n{}",
                " ".repeat(i % 7),
                l.trim(),
                if i % 4 == 0 { "\n" } else { "" }
            )
        })
        .collect();
    std::fs::write(crm(&dir), &scrambled).unwrap();
    let o = rubric(&["fmt", "--check", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("(formatted)"));
    assert_eq!(
        std::fs::read_to_string(crm(&dir)).unwrap(),
        scrambled,
        "--check writes nothing"
    );
    assert_eq!(
        rubric(&["fmt", dir.to_str().unwrap()], None).status.code(),
        Some(0)
    );
    assert_eq!(std::fs::read_to_string(crm(&dir)).unwrap(), shipped);
    let o = rubric(&["fmt", "--check", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn three_broken_items_give_three_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("broken.rubric");
    std::fs::write(
        &f,
        "exam X-1 Missing quotes\nproduct p \"P\"\nmarket m \"M\" countries [FR BR]\nkind k \"K\"\ncompetency c {\n  option o { tier t { individuals 1 { 1 x one [X-1] } } }\n}\n",
    )
    .unwrap();
    let o = rubric(&["check", "--format", "json", f.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let records: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    let lines: Vec<u64> = records
        .iter()
        .filter(|r| r["code"] == "rubric::syntax::unexpected")
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [1, 3, 6]);
}

#[test]
fn bad_partner_data_exits_1_with_a_located_diagnostic() {
    let good = include_str!("../examples/partners/contoso.json");
    let random = random_bytes(0x1234_5678, 3000);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", good.as_bytes()[..700].to_vec(), "p.json:14:"),
        (
            "bad amount",
            good.replace("\"60000.00\"", "\"10O000.00\"").into_bytes(),
            "p.json:8:",
        ),
        (
            "bad date",
            good.replace("\"2017-03-02\"", "\"2017-13-01\"")
                .into_bytes(),
            "p.json:8:",
        ),
        (
            "no country",
            good.lines()
                .filter(|l| !l.contains("\"country\""))
                .collect::<Vec<_>>()
                .join("\n")
                .into_bytes(),
            "p.json:1:1",
        ),
        (
            "nested brackets",
            "[".repeat(100_000).into_bytes(),
            "p.json:1:",
        ),
        ("random bytes", random, "p.json:"),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (what, bytes, place) in cases {
        let f = tmp.path().join("p.json");
        std::fs::write(&f, bytes).unwrap();
        let o = rubric(&["eval", "--partner", f.to_str().unwrap()], None);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{what}: {err}");
        assert!(err.contains("rubric::data::"), "{what}: {err}");
        assert!(err.contains(place), "{what}: no `{place}` in {err}");
        assert!(stdout(&o).is_empty(), "{what}");
    }
}

#[test]
fn eval_reads_stdin_and_yaml_and_honours_as_of() {
    let yaml = include_str!("../examples/partners/fabrikam-india.yaml");
    let args = [
        "eval",
        "--partner",
        "-",
        "--format",
        "json",
        "--as-of",
        "2018-07-01",
    ];
    let o = common::run_with_stdin(&args, None, yaml);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["as_of"], "2018-07-01");
    // A year later the revenue has left the window: no tier.
    let crm = cloud_crm(&v);
    assert_eq!(crm["attained"], serde_json::Value::Null);
    assert_eq!(crm["option"], "reseller");
}

#[test]
fn gap_plan_names_the_exam_and_the_person() {
    let o = rubric(
        &["eval", "--partner", "examples/partners/adatum.json"],
        Some(Path::new(env!("CARGO_MANIFEST_DIR"))),
    );
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("attained: silver   next: gold"), "{out}");
    assert!(
        out.contains("• Dirk Braun (dirk): pass MB2-712 or MB2-707"),
        "{out}"
    );
    assert!(out.contains("1 exam pass in all"), "{out}");
}

#[test]
fn many_partners_give_json_lines_in_order() {
    let o = rubric(
        &[
            "eval",
            "--format",
            "json",
            "--partner",
            "examples/partners/adatum.json",
            "--partner",
            "examples/partners/northwind.json",
            "--partner",
            "examples/partners/fabrikam-india.yaml",
        ],
        Some(Path::new(env!("CARGO_MANIFEST_DIR"))),
    );
    assert_eq!(o.status.code(), Some(0));
    let tiers: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|v| cloud_crm(&v)["attained"].clone())
        .collect();
    assert_eq!(
        tiers,
        [
            serde_json::json!("silver"),
            serde_json::Value::Null,
            serde_json::json!("gold")
        ]
    );
}

#[test]
fn eval_speaks_french_with_lang_fr() {
    let root = Some(Path::new(env!("CARGO_MANIFEST_DIR")));
    let o = rubric(
        &[
            "eval",
            "--lang",
            "fr",
            "--partner",
            "examples/partners/adatum.json",
        ],
        root,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("atteint : silver   suivant : gold"), "{out}");
    assert!(out.contains("320\u{202f}000\u{a0}USD"), "{out}");
    assert!(
        out.contains("• Dirk Braun (dirk) : réussir MB2-712 ou MB2-707"),
        "{out}"
    );
    assert!(out.contains("rubric::eval::slots-unfilled"), "{out}");
    assert!(!out.contains("attained"), "{out}");
    // The JSON report does not depend on the language.
    let json = |lang| {
        let o = rubric(
            &[
                "eval",
                "--lang",
                lang,
                "--format",
                "json",
                "--partner",
                "examples/partners/adatum.json",
            ],
            root,
        );
        stdout(&o)
    };
    assert_eq!(json("fr"), json("en"));
}

#[test]
fn ten_thousand_unknown_exams_on_one_line_give_a_short_stderr() {
    // Issue 7's acceptance: one line, 10,000 people, each holding an exam the
    // rules do not know. (Its time, under 100 ms, is checked by hand on a
    // release build: debug builds are too slow to time.)
    let people: Vec<String> = (0..10_000)
        .map(|i| {
            format!(r#"{{"id":"person-{i}","exams":[{{"exam":"XX-{i}","passed":"2016-05-01"}}]}}"#)
        })
        .collect();
    let data = format!(
        r#"{{"id":"big","country":"FR","as_of":"2017-07-01","individuals":[{}]}}"#,
        people.join(",")
    );
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("big.json");
    std::fs::write(&f, &data).unwrap();
    let o = rubric(&["eval", "--partner", f.to_str().unwrap()], None);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        o.stderr.len() < 100_000,
        "{} bytes of stderr",
        o.stderr.len()
    );
    assert!(err.contains("rubric::data::unknown-exam"), "{err}");
    assert!(err.contains("9995 passes"), "{err}");
}
