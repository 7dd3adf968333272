//! Helpers shared by the integration tests: running the `rubric` binary the
//! same way everywhere, and the built-in rules compiled once.
// Each test crate uses a part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use rubric::{Program, Sources};

/// Runs `rubric` with `args` in `dir` (the crate root without one), without
/// colours, 100 columns wide and in English whatever the caller's locale.
pub fn run(args: &[&str], dir: Option<&Path>) -> Output {
    command(args, dir).output().expect("rubric runs")
}

/// [`run`] with `input` on standard input.
pub fn run_with_stdin(args: &[&str], dir: Option<&Path>, input: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = command(args, dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rubric runs");
    let mut stdin = child.stdin.take().expect("a pipe");
    // Written from another thread: a large input must not block on a full
    // output pipe that nobody reads yet.
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("rubric runs");
    let _ = writer.join();
    out
}

fn command(args: &[&str], dir: Option<&Path>) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rubric"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    cmd
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The built-in competencies and their program.
pub struct Rules {
    pub sources: Sources,
    pub program: Program,
}

/// The built-in competencies, compiled once per test crate.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let sources = rubric::builtin_sources();
        let program = rubric::compile(&sources)
            .program
            .expect("the shipped competencies compile");
        Rules { sources, program }
    })
}

/// A copy of `competencies/` (rules and tests) in a temporary directory:
/// the directory guard and the copy's path.
pub fn copy_competencies() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("competencies");
    std::fs::create_dir(&dir).unwrap();
    for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/competencies")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    (tmp, dir)
}

/// Loads `text` as the partner file `name` (format from its extension)
/// against `program`, with the `Sources` its diagnostics point into.
pub fn load_in(
    name: &str,
    text: &str,
    program: &Program,
) -> (
    Sources,
    Result<rubric::data::Loaded, Vec<rubric::diag::Diagnostic>>,
) {
    use rubric::data::{load, Catalog, Format};
    let mut sources = Sources::new();
    let file = sources.add(name, text);
    let format = Format::from_path(name).expect("a .json or .yaml name");
    let result = load(&Catalog::new(program), text, file, format);
    (sources, result)
}

/// Every diagnostic rendered without colour in `lang`, one after another.
pub fn render_all(
    diags: &[rubric::diag::Diagnostic],
    sources: &Sources,
    lang: rubric::i18n::Lang,
) -> String {
    let plain = rubric::diag::RenderOptions::plain(lang);
    let all: Vec<String> = diags
        .iter()
        .map(|d| rubric::diag::render(d, sources, plain))
        .collect();
    all.join("\n")
}

/// A partner file, then what loading it against `program` reports, in `lang`:
/// the text of a loader snapshot.
pub fn load_report(name: &str, text: &str, program: &Program, lang: rubric::i18n::Lang) -> String {
    let (sources, result) = load_in(name, text, program);
    let rendered = match result {
        Ok(l) if l.warnings.is_empty() => "loaded, no diagnostics\n".to_owned(),
        Ok(l) => format!(
            "loaded, with warnings:\n{}",
            render_all(&l.warnings, &sources, lang)
        ),
        Err(ds) => render_all(&ds, &sources, lang),
    };
    format!("{name}:\n{text}\n-----\n{rendered}")
}

/// The codes of what loading reported: the errors, else the warnings.
pub fn load_codes(
    result: &Result<rubric::data::Loaded, Vec<rubric::diag::Diagnostic>>,
) -> Vec<&'static str> {
    let diags = match result {
        Ok(l) => &l.warnings,
        Err(ds) => ds,
    };
    diags.iter().map(|d| d.code).collect()
}
