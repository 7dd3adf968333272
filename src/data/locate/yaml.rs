//! Positions in YAML, from libyaml's marks.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::super::problem::{Loc, Path, Target};
use super::{steps, Step};

/// What to label for the scalar or collection starting at `i`.
///
/// Quoted scalars are followed to their closing quote. A plain scalar ends
/// at the end of its line, at ` #`, at `: `, or at `,` `]` `}` (which end
/// it inside a flow collection; a plain scalar in block context that
/// contains them is labelled only up to them). Collections are labelled by
/// their first character.
pub(crate) fn token(text: &str, i: usize) -> Loc {
    let b = text.as_bytes();
    let end = match b.get(i) {
        None => i,
        Some(b'"') => {
            let mut j = i + 1;
            loop {
                match b.get(j) {
                    None => break j,
                    Some(b'\\') => j += 2,
                    Some(b'"') => break j + 1,
                    Some(_) => j += 1,
                }
            }
        }
        Some(b'\'') => {
            let mut j = i + 1;
            loop {
                match (b.get(j), b.get(j + 1)) {
                    (None, _) => break j,
                    (Some(b'\''), Some(b'\'')) => j += 2,
                    (Some(b'\''), _) => break j + 1,
                    _ => j += 1,
                }
            }
        }
        Some(b'{' | b'[' | b'|' | b'>' | b'-') if !plain_dash(b, i) => i + 1,
        Some(_) => {
            let mut j = i;
            while let Some(&c) = b.get(j) {
                let next = b.get(j + 1).copied();
                let stop = match c {
                    b'\n' | b'\r' | b',' | b']' | b'}' => true,
                    b'#' => j > i && matches!(b[j - 1], b' ' | b'\t'),
                    b':' => matches!(next, None | Some(b' ' | b'\t' | b'\n' | b'\r')),
                    _ => false,
                };
                if stop {
                    break;
                }
                j += 1;
            }
            i + text[i..j].trim_end().len()
        }
    };
    // Keep the end on a character boundary for miette.
    let mut end = end.min(b.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Loc { start: i, end }
}

/// Where flow collections (`[`, `{`) first nest deeper than `limit`, if they do.
///
/// libyaml takes time proportional to the flow depth for every token, so a
/// file of 100,000 `[` takes minutes; this linear pre-scan refuses such a
/// file first. It follows quotes (a quote counts where a node can start)
/// and comments; brackets inside plain or block scalars are counted too,
/// which only matters for a text with more than `limit` unclosed ones.
pub(crate) fn flow_too_deep(text: &str, limit: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let node_start =
            i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',');
        match b[i] {
            b'#' if i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' if node_start => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' if node_start => {
                i += 1;
                while i < b.len() {
                    if b[i] == b'\'' {
                        if b.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            break;
                        }
                    }
                    i += 1;
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// A `-` that begins a plain scalar (`-5`) rather than a list item.
fn plain_dash(b: &[u8], i: usize) -> bool {
    b[i] == b'-' && !matches!(b.get(i + 1), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
}

/// The byte offset of libyaml's 1-based line and column (in characters).
pub(crate) fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    if line <= 1 && text.starts_with('\u{feff}') {
        start = 3;
    }
    text[start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| start + i)
}

/// Why the walking pass stopped: it always does, on purpose.
const STOP: &str = "rubric: stop";

/// Follows `path` by running serde_yaml_ng again with a visitor that fails
/// at the target; libyaml's mark on that error is the target's start. When
/// a step cannot be followed the visitor fails at the container it is in.
pub(crate) fn locate(text: &str, path: Path) -> Option<Loc> {
    let steps = steps(path.obj);
    let walk = Walk {
        steps: &steps,
        target: path.target,
    };
    let err = walk
        // As for loading: libyaml would take a byte-order mark for a document.
        .deserialize(serde_yaml_ng::Deserializer::from_str(
            text.strip_prefix('\u{feff}').unwrap_or(text),
        ))
        .err()?;
    let mark = err.location()?;
    Some(token(text, offset(text, mark.line(), mark.column())))
}

fn stop<E: de::Error>() -> E {
    E::custom(STOP)
}

struct Walk<'s> {
    steps: &'s [Step],
    target: Target,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("anything")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (name, nth, rest) = match (self.steps.first(), self.target) {
            (Some(Step::Key(name)), _) => (*name, 1, &self.steps[1..]),
            (Some(Step::Index(_)), _) | (None, Target::Whole) => return Err(stop()),
            (None, Target::Value(k)) => (k.name(), 1, self.steps),
            (None, Target::RepeatedKey(k)) => (k.name(), 2, self.steps),
        };
        let mut count = 0;
        while let Some(matched) = map.next_key_seed(KeyStop {
            name,
            fail: self.steps.is_empty()
                && matches!(self.target, Target::RepeatedKey(_))
                && count + 1 == nth,
        })? {
            if !matched {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            count += 1;
            if count == nth {
                if self.steps.is_empty() {
                    // The target is this value.
                    return map.next_value_seed(Stop);
                }
                return map.next_value_seed(Walk {
                    steps: rest,
                    target: self.target,
                });
            }
            map.next_value::<IgnoredAny>()?;
        }
        Err(stop())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some(Step::Index(index)) = self.steps.first() else {
            return Err(stop());
        };
        for _ in 0..*index {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Err(stop());
            }
        }
        let walk = Walk {
            steps: &self.steps[1..],
            target: self.target,
        };
        seq.next_element_seed(walk)?;
        Err(stop())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(stop())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(stop())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(stop())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(stop())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(stop())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(stop())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Err(stop())
    }
}

/// Fails on whatever value it is given, so that the error is marked there.
struct Stop;

impl<'de> DeserializeSeed<'de> for Stop {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(Walk {
            steps: &[],
            target: Target::Whole,
        })
    }
}

