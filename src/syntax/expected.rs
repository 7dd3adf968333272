//! Turns what pest expected into the arguments of a message an author understands.

use std::collections::BTreeSet;

use pest::error::{Error, ErrorVariant, InputLocation};

use super::error::UNEXPECTED;
use super::Rule;
use crate::diag::Diagnostic;
use crate::i18n::{Arg, Conj, Lang, Phrase};
use crate::span::{FileId, Span};

/// What the parser wanted and what it found, as the arguments of a
/// `rubric::syntax::unexpected` diagnostic (worded in messages/*/syntax.ftl).
pub(crate) struct Expectation {
    pub diagnostic: Diagnostic,
    /// Where the error is, for resuming after it.
    pub start: usize,
}

/// What was found where something else was expected.
#[derive(PartialEq, Eq)]
enum Found {
    /// The end of the file.
    Eof,
    /// A control character (or the replacement of an invalid byte), as `'\u{1}'`.
    Char(String),
    /// A token, shown in backticks.
    Token(String),
}

/// Literal tokens worth naming; whitespace, comment openers and the quote that
/// starts a string are covered by the rule names or would only confuse.
const PUNCTUATION: [&str; 10] = ["{", "}", "[", "]", ",", ":", "x", "×", "(", ")"];

/// Describes a pest error at absolute offset `base` in `text` of file `file`.
pub(crate) fn describe(err: &Error<Rule>, file: FileId, text: &str, base: usize) -> Expectation {
    let pos = match err.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    } + base;
    let mut wanted: BTreeSet<Phrase> = BTreeSet::new();
    if let ErrorVariant::ParsingError { positives, .. } = &err.variant {
        for r in positives {
            if let Some(w) = rule_words(*r) {
                wanted.insert(w);
            }
        }
    }
    let mut literals: BTreeSet<Phrase> = BTreeSet::new();
    if let Some(attempts) = err.parse_attempts() {
        for t in attempts.expected_tokens() {
            // Ranges print as `0..9` and built-ins as a word: both are skipped below.
            let s = t.to_string();
            if PUNCTUATION.contains(&s.as_str()) {
                literals.insert(Phrase::Code(s));
            }
        }
    }
    if let Some(unterminated) = unterminated_string(file, text, pos) {
        return unterminated;
    }
    let (found, end) = found_at(text, pos);
    // Keywords, then phrases (in English alphabetical order, so that the
    // order does not depend on the language), then punctuation, each once;
    // a `{` that only opens a localized text is already said by "a text".
    let mut ordered: Vec<&Phrase> = wanted.iter().collect();
    // `allow` comes after the other keywords: it is rarely what was meant,
    // and the short label keeps room for the block's main keywords.
    // So do focus areas (`area`), declared once per option at most.
    let rare = |p: &Phrase| *p == Phrase::Code("allow".into()) || *p == Phrase::Code("area".into());
    ordered.sort_by_key(|p| (matches!(p, Phrase::Text(_)), rare(p), p.words(Lang::En)));
    let mut items: Vec<Phrase> = ordered
        .into_iter()
        .filter(|w| !is_punct(w))
        .cloned()
        .collect();
    let says_text = wanted.contains(&Phrase::Text(TEXT)) || wanted.contains(&Phrase::Text(STRING));
    for p in wanted.iter().chain(&literals) {
        let opens_text = says_text && *p == Phrase::Code("{".into());
        if is_punct(p) && !items.contains(p) && !opens_text {
            items.push(p.clone());
        }
    }
    // Keywords only, and never `dpor`: it names an association type, and
    // `tpor` → `dpor` would silently change what the rule asks for.
    let keywords: Vec<&str> = wanted
        .iter()
        .filter_map(|w| match w {
            Phrase::Code(c) if c.chars().all(|c| c.is_ascii_lowercase()) && c != "dpor" => {
                Some(c.as_str())
            }
            _ => None,
        })
        .collect();
    let mut d = Diagnostic::error(UNEXPECTED, Span::new(file, pos, end.max(pos)));
    let suggestion = match &found {
        Found::Token(t)
            if t.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_') =>
        {
            crate::suggest::did_you_mean(t, keywords.iter().copied())
        }
        _ => None,
    };
    d = match suggestion {
        Some(k) => d.arg("hint", "suggest").arg("suggestion", k),
        None => d.arg("hint", help_for(&wanted, &found)),
    };
    d = match found {
        Found::Eof => d.arg("kind", "eof"),
        Found::Char(c) => d.arg("kind", "char").arg("found", c),
        Found::Token(t) => d.arg("kind", "token").arg("found", t),
    };
    d = if items.is_empty() {
        d.arg("case", "unexpected")
    } else {
        d.arg("case", "expected")
            .arg("short", Arg::phrases(short(&items), Conj::Or))
            .arg("expected", Arg::phrases(items, Conj::Or))
    };
    Expectation {
        diagnostic: d,
        start: pos,
    }
}

