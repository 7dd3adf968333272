//! Turns what pest expected into words an author understands.

use std::collections::BTreeSet;

use pest::error::{Error, ErrorVariant, InputLocation};

use super::Rule;

/// What the parser wanted and what it found, phrased for authors.
pub(crate) struct Expectation {
    pub message: String,
    pub label: String,
    pub help: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Literal tokens worth naming; whitespace, comment openers and the quote that
/// starts a string are covered by the rule names or would only confuse.
const PUNCTUATION: [&str; 8] = ["{", "}", "[", "]", ",", ":", "x", "×"];

/// Describes a pest error at absolute offset `base` in `text`.
pub(crate) fn describe(err: &Error<Rule>, text: &str, base: usize) -> Expectation {
    let pos = match err.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    } + base;
    let mut wanted: BTreeSet<&'static str> = BTreeSet::new();
    if let ErrorVariant::ParsingError { positives, .. } = &err.variant {
        for r in positives {
            if let Some(w) = rule_words(*r) {
                wanted.insert(w);
            }
        }
    }
    let mut literals: BTreeSet<String> = BTreeSet::new();
    if let Some(attempts) = err.parse_attempts() {
        for t in attempts.expected_tokens() {
            // Ranges print as `0..9` and built-ins as a word: both are skipped below.
            let s = t.to_string();
            if PUNCTUATION.contains(&s.as_str()) {
                literals.insert(format!("`{s}`"));
            }
        }
    }
    let (found, end) = found_at(text, pos);
    if let Some(unterminated) = unterminated_string(text, pos) {
        return unterminated;
    }
    // Words before punctuation, each once; a `{` that only opens a localized
    // text is already said by "a text".
    let mut items: Vec<String> = wanted
        .iter()
        .filter(|w| !w.starts_with("`") || w.chars().any(char::is_alphanumeric))
        .map(|s| s.to_string())
        .collect();
    let says_text = wanted.iter().any(|w| w.starts_with("a text"));
    for p in wanted.iter().map(|s| s.to_string()).chain(literals) {
        let is_punct = !p.chars().any(char::is_alphanumeric);
        if is_punct && !items.contains(&p) && !(says_text && p == "`{`") {
            items.push(p);
        }
    }
    let keywords: Vec<&str> = wanted
        .iter()
        .filter_map(|w| w.strip_prefix('`').and_then(|w| w.strip_suffix('`')))
        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    let word = found.trim_matches('`');
    let help = match crate::suggest::did_you_mean(word, keywords.iter().copied()) {
        Some(k)
            if word
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_') =>
        {
            Some(format!("did you mean `{k}`?"))
        }
        _ => help_for(&wanted, &found),
    };
    let expected = join_or(&items);
    let message = if expected.is_empty() {
        format!("unexpected {found}")
    } else {
        format!("expected {expected}, found {found}")
    };
    let label = if expected.is_empty() {
        "not expected here".to_string()
    } else {
        format!("expected {}", short(&items))
    };
    Expectation {
        message,
        label,
        help,
        start: pos,
        end,
    }
}

/// The words for a rule, or `None` for rules an author never sees.
fn rule_words(rule: Rule) -> Option<&'static str> {
    use Rule::*;
    Some(match rule {
        EOI => "end of file",
        lbrace => "`{`",
        rbrace => "`}`",
        lbracket => "`[`",
        rbracket => "`]`",
        comma => "`,`",
        colon => "`:`",
        exam_decl | kw_exam => "`exam`",
        product_decl | kw_product => "`product`",
        kind_decl | kw_kind => "`kind`",
        currency_decl | kw_currency => "`currency`",
        market_decl | kw_market => "`market`",
        competency_decl | kw_competency => "`competency`",
        default_flag | kw_default => "`default`",
        countries | kw_countries => "`countries`",
        retired | kw_retired => "`retired`",
        title | kw_title => "`title`",
        summary | kw_summary => "`summary`",
        option_decl | kw_option => "`option`",
        tier_decl | kw_tier => "`tier`",
        revenue_req | kw_revenue => "`revenue`",
        kw_in => "`in`",
        window | kw_over => "`over`",
        ttm | kw_ttm => "`ttm`",
        kw_months => "`months`",
        months => "a number of months",
        dpor | kw_with => "`with dpor`",
        kw_dpor => "`dpor`",
        at_least | kw_at => "`at least`",
        kw_least => "`least`",
        individuals_req | kw_individuals => "`individuals`",
        kw_and => "`and`",
        kw_of => "`of`",
        one | kw_one => "`one`",
        times => "`x`",
        slot_group => "a slot group (`1 x one of [...]`)",
        clause => "an exam clause (`one of [...]`)",
        id_list => "a list in brackets (`[a, b]`)",
        market_amounts => "amounts per market (`{ developed: USD 100_000 }`)",
        market_amount => "a market amount (`developed: USD 100_000`)",
        money => "an amount with its currency (`USD 100_000`)",
        text => "a text (`\"...\"` or `{ en: \"...\" }`)",
        localized => "texts per language (`{ en: \"...\", fr: \"...\" }`)",
        lang_text => "a language and its text (`en: \"...\"`)",
        string => "a text in double quotes",
        ident => "a name",
        count => "a whole number",
        amount => "an amount",
        date => "a date (YYYY-MM-DD)",
        _ => return None,
    })
}

