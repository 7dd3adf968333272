//! The names test files give requirements (design §2.14), with the way to
//! their outcomes: `gold/revenue`, `gold/revenue[2]`, `gold/exams`, and in
//! an `either`, `gold/either/2/individuals` (branches numbered from 1).

use crate::eval::{RequirementOutcome, TierOutcome};
use crate::ir::{Requirement, Tier};

/// Where a requirement is in its tier: its index, and for a requirement of
/// a branch of an `either` at that index, `(branch, index in the branch)`.
pub(crate) type Path = (usize, Option<(usize, usize)>);

/// Every requirement of `tier`, branches included, named, in written order.
pub(crate) fn names(tier: &Tier) -> Vec<(String, Path)> {
    let mut out = Vec::new();
    for ri in 0..tier.requirements.len() {
        out.push((name_in(&tier.id, &tier.requirements, ri), (ri, None)));
        if let Requirement::Either(e) = &tier.requirements[ri] {
            for (bi, b) in e.branches.iter().enumerate() {
                let prefix = format!("{}/either/{}", tier.id, bi + 1);
                for bri in 0..b.requirements.len() {
                    let name = name_in(&prefix, &b.requirements, bri);
                    out.push((name, (ri, Some((bi, bri)))));
                }
            }
        }
    }
    out
}

/// The outcome at `path` in a tier's outcome.
pub(crate) fn outcome<'a, 'p>(
    t: &'a TierOutcome<'p>,
    (ri, inner): Path,
) -> Option<&'a RequirementOutcome<'p>> {
    let r = t.requirements.get(ri)?;
    match (r, inner) {
        (_, None) => Some(r),
        (RequirementOutcome::Either(e), Some((bi, bri))) => {
            e.branches.get(bi)?.requirements.get(bri)
        }
        _ => None,
    }
}

/// The name of `reqs[ri]` under `prefix`: `PREFIX/KIND`, `PREFIX/KIND[i]`
/// when there are several of that kind, `PREFIX/NAME` for a named people
/// requirement.
pub(crate) fn name_in(prefix: &str, reqs: &[Requirement], ri: usize) -> String {
    // A named people requirement is `PREFIX/NAME`.
    if let Requirement::Individuals(crate::ir::Individuals { name: Some(n), .. }) = &reqs[ri] {
        return format!("{prefix}/{n}");
    }
    let k = reqs[ri].kind();
    let same: Vec<usize> = (0..reqs.len()).filter(|i| reqs[*i].kind() == k).collect();
    if same.len() == 1 {
        format!("{prefix}/{k}")
    } else {
        let pos = same.iter().position(|i| *i == ri).unwrap_or(0) + 1;
        format!("{prefix}/{k}[{pos}]")
    }
}
