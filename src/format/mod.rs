//! `rubric fmt`: one canonical layout for rules files.
//!
//! The layout depends only on the syntax tree, never on how the source was
//! laid out, so formatting is idempotent and a scrambled file comes back
//! byte for byte. Comments are kept before the line they preceded, or at the
//! end of the line they trailed.

mod comments;
mod people;
mod score;

pub(crate) use people::condition;

use std::fmt::Write;

use rust_decimal::Decimal;

use crate::diag::Diagnostic;
use crate::span::{FileId, SourceFile};
use crate::syntax;
use crate::syntax::ast::*;
use comments::Comment;

/// Width that one-line texts and country lists are kept within.
const WIDTH: usize = 100;
const INDENT: &str = "  ";

/// Formats one rules file, file `id` of its sources. A file with syntax
/// errors is not formatted: its syntax diagnostics are returned.
pub fn format_source(id: FileId, src: &SourceFile) -> Result<String, Vec<Diagnostic>> {
    let (file, errors) = syntax::parse(id, src);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut p = Printer {
        comments: comments::scan(src.text()),
        trailing: Vec::new(),
        line_ends: src
            .text()
            .match_indices('\n')
            .map(|(i, _)| i)
            .chain([src.text().len()])
            .collect(),
        next: 0,
        out: String::new(),
        depth: 0,
    };
    // Comments above the first item, set apart by a blank line, are the
    // file's header and keep that blank line; otherwise they belong to the item.
    let first = file
        .items
        .first()
        .map_or(src.text().len(), |i| i.span().start as usize);
    let header_end = p
        .comments
        .iter()
        .take_while(|c| c.own_line && c.start < first)
        .last()
        .map(|c| c.start + c.text.len());
    if let Some(end) = header_end {
        let gap = &src.text()[end..first];
        if gap.matches('\n').count() >= 2 {
            p.flush_comments(end, false);
            p.out.push('\n');
        }
    }
    let mut prev: Option<&Item> = None;
    for item in &file.items {
        let blank = prev.is_some_and(|p| separated(p, item));
        p.item(item, blank);
        prev = Some(item);
    }
    p.flush_comments(usize::MAX, false);
    Ok(p.out)
}

/// Items of different kinds, and competencies, are separated by a blank line.
/// Exams, assessments and certifications are kinds of their own here.
fn separated(a: &Item, b: &Item) -> bool {
    let kind = |i: &Item| match i {
        Item::Credential(d) => Some(d.kind),
        _ => None,
    };
    std::mem::discriminant(a) != std::mem::discriminant(b)
        || kind(a) != kind(b)
        || matches!(a, Item::Competency(_))
        || matches!(b, Item::Competency(_))
}

struct Printer {
    comments: Vec<Comment>,
    /// Trailing comments of the line being written (see `allow`).
    trailing: Vec<String>,
    /// Byte offset of the end of each source line, for `source_line_end`.
    line_ends: Vec<usize>,
    next: usize,
    out: String,
    depth: usize,
}

impl Printer {
    /// The end of the source line holding offset `at`.
    fn source_line_end(&self, at: usize) -> usize {
        let i = self.line_ends.partition_point(|&e| e < at);
        self.line_ends.get(i).copied().unwrap_or(usize::MAX)
    }

    fn indent(&self) -> String {
        INDENT.repeat(self.depth)
    }

    /// Writes the comments that start before `pos`. `blank` asks for a blank
    /// line before what comes next (before its comments, if any).
    fn flush_comments(&mut self, pos: usize, blank: bool) {
        let mut blank_pending = blank;
        while let Some(c) = self.comments.get(self.next) {
            if c.start >= pos {
                break;
            }
            let c = c.clone();
            self.next += 1;
            if !c.own_line && !self.out.is_empty() {
                // Trailing comment: back on the line it followed.
                if self.out.ends_with('\n') {
                    self.out.pop();
                }
                let _ = writeln!(self.out, " {}", c.text);
                continue;
            }
            if blank_pending {
                self.blank_line();
                blank_pending = false;
            }
            let ind = self.indent();
            let _ = writeln!(self.out, "{ind}{}", c.text);
        }
        if blank_pending {
            self.blank_line();
        }
    }

    fn blank_line(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") && !self.out.ends_with("{\n") {
            self.out.push('\n');
        }
    }

    /// One line of code starting at source offset `at`.
    fn line(&mut self, at: usize, blank: bool, text: &str) {
        self.flush_comments(at, blank);
        let ind = self.indent();
        let _ = writeln!(self.out, "{ind}{text}");
    }

