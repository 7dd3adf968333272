//! Building what people must hold: `individuals` blocks (names, sharing,
//! `each:` / `K of them:`, slot groups) and conditions (`and`, `or`,
//! parentheses, clauses on lists and focus areas).

use super::*;

impl Builder<'_> {
    pub(super) fn individuals(&mut self, p: P) -> Option<IndividualsReq> {
        let span = self.span(&p);
        let mut it = Self::children(p).peekable();
        let name = match it.peek().map(|c| c.as_rule()) {
            Some(Rule::ident) => Some(self.ident(it.next()?)),
            _ => None,
        };
        let total = self.count(it.next()?)?;
        let mut groups = Vec::new();
        let mut shares = None;
        let mut each = Vec::new();
        let mut of_them = Vec::new();
        for g in it {
            let gs = self.span(&g);
            match g.as_rule() {
                Rule::shares => {
                    let list = Self::children(g).map(|i| self.ident(i)).collect();
                    shares = Some(Spanned::new(list, gs));
                    continue;
                }
                Rule::each_line => {
                    let c = Self::children(g).next()?;
                    // A bare credential here is fixed as `each: one of [...]`.
                    let condition = self.condition(c, total.node, Some("each:"))?;
                    each.push(EachLine {
                        condition,
                        span: gs,
                    });
                    continue;
                }
                Rule::of_them_line => {
                    let mut git = Self::children(g);
                    let count = self.count(git.next()?)?;
                    let head = format!("{} of them:", count.node);
                    let condition = self.condition(git.next()?, count.node, Some(&head))?;
                    of_them.push(OfThemLine {
                        count,
                        condition,
                        span: gs,
                    });
                    continue;
                }
                _ => {}
            }
            let mut git = Self::children(g).filter(|c| c.as_rule() != Rule::times);
            let count = self.count(git.next()?)?;
            let condition = self.condition(git.next()?, count.node, None)?;
            groups.push(SlotGroup {
                count,
                condition,
                span: gs,
            });
        }
        Some(IndividualsReq {
            name,
            total,
            shares,
            each,
            of_them,
            groups,
            span,
        })
    }

    /// A condition of a slot group of `count` slots; `before` is the
    /// connective written just before it (`None` right after `COUNT x`).
    /// Refuses `and` mixed with `or` at one level (`mixed-and-or`).
    pub(super) fn condition(
        &mut self,
        p: P,
        count: u32,
        before: Option<&str>,
    ) -> Option<Condition> {
        let span = self.span(&p);
        let mut parts = Vec::new();
        let mut ops: Vec<(String, Span)> = Vec::new();
        for c in Self::children(p) {
            match c.as_rule() {
                Rule::connective => ops.push((c.as_str().to_string(), self.span(&c))),
                Rule::lparen | Rule::rparen => {}
                Rule::condition => {
                    let prev = ops.last().map(|o| o.0.clone());
                    parts.push(self.condition(c, count, prev.as_deref().or(before))?);
                }
                _ => {
                    let prev = ops.last().map(|o| o.0.clone());
                    let c = self.clause(c, count, prev.as_deref().or(before))?;
                    parts.push(Condition::Clause(c));
                }
            }
        }
        if let Some((first, _)) = ops.first() {
            if let Some((_, at)) = ops.iter().find(|(o, _)| o != first) {
                let (first_op, first_at) = &ops[0];
                let found = if first_op == "and" { "or" } else { "and" };
                self.errors
                    .push(error::mixed_and_or(*at, *first_at, found, first_op));
            }
        }
        let is_or = ops.first().is_some_and(|(o, _)| o == "or");
        if parts.len() == 1 {
            return parts.pop();
        }
        // `A and (B and C)` is `A and B and C`.
        let mut flat = Vec::with_capacity(parts.len());
        for part in parts {
            match part {
                Condition::And(inner, _) if !is_or => flat.extend(inner),
                Condition::Or(inner, _) if is_or => flat.extend(inner),
                other => flat.push(other),
            }
        }
        Some(match is_or {
            true => Condition::Or(flat, span),
            false => Condition::And(flat, span),
        })
    }

    /// One clause of a slot group of `count` slots; `before` is the
    /// connective written just before it (`None` right after `COUNT x`).
    fn clause(&mut self, c: P, count: u32, before: Option<&str>) -> Option<Clause> {
        let cs = self.span(&c);
        let mut cit = Self::children(c);
        let n = cit.next()?;
        let need = match n.as_rule() {
            Rule::one => Spanned::new(Need::Count(1), self.span(&n)),
            Rule::all => Spanned::new(Need::All, self.span(&n)),
            Rule::bare_credentials => {
                // Read as `one of [...]`, so that nothing else is reported
                // about this line; the syntax error keeps the file from compiling.
                let inner = Self::children(n).next()?;
                let bracketed = inner.as_rule() == Rule::cred_list;
                let exams = match bracketed {
                    true => self.id_list(inner),
                    false => {
                        // `bare_cred_id` wraps the id.
                        let id = self.ident(inner);
                        Spanned::new(vec![id.clone()], id.span)
                    }
                };
                let list = exams
                    .node
                    .iter()
                    .map(|i| i.node.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                let fix = match before {
                    None => format!("{count} x one of [{list}]"),
                    Some(op) => format!("{op} one of [{list}]"),
                };
                let found = match bracketed {
                    true => format!("[{list}]"),
                    false => list,
                };
                self.errors
                    .push(error::credential_expected(cs, &found, &fix));
                return Some(Clause {
                    need: Spanned::new(Need::Count(1), cs),
                    source: Source::List(exams),
                    span: cs,
                });
            }
            _ => {
                let n = self.count(n)?;
                Spanned::new(Need::Count(n.node), n.span)
            }
        };
        let src = cit.next()?;
        let source = match src.as_rule() {
            Rule::area_ref => Source::Area(self.ident(Self::children(src).next()?)),
            Rule::any_area => Source::AnyArea(self.id_list(Self::children(src).next()?)),
            _ => Source::List(self.id_list(src)),
        };
        Some(Clause {
            need,
            source,
            span: cs,
        })
    }
}
