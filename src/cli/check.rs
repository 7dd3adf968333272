//! `rubric check`: parse and validate rules.

use rubric::diag;
use rubric::i18n;

use super::{exit, load, usage_error, Env, RulesArgs};

/// Parse and validate rules, reporting every error and warning.
///
/// Exits 0 when there is no error (warnings allowed), 1 otherwise.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  rubric check                      # the built-in competencies\n  rubric check competencies/        # every *.rubric file below a directory\n  rubric check --format json my.rubric\n  rubric check --format sarif > rubric.sarif"
)]
pub struct Args {
    #[command(flatten)]
    rules: RulesArgs,

    /// `human` renders diagnostics with the source; `json` prints one JSON
    /// array of records; `sarif` a SARIF 2.1.0 log for code-scanning services.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
}

/// Output formats of `rubric check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    /// Diagnostics drawn with their source, for people.
    Human,
    /// One JSON array of diagnostic records.
    Json,
    /// A SARIF 2.1.0 log (GitHub code scanning and other viewers).
    Sarif,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let loaded = match load::rules(&args.rules.paths) {
        Ok(l) => l,
        Err(m) => return usage_error(&m),
    };
    let mut compilation = rubric::compile(&loaded.sources);
    let mut diagnostics = loaded.errors;
    diagnostics.append(&mut compilation.diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let allowed = compilation.allowed.len();
    // SARIF viewers take every result; people and the JSON, a bounded output.
    let diagnostics = match args.format {
        CheckFormat::Sarif => diagnostics,
        _ => env.cap(diagnostics),
    };
    match args.format {
        CheckFormat::Sarif => {
            super::print_stdout(&super::sarif::log(&diagnostics, &loaded.sources, env.lang));
        }
        CheckFormat::Json => {
            // Allowed warnings are listed after the others, with their reason.
            let mut records: Vec<_> = diagnostics
                .iter()
                .map(|d| diag::to_json(d, &loaded.sources, env.lang))
                .collect();
            for a in &compilation.allowed {
                let mut record = diag::to_json(&a.warning, &loaded.sources, env.lang);
                record.allowed = Some(a.reason.clone());
                records.push(record);
            }
            super::print_stdout(
                &serde_json::to_string_pretty(&records).unwrap_or_else(|_| "[]".into()),
            );
        }
        CheckFormat::Human => {
            eprint!(
                "{}",
                diag::render_all(&diagnostics, &loaded.sources, env.render_options())
            );
            let counts = i18n::Args::new()
                .with("files", loaded.sources.len())
                .with("errors", errors)
                .with("warnings", warnings)
                .with("allowed", allowed);
            if errors > 0 {
                eprintln!("{}", i18n::text(env.lang, "cli-check-failed", &counts));
            } else if let Some(p) = &compilation.program {
                let options: usize = p.competencies.iter().map(|c| c.options.len()).sum();
                let counts = counts
                    .with("competencies", p.competencies.len())
                    .with("options", options)
                    .with("exams", p.exams.len())
                    // "7 exams" while every credential is one; else "9 credentials".
                    .with(
                        "credentials",
                        match p
                            .exams
                            .iter()
                            .all(|e| e.kind == rubric::ir::CredentialKind::Exam)
                        {
                            true => "exams",
                            false => "credentials",
                        },
                    );
                super::print_stdout(&i18n::text(env.lang, "cli-check-ok", &counts));
            }
        }
    }
    if errors > 0 {
        exit::INVALID
    } else {
        exit::OK
    }
}
