//! `rubric forecast`: when a partner would lose a tier if nothing new
//! happens, what would keep it, and (`--at-risk`) the people whose departure
//! alone would lose one.

use std::path::PathBuf;

use chrono::{Months, NaiveDate};

use super::{exit, load, usage_error, Env};
use rubric::data::{self, Catalog};
use rubric::eval::Gap;
use rubric::forecast;
use rubric::i18n::{self, Arg, Args as Words};
use rubric::report::Context;

/// Forecast a partner's tiers: the dates each would be lost, and what keeps it.
///
/// Lines leave their windows and nothing new is assumed: the forecast lists
/// every date within the horizon on which a tier attained changes, the
/// requirements that stop holding, and the cheapest plan to keep the tier.
/// With `--at-risk`, the people whose departure alone would lose a tier, and
/// the fewest new passes that would remove each risk.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  rubric forecast examples/partners/adatum.json\n  rubric forecast --months 24 p.json\n  rubric forecast --at-risk examples/partners/fabrikam-india.yaml"
)]
pub struct Args {
    /// The partner: a JSON or YAML file, or `-` for standard input.
    #[arg(value_name = "PARTNER")]
    partner: String,

    /// Rules files or directories. Default: the built-in competencies.
    #[arg(long, value_name = "PATH")]
    rules: Vec<PathBuf>,

    /// Start from this date (YYYY-MM-DD). Default: the partner's `as_of`, else today.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    as_of: Option<NaiveDate>,

    /// How far to look, in months.
    #[arg(long, value_name = "N", default_value_t = 12)]
    months: u32,

    /// Only this competency.
    #[arg(long, value_name = "ID")]
    competency: Option<String>,

    /// The people whose departure alone would lose a tier, instead of dates.
    #[arg(long)]
    at_risk: bool,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let lang = env.lang;
    let (name, bytes) = if args.partner == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf) {
            return usage_error(&format!("cannot read standard input: {e}"));
        }
        ("<stdin>".to_string(), buf)
    } else {
        match std::fs::read(&args.partner) {
            Ok(b) => (args.partner.clone(), b),
            Err(e) => return usage_error(&format!("cannot read `{}`: {e}", args.partner)),
        }
    };
    let (sources, program) = match load::program(env, &args.rules) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let catalog = Catalog::new(&program);
    let mut data_sources = rubric::Sources::new();
    data_sources.add(name.as_str(), data::text_of(&bytes).as_ref());
    let loaded = match data::load_bytes(&catalog, &bytes, rubric::FileId(0), &name, None) {
        Ok(l) => l,
        Err(errors) => {
            show(env, errors, &data_sources);
            return exit::INVALID;
        }
    };
    if !env.quiet && !loaded.warnings.is_empty() {
        show(env, loaded.warnings, &data_sources);
    }
    let partner = loaded.partner;
    let as_of = args
        .as_of
        .or(partner.as_of)
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let cx = Context::new(&program, &sources, &partner);
    let none = i18n::word(lang, "report-none");
    let competency = args.competency.as_deref();
    let mut out = String::new();
    if args.at_risk {
        let risks = match forecast::at_risk(&program, &partner, as_of, competency) {
            Ok(r) => r,
            Err(errors) => {
                show(env, errors, &sources);
                return exit::INVALID;
            }
        };
        let words = Words::new().with("as_of", as_of).with("n", risks.len());
        out.push_str(&i18n::text(lang, "cli-forecast-at-risk", &words));
        out.push('\n');
        for r in &risks {
            let words = Words::new()
                .with("person", cx.person(r.person))
                .with("option", format!("{}/{}", r.competency, r.option))
                .with("tier", r.tier)
                .with("without", r.without.unwrap_or(&none));
            out.push_str(&format!(
                "\n  {}\n",
                i18n::text(lang, "cli-forecast-risk", &words)
            ));
            plan(&cx, lang, r.plan.as_ref(), &mut out);
        }
    } else {
        let until = as_of
            .checked_add_months(Months::new(args.months))
            .unwrap_or(NaiveDate::MAX);
        let changes = match forecast::forecast(&program, &partner, as_of, until, competency) {
            Ok(c) => c,
            Err(errors) => {
                show(env, errors, &sources);
                return exit::INVALID;
            }
        };
        let words = Words::new()
            .with("as_of", as_of)
            .with("until", until)
            .with("n", changes.len());
        out.push_str(&i18n::text(lang, "cli-forecast-head", &words));
        out.push('\n');
        for c in &changes {
            let words = Words::new()
                .with("date", c.date)
                .with("option", format!("{}/{}", c.competency, c.option))
                .with("from", c.from.unwrap_or(&none))
                .with("to", c.to.unwrap_or(&none))
                .with(
                    "failing",
                    Arg::ids(c.failing.iter().copied(), i18n::Conj::And),
                );
            let id = if c.failing.is_empty() {
                "cli-forecast-change"
            } else {
                "cli-forecast-loss"
            };
            out.push_str(&format!("\n  {}\n", i18n::text(lang, id, &words)));
            plan(&cx, lang, c.keep.as_ref(), &mut out);
        }
    }
    super::print_stdout(out.trim_end());
    exit::OK
}

/// The lines of a plan, indented under its change or risk.
fn plan(cx: &Context, lang: rubric::Lang, gap: Option<&Gap>, out: &mut String) {
    let Some(gap) = gap else {
        return;
    };
    let words = Words::new().with("tier", gap.tier);
    out.push_str(&format!(
        "    {}\n",
        i18n::text(lang, "cli-forecast-keep", &words)
    ));
    for r in &gap.revenue {
        let words = Words::new()
            .with("amount", Arg::money(r.shortfall, r.currency))
            .with("what", cx.revenue_what(lang, r.rule));
        out.push_str(&format!(
            "      • {}\n",
            i18n::text(lang, "report-plan-earn", &words)
        ));
    }
    for i in &gap.individuals {
        if i.impossible {
            out.push_str(&format!(
                "      • {}\n",
                i18n::word(lang, "report-plan-impossible")
            ));
        }
        for p in &i.plan {
            let words = Words::new()
                .with("who", cx.person(p.person))
                .with("what", cx.pass(lang, &p.pass));
            out.push_str(&format!(
                "      • {}\n",
                i18n::text(lang, "report-colon", &words)
            ));
        }
        for np in &i.new_people {
            let words = Words::new().with("pass", cx.pass(lang, &np.pass));
            let text = i18n::text(lang, "report-plan-new-person", &words);
            out.push_str(&format!("      • {text}\n"));
        }
    }
}

/// Prints `diagnostics`, at most `--max-diagnostics` of each kind.
fn show(env: &Env, diagnostics: Vec<rubric::Diagnostic>, sources: &rubric::Sources) {
    let shown = env.cap(diagnostics);
    eprint!(
        "{}",
        rubric::diag::render_all(&shown, sources, env.render_options())
    );
}
