//! The slow path's input: a partner file as a tree of values with byte spans,
//! from `jsonc-parser` (JSON) or `saphyr-parser` events (YAML).
//!
//! Containers deeper than the partner format reaches are not built: they are
//! kept as [`Value::Skipped`], with their kind and span, which is all a
//! diagnostic about them needs, and which bounds the tree's depth.

use std::borrow::Cow;

use jsonc_parser::ast;
use jsonc_parser::common::Ranged;
use jsonc_parser::errors::ParseErrorKind;
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

/// Parses JSON (after a byte-order mark of `base` bytes) strictly: no
/// comments, trailing commas or other JSON5 extensions.
pub(crate) fn json(text: &str, base: usize) -> Result<Node<'_>, SyntaxError> {
    let options = jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    match jsonc_parser::parse_to_ast(text, &Default::default(), &options) {
        Ok(r) => Ok(match r.value {
            Some(v) => from_json(v, base, 0),
            None => Node::new(base, base, Value::Null),
        }),
        Err(e) => {
            let (r, problem) = (e.range(), json_problem(e.kind()));
            // An unterminated list or object is labelled at its opening bracket.
            let end = match problem {
                "eof-list" | "eof-object" => (r.start + 1).min(text.len()),
                _ => r.end.max(r.start),
            };
            let (start, end) = (base + r.start, base + end);
            Err(SyntaxError(start, end, problem, String::new()))
        }
    }
}

/// The message selector of a JSON parse error.
fn json_problem(kind: &ParseErrorKind) -> &'static str {
    use ParseErrorKind as K;
    match kind {
        K::ExpectedComma => "comma",
        K::ExpectedColonAfterObjectKey => "colon",
        K::ExpectedObjectValue => "value",
        K::ExpectedStringObjectProperty | K::UnexpectedTokenInObject => "key",
        K::MultipleRootJsonValues => "trailing",
        K::UnterminatedArray => "eof-list",
        K::UnterminatedObject => "eof-object",
        K::String(_) | K::SingleQuotedStringsNotAllowed => "string",
        K::CommentsNotAllowed | K::UnterminatedCommentBlock => "comment",
        K::TrailingCommasNotAllowed => "trailing-comma",
        K::NestingDepthExceeded => "too-deep",
        K::BareDecimalPointNumbersNotAllowed
        | K::ExpectedDigit
        | K::ExpectedDigitFollowingNegativeSign
        | K::ExpectedPlusMinusOrDigitInNumberLiteral
        | K::HexadecimalNumbersNotAllowed
        | K::NonFiniteNumbersNotAllowed
        | K::UnaryPlusNumbersNotAllowed => "number",
        _ => "unexpected",
    }
}

fn from_json(v: ast::Value<'_>, base: usize, depth: usize) -> Node<'_> {
    let r = v.range();
    let value = match v {
        ast::Value::StringLit(s) => Value::Text {
            text: s.value,
            plain: false,
        },
        ast::Value::NumberLit(n) => Value::Number(n.value),
        ast::Value::BooleanLit(b) => Value::Bool(b.value),
        ast::Value::NullKeyword(_) => Value::Null,
        ast::Value::Array(_) if depth >= BUILT_DEPTH => Value::Skipped(Some(false)),
        ast::Value::Object(_) if depth >= BUILT_DEPTH => Value::Skipped(Some(true)),
        ast::Value::Array(a) => {
            let items = a.elements.into_iter();
            Value::List(items.map(|e| from_json(e, base, depth + 1)).collect())
        }
        ast::Value::Object(o) => Value::Map(
            (o.properties.into_iter())
                .map(|p| {
                    let r = p.name.range();
                    let key = match p.name {
                        ast::ObjectPropName::String(s) => s.value,
                        ast::ObjectPropName::Word(w) => Cow::Borrowed(w.value),
                    };
                    let value = from_json(p.value, base, depth + 1);
                    Entry::new(key, (base + r.start, base + r.end), value)
                })
                .collect(),
        ),
    };
    Node::new(base + r.start, base + r.end, value)
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
