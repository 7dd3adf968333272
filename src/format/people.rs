//! Layout of what people must hold: `individuals` blocks, conditions with
//! `and` / `or` and parentheses, `each:` / `K of them:`, focus areas.

use std::fmt::Write;

use super::{ids, Printer};
use crate::span::Span;
use crate::syntax::ast::*;

impl Printer {
    /// `area ID TEXT [CREDENTIALS]`
    pub(super) fn area(&mut self, a: &AreaDecl) {
        let head = format!("area {}", a.id.node);
        let tail = format!(" [{}]", ids(&a.exams.node));
        self.text_item(a.span.start as usize, false, &head, &a.title, &tail);
    }

    pub(super) fn individuals(&mut self, i: &IndividualsReq) {
        let at = i.span.start as usize;
        let mut head = String::from("individuals ");
        if let Some(n) = &i.name {
            let _ = write!(head, "{} ", n.node);
        }
        let _ = write!(head, "{}", i.total.node);
        if let Some(sh) = &i.shares {
            let _ = write!(head, " shares people with {}", ids(&sh.node));
        }
        self.line(at, false, &format!("{head} {{"));
        self.depth += 1;
        // Lines in written order: a block mixing forms is reported by the
        // compiler, never reordered here.
        let mut lines: Vec<(Span, String, &Condition)> = Vec::new();
        for e in &i.each {
            lines.push((e.span, "each:".to_string(), &e.condition));
        }
        for o in &i.of_them {
            lines.push((o.span, format!("{} of them:", o.count.node), &o.condition));
        }
        for g in &i.groups {
            lines.push((g.span, format!("{} x", g.count.node), &g.condition));
        }
        lines.sort_by_key(|l| l.0.start);
        for (span, head, c) in lines {
            self.condition_line(span.start as usize, &head, c);
        }
        self.close(i.span.end as usize);
    }

    /// `HEAD CONDITION`; a long condition is broken before each top-level
    /// `and` / `or`, continued four spaces in.
    fn condition_line(&mut self, at: usize, head: &str, c: &Condition) {
        let line = format!("{head} {}", condition(c));
        let width = self.indent().len() + line.len();
        match c {
            Condition::And(parts, _) | Condition::Or(parts, _) if width > MAX_WIDTH => {
                let op = match c {
                    Condition::And(..) => "and",
                    _ => "or",
                };
                self.line(at, false, &format!("{head} {}", part(&parts[0], op)));
                for p in &parts[1..] {
                    let cont = format!("    {op} {}", part(p, op));
                    self.line(p.span().start as usize, false, &cont);
                }
            }
            _ => self.line(at, false, &line),
        }
    }
}

/// Lines longer than this are broken where the language allows it.
const MAX_WIDTH: usize = 100;

/// A condition on one line; parentheses exactly around a child of the
/// other connective (the builder flattens the rest).
pub(crate) fn condition(c: &Condition) -> String {
    match c {
        Condition::Clause(c) => {
            let n = match c.need.node {
                Need::Count(1) => "one".to_string(),
                Need::Count(n) => n.to_string(),
                Need::All => "all".to_string(),
            };
            match &c.source {
                Source::List(l) => format!("{n} of [{}]", ids(&l.node)),
                Source::Area(a) => format!("{n} of area {}", a.node),
                Source::AnyArea(l) => format!("{n} of any area [{}]", ids(&l.node)),
            }
        }
        Condition::And(parts, _) => join(parts, "and"),
        Condition::Or(parts, _) => join(parts, "or"),
    }
}

fn join(parts: &[Condition], op: &str) -> String {
    parts
        .iter()
        .map(|p| part(p, op))
        .collect::<Vec<_>>()
        .join(&format!(" {op} "))
}

/// A part of an `op` condition, parenthesised when it is of the other connective.
fn part(p: &Condition, op: &str) -> String {
    match (p, op) {
        (Condition::Or(..), "and") | (Condition::And(..), "or") => format!("({})", condition(p)),
        _ => condition(p),
    }
}
