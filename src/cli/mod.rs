//! Command-line parsing and the commands. The only code that touches files,
//! standard streams and the process exit code.

mod batch;
mod cap;
mod check;
mod compile;
mod csv;
mod diff;
mod doc;
mod eval;
mod fmt;
mod forecast;
mod junit;
mod load;
#[cfg(feature = "lsp")]
mod lsp;
mod sarif;
mod test;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use rubric::diag::Style;

/// rubric: check, compile and evaluate partner-program competency rules.
#[derive(Parser, Debug)]
#[command(name = "rubric", version, about, long_about = None)]
#[command(
    after_help = "Without PATHS, commands use the competencies built into rubric.\n\
Exit codes: 0 success, 1 invalid rules or data, 2 usage error."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,

    /// When to colour diagnostics.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,

    /// Language of messages and reports: `en` or `fr`. Default: from LC_ALL,
    /// LC_MESSAGES or LANG, else English.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<rubric::i18n::Lang>,

    /// Print errors only: no warnings, summaries or progress.
    #[arg(short, long, global = true)]
    quiet: bool,

    /// Show at most N diagnostics of each kind per file (then how many more); 0 shows all.
    #[arg(long, global = true, value_name = "N", default_value_t = cap::DEFAULT)]
    max_diagnostics: usize,
}

#[derive(Subcommand, Debug)]
enum Command {
    Check(check::Args),
    Compile(compile::Args),
    Eval(eval::Args),
    Fmt(fmt::Args),
    Doc(doc::Args),
    Test(test::Args),
    Forecast(forecast::Args),
    Diff(diff::Args),
    #[cfg(feature = "lsp")]
    Lsp(lsp::Args),
    Completions(CompletionsArgs),
    Man(ManArgs),
}

/// Print a shell completion script.
///
/// Examples:
///   rubric completions bash > ~/.local/share/bash-completion/completions/rubric
///   rubric completions zsh > ~/.zfunc/_rubric
///   rubric completions fish > ~/.config/fish/completions/rubric.fish
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct CompletionsArgs {
    /// The shell: bash, elvish, fish, powershell or zsh.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Print the manual page (roff), e.g. `rubric man > rubric.1; man ./rubric.1`.
#[derive(clap::Args, Debug)]
pub struct ManArgs {}

/// When to use colours.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum ColorChoice {
    /// Per stream: when it is a terminal and NO_COLOR is unset or empty.
    Auto,
    Always,
    Never,
}

/// Output format of a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    Human,
    /// JSON for tools.
    Json,
    /// One self-contained HTML page (many partners: a summary first).
    Html,
}

/// What every command needs from the global options.
pub struct Env {
    /// Style of what goes to standard error (diagnostics).
    style: Style,
    /// Style of what goes to standard output (reports).
    out_style: Style,
    width: usize,
    pub lang: rubric::i18n::Lang,
    /// `--quiet`: errors only.
    pub quiet: bool,
    /// `--max-diagnostics`: of each kind per file (0: all).
    pub max_diagnostics: usize,
}

impl Env {
    /// `diagnostics`, at most `--max-diagnostics` of each kind per file.
    pub fn cap(&self, diagnostics: Vec<rubric::Diagnostic>) -> Vec<rubric::Diagnostic> {
        cap::cap(diagnostics, self.max_diagnostics)
    }

    /// How diagnostics are drawn in this run (on standard error).
    pub fn render_options(&self) -> rubric::diag::RenderOptions {
        rubric::diag::RenderOptions::styled(self.lang, self.style, self.width)
    }

    /// How reports printed on standard output are drawn.
    pub fn report_options(&self) -> rubric::diag::RenderOptions {
        rubric::diag::RenderOptions::styled(self.lang, self.out_style, self.width)
    }
}

/// Exit codes of SPEC §6.
pub mod exit {
    pub const OK: u8 = 0;
    pub const INVALID: u8 = 1;
    pub const USAGE: u8 = 2;
}

/// Rules given on the command line: files, or every rules file below directories.
#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// Rules files, or directories searched for `*.rubric` files. Default: the built-in competencies.
    #[arg(value_name = "PATHS")]
    paths: Vec<PathBuf>,
}

