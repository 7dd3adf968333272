//! Diagnostics, hover, definition and references.

use lsp_types::*;

use super::index::{IdKind, Info, Occurrence};
use super::workspace::Workspace;
use super::Failure;
use crate::diag::Severity;
use crate::i18n::{self, Args, Lang};
use crate::span::{FileId, Span};
use crate::syntax::ast::{AtLeast, Money, Text};

/// The LSP form of a diagnostic and the position of its file, worded as
/// `rubric check` words it. A diagnostic without a place is not shown.
pub fn diagnostic(ws: &Workspace, d: &crate::Diagnostic) -> Option<(usize, Diagnostic)> {
    let span = d.span?;
    let file = span.file.0 as usize;
    let lang = ws.lang;
    let mut message = d.message(lang);
    if let Some(help) = d.help(lang) {
        message.push_str("\nhelp: ");
        message.push_str(&help);
    }
    let mut related = Vec::new();
    if let (Some(label), Some(loc)) = (d.primary_label(lang), location(ws, span)) {
        related.push(DiagnosticRelatedInformation {
            location: loc,
            message: label,
        });
    }
    for l in &d.labels {
        if let (Some(words), Some(loc)) = (d.attribute(lang, l.attr), location(ws, l.span)) {
            related.push(DiagnosticRelatedInformation {
                location: loc,
                message: words,
            });
        }
    }
    let diagnostic = Diagnostic {
        range: location(ws, span)?.range,
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            _ => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.code.to_string())),
        source: Some("rubric".into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    };
    Some((file, diagnostic))
}

/// The LSP location of a span.
pub fn location(ws: &Workspace, span: Span) -> Option<Location> {
    let d = ws.docs.get(span.file.0 as usize)?;
    let range = d
        .lines
        .range(&d.text, span.start as usize, span.end as usize);
    Some(Location::new(d.uri.clone(), range))
}

/// The rules file and byte offset of a position.
pub fn locate(ws: &Workspace, at: &TextDocumentPositionParams) -> Option<(FileId, usize)> {
    let i = ws.find(&at.text_document.uri)?;
    let d = &ws.docs[i];
    Some((FileId(i as u32), d.lines.offset(&d.text, at.position)))
}

/// The id under the cursor.
fn occurrence<'w>(ws: &'w Workspace, at: &TextDocumentPositionParams) -> Option<&'w Occurrence> {
    let (file, offset) = locate(ws, at)?;
    ws.index().at(file, offset)
}

/// `textDocument/definition`: where the id under the cursor is declared.
pub fn definition(
    ws: &Workspace,
    p: GotoDefinitionParams,
) -> Result<Option<GotoDefinitionResponse>, Failure> {
    let Some(o) = occurrence(ws, &p.text_document_position_params) else {
        return Ok(None);
    };
    let locations: Vec<Location> = ws
        .index()
        .defs(o.kind, &o.key)
        .into_iter()
        .filter_map(|d| location(ws, d.span))
        .collect();
    Ok(match locations.len() {
        0 => None,
        1 => locations
            .into_iter()
            .next()
            .map(GotoDefinitionResponse::Scalar),
        _ => Some(GotoDefinitionResponse::Array(locations)),
    })
}

/// `textDocument/references`: every use of the id under the cursor.
pub fn references(ws: &Workspace, p: ReferenceParams) -> Result<Option<Vec<Location>>, Failure> {
    let Some(o) = occurrence(ws, &p.text_document_position) else {
        return Ok(None);
    };
    let with_decl = p.context.include_declaration;
    Ok(Some(
        ws.index()
            .all(o.kind, &o.key)
            .filter(|r| with_decl || !r.def)
            .filter_map(|r| location(ws, r.span))
            .collect(),
    ))
}

/// `textDocument/hover`: what an id is (title, retirement, summary), and the
/// amounts per market of a revenue threshold.
pub fn hover(ws: &Workspace, p: HoverParams) -> Result<Option<Hover>, Failure> {
    let at = &p.text_document_position_params;
    let Some((file, offset)) = locate(ws, at) else {
        return Ok(None);
    };
    let lang = ws.lang;
    let mut parts = Vec::new();
    let mut range = None;
    if let Some(o) = ws.index().at(file, offset) {
        if let Some(info) = ws.index().info.get(&(o.kind, o.key.clone())) {
            parts.push(describe(lang, o, info));
            range = location(ws, o.span).map(|l| l.range);
        }
    }
    let on_other_id = ws
        .index()
        .at(file, offset)
        .is_some_and(|o| o.kind != IdKind::Market && o.kind != IdKind::Currency);
    if let Some(t) = ws
        .index()
        .threshold_at(file, offset)
        .filter(|_| !on_other_id)
    {
        parts.push(thresholds(ws, &t.at_least));
    }
    if parts.is_empty() {
        return Ok(None);
    }
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n\n---\n\n"),
        }),
        range,
    }))
}

