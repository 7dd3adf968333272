//! Completion of ids in context: credentials inside a clause, products,
//! markets, association types, revenue kinds, statuses, areas, currencies;
//! in test files, competency options, tiers and catalog ids.

use lsp_types::*;

use super::handlers::words;
use super::index::{name_of, IdKind};
use super::workspace::{is_test, Workspace};
use super::Failure;

/// How far back the context of the cursor is looked for.
const LOOK_BACK: usize = 16 * 1024;

/// `textDocument/completion`.
pub fn completion(
    ws: &Workspace,
    p: CompletionParams,
) -> Result<Option<CompletionResponse>, Failure> {
    let at = &p.text_document_position;
    let uri = &at.text_document.uri;
    let Some(text) = ws.text(uri) else {
        return Ok(None);
    };
    let lines = super::LineIndex::new(text);
    let offset = lines.offset(text, at.position);
    let word_start = text[..offset]
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/')))
        .map_or(0, |i| i + 1);
    let before = &text[..word_start];
    let (kind, scope) = if is_test(uri) {
        test_context(before)
    } else {
        rules_context(before)
    };
    let range = lines.range(text, word_start, offset);
    if !is_test(uri) {
        if let Some(words) = super::complete_score::keywords(before) {
            return Ok(Some(CompletionResponse::Array(
                super::complete_score::items(words, range),
            )));
        }
    }
    let Some(kind) = kind else {
        return Ok(None);
    };
    let mut items = Vec::new();
    for key in ws.index().keys(kind) {
        let label = match (&scope, kind) {
            // In test files an option is written `competency/option`.
            (_, IdKind::Option) => key.to_string(),
            (Some(s), _) => match key.strip_prefix(s.as_str()) {
                Some(rest) if !rest.contains('/') => rest.to_string(),
                _ => continue,
            },
            (None, _) => name_of(key).to_string(),
        };
        let title = ws
            .index()
            .info
            .get(&(kind, key.to_string()))
            .and_then(|i| i.title.as_ref())
            .map(|t| words(t, ws.lang));
        items.push(CompletionItem {
            label: label.clone(),
            kind: Some(item_kind(kind)),
            detail: title,
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, label))),
            ..Default::default()
        });
    }
    items.sort_by(|a, b| a.label.cmp(&b.label));
    items.dedup_by(|a, b| a.label == b.label);
    Ok(Some(CompletionResponse::Array(items)))
}

fn item_kind(kind: IdKind) -> CompletionItemKind {
    match kind {
        IdKind::Credential => CompletionItemKind::CONSTANT,
        IdKind::Market => CompletionItemKind::ENUM,
        IdKind::Tier => CompletionItemKind::ENUM_MEMBER,
        IdKind::Option | IdKind::Area => CompletionItemKind::CLASS,
        IdKind::Competency => CompletionItemKind::MODULE,
        _ => CompletionItemKind::VALUE,
    }
}

/// The last `n` words of `text` (ids, keywords, `"` for a text).
fn last_words(text: &str, n: usize) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '{' || c == '}' || c == ',')
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .collect();
    out.reverse();
    out
}

/// What the cursor after `before` (in a rules file) should be completed
/// with, and the scope of scoped ids (`competency/` for areas).
fn rules_context(before: &str) -> (Option<IdKind>, Option<String>) {
    let from = before.len().saturating_sub(LOOK_BACK);
    let from = (from..before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let window = &before[from..];
    // The innermost bracket still open before the cursor.
    let mut depth = 0i32;
    let mut open = None;
    for (i, c) in window.char_indices().rev() {
        match c {
            ']' | '}' => depth += 1,
            '[' | '{' if depth > 0 => depth -= 1,
            '[' | '{' => {
                open = Some((i, c));
                break;
            }
            _ => {}
        }
    }
    let competency = || {
        let at = before.rfind("competency ")?;
        let name = before[at + "competency ".len()..]
            .split(|c: char| c.is_whitespace() || c == '{')
            .next()?;
        Some(format!("{name}/"))
    };
    let prev = last_words(window, 3);
    let last = prev.last().copied().unwrap_or("");
    if let Some((i, '[')) = open {
        let head = last_words(&window[..i], 3);
        let inside = &window[i + 1..];
        return match head.as_slice() {
            [.., "with", "one", "of"] => (Some(IdKind::Association), None),
            [.., "any", "area"] => (Some(IdKind::Area), competency()),
            [.., "of"] => (Some(IdKind::Credential), None),
            [.., "in"] => (Some(IdKind::Product), None),
            [.., "revenue"] => (Some(IdKind::RevenueKind), None),
            [.., "count"] => (Some(IdKind::Metric), None),
            [.., text] if text.ends_with('"') && !inside.contains('"') => {
                (Some(IdKind::Credential), None)
            }
            _ => (None, None),
        };
    }
    let in_at_least = open.is_some_and(|(i, _)| last_words(&window[..i], 1) == ["least"]);
    match prev.as_slice() {
        [.., "revenue"] => (Some(IdKind::RevenueKind), None),
        [.., "with"] => (Some(IdKind::Association), None),
        [.., "of", "area"] => (Some(IdKind::Area), competency()),
        [.., "status"] if open.is_some() => (Some(IdKind::Status), None),
        [.., "at", "least"] => (Some(IdKind::Currency), None),
        _ if in_at_least && last.ends_with(':') => (Some(IdKind::Currency), None),
        _ if in_at_least => (Some(IdKind::Market), None),
        _ => (None, None),
    }
}

/// The context of the cursor in a test file: after `competency/option:` a
/// tier of that option; a key of `expect` or `unmet` an option; after
/// `exam:`, `product:` or `kind:` a catalog id.
fn test_context(before: &str) -> (Option<IdKind>, Option<String>) {
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let trimmed = line.trim_end();
    let words = last_words(trimmed, 2);
    let key = words
        .last()
        .copied()
        .unwrap_or("")
        .trim_start_matches(['{', '[', '-']);
    if let Some(option) = key.strip_suffix(':').filter(|k| k.contains('/')) {
        return (Some(IdKind::Tier), Some(format!("{option}/")));
    }
    match key {
        "exam:" | "exams:" => return (Some(IdKind::Credential), None),
        "product:" => return (Some(IdKind::Product), None),
        "kind:" => return (Some(IdKind::RevenueKind), None),
        _ => {}
    }
    // A key of an `expect:` or `unmet:` mapping, inline or on its own line.
    let in_map = line.contains("expect:") || line.contains("unmet:");
    let indent = line.len() - line.trim_start().len();
    let block = before[..before.len() - line.len()]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && l.len() - l.trim_start().len() < indent)
        .is_some_and(|l| {
            let l = l.trim();
            l.ends_with("expect:") || l.ends_with("unmet:")
        });
    if (in_map && (trimmed.ends_with('{') || trimmed.ends_with(',')))
        || (block && trimmed.is_empty())
    {
        return (Some(IdKind::Option), None);
    }
    (None, None)
}
