//! `rubric check`: parse and validate rules.

use super::{exit, load, usage_error, Env, Format, RulesArgs};

/// Parse and validate rules, reporting every error and warning.
///
/// Exits 0 when there is no error (warnings allowed), 1 otherwise.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  rubric check                      # the built-in competencies\n  rubric check competencies/        # every *.rubric file below a directory\n  rubric check --format json my.rubric"
)]
pub struct Args {
    #[command(flatten)]
    rules: RulesArgs,

    /// `human` renders diagnostics with the source; `json` prints one JSON array of records.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let loaded = match load::rules(&args.rules.paths) {
        Ok(l) => l,
        Err(m) => return usage_error(&m),
    };
    let mut compilation = rubric::compile(&loaded.sources);
    let mut diagnostics = loaded.errors;
    diagnostics.append(&mut compilation.diagnostics);
    let errors = diagnostics.iter().filter(|d| !d.is_warning()).count();
    let warnings = diagnostics.len() - errors;
    match args.format {
        Format::Json => {
            let records: Vec<_> = diagnostics
                .iter()
                .map(|d| rubric::report::diagnostic_json(d))
                .collect();
            super::print_stdout(
                &serde_json::to_string_pretty(&records).unwrap_or_else(|_| "[]".into()),
            );
        }
        Format::Human => {
            for d in &diagnostics {
                eprint!(
                    "{}",
                    rubric::report::render_diagnostic(d, env.style, env.width)
                );
            }
            let files = loaded.sources.len();
            if errors > 0 {
                eprintln!(
                    "error: {} in {}{}",
                    plural(errors, "error"),
                    plural(files, "file"),
                    if warnings > 0 {
                        format!(", {}", plural(warnings, "warning"))
                    } else {
                        String::new()
                    }
                );
            } else if let Some(p) = &compilation.program {
                let options: usize = p.competencies.iter().map(|c| c.options.len()).sum();
                super::print_stdout(&format!(
                    "ok: {}, {}, {}, {}{}",
                    plural(files, "file"),
                    plural(p.competencies.len(), "competency"),
                    plural(options, "option"),
                    plural(p.exams.len(), "exam"),
                    if warnings > 0 {
                        format!(", {}", plural(warnings, "warning"))
                    } else {
                        String::new()
                    }
                ));
            }
        }
    }
    if errors > 0 {
        exit::INVALID
    } else {
        exit::OK
    }
}

/// `1 file`, `2 files`, `3 competencies`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else if let Some(stem) = word.strip_suffix('y') {
        format!("{n} {stem}ies")
    } else {
        format!("{n} {word}s")
    }
}
