//! `rubric eval`: the tier a partner reaches, why, and what is missing.

use std::io::Read;

use chrono::NaiveDate;

use super::{exit, load, print_stdout, usage_error, Env, Format, RulesArgs};
use rubric::data::{self, Catalog};
use rubric::eval::{self, Options};
use rubric::report::{self, render_diagnostic, Context};

/// Evaluate a partner: the tier reached, why, and what is missing.
///
/// For every competency option: the tier attained, the evidence for each
/// requirement, and the cheapest plan to reach the next tier.
///
/// Exits 0 when the evaluation ran, whatever tier was reached; 1 when the
/// rules or the partner data are invalid.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  rubric eval --partner examples/partners/contoso.json\n  rubric eval --partner p.yaml --as-of 2017-07-01 --format json\n  cat p.json | rubric eval --partner - --competency cloud-crm"
)]
pub struct Args {
    #[command(flatten)]
    rules: RulesArgs,

    /// Partner data file, JSON or YAML (by extension, else sniffed); `-` reads standard input.
    #[arg(long, value_name = "FILE")]
    partner: String,

    /// Evaluate as of this date (YYYY-MM-DD). Default: the partner's `as_of`, else today.
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,

    /// Only this competency.
    #[arg(long, value_name = "ID")]
    competency: Option<String>,

    /// `human` for a report to read, `json` for tools.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let (sources, program) = match load::program(env, &args.rules.paths) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if let Some(id) = &args.competency {
        if !program.competencies.iter().any(|c| &c.id == id) {
            let ids = program.competencies.iter().map(|c| c.id.as_str());
            let hint = rubric::suggest::did_you_mean(id, ids)
                .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
            return usage_error(&format!("no competency `{id}` in the rules{hint}"));
        }
    }
    let (name, bytes) = if args.partner == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            return usage_error(&format!("cannot read standard input: {e}"));
        }
        ("<stdin>".to_string(), buf)
    } else {
        match std::fs::read(&args.partner) {
            Ok(b) => (args.partner.clone(), b),
            Err(e) => return usage_error(&format!("cannot read `{}`: {e}", args.partner)),
        }
    };
    let catalog = Catalog::new(&program);
    let partner = match data::load_bytes_with(&catalog, &name, &bytes, None) {
        Ok(l) => {
            for w in &l.warnings {
                eprint!("{}", render_diagnostic(w, env.style, env.width));
            }
            l.partner
        }
        Err(errors) => {
            for e in &errors {
                eprint!("{}", render_diagnostic(e, env.style, env.width));
            }
            return exit::INVALID;
        }
    };
    let as_of = args
        .as_of
        .or(partner.as_of)
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let opts = Options {
        as_of,
        competency: args.competency.as_deref(),
    };
    let cx = Context {
        program: &program,
        sources: &sources,
        partner: &partner,
    };
    match eval::evaluate(&program, &partner, opts) {
        Ok(outcome) => {
            match args.format {
                Format::Human => {
                    print_stdout(report::human(&cx, &outcome, env.style, env.width).trim_end())
                }
                Format::Json => print_stdout(
                    &serde_json::to_string_pretty(&report::outcome_json(&cx, &outcome))
                        .unwrap_or_default(),
                ),
            }
            exit::OK
        }
        Err(errors) => {
            for e in &errors {
                eprint!(
                    "{}",
                    render_diagnostic(&report::eval_error(&cx, e), env.style, env.width)
                );
            }
            exit::INVALID
        }
    }
}
