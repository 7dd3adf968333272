//! Helpers shared by the integration tests: running the `rubric` binary the
//! same way everywhere, and the built-in rules compiled once.
// Each test crate uses a part of this module.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::sync::OnceLock;

use rubric::{Program, Sources};

/// Runs `rubric` with `args` in `dir` (the crate root without one), without
/// colours, 100 columns wide and in English whatever the caller's locale.
pub fn run(args: &[&str], dir: Option<&Path>) -> Output {
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
    cmd.output().expect("rubric runs")
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
