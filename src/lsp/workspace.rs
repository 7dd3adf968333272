//! The files of the workspace, disk and open buffers, and the analysis of
//! the whole program they form.
//!
//! Every `.rubric` file below the workspace folders is part of the program;
//! an open buffer replaces the file on disk. A keystroke re-parses only the
//! file it changed (the syntax trees of the others are kept), then resolves
//! and validates the whole program again, as `rubric check` would.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use lsp_types::Url;

use super::incremental::Parsed;
use super::index::Index;
use super::position::LineIndex;
use crate::diag::Diagnostic;
use crate::i18n::Lang;
use crate::span::{FileId, Sources};
use crate::syntax::ast;

/// One rules file of the program.
#[derive(Debug)]
pub struct Document {
    pub uri: Url,
    pub text: Arc<str>,
    pub lines: LineIndex,
    /// True while the editor has it open (its buffer wins over the disk).
    pub open: bool,
    /// The syntax tree and errors of the text at the last analysis.
    parsed: Option<Parsed>,
}

/// The program of a workspace and what the editor sees of it.
#[derive(Debug, Default)]
pub struct Workspace {
    /// The language of messages and hovers.
    pub lang: Lang,
    /// Rules files, sorted by URI; a file's position is its `FileId`.
    pub docs: Vec<Document>,
    /// Open test files (`*.test.yaml`), by URI, for completion.
    pub tests: Vec<(Url, String)>,
    /// Set when a file changed since the last analysis.
    stale: bool,
    /// The analysis of `docs`.
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    /// Ids and their places, built on the first request after an analysis:
    /// diagnostics do not wait for it.
    index: std::sync::OnceLock<Index>,
}

/// Directories never searched for rules.
const SKIPPED: [&str; 4] = ["target", "node_modules", ".git", "out"];

impl Workspace {
    /// An empty workspace speaking `lang`.
    pub fn new(lang: Lang) -> Workspace {
        Workspace {
            lang,
            ..Workspace::default()
        }
    }

    /// Adds every rules file below `root` (unreadable ones are skipped: the
    /// editor will show them when opened).
    pub fn scan(&mut self, root: &Path) {
        let mut found = Vec::new();
        walk(root, &mut found, 0);
        for path in found {
            let (Ok(text), Ok(uri)) = (std::fs::read_to_string(&path), Url::from_file_path(&path))
            else {
                continue;
            };
            if self.find(&uri).is_none() {
                self.set(uri, text, false);
            }
        }
    }

    /// The position of the rules file `uri`.
    pub fn find(&self, uri: &Url) -> Option<usize> {
        self.docs
            .binary_search_by(|d| d.uri.as_str().cmp(uri.as_str()))
            .ok()
    }

    /// Sets the text of `uri` (a rules or a test file); true when it is a
    /// rules file, so the program changed.
    pub fn set(&mut self, uri: Url, text: String, open: bool) -> bool {
        if !is_rules(&uri) {
            match self.tests.iter_mut().find(|(u, _)| *u == uri) {
                Some(t) => t.1 = text,
                None => self.tests.push((uri, text)),
            }
            return false;
        }
        self.stale = true;
        let lines = LineIndex::new(&text);
        match self
            .docs
            .binary_search_by(|d| d.uri.as_str().cmp(uri.as_str()))
        {
            Ok(i) => {
                let d = &mut self.docs[i];
                d.text = text.into();
                d.lines = lines;
                d.open |= open;
            }
            Err(i) => self.docs.insert(
                i,
                Document {
                    uri,
                    text: text.into(),
                    lines,
                    open,
                    parsed: None,
                },
            ),
        }
        true
    }

    /// The editor closed `uri`: the file on disk counts again, if any.
    pub fn close(&mut self, uri: &Url) {
        self.tests.retain(|(u, _)| u != uri);
        let Some(i) = self.find(uri) else { return };
        self.docs[i].open = false;
        self.reload(uri);
    }

