//! rubric: a declarative language, compiler and evaluator for partner-program competencies.
//!
//! Everything the `rubric` binary does is available here, in four steps:
//!
//! 1. [`compile`] rules ([`Sources`]) into a [`Program`] ([`ir`]), with every
//!    [`Diagnostic`];
//! 2. load a partner with [`data::load`] (JSON or YAML, exact decimals);
//! 3. [`evaluate`] it into an [`eval::Outcome`];
//! 4. render diagnostics with [`diag::render`] / [`diag::to_json`] and outcomes
//!    with [`report::human`] / [`report::eval_json`], in English or French ([`Lang`]).
//!
//! [`forecast`] looks ahead (tiers lost as lines leave their windows, single
//! points of failure) and [`diff`] compares two versions of the rules on a
//! partner (who gains or loses a tier, and which requirement makes the difference).
//!
//! ```
//! use rubric::{data, eval, report, FileId, Lang, Sources};
//!
//! let sources = rubric::builtin_sources();
//! let program = rubric::compile(&sources).program.expect("the shipped rules compile");
//! let catalog = data::Catalog::new(&program);
//! let json = r#"{"id": "contoso", "country": "FR", "as_of": "2017-07-01"}"#;
//! let mut files = Sources::new();
//! let file = files.add("contoso.json", json);
//! let loaded = data::load(&catalog, json, file, data::Format::Json).expect("valid data");
//! let options = eval::Options::new(loaded.partner.as_of.unwrap());
//! let outcome = rubric::evaluate(&program, &loaded.partner, options).expect("evaluates");
//! assert_eq!(outcome.options[0].attained, None);
//! let cx = report::Context::new(&program, &sources, &loaded.partner);
//! let text = report::human(&cx, &outcome, rubric::diag::RenderOptions::plain(Lang::Fr));
//! assert!(text.contains("cloud-crm"));
//! ```
//!
//! The `cli` feature (on by default) adds only what the binary needs; build
//! the library alone with `--no-default-features`. The `lsp` feature (on by
//! default) adds the language server behind `rubric lsp` ([`lsp::serve`]).

// The public surface: the data each stage hands to the next, and the
// functions below. Parsing, name resolution, formatting and the algorithms
// stay private so they can change without breaking embedders.
pub mod data;
pub mod diag;
pub mod diff;
pub mod eval;
pub mod forecast;
pub mod i18n;
pub mod ir;
#[cfg(feature = "lsp")]
pub mod lsp;
pub mod report;
pub mod testing;

mod compile;
mod doc;
mod doc_measures;
mod doc_people;
mod doc_score;
mod format;
mod idmap;
mod partner;
mod scalar;
mod serde_list;
mod span;
mod suggest;
mod syntax;

use std::sync::Arc;

use include_dir::{include_dir, Dir};

pub use compile::Allowed;
pub use diag::Diagnostic;
pub use doc::competency_page;
pub use eval::evaluate;
pub use format::{format_source, same_meaning};
pub use i18n::Lang;
pub use ir::Program;
pub use span::{FileId, SourceFile, Sources, Span};
pub use suggest::did_you_mean;
pub use syntax::MAX_SYNTAX_ERRORS;

/// The shipped `competencies/` directory, embedded at build time.
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/competencies");

/// Extension of rules files.
pub const RULES_EXTENSION: &str = "rubric";

/// The result of compiling rules: the program when there was no error, and every diagnostic.
#[derive(Debug)]
#[non_exhaustive]
pub struct Compilation {
    /// The program, when no diagnostic is an error.
    pub program: Option<Program>,
    /// Every syntax and compile diagnostic, errors and warnings, in file
    /// order, except the warnings that an `allow` in the rules silenced.
    pub diagnostics: Vec<Diagnostic>,
    /// The warnings that an `allow` silenced, each with its reason.
    pub allowed: Vec<Allowed>,
}

impl Compilation {
    /// True when some diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        diag::has_errors(&self.diagnostics)
    }
}

/// The competencies shipped with rubric, as sources named `competencies/<file>`.
pub fn builtin_sources() -> Sources {
    let mut files: Vec<_> = BUILTIN
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == RULES_EXTENSION))
        .collect();
    files.sort_by_key(|f| f.path());
    let mut sources = Sources::new();
    for f in files {
        let name = format!("competencies/{}", f.path().display());
        sources.add(name, f.contents_utf8().unwrap_or_default());
    }
    sources
}

/// The test files shipped beside the built-in competencies, as `(name, text)`.
pub fn builtin_tests() -> Vec<(String, String)> {
    let mut files: Vec<_> = BUILTIN
        .files()
        .filter(|f| testing::is_test_file(&f.path().to_string_lossy()))
        .map(|f| {
            (
                format!("competencies/{}", f.path().display()),
                f.contents_utf8().unwrap_or_default().to_string(),
            )
        })
        .collect();
    files.sort();
    files
}

/// Parses and compiles every source into one program.
pub fn compile(sources: &Sources) -> Compilation {
    let mut diagnostics = Vec::new();
    let mut files = Vec::with_capacity(sources.len());
    for (id, src) in sources.iter() {
        let (file, errors) = syntax::parse(id, src);
        diagnostics.extend(errors);
        files.push(file);
    }
    let compiled = compile::compile(sources, &files, diagnostics);
    Compilation {
        program: compiled.program,
        diagnostics: compiled.diagnostics,
        allowed: compiled.allowed,
    }
}

/// Adds a rules file read as bytes to `sources` and returns its id. Invalid
/// UTF-8 is decoded lossily and reported by a diagnostic pointing at the
/// first bad byte of the added text.
pub fn add_source_bytes(
    sources: &mut Sources,
    name: impl Into<Arc<str>>,
    bytes: Vec<u8>,
) -> (FileId, Option<Diagnostic>) {
    let name = name.into();
    match String::from_utf8(bytes) {
        Ok(s) => (sources.add(name, s), None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // The lossy text holds U+FFFD (3 bytes) where the bad byte was.
            let end = at + 3.min(text.len() - at);
            let id = sources.add(name.clone(), text);
            let d = syntax::not_utf8(Span::new(id, at, end), &name);
            (id, Some(d))
        }
    }
}
