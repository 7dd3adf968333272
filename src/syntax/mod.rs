//! Rules text → syntax tree, with every syntax error of the file collected.
//!
//! The file is parsed one top-level item at a time. After an error the parser
//! skips to the next line that starts (in column 1) with a top-level keyword,
//! so one broken item does not hide the errors of the next.

pub mod ast;
mod build;
mod error;
mod expected;
#[cfg(feature = "lsp")]
pub(crate) mod shift;

use pest::Parser;
use pest_derive::Parser;

use crate::diag::Diagnostic;
use crate::span::{FileId, SourceFile, Span};

pub(crate) use error::{not_utf8, CODES};

/// The pest parser generated from `grammar/rubric.pest`.
#[derive(Parser)]
#[grammar = "../grammar/rubric.pest"]
pub(crate) struct RubricParser;

/// Keywords that open a top-level item; recovery resumes at one of them.
pub const TOP_LEVEL_KEYWORDS: [&str; 10] = [
    "exam",
    "assessment",
    "certification",
    "product",
    "kind",
    "currency",
    "market",
    "association",
    "status",
    "competency",
];

/// Syntax errors reported per file before giving up on it. Each error costs
/// time in proportion to the rest of the file, so the limit also bounds the
/// time a file of garbage takes.
pub const MAX_SYNTAX_ERRORS: usize = 100;

/// Parses one file. Returns the items that parsed and every error found (up
/// to [`MAX_SYNTAX_ERRORS`]).
pub fn parse(id: FileId, src: &SourceFile) -> (ast::File, Vec<Diagnostic>) {
    let text = src.text();
    let mut items = Vec::new();
    let mut errors = Vec::new();
    let mut broken = Vec::new();
    let mut offset = 0;
    loop {
        if errors.len() >= MAX_SYNTAX_ERRORS {
            errors.push(too_many_errors(id, offset));
            break;
        }
        let s = step(id, text, offset);
        items.extend(s.item);
        errors.extend(s.errors);
        broken.extend(s.broken);
        match s.next {
            Some(next) => offset = next,
            None => break,
        }
    }
    (
        ast::File {
            file: id,
            items,
            broken,
        },
        errors,
    )
}

/// The diagnostic that ends a file's parse at `offset` after
/// [`MAX_SYNTAX_ERRORS`] errors.
pub(crate) fn too_many_errors(id: FileId, offset: usize) -> Diagnostic {
    error::too_many_errors(Span::new(id, offset, offset), MAX_SYNTAX_ERRORS)
}

/// What parsing one item from an offset gives (one step of [`parse`]).
pub(crate) struct Step {
    pub item: Option<ast::Item>,
    pub errors: Vec<Diagnostic>,
    /// `(keyword, id)` of the item when it failed to parse.
    pub broken: Option<(String, String)>,
    /// Where the next step starts; `None` at the end of the file.
    pub next: Option<usize>,
}

