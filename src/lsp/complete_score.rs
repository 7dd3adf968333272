//! Completion of the score keywords where they are valid: the measures
//! after `points for`, what follows a metric's figure, a score's head and
//! the qualification window.

use lsp_types::*;

/// The measures a score weighs.
const MEASURES: [&str; 7] = [
    "consumption",
    "count",
    "net customer adds",
    "new customers",
    "people holding",
    "revenue",
    "usage growth",
];

/// The keywords that may follow the text `before` the cursor in a rules
/// file, when it is in a score or a tier; `None` elsewhere.
pub(super) fn keywords(before: &str) -> Option<&'static [&'static str]> {
    let line = before[before.rfind('\n').map_or(0, |i| i + 1)..].trim_start();
    let words: Vec<&str> = line.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '_');
    match words.as_slice() {
        // `15 points for |`
        [n, "points" | "point", "for"] if number(n) => Some(&MEASURES),
        // `15 |`: a metric's weight.
        [n] if number(n) && in_score(before) => Some(&["points for"]),
        // `… at least 20 |`: a metric's optional minimum.
        [n, "points" | "point", "for", .., "at", "least", figure]
            if number(n) && number(figure) =>
        {
            Some(&["minimum"])
        }
        // `score 70 of 100 |`
        ["score", t, "of", n] if number(t) && number(n) => Some(&["with every metric above zero"]),
        // An empty line of a tier: a score, the qualification window.
        [] if in_tier(before) && !in_score(before) => Some(&[
            "score",
            "qualified on any day of the current month and the 5 before",
        ]),
        _ => None,
    }
}

/// Whether the innermost block open at the end of `before` is a score's.
fn in_score(before: &str) -> bool {
    innermost(before).is_some_and(|head| head.starts_with("score "))
}

/// Whether the innermost block open at the end of `before` is a tier's.
fn in_tier(before: &str) -> bool {
    innermost(before).is_some_and(|head| head.starts_with("tier "))
}

/// The line that opens the innermost `{` still open at the end of `before`.
fn innermost(before: &str) -> Option<&str> {
    let mut depth = 0i32;
    for (i, c) in before.char_indices().rev() {
        match c {
            '}' => depth += 1,
            '{' if depth > 0 => depth -= 1,
            '{' => {
                let start = before[..i].rfind('\n').map_or(0, |j| j + 1);
                return Some(before[start..i].trim());
            }
            _ => {}
        }
    }
    None
}

/// The completion items for `words`, each replacing `range`.
pub(super) fn items(words: &[&str], range: Range) -> Vec<CompletionItem> {
    (words.iter())
        .map(|w| CompletionItem {
            label: w.to_string(),
            kind: Some(CompletionItemKind::KEYWORD),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                range,
                w.to_string(),
            ))),
            ..Default::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::keywords;

    #[test]
    fn score_keywords_where_they_are_valid() {
        let tier = "competency c {\n  option o {\n    tier t {\n      ";
        let score = format!("{tier}score 70 of 100 {{\n        ");
        assert_eq!(
            keywords(tier),
            Some(
                &[
                    "score",
                    "qualified on any day of the current month and the 5 before"
                ][..]
            )
        );
        assert_eq!(keywords(&format!("{score}15 ")), Some(&["points for"][..]));
        let measures = keywords(&format!("{score}15 points for ")).unwrap();
        assert!(measures.contains(&"revenue") && measures.contains(&"people holding"));
        let figure = format!("{score}15 points for new customers in [p] at least 20 ");
        assert_eq!(keywords(&figure), Some(&["minimum"][..]));
        let head = format!("{tier}score 70 of 100 ");
        assert_eq!(keywords(&head), Some(&["with every metric above zero"][..]));
        // Not in a competency's head, nor after a revenue requirement's figure.
        assert_eq!(keywords("competency c {\n  "), None);
        assert_eq!(
            keywords(&format!("{tier}revenue k in [p] at least USD 5 ")),
            None
        );
    }
}
