//! `rubric fmt`: rewrite rules files in the canonical layout.

use std::path::PathBuf;

use super::{exit, load, print_stdout, usage_error, Env};
use rubric::i18n::{self, Args as Words, Lang};
use rubric::{diag, Sources};

/// Format rules files in the canonical layout.
///
/// Files are rewritten in place. Comments are kept; the meaning never changes
/// (checked: the compiled rules before and after must be the same, or nothing
/// is written).
///
/// With --check, nothing is written: each file that is not formatted is shown
/// as a diff, and the exit code is 1.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  rubric fmt competencies/\n  rubric fmt --check .          # in CI: fail on unformatted files"
)]
pub struct Args {
    /// Rules files, or directories searched for `*.rubric` files. Default: the current directory.
    #[arg(value_name = "PATHS")]
    paths: Vec<PathBuf>,

    /// Change nothing; show a diff and exit 1 if a file is not formatted.
    #[arg(long)]
    check: bool,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    let files = match load::rule_files(&paths) {
        Ok(f) => f,
        Err(m) => return usage_error(&m),
    };
    // Every file read, for drawing diagnostics; `before` and `after` hold
    // the files that format, for comparing their meaning.
    let mut read = Sources::new();
    let mut before = Sources::new();
    let mut after = Sources::new();
    let mut changed = Vec::new();
    let mut failed = false;
    for path in &files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                let words = Words::new()
                    .with("path", path.display().to_string())
                    .with("error", e.to_string());
                return usage_error(&i18n::text(env.lang, "fmt-cannot-read", &words));
            }
        };
        let name = path.display().to_string();
        let (id, err) = rubric::add_source_bytes(&mut read, name.as_str(), bytes);
        if let Some(e) = err {
            eprint!("{}", diag::render(&e, &read, env.render_options()));
            failed = true;
            continue;
        }
        let text = read.get(id).text().to_string();
        // Formatted with `\n` line ends; a file written with `\r\n` (and a
        // byte-order mark) gets them back, so `fmt` never changes every line.
        let crlf = text.contains("\r\n");
        let bom = text.starts_with('\u{feff}');
        let mut plain = Sources::new();
        let plain_id = plain.add(name.as_str(), text.replace("\r\n", "\n"));
        match rubric::format_source(plain_id, plain.get(plain_id)) {
            Ok(formatted) => {
                let mut formatted = if crlf {
                    formatted.replace('\n', "\r\n")
                } else {
                    formatted
                };
                if bom && !formatted.starts_with('\u{feff}') {
                    formatted.insert(0, '\u{feff}');
                }
                before.add(name.clone(), text.clone());
                after.add(name.clone(), formatted.clone());
                if formatted != text {
                    changed.push((path.clone(), name, text, formatted));
                }
            }
            Err(errors) => {
                eprint!("{}", diag::render_all(&errors, &read, env.render_options()));
                failed = true;
            }
        }
    }
    // The safety net: formatting must not change what the rules mean.
    if let (Some(a), Some(b)) = (
        rubric::compile(&before).program,
        rubric::compile(&after).program,
    ) {
        if !rubric::same_meaning(&a, &b) {
            eprintln!("{}", i18n::word(env.lang, "fmt-meaning-changed"));
            return exit::INVALID;
        }
    }
    for (path, name, text, formatted) in &changed {
        let words = Words::new().with("path", name.as_str());
        if args.check {
            print_stdout(&diff(env.lang, name, text, formatted));
            eprintln!("{}", i18n::text(env.lang, "fmt-would-reformat", &words));
        } else if let Err(e) = std::fs::write(path, formatted) {
            let words = words.with("error", e.to_string());
            eprintln!("{}", i18n::text(env.lang, "fmt-cannot-write", &words));
            failed = true;
        } else {
            eprintln!("{}", i18n::text(env.lang, "fmt-formatted", &words));
        }
    }
    if failed || (args.check && !changed.is_empty()) {
        exit::INVALID
    } else {
        exit::OK
    }
}

/// A unified diff from the file as it is to the file formatted.
fn diff(lang: Lang, name: &str, old: &str, new: &str) -> String {
    let formatted = i18n::text(lang, "fmt-diff-formatted", &Words::new().with("path", name));
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(name, &formatted)
        .to_string()
}
