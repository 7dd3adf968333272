//! Re-parsing a file after an edit: only from the item before the edit to
//! the first item boundary after it; the items that follow are kept, moved
//! by the edit's length. The result is the one a full parse gives (the test
//! below checks it on many edits), at a fraction of the cost in a large file.

use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::span::FileId;
use crate::syntax::{self, ast, shift, MAX_SYNTAX_ERRORS};

/// One step of the parse: where it started and what it produced.
#[derive(Clone, Debug)]
struct Segment {
    start: usize,
    /// Where the next step starts; `None` for the last step.
    next: Option<usize>,
    items: usize,
    errors: usize,
    broken: usize,
}

/// A parsed file that can be updated after an edit.
#[derive(Debug)]
pub struct Parsed {
    pub id: FileId,
    text: Arc<str>,
    pub file: ast::File,
    pub errors: Vec<Diagnostic>,
    segments: Vec<Segment>,
}

impl Parsed {
    /// Parses `text` whole, as file `id`.
    pub fn new(id: FileId, text: Arc<str>) -> Parsed {
        let mut p = Parsed {
            id,
            text: text.clone(),
            file: ast::File {
                file: id,
                items: Vec::new(),
                broken: Vec::new(),
            },
            errors: Vec::new(),
            segments: Vec::new(),
        };
        let whole = p.steps(&text, 0, None);
        debug_assert!(whole.is_none());
        p
    }

    /// The parse of `text` as file `id`, reusing this one where the edit
    /// that made `text` out of the old text did not reach.
    pub fn update(mut self, id: FileId, text: Arc<str>) -> Parsed {
        if id != self.id || self.errors.len() >= MAX_SYNTAX_ERRORS {
            return Parsed::new(id, text);
        }
        if Arc::ptr_eq(&self.text, &text) {
            return self;
        }
        let old = self.text.clone();
        let (prefix, old_end, new_end) = changed(&old, &text);
        if prefix == old.len() && old.len() == text.len() {
            return self;
        }
        let delta = new_end as i64 - old_end as i64;
        // The step that reaches the edit, and the one before it (whose item
        // may grow: `exam X "t"` followed by a newly typed `retired ...`).
        let reach = self
            .segments
            .iter()
            .position(|s| s.next.unwrap_or(old.len()) >= prefix)
            .unwrap_or(self.segments.len());
        let first = reach.saturating_sub(1);
        let restart = self.segments.get(first).map_or(0, |s| s.start);
        let (mut items, mut errors, mut broken) = (0, 0, 0);
        for s in &self.segments[..first] {
            items += s.items;
            errors += s.errors;
            broken += s.broken;
        }
        let tail_segments = self.segments.split_off(first);
        let tail_items = self.file.items.split_off(items);
        let tail_errors = self.errors.split_off(errors);
        let tail_broken = self.file.broken.split_off(broken);
        self.text = text.clone();
        // Parse until a step starts, after the edit, where a step of the old
        // parse started: from there on the old steps are the same.
        let resume = self.steps(&text, restart, Some((new_end, delta, &tail_segments)));
        let Some(j) = resume else {
            return self.finish_or_redo(id, text);
        };
        let (mut skip_items, mut skip_errors, mut skip_broken) = (0, 0, 0);
        for s in &tail_segments[..j] {
            skip_items += s.items;
            skip_errors += s.errors;
            skip_broken += s.broken;
        }
        for mut item in tail_items.into_iter().skip(skip_items) {
            shift::item(&mut item, delta);
            self.file.items.push(item);
        }
        for mut e in tail_errors.into_iter().skip(skip_errors) {
            shift::diagnostic(&mut e, delta);
            self.errors.push(e);
        }
        self.file
            .broken
            .extend(tail_broken.into_iter().skip(skip_broken));
        for s in &tail_segments[j..] {
            self.segments.push(Segment {
                start: (s.start as i64 + delta) as usize,
                next: s.next.map(|n| (n as i64 + delta) as usize),
                ..s.clone()
            });
        }
        self.finish_or_redo(id, text)
    }