/// Reads a key and says whether it is `name`; fails on it if `fail`.
struct KeyStop {
    name: &'static str,
    fail: bool,
}

impl<'de> DeserializeSeed<'de> for KeyStop {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyStop {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        let matched = v == self.name;
        if matched && self.fail {
            return Err(stop());
        }
        Ok(matched)
    }

    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(false)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(false)
    }
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
        let text = "id: c\nrevenue:\n  - amount: 5 # five\n  - {amount: 'it''s', amount: 2}\nindividuals:\n  - id: Zoë\n    exams:\n      - {}\n      - exam: \"x\\\"y\"\n        passed: [1]\n";
        assert_eq!(at(text, Obj::Partner, Target::Value(Key::Id)), "c");
        assert_eq!(at(text, Obj::Line(0), Target::Value(Key::Amount)), "5");
        assert_eq!(at(text, Obj::Line(0), Target::Whole), "amount");
        assert_eq!(
            at(text, Obj::Line(1), Target::Value(Key::Amount)),
            "'it''s'"
        );
        assert_eq!(
            at(text, Obj::Line(1), Target::RepeatedKey(Key::Amount)),
            "amount"
        );
        assert_eq!(at(text, Obj::Individual(0), Target::Value(Key::Id)), "Zoë");
        assert_eq!(at(text, Obj::Pass(0, 0), Target::Whole), "{");
        assert_eq!(
            at(text, Obj::Pass(0, 1), Target::Value(Key::Exam)),
            "\"x\\\"y\""
        );
        assert_eq!(at(text, Obj::Pass(0, 1), Target::Value(Key::Passed)), "[");
        // What cannot be followed falls back to the nearest container.
        assert_eq!(at(text, Obj::Line(5), Target::Whole), "-");
    }

    #[test]
    fn offsets_count_characters() {
        let text = "a: é\nb: ü x\n";
        assert_eq!(offset(text, 2, 4), text.find('ü').unwrap());
        assert_eq!(offset(text, 1, 4), text.find('é').unwrap());
        assert_eq!(offset(text, 9, 1), text.len());
        assert_eq!(offset("\u{feff}a: 1", 1, 1), 3);
    }

    #[test]
    fn flow_depth() {
        assert_eq!(flow_too_deep("a: [[1]]", 2), None);
        assert_eq!(flow_too_deep("a: [[[1]]]", 2), Some(5));
        assert_eq!(flow_too_deep("a: '[[[' # [[[\nb: \"[[[\\\"\"", 2), None);
        assert_eq!(flow_too_deep("a: O'Brien [[[", 2), Some(13));
    }
}