    /// Closes a block whose `}` is at source offset `end - 1`.
    fn close(&mut self, end: usize) {
        self.flush_comments(end.saturating_sub(1), false);
        self.depth -= 1;
        let ind = self.indent();
        let _ = writeln!(self.out, "{ind}}}");
    }

    fn item(&mut self, item: &Item, blank: bool) {
        let start = item.span().start as usize;
        match item {
            Item::Credential(d) => {
                // Properties in one order, course first; all kept, even a
                // duplicate that `check` reports, so formatting never drops one.
                let mut tail = String::new();
                for c in &d.course {
                    let _ = write!(tail, " course {}", c.node);
                }
                for r in &d.retired {
                    let _ = write!(tail, " retired {}", r.node);
                }
                let head = format!("{} {}", d.kind.keyword(), d.id.node);
                self.text_item(start, blank, &head, &d.title, &tail);
            }
            Item::Product(d) => self.catalog(start, blank, "product", d),
            Item::Kind(d) => self.catalog(start, blank, "kind", d),
            Item::Currency(d) => self.catalog(start, blank, "currency", d),
            Item::Market(d) => self.market(start, blank, d),
            Item::Association(d) => self.catalog(start, blank, "association", d),
            Item::Status(d) => self.catalog(start, blank, "status", d),
            Item::Metric(d) => {
                let head = format!("metric {}", d.id.node);
                let tail = if d.summed { " summed" } else { " latest" };
                self.text_item(start, blank, &head, &d.title, tail);
            }
            Item::Competency(c) => self.competency(start, blank, c),
        }
    }

    fn catalog(&mut self, start: usize, blank: bool, kw: &str, d: &CatalogDecl) {
        let head = format!("{kw} {}", d.id.node);
        self.text_item(start, blank, &head, &d.title, "");
    }

    /// `HEAD TEXT TAIL` on one line when it fits, else the text's entries one per line.
    fn text_item(&mut self, at: usize, blank: bool, head: &str, t: &Text, tail: &str) {
        let one = format!("{head} {}{tail}", text_inline(t));
        if self.indent().len() + one.len() <= WIDTH || t.parts.len() < 2 {
            self.line(at, blank, &one);
            return;
        }
        self.line(at, blank, &format!("{head} {{"));
        self.depth += 1;
        for (lang, s) in &t.parts {
            let lang = lang.as_ref().map_or("", |l| l.node.as_str());
            let at = s.span.start as usize;
            self.line(at, false, &format!("{lang}: {},", quote(&s.node)));
        }
        self.flush_comments(t.span.end as usize, false);
        self.depth -= 1;
        let ind = self.indent();
        let _ = writeln!(self.out, "{ind}}}{tail}");
    }

    fn market(&mut self, at: usize, blank: bool, m: &MarketDecl) {
        let mut head = format!("market {} {}", m.id.node, text_inline(&m.title));
        if !m.default.is_empty() {
            head.push_str(" default");
        }
        let countries: Vec<&str> = m
            .countries
            .iter()
            .flat_map(|l| l.node.iter().map(|c| c.node.as_str()))
            .collect();
        if m.countries.is_empty() {
            self.line(at, blank, &head);
            return;
        }
        let one = format!("{head} countries [{}]", countries.join(", "));
        if self.indent().len() + one.len() <= WIDTH {
            self.line(at, blank, &one);
            return;
        }
        self.line(at, blank, &head);
        self.depth += 1;
        let list_at = m.countries[0].span.start as usize;
        self.line(list_at, false, "countries [");
        self.depth += 1;
        let ind = self.indent();
        let mut row = String::new();
        for c in countries {
            if !row.is_empty() && ind.len() + row.len() + c.len() + 2 > WIDTH {
                let _ = writeln!(self.out, "{ind}{}", row.trim_end());
                row.clear();
            }
            let _ = write!(row, "{c}, ");
        }
        if !row.is_empty() {
            let _ = writeln!(self.out, "{ind}{}", row.trim_end());
        }
        self.depth -= 1;
        let last = m.countries.last().map_or(at, |l| l.span.end as usize);
        self.close_bracket(last);
        self.depth -= 1;
    }

    fn close_bracket(&mut self, end: usize) {
        self.flush_comments(end.saturating_sub(1), false);
        let ind = self.indent();
        let _ = writeln!(self.out, "{ind}]");
    }

    fn labelled(&mut self, kw: &str, l: &Labelled) {
        self.text_item(l.span.start as usize, false, kw, &l.text, "");
    }

