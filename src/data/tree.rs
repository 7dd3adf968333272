//! The slow path's input: a partner file as a tree of values with byte spans,
//! from `jiter` (JSON) or `saphyr-parser` events (YAML).
//!
//! Containers deeper than the partner format reaches are not built: they are
//! kept as [`Value::Skipped`], with their kind and span, which is all a
//! diagnostic about them needs, and which bounds the tree's depth.

use std::borrow::Cow;

use jiter::{Jiter, JiterError, JiterErrorType, JiterResult, JsonErrorType, Peek};
use saphyr_parser::{Event, Parser, ScalarStyle};

use super::Format;
use crate::diag::Diagnostic;
use crate::span::{FileId, Span};

/// Containers this deep (the partner is at 0) are not built: the deepest
/// container of the format, an exam pass, is at 4.
const BUILT_DEPTH: usize = 5;
/// How deep flow collections may nest in YAML.
const MAX_YAML_DEPTH: usize = 128;

/// A value and its byte range in the file.
#[derive(Debug)]
pub(crate) struct Node<'a> {
    pub start: usize,
    pub end: usize,
    pub value: Value<'a>,
}

impl<'a> Node<'a> {
    pub(crate) fn new(start: usize, end: usize, value: Value<'a>) -> Node<'a> {
        Node { start, end, value }
    }

    /// The value of field `key` of a map, or item `key` (a number) of a list.
    pub(crate) fn at(&self, key: &str) -> Option<&Node<'a>> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.value),
            Value::List(items) => items.get(key.parse::<usize>().ok()?),
            _ => None,
        }
    }
}

/// What a value is.
#[derive(Debug)]
pub(crate) enum Value<'a> {
    /// A JSON string, or a YAML scalar other than null; `plain` for an
    /// unquoted, untagged YAML scalar (which may be a boolean or a number).
    Text {
        text: Cow<'a, str>,
        plain: bool,
    },
    /// A JSON number, as written.
    Number(&'a str),
    /// A JSON boolean.
    Bool(bool),
    /// JSON `null`; in YAML `~`, `null` or nothing.
    Null,
    List(Vec<Node<'a>>),
    Map(Vec<Entry<'a>>),
    /// A container too deep to be part of the format (`true` for a map), or a
    /// YAML alias (`None`).
    Skipped(Option<bool>),
}

/// A field of a map: its name, where the name is, and its value.
#[derive(Debug)]
pub(crate) struct Entry<'a> {
    pub key: Cow<'a, str>,
    /// The byte range of the name.
    pub key_at: (usize, usize),
    pub value: Node<'a>,
}

impl<'a> Entry<'a> {
    pub(crate) fn new(key: Cow<'a, str>, key_at: (usize, usize), value: Node<'a>) -> Entry<'a> {
        Entry { key, key_at, value }
    }
}

/// Why the text does not parse: its byte range, which message (a selector
/// of `data-syntax`, or `too-deep`) and the YAML parser's own words (it gives
/// no structured reason).
#[derive(Debug)]
pub(crate) struct SyntaxError(usize, usize, &'static str, String);

impl SyntaxError {
    /// As a diagnostic about `file`.
    pub(crate) fn diagnostic(&self, file: FileId, format: Format) -> Diagnostic {
        let SyntaxError(start, end, problem, ref detail) = *self;
        let deep = problem == "too-deep";
        let code = ["rubric::data::syntax", "rubric::data::too-deep"][usize::from(deep)];
        let d = Diagnostic::error(code, Span::new(file, start, end));
        let d = d.arg("format", format.to_string()).arg("problem", problem);
        d.arg("detail", detail.as_str())
    }
}

/// Parses JSON (after a byte-order mark of `base` bytes) strictly, as RFC
/// 8259 defines it: no comments, trailing commas or other extensions.
pub(crate) fn json(text: &str, base: usize) -> Result<Node<'_>, SyntaxError> {
    let mut r = JsonReader(Jiter::new(text.as_bytes()), text, base, Vec::new(), 0);
    let root = r.value(0).and_then(|root| r.0.finish().map(|()| root));
    root.map_err(|e| r.error(e))
}