    /// This parse, unless it reached the error limit: a full parse then
    /// places the limit's diagnostic where `rubric check` does.
    fn finish_or_redo(self, id: FileId, text: Arc<str>) -> Parsed {
        if self.errors.len() >= MAX_SYNTAX_ERRORS {
            return Parsed::new(id, text);
        }
        self
    }

    /// Runs parse steps from `offset`, appending what they give. With
    /// `until = (edit_end, delta, old)`, stops at the first step that starts
    /// at or after `edit_end` where a step of `old` started (moved by
    /// `delta`), and returns that step's position in `old`.
    fn steps(
        &mut self,
        text: &str,
        mut offset: usize,
        until: Option<(usize, i64, &[Segment])>,
    ) -> Option<usize> {
        loop {
            if let Some((edit_end, delta, old)) = until {
                if offset >= edit_end {
                    let was = (offset as i64 - delta) as usize;
                    if let Ok(j) = old.binary_search_by_key(&was, |s| s.start) {
                        return Some(j);
                    }
                }
            }
            if self.errors.len() >= MAX_SYNTAX_ERRORS {
                self.errors.push(syntax::too_many_errors(self.id, offset));
                self.segments.push(Segment {
                    start: offset,
                    next: None,
                    items: 0,
                    errors: 1,
                    broken: 0,
                });
                return None;
            }
            let s = syntax::step(self.id, text, offset);
            self.segments.push(Segment {
                start: offset,
                next: s.next,
                items: usize::from(s.item.is_some()),
                errors: s.errors.len(),
                broken: usize::from(s.broken.is_some()),
            });
            self.file.items.extend(s.item);
            self.errors.extend(s.errors);
            self.file.broken.extend(s.broken);
            match s.next {
                Some(n) => offset = n,
                None => return None,
            }
        }
    }
}

/// The common prefix of `old` and `new`, and where the changed part ends in
/// each: `old[prefix..old_end]` became `new[prefix..new_end]`.
fn changed(old: &str, new: &str) -> (usize, usize, usize) {
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let max_suffix = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    (prefix, a.len() - suffix, b.len() - suffix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::SourceFile;

    fn full(text: &str) -> String {
        let (file, errors) = syntax::parse(FileId(3), &SourceFile::new("t", text));
        format!("{file:?}\n{errors:?}")
    }

    /// Edits of every kind (typing, deleting, pasting, breaking and fixing
    /// the syntax) at many places of every shipped file give, spans and
    /// all, what a full parse gives.
    #[test]
    fn an_updated_parse_is_a_full_parse() {
        let edits: [(&str, &str); 7] = [
            ("", "X"),
            ("x", ""),
            ("", " retired 2019-01-01"),
            ("", "}\n"),
            ("", "\"unterminated"),
            ("", "\nexam NEW-1 \"new\"\n"),
            ("x", "competency"),
        ];
        for (_, f) in crate::builtin_sources().iter() {
            let text = f.text();
            let mut parsed = Parsed::new(FileId(3), Arc::from(text));
            let mut current = text.to_string();
            for (n, at) in (0..text.len()).step_by(text.len() / 23 + 1).enumerate() {
                let (cut, insert) = edits[n % edits.len()];
                let mut at = at.min(current.len());
                while !current.is_char_boundary(at) {
                    at -= 1;
                }
                let end = (at + cut.len()).min(current.len());
                let end = if current.is_char_boundary(end) {
                    end
                } else {
                    at
                };
                current.replace_range(at..end, insert);
                parsed = parsed.update(FileId(3), Arc::from(current.as_str()));
                let got = format!("{:?}\n{:?}", parsed.file, parsed.errors);
                assert_eq!(got, full(&current), "{}: edit {n} at {at}", f.name());
            }
        }
    }
}