    fn competency(&mut self, at: usize, blank: bool, c: &CompetencyDecl) {
        self.line(at, blank, &format!("competency {} {{", c.id.node));
        self.depth += 1;
        let mut after = c.id.span.end as usize;
        for m in &c.members {
            if let CompetencyMember::Allow(a) = m {
                self.allow(a, after);
            }
            after = m.span().end as usize;
        }
        for m in &c.members {
            match m {
                CompetencyMember::Title(l) => self.labelled("title", l),
                CompetencyMember::Summary(l) => self.labelled("summary", l),
                CompetencyMember::Allow(_) => {}
                CompetencyMember::Area(a) => self.area(a),
                CompetencyMember::Option(o) => self.option(o),
            }
        }
        self.close(c.span.end as usize);
    }

    fn option(&mut self, o: &OptionDecl) {
        self.line(
            o.span.start as usize,
            true,
            &format!("option {} {{", o.id.node),
        );
        self.depth += 1;
        let mut after = o.id.span.end as usize;
        for m in &o.members {
            if let OptionMember::Allow(a) = m {
                self.allow(a, after);
            }
            after = m.span().end as usize;
        }
        for m in &o.members {
            match m {
                OptionMember::Title(l) => self.labelled("title", l),
                OptionMember::Summary(l) => self.labelled("summary", l),
                OptionMember::Allow(_) => {}
                OptionMember::Area(a) => self.area(a),
                OptionMember::Tier(t) => self.tier(t),
            }
        }
        self.close(o.span.end as usize);
    }

    fn tier(&mut self, t: &TierDecl) {
        self.line(
            t.span.start as usize,
            true,
            &format!("tier {} {{", t.id.node),
        );
        self.depth += 1;
        let mut after = t.id.span.end as usize;
        for m in &t.members {
            if let TierMember::Allow(a) = m {
                self.allow(a, after);
            }
            after = m.span().end as usize;
        }
        self.tier_members(&t.members);
        self.close(t.span.end as usize);
    }

    /// The members of a tier or of a branch, in written order (`allow`s
    /// are written first by the caller).
    fn tier_members(&mut self, members: &[TierMember]) {
        for m in members {
            match m {
                TierMember::Title(l) => self.labelled("title", l),
                TierMember::Allow(_) => {}
                TierMember::Revenue(r) => self.revenue(r, None),
                TierMember::Measure(m) => {
                    let what = match &m.measure {
                        Measure::Consumption => "consumption".to_string(),
                        Measure::Count(metric) => format!("count {}", metric.node),
                        Measure::NewCustomers => "new customers".to_string(),
                        Measure::NetCustomerAdds => "net customer adds".to_string(),
                        Measure::UsageGrowth(metric) => format!("usage growth {}", metric.node),
                    };
                    self.revenue(&m.req, Some(what));
                }
                TierMember::Status(r) => {
                    let line = format!("status {}", r.status.node);
                    self.line(r.span.start as usize, false, &line);
                }
                TierMember::Individuals(i) => self.individuals(i),
                TierMember::Either(e) => self.either(e),
                TierMember::Score(s) => self.score(s),
                TierMember::Qualified(q) => self.qualified(q),
            }
        }
    }

    /// `either {` … `} or {` … `}`: each branch's requirements one level in.
    fn either(&mut self, e: &EitherReq) {
        for (bi, b) in e.branches.iter().enumerate() {
            let at = b.span.start as usize;
            if bi == 0 {
                self.line(e.span.start as usize, false, "either {");
            } else {
                // Comments inside the branch before stay there; those
                // between the branches open the next one.
                let end = e.branches[bi - 1].span.end as usize;
                self.flush_comments(end.saturating_sub(1), false);
                self.depth -= 1;
                let ind = self.indent();
                let _ = writeln!(self.out, "{ind}}} or {{");
                self.depth += 1;
                self.flush_comments(at + 1, false);
                self.depth -= 1;
            }
            self.depth += 1;
            self.tier_members(&b.members);
        }
        self.close(e.span.end as usize);
    }