/// Parses the item of `text` at `offset`, or reports why it does not parse
/// and where parsing resumes. The result depends only on the text from
/// `offset` on, which lets the language server re-parse only what an edit changed.
pub(crate) fn step(id: FileId, text: &str, offset: usize) -> Step {
    let mut s = Step {
        item: None,
        errors: Vec::new(),
        broken: None,
        next: None,
    };
    match parse_item(&text[offset..]) {
        Ok(mut pairs) => {
            let Some(top) = pairs.next() else { return s };
            let Some(inner) = top.into_inner().next() else {
                return s;
            };
            if inner.as_rule() == Rule::EOI {
                return s;
            }
            let end = offset + inner.as_span().end();
            let mut b = build::Builder::new(id, offset, &mut s.errors);
            s.item = b.item(inner);
            s.next = (end != offset).then_some(end);
        }
        Err(e) => {
            s.broken = broken_item(&text[offset..]);
            let ex = expected::describe(&e, id, text, offset);
            s.errors.push(ex.diagnostic);
            s.next = resync(text, offset, ex.start);
        }
    }
    s
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

/// The first position at or after `offset` that is neither blank nor comment.
fn skip_blank(text: &str, mut offset: usize) -> usize {
    loop {
        let rest = &text[offset..];
        let trimmed = rest.trim_start();
        offset += rest.len() - trimmed.len();
        if !trimmed.starts_with("//") {
            return offset;
        }
        match trimmed.find('\n') {
            Some(n) => offset += n + 1,
            None => return text.len(),
        }
    }
}

/// The keyword and id that open a broken item (`exam MB2-714 ...`), if readable.
fn broken_item(rest: &str) -> Option<(String, String)> {
    let mut words = rest
        .split(|c: char| c.is_whitespace() || c == '{' || c == '"')
        .filter(|w| !w.is_empty() && !w.starts_with("//"));
    let kw = words.next()?;
    let id = words.next()?;
    TOP_LEVEL_KEYWORDS
        .contains(&kw)
        .then(|| (kw.to_string(), id.to_string()))
}

/// Where to resume after an error at `pos` in the item that starts at
/// `offset`: the first line that opens a top-level item, after the item's own
/// first line. The line of the error itself counts: an item cut short is
/// usually reported at the keyword that opens the next one.
fn resync(text: &str, offset: usize, pos: usize) -> Option<usize> {
    let pos = pos.min(text.len());
    let error_line = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let item_start = skip_blank(text, offset);
    let mut line_start = if error_line > item_start {
        error_line
    } else {
        text[pos..].find('\n')? + pos + 1
    };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn errors(text: &str) -> Vec<Diagnostic> {
        parse(FileId(0), &SourceFile::new("t.rubric", text)).1
    }

    /// Credential ids are read as published where a credential is expected,
    /// and never when they are only digits.
    #[test]
    fn credential_ids_as_published() {
        let ok = "exam 70-480 \"a\"\nexam 2017-09-30 \"date-shaped\"\n\
                  certification PMI-ACP \"b\"\nassessment _1 \"c\" course 7 retired 2017-01-01\n\
                  competency c { option o { tier t { individuals 3 {\n\
                  1 x all of [70-480, 2017-09-30]\n2 x 2 of [PMI-ACP, 98-361.a, _1] } } } }\n";
        let (file, errs) = parse(FileId(0), &SourceFile::new("t.rubric", ok));
        assert!(errs.is_empty(), "{errs:?}");
        let ids: Vec<&str> = file
            .items
            .iter()
            .filter_map(|i| match i {
                ast::Item::Credential(d) => Some(d.id.node.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["70-480", "2017-09-30", "PMI-ACP", "_1"]);
        for bad in ["exam 480 \"x\"\n", "exam 70 \"x\"\n"] {
            let e = errors(bad);
            assert_eq!(e.len(), 1, "{bad}: {e:?}");
            assert_eq!(
                e[0].args.get("hint"),
                Some(&crate::i18n::Arg::Str("cred-digits".into()))
            );
        }
    }

    /// Each kind of syntax error is worded in both languages, with every
    /// argument its message uses; lists are joined in the language.
    #[test]
    fn syntax_errors_are_worded_in_both_languages() {
        let cases = [
            "competency c {\n  option o {\n    teir t {}\n  }\n}\n",
            "exam X-1 \"never closed\n",
            "exam X-1 \u{1}\n",
            "market m \"M\" countries [FR BR]\n",
            "exam X-1 \"x\" retired 2017-13-01\n",
            &"exam\n".repeat(3 * MAX_SYNTAX_ERRORS),
        ];
        let mut seen = Vec::new();
        for text in cases {
            for d in errors(text) {
                for lang in Lang::ALL {
                    let words = [d.message(lang), d.primary_label(lang).unwrap_or_default()];
                    for w in words.iter().chain(&d.help(lang)) {
                        assert!(!w.is_empty() && !w.contains("{$"), "{lang:?} {d:?}: {w}");
                    }
                }
                seen.push(d);
            }
        }
        let fr: Vec<String> = seen.iter().map(|d| d.message(Lang::Fr)).collect();
        assert!(
            fr.contains(&"on attendait `,` ou `]`, mais on trouve `BR`".to_string()),
            "{fr:?}"
        );
        assert!(
            fr.iter().any(|m| m.ends_with("le caractère '\\u{1}'")),
            "{fr:?}"
        );
        assert!(
            fr.contains(&"texte non terminé : le `\"` fermant manque".to_string()),
            "{fr:?}"
        );
        let short = seen[0].primary_label(Lang::Fr).unwrap();
        assert_eq!(short, "on attendait `summary`, `tier` ou …");
        assert_eq!(
            seen[0].help(Lang::Fr).unwrap(),
            "vouliez-vous dire `tier` ?"
        );
        assert_eq!(
            seen.last().map(|d| d.message(Lang::Fr)),
            Some("trop d'erreurs de syntaxe : arrêt après 100".to_string())
        );
    }
}
