//! `rubric eval`: the tier each partner reaches, why, and what is missing —
//! for one partner or a stream of thousands.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::batch::{Inputs, Item, Place, CHUNK};
use super::{exit, load, usage_error, Env, Format};
use rubric::data::{self, Catalog};
use rubric::diag::{self, Diagnostic};
use rubric::eval::{self, Options};
use rubric::i18n::{self, Args as TextArgs};
use rubric::report::{self, Context};

/// Partners whose diagnostics are printed in full; past them, only counted.
const SHOWN_PARTNERS: usize = 20;

/// Evaluate partners: the tier reached, why, and what is missing.
///
/// For every competency option: the tier attained, the evidence for each
/// requirement, and the cheapest plan to reach the next tier.
///
/// Exits 0 when every partner was evaluated, whatever tier it reached; 1
/// when the rules or some partner's data are invalid.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Partners: files (JSON or YAML, by extension, else sniffed), directories (searched for
*.json, *.yaml, *.yml, *.jsonl and *.csv), JSON Lines files (*.jsonl, one partner per line),
CSV exports (*.csv: one row per record, a `record` and a `partner_id` column, each partner's
rows together; see docs/csv.md) and `-` for standard input (JSON Lines when its first line
is a whole JSON object, a CSV export when it is a header naming `record` and `partner_id`).

