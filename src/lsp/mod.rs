//! `rubric lsp`: a language server over stdio (LSP, with rust-analyzer's
//! `lsp-server` transport and `lsp-types`).
//!
//! One thread, one loop: messages are handled in order; after edits, the
//! program is analysed again once the queue is empty, so a burst of
//! keystrokes costs one analysis. Diagnostics are those of `rubric check`,
//! worded by the same catalog.

mod complete;
mod complete_score;
mod edit;
mod handlers;
mod incremental;
mod index;
mod position;
mod tokens;
mod workspace;

use std::collections::HashMap;
use std::error::Error;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::*;

use crate::i18n::Lang;
use position::LineIndex;
use workspace::Workspace;

/// Serves LSP on standard input and output until the client says `exit`.
pub fn serve_stdio() -> Result<(), Box<dyn Error + Send + Sync>> {
    let (connection, io) = Connection::stdio();
    serve(connection)?;
    io.join()?;
    Ok(())
}

/// The capabilities rubric's server offers.
fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..Default::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["[".into(), " ".into(), ",".into(), ":".into()]),
            ..Default::default()
        }),
        document_formatting_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(false),
            work_done_progress_options: Default::default(),
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: tokens::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                ..Default::default()
            },
        )),
        ..Default::default()
    }
}

/// Runs the server on `connection`: initialization, then the main loop.
pub fn serve(connection: Connection) -> Result<(), Box<dyn Error + Send + Sync>> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": { "name": "rubric", "version": env!("CARGO_PKG_VERSION") },
    });
    connection.initialize_finish(id, result)?;
    let mut ws = Workspace::new(language(&params));
    for root in roots(&params) {
        ws.scan(&root);
    }
    Server {
        connection: &connection,
        ws,
        published: HashMap::new(),
    }
    .run()
}

/// The language asked for: `initializationOptions.lang`, the client's
/// `locale`, else the environment's.
fn language(params: &InitializeParams) -> Lang {
    let option = params
        .initialization_options
        .as_ref()
        .and_then(|o| o.get("lang"))
        .and_then(|l| l.as_str());
    option
        .or(params.locale.as_deref())
        .and_then(Lang::from_tag)
        .unwrap_or_else(Lang::from_env)
}

/// The workspace folders, else the root.
#[allow(deprecated)] // `root_uri`: older clients send only that.
fn roots(params: &InitializeParams) -> Vec<std::path::PathBuf> {
    let mut uris: Vec<&Url> = params
        .workspace_folders
        .iter()
        .flatten()
        .map(|f| &f.uri)
        .collect();
    if uris.is_empty() {
        uris.extend(params.root_uri.as_ref());
    }
    uris.into_iter()
        .filter_map(|u| u.to_file_path().ok())
        .collect()
}

struct Server<'a> {
    connection: &'a Connection,
    ws: Workspace,
    /// The diagnostics last sent, per file (files without any left out).
    published: HashMap<Url, Vec<lsp_types::Diagnostic>>,
}

