//! The plan to reach any tier of an option, not only the one above the tier
//! attained: what `forecast` needs to say how to keep a tier that will be
//! lost, or what a person's departure would cost.

use chrono::NaiveDate;

use super::people::People;
use super::{gap, Gap, OptionOutcome};
use crate::data::Partner;
use crate::ir::Program;

/// The cheapest plan for `partner` to reach `tier` of the option evaluated as
/// `option` on `as_of` (the outcome [`super::evaluate`] gave for that date).
/// `None` when the option or the tier is not in `program`.
pub fn plan_for<'p>(
    program: &'p Program,
    partner: &Partner,
    as_of: NaiveDate,
    option: &OptionOutcome<'p>,
    tier: &str,
) -> Option<Gap<'p>> {
    let rules = program
        .competencies
        .iter()
        .find(|c| c.id == option.competency)?
        .options
        .iter()
        .find(|o| o.id == option.option)?;
    let index = rules.tiers.iter().position(|t| t.id == tier)?;
    let found = option.tiers.get(index)?;
    let people = People::new(program, partner, as_of);
    Some(gap::plan(&people, &rules.tiers[index], found))
}
