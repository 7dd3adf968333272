//! `rubric test`: run the test cases written beside the rules.

use std::path::{Path, PathBuf};

use super::{exit, load, print_stdout, usage_error, Env};
use rubric::i18n::{self, Args as Words};
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
    after_help = "A test file:\n\n  tests:\n    - name: silver at exactly USD 100,000\n      as_of: 2017-07-01\n      partner: partners/contoso.json     # or an inline partner mapping\n      expect: { cloud-crm/reseller: silver }\n      unmet: { cloud-crm/reseller: [gold/revenue] }\n\nExamples:\n  rubric test                  # the built-in competencies and their tests\n  rubric test competencies/    # rules and tests below a directory\n  rubric test --format junit > results.xml"
)]
pub struct Args {
    /// Directories or files holding rules (`*.rubric`) and tests (`*.test.yaml`). Default: the built-in ones.
    #[arg(value_name = "PATHS")]
    paths: Vec<PathBuf>,

    /// `human` for people; `junit` for JUnit XML, which CI services show as test results.
    #[arg(long, value_enum, default_value_t = TestFormat::Human)]
    format: TestFormat,
}

/// Output formats of `rubric test`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum TestFormat {
    /// Cases, coverage and totals, for people.
    Human,
    /// JUnit XML: a suite per test file, and rule coverage as skipped cases.
    Junit,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let lang = env.lang;
    let cannot_read = |path: &Path, e: std::io::Error| {
        let words = Words::new()
            .with("path", path.display().to_string())
            .with("error", e.to_string());
        usage_error(&i18n::text(lang, "test-cannot-read", &words))
    };
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
                    return cannot_read(p, e);
                }
                for f in found {
                    match std::fs::read_to_string(&f) {
                        Ok(t) => test_files.push((f.display().to_string(), t)),
                        Err(e) => return cannot_read(&f, e),
                    }
                }
            } else if testing::is_test_file(&p.to_string_lossy()) {
                match std::fs::read_to_string(p) {
                    Ok(t) => test_files.push((p.display().to_string(), t)),
                    Err(e) => return cannot_read(p, e),
                }
            } else {
                rule_paths.push(p.clone());
            }
        }
        (rule_paths, test_files)
    };
    if tests.is_empty() {
        return usage_error(&i18n::word(lang, "test-no-files"));
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
            .map_err(|e| {
                let words = Words::new()
                    .with("path", full.display().to_string())
                    .with("error", e.to_string());
                i18n::text(lang, "test-cannot-read-partner", &words)
            })
    };
    let report = testing::run(&program, &tests, &read);
    let out = match args.format {
        TestFormat::Human => render(env, &report),
        TestFormat::Junit => super::junit::xml(&report, lang),
    };
    print_stdout(&out);
    let (_, failed_cases) = report.counts();
    if failed_cases > 0 {
        exit::INVALID
    } else {
        exit::OK
    }
}

/// The report as people read it: each file and its cases, rule coverage, totals.
fn render(env: &Env, report: &testing::TestReport) -> String {
    let lang = env.lang;
    let mut out = String::new();
    let mut indented = |text: &str, indent: &str| {
        // Blank lines stay blank: no trailing spaces.
        for line in text.lines() {
            if !line.trim().is_empty() {
                out.push_str(indent);
                out.push_str(line);
            }
            out.push('\n');
        }
    };
    for f in &report.files {
        indented(&f.name, "");
        if let Some(d) = &f.error {
            let shown = rubric::diag::render(d, &report.sources, env.render_options());
            indented(&format!("✗ {}", shown.trim_end()), "  ");
        }
        for c in &f.cases {
            if matches!(c.result, CaseResult::Pass) {
                indented(&format!("✓ {}", c.name), "  ");
                continue;
            }
            indented(&format!("✗ {}", c.name), "  ");
            for w in c.result.findings() {
                indented(&w.text(lang), "      ");
            }
        }
    }
    out.push('\n');
    if report.uncovered.is_empty() {
        out.push_str(&i18n::word(lang, "test-coverage-complete"));
        out.push('\n');
    } else {
        let words = Words::new().with("n", report.uncovered.len());
        out.push_str(&i18n::text(lang, "test-coverage-gaps", &words));
        out.push('\n');
        for u in &report.uncovered {
            let words = Words::new()
                .with("requirement", u.requirement.as_str())
                .with("never", u.never());
            out.push_str(&format!("  {}\n", i18n::text(lang, "test-never", &words)));
        }
    }
    let (passed, failed) = report.counts();
    let words = Words::new().with("passed", passed).with("failed", failed);
    out.push('\n');
    out.push_str(&i18n::text(lang, "test-summary", &words));
    out
}
