//! Byte offsets ↔ LSP positions. LSP counts columns in UTF-16 code units,
//! rubric's spans in bytes: every conversion goes through here.

use lsp_types::{Position, Range};

/// Where the lines of one text start, to convert positions quickly.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset of the start of every line (`\n` ends a line; a `\r`
    /// before it is part of the line break).
    starts: Vec<usize>,
}

impl LineIndex {
    /// The index of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The LSP position of byte `offset` of `text`.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = text[start..offset].encode_utf16().count();
        Position::new(line as u32, character as u32)
    }

    /// The LSP range of bytes `start..end` of `text`.
    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range::new(self.position(text, start), self.position(text, end))
    }

    /// The byte offset of LSP position `pos` in `text`, clamped to the end
    /// of its line (and of the text) as the protocol asks.
    pub fn offset(&self, text: &str, pos: Position) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return text.len();
        };
        let end = self
            .starts
            .get(pos.line as usize + 1)
            .map_or(text.len(), |&next| next - 1);
        let line = text[start..end].trim_end_matches('\r');
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= pos.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        start + line.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `é` is one UTF-16 unit and two bytes; `𝄞` two units and four bytes.
    #[test]
    fn columns_are_utf16_units() {
        let text = "exam A \"é𝄞x\"\r\nproduct p \"q\"\n";
        let ix = LineIndex::new(text);
        let x = text.find("x\"").unwrap();
        assert_eq!(ix.position(text, x), Position::new(0, 11));
        assert_eq!(ix.offset(text, Position::new(0, 11)), x);
        let p = text.find("product").unwrap();
        assert_eq!(ix.position(text, p), Position::new(1, 0));
        assert_eq!(ix.offset(text, Position::new(1, 0)), p);
        // Past the end of a line: its end, before the line break.
        assert_eq!(
            ix.offset(text, Position::new(0, 99)),
            text.find('\r').unwrap()
        );
        assert_eq!(ix.offset(text, Position::new(9, 0)), text.len());
    }
}
