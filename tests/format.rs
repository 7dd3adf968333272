//! `rubric fmt`: snapshots of before/after, the scrambled shipped file, and
//! properties (fixpoint, meaning preserved) on generated programs.

use proptest::prelude::*;
use rubric::{format_source, same_meaning};
use rubric::{FileId, SourceFile, Sources};

fn fmt(name: &str, text: &str) -> String {
    format_source(FileId(0), &SourceFile::new(name, text)).expect("formats")
}

#[test]
fn formats_a_messy_file() {
    let before = include_str!("fixtures/fmt/messy.rubric");
    let after = fmt("messy.rubric", before);
    insta::assert_snapshot!(format!("── before ──\n{before}\n── after ──\n{after}"));
    assert_eq!(fmt("messy.rubric", &after), after, "fmt is idempotent");
    let mut a = Sources::new();
    a.add("messy.rubric", before);
    let mut b = Sources::new();
    b.add("messy.rubric", after.as_str());
    let (pa, pb) = (rubric::compile(&a).program, rubric::compile(&b).program);
    assert!(same_meaning(&pa.unwrap(), &pb.unwrap()));
}

#[test]
fn shipped_files_are_formatted() {
    for (_, src) in rubric::builtin_sources().iter() {
        assert_eq!(
            fmt(src.name(), src.text()),
            src.text(),
            "{} is not formatted",
            src.name()
        );
    }
}

/// Re-indents every line at random and adds blank lines, as the acceptance test does.
fn scramble(text: &str, seed: u64) -> String {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(&" ".repeat((next() % 9) as usize));
        out.push_str(line.trim());
        out.push_str(&" ".repeat((next() % 3) as usize));
        out.push('\n');
        if next() % 3 == 0 {
            out.push('\n');
        }
    }
    out.push_str("\n\n");
    out
}

#[test]
fn scrambled_shipped_file_comes_back_byte_for_byte() {
    let shipped = include_str!("../competencies/cloud-crm.rubric");
    for seed in 1..20 {
        let scrambled = scramble(shipped, seed);
        assert_ne!(scrambled, shipped);
        assert_eq!(fmt("cloud-crm.rubric", &scrambled), shipped, "seed {seed}");
    }
}

/// `allow` lines come first in their block, whatever their place, and
/// formatting twice changes nothing.
#[test]
fn allow_comes_first_in_its_block() {
    let before = "competency c { title \"C\" option o { tier t { title \"T\"\n\
                  // why\n  allow empty-tier \"as \\\"published\\\"\" } } }\n";
    let after = fmt("a.rubric", before);
    assert_eq!(
        after,
        "competency c {\n  title \"C\"\n\n  option o {\n    tier t {\n      // why\n      \
         allow empty-tier \"as \\\"published\\\"\"\n      title \"T\"\n    }\n  }\n}\n"
    );
    assert_eq!(fmt("a.rubric", &after), after);
}

/// An `allow` moved first keeps its comments: the lines above it and the
/// one trailing it; other comments stay with their code.
#[test]
fn allow_moves_with_its_comments() {
    let before = "competency c {\n  option o {\n    tier t {\n      title \"T\" // the title\n      // why we allow\n      allow empty-tier \"as published\" // trailing\n    }\n  }\n}\n";
    let after = fmt("a.rubric", before);
    assert_eq!(
        after,
        "competency c {\n  option o {\n    tier t {\n      // why we allow\n      allow empty-tier \"as published\" // trailing\n      title \"T\" // the title\n    }\n  }\n}\n"
    );
    assert_eq!(fmt("a.rubric", &after), after);
}

#[test]
fn conditions_keep_their_parentheses_and_long_ones_break_before_the_connective() {
    let src = "exam 70-346 \"A\"\nexam 70-347 \"B\"\ncertification MCSA-Office-365 \"C\"\n\
        assessment ta-skype-operations-framework \"D\"\n\
        competency c { option o { tier t { individuals 2 {\n\
        1 x ((all of [70-346, 70-347]) or (one of [MCSA-Office-365])) and one of [ta-skype-operations-framework]\n\
        1 x one of [70-346] and (one of [70-347] and one of [MCSA-Office-365])\n\
        } } } }\n";
    let out = fmt("c.rubric", src);
    insta::assert_snapshot!(out);
    assert_eq!(fmt("c.rubric", &out), out, "fmt is idempotent");
    assert!(out.contains("1 x one of [70-346] and one of [70-347] and one of [MCSA-Office-365]\n"));
}