/// A hint for the common mistakes, keyed on what was expected and found.
fn help_for(wanted: &BTreeSet<&'static str>, found: &str) -> Option<String> {
    let item_start = wanted.contains("`competency`") && wanted.contains("`exam`");
    if item_start {
        return Some(
            "a file holds top-level items: `exam`, `product`, `kind`, `currency`, `market` and `competency`"
                .into(),
        );
    }
    if wanted.contains("`revenue`") && wanted.contains("`individuals`") {
        return Some(
            "a tier holds `title`, `revenue ... at least ...` and `individuals N { ... }`".into(),
        );
    }
    if wanted.contains("`tier`") {
        return Some("an option holds `title`, `summary` and `tier` blocks".into());
    }
    if wanted.contains("`option`") {
        return Some("a competency holds `title`, `summary` and `option` blocks".into());
    }
    if wanted.contains("a slot group (`1 x one of [...]`)") {
        return Some("each line of an `individuals` block reads `COUNT x one of [EXAM, ...]`, optionally followed by `and one of [...]`".into());
    }
    if found == "end of file" {
        return Some("the file ends too early: is a closing `}` or `]` missing?".into());
    }
    if wanted.contains("a text in double quotes")
        || wanted.contains("a text (`\"...\"` or `{ en: \"...\" }`)")
    {
        return Some(
            "texts are written in double quotes, or per language as `{ en: \"...\", fr: \"...\" }`"
                .into(),
        );
    }
    None
}

/// A `"` with no closing quote on its line gets its own message.
fn unterminated_string(text: &str, pos: usize) -> Option<Expectation> {
    let rest = text.get(pos..)?;
    if !rest.starts_with('"') {
        return None;
    }
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let line = &rest[1..line_end];
    let mut escaped = false;
    for c in line.chars() {
        match (escaped, c) {
            (false, '\\') => escaped = true,
            (false, '"') => return None,
            _ => escaped = false,
        }
    }
    Some(Expectation {
        message: "unterminated text: the closing `\"` is missing".into(),
        label: "this text is never closed".into(),
        help: Some("close the text with `\"` on the same line; a text cannot span lines (write `\\n` for a line break)".into()),
        start: pos,
        end: pos + line_end,
    })
}

/// Describes the token at `pos`, returning it and where it ends.
fn found_at(text: &str, pos: usize) -> (String, usize) {
    let rest = text.get(pos..).unwrap_or("");
    let Some(first) = rest.chars().next() else {
        return ("end of file".into(), pos);
    };
    let len = if first.is_alphanumeric() || first == '_' {
        rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(rest.len())
    } else if first == '"' {
        rest[1..]
            .find(['"', '\n'])
            .map_or(rest.len(), |i| i + 2)
            .min(rest.len())
    } else {
        first.len_utf8()
    };
    let tok = &rest[..len];
    let shown: String = tok.chars().take(40).collect();
    let desc = if first.is_control() || first == '\u{FFFD}' {
        format!("character {:?}", first)
    } else {
        format!("`{shown}`")
    };
    (desc, pos + len)
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

/// The label under the span: short enough to sit beside the source.
fn short(items: &[String]) -> String {
    if items.len() <= 3 {
        join_or(items)
    } else {
        format!("{} or …", items[..2].join(", "))
    }
}
