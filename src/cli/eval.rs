//! `rubric eval`: the tier a partner reaches, why, and what is missing.

use std::io::Read;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::{exit, load, print_stdout, usage_error, Env, Format, RulesArgs};
use rubric::data::{self, Catalog};
use rubric::diag;
use rubric::eval::{self, Options};
use rubric::report::{self, Context};

/// Evaluate a partner: the tier reached, why, and what is missing.
///
/// For every competency option: the tier attained, the evidence for each
/// requirement, and the cheapest plan to reach the next tier.
///
/// Exits 0 when the evaluation ran, whatever tier was reached; 1 when the
/// rules or the partner data are invalid.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  rubric eval --partner examples/partners/contoso.json\n  rubric eval --partner p.yaml --as-of 2017-07-01 --format json\n  cat p.json | rubric eval --partner - --competency cloud-crm\n  rubric eval --format json --partner a.json --partner b.json   # JSON Lines"
)]
pub struct Args {
    #[command(flatten)]
    rules: RulesArgs,

    /// Partner data file, JSON or YAML (by extension, else sniffed); `-` reads
    /// standard input. Repeat to evaluate many partners in parallel: reports
    /// come in the order given, and JSON becomes one object per line.
    #[arg(long, value_name = "FILE", required = true)]
    partner: Vec<String>,

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
            let hint = rubric::did_you_mean(id, ids)
                .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
            return usage_error(&format!("no competency `{id}` in the rules{hint}"));
        }
    }
    let mut inputs = Vec::with_capacity(args.partner.len());
    for path in &args.partner {
        if path == "-" {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                return usage_error(&format!("cannot read standard input: {e}"));
            }
            inputs.push(("<stdin>".to_string(), buf));
        } else {
            match std::fs::read(path) {
                Ok(b) => inputs.push((path.clone(), b)),
                Err(e) => return usage_error(&format!("cannot read `{path}`: {e}")),
            }
        }
    }
    let catalog = Catalog::new(&program);
    let job = Job {
        env,
        program: &program,
        sources: &sources,
        catalog: &catalog,
        as_of: args.as_of,
        competency: args.competency.as_deref(),
        format: args.format,
        many: inputs.len() > 1,
    };
    // Partners are independent: evaluate them on every core, print in order.
    let results: Vec<Evaluated> = inputs
        .par_iter()
        .map(|(name, bytes)| job.run(name, bytes))
        .collect();
    let mut failed = false;
    for r in results {
        eprint!("{}", r.stderr);
        if let Some(out) = r.stdout {
            print_stdout(&out);
        } else {
            failed = true;
        }
    }
    if failed {
        exit::INVALID
    } else {
        exit::OK
    }
}

/// What one partner's evaluation prints.
struct Evaluated {
    /// The report; `None` when the data or the evaluation failed.
    stdout: Option<String>,
    /// Diagnostics: errors, or data warnings.
    stderr: String,
}

/// Everything shared by the evaluations of one run.
struct Job<'a> {
    env: &'a Env,
    program: &'a rubric::Program,
    sources: &'a rubric::Sources,
    catalog: &'a Catalog<'a>,
    as_of: Option<NaiveDate>,
    competency: Option<&'a str>,
    format: Format,
    many: bool,
}

impl Job<'_> {
    fn run(&self, name: &str, bytes: &[u8]) -> Evaluated {
        let (env, program) = (self.env, self.program);
        let mut stderr = String::new();
        // Data diagnostics point into the data file alone: it is file 0 of a
        // `Sources` of its own, built only when there is something to show.
        let file = rubric::FileId(0);
        let (partner, shown) = match data::load_bytes(self.catalog, bytes, file, name, None) {
            Ok(l) => (Some(l.partner), l.warnings),
            Err(errors) => (None, errors),
        };
        if !shown.is_empty() {
            let mut sources = rubric::Sources::new();
            sources.add(name, data::text_of(bytes).as_ref());
            stderr.push_str(&rubric::diag::render_all(
                &shown,
                &sources,
                env.render_options(),
            ));
        }
        let Some(partner) = partner else {
            return Evaluated {
                stdout: None,
                stderr,
            };
        };
        let as_of = self
            .as_of
            .or(partner.as_of)
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        let opts = Options::new(as_of).only(self.competency);
        let cx = Context::new(program, self.sources, &partner);
        let stdout = match eval::evaluate(program, &partner, opts) {
            Ok(outcome) => Some(match self.format {
                Format::Human => report::human(&cx, &outcome, env.render_options())
                    .trim_end()
                    .to_string(),
                // Many partners: one object per line (JSON Lines).
                Format::Json => report::eval_json(&cx, &outcome, !self.many),
            }),
            Err(errors) => {
                stderr.push_str(&diag::render_all(
                    &errors,
                    self.sources,
                    env.render_options(),
                ));
                None
            }
        };
        Evaluated { stdout, stderr }
    }
}
