//! `rubric test`: test cases written beside the competencies, and rule coverage.
//!
//! A test file (`*.test.yaml`) lists cases: a partner (inline, or a path to a
//! data file relative to the test file), an optional as-of date, the tier
//! expected per competency option, and optionally the requirements expected
//! unmet. See docs/language.md, "Testing rules".

mod names;
mod spec;

use std::collections::BTreeMap;

use crate::data::{self, Catalog, Format};
use crate::diag::Diagnostic;
use crate::eval::{self, Options, Outcome};
use crate::i18n::{self, Arg, Args, Conj, Lang};
use crate::ir::Program;
use crate::span::Sources;
use crate::suggest::did_you_mean;
use spec::CaseSpec;

/// Suffixes of test files.
pub const TEST_SUFFIXES: [&str; 3] = [".test.yaml", ".test.yml", ".test.json"];

/// One sentence about a case, worded only when printed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Finding {
    /// A message of the catalog (`messages/<lang>/test.ftl`) and its arguments.
    Message {
        /// The message id (`test-wrong-tier`).
        id: &'static str,
        /// Its arguments.
        args: Args,
        /// Phrases worded in the same language and joined with "and" into
        /// the argument `reasons` (the requirements behind a wrong tier).
        reasons: Vec<Finding>,
    },
    /// A problem worded elsewhere (partner data, a file that cannot be read).
    Rendered(String),
    /// A diagnostic of another phase (an evaluation error), worded in the report's language.
    Diagnostic(crate::diag::Diagnostic),
}

impl Finding {
    fn new(id: &'static str, args: Args) -> Finding {
        Finding::Message {
            id,
            args,
            reasons: Vec::new(),
        }
    }

    /// The sentence, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Finding::Message { id, args, reasons } => {
                let mut args = args.clone();
                if !reasons.is_empty() {
                    let words: Vec<String> = reasons.iter().map(|r| r.text(lang)).collect();
                    args.set("reasons", i18n::join(lang, &words, Conj::And));
                }
                i18n::text(lang, id, &args)
            }
            Finding::Rendered(s) => s.clone(),
            Finding::Diagnostic(d) => d.message(lang),
        }
    }
}

/// The verdict on one case.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CaseResult {
    /// Every expectation held.
    Pass,
    /// Expectations that did not hold, one sentence each.
    Fail(Vec<Finding>),
    /// The case could not run (bad partner data, unknown option…).
    Error(Vec<Finding>),
}

impl CaseResult {
    /// What went wrong: nothing for a pass.
    pub fn findings(&self) -> &[Finding] {
        match self {
            CaseResult::Pass => &[],
            CaseResult::Fail(why) | CaseResult::Error(why) => why,
        }
    }
}

/// One case and its verdict.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct CaseReport {
    pub name: String,
    pub result: CaseResult,
}

/// One file and its cases; `error` when the file itself cannot be read (its
/// span points into [`TestReport::sources`]).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FileReport {
    pub name: String,
    pub error: Option<Diagnostic>,
    pub cases: Vec<CaseReport>,
}

/// A requirement that no case saw both met and unmet.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Uncovered {
    /// `cloud-crm/reseller gold/individuals`.
    pub requirement: String,
    pub seen_met: bool,
    pub seen_unmet: bool,
}

impl Uncovered {
    /// What no case saw: `evaluated` (the requirement at all), `unmet` or
    /// `met` — the `$never` of the `test-never` message.
    pub fn never(&self) -> &'static str {
        match (self.seen_met, self.seen_unmet) {
            (false, false) => "evaluated",
            (true, false) => "unmet",
            _ => "met",
        }
    }
}