/// Punctuation: code without a letter or digit (`}`, `,`).
fn is_punct(p: &Phrase) -> bool {
    matches!(p, Phrase::Code(c) if !c.chars().any(char::is_alphanumeric))
}

/// Catalog ids of the phrases that help hints are keyed on.
const TEXT: &str = "syntax-word-text";
const STRING: &str = "syntax-word-string";
const SLOT_GROUP: &str = "syntax-word-slot-group";
const CLAUSE: &str = "syntax-word-clause";
const CRED_ID: &str = "syntax-word-cred-id";

/// The phrase for a rule, or `None` for rules an author never sees.
fn rule_words(rule: Rule) -> Option<Phrase> {
    use Rule::*;
    let lit = |c: &str| Some(Phrase::Code(c.to_string()));
    let phrase = |id: &'static str| Some(Phrase::Text(id));
    match rule {
        EOI => phrase("syntax-word-eof"),
        lbrace => lit("{"),
        rbrace => lit("}"),
        lbracket => lit("["),
        rbracket => lit("]"),
        lparen => lit("("),
        rparen => lit(")"),
        comma => lit(","),
        colon => lit(":"),
        exam_decl | kw_exam => lit("exam"),
        assessment_decl | kw_assessment => lit("assessment"),
        certification_decl | kw_certification => lit("certification"),
        course | kw_course => lit("course"),
        all | kw_all => lit("all"),
        product_decl | kw_product => lit("product"),
        kind_decl | kw_kind => lit("kind"),
        currency_decl | kw_currency => lit("currency"),
        market_decl | kw_market => lit("market"),
        competency_decl | kw_competency => lit("competency"),
        default_flag | kw_default => lit("default"),
        countries | kw_countries => lit("countries"),
        retired | kw_retired => lit("retired"),
        title | kw_title => lit("title"),
        summary | kw_summary => lit("summary"),
        allow | kw_allow => lit("allow"),
        option_decl | kw_option => lit("option"),
        tier_decl | kw_tier => lit("tier"),
        revenue_req | kw_revenue => lit("revenue"),
        kw_in => lit("in"),
        window | kw_over => lit("over"),
        ttm | kw_ttm => lit("ttm"),
        kw_months => lit("months"),
        months => phrase("syntax-word-months"),
        assoc | kw_with => lit("with"),
        one_of_assoc => lit("one of"),
        association_decl | kw_association => lit("association"),
        status_decl | status_req | kw_status => lit("status"),
        metric_decl | kw_metric => lit("metric"),
        latest | kw_latest => lit("latest"),
        summed | kw_summed => lit("summed"),
        consumption_req | kw_consumption => lit("consumption"),
        count_req | kw_count => lit("count"),
        customers_req | kw_new => lit("new customers"),
        kw_customers => lit("customers"),
        score_req | kw_score => lit("score"),
        qualified | kw_qualified => lit("qualified"),
        net_adds_req | kw_net => lit("net customer adds"),
        growth_req | kw_usage => lit("usage growth"),
        holders_req => lit("people holding"),
        above_zero => lit("with every metric above zero"),
        minimum | kw_minimum => lit("minimum"),
        kw_points => lit("points"),
        any_kind => lit("of any kind"),
        kw_any => lit("any"),
        kinds => phrase("syntax-word-kinds"),
        at_least | kw_at => lit("at least"),
        kw_least => lit("least"),
        individuals_req | kw_individuals => lit("individuals"),
        kw_and => lit("and"),
        kw_or => lit("or"),
        either | kw_either => lit("either"),
        branch => lit("{"),
        area_decl | kw_area | area_ref => lit("area"),
        any_area => lit("any area"),
        each_line | kw_each => lit("each:"),
        of_them_line | kw_them => lit("of them:"),
        shares | kw_shares => lit("shares people with"),
        kw_people => lit("people"),
        kw_of => lit("of"),
        one | kw_one => lit("one"),
        times => lit("x"),
        slot_group => phrase(SLOT_GROUP),
        clause | condition => phrase(CLAUSE),
        id_list => phrase("syntax-word-id-list"),
        cred_list => phrase("syntax-word-cred-list"),
        cred_id | bare_credentials | bare_cred_id => phrase(CRED_ID),
        market_amounts => phrase("syntax-word-market-amounts"),
        market_amount => phrase("syntax-word-market-amount"),
        money => phrase("syntax-word-money"),
        text => phrase(TEXT),
        localized => phrase("syntax-word-localized"),
        lang_text => phrase("syntax-word-lang-text"),
        string => phrase(STRING),
        ident => phrase("syntax-word-ident"),
        count => phrase("syntax-word-count"),
        amount => phrase("syntax-word-amount"),
        date => phrase("syntax-word-date"),
        _ => None,
    }
}