With more than one partner, the JSON output is JSON Lines: one record per partner, in input
order; a partner that cannot be evaluated gives an error record ({\"source\", \"errors\"}).
A summary (partners per tier, failures, time) ends the run on standard error.

Examples:
  rubric eval --partner examples/partners/contoso.json
  rubric eval examples/partners/*.json
  rubric eval --partner p.yaml --as-of 2017-07-01 --format json
  rubric eval --format json partners/ > results.jsonl
  cat partners.jsonl | rubric eval - --competency cloud-crm --format json
  rubric eval --rules my-rules/ --partner p.json")]
pub struct Args {
    /// Partners: files, directories, JSON Lines files, CSV exports, or `-` for standard input.
    #[arg(value_name = "PARTNERS")]
    partners: Vec<String>,

    /// A partner (the same as a positional PARTNER); repeat or give several.
    #[arg(long, value_name = "PARTNER", num_args = 1..)]
    partner: Vec<String>,

    /// Rules files, or directories searched for `*.rubric` files; repeat for
    /// several. Default: the built-in competencies.
    #[arg(long, value_name = "PATH")]
    rules: Vec<PathBuf>,

    /// Evaluate as of this date (YYYY-MM-DD). Default: each partner's `as_of`, else today.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    as_of: Option<NaiveDate>,

    /// Only this competency.
    #[arg(long, value_name = "ID")]
    competency: Option<String>,

    /// `human` for a report to read, `json` for tools, `html` for one
    /// self-contained page (write it to a file: `> report.html`).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// How much of the partner's data the JSON report repeats: `full` lists
    /// every revenue line once and each threshold the indices of the lines it
    /// counted and left out; `summary` gives only how many; `none` neither.
    #[arg(long, value_enum, value_name = "LEVEL", default_value_t = EvidenceArg::Full)]
    evidence: EvidenceArg,
}

/// `--evidence`: see [`report::Evidence`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum EvidenceArg {
    None,
    Summary,
    Full,
}

impl From<EvidenceArg> for report::Evidence {
    fn from(e: EvidenceArg) -> report::Evidence {
        match e {
            EvidenceArg::None => report::Evidence::None,
            EvidenceArg::Summary => report::Evidence::Summary,
            EvidenceArg::Full => report::Evidence::Full,
        }
    }
}

pub fn run(env: &Env, args: Args) -> u8 {
    super::batch::on_pool(|| run_on_pool(env, args))
}

fn run_on_pool(env: &Env, args: Args) -> u8 {
    let wanted: Vec<String> = args.partner.iter().chain(&args.partners).cloned().collect();
    if wanted.is_empty() {
        return usage_error(
            "no partner given: name partner files or directories, or `-` for standard input",
        );
    }
    let mut inputs = match Inputs::new(&wanted) {
        Ok(i) => i,
        Err(m) => return usage_error(&m),
    };
    let (sources, program) = match load::program(env, &args.rules) {
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
    let catalog = Catalog::new(&program);
    let start = Instant::now();
    let mut chunk: Vec<Item> = inputs.by_ref().take(CHUNK).collect();
    let many = inputs.many(chunk.len());
    let job = Job {
        env,
        program: &program,
        sources: &sources,
        catalog: &catalog,
        as_of: args.as_of,
        competency: args.competency.as_deref(),
        format: args.format,
        evidence: args.evidence.into(),
        many,
    };
    let progress = progress_bar(env, many);
    let mut summary = Summary::default();
    let mut html = report::html::Summary::default();
    let mut out =
        std::io::BufWriter::with_capacity(super::batch::IO_BUFFER, std::io::stdout().lock());
    if args.format == Format::Html {
        let _ = out.write_all(report::html::page_start(env.lang, "rubric eval").as_bytes());
    }
    while !chunk.is_empty() {
        // Partners are independent: evaluate them on every core, write in order.
        let results: Vec<Evaluated> = chunk.par_iter().map(|item| job.run(item)).collect();
        for mut r in results {
            summary.add(&r);
            if let Some(s) = r.html.take() {
                html.merge(s);
            }
            // Quiet: only the diagnostics of partners that failed.
            let show = !r.stderr.is_empty() && (!env.quiet || r.report.is_none());
            if show {
                if summary.shown < SHOWN_PARTNERS {
                    summary.shown += 1;
                    progress.suspend(|| eprint!("{}", r.stderr));
                } else {
                    summary.hidden += 1;
                }
            }
            let text = r.report.as_ref().or(r.error_record.as_ref());
            if let Some(text) = text {
                // A closed pipe (`rubric eval … | head`) ends the run quietly.
                let written = out
                    .write_all(text.as_bytes())
                    .and_then(|()| out.write_all(b"\n"));
                if written.is_err() {
                    return summary.exit_code();
                }
            }
            progress.inc(1);
        }
        chunk = inputs.by_ref().take(CHUNK).collect();
    }
    if args.format == Format::Html {
        if many {
            let _ = out.write_all(html.render(env.lang).as_bytes());
        }
        let _ = out.write_all(report::html::page_end().as_bytes());
    }
    let _ = out.flush();
    progress.finish_and_clear();
    if many && !env.quiet {
        let seconds = start.elapsed().as_secs_f64();
        eprint!("{}", summary.text(&program, env.lang, seconds));
    }
    summary.exit_code()
}

/// A progress line on standard error, when it is a terminal and the run may be long.
fn progress_bar(env: &Env, many: bool) -> indicatif::ProgressBar {
    if !many || env.quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {human_pos} partners ({per_sec})")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// What one partner's evaluation prints.
struct Evaluated<'p> {
    /// The report; `None` when the data or the evaluation failed.
    report: Option<String>,
    /// For a failed partner in a JSON run: its error record.
    error_record: Option<String>,
    /// Some requirement was left undecided by data the rules cannot be
    /// applied to (the report is given; the run exits 1).
    undecided: bool,
    /// Diagnostics: errors, or data warnings.
    stderr: String,
    /// `(competency, option, tier attained)` of each option evaluated.
    attained: Vec<(&'p str, &'p str, Option<&'p str>)>,
    /// For an HTML page of many partners: this partner's part of the summary.
    html: Option<report::html::Summary>,
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
    evidence: report::Evidence,
    many: bool,
}

impl<'a> Job<'a> {
    fn run(&self, item: &Item) -> Evaluated<'a> {
        let (place, bytes) = match item.document() {
            Ok(document) => document,
            Err(why) => {
                let (place, d, sources) = *why;
                return self.failed(place, &[d], &sources);
            }
        };
        let name = place.name();
        let name = name.as_str();
        // Data diagnostics point into the data file alone: it is file 0 of a
        // `Sources` of its own, built only when there is something to show.
        let file = rubric::FileId(0);
        // Built once, when some diagnostic needs it.
        let shown = std::cell::OnceCell::new();
        let data_sources = || shown.get_or_init(|| place.sources(bytes));
        // A JSON Lines or CSV item is named by its line: the file says the format.
        let format = data::Format::from_path(&place.file);
        let loaded = match data::load_bytes(self.catalog, bytes, file, name, format) {
            Ok(l) => l,
            Err(errors) => return self.failed(place, &errors, data_sources()),
        };
        let mut stderr = String::new();
        if !loaded.warnings.is_empty() {
            let opts = self.env.render_options();
            let warnings = self.env.cap(loaded.warnings.clone());
            stderr = diag::render_all(&warnings, data_sources(), opts);
        }
        let partner = loaded.partner;
        let as_of = self
            .as_of
            .or(partner.as_of)
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        let opts = Options::new(as_of).only(self.competency);
        let outcome = match eval::evaluate(self.program, &partner, opts) {
            Ok(outcome) => outcome,
            Err(errors) => {
                let mut failed = self.failed(place, &errors, self.sources);
                failed.stderr.insert_str(0, &stderr);
                return failed;
            }
        };
        // Data the rules cannot be applied to leaves only the requirements it
        // affects undecided: each error is shown at its line in the data file.
        let errors = self.env.cap(outcome.errors.clone());
        // The file parsed once for all of them, and only when there are some.
        let positions =
            (!errors.is_empty()).then(|| positions(data_sources().get(file).text(), &place.file));
        for d in &errors {
            let opts = self.env.render_options();
            match positions.as_ref().and_then(|at| locate(d, at)) {
                Some(d) => stderr.push_str(&diag::render_all(&[d], data_sources(), opts)),
                None => stderr.push_str(&diag::render_all(
                    std::slice::from_ref(d),
                    self.sources,
                    opts,
                )),
            }
        }
        let cx = Context::new(self.program, self.sources, &partner).with_evidence(self.evidence);
        let report = match self.format {
            Format::Human => {
                let text = report::human(&cx, &outcome, self.env.report_options());
                text.trim_end().to_string()
            }
            // Many partners: one object per line (JSON Lines).
            Format::Json => report::eval_json(&cx, &outcome, !self.many),
            Format::Html => report::html::partner(&cx, &outcome, self.env.lang),
        };
        let html = (self.format == Format::Html && self.many).then(|| {
            let mut s = report::html::Summary::default();
            s.add(&cx, &outcome);
            s
        });
        Evaluated {
            report: Some(report),
            error_record: None,
            undecided: !outcome.errors.is_empty(),
            stderr,
            attained: outcome
                .options
                .iter()
                .map(|o| (o.competency, o.option, o.attained))
                .collect(),
            html,
        }
    }

    /// A partner that could not be evaluated, and why.
    fn failed(
        &self,
        place: &Place,
        errors: &[Diagnostic],
        sources: &rubric::Sources,
    ) -> Evaluated<'a> {
        let errors = &self.env.cap(errors.to_vec());
        let record =
            || report::eval_error_json(&place.file, place.line, errors, sources, self.env.lang);
        let section = || {
            let plain = diag::RenderOptions::plain(self.env.lang);
            report::html::failed(&place.name(), &diag::render_all(errors, sources, plain))
        };
        let error_record = match self.format {
            Format::Json if self.many => Some(record()),
            Format::Html => Some(section()),
            _ => None,
        };
        Evaluated {
            report: None,
            error_record,
            undecided: false,
            stderr: diag::render_all(errors, sources, self.env.render_options()),
            attained: Vec::new(),
            html: None,
        }
    }
}

/// Counts of a run, for its last lines and its exit code.
#[derive(Default)]
struct Summary<'p> {
    evaluated: usize,
    failed: usize,
    /// Per option, partners per tier attained (`None`: no tier).
    tiers: BTreeMap<(&'p str, &'p str), BTreeMap<Option<&'p str>, usize>>,
    /// Partners whose diagnostics were printed, and those past the cap.
    shown: usize,
    hidden: usize,
    /// Partners evaluated with some requirement undecided.
    undecided: usize,
}

impl<'p> Summary<'p> {
    fn add(&mut self, r: &Evaluated<'p>) {
        self.undecided += usize::from(r.undecided);
        if r.report.is_none() {
            self.failed += 1;
            return;
        }
        self.evaluated += 1;
        for &(competency, option, tier) in &r.attained {
            *self
                .tiers
                .entry((competency, option))
                .or_default()
                .entry(tier)
                .or_default() += 1;
        }
    }

    fn exit_code(&self) -> u8 {
        if self.failed > 0 || self.undecided > 0 {
            exit::INVALID
        } else {
            exit::OK
        }
    }

    /// The last lines of a run: totals, then partners per tier of each
    /// option, highest tier first.
    fn text(&self, program: &rubric::Program, lang: rubric::Lang, seconds: f64) -> String {
        let partners = self.evaluated + self.failed;
        let rate = if seconds > 0.0 {
            (partners as f64 / seconds).round() as u64
        } else {
            0
        };
        let args = TextArgs::new()
            .with("partners", partners)
            .with("evaluated", self.evaluated)
            .with("failed", self.failed)
            .with("seconds", format!("{seconds:.2}"))
            .with("rate", rate);
        let mut out = i18n::text(lang, "cli-eval-summary", &args);
        out.push('\n');
        let none = i18n::word(lang, "cli-eval-no-tier");
        for c in &program.competencies {
            for o in &c.options {
                let Some(counts) = self.tiers.get(&(c.id.as_str(), o.id.as_str())) else {
                    continue;
                };
                let order = o.tiers.iter().rev().map(|t| Some(t.id.as_str()));
                let tiers: Vec<String> = order
                    .chain([None])
                    .filter_map(|t| Some(format!("{} {}", t.unwrap_or(&none), counts.get(&t)?)))
                    .collect();
                out.push_str(&format!("  {}/{}: {}\n", c.id, o.id, tiers.join(", ")));
            }
        }
        if self.hidden > 0 {
            let args = TextArgs::new().with("n", self.hidden);
            out.push_str(&i18n::text(lang, "cli-eval-hidden", &args));
            out.push('\n');
        }
        out
    }
}

/// Where the revenue lines of the partner file `text` (from the file `name`) are.
pub(super) fn positions<'t>(text: &'t str, name: &str) -> data::Positions<'t> {
    let format = data::Format::from_path(name).unwrap_or_else(|| data::Format::sniff(text));
    data::Positions::new(text, format)
}

/// `d`, an evaluation error naming a revenue line (`line`), pointed at that
/// line's currency (or amount, for a sum that would round) in the partner
/// file: `None` when it cannot be found there.
pub(super) fn locate(d: &Diagnostic, positions: &data::Positions) -> Option<Diagnostic> {
    let Some(rubric::i18n::Arg::Int(line)) = d.args.get("line") else {
        return None;
    };
    // `line_span` finds revenue lines: a consumption line is shown at the rule.
    if let Some(rubric::i18n::Arg::Str(list)) = d.args.get("list") {
        if list != "revenue" {
            return None;
        }
    }
    let field = if d.code == eval::INEXACT_SUM {
        "amount"
    } else {
        "currency"
    };
    let at = positions.line_span(usize::try_from(*line).ok()?, field)?;
    let mut d = d.clone();
    d.span = Some(rubric::Span::new(rubric::FileId(0), at.start, at.end));
    d.labels.clear();
    d.args.set("at", "data");
    Some(d)
}
