//! `rubric diff`: every partner evaluated under two versions of the rules,
//! and who gains or loses which tier, with the requirements that make the
//! difference.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::batch::{Inputs, Item, Place, CHUNK};
use super::{exit, load, usage_error, Env};
use rubric::data::{self, Catalog};
use rubric::diag::{self, Diagnostic};
use rubric::diff::{self, PartnerDiff, Summary};
use rubric::eval::Options;
use rubric::report::{self, Context};
use rubric::{Program, Sources};

/// Partners whose diagnostics are printed in full; past them, only counted.
const SHOWN_PARTNERS: usize = 20;

/// Compare two versions of the rules on partners: who gains or loses a tier.
///
/// Every partner is evaluated under the OLD rules and under the NEW rules;
/// for every option whose tier attained differs, the report names the tiers
/// gained or lost and the requirements that make the difference, with their
/// verdict under both versions. A summary ends the report.
#[derive(clap::Args, Debug)]
#[command(override_usage = "rubric diff [OPTIONS] <OLD> <NEW> --partners <PARTNERS>...")]
#[command(after_help = "\
OLD and NEW are rules: a file, or a directory searched for *.rubric files; each is
compiled with the checks of `rubric check`. `--shared` adds rules files to both (a
catalog both versions use).

Options are matched by competency and option id, tiers by id, requirements by their id
in the tier (`revenue`, `individuals`, `revenue-2`, a named people requirement's name).
A requirement is `changed` when it reads differently once every catalog reference is
resolved to its id; `rule unchanged` with another verdict means a declaration it uses
changed (an exam's retirement, a market's countries).

Partners are read as by `rubric eval`: files, directories, JSON Lines and `-`. Human
output lists only the partners that move, then the summary; `--format json` prints JSON
Lines: one record per partner (`moves` empty when nothing moves; an error record for a
partner that cannot be read), then one summary record. Data warnings are not repeated
(`rubric eval` shows them).

Examples:
  rubric diff competencies/ new-rules/ --partners partners/
  rubric diff competencies/cloud-crm.rubric examples/rules-change/cloud-crm.rubric \\
      --shared competencies/catalog.rubric --partners examples/partners
  rubric diff old/ new/ --partners all.jsonl --format json > moves.jsonl")]
pub struct Args {
    /// The rules before the change: a file or a directory.
    #[arg(value_name = "OLD")]
    old: PathBuf,

    /// The rules after the change: a file or a directory.
    #[arg(value_name = "NEW")]
    new: PathBuf,

    /// Partners: files, directories, JSON Lines files, or `-` for standard input.
    #[arg(long, value_name = "PARTNERS", num_args = 1.., required = true)]
    partners: Vec<String>,

    /// Rules files or directories both versions use (a shared catalog); repeat for several.
    #[arg(long, value_name = "PATH")]
    shared: Vec<PathBuf>,

    /// Evaluate as of this date (YYYY-MM-DD). Default: each partner's `as_of`, else today.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    as_of: Option<NaiveDate>,

    /// Only this competency.
    #[arg(long, value_name = "ID")]
    competency: Option<String>,

    /// `human` for a report to read, `json` for JSON Lines.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
}

/// Output formats of `rubric diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    /// Text for people.
    Human,
    /// JSON Lines for tools.
    Json,
}

/// One version of the rules.
struct Version {
    sources: Sources,
    program: Program,
}

pub fn run(env: &Env, args: Args) -> u8 {
    super::batch::on_pool(|| run_on_pool(env, args))
}

fn run_on_pool(env: &Env, args: Args) -> u8 {
    let mut inputs = match Inputs::new(&args.partners) {
        Ok(i) => i,
        Err(m) => return usage_error(&m),
    };
    let paths = |p: &PathBuf| {
        let mut all = vec![p.clone()];
        all.extend(args.shared.iter().cloned());
        all
    };
    // Both versions are compiled, so that the errors of both are shown.
    let old = load::program(env, &paths(&args.old));
    let new = load::program(env, &paths(&args.new));
    let (old, new) = match (old, new) {
        (Ok((s, p)), Ok((s2, p2))) => (
            Version {
                sources: s,
                program: p,
            },
            Version {
                sources: s2,
                program: p2,
            },
        ),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    if let Some(id) = &args.competency {
        let known = |v: &Version| v.program.competencies.iter().any(|c| &c.id == id);
        if !known(&old) && !known(&new) {
            let ids = (new.program.competencies.iter()).map(|c| c.id.as_str());
            let hint = rubric::did_you_mean(id, ids)
                .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
            return usage_error(&format!("no competency `{id}` in either version{hint}"));
        }
    }
    let job = Job {
        env,
        old: &old,
        new: &new,
        old_catalog: Catalog::new(&old.program),
        new_catalog: Catalog::new(&new.program),
        as_of: args.as_of,
        competency: args.competency.as_deref(),
        format: args.format,
    };
    let mut summary = Summary::default();
    let (mut shown, mut hidden) = (0, 0);
    let mut out =
        std::io::BufWriter::with_capacity(super::batch::IO_BUFFER, std::io::stdout().lock());
    let mut first = true;
    loop {
        let chunk: Vec<Item> = inputs.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        let results: Vec<Compared> = chunk.par_iter().map(|item| job.run(item)).collect();
        for r in results {
            match r.moved {
                Some(moved) => {
                    summary.add(&moved);
                }
                None => summary.add_failed(),
            }
            if !r.stderr.is_empty() {
                if shown < SHOWN_PARTNERS {
                    shown += 1;
                    eprint!("{}", r.stderr);
                } else {
                    hidden += 1;
                }
            }
            if let Some(text) = r.text.filter(|t| !t.is_empty()) {
                // Human: a blank line between partners.
                let sep = if args.format == DiffFormat::Human && !first {
                    "\n"
                } else {
                    ""
                };
                first = false;
                let written = write!(out, "{sep}{}", text.trim_end()).and_then(|()| writeln!(out));
                if written.is_err() {
                    return exit_code(&summary);
                }
            }
        }
    }
    let end = match args.format {
        DiffFormat::Human => {
            let sep = if first { "" } else { "\n" };
            format!("{sep}{}", summary.human(env.lang).trim_end())
        }
        DiffFormat::Json => summary.json(),
    };
    let _ = writeln!(out, "{end}");
    let _ = out.flush();
    if hidden > 0 && !env.quiet {
        let args = rubric::i18n::Args::new().with("n", hidden);
        eprintln!("{}", rubric::i18n::text(env.lang, "cli-eval-hidden", &args));
    }
    exit_code(&summary)
}

fn exit_code(s: &Summary) -> u8 {
    if s.failed > 0 || s.undecided > 0 {
        exit::INVALID
    } else {
        exit::OK
    }
}

/// What one partner's comparison prints.
struct Compared<'p> {
    /// The comparison; `None` when the partner could not be compared.
    moved: Option<PartnerDiff<'p>>,
    /// Its human report or JSON record (or error record).
    text: Option<String>,
    /// Diagnostics: errors.
    stderr: String,
}