/// `**exam** `MB2-714` — title`, then retirement, course and summary.
fn describe(lang: Lang, o: &Occurrence, info: &Info) -> String {
    let mut out = format!("**{}** `{}`", info.keyword, super::index::name_of(&o.key));
    if let Some(t) = &info.title {
        out.push_str(" — ");
        out.push_str(&words(t, lang));
    }
    if let Some(n) = info.course {
        out.push_str("\n\n");
        out.push_str(&i18n::text(
            lang,
            "doc-course",
            &Args::new().with("course", n),
        ));
    }
    if let Some(d) = info.retired {
        let args = Args::new()
            .with("date", d)
            .with("year", d.format("%Y").to_string())
            .with("month", d.format("%m").to_string())
            .with("day", d.format("%d").to_string());
        out.push_str("\n\n");
        out.push_str(&i18n::text(lang, "doc-retired", &args));
    }
    if let Some(s) = &info.summary {
        out.push_str("\n\n");
        out.push_str(&words(s, lang));
    }
    out
}

/// A threshold's amounts, one line per market.
fn thresholds(ws: &Workspace, at_least: &AtLeast) -> String {
    let lang = ws.lang;
    let money = |m: &Money| match &m.currency {
        Some(c) => i18n::money(lang, m.amount.node, &c.node),
        None => i18n::amount(lang, m.amount.node),
    };
    let mut out = format!(
        "**{}**\n",
        i18n::text(lang, "lsp-hover-thresholds", &Args::new())
    );
    match at_least {
        AtLeast::All(m) => {
            let args = Args::new().with("amount", money(m));
            out.push_str(&format!(
                "\n- {}",
                i18n::text(lang, "lsp-hover-threshold-all", &args)
            ));
        }
        AtLeast::PerMarket(list) => {
            for (market, m) in list {
                let title = ws
                    .index()
                    .info
                    .get(&(IdKind::Market, market.node.clone()))
                    .and_then(|i| i.title.as_ref())
                    .map_or_else(|| market.node.clone(), |t| words(t, lang));
                let args = Args::new()
                    .with("market", market.node.clone())
                    .with("title", title)
                    .with("amount", money(m));
                out.push_str(&format!(
                    "\n- {}",
                    i18n::text(lang, "lsp-hover-threshold", &args)
                ));
            }
        }
    }
    out
}

/// A text in `lang`: its part in that language, else the plain one, else the first.
pub fn words(t: &Text, lang: Lang) -> String {
    let tagged = |tag: Option<&str>| {
        t.parts
            .iter()
            .find(|(l, _)| l.as_ref().map(|l| l.node.as_str()) == tag)
    };
    tagged(Some(lang.tag()))
        .or_else(|| tagged(None))
        .or_else(|| t.parts.first())
        .map(|(_, s)| s.node.clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hovers speak the workspace's language: French titles and amounts.
    #[test]
    fn hover_in_french() {
        let mut ws = Workspace::new(Lang::Fr);
        let uri = Url::parse("file:///w/a.rubric").unwrap();
        let text = "currency USD \"$\"\nkind k \"K\"\nproduct p \"P\"\n\
            market m { en: \"Developed\", fr: \"Développés\" } default\n\
            exam E-1 { en: \"Sales\", fr: \"Ventes\" } retired 2019-06-30\n\
            competency c { option o { tier t {\n\
            revenue k in [p] at least { m: USD 100_000 }\n\
            individuals 1 { 1 x one of [E-1] } } } }\n";
        ws.set(uri.clone(), text.to_string(), true);
        ws.refresh();
        let hover_at = |needle: &str| {
            let at = text.find(needle).unwrap();
            let ix = crate::lsp::position::LineIndex::new(text);
            let p = HoverParams {
                text_document_position_params: TextDocumentPositionParams::new(
                    TextDocumentIdentifier::new(uri.clone()),
                    ix.position(text, at),
                ),
                work_done_progress_params: Default::default(),
            };
            match hover(&ws, p).unwrap().map(|h| h.contents) {
                Some(HoverContents::Markup(m)) => m.value,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(
            hover_at("E-1]"),
            "**exam** `E-1` — Ventes\n\nretiré le 30/06/2019"
        );
        assert_eq!(
            hover_at("at least"),
            "**Seuils de revenus**\n\n- `m` (Développés) : au moins 100\u{202f}000\u{a0}USD"
        );
    }
}
