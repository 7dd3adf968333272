//! `rubric test`: run the test cases written beside the rules.

use std::path::{Path, PathBuf};

use super::{exit, load, print_stdout, usage_error, Env};
use rubric::testing::{self, CaseResult};

/// Run the rule tests written beside the competencies.
///
/// Test files (`*.test.yaml`) list partners and the tier each competency
/// option must reach. Reports pass/fail per case, the reason for each failure,
/// and which requirements no test saw both met and unmet (rule coverage).
///
/// Exits 1 when a case fails or cannot run.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "A test file:\n\n  tests:\n    - name: silver at exactly USD 100,000\n      as_of: 2017-07-01\n      partner: partners/contoso.json     # or an inline partner mapping\n      expect: { cloud-crm/reseller: silver }\n      unmet: { cloud-crm/reseller: [gold/revenue] }\n\nExamples:\n  rubric test                  # the built-in competencies and their tests\n  rubric test competencies/    # rules and tests below a directory"
)]
pub struct Args {
    /// Directories or files holding rules (`*.rubric`) and tests (`*.test.yaml`). Default: the built-in ones.
    #[arg(value_name = "PATHS")]
    paths: Vec<PathBuf>,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let (rule_paths, tests) = if args.paths.is_empty() {
        (Vec::new(), rubric::builtin_tests())
    } else {
        let mut test_files = Vec::new();
        let mut rule_paths = Vec::new();
        for p in &args.paths {
            if p.is_dir() {
                rule_paths.push(p.clone());
                let mut found = Vec::new();
                let is_test = |f: &Path| testing::is_test_file(&f.to_string_lossy());
                if let Err(e) = load::collect(p, &mut found, &is_test) {
                    return usage_error(&format!("cannot read `{}`: {e}", p.display()));
                }
                for f in found {
                    match std::fs::read_to_string(&f) {
                        Ok(t) => test_files.push((f.display().to_string(), t)),
                        Err(e) => {
                            return usage_error(&format!("cannot read `{}`: {e}", f.display()))
                        }
                    }
                }
            } else if testing::is_test_file(&p.to_string_lossy()) {
                match std::fs::read_to_string(p) {
                    Ok(t) => test_files.push((p.display().to_string(), t)),
                    Err(e) => return usage_error(&format!("cannot read `{}`: {e}", p.display())),
                }
            } else {
                rule_paths.push(p.clone());
            }
        }
        (rule_paths, test_files)
    };
    if tests.is_empty() {
        return usage_error("no test files (`*.test.yaml`) found");
    }
    let program = match load::program(env, &rule_paths) {
        Ok((_, p)) => p,
        Err(code) => return code,
    };
    let read = |test_file: &str, path: &str| -> Result<(String, Vec<u8>), String> {
        let base = Path::new(test_file).parent().unwrap_or(Path::new("."));
        let full = base.join(path);
        std::fs::read(&full)
            .map(|b| (full.display().to_string(), b))
            .map_err(|e| format!("cannot read partner `{}`: {e}", full.display()))
    };
    let report = testing::run(&program, &tests, &read);
    let mut out = String::new();
    for f in &report.files {
        out.push_str(&format!("{}\n", f.name));
        if let Some(e) = &f.error {
            out.push_str(&format!("  ✗ {e}\n"));
        }
        for c in &f.cases {
            match &c.result {
                CaseResult::Pass => out.push_str(&format!("  ✓ {}\n", c.name)),
                CaseResult::Fail(why) | CaseResult::Error(why) => {
                    out.push_str(&format!("  ✗ {}\n", c.name));
                    for w in why {
                        for line in w.lines() {
                            out.push_str(&format!("      {line}\n"));
                        }
                    }
                }
            }
        }
    }
    if report.uncovered.is_empty() {
        out.push_str("\nrule coverage: every requirement was seen both met and unmet\n");
    } else {
        out.push_str(&format!(
            "\nrule coverage: {} requirement(s) not exercised both ways:\n",
            report.uncovered.len()
        ));
        for u in &report.uncovered {
            let never = match (u.seen_met, u.seen_unmet) {
                (false, false) => "never evaluated",
                (true, false) => "never seen unmet",
                _ => "never seen met",
            };
            out.push_str(&format!("  {}: {never}\n", u.requirement));
        }
    }
    let (passed, failed_cases) = report.counts();
    out.push_str(&format!("\ntests: {passed} passed; {failed_cases} failed"));
    print_stdout(&out);
    if failed_cases > 0 {
        exit::INVALID
    } else {
        exit::OK
    }
}
