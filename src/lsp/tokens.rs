//! Highlighting (semantic tokens) and the outline (document symbols).

use lsp_types::*;

use super::handlers::words;
use super::index::{IdKind, Occurrence};
use super::workspace::Workspace;
use super::Failure;
use crate::span::Span;
use crate::syntax::ast::{CompetencyMember, Item, OptionMember};

/// The token types, in legend order.
const TYPES: [SemanticTokenType; 12] = [
    SemanticTokenType::KEYWORD,
    SemanticTokenType::STRING,
    SemanticTokenType::NUMBER,
    SemanticTokenType::COMMENT,
    SemanticTokenType::VARIABLE,    // credential
    SemanticTokenType::TYPE,        // product, revenue kind, currency
    SemanticTokenType::ENUM,        // market
    SemanticTokenType::PROPERTY,    // association, status
    SemanticTokenType::NAMESPACE,   // competency
    SemanticTokenType::CLASS,       // option, area
    SemanticTokenType::ENUM_MEMBER, // tier
    SemanticTokenType::PARAMETER,   // named people requirement
];

/// Keywords of the grammar (`grammar/rubric.pest`).
const KEYWORDS: [&str; 68] = [
    "above",
    "adds",
    "all",
    "allow",
    "and",
    "any",
    "area",
    "assessment",
    "association",
    "at",
    "before",
    "certification",
    "competency",
    "consumption",
    "count",
    "countries",
    "course",
    "currency",
    "current",
    "customer",
    "customers",
    "day",
    "default",
    "each",
    "either",
    "every",
    "exam",
    "for",
    "growth",
    "holding",
    "in",
    "individuals",
    "kind",
    "latest",
    "least",
    "market",
    "metric",
    "minimum",
    "month",
    "months",
    "net",
    "new",
    "of",
    "on",
    "one",
    "option",
    "or",
    "over",
    "people",
    "point",
    "points",
    "product",
    "qualified",
    "retired",
    "revenue",
    "score",
    "shares",
    "status",
    "summary",
    "summed",
    "the",
    "them",
    "tier",
    "title",
    "ttm",
    "usage",
    "with",
    "zero",
];

/// The legend announced at initialization.
pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TYPES.to_vec(),
        token_modifiers: vec![SemanticTokenModifier::DECLARATION],
    }
}

fn type_of(kind: IdKind) -> u32 {
    match kind {
        IdKind::Credential => 4,
        IdKind::Product | IdKind::RevenueKind | IdKind::Currency => 5,
        IdKind::Market => 6,
        IdKind::Association | IdKind::Status | IdKind::Metric => 7,
        IdKind::Competency => 8,
        IdKind::Option | IdKind::Area => 9,
        IdKind::Tier => 10,
        IdKind::People => 11,
    }
}

/// `textDocument/semanticTokens/full`: ids by kind (declarations marked),
/// keywords, texts, numbers and comments, read from the text with the ids
/// the index knows.
pub fn semantic(
    ws: &Workspace,
    p: SemanticTokensParams,
) -> Result<Option<SemanticTokensResult>, Failure> {
    let Some(i) = ws.find(&p.text_document.uri) else {
        return Ok(None);
    };
    let d = &ws.docs[i];
    let occs: &[Occurrence] = ws
        .index()
        .by_file
        .get(&crate::span::FileId(i as u32))
        .map_or(&[], Vec::as_slice);
    let raw = lex(&d.text, occs);
    let mut data = Vec::with_capacity(raw.len());
    let (mut line, mut col) = (0, 0);
    for (start, end, ty, modifiers) in raw {
        let from = d.lines.position(&d.text, start);
        let to = d.lines.position(&d.text, end);
        if from.line != to.line {
            continue; // a text broken across lines (an error): not coloured
        }
        let delta_line = from.line - line;
        let delta_start = if delta_line == 0 {
            from.character - col
        } else {
            from.character
        };
        data.push(SemanticToken {
            delta_line,
            delta_start,
            length: to.character - from.character,
            token_type: ty,
            token_modifiers_bitset: modifiers,
        });
        (line, col) = (from.line, from.character);
    }
    Ok(Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: None,
        data,
    })))
}

