//! Source files and the one span type every phase attaches to what it reports.

use std::sync::{Arc, OnceLock};

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use serde::{Deserialize, Serialize};

/// Index of a file in a [`Sources`] set.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct FileId(pub u32);

/// A byte range in one source file. Small and `Copy`, kept on every AST and IR node.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
pub struct Span {
    /// The file, by its index in the program's `files`.
    pub file: FileId,
    /// Byte offset of the start.
    pub start: u32,
    /// Byte offset just past the end.
    pub end: u32,
}

impl Span {
    /// A span from byte offsets in `file`.
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span {
            file,
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True for an empty range.
    pub fn is_empty(self) -> bool {
        self.end == self.start
    }
}

impl From<Span> for SourceSpan {
    fn from(s: Span) -> SourceSpan {
        SourceSpan::new((s.start as usize).into(), s.len())
    }
}

/// One source file: its display name and its text, cheap to clone.
#[derive(Clone, Debug)]
pub struct SourceFile {
    name: Arc<str>,
    text: Arc<str>,
    /// Byte offsets where lines start, built on first use so that reading
    /// the span of each of thousands of diagnostics does not rescan the file.
    lines: Arc<OnceLock<Vec<usize>>>,
    /// `(at, skipped)`: the text from byte `at` on stands `skipped` lines
    /// further down in the real file (a CSV partner: the header, then its
    /// rows from the middle of the export), so line numbers are the file's.
    skip: Option<(usize, usize)>,
}

impl SourceFile {
    /// A file named `name` (shown in diagnostics) with contents `text`.
    pub fn new(name: impl Into<Arc<str>>, text: impl Into<Arc<str>>) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: text.into(),
            lines: Arc::new(OnceLock::new()),
            skip: None,
        }
    }

    /// The same text, its part from byte `at` on numbered as if `skipped`
    /// lines stood before it (lines left out of an excerpt of a file).
    pub fn skipping_lines(mut self, at: usize, skipped: usize) -> SourceFile {
        self.skip = Some((at.min(self.text.len()), skipped));
        self
    }

    /// Lines to add to the number of a line starting at byte `start`, and
    /// the bytes on the same side of the skip as it (context never crosses).
    fn numbering(&self, start: usize) -> (usize, std::ops::Range<usize>) {
        match self.skip {
            Some((at, n)) if start >= at => (n, at..self.text.len()),
            Some((at, _)) => (0, 0..at),
            None => (0, 0..self.text.len()),
        }
    }

    /// Line starts, counting `\n`, `\r\n` and a lone `\r` as miette does.
    fn line_starts(&self) -> &[usize] {
        self.lines.get_or_init(|| {
            let b = self.text.as_bytes();
            let mut starts = vec![0];
            // Line breaks found with `memchr` (a partner file may be one
            // line of megabytes); the `\n` of a `\r\n` is skipped.
            for i in memchr::memchr2_iter(b'\n', b'\r', b) {
                if starts.last() == Some(&(i + 1)) {
                    continue;
                }
                match b[i] {
                    b'\r' if b.get(i + 1) == Some(&b'\n') => starts.push(i + 2),
                    _ => starts.push(i + 1),
                }
            }
            starts
        })
    }

    /// The name shown in diagnostics.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte range of the line holding `offset`, without its line break.
    pub fn line_bounds(&self, offset: usize) -> (usize, usize) {
        let starts = self.line_starts();
        let offset = offset.min(self.text.len());
        let line = starts.partition_point(|&s| s <= offset).max(1);
        let start = starts[line - 1].min(offset);
        let next = starts.get(line).copied().unwrap_or(self.text.len());
        let b = self.text.as_bytes();
        let mut end = next;
        while end > start && matches!(b[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        (start, end.max(start))
    }

    /// 1-based line and column (in characters) of a byte offset, counting
    /// line breaks as miette does.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset).max(1);
        let start = starts[line - 1].min(offset);
        let skipped = self.numbering(start).0;
        (line + skipped, self.text[start..offset].chars().count() + 1)
    }
}

impl SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        // miette reads a `str` from its start; start instead at the first
        // context line, found through the line index, so a file with many
        // diagnostics is not read once per diagnostic.
        let starts = self.line_starts();
        let line = starts
            .partition_point(|&s| s <= span.offset())
            .saturating_sub(1);
        let (skipped, side) = self.numbering(starts[line]);
        // Context lines stay on the span's side of skipped lines.
        let floor = starts.partition_point(|&s| s < side.start);
        let first = line.saturating_sub(context_lines_before).max(floor);
        let base = starts[first].min(side.end);
        let local = SourceSpan::new((span.offset() - base.min(span.offset())).into(), span.len());
        let inner = self.text[base..side.end].read_span(
            &local,
            context_lines_before,
            context_lines_after,
        )?;
        let shifted = SourceSpan::new((inner.span().offset() + base).into(), inner.span().len());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            inner.data(),
            shifted,
            inner.line() + first + skipped,
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// Every source file of one program, indexed by [`FileId`].
#[derive(Clone, Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// An empty set.
    pub fn new() -> Sources {
        Sources::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, name: impl Into<Arc<str>>, text: impl Into<Arc<str>>) -> FileId {
        self.push(SourceFile::new(name, text))
    }

    /// Adds a file made with [`SourceFile::new`] and returns its id.
    pub fn push(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId((self.files.len() - 1) as u32)
    }

    /// The file with this id.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// Every file, indexed by `FileId`.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// All files with their ids.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when no file was added.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A header, then rows from line 10 of the real file: numbers are the
    /// file's, and context lines never cross from one part to the other.
    #[test]
    fn skipped_lines_number_the_rest_as_in_the_file() {
        let file = SourceFile::new("e.csv", "head\nrow a\nrow b\n").skipping_lines(5, 8);
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(6), (10, 2));
        assert_eq!(file.line_col(11), (11, 1));
        let span = SourceSpan::new(6.into(), 1);
        let read = file.read_span(&span, 1, 1).unwrap();
        assert_eq!(read.line(), 9, "0-based line of the first row");
        assert_eq!(std::str::from_utf8(read.data()).unwrap(), "row a\nrow b\n");
        let head = file.read_span(&SourceSpan::new(0.into(), 4), 1, 1).unwrap();
        assert_eq!((head.line(), head.data()), (0, &b"head\n"[..]));
    }

    /// Line starts against a byte-by-byte count: `\n`, `\r\n` and a lone `\r`
    /// each end a line, in every mix of them.
    #[test]
    fn line_breaks_of_every_kind_start_lines() {
        let naive = |t: &str| {
            let (b, mut starts, mut i) = (t.as_bytes(), vec![0], 0);
            while i < b.len() {
                if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                if matches!(b[i], b'\n' | b'\r') {
                    starts.push(i + 1);
                }
                i += 1;
            }
            starts
        };
        let pieces = ["a", "\n", "\r", "\r\n", "\n\r", "bc"];
        for n in 0..6usize.pow(4) {
            let text: String = (0..4).map(|k| pieces[n / 6usize.pow(k) % 6]).collect();
            let file = SourceFile::new("t", text.as_str());
            assert_eq!(file.line_starts(), naive(&text), "{text:?}");
        }
    }
}
