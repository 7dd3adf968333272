//! How issues and parser errors become [`DataError`]s: messages, helps, spans.

use miette::SourceSpan;

use super::catalog::{list_ids, Catalog, Table};
use super::error::DataError;
use super::locate::{yaml, Locator};
use super::problem::{Found, Issue, Key, Loc, Obj, Problem, Target};
use super::scalar::AmountError;
use super::Format;
use crate::span::SourceFile;

fn span(loc: Loc) -> SourceSpan {
    SourceSpan::new(loc.start.into(), loc.end - loc.start)
}

/// "in `revenue[2]`" or "in the partner".
fn within(obj: Obj) -> String {
    match obj {
        Obj::Partner => "the partner".to_owned(),
        other => format!("`{}`", other.path()),
    }
}

/// A one-character span at `offset` (zero-length at the end), on char boundaries.
fn point(text: &str, offset: usize) -> Loc {
    let mut start = offset.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let end = text[start..]
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8());
    Loc { start, end }
}

/// The byte offset of serde_json's 1-based line and (byte) column.
fn json_offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    (start + column.saturating_sub(1)).min(text.len())
}

/// Removes libyaml's and serde_json's " at line L column C" from a message.
fn strip_positions(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let tail = &after[digits..];
        match tail.strip_prefix(" column ") {
            Some(col) => {
                let n = col.bytes().take_while(u8::is_ascii_digit).count();
                rest = &col[n..];
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

/// The diagnostic for a JSON syntax error.
pub(crate) fn json_syntax(
    src: &SourceFile,
    body_start: usize,
    err: &serde_json::Error,
) -> DataError {
    let text = src.text();
    let body = &text[body_start..];
    let at = point(
        text,
        body_start + json_offset(body, err.line(), err.column()),
    );
    let message = strip_positions(&err.to_string());
    if message.starts_with("recursion limit exceeded") {
        return DataError::TooDeep {
            src: src.clone(),
            span: span(at),
            format: Format::Json,
        };
    }
    let eof = err.is_eof();
    // At the end of the file there is nothing to underline: point at the last
    // thing the file has instead.
    let at = if eof {
        let last = text.trim_end().len().saturating_sub(1);
        point(text, last)
    } else {
        at
    };
    let message = match message.strip_prefix("EOF while parsing") {
        Some(rest) => format!("the file ends while parsing{rest}"),
        None => message,
    };
    let help = if eof {
        "the file ends too early: close every string, `{` and `[`"
    } else if message.starts_with("expected `,` or `}`") {
        "separate the fields of an object with commas, and close it with `}`"
    } else if message.starts_with("expected `,` or `]`") {
        "separate list items with commas, and close the list with `]`"
    } else if message.starts_with("key must be a string") {
        "write every field name in double quotes"
    } else if message.starts_with("trailing comma") {
        "remove the comma after the last item"
    } else if message.starts_with("trailing characters") {
        "a partner file holds exactly one JSON object: remove what follows it"
    } else if message.starts_with("control character") {
        "escape control characters in strings, e.g. a line break as `\\n`"
    } else if message.starts_with("invalid number") || message.starts_with("number out of range") {
        "write numbers like `60000.00`, or write the amount as a string"
    } else if message.starts_with("expected value") || message.starts_with("expected ident") {
        "a value is a string in double quotes, a number, `true`, `false`, `null`, an object or a list"
    } else {
        "correct the JSON syntax at this point"
    };
    DataError::Syntax {
        src: src.clone(),
        span: span(at),
        format: Format::Json,
        message,
        label: if eof {
            "the file ends after this"
        } else {
            "here"
        },
        help: help.to_owned(),
    }
}

/// The diagnostic for a YAML error that stopped parsing.
pub(crate) fn yaml_syntax(src: &SourceFile, err: &serde_yaml_ng::Error) -> DataError {
    let text = src.text();
    let message = strip_positions(&err.to_string());
    let offset = match err.location() {
        Some(l) => yaml::offset(text, l.line(), l.column()),
        None if message.contains("more than one document") => second_document(text),
        None => 0,
    };
    let end = text.trim_end().len();
    let (message, label, at) = if message.contains("more than one document") {
        let message = "the file holds more than one document".to_owned();
        (
            message,
            "a second document starts here",
            point(text, offset),
        )
    } else if offset >= end {
        // Nothing to underline at the end: point at the last thing there is.
        let at = point(text, end.saturating_sub(1));
        (message, "the file ends after this", at)
    } else {
        (message, "here", point(text, offset))
    };
    if message.contains("recursion limit exceeded") {
        return DataError::TooDeep {
            src: src.clone(),
            span: span(at),
            format: Format::Yaml,
        };
    }
    let help = if message.contains("more than one document") {
        "a partner file holds one YAML document: remove the `---` separators after the first"
    } else if message.contains("repetition limit") {
        "aliases expand to too much data: write the values out instead of repeating `*` aliases"
    } else if message.contains("EOF while parsing") {
        "the file ends too early"
    } else {
        "check the indentation and the `key: value` syntax at this point; quote values that contain `: `, ` #` or start with a special character"
    };
    DataError::Syntax {
        src: src.clone(),
        span: span(at),
        format: Format::Yaml,
        message,
        label,
        help: help.to_owned(),
    }
}

/// Where a second YAML document starts: a `---` or `...` line after content.
fn second_document(text: &str) -> usize {
    let mut content = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let marker = ["---", "..."].iter().any(|m| {
            line.strip_prefix(m)
                .is_some_and(|rest| rest.trim().is_empty() || rest.starts_with([' ', '\t']))
        });
        if marker && content {
            return offset;
        }
        let trimmed = line.trim();
        if !marker && !trimmed.is_empty() && !trimmed.starts_with('#') && !trimmed.starts_with('%')
        {
            content = true;
        }
        offset += line.len();
    }
    0
}

/// The closest id to `wanted` among `ids`, if close enough to be a likely typo.
///
/// Warnings for ids the rules do not know are common (people hold other
/// exams), so this allocates nothing: ids are compared as ASCII-lower-cased
/// bytes, and ids longer than [`MAX_SUGGESTED`] are not considered.
fn suggest<'a>(wanted: &str, ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wanted.chars().count() / 3).max(1);
    let wanted = wanted.as_bytes();
    if wanted.len() > MAX_SUGGESTED {
        return None;
    }
    ids.filter(|id| {
        id.len() <= MAX_SUGGESTED
            && id.len().abs_diff(wanted.len()) <= limit
            && bag_distance(wanted, id.as_bytes()) <= limit
    })
    .map(|id| (edit_distance(wanted, id.as_bytes()), id))
    .filter(|&(d, _)| d <= limit)
    .min_by_key(|&(d, _)| d)
    .map(|(_, id)| id)
}

/// Longest id [`suggest`] compares.
const MAX_SUGGESTED: usize = 64;

/// A lower bound of [`edit_distance`], cheap enough to skip most candidates:
/// the bytes of the longer string that the other lacks.
fn bag_distance(a: &[u8], b: &[u8]) -> usize {
    let mut counts = [0u8; 256];
    for &c in a {
        let slot = &mut counts[usize::from(c.to_ascii_lowercase())];
        *slot = slot.saturating_add(1);
    }
    let mut common = 0;
    for &c in b {
        let slot = &mut counts[usize::from(c.to_ascii_lowercase())];
        if *slot > 0 {
            *slot -= 1;
            common += 1;
        }
    }
    a.len().max(b.len()) - common
}

/// Levenshtein distance of two short byte strings, ignoring ASCII case.
fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    let mut row = [0usize; MAX_SUGGESTED + 1];
    for (j, cell) in row.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(!ca.eq_ignore_ascii_case(&cb));
            let next = (row[j + 1] + 1).min(row[j] + 1).min(diagonal + cost);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Help for an id the rules do not know: a likely fix, what happens, what is known.
fn unknown_help(cat: &Catalog, table: Table, id: &str, consequence: &str) -> String {
    let program = cat.program();
    let found = match table {
        Table::Exam => suggest(id, program.exams.iter().map(|e| e.id.as_str())),
        Table::Product => suggest(id, program.products.iter().map(|e| e.id.as_str())),
        Table::Kind => suggest(id, program.kinds.iter().map(|e| e.id.as_str())),
        Table::Currency => suggest(id, program.currencies.iter().map(|e| e.id.as_str())),
    };
    match found {
        Some(s) => format!("did you mean `{s}`? as written, {consequence}"),
        None => format!("{consequence}; {}", cat.known(table)),
    }
}

/// The help texts of one load's unknown ids: an id a partner repeats (a
/// product on many lines) gets its suggestion searched and formatted once.
#[derive(Default)]
pub(crate) struct Helps {
    /// (table, id, help), few enough in practice for a linear search.
    done: Vec<(Table, String, String)>,
}

impl Helps {
    fn get(&mut self, cat: &Catalog, table: Table, id: &str, consequence: &str) -> String {
        if let Some((.., help)) = self.done.iter().find(|(t, i, _)| *t == table && i == id) {
            return help.clone();
        }
        let help = unknown_help(cat, table, id, consequence);
        self.done.push((table, id.to_owned(), help.clone()));
        help
    }
}

/// Builds the diagnostic for one issue.
pub(crate) fn diagnose(
    issue: Issue,
    src: &SourceFile,
    cat: &Catalog,
    locator: &mut Locator,
    helps: &mut Helps,
) -> DataError {
    let program = cat.program();
    let Issue { path, problem, at } = issue;
    let loc = locator.find(path, at);
    let sp = span(loc);
    let text = src.text();
    let src = src.clone();
    // Amounts read as JSON numbers are quoted as written, not as serde_json re-spelt them.
    let written = |fallback: String| -> String {
        let s = text.get(loc.start..loc.end).unwrap_or("");
        if !s.is_empty()
            && !s.starts_with(['"', '\''])
            && matches!(path.target, Target::Value(Key::Amount))
        {
            s.to_owned()
        } else {
            fallback
        }
    };
    match problem {
        Problem::Missing(keys) => {
            let names: Vec<String> = keys.iter().map(|k| format!("`{}`", k.name())).collect();
            let listed = match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => names.concat(),
            };
            let noun = path.obj.noun();
            let (fields, label, help) = match keys.as_slice() {
                [key] => (
                    format!("field {listed}"),
                    format!("this {noun} has no {listed}"),
                    format!("add {listed}: {}", key.how()),
                ),
                _ => (
                    format!("fields {listed}"),
                    format!("this {noun} lacks these fields"),
                    format!("add them: a {noun} needs {listed}"),
                ),
            };
            DataError::MissingField {
                src,
                span: sp,
                fields,
                place: within(path.obj),
                label,
                help,
            }
        }
        Problem::WrongType(found) => {
            let (expected, place, help) = match path.target {
                Target::Value(key) => (
                    key.expected(),
                    format!("for `{}`", path.text()),
                    format!("`{}` holds {}", key.name(), key.how()),
                ),
                _ if path.obj == Obj::Partner => (
                    "a partner object",
                    "at the top level".to_owned(),
                    "a partner file holds one object, e.g. `{\"id\": \"contoso\", \"country\": \"FR\"}`".to_owned(),
                ),
                _ => (
                    match path.obj {
                        Obj::Line(_) => "a revenue line object",
                        Obj::Individual(_) => "an individual object",
                        _ => "an exam pass object",
                    },
                    format!("for `{}`", path.obj.path()),
                    format!("write each {} as an object of fields", path.obj.noun()),
                ),
            };
            let help = match (found, path.target) {
                (Found::Number | Found::Boolean, Target::Value(k)) if k.expected() == "a string" => {
                    format!("{help}; put the value in double quotes")
                }
                (Found::String, Target::Value(Key::Dpor)) => {
                    "write `dpor` as `true` or `false`, without quotes".to_owned()
                }
                _ => help,
            };
            DataError::WrongType {
                src,
                span: sp,
                expected,
                found: found.describe(),
                place,
                help,
            }
        }
        Problem::RepeatedKey => {
            let field = match path.target {
                Target::RepeatedKey(k) => k.name(),
                _ => "?",
            };
            DataError::DuplicateField {
                src,
                span: sp,
                field,
                place: within(path.obj),
                help: format!("keep one `{field}` and remove the other"),
            }
        }
        Problem::BadDate { text, error } => DataError::BadDate {
            src,
            span: sp,
            text,
            path: path.text(),
            reason: error.reason(),
        },
        Problem::BadAmount { text, error } => {
            let text = written(text);
            match error {
                AmountError::NotANumber => DataError::BadAmount { src, span: sp, text },
                AmountError::OutOfRange => DataError::AmountOutOfRange { src, span: sp, text },
            }
        }
        Problem::NegativeAmount(text) => DataError::NegativeAmount {
            src,
            span: sp,
            text: written(text),
        },
        Problem::UnknownCountry(code) => {
            let help = match Catalog::country_hint(&code) {
                Some(fix) => format!("the ISO 3166-1 code of this country is `{fix}`"),
                None => "use the two-letter ISO 3166-1 alpha-2 code of the partner's country, e.g. `FR`, `US` or `IN`".to_owned(),
            };
            DataError::UnknownCountry {
                src,
                span: sp,
                code,
                help,
            }
        }
        Problem::NoMarket(code) => DataError::NoMarket {
            src,
            span: sp,
            help: format!(
                "the rules have no default market: add `{code}` to one of their markets ({}), or declare a default market",
                list_ids(program.markets.iter().map(|m| m.id.as_str()))
            ),
            code,
        },
        Problem::DuplicateIndividual { id, first, first_at } => {
            let first = span(locator.find(first, first_at));
            DataError::DuplicateIndividual {
                src,
                first,
                second: sp,
                id,
            }
        }
        Problem::UnknownProduct(id) => DataError::UnknownProduct {
            src,
            span: sp,
            help: helps.get(
                cat,
                Table::Product,
                &id,
                "this revenue line counts toward no requirement",
            ),
            id,
        },
        Problem::UnknownKind(id) => DataError::UnknownKind {
            src,
            span: sp,
            help: helps.get(
                cat,
                Table::Kind,
                &id,
                "this revenue line counts toward no requirement",
            ),
            id,
        },
        Problem::UnknownCurrency(id) => DataError::UnknownCurrency {
            src,
            span: sp,
            help: helps.get(
                cat,
                Table::Currency,
                &id,
                "a threshold that would count this line reports a currency mismatch",
            ),
            id,
        },
        Problem::UnknownExam(id) => DataError::UnknownExam {
            src,
            span: sp,
            help: helps.get(
                cat,
                Table::Exam,
                &id,
                "this pass is ignored: no requirement asks for this exam",
            ),
            id,
        },
    }
}