/// Tokens `(start, end, type, modifiers)` of `text` in order.
fn lex(text: &str, occs: &[Occurrence]) -> Vec<(usize, usize, u32, u32)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut next_occ = 0;
    let mut i = 0;
    let word = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.');
    while i < b.len() {
        while next_occ < occs.len() && (occs[next_occ].span.start as usize) < i {
            next_occ += 1;
        }
        if let Some(o) = occs.get(next_occ).filter(|o| o.span.start as usize == i) {
            let end = o.span.end as usize;
            out.push((i, end, type_of(o.kind), u32::from(o.def)));
            i = end.max(i + 1);
            continue;
        }
        let c = b[i];
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            let end = text[i..].find('\n').map_or(b.len(), |n| i + n);
            out.push((i, end, 3, 0));
            i = end;
        } else if c == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' && b[j] != b'\n' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            out.push((i, end, 1, 0));
            i = end;
        } else if word(c) {
            let mut j = i;
            while j < b.len() && word(b[j]) {
                j += 1;
            }
            let w = &text[i..j];
            if c.is_ascii_digit()
                && w.bytes()
                    .all(|c| c.is_ascii_digit() || c == b'_' || c == b'.' || c == b'-')
            {
                out.push((i, j, 2, 0));
            } else if KEYWORDS.contains(&w) {
                out.push((i, j, 0, 0));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// `textDocument/documentSymbol`: competencies → options → tiers, and the
/// catalog items of the file.
pub fn symbols(
    ws: &Workspace,
    p: DocumentSymbolParams,
) -> Result<Option<DocumentSymbolResponse>, Failure> {
    let Some(i) = ws.find(&p.text_document.uri) else {
        return Ok(None);
    };
    let d = &ws.docs[i];
    let Some(file) = ws.tree(i) else {
        return Ok(None);
    };
    let lang = ws.lang;
    let range = |s: Span| d.lines.range(&d.text, s.start as usize, s.end as usize);
    #[allow(deprecated)] // `deprecated` is a required field of the type
    let symbol = |name: &str,
                  detail: Option<String>,
                  kind: SymbolKind,
                  whole: Span,
                  id: Span,
                  children: Vec<DocumentSymbol>| DocumentSymbol {
        name: name.to_string(),
        detail,
        kind,
        tags: None,
        deprecated: None,
        range: range(whole),
        selection_range: range(id),
        children: (!children.is_empty()).then_some(children),
    };
    let mut out = Vec::new();
    for item in &file.items {
        let (id, title, kind) = match item {
            Item::Credential(c) => (&c.id, Some(&c.title), SymbolKind::CONSTANT),
            Item::Product(c) | Item::Kind(c) | Item::Currency(c) => {
                (&c.id, Some(&c.title), SymbolKind::STRUCT)
            }
            Item::Association(c) | Item::Status(c) => (&c.id, Some(&c.title), SymbolKind::PROPERTY),
            Item::Metric(m) => (&m.id, Some(&m.title), SymbolKind::PROPERTY),
            Item::Market(m) => (&m.id, Some(&m.title), SymbolKind::ENUM),
            Item::Competency(c) => {
                let mut options = Vec::new();
                let mut title = None;
                for m in &c.members {
                    match m {
                        CompetencyMember::Title(l) => title = Some(words(&l.text, lang)),
                        CompetencyMember::Option(o) => {
                            let mut tiers = Vec::new();
                            let mut otitle = None;
                            for om in &o.members {
                                match om {
                                    OptionMember::Title(l) => otitle = Some(words(&l.text, lang)),
                                    OptionMember::Tier(t) => tiers.push(symbol(
                                        &t.id.node,
                                        None,
                                        SymbolKind::ENUM_MEMBER,
                                        t.span,
                                        t.id.span,
                                        Vec::new(),
                                    )),
                                    _ => {}
                                }
                            }
                            options.push(symbol(
                                &o.id.node,
                                otitle,
                                SymbolKind::CLASS,
                                o.span,
                                o.id.span,
                                tiers,
                            ));
                        }
                        _ => {}
                    }
                }
                out.push(symbol(
                    &c.id.node,
                    title,
                    SymbolKind::NAMESPACE,
                    c.span,
                    c.id.span,
                    options,
                ));
                continue;
            }
        };
        out.push(symbol(
            &id.node,
            title.map(|t| words(t, lang)),
            kind,
            item.span(),
            id.span,
            Vec::new(),
        ));
    }
    Ok(Some(DocumentSymbolResponse::Nested(out)))
}