#[test]
fn focus_areas_round_trip() {
    let src = "exam 70-767 \"A\"\nexam 70-768 \"B\"\nexam 70-773 \"C\"\n\
        competency c {\n  area   bi   { en: \"Business Intelligence\", fr: \"Décisionnel\" }  [70-767,70-768]\n\
        option o { area aa \"Advanced Analytics\" [ 70-773 ] tier t { individuals 3 {\n\
        1 x all of any area [ bi , aa ]\n 1 x one of area bi\n 1 x 2 of any area [bi]\n\
        } } } }\n";
    let out = fmt("c.rubric", src);
    insta::assert_snapshot!(out);
    assert_eq!(fmt("c.rubric", &out), out, "fmt is idempotent");
    let compile = |t: &str| {
        let mut s = Sources::new();
        s.add("c.rubric", t);
        rubric::compile(&s).program.expect("compiles")
    };
    assert!(same_meaning(&compile(src), &compile(&out)));
}

#[test]
fn each_and_of_them_round_trip() {
    let src = "exam 74-343 \"A\"\nexam 70-348 \"B\"\nexam 70-339 \"C\"\n\
        competency c { option o { tier t { individuals 4 {\n   each :all of [74-343,70-348]\n\
        2 of them :  one of [70-339] // the same people\n} } } }\n";
    let out = fmt("c.rubric", src);
    insta::assert_snapshot!(out);
    assert_eq!(fmt("c.rubric", &out), out, "fmt is idempotent");
    assert!(
        out.contains("        each: all of [74-343, 70-348]\n        2 of them: one of [70-339]")
    );
}

#[test]
fn named_and_shared_requirements_round_trip() {
    let src = "exam 70-483 \"A\"\nassessment ta-b \"B\"\n\
        competency c { option o { tier t {\n individuals   exams  2 { each: one of [70-483] }\n\
        individuals biztalk 2 shares  people with exams{ each: one of [ta-b] }\n} } }\n";
    let out = fmt("c.rubric", src);
    assert!(out.contains("      individuals exams 2 {\n"), "{out}");
    assert!(
        out.contains("      individuals biztalk 2 shares people with exams {\n"),
        "{out}"
    );
    assert_eq!(fmt("c.rubric", &out), out, "fmt is idempotent");
}

#[test]
fn measures_round_trip() {
    let src = "metric   users {en: \"users\", fr: \"utilisateurs\"}   latest\nmetric shipped \"devices shipped\" summed\n\
        competency c { option o { tier t {\n consumption in [crm-online]  over 12 months with one of [ dpor ] at least USD 15_000\n\
        count   users in [crm-online] at least {developed: 2000, developing: 1_000}\n\
        new  customers in [crm-online,d365-plan1] over 12 months at least 4 } } }\n";
    let out = fmt("c.rubric", src);
    insta::assert_snapshot!(out);
    assert_eq!(fmt("c.rubric", &out), out, "fmt is idempotent");
    let compile = |t: &str| {
        let mut s = rubric::builtin_sources();
        s.add("c.rubric", t);
        rubric::compile(&s).program.expect("compiles")
    };
    assert!(same_meaning(&compile(src), &compile(&out)));
}

#[test]
fn either_round_trips() {
    let src = "exam zz-1 \"A\"\nassessment zz-2 \"B\"\n\
        competency c { option o { tier t {\n either{ individuals 2 { each: one of [zz-1] } }\n\
        // the other way\n or { individuals 2 { each: one of [zz-2] }\n\
        revenue net-new in [crm-online] at least USD 1_000 } } } }\n";
    let out = fmt("c.rubric", src);
    insta::assert_snapshot!(out);
    assert!(
        out.contains("      either {\n        individuals 2 {\n"),
        "{out}"
    );
    assert!(out.contains("      } or {\n"), "{out}");
    assert_eq!(fmt("c.rubric", &out), out, "fmt is idempotent");
    let compile = |t: &str| {
        let mut s = rubric::builtin_sources();
        s.add("c.rubric", t);
        rubric::compile(&s).program.expect("compiles")
    };
    assert!(same_meaning(&compile(src), &compile(&out)));
}

