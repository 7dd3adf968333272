//! Declarations of the catalogs: exams, products, kinds, currencies, markets.

use std::collections::HashMap;

use super::{error, Cx, Names};
use crate::ir::{self, CredentialKind, MarketIdx, Text};
use crate::span::Span;
use crate::syntax::ast::{self, Item};

/// Declares every catalog entry of every file, reporting duplicates.
pub(super) fn declare<'a>(
    cx: &mut Cx,
    files: &'a [ast::File],
    program: &mut ir::Program,
) -> Names<'a> {
    let mut names = Names::default();
    names.associations.insert("dpor", ir::DPOR.0);
    let mut first: HashMap<(&'static str, &str), Span> = HashMap::new();
    let mut default_at: Option<(String, Span)> = None;
    let mut country_at: HashMap<String, (String, Span)> = HashMap::new();
    // Exams, assessments and certifications share one namespace of ids.
    let mut credential_at: HashMap<&str, (CredentialKind, Span)> = HashMap::new();

    for item in files.iter().flat_map(|f| &f.items) {
        if let Item::Credential(d) = item {
            if let Some((kind, prev)) = credential_at.get(d.id.node.as_str()) {
                let (what, first) = (d.kind.keyword(), kind.keyword());
                cx.push(error::duplicate_credential(
                    what, first, &d.id.node, d.id.span, *prev,
                ));
                continue;
            }
            credential_at.insert(&d.id.node, (d.kind, d.id.span));
            names.exams.insert(&d.id.node, program.exams.len() as u32);
            program.exams.push(credential(cx, d));
            continue;
        }
        let (what, id) = match item {
            Item::Credential(_) => continue,
            Item::Product(d) => ("product", &d.id),
            Item::Kind(d) => ("kind", &d.id),
            Item::Currency(d) => ("currency", &d.id),
            Item::Market(d) => ("market", &d.id),
            Item::Association(d) => ("association", &d.id),
            Item::Status(d) => ("status", &d.id),
            Item::Metric(d) => ("metric", &d.id),
            Item::Competency(d) => ("competency", &d.id),
        };
        if let Some(prev) = first.get(&(what, id.node.as_str())) {
            cx.duplicate(what, &id.node, id.span, *prev);
            continue;
        }
        first.insert((what, id.node.as_str()), id.span);
        match item {
            Item::Product(d) | Item::Kind(d) | Item::Currency(d) => {
                let (table, list) = match item {
                    Item::Product(_) => (&mut names.products, &mut program.products),
                    Item::Kind(_) => (&mut names.kinds, &mut program.kinds),
                    _ => (&mut names.currencies, &mut program.currencies),
                };
                table.insert(&d.id.node, list.len() as u32);
                list.push(ir::Entry {
                    id: d.id.node.clone(),
                    title: text(cx, &d.title),
                    span: d.span,
                });
            }
            Item::Association(d) | Item::Status(d) => {
                let entry = ir::Entry {
                    id: d.id.node.clone(),
                    title: text(cx, &d.title),
                    span: d.span,
                };
                if let Item::Status(_) = item {
                    names
                        .statuses
                        .insert(&d.id.node, program.statuses.len() as u32);
                    program.statuses.push(entry);
                } else if d.id.node == "dpor" {
                    // Built in: a declaration only gives it titles.
                    program.associations[ir::DPOR.index()] = entry;
                } else {
                    names
                        .associations
                        .insert(&d.id.node, program.associations.len() as u32);
                    program.associations.push(entry);
                }
            }
            Item::Metric(d) => {
                names
                    .metrics
                    .insert(&d.id.node, program.metrics.len() as u32);
                program.metrics.push(ir::Metric {
                    id: d.id.node.clone(),
                    title: text(cx, &d.title),
                    summed: d.summed,
                    span: d.span,
                });
            }
            Item::Market(d) => {
                let idx = program.markets.len() as u32;
                names.markets.insert(&d.id.node, idx);
                for pair in d.default.windows(2) {
                    cx.push(error::duplicate_property("default", pair[1], pair[0]));
                }
                if let Some(&flag) = d.default.first() {
                    match &default_at {
                        Some((first_name, first_span)) => {
                            cx.push(error::several_defaults(
                                first_name,
                                &d.id.node,
                                flag,
                                *first_span,
                            ));
                        }
                        None => {
                            default_at = Some((d.id.node.clone(), flag));
                            program.default_market = Some(MarketIdx(idx));
                        }
                    }
                }
                let mut countries = Vec::new();
                for list in &d.countries {
                    for c in &list.node {
                        if !is_country_code(&c.node) {
                            cx.push(error::bad_country_code(&c.node, c.span));
                            continue;
                        }
                        if let Some((market, at)) = country_at.get(&c.node) {
                            if *market == d.id.node {
                                cx.push(error::listed_twice("country", &c.node, c.span, *at));
                            } else {
                                cx.push(error::country_in_two_markets(
                                    &c.node, market, &d.id.node, c.span, *at,
                                ));
                            }
                            continue;
                        }
                        country_at.insert(c.node.clone(), (d.id.node.clone(), c.span));
                        countries.push(c.node.clone());
                    }
                }
                program.markets.push(ir::Market {
                    id: d.id.node.clone(),
                    title: text(cx, &d.title),
                    countries,
                    span: d.span,
                });
            }
            Item::Competency(_) | Item::Credential(_) => {}
        }
    }
    names
}