/// Everything shared by the comparisons of one run.
struct Job<'a> {
    env: &'a Env,
    old: &'a Version,
    new: &'a Version,
    old_catalog: Catalog<'a>,
    new_catalog: Catalog<'a>,
    as_of: Option<NaiveDate>,
    competency: Option<&'a str>,
    format: DiffFormat,
}

impl<'a> Job<'a> {
    fn run(&self, item: &Item) -> Compared<'a> {
        let (place, bytes) = match item.document() {
            Ok(document) => document,
            Err(why) => {
                let (place, d, sources) = *why;
                return self.failed(place, &[d], &sources);
            }
        };
        let name = place.name();
        // Built once, when some diagnostic needs it.
        let shown = std::cell::OnceCell::new();
        let data_sources = || shown.get_or_init(|| place.sources(bytes));
        let file = rubric::FileId(0);
        // The partner is resolved against each version's catalog.
        // The format of the file, not of the name (a CSV partner is `FILE line N`).
        let format = data::Format::from_path(&place.file);
        let load = |catalog| data::load_bytes(catalog, bytes, file, &name, format);
        let (before, after) = match (load(&self.old_catalog), load(&self.new_catalog)) {
            (Ok(b), Ok(a)) => (b.partner, a.partner),
            (Err(errors), _) | (_, Err(errors)) => {
                return self.failed(place, &errors, data_sources())
            }
        };
        let today = chrono::Local::now().date_naive();
        let as_of = self.as_of.or(after.as_of).unwrap_or(today);
        let opts = Options::new(as_of).only(self.competency);
        let moved = diff::partner(&self.old.program, &before, &self.new.program, &after, opts);
        let moved = match moved {
            Ok(m) => m,
            Err(errors) => return self.failed(place, &errors, &self.new.sources),
        };
        // Data the rules cannot be applied to: shown at its line in the data
        // file (once, when both versions find it), else at each version's rule.
        // At most `--max-diagnostics` of a kind per version, as `eval` shows them.
        let opts = self.env.render_options();
        let (old_errors, new_errors) = (
            self.env.cap(moved.before.errors.clone()),
            self.env.cap(moved.after.errors.clone()),
        );
        let errors = (old_errors.iter().map(|d| (d, self.old)))
            .chain(new_errors.iter().map(|d| (d, self.new)));
        // The file parsed once for all of them, and only when there are some.
        let positions = (!old_errors.is_empty() || !new_errors.is_empty())
            .then(|| super::eval::positions(data_sources().get(file).text(), &place.file));
        let (mut stderr, mut seen) = (String::new(), std::collections::HashSet::new());
        for (d, version) in errors {
            let shown = match positions.as_ref().and_then(|at| super::eval::locate(d, at)) {
                Some(d) => diag::render_all(&[d], data_sources(), opts),
                None => diag::render_all(std::slice::from_ref(d), &version.sources, opts),
            };
            if seen.insert(shown.clone()) {
                stderr.push_str(&shown);
            }
        }
        let old_cx = Context::new(&self.old.program, &self.old.sources, &before);
        let new_cx = Context::new(&self.new.program, &self.new.sources, &after);
        let text = match self.format {
            DiffFormat::Human => diff::human(&old_cx, &new_cx, &moved, self.env.report_options()),
            DiffFormat::Json => diff::diff_json(&new_cx, &moved),
        };
        Compared {
            moved: Some(moved),
            text: Some(text),
            stderr,
        }
    }

    /// A partner that could not be compared, and why.
    fn failed(&self, place: &Place, errors: &[Diagnostic], sources: &Sources) -> Compared<'a> {
        let errors = &self.env.cap(errors.to_vec());
        let lang = self.env.lang;
        let text = (self.format == DiffFormat::Json)
            .then(|| report::eval_error_json(&place.file, place.line, errors, sources, lang));
        Compared {
            moved: None,
            text,
            stderr: diag::render_all(errors, sources, self.env.render_options()),
        }
    }
}
