//! `rubric test`: test cases written beside the competencies, and rule coverage.
//!
//! A test file (`*.test.yaml`) lists cases: a partner (inline, or a path to a
//! data file relative to the test file), an optional as-of date, the tier
//! expected per competency option, and optionally the requirements expected
//! unmet. See docs/language.md, "Testing rules".

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::data::{self, Catalog, Format};
use crate::eval::{self, Options, Outcome};
use crate::ir::{Program, Requirement};

/// Suffixes of test files.
pub const TEST_SUFFIXES: [&str; 3] = [".test.yaml", ".test.yml", ".test.json"];

/// One test file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    tests: Vec<CaseSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseSpec {
    name: String,
    #[serde(default)]
    as_of: Option<NaiveDate>,
    partner: serde_yaml_ng::Value,
    /// `competency/option` → tier id, or `none`.
    expect: BTreeMap<String, String>,
    /// `competency/option` → requirements expected unmet (`gold/revenue`).
    #[serde(default)]
    unmet: BTreeMap<String, Vec<String>>,
}

/// The verdict on one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseResult {
    Pass,
    /// Expectations that did not hold, one sentence each.
    Fail(Vec<String>),
    /// The case could not run (bad partner data, unknown option…).
    Error(Vec<String>),
}

/// One case and its verdict.
#[derive(Debug, Clone)]
pub struct CaseReport {
    pub name: String,
    pub result: CaseResult,
}

/// One file and its cases; `error` when the file itself cannot be read.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub name: String,
    pub error: Option<String>,
    pub cases: Vec<CaseReport>,
}

/// A requirement that no case saw both met and unmet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncovered {
    /// `cloud-crm/reseller gold/individuals`.
    pub requirement: String,
    pub seen_met: bool,
    pub seen_unmet: bool,
}

/// Everything `rubric test` found.
#[derive(Debug, Clone)]
pub struct TestReport {
    pub files: Vec<FileReport>,
    pub uncovered: Vec<Uncovered>,
}

impl TestReport {
    /// Cases passed and failed (errors count as failures).
    pub fn counts(&self) -> (usize, usize) {
        let all = self.files.iter().flat_map(|f| &f.cases);
        let passed = all.clone().filter(|c| c.result == CaseResult::Pass).count();
        let total = all.count();
        let file_errors = self.files.iter().filter(|f| f.error.is_some()).count();
        (passed, total - passed + file_errors)
    }
}

/// The name of requirement `ri` of a tier: `gold/revenue`, or `gold/revenue[2]`
/// when the tier has several of that kind.
pub fn requirement_name(tier: &crate::ir::Tier, ri: usize) -> String {
    let kind = |r: &Requirement| match r {
        Requirement::Revenue(_) => "revenue",
        Requirement::Individuals(_) => "individuals",
    };
    let k = kind(&tier.requirements[ri]);
    let same: Vec<usize> = (0..tier.requirements.len())
        .filter(|i| kind(&tier.requirements[*i]) == k)
        .collect();
    if same.len() == 1 {
        format!("{}/{k}", tier.id)
    } else {
        let pos = same.iter().position(|i| *i == ri).unwrap_or(0) + 1;
        format!("{}/{k}[{pos}]", tier.id)
    }
}

/// Reads a partner file named in a test file: `(test file, path)` to `(display name, bytes)`.
pub type ReadPartner<'a> = &'a dyn Fn(&str, &str) -> Result<(String, Vec<u8>), String>;

