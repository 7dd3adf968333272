//! "Did you mean" suggestions for misspelt names.
//!
//! The rules use [`suggest`]: a suggestion only among names of one kind, and
//! only one that cannot silently change what a rule asks for. [`did_you_mean`]
//! is the looser rule that data, test files and command-line ids still use.

/// The candidate closest to `name`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let len = lower.chars().count();
    let limit = (name.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| *c != name)
        .filter_map(|c| {
            // The distance is at least the difference in length, and at
            // least the characters left over on either side: skip the
            // quadratic computation (seconds for a megabyte-long id), and
            // lowering the candidate, when either alone is over the limit.
            if c.is_ascii() && (c.len().abs_diff(len) > limit || leftover(&lower, c) > limit) {
                return None;
            }
            let c_lower = c.to_lowercase();
            (c_lower.chars().count().abs_diff(len) <= limit)
                .then(|| (strsim::damerau_levenshtein(&lower, &c_lower), c))
        })
        .filter(|(d, _)| *d <= limit)
        .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
        .map(|(_, c)| c)
}

/// How far from what was written a suggestion may be: the did-you-mean
/// policy of the rules (docs/language.md), one per kind of name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// The same name up to case and punctuation, or, for names of 5 or more
    /// characters, one letter away with the same digits: credentials,
    /// products, kinds, warning codes.
    OneLetter,
    /// The same name up to case and punctuation only: short codes where one
    /// letter is another meaning (markets, currencies).
    SameName,
}

/// The declared name (of one kind) that `name` most likely misspells,
/// offered only when following it cannot silently change what a rule asks
/// for: the same name up to case and punctuation (`mb2-714`, `70_480`), or,
/// within `reach`, one letter away with the same digits. A digit is never
/// changed: `70-486` is another exam than `70-480`. Two names one letter
/// away: either could be meant, so neither is offered.
pub fn suggest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str> + Clone,
    reach: Reach,
) -> Option<&'a str> {
    let norm = normalize(name);
    let same = candidates
        .clone()
        .into_iter()
        .filter(|c| *c != name && normalize(c) == norm)
        .min();
    if same.is_some() || reach == Reach::SameName || name.chars().count() < 5 {
        return same;
    }
    let lower = name.to_lowercase();
    let digits = digits_of(name);
    let mut close = candidates.into_iter().filter(|c| {
        digits_of(c) == digits
            && leftover(&lower, c) <= 1
            && strsim::damerau_levenshtein(&lower, &c.to_lowercase()) == 1
    });
    let first = close.next()?;
    close.next().is_none().then_some(first)
}

/// Up to `n` of `candidates`, closest to `name` first (ties by id).
pub fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let lower = name.to_lowercase();
    let mut all: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .collect();
    all.sort();
    all.into_iter().take(n).map(|(_, c)| c).collect()
}

/// A lower bound of the Damerau–Levenshtein distance of `lower` and `b` in
/// lower case: the most characters one has that the other lacks, counted
/// with repeats (an insertion, deletion or substitution changes that count
/// by at most one on each side, a transposition not at all). 0, no bound,
/// unless both are ASCII. Far cheaper than the distance (and than lowering
/// `b`): most candidates fail on it.
fn leftover(lower: &str, b: &str) -> usize {
    if !lower.is_ascii() || !b.is_ascii() {
        return 0;
    }
    let mut count = [0u32; 128];
    lower.bytes().for_each(|x| count[usize::from(x)] += 1);
    // The characters of `b` matched in `lower`; the others are left over.
    let mut matched = 0;
    for x in b.bytes().map(|x| usize::from(x.to_ascii_lowercase())) {
        let hit = count[x] > 0;
        count[x] -= u32::from(hit);
        matched += usize::from(hit);
    }
    (lower.len() - matched).max(b.len() - matched)
}

/// Lower case, without `-`, `_`, `.` and spaces.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '-' | '_' | '.' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

