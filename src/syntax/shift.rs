//! Moving a parsed item by a number of bytes: after an edit earlier in its
//! file, the language server keeps the items that follow the edit instead
//! of parsing them again, and moves their spans by the edit's length.
//!
//! Every span of the tree must move: a node added to the AST needs its arm
//! here (the match arms are exhaustive, so a new variant will not compile
//! without one; `lsp::incremental`'s test compares with a full parse and
//! catches a new field that is not moved).

use super::ast::*;
use crate::diag::Diagnostic;
use crate::span::Span;

/// Moves every span of `item` by `delta` bytes.
pub(crate) fn item(item: &mut Item, delta: i64) {
    let d = delta;
    match item {
        Item::Credential(c) => {
            ident(&mut c.id, d);
            text(&mut c.title, d);
            c.retired.iter_mut().for_each(|r| span(&mut r.span, d));
            c.course.iter_mut().for_each(|r| span(&mut r.span, d));
            span(&mut c.span, d);
        }
        Item::Product(c) | Item::Kind(c) | Item::Currency(c) => catalog(c, d),
        Item::Association(c) | Item::Status(c) => catalog(c, d),
        Item::Metric(m) => {
            ident(&mut m.id, d);
            text(&mut m.title, d);
            span(&mut m.span, d);
        }
        Item::Market(m) => {
            ident(&mut m.id, d);
            text(&mut m.title, d);
            m.default.iter_mut().for_each(|s| span(s, d));
            for list in &mut m.countries {
                idents(list, d);
            }
            span(&mut m.span, d);
        }
        Item::Competency(c) => {
            ident(&mut c.id, d);
            for m in &mut c.members {
                match m {
                    CompetencyMember::Title(l) | CompetencyMember::Summary(l) => labelled(l, d),
                    CompetencyMember::Allow(a) => allow(a, d),
                    CompetencyMember::Area(a) => area(a, d),
                    CompetencyMember::Option(o) => option(o, d),
                }
            }
            span(&mut c.span, d);
        }
    }
}

/// Moves the spans of a diagnostic by `delta` bytes.
pub(crate) fn diagnostic(diag: &mut Diagnostic, delta: i64) {
    if let Some(s) = &mut diag.span {
        span(s, delta);
    }
    diag.labels
        .iter_mut()
        .for_each(|l| span(&mut l.span, delta));
}

fn span(s: &mut Span, d: i64) {
    s.start = (i64::from(s.start) + d) as u32;
    s.end = (i64::from(s.end) + d) as u32;
}

fn ident(i: &mut Ident, d: i64) {
    span(&mut i.span, d);
}

fn idents(list: &mut Spanned<Vec<Ident>>, d: i64) {
    list.node.iter_mut().for_each(|i| ident(i, d));
    span(&mut list.span, d);
}

fn text(t: &mut Text, d: i64) {
    for (lang, words) in &mut t.parts {
        if let Some(l) = lang {
            ident(l, d);
        }
        span(&mut words.span, d);
    }
    span(&mut t.span, d);
}

fn catalog(c: &mut CatalogDecl, d: i64) {
    ident(&mut c.id, d);
    text(&mut c.title, d);
    span(&mut c.span, d);
}

fn labelled(l: &mut Labelled, d: i64) {
    text(&mut l.text, d);
    span(&mut l.span, d);
}

fn allow(a: &mut Allow, d: i64) {
    ident(&mut a.code, d);
    span(&mut a.reason.span, d);
    span(&mut a.span, d);
}

fn area(a: &mut AreaDecl, d: i64) {
    ident(&mut a.id, d);
    text(&mut a.title, d);
    idents(&mut a.exams, d);
    span(&mut a.span, d);
}

fn option(o: &mut OptionDecl, d: i64) {
    ident(&mut o.id, d);
    for m in &mut o.members {
        match m {
            OptionMember::Title(l) | OptionMember::Summary(l) => labelled(l, d),
            OptionMember::Allow(a) => allow(a, d),
            OptionMember::Area(a) => area(a, d),
            OptionMember::Tier(t) => tier(t, d),
        }
    }
    span(&mut o.span, d);
}

fn tier(t: &mut TierDecl, d: i64) {
    ident(&mut t.id, d);
    tier_members(&mut t.members, d);
    span(&mut t.span, d);
}

