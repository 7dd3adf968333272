//! `qualified on any day of the current month and the N before`: a tier
//! attained when it held on some day of that window.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{evaluate, Options};
use crate::data::Partner;
use crate::ir::Program;

/// The first day of the window ending on `as_of`: the first of the month
/// `months` months before `as_of`'s.
pub fn window_first_day(as_of: NaiveDate, months: u32) -> NaiveDate {
    let first = as_of.with_day(1).unwrap_or(as_of);
    first
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

/// The latest day before `opts.as_of` in the window on which the tier at
/// `[competency, option, tier]` held, checking each day (no window applies
/// on those days: a tier held in the window is held on one of its days).
pub(super) fn qualified_on(
    program: &Program,
    partner: &Partner,
    opts: Options,
    months: u32,
    [ci, oi, ti]: [usize; 3],
) -> Option<NaiveDate> {
    let first = window_first_day(opts.as_of, months);
    let c = program.competencies.get(ci)?;
    let tier = c.options.get(oi)?.tiers.get(ti)?;
    if super::score::never_met(tier, partner) {
        return None;
    }
    let competency = &c.id;
    let mut day = opts.as_of.checked_sub_days(Days::new(1))?;
    while day >= first {
        let on = Options {
            as_of: day,
            competency: Some(competency),
            windows: false,
        };
        let held = evaluate(program, partner, on).ok().and_then(|o| {
            let option = o.options.get(oi)?;
            Some(option.tiers.get(ti)?.met)
        });
        if held == Some(true) {
            return Some(day);
        }
        day = day.checked_sub_days(Days::new(1))?;
    }
    None
}