/// Runs every case of every test file. `read` fetches a partner file named
/// relative to its test file (the library itself touches no files).
pub fn run(program: &Program, files: &[(String, String)], read: ReadPartner) -> TestReport {
    let catalog = Catalog::new(program);
    // (competency/option, requirement name) → (seen met, seen unmet)
    let mut seen: BTreeMap<(String, String), (bool, bool)> = BTreeMap::new();
    for c in &program.competencies {
        for o in &c.options {
            for t in &o.tiers {
                for ri in 0..t.requirements.len() {
                    seen.insert(
                        (format!("{}/{}", c.id, o.id), requirement_name(t, ri)),
                        (false, false),
                    );
                }
            }
        }
    }
    let mut reports = Vec::new();
    for (name, text) in files {
        let spec: FileSpec = match serde_yaml_ng::from_str(text) {
            Ok(s) => s,
            Err(e) => {
                let at = e.location().map_or(String::new(), |l| {
                    format!(" at line {}, column {}", l.line(), l.column())
                });
                reports.push(FileReport {
                    name: name.clone(),
                    error: Some(format!("cannot read the test file{at}: {e}")),
                    cases: Vec::new(),
                });
                continue;
            }
        };
        let cases = spec
            .tests
            .iter()
            .map(|case| CaseReport {
                name: case.name.clone(),
                result: run_case(program, &catalog, name, case, read, &mut seen),
            })
            .collect();
        reports.push(FileReport {
            name: name.clone(),
            error: None,
            cases,
        });
    }
    let uncovered = seen
        .into_iter()
        .filter(|(_, (m, u))| !(*m && *u))
        .map(|((opt, req), (m, u))| Uncovered {
            requirement: format!("{opt} {req}"),
            seen_met: m,
            seen_unmet: u,
        })
        .collect();
    TestReport {
        files: reports,
        uncovered,
    }
}

fn run_case(
    program: &Program,
    catalog: &Catalog,
    file: &str,
    case: &CaseSpec,
    read: ReadPartner,
    seen: &mut BTreeMap<(String, String), (bool, bool)>,
) -> CaseResult {
    let (name, bytes) = match &case.partner {
        serde_yaml_ng::Value::String(path) => match read(file, path) {
            Ok(read) => read,
            Err(e) => return CaseResult::Error(vec![e]),
        },
        inline => {
            let text = serde_yaml_ng::to_string(inline).unwrap_or_default();
            (format!("{file} ({})", case.name), text.into_bytes())
        }
    };
    // A data file's format comes from its name; inline data is YAML.
    let format = match case.partner {
        serde_yaml_ng::Value::String(_) => None,
        _ => Some(Format::Yaml),
    };
    let mut sources = crate::span::Sources::new();
    let data_file = sources.add(name.as_str(), data::text_of(&bytes).as_ref());
    let partner = match data::load_bytes(catalog, &bytes, data_file, &name, format) {
        Ok(l) => l.partner,
        Err(errors) => {
            let opts = crate::diag::RenderOptions::plain(crate::i18n::Lang::En);
            return CaseResult::Error(
                errors
                    .iter()
                    .map(|e| crate::diag::render(e, &sources, opts))
                    .collect(),
            );
        }
    };
    let Some(as_of) = case.as_of.or(partner.as_of) else {
        return CaseResult::Error(vec![
            "no as-of date: give `as_of` in the case or in the partner".into(),
        ]);
    };
    let outcome = match eval::evaluate(
        program,
        &partner,
        Options {
            as_of,
            competency: None,
        },
    ) {
        Ok(o) => o,
        Err(errors) => {
            return CaseResult::Error(errors.iter().map(|e| format!("{e:?}")).collect());
        }
    };
    record_coverage(program, &outcome, seen);
    let mut failures = Vec::new();
    let mut errors = Vec::new();
    for (key, want) in &case.expect {
        let Some((o, option)) = find_option(program, &outcome, key) else {
            errors.push(format!(
                "no competency option `{key}` (write `competency/option`)"
            ));
            continue;
        };
        let got = o.attained.map_or("none", |t| option.tiers[t].id.as_str());
        if want != "none" && !option.tiers.iter().any(|t| &t.id == want) {
            errors.push(format!("`{key}` has no tier `{want}`"));
            continue;
        }
        if got != want {
            failures.push(format!(
                "{key}: expected {want}, got {got}{}",
                why(o, option, want, got)
            ));
        }
    }
    for (key, wanted) in &case.unmet {
        let Some((o, option)) = find_option(program, &outcome, key) else {
            errors.push(format!(
                "no competency option `{key}` (write `competency/option`)"
            ));
            continue;
        };
        let mut tiers: Vec<&str> = Vec::new();
        for w in wanted {
            // The whole name must exist: `gold/revenu` is a typo, not "nothing unmet".
            let tier = option
                .tiers
                .iter()
                .find(|t| (0..t.requirements.len()).any(|ri| &requirement_name(t, ri) == w));
            match tier {
                Some(t) => tiers.push(t.id.as_str()),
                None => errors.push(format!(
                    "`{w}` names no requirement of `{key}` (write `tier/revenue` or `tier/individuals`)"
                )),
            }
        }
        for (ti, tier) in option.tiers.iter().enumerate() {
            if !tiers.contains(&tier.id.as_str()) {
                continue;
            }
            for (ri, r) in o.tiers[ti].requirements.iter().enumerate() {
                let name = requirement_name(tier, ri);
                let expected_unmet = wanted.contains(&name);
                if expected_unmet && r.met() {
                    failures.push(format!("{key}: expected {name} unmet, but it is met"));
                } else if !expected_unmet && !r.met() {
                    failures.push(format!("{key}: {name} is unmet, but not listed in `unmet`"));
                }
            }
        }
    }
    if !errors.is_empty() {
        CaseResult::Error(errors)
    } else if !failures.is_empty() {
        CaseResult::Fail(failures)
    } else {
        CaseResult::Pass
    }
}

