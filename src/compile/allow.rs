//! `allow CODE "REASON"`: a warning acknowledged in the rules.
//!
//! A warning whose primary span lies inside a block that allows its code is
//! not reported; it is returned apart, with the reason, so that `check` can
//! count it and list it in JSON. When several blocks allow it (a tier and
//! its option), the innermost one takes it, so an outer `allow` that covers
//! nothing else is reported as unused.

use super::codes::{self, Allowable};
use super::{error, Cx};
use crate::diag::{self, Diagnostic};
use crate::span::Span;
use crate::suggest::Reach;
use crate::syntax::ast;

/// One valid `allow`, waiting for the warnings it silences.
#[derive(Debug)]
pub(crate) struct Allowance {
    /// The full code it allows.
    code: &'static str,
    /// Where it was written.
    span: Span,
    /// The block it covers, and what that block is (`tier`) and is called.
    block: Span,
    what: &'static str,
    block_id: String,
    reason: String,
    used: bool,
}

/// A warning that an `allow` silenced, with the reason given.
#[derive(Clone, Debug, PartialEq)]
pub struct Allowed {
    /// The warning, as it would have been reported.
    pub warning: Diagnostic,
    /// The reason the `allow` gives.
    pub reason: String,
}

impl Cx {
    /// Checks an `allow` of the block `what` `id` (at `block`) and keeps it
    /// if valid.
    pub(super) fn allow(&mut self, a: &ast::Allow, what: &'static str, id: &str, block: Span) {
        let name = a.code.node.as_str();
        let code = match codes::allowable(name) {
            Allowable::Warning(code) => Some(code),
            Allowable::UnusedAllow => {
                self.push(error::not_a_warning(name, a.code.span, true));
                None
            }
            Allowable::Error => {
                self.push(error::not_a_warning(name, a.code.span, false));
                None
            }
            Allowable::Unknown => {
                let warnings = codes::allowable_warnings();
                let close = crate::suggest::suggest(name, warnings.clone(), Reach::OneLetter);
                let all: Vec<&str> = warnings.collect();
                self.push(error::unknown_warning(name, a.code.span, close, &all));
                None
            }
        };
        if a.reason.node.trim().is_empty() {
            self.push(error::empty_reason(name, a.reason.span));
            return;
        }
        if let Some(code) = code {
            self.allows.push(Allowance {
                code,
                span: a.span,
                block,
                what,
                block_id: id.to_string(),
                reason: a.reason.node.clone(),
                used: false,
            });
        }
    }
}

/// Splits `diagnostics` into those to report and the warnings `allows`
/// silence, then reports every `allow` that silenced nothing. Not when
/// there are errors: a rule that failed to compile may be what would have
/// raised the warning, and "the warning is gone" would mislead.
pub(super) fn apply(
    diagnostics: Vec<Diagnostic>,
    mut allows: Vec<Allowance>,
) -> (Vec<Diagnostic>, Vec<Allowed>) {
    let failed = diag::has_errors(&diagnostics);
    let mut kept = Vec::with_capacity(diagnostics.len());
    let mut allowed = Vec::new();
    for d in diagnostics {
        let taker = d.span.filter(|_| !d.is_error()).and_then(|at| {
            allows
                .iter_mut()
                .filter(|a| a.code == d.code && contains(a.block, at))
                .min_by_key(|a| a.block.len())
        });
        match taker {
            Some(a) => {
                a.used = true;
                allowed.push(Allowed {
                    warning: d,
                    reason: a.reason.clone(),
                });
            }
            None => kept.push(d),
        }
    }
    if !failed {
        for a in allows.iter().filter(|a| !a.used) {
            kept.push(error::unused_allow(
                codes::short(a.code),
                a.what,
                &a.block_id,
                a.span,
            ));
        }
    }
    (kept, allowed)
}

fn contains(block: Span, at: Span) -> bool {
    block.file == at.file && block.start <= at.start && at.end <= block.end
}
