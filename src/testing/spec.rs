//! Reading a test file: derived serde for the file as it should be; when that
//! fails, a walk of the YAML value names the problem (unknown field, missing
//! field, wrong type, bad date) and the error's location places it. No text of
//! another crate's error message is read.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;
use serde_yaml_ng::{Mapping, Value};

use crate::diag::Diagnostic;
use crate::i18n::{Arg, Args, Conj};
use crate::span::{FileId, Span};
use crate::suggest::did_you_mean;

/// One test file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileSpec {
    pub tests: Vec<CaseSpec>,
}

/// One case as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CaseSpec {
    pub name: String,
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    pub partner: Value,
    /// `competency/option` → tier id, or `none`.
    pub expect: BTreeMap<String, String>,
    /// `competency/option` → requirements expected unmet (`gold/revenue`).
    #[serde(default)]
    pub unmet: BTreeMap<String, Vec<String>>,
}

const FILE_FIELDS: [&str; 1] = ["tests"];
const CASE_FIELDS: [&str; 5] = ["name", "as_of", "partner", "expect", "unmet"];
const CASE_REQUIRED: [&str; 3] = ["name", "partner", "expect"];

/// Reads test file `file` (text `text`), or says what is wrong and where.
pub(super) fn read(file: FileId, text: &str) -> Result<FileSpec, Diagnostic> {
    let error = match serde_yaml_ng::from_str::<FileSpec>(text) {
        Ok(spec) => return Ok(spec),
        Err(e) => e,
    };
    // A problem at the end of the file (an unclosed bracket) is shown on the
    // last thing written, not on an empty line past it.
    let last = text.trim_end().char_indices().last().map_or(0, |(i, _)| i);
    let at = error
        .location()
        .map(|l| offset(text, l.line(), l.column()).min(last));
    let problem = match serde_yaml_ng::from_str::<Value>(text) {
        Err(_) => Problem::new("rubric::test::syntax"),
        Ok(value) => check_file(&value).unwrap_or_else(|| Problem::new("rubric::test::invalid")),
    };
    let span = at.map(|start| Span::new(file, start, start + token_len(text, start, &problem)));
    let mut d = Diagnostic::error(problem.code, span);
    d.args = problem.args;
    Err(d)
}

/// What is wrong, as the code of its diagnostic and the arguments.
#[derive(Clone, Debug)]
struct Problem {
    code: &'static str,
    args: Args,
    /// The key the location points at, when it points at a key.
    key: Option<String>,
}

impl Problem {
    fn new(code: &'static str) -> Problem {
        Problem {
            code,
            args: Args::new(),
            key: None,
        }
    }

    fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Problem {
        self.args.set(name, value);
        self
    }
}

/// The first problem of a test file, in the order serde meets them.
fn check_file(value: &Value) -> Option<Problem> {
    let Some(map) = value.as_mapping() else {
        return Some(wrong_type("tests", "file", "mapping"));
    };
    if let Some(p) = unknown_key(map, &FILE_FIELDS, "file") {
        return Some(p);
    }
    let Some(tests) = map.get("tests") else {
        return Some(missing("file", "", &["tests"]));
    };
    let Some(cases) = tests.as_sequence() else {
        return Some(wrong_type("tests", "file", "list"));
    };
    cases
        .iter()
        .enumerate()
        .find_map(|(i, case)| check_case(i, case))
}

fn check_case(i: usize, case: &Value) -> Option<Problem> {
    let Some(map) = case.as_mapping() else {
        return Some(wrong_type("tests", "file", "cases"));
    };
    // Cases are named by their `name` when it is there, else by position.
    let label = map
        .get("name")
        .and_then(scalar)
        .unwrap_or_else(|| format!("#{}", i + 1));
    for (k, v) in map {
        let key = scalar(k).unwrap_or_default();
        if !CASE_FIELDS.contains(&key.as_str()) {
            return unknown_key(map, &CASE_FIELDS, "case").map(|p| p.arg("case", label.as_str()));
        }
        let bad = match key.as_str() {
            "name" => scalar(v).is_none().then_some("text"),
            "as_of" => match v {
                Value::Null => None,
                v => match scalar(v) {
                    Some(s) if s.parse::<NaiveDate>().is_ok() => None,
                    Some(s) => {
                        return Some(
                            Problem::new("rubric::test::bad-date")
                                .arg("value", s)
                                .arg("case", label.as_str()),
                        )
                    }
                    None => Some("date"),
                },
            },
            "expect" => (!is_map_of(v, |t| scalar(t).is_some())).then_some("expect"),
            "unmet" => (!v.is_null()
                && !is_map_of(v, |l| {
                    l.as_sequence()
                        .is_some_and(|l| l.iter().all(|r| scalar(r).is_some()))
                }))
            .then_some("unmet"),
            _ => None,
        };
        if let Some(expected) = bad {
            return Some(wrong_type(&key, "case", expected).arg("case", label.as_str()));
        }
    }
    let lacking: Vec<&str> = CASE_REQUIRED
        .iter()
        .copied()
        .filter(|f| !map.contains_key(*f))
        .collect();
    (!lacking.is_empty()).then(|| missing("case", &label, &lacking))
}