fn find_option<'p>(
    program: &'p Program,
    outcome: &'p Outcome,
    key: &str,
) -> Option<(&'p eval::OptionOutcome, &'p crate::ir::CompetencyOption)> {
    let (c, o) = key.split_once('/')?;
    outcome.options.iter().find_map(|oo| {
        let comp = &program.competencies[oo.competency];
        let opt = &comp.options[oo.option];
        (comp.id == c && opt.id == o).then_some((oo, opt))
    })
}

/// The unmet requirements that explain a wrong tier.
fn why(
    o: &eval::OptionOutcome,
    option: &crate::ir::CompetencyOption,
    want: &str,
    got: &str,
) -> String {
    // Explain the tier that was expected but missed, or the one reached unexpectedly.
    let focus = option
        .tiers
        .iter()
        .position(|t| t.id == want)
        .filter(|ti| !o.tiers[*ti].met)
        .or_else(|| option.tiers.iter().position(|t| t.id == got));
    let Some(ti) = focus else {
        return String::new();
    };
    let tier = &option.tiers[ti];
    let reasons: Vec<String> = o.tiers[ti]
        .requirements
        .iter()
        .enumerate()
        .map(|(ri, r)| {
            let name = requirement_name(tier, ri);
            let detail = match r {
                eval::RequirementOutcome::Revenue(r) => format!(
                    "found {} of {} required",
                    r.found.normalize(),
                    r.required.normalize()
                ),
                eval::RequirementOutcome::Individuals(i) => {
                    format!("{} of {} slots filled", i.filled, i.required)
                }
            };
            format!(
                "{name} {} ({detail})",
                if r.met() { "met" } else { "unmet" }
            )
        })
        .collect();
    format!(" — {}", reasons.join("; "))
}

fn record_coverage(
    program: &Program,
    outcome: &Outcome,
    seen: &mut BTreeMap<(String, String), (bool, bool)>,
) {
    for o in &outcome.options {
        let comp = &program.competencies[o.competency];
        let opt = &comp.options[o.option];
        let key = format!("{}/{}", comp.id, opt.id);
        for (tier, t) in opt.tiers.iter().zip(&o.tiers) {
            for (ri, r) in t.requirements.iter().enumerate() {
                if let Some(s) = seen.get_mut(&(key.clone(), requirement_name(tier, ri))) {
                    if r.met() {
                        s.0 = true;
                    } else {
                        s.1 = true;
                    }
                }
            }
        }
    }
}

/// Whether `name` is a test file.
pub fn is_test_file(name: &str) -> bool {
    TEST_SUFFIXES.iter().any(|s| name.ends_with(s))
}