/// Reads JSON with jiter, value by value, each node's byte range where jiter
/// stands before and after it: the reader, the text, where the text starts
/// in the file, the containers being read (where each starts, and whether a
/// map), and where the last value read ends.
struct JsonReader<'a>(Jiter<'a>, &'a str, usize, Vec<(usize, bool)>, usize);

impl<'a> JsonReader<'a> {
    fn value(&mut self, depth: usize) -> JiterResult<Node<'a>> {
        let (peek, text) = (self.0.peek()?, self.1);
        let start = self.0.current_index();
        let value = match peek {
            Peek::Null => self.0.known_null().map(|()| Value::Null)?,
            Peek::True | Peek::False => Value::Bool(self.0.known_bool(peek)?),
            Peek::String => {
                self.0.known_bytes()?;
                Value::Text {
                    text: unescaped(&text[start..self.0.current_index()]),
                    plain: false,
                }
            }
            Peek::Array | Peek::Object if depth >= BUILT_DEPTH => {
                self.0.known_skip(peek)?;
                Value::Skipped(Some(peek == Peek::Object))
            }
            Peek::Array => {
                self.3.push((start, false));
                let mut items = Vec::new();
                let mut more = self.0.known_array()?.is_some();
                while more {
                    items.push(self.value(depth + 1)?);
                    more = self.0.array_step()?.is_some();
                }
                Value::List(items)
            }
            Peek::Object => {
                self.3.push((start, true));
                let mut entries = Vec::new();
                let mut key = self.0.next_object_bytes()?.map(<[u8]>::len);
                while let Some(len) = key {
                    // Only white space and `,` lie between the last value (or `{`) and the key.
                    let from = self.4.max(start);
                    let q = from + memchr::memchr(b'"', &text.as_bytes()[from..]).unwrap_or(0);
                    let end = q + len + 2;
                    let (name, at) = (unescaped(&text[q..end]), (self.2 + q, self.2 + end));
                    entries.push(Entry::new(name, at, self.value(depth + 1)?));
                    key = self.0.next_key_bytes()?.map(<[u8]>::len);
                }
                Value::Map(entries)
            }
            _ => Value::Number(&text[start..][..self.0.known_number_bytes(peek)?.len()]),
        };
        if matches!(value, Value::List(_) | Value::Map(_)) {
            self.3.pop();
        }
        self.4 = self.0.current_index();
        Ok(Node::new(self.2 + start, self.2 + self.4, value))
    }

    /// `e` as a syntax error, labelled where it helps most: the opening
    /// bracket of what the file ends inside, the place after a value where a
    /// comma is missing, a comma before a closing bracket, else the token.
    fn error(&self, e: JiterError) -> SyntaxError {
        use JsonErrorType as T;
        let (text, open) = (self.1, self.3.last().copied().unwrap_or_default());
        let i = e.index.min(text.len());
        // (jiter's index is at a character: else the start is labelled.)
        let i = if text.is_char_boundary(i) { i } else { 0 };
        let rest = &text[i..];
        let eof = !self.3.is_empty() && rest.trim_start_matches([' ', '\t', '\n', '\r']).is_empty();
        let JiterErrorType::JsonError(t) = e.error_type else {
            return SyntaxError(self.2 + i, self.2 + i, "unexpected", String::new());
        };
        // Where and how wide the label is: a bracket, a comma or a quote is
        // one byte, else the token there (`w`).
        let w = token(rest);
        let (problem, at, width) = match t {
            _ if rest.starts_with("//") || rest.starts_with("/*") => ("comment", i, 2),
            T::EofWhileParsingString => ("string", text[..i].rfind('"').unwrap_or(i), 1),
            _ if eof => (["eof-list", "eof-object"][usize::from(open.1)], open.0, 1),
            T::ExpectedListCommaOrEnd | T::ExpectedObjectCommaOrEnd => ("comma", self.4, 0),
            T::TrailingComma => ("trailing-comma", text[..i].rfind(',').unwrap_or(i), 1),
            T::ExpectedColon => ("colon", i, w),
            T::KeyMustBeAString => ("key", i, w),
            T::TrailingCharacters => ("trailing", i, w),
            T::ExpectedSomeValue | T::EofWhileParsingValue => ("value", i, w),
            T::InvalidNumber | T::NumberOutOfRange | T::FloatExpectingInt => ("number", i, w),
            T::RecursionLimitExceeded => ("too-deep", i, w),
            T::ExpectedSomeIdent | T::DuplicateKey(_) | T::InternalError(_) => ("unexpected", i, w),
            _ => ("string", i, w), // an escape, a control character
        };
        SyntaxError(self.2 + at, self.2 + at + width, problem, String::new())
    }
}

