//! Syntax trees → IR: name resolution across files and validation.
//!
//! Compilation never stops at the first problem: every file is resolved and
//! every requirement validated, and all the diagnostics are returned together.
//! A program is produced only when there is no error (warnings are fine).

mod allow;
mod catalog;
mod codes;
mod dominated;
mod each;
mod either;
mod error;
mod lower;
mod order;
mod people;
mod precision;
mod sanity;
mod score;
mod sharing;
mod tiers;

use std::collections::HashMap;

use crate::diag::Diagnostic;
use crate::ir::{Program, IR_VERSION};
use crate::span::{Sources, Span};
use crate::syntax::ast;

pub use allow::Allowed;
#[cfg(feature = "lsp")]
pub(crate) use catalog::builtin_dpor;
pub(crate) use each::tree;
pub(crate) use people::MAX_TERMS;

/// The result of compiling: the program, if there was no error, and every diagnostic.
#[derive(Debug)]
pub struct Compiled {
    pub program: Option<Program>,
    /// The syntax diagnostics given, then those of compilation, less the
    /// warnings that an `allow` silenced.
    pub diagnostics: Vec<Diagnostic>,
    /// The warnings that an `allow` silenced.
    pub allowed: Vec<Allowed>,
}

/// Resolves and validates parsed files into one program. `syntax`: the
/// syntax diagnostics of `files`, which decide whether an unused `allow`
/// can be told apart from one whose warning a broken rule hides.
pub fn compile(sources: &Sources, files: &[ast::File], syntax: Vec<Diagnostic>) -> Compiled {
    let mut cx = Cx {
        diagnostics: syntax,
        allows: Vec::new(),
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
        associations: vec![catalog::builtin_dpor()],
        statuses: Vec::new(),
        metrics: Vec::new(),
        competencies: Vec::new(),
        areas: Vec::new(),
        derived: Default::default(),
    };
    let names = catalog::declare(&mut cx, files, &mut program);
    lower::competencies(&mut cx, files, &names, &mut program);
    tiers::check_order(&mut cx, &program);
    sanity::check(&mut cx, &program, files.len());
    let (diagnostics, allowed) = allow::apply(cx.diagnostics, cx.allows);
    let failed = crate::diag::has_errors(&diagnostics);
    Compiled {
        program: (!failed).then_some(program),
        diagnostics,
        allowed,
    }
}

/// Shared state of one compilation.
pub(crate) struct Cx {
    diagnostics: Vec<Diagnostic>,
    /// The valid `allow`s met so far.
    allows: Vec<allow::Allowance>,
    /// `(keyword, id)` of items that did not parse: their syntax error is
    /// reported, so a reference to them is not reported as unknown too.
    broken: std::collections::HashSet<(String, String)>,
}

impl Cx {
    /// Whether `id` names a `what` item that failed to parse.
    fn is_broken(&self, what: &str, id: &str) -> bool {
        self.broken.contains(&(what.to_string(), id.to_string()))
    }

    fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// Reports `span` as a second definition of `name`, first defined at `first`.
    fn duplicate(&mut self, what: &'static str, name: &str, span: Span, first: Span) {
        self.push(error::duplicate(what, name, span, first));
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
    associations: HashMap<&'a str, u32>,
    statuses: HashMap<&'a str, u32>,
    metrics: HashMap<&'a str, u32>,
}
