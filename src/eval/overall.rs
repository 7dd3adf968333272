//! The result of a competency as a whole: the highest tier attained by any of
//! its options (design §4.10).

use super::{OptionOutcome, OverallOutcome};
use crate::ir::Competency;

/// The highest tier attained by an option of `c`, among `options` (the
/// outcomes of its options, in written order), and the options that attain it.
///
/// Options agree on the order of the tiers they share (the compiler checks
/// it), so "higher" is: listed after, in an option that lists both. Two
/// attained tiers no option lists together are ranked by their position in
/// their own options, then by written order of the options.
pub(super) fn overall<'p>(c: &'p Competency, options: &[OptionOutcome<'p>]) -> OverallOutcome<'p> {
    let position = |tier: &str| -> Option<(usize, usize)> {
        c.options
            .iter()
            .enumerate()
            .find_map(|(oi, o)| o.tiers.iter().position(|t| t.id == tier).map(|p| (p, oi)))
    };
    let above = |a: &str, b: &str| {
        c.options.iter().any(|o| {
            let pa = o.tiers.iter().position(|t| t.id == a);
            let pb = o.tiers.iter().position(|t| t.id == b);
            matches!((pa, pb), (Some(pa), Some(pb)) if pa > pb)
        })
    };
    let mut best: Option<&'p str> = None;
    for tier in options.iter().filter_map(|o| o.attained) {
        best = match best {
            None => Some(tier),
            Some(b) if above(tier, b) => Some(tier),
            Some(b) if above(b, tier) || b == tier => Some(b),
            Some(b) => {
                let (pt, pb) = (position(tier), position(b));
                // Unordered by any option: the later position wins, then the
                // earlier option (the `min` on the option index).
                let key = |p: Option<(usize, usize)>| p.map(|(pos, oi)| (pos, usize::MAX - oi));
                Some(if key(pt) > key(pb) { tier } else { b })
            }
        };
    }
    OverallOutcome {
        competency: &c.id,
        attained: best,
        options: options
            .iter()
            .filter(|o| best.is_some() && o.attained == best)
            .map(|o| o.option)
            .collect(),
    }
}
