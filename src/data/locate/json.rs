//! A hand-written scanner over JSON text that is known to parse.

use super::super::problem::{Loc, Path, Target};
use super::{steps, Step};

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    if i == 0 && b.starts_with(b"\xEF\xBB\xBF") {
        i = 3;
    }
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
    {
        i += 1;
    }
    i
}

/// The end of the string opening at `i`.
fn string_end(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// The end of the value starting at `i`; iterative, so depth is no danger.
fn value_end(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => string_end(b, i),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while let Some(&c) = b.get(j) {
                match c {
                    b'"' => {
                        j = string_end(b, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            b.len()
        }
        _ => {
            let mut j = i;
            while b
                .get(j)
                .is_some_and(|c| !matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
            {
                j += 1;
            }
            j
        }
    }
}

/// What to label for the value at `i`: a scalar whole, a container by its opening bracket.
pub(crate) fn token(b: &[u8], i: usize) -> Loc {
    let end = match b.get(i) {
        Some(b'{' | b'[') => i + 1,
        Some(_) => value_end(b, i),
        None => i,
    };
    Loc { start: i, end }
}

/// The `nth` (1-based) member named `name` of the object at `i`: (name, value start).
fn member(b: &[u8], i: usize, name: &str, nth: usize) -> Option<(Loc, usize)> {
    if b.get(i) != Some(&b'{') {
        return None;
    }
    let mut count = 0;
    let mut j = skip_ws(b, i + 1);
    while b.get(j) == Some(&b'"') {
        let key_end = string_end(b, j);
        let raw = b.get(j + 1..key_end.saturating_sub(1))?;
        let colon = skip_ws(b, key_end);
        if b.get(colon) != Some(&b':') {
            return None;
        }
        let value = skip_ws(b, colon + 1);
        // A name written with escapes (`"\u0069d"`) is decoded to compare.
        let same = raw == name.as_bytes()
            || (raw.contains(&b'\\')
                && serde_json::from_slice::<String>(&b[j..key_end]).is_ok_and(|k| k == name));
        if same {
            count += 1;
            if count == nth {
                let key = Loc {
                    start: j,
                    end: key_end,
                };
                return Some((key, value));
            }
        }
        j = skip_ws(b, value_end(b, value));
        if b.get(j) != Some(&b',') {
            return None;
        }
        j = skip_ws(b, j + 1);
    }
    None
}

/// The start of element `index` of the list at `i`.
fn element(b: &[u8], i: usize, index: usize) -> Option<usize> {
    if b.get(i) != Some(&b'[') {
        return None;
    }
    let mut j = skip_ws(b, i + 1);
    for _ in 0..index {
        if matches!(b.get(j), None | Some(b']')) {
            return None;
        }
        j = skip_ws(b, value_end(b, j));
        if b.get(j) != Some(&b',') {
            return None;
        }
        j = skip_ws(b, j + 1);
    }
    match b.get(j) {
        None | Some(b']') => None,
        Some(_) => Some(j),
    }
}

/// Follows `path` from the top of the document.
pub(crate) fn locate(text: &str, path: Path) -> Option<Loc> {
    let b = text.as_bytes();
    let mut at = skip_ws(b, 0);
    if at >= b.len() {
        return None;
    }
    for step in steps(path.obj) {
        let next = match step {
            Step::Key(name) => member(b, at, name, 1).map(|(_, v)| v),
            Step::Index(k) => element(b, at, k),
        };
        match next {
            Some(n) => at = n,
            None => return Some(token(b, at)),
        }
    }
    Some(match path.target {
        Target::Whole => token(b, at),
        Target::Value(k) => member(b, at, k.name(), 1).map_or(token(b, at), |(_, v)| token(b, v)),
        Target::RepeatedKey(k) => member(b, at, k.name(), 2).map_or(token(b, at), |(k, _)| k),
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::problem::{Key, Obj};
    use super::*;

    fn at(text: &str, obj: Obj, target: Target) -> &str {
        let loc = locate(text, Path { obj, target }).unwrap();
        &text[loc.start..loc.end]
    }

    #[test]
    fn follows_paths() {
        let text = r#" {"id": "c", "revenue": [{"amount": 5}, {"amount": -1.5e3, "amount": 2}],
            "individuals": [{"id": "a"}, {"id": "b", "exams": [{}, {"exam": "x\"y", "passed": [1]}]}]}"#;
        assert_eq!(at(text, Obj::Partner, Target::Whole), "{");
        assert_eq!(at(text, Obj::Partner, Target::Value(Key::Id)), r#""c""#);
        assert_eq!(at(text, Obj::Line(1), Target::Value(Key::Amount)), "-1.5e3");
        assert_eq!(
            at(text, Obj::Line(1), Target::RepeatedKey(Key::Amount)),
            r#""amount""#
        );
        assert_eq!(
            at(text, Obj::Pass(1, 1), Target::Value(Key::Exam)),
            r#""x\"y""#
        );
        assert_eq!(at(text, Obj::Pass(1, 1), Target::Value(Key::Passed)), "[");
        assert_eq!(at(text, Obj::Pass(1, 0), Target::Whole), "{");
        // What cannot be followed falls back to the nearest container.
        assert_eq!(at(text, Obj::Line(7), Target::Whole), "[");
        assert_eq!(at(text, Obj::Pass(1, 0), Target::Value(Key::Exam)), "{");
    }

    #[test]
    fn escaped_names_match() {
        let text = r#"{"\u0069d": "c"}"#;
        assert_eq!(at(text, Obj::Partner, Target::Value(Key::Id)), r#""c""#);
    }

    #[test]
    fn never_panics_on_garbage() {
        for text in [
            "",
            "{",
            "[",
            "\"",
            "{\"revenue\": [",
            "{\"revenue\"",
            "\u{feff}",
            "{\"a\":\"\\",
        ] {
            for obj in [Obj::Partner, Obj::Line(0), Obj::Pass(2, 3)] {
                let _ = locate(
                    text,
                    Path {
                        obj,
                        target: Target::Whole,
                    },
                );
            }
        }
    }
}
