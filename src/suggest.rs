//! "Did you mean" suggestions for misspelt names.

/// The candidate closest to `name`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let limit = (name.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| *c != name)
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn finds_close_names_only() {
        let c = ["MB2-714", "MB2-713", "crm-online"];
        assert_eq!(did_you_mean("MB2-741", c), Some("MB2-714"));
        assert_eq!(did_you_mean("mb2-713", c), Some("MB2-713"));
        assert_eq!(did_you_mean("crm-onlin", c), Some("crm-online"));
        assert_eq!(did_you_mean("dynamics", c), None);
    }
}
