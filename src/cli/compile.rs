//! `rubric compile`: print the IR as JSON.

use super::{exit, load, usage_error, Env, RulesArgs};

/// Print the compiled rules (the IR) as JSON.
///
/// The IR carries a format version, the catalogs and the competencies, with
/// source spans, as JSON on standard output.
///
/// Exits 1, printing diagnostics on standard error and nothing on standard
/// output, when the rules have errors.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  rubric compile > cloud-crm.ir.json\n  rubric compile competencies/ --compact"
)]
pub struct Args {
    #[command(flatten)]
    rules: RulesArgs,

    /// One line of JSON instead of indented JSON.
    #[arg(long)]
    compact: bool,
}

pub fn run(env: &Env, args: Args) -> u8 {
    let program = match load::program(env, &args.rules.paths) {
        Ok((_, p)) => p,
        Err(code) => return code,
    };
    let json = if args.compact {
        serde_json::to_string(&program)
    } else {
        serde_json::to_string_pretty(&program)
    };
    match json {
        Ok(s) => {
            super::print_stdout(&s);
            exit::OK
        }
        Err(e) => usage_error(&format!("cannot serialise the IR: {e}")),
    }
}