impl Server<'_> {
    fn run(mut self) -> Result<(), Box<dyn Error + Send + Sync>> {
        // The files found on disk get their diagnostics without waiting for an edit.
        let mut dirty = !self.ws.docs.is_empty();
        loop {
            // Analyse only once the queue is empty: a burst of edits costs
            // one analysis, and requests are answered on fresh data anyway.
            let msg = if dirty {
                match self.connection.receiver.try_recv() {
                    Ok(m) => m,
                    Err(_) => {
                        self.publish();
                        dirty = false;
                        continue;
                    }
                }
            } else {
                match self.connection.receiver.recv() {
                    Ok(m) => m,
                    Err(_) => return Ok(()),
                }
            };
            match msg {
                Message::Request(r) => {
                    if self.connection.handle_shutdown(&r)? {
                        return Ok(());
                    }
                    self.ws.refresh();
                    let response = self.request(r);
                    self.connection.sender.send(response.into())?;
                }
                Message::Notification(n) => dirty |= self.notification(n),
                Message::Response(_) => {}
            }
        }
    }

    /// Handles a notification; true when the program changed.
    fn notification(&mut self, n: Notification) -> bool {
        match n.method.as_str() {
            note::DidOpenTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) else {
                    return false;
                };
                self.ws.set(p.text_document.uri, p.text_document.text, true)
            }
            note::DidChangeTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) else {
                    return false;
                };
                let uri = p.text_document.uri;
                let Some(mut text) = self.ws.text(&uri).map(str::to_string) else {
                    return false;
                };
                for change in p.content_changes {
                    match change.range {
                        Some(range) => {
                            let lines = LineIndex::new(&text);
                            let start = lines.offset(&text, range.start);
                            let end = lines.offset(&text, range.end).max(start);
                            text.replace_range(start..end, &change.text);
                        }
                        None => text = change.text,
                    }
                }
                self.ws.set(uri, text, true)
            }
            note::DidCloseTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) else {
                    return false;
                };
                self.ws.close(&p.text_document.uri);
                true
            }
            note::DidChangeWatchedFiles::METHOD => {
                let Ok(p) = serde_json::from_value::<DidChangeWatchedFilesParams>(n.params) else {
                    return false;
                };
                for change in p.changes {
                    if workspace::is_rules(&change.uri) {
                        self.ws.reload(&change.uri);
                    }
                }
                true
            }
            _ => false,
        }
    }

    /// Answers a request.
    fn request(&mut self, r: Request) -> Response {
        let id = r.id.clone();
        let result = match r.method.as_str() {
            req::HoverRequest::METHOD => answer(r, |p| handlers::hover(&self.ws, p)),
            req::GotoDefinition::METHOD => answer(r, |p| handlers::definition(&self.ws, p)),
            req::References::METHOD => answer(r, |p| handlers::references(&self.ws, p)),
            req::Completion::METHOD => answer(r, |p| complete::completion(&self.ws, p)),
            req::Formatting::METHOD => answer(r, |p| edit::formatting(&self.ws, p)),
            req::Rename::METHOD => answer(r, |p| edit::rename(&self.ws, p)),
            req::DocumentSymbolRequest::METHOD => answer(r, |p| tokens::symbols(&self.ws, p)),
            req::SemanticTokensFullRequest::METHOD => answer(r, |p| tokens::semantic(&self.ws, p)),
            _ => Err((ErrorCode::MethodNotFound, format!("unhandled {}", r.method))),
        };
        match result {
            Ok(v) => Response {
                id,
                result: Some(v),
                error: None,
            },
            Err((code, message)) => Response::new_err(id, code as i32, message),
        }
    }

    /// Analyses the program and sends the diagnostics of every file whose
    /// diagnostics changed since they were last sent.
    fn publish(&mut self) {
        self.ws.refresh();
        let mut per_file: Vec<Vec<lsp_types::Diagnostic>> = vec![Vec::new(); self.ws.docs.len()];
        for d in &self.ws.diagnostics {
            if let Some((file, diag)) = handlers::diagnostic(&self.ws, d) {
                per_file[file].push(diag);
            }
        }
        let mut now = HashMap::new();
        for (doc, diagnostics) in self.ws.docs.iter().zip(per_file) {
            let before = self.published.remove(&doc.uri).unwrap_or_default();
            if diagnostics != before {
                self.send(doc.uri.clone(), diagnostics.clone());
            }
            if !diagnostics.is_empty() {
                now.insert(doc.uri.clone(), diagnostics);
            }
        }
        // A file that left the workspace keeps no stale diagnostics.
        for (uri, _) in std::mem::replace(&mut self.published, now) {
            self.send(uri, Vec::new());
        }
    }

    fn send(&self, uri: Url, diagnostics: Vec<lsp_types::Diagnostic>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version: None,
        };
        let n = Notification::new(note::PublishDiagnostics::METHOD.to_string(), params);
        let _ = self.connection.sender.send(n.into());
    }
}

/// A request's failure: its error code and message.
type Failure = (ErrorCode, String);

/// Decodes the parameters of `r`, runs `f` and encodes its answer.
fn answer<P, R>(
    r: Request,
    f: impl FnOnce(P) -> Result<R, Failure>,
) -> Result<serde_json::Value, Failure>
where
    P: serde::de::DeserializeOwned,
    R: serde::Serialize,
{
    let params: P =
        serde_json::from_value(r.params).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))?;
    let result = f(params)?;
    serde_json::to_value(result).map_err(|e| (ErrorCode::InternalError, e.to_string()))
}