/// Everything `rubric test` found.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TestReport {
    pub files: Vec<FileReport>,
    pub uncovered: Vec<Uncovered>,
    /// The test files, for rendering their diagnostics.
    pub sources: Sources,
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
    names::name_in(&tier.id, &tier.requirements, ri)
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
                for (name, _) in names::names(t) {
                    seen.insert((format!("{}/{}", c.id, o.id), name), (false, false));
                }
            }
        }
    }
    let mut reports = Vec::new();
    let mut sources = Sources::new();
    for (name, text) in files {
        let file = sources.add(name.as_str(), text.as_str());
        let spec = match spec::read(file, text) {
            Ok(s) => s,
            Err(d) => {
                reports.push(FileReport {
                    name: name.clone(),
                    error: Some(d),
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
        sources,
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
            Err(e) => return CaseResult::Error(vec![Finding::Rendered(e)]),
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
                    .map(|e| Finding::Rendered(crate::diag::render(e, &sources, opts)))
                    .collect(),
            );
        }
    };
    let Some(as_of) = case.as_of.or(partner.as_of) else {
        return CaseResult::Error(vec![Finding::new("test-no-as-of", Args::new())]);
    };
    let outcome = match eval::evaluate(program, &partner, Options::new(as_of))
        .and_then(eval::Outcome::decided)
    {
        Ok(o) => o,
        Err(errors) => {
            return CaseResult::Error(
                errors
                    .iter()
                    .map(|e| Finding::Diagnostic(e.clone()))
                    .collect(),
            );
        }
    };
    record_coverage(program, &outcome, seen);
    let mut failures = Vec::new();
    let mut errors = Vec::new();
    for (key, want) in &case.expect {
        let Some((o, option)) = find_option(program, &outcome, key) else {
            errors.push(no_option(program, key));
            continue;
        };
        let got = o.attained.unwrap_or("none");
        if want != "none" && !option.tiers.iter().any(|t| &t.id == want) {
            let tiers = option.tiers.iter().map(|t| t.id.as_str());
            let args = Args::new().with("option", key).with("tier", want);
            errors.push(Finding::new(
                "test-no-tier",
                suggest(args, want, tiers.chain(["none"])),
            ));
            continue;
        }
        if got != want {
            let reasons = why(o, option, want, got);
            let args = Args::new()
                .with("option", key)
                .with("want", want)
                .with("got", got)
                .with("explained", if reasons.is_empty() { "no" } else { "yes" });
            failures.push(Finding::Message {
                id: "test-wrong-tier",
                args,
                reasons,
            });
        }
    }
    for (key, wanted) in &case.unmet {
        let Some((o, option)) = find_option(program, &outcome, key) else {
            errors.push(no_option(program, key));
            continue;
        };
        let mut tiers: Vec<&str> = Vec::new();
        for w in wanted {
            // The whole name must exist: `gold/revenu` is a typo, not "nothing unmet".
            let tier = option
                .tiers
                .iter()
                .find(|t| names::names(t).iter().any(|(n, _)| n == w));
            match tier {
                Some(t) => tiers.push(t.id.as_str()),
                None => {
                    let names: Vec<String> = option
                        .tiers
                        .iter()
                        .flat_map(|t| names::names(t).into_iter().map(|(n, _)| n))
                        .collect();
                    let args = Args::new().with("requirement", w).with("option", key);
                    let args = suggest(args, w, names.iter().map(String::as_str));
                    errors.push(Finding::new("test-no-requirement", args));
                }
            }
        }
        for (ti, tier) in option.tiers.iter().enumerate() {
            if !tiers.contains(&tier.id.as_str()) {
                continue;
            }
            for (name, path) in names::names(tier) {
                let Some(r) = names::outcome(&o.tiers[ti], path) else {
                    continue;
                };
                let expected_unmet = wanted.contains(&name);
                let args = || Args::new().with("option", key).with("requirement", &name);
                if expected_unmet && r.met() {
                    failures.push(Finding::new("test-met-not-unmet", args()));
                } else if !expected_unmet && !r.met() {
                    failures.push(Finding::new("test-unmet-not-listed", args()));
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
    outcome: &'p Outcome<'p>,
    key: &str,
) -> Option<(&'p eval::OptionOutcome<'p>, &'p crate::ir::CompetencyOption)> {
    let (c, o) = key.split_once('/')?;
    let found = outcome.option(c, o)?;
    let comp = program.competencies.iter().find(|x| x.id == c)?;
    Some((found, comp.options.iter().find(|x| x.id == o)?))
}

/// `no competency option `x``, with the option meant if it looks like a typo.
fn no_option(program: &Program, key: &str) -> Finding {
    let keys: Vec<String> = program
        .competencies
        .iter()
        .flat_map(|c| c.options.iter().map(move |o| format!("{}/{}", c.id, o.id)))
        .collect();
    let args = Args::new().with("option", key);
    Finding::new(
        "test-no-option",
        suggest(args, key, keys.iter().map(String::as_str)),
    )
}

/// `args` with `hint` (`suggest` or `none`) and the suggestion for `name`.
fn suggest<'a>(args: Args, name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Args {
    match did_you_mean(name, candidates) {
        Some(s) => args.with("hint", "suggest").with("suggestion", s),
        None => args.with("hint", "none"),
    }
}

/// The requirements that explain a wrong tier, one phrase each.
fn why(
    o: &eval::OptionOutcome,
    option: &crate::ir::CompetencyOption,
    want: &str,
    got: &str,
) -> Vec<Finding> {
    // Explain the tier that was expected but missed, or the one reached unexpectedly.
    let focus = option
        .tiers
        .iter()
        .position(|t| t.id == want)
        .filter(|ti| !o.tiers[*ti].met)
        .or_else(|| option.tiers.iter().position(|t| t.id == got));
    let Some(ti) = focus else {
        return Vec::new();
    };
    let tier = &option.tiers[ti];
    o.tiers[ti]
        .requirements
        .iter()
        .enumerate()
        .map(|(ri, r)| {
            let args = Args::new()
                .with("requirement", requirement_name(tier, ri))
                .with("met", if r.met() { "yes" } else { "no" });
            Finding::new(
                "test-reason",
                match r {
                    eval::RequirementOutcome::Revenue(r)
                    | eval::RequirementOutcome::Consumption(r) => args
                        .with("kind", "revenue")
                        .with("found", Arg::money(r.found, r.currency))
                        .with("required", Arg::money(r.required, r.currency)),
                    eval::RequirementOutcome::Count(q)
                    | eval::RequirementOutcome::NewCustomers(q) => args
                        .with("kind", "revenue")
                        .with("found", q.found)
                        .with("required", q.required),
                    eval::RequirementOutcome::Score(s) => args
                        .with("kind", "revenue")
                        .with("found", crate::report::score::points(Lang::En, s.points))
                        .with("required", u64::from(s.rule.target)),
                    eval::RequirementOutcome::Status(_) => args.with("kind", "status"),
                    eval::RequirementOutcome::Individuals(i) => args
                        .with("kind", "individuals")
                        .with("filled", i.filled)
                        .with("slots", i.required),
                    eval::RequirementOutcome::Either(_) => args.with("kind", "either"),
                },
            )
        })
        .collect()
}

fn record_coverage(
    program: &Program,
    outcome: &Outcome,
    seen: &mut BTreeMap<(String, String), (bool, bool)>,
) {
    for o in &outcome.options {
        let Some((_, opt)) =
            find_option(program, outcome, &format!("{}/{}", o.competency, o.option))
        else {
            continue;
        };
        let key = format!("{}/{}", o.competency, o.option);
        for (tier, t) in opt.tiers.iter().zip(&o.tiers) {
            for (name, path) in names::names(tier) {
                let Some(r) = names::outcome(t, path) else {
                    continue;
                };
                if let Some(s) = seen.get_mut(&(key.clone(), name)) {
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