#[test]
fn refuses_files_with_syntax_errors() {
    let errors =
        format_source(FileId(3), &SourceFile::new("bad.rubric", "exam X-1\n")).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code, "rubric::syntax::unexpected");
    assert_eq!(errors[0].span.map(|s| s.file), Some(FileId(3)));
}

/// A random valid program, laid out with random spacing and comments.
fn program() -> impl Strategy<Value = String> {
    let ws = prop::sample::select(vec![" ", "  ", "\n", " \n  ", "\n\n", " // note\n", "\t"]);
    // Ids as published: `MB2-714`, `70-480`, `PMI-ACP`.
    let exams = prop::collection::vec(
        "[A-Z]{2}[0-9]-[0-9]{3}|[0-9]{2}-[0-9]{3}|[A-Z]{3}-[A-Z]{3}",
        1..5,
    );
    // Per credential: 0 exam, 1 assessment, 2 certification; a course
    // (assessments only); a retirement date.
    let kinds = prop::collection::vec((0u8..3, prop::option::of(1u32..99_999), prop::bool::ANY), 5);
    let amounts = prop::collection::vec(1u64..10_000_000, 2);
    // Per slot group: count, a form (0 one clause, 1 `and`, 2 `or`,
    // 3 `(… or …) and …`, 4 `… or (… and …)`), list length, 0 `one of` /
    // 1 `all of` / 2 `K of`.
    let groups = prop::collection::vec((1u32..3, 0u8..5, 1usize..3, 0u8..3), 1..3);
    let spaces = prop::collection::vec(ws, 40);
    // `allow` in the competency (before or after its title), the option and
    // the tier (after its requirements): `fmt` moves each first in its block.
    let allows = (
        prop::option::of(prop::bool::ANY),
        prop::bool::ANY,
        prop::bool::ANY,
        prop::sample::select(vec!["tier-asks-less", "empty-tier"]),
    );
    (
        (exams, kinds),
        amounts,
        groups,
        spaces,
        prop::bool::ANY,
        prop::option::of(1u32..24),
        allows,
        // Other measures: 0 none, 1 consumption, 2 count, 3 new customers, 4 all;
        // the metric `latest` or `summed`.
        (0u8..5, prop::bool::ANY),
        // An `either` with two branches.
        prop::bool::ANY,
    )
        .prop_map(
            |((mut exams, kinds), amounts, groups, spaces, dpor, months, allows, measures, either)| {
                let (in_competency, in_option, in_tier, code) = allows;
                let allow = |n: u32| format!(" allow {code} \"reason {n}, \\\"quoted\\\"\" ");
                exams.sort();
                exams.dedup();
                let mut i = 0;
                let mut s = move || {
                    i += 1;
                    spaces[i % spaces.len()]
                };
                let mut t = String::new();
                t.push_str("// generated\n");
                for (e, (kind, course, retired)) in exams.iter().zip(&kinds) {
                    let kw = ["exam", "assessment", "certification"][*kind as usize];
                    t.push_str(&format!("{kw}{}{e}{}\"Credential {e}\"", s(), s()));
                    if let (1, Some(c)) = (kind, course) {
                        t.push_str(&format!("{}course {c}", s()));
                    }
                    if *retired {
                        t.push_str(&format!("{}retired 2017-09-30", s()));
                    }
                    t.push('\n');
                }
                t.push_str(&format!(
                    "product{}p{}{{ en: \"P\",{}fr: \"P fr\" }}\n",
                    s(),
                    s(),
                    s()
                ));
                t.push_str("kind k \"K\"\ncurrency USD \"Dollar\"\n");
                let (measure, summed) = measures;
                let flow = if summed { "summed" } else { "latest" };
                t.push_str(&format!("metric{}m{}\"Seats\"{}{flow}\n", s(), s(), s()));
                t.push_str(&format!(
                    "market{}a \"A\"{}default\nmarket b \"B\" countries [FR,{}BR]\n",
                    s(),
                    s(),
                    s()
                ));
                t.push_str(&format!("competency{}c{}{{{}", s(), s(), s()));
                if in_competency == Some(true) {
                    t.push_str(&allow(1));
                }
                t.push_str(&format!("title \"C\"{}", s()));
                if in_competency == Some(false) {
                    t.push_str(&allow(1));
                }
                t.push_str("option o {");
                if in_option {
                    t.push_str(&allow(2));
                }
                t.push_str(&format!("{}tier t {{{}revenue k in [p]", s(), s()));
                if let Some(m) = months {
                    t.push_str(&format!(" over {m} months"));
                }
                if dpor {
                    t.push_str(" with dpor");
                }
                t.push_str(&format!(
                    " at least {{{}a: USD {},{}b: USD {}{}}}",
                    s(),
                    amounts[0],
                    s(),
                    amounts[1],
                    s()
                ));
                let with = if dpor { " with one of [dpor]" } else { "" };
                if matches!(measure, 1 | 4) {
                    let a = amounts[0];
                    t.push_str(&format!("{}consumption in [p]{with} at least USD {a}", s()));
                }
                if matches!(measure, 2 | 4) {
                    let n = amounts[1];
                    t.push_str(&format!(
                        "{}count m in [p]{}at least {{a: {n}, b: 7}}",
                        s(),
                        s()
                    ));
                }
                if matches!(measure, 3 | 4) {
                    let w = months.map_or(String::new(), |m| format!(" over {m} months"));
                    t.push_str(&format!("{}new{}customers in [p]{w} at least 4", s(), s()));
                }
                let total: u32 = groups.iter().map(|g| g.0).sum();
                t.push_str(&format!("{}individuals {total} {{", s()));
                for (count, two, n, need) in &groups {
                    let list: Vec<&str> = exams.iter().take(*n).map(String::as_str).collect();
                    let need = match need {
                        0 => "one".to_string(),
                        1 => "all".to_string(),
                        _ => list.len().to_string(),
                    };
                    let first = format!("{need} of [{}]", list.join(","));
                    let (last, head) = (&exams[exams.len() - 1], &exams[0]);
                    let cond = match two {
                        0 => first,
                        1 => format!("{first} and one of [{last}]"),
                        2 => format!("{first}{}or one of [{last}]", s()),
                        3 => format!("({}{first} or one of [{last}]) and one of [{head}]", s()),
                        _ => format!("{first} or ( one of [{last}]{}and all of [{head}] )", s()),
                    };
                    t.push_str(&format!("{}{count} x {cond}", s()));
                    t.push_str(s());
                }
                t.push('}');
                if either {
                    t.push_str(&format!(
                        "{}either{}{{ count m in [p] at least 3{}}}{}or {{{}new customers in [p] at least 2 \
                         revenue k in [p] at least USD 5 }}",
                        s(),
                        s(),
                        s(),
                        s(),
                        s()
                    ));
                }
                if in_tier {
                    t.push_str(&allow(3));
                }
                t.push_str("}}}\n");
                t
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn fmt_is_a_fixpoint_and_keeps_meaning(text in program()) {
        let mut before = Sources::new();
        before.add("gen.rubric", text.as_str());
        let original = rubric::compile(&before);
        prop_assert!(original.program.is_some(), "generator made an invalid program: {:?}\n{text}", original.diagnostics);
        let once = fmt("gen.rubric", &text);
        let twice = fmt("gen.rubric", &once);
        prop_assert_eq!(&once, &twice);
        let mut after = Sources::new();
        after.add("gen.rubric", once.as_str());
        let formatted = rubric::compile(&after);
        prop_assert!(same_meaning(original.program.as_ref().unwrap(), formatted.program.as_ref().unwrap()));
        // `allow`s are kept: the same warnings are reported and allowed.
        let codes = |c: &rubric::Compilation| c.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
        prop_assert_eq!(codes(&original), codes(&formatted));
        prop_assert_eq!(original.allowed.len(), formatted.allowed.len());
    }
}
