//! Comments, found by scanning the source: the parser drops them, the
//! formatter puts them back.

/// A `//` comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Comment {
    pub start: usize,
    /// The comment with its `//`, trailing spaces removed.
    pub text: String,
    /// Only whitespace before it on its line; else it trails code.
    pub own_line: bool,
    /// Preceded by a blank line in the source.
    pub blank_before: bool,
}

/// Every comment of `text`, in order. Strings are skipped so `"a // b"` is
/// not a comment; a string never spans lines.
pub(super) fn scan(text: &str) -> Vec<Comment> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut in_string = false;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        if b == b'"' {
            in_string = true;
        } else if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
            let end = text[i..].find('\n').map_or(text.len(), |e| i + e);
            let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
            let own_line = text[line_start..i].trim().is_empty();
            let before = &text[..line_start];
            let blank_before = own_line && {
                let trimmed = before.trim_end_matches([' ', '\t', '\r']);
                let prev_line_start = trimmed
                    .strip_suffix('\n')
                    .map(|t| t.rfind('\n').map_or(0, |p| p + 1));
                match prev_line_start {
                    Some(s) => trimmed[s..].trim().is_empty() && s > 0,
                    None => false,
                }
            };
            out.push(Comment {
                start: i,
                text: text[i..end].trim_end().to_string(),
                own_line,
                blank_before,
            });
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::scan;

    #[test]
    fn finds_comments_outside_strings() {
        let c = scan("// head\n\n// two\nexam X \"a // b\" // tail\n");
        let texts: Vec<_> = c.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["// head", "// two", "// tail"]);
        assert!(c[0].own_line && !c[0].blank_before);
        assert!(c[1].own_line && c[1].blank_before);
        assert!(!c[2].own_line);
    }
}