/// The string jiter has read as `literal` (quotes included): borrowed from
/// the text unless it has escapes, then decoded again (which cannot fail
/// where it succeeded).
fn unescaped(literal: &str) -> Cow<'_, str> {
    match literal.as_bytes().contains(&b'\\') {
        false => Cow::Borrowed(&literal[1..literal.len() - 1]),
        true => Cow::Owned(
            Jiter::new(literal.as_bytes())
                .next_str()
                .unwrap_or_default()
                .to_owned(),
        ),
    }
}

/// The length of the token at the start of `rest`, for a label: a whole
/// string, number or word, else a character (a bracket, or what is not JSON).
fn token(rest: &str) -> usize {
    let mut j = Jiter::new(rest.as_bytes());
    let scalar = !rest.starts_with(['{', '[']) && j.next_skip().is_ok();
    let len = scalar.then(|| j.current_index());
    len.unwrap_or_else(|| rest.chars().next().map_or(0, char::len_utf8))
}

/// A container being built from YAML events (a list or a map, its items
/// pushed as they end), and in a map a key awaiting its value.
type Frame<'a> = (Node<'a>, Option<(Cow<'a, str>, (usize, usize))>);

/// Parses one YAML document (after a byte-order mark of `base` bytes).
pub(crate) fn yaml(text: &str, base: usize) -> Result<Node<'_>, SyntaxError> {
    // saphyr-parser reports positions in characters: map them to bytes.
    let chars: Option<Vec<usize>> =
        (!text.is_ascii()).then(|| text.char_indices().map(|(i, _)| i).collect());
    let at = |index: usize| match &chars {
        None => base + index.min(text.len()),
        Some(starts) => base + starts.get(index).copied().unwrap_or(text.len()),
    };
    if let Some(i) = flow_too_deep(text, MAX_YAML_DEPTH).map(|i| base + i) {
        return Err(SyntaxError(i, i + 1, "too-deep", String::new()));
    }
    let (mut stack, mut root, mut documents) = (Vec::<Frame>::new(), None::<Node>, 0);
    // Depth of the skipped container being read, if any, its start, and whether a map.
    let mut skipping: Option<(usize, usize, bool)> = None;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            // The character at the error, if any.
            let start = at(e.marker().index());
            let c = text[start - base..].chars().next();
            let end = start + c.map_or(0, char::len_utf8);
            SyntaxError(start, end, "yaml", e.info().to_owned())
        })?;
        let (start, end) = (at(span.start.index()), at(span.end.index()));
        if let Some((depth, from, map)) = skipping.as_mut() {
            match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => *depth += 1,
                Event::SequenceEnd | Event::MappingEnd => *depth -= 1,
                _ => {}
            }
            if *depth == 0 {
                let node = Node::new(*from, end, Value::Skipped(Some(*map)));
                skipping = None;
                push(&mut stack, &mut root, node);
            }
            continue;
        }
        let node = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    let end = start + 3.min(text.len() + base - start);
                    return Err(SyntaxError(start, end, "documents", String::new()));
                }
                continue;
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                let map = matches!(event, Event::MappingStart(..));
                if stack.len() >= BUILT_DEPTH {
                    skipping = Some((1, start, map));
                } else if map {
                    stack.push((Node::new(start, end, Value::Map(Vec::new())), None));
                } else {
                    stack.push((Node::new(start, end, Value::List(Vec::new())), None));
                }
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some((node, _)) => Node::new(node.start, end.max(node.end), node.value),
                None => continue,
            },
            Event::Scalar(text, style, _, tag) => {
                let plain = style == ScalarStyle::Plain && tag.is_none();
                let null = plain && matches!(&*text, "" | "~" | "null" | "Null" | "NULL");
                let value = Value::Text { text, plain };
                Node::new(start, end, if null { Value::Null } else { value })
            }
            Event::Alias(_) => Node::new(start, end, Value::Skipped(None)),
            _ => continue,
        };
        push(&mut stack, &mut root, node);
    }
    Ok(root.unwrap_or(Node::new(base, base, Value::Null)))
}

