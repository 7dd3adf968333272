//! `rubric doc`: requirements pages in Markdown, from the rules alone.

use std::path::PathBuf;

use super::{exit, load, print_stdout, usage_error, Env, RulesArgs};
use rubric::competency_page;
use rubric::i18n::{self, Args as Words};

/// Generate Markdown requirements pages (English or French).
///
/// One page per competency: tiers, thresholds per market, the DPOR
/// association, exam slots and exam titles, worded like the Microsoft Partner
/// Network pages.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  rubric doc                         # English, on standard output\n  rubric doc --lang fr --out docs/   # writes docs/cloud-crm.fr.md"
)]
pub struct Args {
    #[command(flatten)]
    rules: RulesArgs,

    /// Write one `<competency>.<lang>.md` file per competency into DIR instead of printing.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,

    /// Only this competency.
    #[arg(long, value_name = "ID")]
    competency: Option<String>,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let (_, program) = match load::program(env, &args.rules.paths) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let lang = env.lang;
    let selected: Vec<_> = program
        .competencies
        .iter()
        .filter(|c| args.competency.as_ref().is_none_or(|id| &c.id == id))
        .collect();
    if selected.is_empty() {
        return usage_error(&match &args.competency {
            Some(id) => {
                let ids = program.competencies.iter().map(|c| c.id.as_str());
                let words = match rubric::did_you_mean(id, ids) {
                    Some(s) => Words::new().with("hint", "suggest").with("suggestion", s),
                    None => Words::new().with("hint", "none"),
                };
                i18n::text(lang, "doc-no-such-competency", &words.with("id", id))
            }
            None => i18n::word(lang, "doc-no-competency"),
        });
    }
    match &args.out {
        None => {
            let pages: Vec<String> = selected
                .iter()
                .map(|c| competency_page(&program, c, lang))
                .collect();
            print_stdout(&pages.join("\n\n"));
        }
        Some(dir) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                let words = Words::new()
                    .with("path", dir.display().to_string())
                    .with("error", e.to_string());
                return usage_error(&i18n::text(lang, "doc-cannot-create", &words));
            }
            for c in selected {
                let path = dir.join(format!("{}.{}.md", c.id, lang.tag()));
                let page = competency_page(&program, c, lang) + "\n";
                if let Err(e) = std::fs::write(&path, page) {
                    let words = Words::new()
                        .with("path", path.display().to_string())
                        .with("error", e.to_string());
                    return usage_error(&i18n::text(lang, "doc-cannot-write", &words));
                }
                let words = Words::new().with("path", path.display().to_string());
                eprintln!("{}", i18n::text(lang, "doc-wrote", &words));
            }
        }
    }
    exit::OK
}
