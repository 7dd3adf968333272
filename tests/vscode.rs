//! The VS Code extension (`editors/vscode/`): its TextMate grammar on the
//! assertion files and on every shipped rules file, and its TypeScript
//! compiled. Needs node and `npm ci` in `editors/vscode`; without them the
//! test says so and passes, unless `RUBRIC_REQUIRE_NODE=1` (set by `.ci/run`),
//! where their absence fails it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn extension() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/vscode")
}

/// Whether node and the extension's packages are here; panics when they are
/// required and missing.
fn node_ready() -> bool {
    let required = std::env::var("RUBRIC_REQUIRE_NODE").is_ok_and(|v| v == "1");
    let node = Command::new("node").arg("--version").output();
    let missing = match node {
        Ok(out) if out.status.success() => {
            if extension().join("node_modules").is_dir() {
                return true;
            }
            "editors/vscode/node_modules (run `npm ci` in editors/vscode)"
        }
        _ => "node",
    };
    assert!(!required, "RUBRIC_REQUIRE_NODE=1 but {missing} is missing");
    eprintln!("skipped: {missing} is missing (set RUBRIC_REQUIRE_NODE=1 to fail instead)");
    false
}

/// Runs a program of the extension's packages, failing with its output.
fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new("node")
        .arg(extension().join("node_modules").join(program))
        .args(args)
        .current_dir(extension())
        .output()
        .unwrap_or_else(|e| panic!("node {program} runs: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{program} {args:?} failed:\n{text}");
    text
}

#[test]
fn the_grammar_scopes_the_assertion_files_and_every_shipped_file() {
    if !node_ready() {
        return;
    }
    let out = run(
        "vscode-tmgrammar-test/dist/unit.js",
        &["-g", "syntaxes/rubric.tmLanguage.json", "test/*.rubric"],
    );
    assert!(out.contains("sample.rubric run successfuly"), "{out}");
    let out = Command::new("node")
        .arg("test/coverage.js")
        .current_dir(extension())
        .output()
        .expect("node runs");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(text.contains(" 0 without a scope"), "{text}");
}

#[test]
fn the_extension_typescript_compiles() {
    if !node_ready() {
        return;
    }
    let out = run("typescript/bin/tsc", &["--noEmit", "-p", "."]);
    assert!(!out.contains("error"), "{out}");
}