/// Asks glibc's malloc to keep freed memory instead of returning it to the
/// system as soon as 128 KB are free at the top of the heap. A batch run
/// frees each chunk's documents and reports before reading the next: with
/// the default, every chunk gave its pages back and faulted them in again
/// (22,000 page faults for 20,000 partners against 1,200 with this; the
/// run's memory stays bounded by the chunk either way).
///
/// It also grows the heap 16 MB at a time rather than by what each request
/// needs: one large partner grows it hundreds of times otherwise (a 718 KB
/// partner of 10,000 people: median 69–87 ms against 91–92 ms in three
/// series of 15 runs). The extra is mostly address space, not written:
/// resident memory grew by 0.5–1 MB (a 20,000-partner batch: 12.2–12.6 MB
/// → 12.8–13.0 MB).
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets a parameter of the allocator; it is called
    // first thing in `main`, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_TOP_PAD, 16 << 20);
    }
}

pub fn main() -> ExitCode {
    keep_freed_memory();
    let cli = Cli::parse();
    let no_color = std::env::var_os("NO_COLOR");
    let style = |terminal| style_for(cli.color, terminal, no_color.as_deref());
    let (style, out_style) = (
        style(std::io::stderr().is_terminal()),
        style(std::io::stdout().is_terminal()),
    );
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100);
    let lang = cli.lang.unwrap_or_else(rubric::i18n::Lang::from_env);
    let env = Env {
        style,
        out_style,
        width,
        lang,
        quiet: cli.quiet,
        max_diagnostics: cli.max_diagnostics,
    };
    let code = match cli.command {
        Command::Check(a) => check::run(&env, a),
        Command::Compile(a) => compile::run(&env, a),
        Command::Eval(a) => eval::run(&env, a),
        Command::Fmt(a) => fmt::run(&env, a),
        Command::Doc(a) => doc::run(&env, a),
        Command::Test(a) => test::run(&env, a),
        Command::Forecast(a) => forecast::run(&env, a),
        Command::Diff(a) => diff::run(&env, a),
        #[cfg(feature = "lsp")]
        Command::Lsp(a) => lsp::run(&env, a),
        Command::Completions(a) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(a.shell, &mut cmd, "rubric", &mut std::io::stdout());
            exit::OK
        }
        Command::Man(_) => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            match clap_mangen::Man::new(cmd).render(&mut out) {
                Ok(()) => {
                    let _ = std::io::Write::write_all(&mut std::io::stdout(), &out);
                    exit::OK
                }
                Err(e) => usage_error(&format!("cannot write the manual page: {e}")),
            }
        }
    };
    ExitCode::from(code)
}

/// The style of one stream: `--color`, else colour when the stream is a
/// terminal and NO_COLOR is unset or empty (no-color.org).
fn style_for(choice: ColorChoice, terminal: bool, no_color: Option<&std::ffi::OsStr>) -> Style {
    match choice {
        ColorChoice::Always => Style::Color,
        ColorChoice::Never => Style::Plain,
        ColorChoice::Auto if terminal && no_color.is_none_or(|v| v.is_empty()) => Style::Color,
        ColorChoice::Auto => Style::Plain,
    }
}

/// Prints a usage error (exit code 2) the way clap does.
pub fn usage_error(message: &str) -> u8 {
    eprintln!("error: {message}");
    exit::USAGE
}

/// Writes to standard output; a closed pipe (`rubric compile | head`) is not an error.
pub fn print_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.write_all(b"\n");
    let _ = out.flush();
}

/// A date as `YYYY-MM-DD`, for `--as-of`: anything else (`2018-06`,
/// `1/7/2017`) is refused with the shape expected.
pub fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(format!(
            "`{text}` is not a date: write it as YYYY-MM-DD, e.g. 2017-07-01"
        ));
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a day of the calendar (YYYY-MM-DD)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn colour_follows_no_color_org_and_each_stream() {
        let auto = |terminal, env: Option<&str>| {
            style_for(ColorChoice::Auto, terminal, env.map(OsStr::new))
        };
        assert_eq!(auto(true, None), Style::Color);
        // Set but empty: colour stays on.
        assert_eq!(auto(true, Some("")), Style::Color);
        assert_eq!(auto(true, Some("1")), Style::Plain);
        // A stream that is not a terminal (a pipe, a file) gets no colour.
        assert_eq!(auto(false, None), Style::Plain);
        assert_eq!(
            style_for(ColorChoice::Always, false, Some(OsStr::new("1"))),
            Style::Color
        );
        assert_eq!(style_for(ColorChoice::Never, true, None), Style::Plain);
    }
}
