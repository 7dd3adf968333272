//! `qualified on any day of the current month and the N before`: a tier
//! attained when it held on some day of that window.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{evaluate, Options};
use crate::data::Partner;
use crate::forecast::change_dates;
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
/// `[competency, option, tier]` held (no window applies on those days: a
/// tier held in the window is held on one of its days).
///
/// Only the days the data can change on are evaluated: an outcome is
/// constant between two consecutive [`change_dates`] (a line or pass
/// dated, a line entering or leaving a window, a status or certification
/// starting or ending), so the latest day of each such stretch — the day
/// before each change date, and the day before `as_of` — stands for all
/// its days. `tests/forecast.rs` checks this against the day-by-day walk.
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
    let last = opts.as_of.checked_sub_days(Days::new(1))?;
    if last < first {
        return None;
    }
    let mut days: Vec<NaiveDate> = change_dates(program, partner, first, last)
        .into_iter()
        .filter_map(|d| d.pred_opt())
        .collect();
    days.push(last);
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    days.into_iter().find(|&day| {
        let on = Options {
            as_of: day,
            competency: Some(competency),
            windows: false,
        };
        let held = evaluate(program, partner, on).ok().and_then(|o| {
            let option = o.options.get(oi)?;
            Some(option.tiers.get(ti)?.met)
        });
        held == Some(true)
    })
}
