//! rubric: a declarative language, compiler and evaluator for partner-program competencies.
//!
//! The pipeline is `syntax` (text → AST) → `compile` (AST → [`ir::Program`]) →
//! `eval` (program + partner data → outcome) → `report` (outcome → text or JSON).
//! Everything the `rubric` binary does is available here:
//!
//! ```
//! let sources = rubric::builtin_sources();
//! let compiled = rubric::compile(&sources);
//! assert!(compiled.program.is_some());
//! ```

pub mod compile;
pub mod data;
pub mod diag;
pub mod doc;
pub mod eval;
pub mod format;
pub mod i18n;
pub mod ir;
pub mod report;
pub mod span;
pub mod suggest;
pub mod syntax;
pub mod testing;

use include_dir::{include_dir, Dir};
use miette::Diagnostic;
use thiserror::Error;

pub use compile::CompileError;
pub use ir::Program;
pub use span::{FileId, SourceFile, Sources, Span};
pub use syntax::ParseError;

/// The shipped `competencies/` directory, embedded at build time.
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/competencies");

/// Extension of rules files.
pub const RULES_EXTENSION: &str = "rubric";

/// A diagnostic of any phase.
#[derive(Debug, Error, Diagnostic)]
#[non_exhaustive]
pub enum Error {
    #[error(transparent)]
    #[diagnostic(transparent)]
    Parse(#[from] ParseError),
    #[error(transparent)]
    #[diagnostic(transparent)]
    Compile(#[from] CompileError),
}

impl Error {
    /// True for diagnostics that do not make the run fail.
    pub fn is_warning(&self) -> bool {
        matches!(
            self.severity(),
            Some(miette::Severity::Warning) | Some(miette::Severity::Advice)
        )
    }
}

/// The result of compiling rules: the program when there was no error, and every diagnostic.
#[derive(Debug)]
pub struct Compilation {
    pub program: Option<Program>,
    pub diagnostics: Vec<Error>,
}

impl Compilation {
    /// True when some diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| !d.is_warning())
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
        diagnostics.extend(errors.into_iter().map(Error::from));
        files.push(file);
    }
    let compiled = compile::compile(sources, &files);
    diagnostics.extend(compiled.diagnostics.into_iter().map(Error::from));
    // A syntax error may leave out an item that the rest refers to: no program then.
    let program = compiled
        .program
        .filter(|_| !diagnostics.iter().any(|d| !d.is_warning()));
    Compilation {
        program,
        diagnostics,
    }
}

/// Decodes a rules file read as bytes. Invalid UTF-8 becomes a diagnostic
/// pointing at the first bad byte; the text is then decoded lossily.
pub fn source_from_bytes(name: &str, bytes: Vec<u8>) -> (String, Option<ParseError>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // The lossy text holds U+FFFD (3 bytes) where the bad byte was.
            let err = ParseError::NotUtf8 {
                name: name.to_string(),
                span: (at..at + 3.min(text.len() - at)).into(),
                src: SourceFile::new(name, text.clone()),
            };
            (text, Some(err))
        }
    }
}