/// Turns the issues of one load into diagnostics, in file order.
pub(crate) fn diagnose_all(
    issues: Vec<Issue>,
    src: &SourceFile,
    format: Format,
    cat: &Catalog,
) -> Vec<DataError> {
    let mut locator = Locator::new(src.text(), format);
    let mut helps = Helps::default();
    let mut out: Vec<DataError> = issues
        .into_iter()
        .map(|issue| diagnose(issue, src, cat, &mut locator, &mut helps))
        .collect();
    out.sort_by_cached_key(DataError::offset);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance(b"", b""), 0);
        assert_eq!(edit_distance(b"abc", b""), 3);
        assert_eq!(edit_distance(b"MB2-741", b"mb2-714"), 2);
        assert_eq!(edit_distance(b"kitten", b"sitting"), 3);
        assert_eq!(edit_distance(b"crm-onlin", b"crm-online"), 1);
        assert_eq!(bag_distance(b"70-486", b"MB2-714"), 4);
        assert!(bag_distance(b"MB2-741", b"mb2-714") <= edit_distance(b"MB2-741", b"mb2-714"));
        let ids = ["crm-online", "d365-plan1"];
        assert_eq!(suggest("CRM-Onlin", ids.into_iter()), Some("crm-online"));
        assert_eq!(suggest("office-365", ids.into_iter()), None);
        assert_eq!(suggest(&"x".repeat(100), ids.into_iter()), None);
    }

    #[test]
    fn positions_are_stripped_from_messages() {
        assert_eq!(
            strip_positions("did not find expected key at line 3 column 5, while parsing a block mapping at line 1 column 1"),
            "did not find expected key, while parsing a block mapping"
        );
        assert_eq!(
            strip_positions("expected `,` or `}` at line 1 column 9"),
            "expected `,` or `}`"
        );
    }
}
