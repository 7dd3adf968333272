//! The facts of the 18 competency pages of 2017 (`tests/fixtures/seed-facts.yaml`:
//! competency ids, credential ids, threshold figures) against the shipped
//! rules: `rubric doc` of each competency, in English and in French, must show
//! every one of them, so a figure or an exam lost while encoding a page is caught.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rubric::{competency_page, Lang};
use serde::Deserialize;

const FACTS: &str = include_str!("fixtures/seed-facts.yaml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Facts {
    pages: Vec<Page>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Page {
    /// The seed file the facts come from.
    page: String,
    competency: String,
    title: BTreeMap<String, String>,
    options: Vec<OptionFacts>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFacts {
    id: String,
    tiers: BTreeMap<String, TierFacts>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TierFacts {
    figures: Vec<u64>,
    #[serde(default)]
    exams: Vec<String>,
    #[serde(default)]
    assessments: Vec<Assessment>,
    #[serde(default)]
    certifications: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Assessment {
    id: String,
    course: u32,
}

impl TierFacts {
    /// Every credential id the tier names, whatever its kind.
    fn ids(&self) -> impl Iterator<Item = &str> {
        self.exams
            .iter()
            .chain(&self.certifications)
            .map(String::as_str)
            .chain(self.assessments.iter().map(|a| a.id.as_str()))
    }
}

fn facts() -> Facts {
    serde_yaml_ng::from_str(FACTS).expect("seed-facts.yaml is valid")
}

#[test]
fn seed_facts_cover_the_18_pages_and_25_options() {
    let facts = facts();
    let pages: BTreeSet<&str> = facts.pages.iter().map(|p| p.page.as_str()).collect();
    let ids: BTreeSet<&str> = facts.pages.iter().map(|p| p.competency.as_str()).collect();
    assert_eq!(facts.pages.len(), 18, "one entry per competency page");
    assert_eq!(pages.len(), 18, "no page listed twice");
    assert_eq!(ids.len(), 18, "no competency id used twice");
    for p in &facts.pages {
        assert!(
            p.page.starts_with("competency-") && p.page.ends_with(".md"),
            "{}: a seed page name",
            p.page
        );
        let titles: Vec<&str> = p.title.keys().map(String::as_str).collect();
        assert_eq!(titles, ["en", "fr"], "{}: titles in en and fr", p.page);
    }
    let options: Vec<(&str, &str)> = facts
        .pages
        .iter()
        .flat_map(|p| {
            p.options
                .iter()
                .map(move |o| (p.competency.as_str(), o.id.as_str()))
        })
        .collect();
    assert_eq!(options.len(), 25, "design §1.1 counts 25 options");
    let distinct: BTreeSet<_> = options.iter().collect();
    assert_eq!(distinct.len(), 25, "no option listed twice");
}

#[test]
fn seed_facts_tiers_are_silver_and_gold_with_figures_and_valid_ids() {
    let facts = facts();
    let mut courses: BTreeMap<&str, u32> = BTreeMap::new();
    let (mut exams, mut assessments, mut certifications) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for p in &facts.pages {
        for o in &p.options {
            let tiers: Vec<&str> = o.tiers.keys().map(String::as_str).collect();
            assert_eq!(tiers, ["gold", "silver"], "{}/{}", p.competency, o.id);
            for (t, tier) in &o.tiers {
                let at = format!("{}/{} {t}", p.competency, o.id);
                assert!(!tier.figures.is_empty(), "{at}: no figure");
                assert!(tier.figures.iter().all(|&f| f > 0), "{at}: a zero figure");
                let ids: Vec<&str> = tier.ids().collect();
                let unique: BTreeSet<&str> = ids.iter().copied().collect();
                assert_eq!(unique.len(), ids.len(), "{at}: an id listed twice");
                for id in &ids {
                    assert!(
                        !id.is_empty() && !id.chars().all(|c| c.is_ascii_digit()),
                        "{at}: `{id}` is not a credential id"
                    );
                }
                for a in &tier.assessments {
                    let first = *courses.entry(a.id.as_str()).or_insert(a.course);
                    assert_eq!(first, a.course, "{at}: `{}` has two courses", a.id);
                    assessments.insert(a.id.as_str());
                }
                exams.extend(tier.exams.iter().map(String::as_str));
                certifications.extend(tier.certifications.iter().map(String::as_str));
            }
        }
    }
    // Design §1.4: 67 exams, 23 assessments, 9 certifications, one namespace.
    assert_eq!(exams.len(), 67, "distinct exams");
    assert_eq!(assessments.len(), 23, "distinct assessments");
    assert_eq!(certifications.len(), 9, "distinct certifications");
    let all: BTreeSet<&str> = exams
        .iter()
        .chain(&assessments)
        .chain(&certifications)
        .copied()
        .collect();
    assert_eq!(all.len(), 67 + 23 + 9, "an id under two kinds");
    let courses: BTreeSet<u32> = courses.values().copied().collect();
    assert_eq!(courses.len(), 23, "two assessments share a course number");
}

/// Every credential of the facts is declared by the shipped rules, under the
/// kind the page gives it and with the course number it publishes.
#[test]
fn seed_facts_credentials_are_declared_by_the_shipped_rules() {
    let program = &common::rules().program;
    let declared: BTreeMap<&str, &rubric::ir::Exam> =
        program.exams.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut problems = Vec::new();
    for p in facts().pages {
        for o in &p.options {
            for tier in o.tiers.values() {
                for (id, kind) in tier
                    .exams
                    .iter()
                    .map(|i| (i, "exam"))
                    .chain(tier.certifications.iter().map(|i| (i, "certification")))
                    .chain(tier.assessments.iter().map(|a| (&a.id, "assessment")))
                {
                    match declared.get(id.as_str()) {
                        None => problems.push(format!("`{id}` is not declared")),
                        Some(e) if format!("{:?}", e.kind).to_lowercase() != kind => {
                            problems.push(format!("`{id}` is not declared as an {kind}"))
                        }
                        Some(_) => {}
                    }
                }
                for a in &tier.assessments {
                    if let Some(e) = declared.get(a.id.as_str()) {
                        if e.course != Some(a.course) {
                            problems.push(format!("`{}` is not course {}", a.id, a.course));
                        }
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// With `RUBRIC_SEEDS=<dir of the mpn-2017 pages>`, every fact is checked
/// against its page (the pages live outside the repository; without the
/// variable this test checks nothing and says so).
#[test]
fn seed_facts_appear_in_their_pages_when_the_seeds_are_available() {
    let Some(dir) = std::env::var_os("RUBRIC_SEEDS") else {
        eprintln!("RUBRIC_SEEDS not set: the facts were not compared with the pages");
        return;
    };
    let mut problems = Vec::new();
    for p in facts().pages {
        let path = Path::new(&dir).join(&p.page);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let lower = text.to_lowercase();
        let numbers = numbers(&text);
        for o in &p.options {
            for tier in o.tiers.values() {
                for e in &tier.exams {
                    if !lower.contains(&format!("exam-{}.aspx", e.to_lowercase())) {
                        problems.push(format!("{}: no link to exam {e}", p.page));
                    }
                }
                for a in &tier.assessments {
                    if !text.contains(&format!("courseId={}&", a.course)) {
                        problems.push(format!("{}: no course {}", p.page, a.course));
                    }
                }
                for f in &tier.figures {
                    if !numbers.contains(f) {
                        problems.push(format!("{}: no figure {f}", p.page));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The facts shown by `rubric doc` for every competency already in
/// `competencies/`; the ones not there yet are skipped (see the next test).
#[test]
fn doc_of_each_shipped_competency_shows_its_seed_facts() {
    let (missing, problems) = check_docs();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!("not yet in competencies/: {}", missing.join(", "));
}

// Becomes mandatory (remove `#[ignore]`) when the whole catalog lands in
// `competencies/` (design §7 step 7): until then most competencies wait for
// constructs other lanes are building, and their drafts live in
// docs/design/catalog-draft/.
#[test]
fn doc_shows_every_seed_fact_of_all_18_competencies() {
    let (missing, problems) = check_docs();
    assert!(
        missing.is_empty() && problems.is_empty(),
        "competencies missing from competencies/: {}\n{}",
        if missing.is_empty() {
            "none".to_string()
        } else {
            missing.join(", ")
        },
        problems.join("\n")
    );
}

/// (competencies absent from the shipped rules, facts a doc page lacks).
fn check_docs() -> (Vec<String>, Vec<String>) {
    let program = &common::rules().program;
    let mut missing = Vec::new();
    let mut problems = Vec::new();
    for p in facts().pages {
        let Some(c) = program.competencies.iter().find(|c| c.id == p.competency) else {
            missing.push(p.competency.clone());
            continue;
        };
        for o in &p.options {
            if !c.options.iter().any(|x| x.id == o.id) {
                problems.push(format!("{}: no option `{}`", p.competency, o.id));
            }
        }
        for lang in [Lang::En, Lang::Fr] {
            let doc = competency_page(program, c, lang);
            let at = format!("{} ({})", p.competency, lang.tag());
            let numbers = numbers(&doc);
            if let Some(title) = p.title.get(lang.tag()) {
                if !doc.starts_with(&format!("# {title}\n")) {
                    problems.push(format!("{at}: title is not `{title}`"));
                }
            }
            for o in &p.options {
                for (t, tier) in &o.tiers {
                    for id in tier.ids() {
                        if !has_token(&doc, id) {
                            problems.push(format!("{at}: {}/{t} lacks `{id}`", o.id));
                        }
                    }
                    for a in &tier.assessments {
                        if !numbers.contains(&u64::from(a.course)) {
                            problems.push(format!("{at}: lacks course {}", a.course));
                        }
                    }
                    for f in &tier.figures {
                        if !numbers.contains(f) {
                            problems.push(format!("{at}: {}/{t} lacks figure {f}", o.id));
                        }
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    (missing, problems)
}

/// True when `id` appears in `text` not glued to another id character
/// (`70-48` is not found in `70-480`).
fn has_token(text: &str, id: &str) -> bool {
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || "-_".contains(c));
    text.match_indices(id).any(|(i, _)| {
        !glued(text[..i].chars().next_back()) && !glued(text[i + id.len()..].chars().next())
    })
}

/// The whole numbers written in `text`, read the way each language groups
/// digits (`100,000`, `100 000` with any space, `100000`). A number after a
/// letter or a dash, or before a dash (`MB2`, `70-480`, `Plan1`), is part of
/// a name, not a figure.
fn numbers(text: &str) -> BTreeSet<u64> {
    let chars: Vec<char> = text.chars().collect();
    let separator = |i: usize| {
        matches!(chars[i], ',' | ' ' | '\u{a0}' | '\u{202f}')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            // Exactly three digits after a separator: `2, 4` is two numbers.
            && chars.get(i + 1..i + 4).is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit)
    };
    let glued_before = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphabetic() || *c == '-');
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        while i < chars.len() && (chars[i].is_ascii_digit() || separator(i)) {
            if chars[i].is_ascii_digit() {
                digits.push(chars[i]);
            }
            i += 1;
        }
        let before = start.checked_sub(1).map(|b| &chars[b]);
        // The pages glue units to figures (`50000USD`, `12appareils`): only
        // a dash after a number makes it part of a name.
        if !glued_before(before) && chars.get(i) != Some(&'-') {
            if let Ok(n) = digits.parse() {
                out.insert(n);
            }
        }
    }
    out
}