/// Where flow brackets (`[`, `{`) first nest deeper than `limit`, outside
/// quotes and comments. The YAML scanner looks ahead across nested flow
/// collections and gives up at 255 levels, so depth is checked before parsing.
fn flow_too_deep(text: &str, limit: usize) -> Option<usize> {
    let (b, mut depth, mut i) = (text.as_bytes(), 0, 0);
    while i < b.len() {
        // The start of the text counts as the start of a line.
        let prev = if i == 0 { b'\n' } else { b[i - 1] };
        let node_start = matches!(prev, b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',');
        match b[i] {
            b'#' if matches!(prev, b' ' | b'\t' | b'\n' | b'\r') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            // A doubled `''` inside single quotes ends and restarts the
            // scan, which only matters if brackets follow it in the string.
            q @ (b'"' | b'\'') if node_start => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += if q == b'"' && b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'[' | b'{' if depth == limit => return Some(i),
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Adds a finished node to the container being built, or makes it the root.
/// In a map, nodes alternate between key and value.
fn push<'a>(stack: &mut [Frame<'a>], root: &mut Option<Node<'a>>, node: Node<'a>) {
    let Some((parent, key)) = stack.last_mut() else {
        *root = Some(node);
        return;
    };
    match (&mut parent.value, key.take()) {
        (Value::Map(entries), Some((key, at))) => entries.push(Entry::new(key, at, node)),
        (Value::Map(_), None) => {
            let name = match node.value {
                Value::Text { text, .. } => text,
                // A null or complex key names no field of the format.
                _ => Cow::Borrowed(""),
            };
            *key = Some((name, (node.start, node.end)));
        }
        (Value::List(items), _) => items.push(node),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::value::RawValue;
    use serde_json::Value as J;

    /// The node as a serde_json value (a skipped container as `null`).
    fn plain(node: &Node) -> J {
        match &node.value {
            Value::Text { text, .. } => J::String(text.to_string()),
            Value::Number(n) => serde_json::from_str(n).unwrap(),
            Value::Bool(b) => J::Bool(*b),
            Value::Null | Value::Skipped(_) => J::Null,
            Value::List(items) => J::Array(items.iter().map(plain).collect()),
            Value::Map(entries) => J::Object(
                (entries.iter())
                    .map(|e| (e.key.to_string(), plain(&e.value)))
                    .collect(),
            ),
        }
    }

    /// Every node's range holds the text of its value, every key's range
    /// its name in quotes.
    fn check_spans(text: &str, node: &Node) {
        let written: J = serde_json::from_str(&text[node.start..node.end]).unwrap();
        match &node.value {
            Value::Skipped(map) => assert_eq!(Some(written.is_object()), *map),
            _ => assert_eq!(written, plain(node), "{}", &text[node.start..node.end]),
        }
        let entries = match &node.value {
            Value::Map(entries) => entries.as_slice(),
            _ => &[],
        };
        for e in entries {
            let key: String = serde_json::from_str(&text[e.key_at.0..e.key_at.1]).unwrap();
            assert_eq!(key, e.key);
            check_spans(text, &e.value);
        }
        if let Value::List(items) = &node.value {
            items.iter().for_each(|n| check_spans(text, n));
        }
    }

    /// JSON values with strings that need escapes, nested a few levels.
    fn values() -> impl Strategy<Value = J> {
        let text = "[a-z\"\\\\/\u{1}\n\té€😀 ]{0,6}";
        let leaf = prop_oneof![
            Just(J::Null),
            any::<bool>().prop_map(J::Bool),
            any::<i64>().prop_map(J::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(J::from),
            text.prop_map(J::String),
        ];
        leaf.prop_recursive(7, 64, 6, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
                proptest::collection::vec((text, inner), 0..6)
                    .prop_map(|kv| J::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// The tree of any JSON text, compact or indented, holds its values
        /// and their places (containers below the fifth level skipped).
        #[test]
        fn trees_hold_every_value_where_it_is_written(v in values(), pretty: bool) {
            let text = match pretty {
                true => serde_json::to_string_pretty(&v).unwrap(),
                false => serde_json::to_string(&v).unwrap(),
            };
            let root = json(&text, 0).unwrap();
            check_spans(&text, &root);
            prop_assert_eq!((root.start, root.end), (0, text.len()));
        }

        /// Edited at random, a JSON text is read exactly when serde_json
        /// reads it: the same strict grammar.
        #[test]
        fn edited_text_is_refused_exactly_when_it_is_not_json(
            v in values(),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), "[ ,:{}\\[\\]\"\\\\a0-9.eE+/*-]{0,2}", 0..3usize), 1..4),
        ) {
            let mut text = serde_json::to_string(&v).unwrap();
            for (at, insert, remove) in edits {
                let mut i = at.index(text.len() + 1);
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                let mut j = (i + remove).min(text.len());
                while !text.is_char_boundary(j) {
                    j += 1;
                }
                text.replace_range(i..j, &insert);
            }
            let serde = serde_json::from_str::<&RawValue>(&text).is_ok();
            let ours = json(&text, 0);
            prop_assert_eq!(ours.is_ok(), serde, "{:?}: {:?}", text, ours.err());
            // (Unless a number is too large for serde_json's values.)
            if let (Ok(root), Ok(_)) = (ours, serde_json::from_str::<J>(&text)) {
                check_spans(&text, &root);
            }
        }
    }

    #[test]
    fn syntax_errors_are_labelled_where_they_help() {
        let cases = [
            ("{\"a\": 1 \"b\": 2}", "comma", ""),
            ("{\"a\" 1}", "colon", "1"),
            ("{\"a\": 1,}", "trailing-comma", ","),
            ("[1, 2", "eof-list", "["),
            ("{\"a\": [1], \"b\": {\"c\": ", "eof-object", "{"),
            ("{\"a\": \"x", "string", "\""),
            ("{\"a\": [1, {\"b\": 2}", "eof-list", "["),
            ("{\"a\": 1} x", "trailing", "x"),
            ("{\"a\": 01}", "number", "1"),
            ("{\"a\": -}", "number", "}"),
            ("{\"a\": tru}", "unexpected", "}"),
            ("{\"a\": // no\n 1}", "comment", "//"),
            ("{a: 1}", "key", "a"),
            ("{\"a\": \"\\x\"}", "string", "x"),
            ("{\"a\": }", "value", "}"),
            ("{\"a\": \"\\é\"}", "string", "é"),
            ("{\"a\": é}", "value", "é"),
        ];
        for (text, problem, label) in cases {
            let SyntaxError(start, end, got, _) = json(text, 0).unwrap_err();
            assert_eq!((got, &text[start..end]), (problem, label), "{text}");
        }
    }
}