    /// Reads `uri` from disk again unless it is open; forgets it when gone.
    pub fn reload(&mut self, uri: &Url) {
        let i = self.find(uri);
        if i.is_some_and(|i| self.docs[i].open) {
            return;
        }
        let text = uri
            .to_file_path()
            .ok()
            .and_then(|p| std::fs::read_to_string(p).ok());
        match (text, i) {
            (Some(t), _) => {
                self.set(uri.clone(), t, false);
            }
            (None, Some(i)) => {
                self.docs.remove(i);
                self.stale = true;
            }
            (None, None) => {}
        }
    }

    /// The index of the program as of the last analysis.
    pub fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            Index::new(
                self.docs
                    .iter()
                    .filter_map(|d| d.parsed.as_ref().map(|p| &p.file)),
            )
        })
    }

    /// The syntax tree of rules file `i`, as of the last analysis.
    pub fn tree(&self, i: usize) -> Option<&ast::File> {
        self.docs.get(i)?.parsed.as_ref().map(|p| &p.file)
    }

    /// The text of an open or known file.
    pub fn text(&self, uri: &Url) -> Option<&str> {
        match self.find(uri) {
            Some(i) => Some(&self.docs[i].text),
            None => self
                .tests
                .iter()
                .find(|(u, _)| u == uri)
                .map(|(_, t)| t.as_str()),
        }
    }

    /// Analyses the program again if a file changed: parses the files whose
    /// text changed (or whose position moved), then compiles the whole.
    /// Returns whether anything was done.
    pub fn refresh(&mut self) -> bool {
        if !self.stale {
            return false;
        }
        self.stale = false;
        let mut sources = Sources::new();
        for d in &self.docs {
            sources.add(display_name(&d.uri), d.text.clone());
        }
        let mut files = Vec::with_capacity(self.docs.len());
        let mut parsed = Vec::with_capacity(self.docs.len());
        let mut diagnostics = Vec::new();
        for (i, d) in self.docs.iter_mut().enumerate() {
            let id = FileId(i as u32);
            // Only what an edit changed is parsed again (see `incremental`).
            let mut p = match d.parsed.take() {
                Some(p) => p.update(id, d.text.clone()),
                None => Parsed::new(id, d.text.clone()),
            };
            diagnostics.extend(p.errors.iter().cloned());
            let empty = ast::File {
                file: id,
                items: Vec::new(),
                broken: Vec::new(),
            };
            files.push(std::mem::replace(&mut p.file, empty));
            parsed.push(p);
        }
        let compiled = crate::compile::compile(&sources, &files, diagnostics);
        // Freeing the program and the old index of a large workspace takes
        // a tenth of an analysis: another thread does it, off the keystroke's path.
        let old_index = std::mem::take(&mut self.index);
        let program = compiled.program;
        let _ = std::thread::Builder::new()
            .name("rubric-lsp-free".into())
            .spawn(move || drop((program, old_index)));
        // The trees go back to their documents for the next keystroke.
        for ((d, mut p), f) in self.docs.iter_mut().zip(parsed).zip(files) {
            p.file = f;
            d.parsed = Some(p);
        }
        self.sources = sources;
        self.diagnostics = compiled.diagnostics;
        true
    }
}

/// True for a rules file (`.rubric`).
pub fn is_rules(uri: &Url) -> bool {
    uri.path()
        .ends_with(&format!(".{}", crate::RULES_EXTENSION))
}

/// True for a test file (`*.test.yaml`…).
pub fn is_test(uri: &Url) -> bool {
    crate::testing::is_test_file(uri.path())
}

/// A short name for messages: the file name.
fn display_name(uri: &Url) -> String {
    uri.path_segments()
        .and_then(|mut s| s.next_back().map(str::to_string))
        .unwrap_or_else(|| uri.to_string())
}

/// Collects the rules files below `dir`, not following links, to a depth
/// that no real project reaches (a guard against deep trees).
fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let Ok(kind) = e.file_type() else { continue };
        let path = e.path();
        let name = e.file_name();
        if kind.is_dir() && depth < 16 && !SKIPPED.iter().any(|s| name == *s) {
            walk(&path, out, depth + 1);
        } else if kind.is_file()
            && path
                .extension()
                .is_some_and(|x| x == crate::RULES_EXTENSION)
        {
            out.push(path);
        }
    }
}