/// The help for the common mistakes, keyed on what was expected and found:
/// the `$hint` of the message.
fn help_for(wanted: &BTreeSet<Phrase>, found: &Found) -> &'static str {
    let has = |c: &str| wanted.contains(&Phrase::Code(c.to_string()));
    let digits = matches!(found, Found::Token(t) if t.chars().all(|c| c.is_ascii_digit()));
    if digits && wanted.contains(&Phrase::Text(CRED_ID)) {
        "cred-digits"
    } else if has("competency") && has("exam") {
        "item"
    } else if has("revenue") && has("individuals") {
        "tier"
    } else if has("tier") {
        "option"
    } else if has("option") {
        "competency"
    } else if wanted.contains(&Phrase::Text(SLOT_GROUP)) || wanted.contains(&Phrase::Text(CLAUSE)) {
        "slots"
    } else if *found == Found::Eof {
        "eof"
    } else if wanted.contains(&Phrase::Text(STRING)) || wanted.contains(&Phrase::Text(TEXT)) {
        "text"
    } else {
        "none"
    }
}

/// A `"` with no closing quote on its line gets its own message.
fn unterminated_string(file: FileId, text: &str, pos: usize) -> Option<Expectation> {
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
        diagnostic: Diagnostic::error(UNEXPECTED, Span::new(file, pos, pos + line_end))
            .arg("case", "unterminated")
            .arg("hint", "unterminated"),
        start: pos,
    })
}

/// Describes the token at `pos`, returning it and where it ends.
fn found_at(text: &str, pos: usize) -> (Found, usize) {
    let rest = text.get(pos..).unwrap_or("");
    let Some(first) = rest.chars().next() else {
        return (Found::Eof, pos);
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
    let found = if first.is_control() || first == '\u{FFFD}' {
        Found::Char(format!("{first:?}"))
    } else {
        Found::Token(tok.chars().take(40).collect())
    };
    (found, pos + len)
}

/// The label under the span: short enough to sit beside the source.
fn short(items: &[Phrase]) -> Vec<Phrase> {
    if items.len() <= 3 {
        items.to_vec()
    } else {
        let mut s = items[..2].to_vec();
        s.push(Phrase::Text("syntax-word-more"));
        s
    }
}
