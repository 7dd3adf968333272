//! Rules text → syntax tree, with every syntax error of the file collected.
//!
//! The file is parsed one top-level item at a time. After an error the parser
//! skips to the next line that starts (in column 1) with a top-level keyword,
//! so one broken item does not hide the errors of the next.

pub mod ast;
mod build;
mod error;
mod expected;

use pest::Parser;
use pest_derive::Parser;

pub use error::ParseError;

use crate::span::{FileId, SourceFile};

/// The pest parser generated from `grammar/rubric.pest`.
#[derive(Parser)]
#[grammar = "../grammar/rubric.pest"]
pub(crate) struct RubricParser;

/// Keywords that open a top-level item; recovery resumes at one of them.
pub const TOP_LEVEL_KEYWORDS: [&str; 6] = [
    "exam",
    "product",
    "kind",
    "currency",
    "market",
    "competency",
];

/// Syntax errors reported per file before giving up on it. Each error costs
/// time in proportion to the rest of the file, so the limit also bounds the
/// time a file of garbage takes.
pub const MAX_SYNTAX_ERRORS: usize = 100;

/// Parses one file. Returns the items that parsed and every error found (up
/// to [`MAX_SYNTAX_ERRORS`]).
pub fn parse(id: FileId, src: &SourceFile) -> (ast::File, Vec<ParseError>) {
    let text = src.text();
    let mut items = Vec::new();
    let mut errors = Vec::new();
    let mut offset = 0;
    while offset <= text.len() {
        if errors.len() >= MAX_SYNTAX_ERRORS {
            errors.push(ParseError::TooManyErrors {
                limit: MAX_SYNTAX_ERRORS,
                span: (offset..offset).into(),
                src: src.clone(),
            });
            break;
        }
        match parse_item(&text[offset..]) {
            Ok(mut pairs) => {
                let Some(top) = pairs.next() else { break };
                let Some(inner) = top.into_inner().next() else {
                    break;
                };
                if inner.as_rule() == Rule::EOI {
                    break;
                }
                let end = offset + inner.as_span().end();
                let mut b = build::Builder::new(id, src, offset, &mut errors);
                if let Some(item) = b.item(inner) {
                    items.push(item);
                }
                if end == offset {
                    break;
                }
                offset = end;
            }
            Err(e) => {
                let ex = expected::describe(&e, text, offset);
                errors.push(ParseError::Unexpected {
                    message: ex.message,
                    span: (ex.start..ex.end.max(ex.start)).into(),
                    label: ex.label,
                    help: ex.help,
                    src: src.clone(),
                });
                match resync(text, ex.start) {
                    Some(next) => offset = next,
                    None => break,
                }
            }
        }
    }
    (ast::File { file: id, items }, errors)
}

/// Parses the next item of `rest`. The parse runs without pest's detailed
/// error tracking (a fifth of the time); only a failure is parsed again with
/// it, to say what was expected.
fn parse_item(rest: &str) -> Result<pest::iterators::Pairs<'_, Rule>, pest::error::Error<Rule>> {
    pest::set_error_detail(false);
    RubricParser::parse(Rule::next_item, rest).or_else(|_| {
        pest::set_error_detail(true);
        let detailed = RubricParser::parse(Rule::next_item, rest);
        pest::set_error_detail(false);
        detailed
    })
}

/// The start of the first line after `pos` that opens a top-level item.
fn resync(text: &str, pos: usize) -> Option<usize> {
    let mut line_start = text.get(pos..)?.find('\n')? + pos + 1;
    while line_start < text.len() {
        let line = &text[line_start..];
        let word_end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        if TOP_LEVEL_KEYWORDS.contains(&&line[..word_end]) {
            return Some(line_start);
        }
        line_start += line.find('\n')? + 1;
    }
    None
}