/// The built-in association type `dpor`, with the titles v1 gave it.
pub(crate) fn builtin_dpor() -> ir::Association {
    let mut title = Text::default();
    title
        .0
        .insert("en".into(), "Digital Partner of Record".into());
    title
        .0
        .insert("fr".into(), "Partenaire de référence numérique".into());
    ir::Entry {
        id: "dpor".into(),
        title,
        span: Span::default(),
    }
}

/// Lowers an exam, assessment or certification, reporting a property given
/// twice and a `course` on anything but an assessment.
fn credential(cx: &mut Cx, d: &ast::CredentialDecl) -> ir::Exam {
    for pair in d.retired.windows(2) {
        cx.push(error::duplicate_property(
            "retired",
            pair[1].span,
            pair[0].span,
        ));
    }
    for pair in d.course.windows(2) {
        cx.push(error::duplicate_property(
            "course",
            pair[1].span,
            pair[0].span,
        ));
    }
    if d.kind != CredentialKind::Assessment {
        for c in &d.course {
            cx.push(error::course_on_non_assessment(
                d.kind.keyword(),
                &d.id.node,
                c.node,
                c.span,
            ));
        }
    }
    ir::Exam {
        id: d.id.node.clone(),
        kind: d.kind,
        title: text(cx, &d.title),
        retired: d.retired.first().map(|r| r.node),
        course: match d.kind {
            CredentialKind::Assessment => d.course.first().map(|c| c.node),
            _ => None,
        },
        span: d.span,
    }
}

/// Two upper-case ASCII letters. Whether the code is assigned is checked on
/// partner data, where a typo would matter; here the shape catches `fr` or `FRA`.
fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Lowers a text, reporting a language given twice.
pub(super) fn text(cx: &mut Cx, t: &ast::Text) -> Text {
    let mut out = Text::default();
    let mut seen: HashMap<&str, Span> = HashMap::new();
    for (lang, s) in &t.parts {
        let (key, at) = match lang {
            Some(l) => (l.node.as_str(), l.span),
            None => ("", s.span),
        };
        if let Some(first) = seen.get(key) {
            let lang = (!key.is_empty()).then_some(key);
            cx.push(error::duplicate_language(lang, at, *first));
            continue;
        }
        seen.insert(key, at);
        out.0.insert(key.to_string(), s.node.clone());
    }
    out
}