fn wrong_type(field: &str, place: &str, expected: &'static str) -> Problem {
    Problem::new("rubric::test::wrong-type")
        .arg("field", field)
        .arg("place", place)
        .arg("expected", expected)
}

fn missing(place: &str, case: &str, fields: &[&str]) -> Problem {
    Problem::new("rubric::test::missing-field")
        .arg("place", place)
        .arg("case", case)
        .arg("n", fields.len())
        .arg("fields", Arg::ids(fields.iter().copied(), Conj::And))
}

/// The first key of `map` that is not a field, with a suggestion.
fn unknown_key(map: &Mapping, fields: &[&'static str], place: &str) -> Option<Problem> {
    let key = map
        .keys()
        .map(|k| scalar(k).unwrap_or_default())
        .find(|k| !fields.contains(&k.as_str()))?;
    let p = Problem::new("rubric::test::unknown-field")
        .arg("field", key.as_str())
        .arg("place", place)
        .arg("fields", Arg::ids(fields.iter().copied(), Conj::And));
    let mut p = match did_you_mean(&key, fields.iter().copied()) {
        Some(s) => p.arg("hint", "suggest").arg("suggestion", s),
        None => p.arg("hint", "none"),
    };
    p.key = Some(key);
    Some(p)
}

/// A scalar as serde reads it into a string: text, number or boolean.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A mapping from scalars to values `ok` accepts.
fn is_map_of(v: &Value, ok: impl Fn(&Value) -> bool) -> bool {
    v.as_mapping()
        .is_some_and(|m| m.iter().all(|(k, v)| scalar(k).is_some() && ok(v)))
}

/// The byte offset of a 1-based line and column (in characters).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[start.min(text.len())..];
    start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// How long the thing at `start` is: the key the problem names, else the
/// scalar written there (one character for a bracket or the end of the file).
fn token_len(text: &str, start: usize, problem: &Problem) -> usize {
    let rest = &text[start.min(text.len())..];
    if let Some(key) = &problem.key {
        if rest.starts_with(key.as_str()) {
            return key.len();
        }
    }
    let line = rest.lines().next().unwrap_or("");
    let end = line.find([',', '}', ']', '#']).unwrap_or(line.len());
    let token = line[..end].trim_end();
    match line.chars().next() {
        None => rest.chars().next().map_or(0, char::len_utf8),
        // A flow collection closed on the same line is shown whole.
        Some(open @ ('{' | '[')) => closing(line, open).map_or(1, |end| end + 1),
        Some(_) => token.len(),
    }
}

/// The byte index of the bracket that closes the one `line` starts with.
fn closing(line: &str, open: char) -> Option<usize> {
    let close = if open == '{' { '}' } else { ']' };
    let mut depth = 0usize;
    for (i, c) in line.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    #[test]
    fn every_code_has_a_message_in_both_languages() {
        let codes = [
            "rubric::test::syntax",
            "rubric::test::unknown-field",
            "rubric::test::missing-field",
            "rubric::test::wrong-type",
            "rubric::test::bad-date",
            "rubric::test::invalid",
        ];
        for code in codes {
            let id = crate::diag::message_id(code);
            for lang in Lang::ALL {
                for attr in [None, Some("label"), Some("help")] {
                    assert!(
                        i18n::lookup(lang, &id, attr, &Args::new()).is_some(),
                        "{code} {attr:?} in {lang:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn problems_are_placed_on_what_they_name() {
        let text = "tests:\n  - name: é\n    expct: {a/b: gold}\n";
        let d = read(FileId(0), text).unwrap_err();
        assert_eq!(d.code, "rubric::test::unknown-field");
        let span = d.span.unwrap();
        assert_eq!(&text[span.start as usize..span.end as usize], "expct");
        assert_eq!(d.args.get("suggestion"), Some(&Arg::Str("expect".into())));

        let text = "tests:\n  - name: a\n    partner: p\n    expect: [a/b]\n";
        let d = read(FileId(0), text).unwrap_err();
        assert_eq!(d.code, "rubric::test::wrong-type");
        let span = d.span.unwrap();
        assert_eq!(&text[span.start as usize..span.end as usize], "[a/b]");
    }

    #[test]
    fn a_clean_file_reads() {
        let text = "tests:\n  - name: a\n    as_of: 2017-07-01\n    partner: p.json\n    expect: {a/b: none}\n";
        let spec = read(FileId(0), text).unwrap();
        assert_eq!(spec.tests.len(), 1);
        assert_eq!(spec.tests[0].expect["a/b"], "none");
    }
}
