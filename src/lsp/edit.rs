//! Edits: formatting (`rubric fmt`) and renaming an id across files.

use std::collections::HashMap;

use lsp_server::ErrorCode;
use lsp_types::*;

use super::handlers::{locate, location};
use super::index::{name_of, IdKind};
use super::workspace::Workspace;
use super::Failure;
use crate::i18n::{self, Args};
use crate::span::{FileId, SourceFile};

/// `textDocument/formatting`: the whole file in the canonical layout, as one
/// edit (none when it already is). A file with syntax errors is refused.
pub fn formatting(
    ws: &Workspace,
    p: DocumentFormattingParams,
) -> Result<Option<Vec<TextEdit>>, Failure> {
    let Some(i) = ws.find(&p.text_document.uri) else {
        return Ok(None);
    };
    let d = &ws.docs[i];
    let src = SourceFile::new("", d.text.clone());
    let formatted = crate::format::format_source(FileId(0), &src).map_err(|_| {
        let words = i18n::text(ws.lang, "lsp-format-broken", &Args::new());
        (ErrorCode::RequestFailed, words)
    })?;
    if formatted == *d.text {
        return Ok(Some(Vec::new()));
    }
    let range = d.lines.range(&d.text, 0, d.text.len());
    Ok(Some(vec![TextEdit::new(range, formatted)]))
}

/// `textDocument/rename`: every occurrence of the id under the cursor, in
/// every file. Refused when another id of the same kind (in the same scope)
/// already has the new name, or when the new name is not an id.
pub fn rename(ws: &Workspace, p: RenameParams) -> Result<Option<WorkspaceEdit>, Failure> {
    let lang = ws.lang;
    let refuse =
        |id: &str, args: Args| Err((ErrorCode::RequestFailed, i18n::text(lang, id, &args)));
    let at = &p.text_document_position;
    let Some(o) = locate(ws, at).and_then(|(f, off)| ws.index().at(f, off)) else {
        return refuse("lsp-rename-nothing", Args::new());
    };
    if o.kind == IdKind::Association && o.key == "dpor" {
        // Built in: partner data's `"dpor": true` means it, whatever the rules call it.
        return refuse(
            "lsp-rename-builtin",
            Args::new().with("name", "dpor".to_string()),
        );
    }
    if ws.index().defs(o.kind, &o.key).is_empty() {
        // Never declared: its uses alone cannot be renamed.
        let args = Args::new().with("name", name_of(&o.key).to_string());
        return refuse("lsp-rename-undeclared", args);
    }
    let new = p.new_name.trim();
    if !valid_id(o.kind, new) {
        return refuse(
            "lsp-rename-invalid",
            Args::new().with("name", new.to_string()),
        );
    }
    let scope = &o.key[..o.key.len() - name_of(&o.key).len()];
    let new_key = format!("{scope}{new}");
    if new_key != o.key && ws.index().declared(o.kind, &new_key) {
        let args = Args::new()
            .with("name", new.to_string())
            .with("what", o.kind.keyword());
        return refuse("lsp-rename-clash", args);
    }
    let mut changes: HashMap<Url, Vec<TextEdit>> = HashMap::new();
    for r in ws.index().all(o.kind, &o.key) {
        if let Some(l) = location(ws, r.span) {
            changes
                .entry(l.uri)
                .or_default()
                .push(TextEdit::new(l.range, new.to_string()));
        }
    }
    Ok(Some(WorkspaceEdit::new(changes)))
}

/// Whether `name` is written as an id of `kind` (grammar: `cred_id` for
/// credentials, `ident` for the rest).
fn valid_id(kind: IdKind, name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    let tail_ok = chars.all(rest);
    match kind {
        IdKind::Credential => {
            (first.is_ascii_alphanumeric() || first == '_')
                && tail_ok
                && !name.bytes().all(|b| b.is_ascii_digit())
        }
        _ => (first.is_ascii_alphabetic() || first == '_') && tail_ok,
    }
}