    /// `allow CODE "REASON"`: first in its block, where a reader meets the
    /// excuse before the rule it excuses. It moves with its own comments:
    /// those on the lines between the member before it (ending at `after`)
    /// and itself, and the one trailing it.
    fn allow(&mut self, a: &Allow, after: usize) {
        let (start, end) = (a.span.start as usize, a.span.end as usize);
        let line_end = self.source_line_end(end);
        let mut i = self.next;
        while i < self.comments.len() {
            let c = &self.comments[i];
            let before = c.own_line && c.start >= after && c.start < start;
            let trailing = !c.own_line && c.start >= end && c.start < line_end;
            if !(before || trailing) {
                i += 1;
                continue;
            }
            let c = self.comments.remove(i);
            let ind = self.indent();
            match before {
                true => {
                    let _ = writeln!(self.out, "{ind}{}", c.text);
                }
                false => self.trailing.push(c.text),
            }
        }
        let ind = self.indent();
        let _ = write!(
            self.out,
            "{ind}allow {} {}",
            a.code.node,
            quote(&a.reason.node)
        );
        for t in std::mem::take(&mut self.trailing) {
            let _ = write!(self.out, " {t}");
        }
        self.out.push('\n');
    }

    /// A revenue requirement, or another measure (`what`: its words before `in`).
    fn revenue(&mut self, r: &RevenueReq, what: Option<String>) {
        let kinds = match &r.kinds.node {
            Kinds::One(k) => k.node.clone(),
            Kinds::List(ks) => format!("[{}]", ids(ks)),
            Kinds::Any => "of any kind".to_string(),
        };
        let what = what.unwrap_or_else(|| format!("revenue {kinds}"));
        let mut within = format!("in [{}]", ids(&r.products.node));
        if let Some(w) = &r.window {
            match w.node {
                Window::Ttm => within.push_str(" over ttm"),
                Window::Months(1) => within.push_str(" over 1 month"),
                Window::Months(n) => {
                    let _ = write!(within, " over {n} months");
                }
            }
        }
        let with = match &r.assoc {
            Some(a) if a.node.one_of => Some(format!("with one of [{}]", ids(&a.node.ids))),
            Some(a) => Some(format!("with {}", ids(&a.node.ids))),
            None => None,
        };
        let at = r.span.start as usize;
        let least = match &r.at_least.node {
            AtLeast::All(m) => format!("at least {}", money(m)),
            AtLeast::PerMarket(_) => "at least {".to_string(),
        };
        let mut parts = vec![what, within];
        parts.extend(with);
        let one = format!("{} {least}", parts.join(" "));
        // Too long for one line: the measure, then one line per filter and
        // the threshold, indented one step (a block of markets one more).
        let broken = self.indent().len() + one.len() > WIDTH;
        if broken {
            self.line(at, false, &parts[0]);
            self.depth += 1;
            for part in &parts[1..] {
                self.line(at, false, part);
            }
            self.line(at, false, &least);
        } else {
            self.line(at, false, &one);
        }
        if let AtLeast::PerMarket(per) = &r.at_least.node {
            self.depth += 1;
            for (market, m) in per {
                let line = format!("{}: {},", market.node, money(m));
                self.line(market.span.start as usize, false, &line);
            }
            self.close(r.at_least.span.end as usize);
        }
        if broken {
            self.depth -= 1;
        }
    }
}

fn ids(list: &[Ident]) -> String {
    list.iter()
        .map(|i| i.node.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn money(m: &Money) -> String {
    match &m.currency {
        Some(c) => format!("{} {}", c.node, amount(m.amount.node)),
        None => amount(m.amount.node),
    }
}

/// `100_000`, `2_500.50`: thousands grouped with `_` from five digits on.
pub fn amount(d: Decimal) -> String {
    let s = d.to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let digits = int.trim_start_matches('-');
    let mut grouped = String::new();
    if digits.len() > 4 {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push('_');
            }
            grouped.push(c);
        }
    } else {
        grouped.push_str(digits);
    }
    match frac {
        Some(f) => format!("{grouped}.{f}"),
        None => grouped,
    }
}

fn text_inline(t: &Text) -> String {
    match t.parts.as_slice() {
        [(None, s)] => quote(&s.node),
        parts => {
            let inner: Vec<String> = parts
                .iter()
                .map(|(l, s)| {
                    format!(
                        "{}: {}",
                        l.as_ref().map_or("", |l| l.node.as_str()),
                        quote(&s.node)
                    )
                })
                .collect();
            format!("{{ {} }}", inner.join(", "))
        }
    }
}

/// A string literal for `s`, escaping what the lexer unescapes.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether two programs mean the same, ignoring where things were written.
pub fn same_meaning(a: &crate::ir::Program, b: &crate::ir::Program) -> bool {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("span");
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    match (serde_json::to_value(a), serde_json::to_value(b)) {
        (Ok(mut x), Ok(mut y)) => {
            strip(&mut x);
            strip(&mut y);
            x == y
        }
        _ => false,
    }
}