fn tier_members(members: &mut [TierMember], d: i64) {
    for m in members {
        match m {
            TierMember::Title(l) => labelled(l, d),
            TierMember::Allow(a) => allow(a, d),
            TierMember::Revenue(r) => revenue(r, d),
            TierMember::Measure(m) => measure(m, d),
            TierMember::Status(s) => {
                ident(&mut s.status, d);
                span(&mut s.span, d);
            }
            TierMember::Individuals(i) => individuals(i, d),
            TierMember::Either(e) => {
                for b in &mut e.branches {
                    tier_members(&mut b.members, d);
                    span(&mut b.span, d);
                }
                span(&mut e.keyword, d);
                span(&mut e.span, d);
            }
            TierMember::Score(s) => score(s, d),
            TierMember::Qualified(q) => {
                span(&mut q.before.span, d);
                span(&mut q.span, d);
            }
        }
    }
}

fn measure(m: &mut MeasureReq, d: i64) {
    if let Measure::Count(metric) | Measure::UsageGrowth(metric) = &mut m.measure {
        ident(metric, d);
    }
    revenue(&mut m.req, d);
}

fn score(s: &mut ScoreReq, d: i64) {
    span(&mut s.target.span, d);
    span(&mut s.total.span, d);
    if let Some(z) = &mut s.above_zero {
        span(z, d);
    }
    for m in &mut s.metrics {
        span(&mut m.points.span, d);
        match &mut m.measure {
            ScoreMeasure::Measure(r) => measure(r, d),
            ScoreMeasure::Revenue(r) => revenue(r, d),
            ScoreMeasure::People(h) => {
                condition(&mut h.condition, d);
                at_least(&mut h.at_least, d);
                span(&mut h.span, d);
            }
        }
        if let Some(n) = &mut m.minimum {
            span(&mut n.span, d);
        }
        span(&mut m.span, d);
    }
    span(&mut s.span, d);
}

fn revenue(r: &mut RevenueReq, d: i64) {
    match &mut r.kinds.node {
        Kinds::One(k) => ident(k, d),
        Kinds::List(ks) => ks.iter_mut().for_each(|k| ident(k, d)),
        Kinds::Any => {}
    }
    span(&mut r.kinds.span, d);
    idents(&mut r.products, d);
    if let Some(w) = &mut r.window {
        span(&mut w.span, d);
    }
    if let Some(a) = &mut r.assoc {
        a.node.ids.iter_mut().for_each(|i| ident(i, d));
        span(&mut a.span, d);
    }
    at_least(&mut r.at_least, d);
    span(&mut r.span, d);
}

fn at_least(a: &mut Spanned<AtLeast>, d: i64) {
    match &mut a.node {
        AtLeast::All(m) => money(m, d),
        AtLeast::PerMarket(list) => {
            for (market, m) in list {
                ident(market, d);
                money(m, d);
            }
        }
    }
    span(&mut a.span, d);
}

fn money(m: &mut Money, d: i64) {
    if let Some(c) = &mut m.currency {
        ident(c, d);
    }
    span(&mut m.amount.span, d);
    span(&mut m.span, d);
}

fn individuals(i: &mut IndividualsReq, d: i64) {
    if let Some(n) = &mut i.name {
        ident(n, d);
    }
    span(&mut i.total.span, d);
    if let Some(s) = &mut i.shares {
        idents(s, d);
    }
    for l in &mut i.each {
        condition(&mut l.condition, d);
        span(&mut l.span, d);
    }
    for l in &mut i.of_them {
        span(&mut l.count.span, d);
        condition(&mut l.condition, d);
        span(&mut l.span, d);
    }
    for g in &mut i.groups {
        span(&mut g.count.span, d);
        condition(&mut g.condition, d);
        span(&mut g.span, d);
    }
    span(&mut i.span, d);
}

fn condition(c: &mut Condition, d: i64) {
    match c {
        Condition::Clause(cl) => {
            span(&mut cl.need.span, d);
            match &mut cl.source {
                Source::List(ids) | Source::AnyArea(ids) => idents(ids, d),
                Source::Area(a) => ident(a, d),
            }
            span(&mut cl.span, d);
        }
        Condition::And(parts, s) | Condition::Or(parts, s) => {
            parts.iter_mut().for_each(|p| condition(p, d));
            span(s, d);
        }
    }
}
