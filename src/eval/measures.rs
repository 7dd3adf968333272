//! Requirements on what the partner did as a company, besides revenue:
//! statuses held on the as-of date.

use chrono::NaiveDate;

use super::StatusOutcome;
use crate::data::Partner;
use crate::ir::StatusRequirement;

/// `status ID`: held when an entry for it has `from ≤ as_of ≤ until` (an
/// absent bound is open). The entry shown is the first that holds, in file
/// order; the verdict does not depend on the order.
pub(super) fn status<'p>(
    r: &'p StatusRequirement,
    partner: &Partner,
    as_of: NaiveDate,
) -> StatusOutcome<'p> {
    let held = partner.statuses.iter().position(|s| {
        s.status == Some(r.status)
            && s.from.is_none_or(|f| f <= as_of)
            && s.until.is_none_or(|u| as_of <= u)
    });
    StatusOutcome {
        requirement: &r.id,
        rule: r,
        met: held.is_some(),
        held: held.map(|i| i as u32),
    }
}