fn digits_of(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::{closest, did_you_mean, leftover, suggest, Reach};
    use proptest::prelude::*;

    fn credential<'a>(
        name: &str,
        ids: impl IntoIterator<Item = &'a str> + Clone,
    ) -> Option<&'a str> {
        suggest(name, ids, Reach::OneLetter)
    }

    #[test]
    fn credentials_are_suggested_only_when_no_digit_changes() {
        let c = [
            "70-480",
            "70-486",
            "MB2-714",
            "MB2-713",
            "MCSA-Office-365",
            "PMI-ACP",
        ];
        assert_eq!(credential("70-486", ["70-480"]), None, "another exam");
        assert_eq!(credential("70-481", c), None);
        assert_eq!(credential("MB2-741", c), None, "digits swapped");
        assert_eq!(credential("70_480", c), Some("70-480"));
        assert_eq!(credential("mb2-714", c), Some("MB2-714"));
        assert_eq!(credential("MCSA-Ofice-365", c), Some("MCSA-Office-365"));
        assert_eq!(credential("MCSA-Office-366", c), None);
        assert_eq!(credential("PMI-ACB", c), Some("PMI-ACP"));
        assert_eq!(credential("PMI", c), None, "too short to guess");
        assert_eq!(credential("AB-12", ["AC-12", "AD-12"]), None, "ambiguous");
    }

    #[test]
    fn short_codes_are_suggested_only_up_to_case_and_punctuation() {
        let markets = ["developed", "developing"];
        assert_eq!(
            suggest("Developed", markets, Reach::SameName),
            Some("developed")
        );
        assert_eq!(suggest("develope", markets, Reach::SameName), None);
        assert_eq!(suggest("usd", ["USD", "EUR"], Reach::SameName), Some("USD"));
        assert_eq!(suggest("UDS", ["USD"], Reach::SameName), None);
        assert_eq!(
            suggest("net-news", ["net-new"], Reach::OneLetter),
            Some("net-new")
        );
        assert_eq!(
            suggest(
                "tier-ask-less",
                ["tier-asks-less", "empty-tier"],
                Reach::OneLetter
            ),
            Some("tier-asks-less")
        );
        assert_eq!(
            suggest("tpor", ["dpor"], Reach::OneLetter),
            None,
            "too short to guess"
        );
    }

    #[test]
    fn closest_lists_the_nearest_first() {
        let c = ["MB2-714", "MB2-713", "crm-online"];
        assert_eq!(closest("MB2-731", c, 2), ["MB2-713", "MB2-714"]);
    }

    #[test]
    fn finds_close_names_only() {
        let c = ["MB2-714", "MB2-713", "crm-online"];
        assert_eq!(did_you_mean("MB2-741", c), Some("MB2-714"));
        assert_eq!(did_you_mean("mb2-713", c), Some("MB2-713"));
        assert_eq!(did_you_mean("crm-onlin", c), Some("crm-online"));
        assert_eq!(did_you_mean("dynamics", c), None);
    }

    proptest! {
        /// The bound that skips most candidates never exceeds the distance,
        /// so it never skips one the distance would keep.
        #[test]
        fn leftover_is_a_lower_bound(a in "[a-d0-2-]{0,9}", b in "[a-dA-D0-2-]{0,9}") {
            let lower = b.to_lowercase();
            prop_assert!(leftover(&a, &b) <= strsim::damerau_levenshtein(&a, &lower));
        }

        /// The bounds change no suggestion: the same as computing every distance.
        #[test]
        fn did_you_mean_is_the_closest_within_reach(
            name in "[a-cA-C1é-]{1,8}",
            names in proptest::collection::vec("[a-cA-C1é-]{1,8}", 0..12),
        ) {
            let lower = name.to_lowercase();
            let limit = (name.chars().count() / 3).max(1);
            let every = (names.iter().map(String::as_str))
                .filter(|c| *c != name)
                .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
                .filter(|(d, _)| *d <= limit)
                .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
                .map(|(_, c)| c);
            prop_assert_eq!(did_you_mean(&name, names.iter().map(String::as_str)), every);
        }
    }
}
