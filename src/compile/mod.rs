//! Syntax trees → IR: name resolution across files and validation.
//!
//! Compilation never stops at the first problem: every file is resolved and
//! every requirement validated, and all the diagnostics are returned together.
//! A program is produced only when there is no error (warnings are fine).

mod catalog;
mod error;
mod lower;
mod tiers;

use std::collections::HashMap;

pub use error::{CompileError, FirstDefinedHere, UnknownName};

use crate::ir::{Program, IR_VERSION};
use crate::span::{Sources, Span};
use crate::syntax::ast;

/// The result of compiling: the program, if there was no error, and every diagnostic.
#[derive(Debug)]
pub struct Compiled {
    pub program: Option<Program>,
    pub diagnostics: Vec<CompileError>,
}

impl CompileError {
    /// True for diagnostics that do not stop compilation.
    pub fn is_warning(&self) -> bool {
        use miette::Diagnostic;
        matches!(self.severity(), Some(miette::Severity::Warning))
    }
}

/// Resolves and validates parsed files into one program.
pub fn compile(sources: &Sources, files: &[ast::File]) -> Compiled {
    let mut cx = Cx {
        sources,
        diagnostics: Vec::new(),
        broken: files
            .iter()
            .flat_map(|f| f.broken.iter().cloned())
            .collect(),
    };
    let mut program = Program {
        format: IR_VERSION,
        files: sources.iter().map(|(_, f)| f.name().to_string()).collect(),
        exams: Vec::new(),
        products: Vec::new(),
        kinds: Vec::new(),
        currencies: Vec::new(),
        markets: Vec::new(),
        default_market: None,
        competencies: Vec::new(),
    };
    let names = catalog::declare(&mut cx, files, &mut program);
    lower::competencies(&mut cx, files, &names, &mut program);
    tiers::check_order(&mut cx, &program);
    let failed = cx.diagnostics.iter().any(|d| !d.is_warning());
    Compiled {
        program: (!failed).then_some(program),
        diagnostics: cx.diagnostics,
    }
}

/// Shared state of one compilation.
pub(crate) struct Cx<'s> {
    sources: &'s Sources,
    diagnostics: Vec<CompileError>,
    /// `(keyword, id)` of items that did not parse: their syntax error is
    /// reported, so a reference to them is not reported as unknown too.
    broken: std::collections::HashSet<(String, String)>,
}

impl Cx<'_> {
    /// Whether `id` names a `what` item that failed to parse.
    fn is_broken(&self, what: &str, id: &str) -> bool {
        self.broken.contains(&(what.to_string(), id.to_string()))
    }

    fn src(&self, span: Span) -> crate::span::SourceFile {
        self.sources.get(span.file).clone()
    }

    fn push(&mut self, e: CompileError) {
        self.diagnostics.push(e);
    }

    /// Reports `span` as a second definition of `name`, first defined at `first`.
    fn duplicate(&mut self, what: &'static str, name: &str, span: Span, first: Span) {
        let same_file = span.file == first.file;
        self.push(CompileError::Duplicate {
            what,
            name: name.to_string(),
            span: span.into(),
            first: same_file.then(|| first.into()),
            elsewhere: if same_file {
                Vec::new()
            } else {
                vec![self.note(format!("`{name}` was first defined here"), first)]
            },
            src: self.src(span),
        });
    }

    /// A note pointing at `span`, for `#[related]` lists.
    fn note(&self, message: String, span: Span) -> FirstDefinedHere {
        FirstDefinedHere {
            message,
            span: span.into(),
            src: self.src(span),
        }
    }
}

/// Ids declared in the catalogs, for resolving references.
#[derive(Default)]
pub(crate) struct Names<'a> {
    exams: HashMap<&'a str, u32>,
    products: HashMap<&'a str, u32>,
    kinds: HashMap<&'a str, u32>,
    currencies: HashMap<&'a str, u32>,
    markets: HashMap<&'a str, u32>,
}
