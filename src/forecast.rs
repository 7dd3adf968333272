//! Foresight: when a partner would lose (or reach) a tier if nothing new
//! happens, and which people are single points of failure.
//!
//! **Forecast.** An outcome depends on the evaluation date only through the
//! windows (a line counts while `as_of - window < date ≤ as_of`) and the
//! dates of passes and lines still in the future. So it can change only on
//! a few dates: the day a line or a pass is dated, the first and the day
//! after the last day of a status, and the first day a line leaves a window (`date + N months`, or up to three days later when the
//! month is shorter); with a tier `qualified on any day of the current
//! month and the N before`, also the first of every month, when its window
//! moves on (a tier lost on day D is still attained until its window no
//! longer holds a day on which it held). The forecast evaluates the partner on each such date
//! of the horizon, in order, and reports every change of a tier attained —
//! the same changes a day-by-day evaluation finds (a test checks it against
//! exactly that), at a few evaluations per data line.
//!
//! **At risk.** A person is a single point of failure when evaluating the
//! partner without them lowers a tier attained. For each, the plan that
//! would remove the risk is the cheapest plan to reach the tier again
//! without them ([`crate::eval::plan_for`]): the fewest new passes.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::data::Partner;
use crate::diag::Diagnostic;
use crate::eval::{self, Gap, Options, Outcome};
use crate::ir::{Program, Requirement};

/// A change of the tier attained by one option, on `date`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Change<'p> {
    /// The first day of the new tier.
    pub date: NaiveDate,
    pub competency: &'p str,
    pub option: &'p str,
    /// The tier attained the day before (`None`: none).
    pub from: Option<&'p str>,
    /// The tier attained from `date`.
    pub to: Option<&'p str>,
    /// For a loss: the requirements of `from` that stop holding on `date`.
    pub failing: Vec<&'p str>,
    /// For a loss: the cheapest plan to keep `from` on `date`.
    pub keep: Option<Gap<'p>>,
}

/// Every change of a tier attained between `as_of` (excluded) and `until`
/// (included), in date order, if the partner's data stays as it is.
pub fn forecast<'p>(
    program: &'p Program,
    partner: &Partner,
    as_of: NaiveDate,
    until: NaiveDate,
    competency: Option<&str>,
) -> Result<Vec<Change<'p>>, Vec<Diagnostic>> {
    let opts = |day| Options::new(day).only(competency);
    let evaluate = |day| eval::evaluate(program, partner, opts(day)).and_then(Outcome::decided);
    let mut before = evaluate(as_of)?;
    let mut changes = Vec::new();
    let mut days = change_dates(program, partner, as_of, until);
    days.extend(qualification_dates(program, as_of, until));
    days.sort_unstable();
    days.dedup();
    for day in days {
        let now = evaluate(day)?;
        for (old, new) in before.options.iter().zip(&now.options) {
            if old.attained == new.attained {
                continue;
            }
            let lost = rank(new, new.attained) < rank(old, old.attained);
            let (failing, keep) = match (lost, old.attained) {
                (true, Some(tier)) => {
                    let failing = new
                        .tier(tier)
                        .map(|t| {
                            t.requirements
                                .iter()
                                .filter(|r| !r.met())
                                .map(|r| r.id())
                                .collect()
                        })
                        .unwrap_or_default();
                    (failing, eval::plan_for(program, partner, day, new, tier))
                }
                _ => (Vec::new(), None),
            };
            changes.push(Change {
                date: day,
                competency: new.competency,
                option: new.option,
                from: old.attained,
                to: new.attained,
                failing,
                keep,
            });
        }
        before = now;
    }
    Ok(changes)
}

/// Position of `tier` in the option's ladder, 0 for none.
fn rank(option: &eval::OptionOutcome, tier: Option<&str>) -> usize {
    tier.and_then(|t| option.tiers.iter().position(|x| x.tier == t))
        .map_or(0, |i| i + 1)
}

/// The dates in `(as_of, until]` on which an outcome can change, windows
/// of `qualified on any day of …` aside (see [`qualification_dates`]).
pub(crate) fn change_dates(
    program: &Program,
    partner: &Partner,
    as_of: NaiveDate,
    until: NaiveDate,
) -> Vec<NaiveDate> {
    let windows: BTreeSet<u32> = (program.requirements())
        .flat_map(|r| match r {
            Requirement::Revenue(t) | Requirement::Consumption(t) => vec![t.window.months()],
            Requirement::Count(q) | Requirement::NewCustomers(q) => vec![q.window.months()],
            Requirement::Individuals(_) | Requirement::Status(_) | Requirement::Either(_) => vec![],
            // Records enter and leave the windows of every metric, now and
            // (growth, net adds) the same window a year earlier.
            Requirement::Score(s) => (s.metrics.iter())
                .flat_map(|m| match &m.measure {
                    crate::ir::ScoreMeasure::People(_) => vec![],
                    // A record enters the year-earlier window 12 months
                    // after its date, and leaves it W months later.
                    crate::ir::ScoreMeasure::UsageGrowth(q)
                    | crate::ir::ScoreMeasure::NetCustomerAdds(q) => {
                        vec![q.window.months(), 12, q.window.months() + 12]
                    }
                    crate::ir::ScoreMeasure::Count(q)
                    | crate::ir::ScoreMeasure::NewCustomers(q) => vec![q.window.months()],
                    crate::ir::ScoreMeasure::Revenue(t)
                    | crate::ir::ScoreMeasure::Consumption(t) => vec![t.window.months()],
                })
                .collect(),
        })
        .collect();
    let mut dates = BTreeSet::new();
    // Every dated line or record enters its windows on its date and leaves
    // them N months later.
    let lines = partner
        .revenue
        .iter()
        .chain(&partner.consumption)
        .map(|l| l.date);
    for date in lines.chain(partner.usage.iter().map(|r| r.line.date)) {
        dates.insert(date);
        for &m in &windows {
            if let Some(out) = date.checked_add_months(Months::new(m)) {
                // A shorter month clamps `date + N months` back by up to
                // three days: the line leaves on one of the days after.
                let clamped = out.day() != date.day();
                for extra in 0..if clamped { 4 } else { 1 } {
                    if let Some(d) = out.checked_add_days(Days::new(extra)) {
                        dates.insert(d);
                    }
                }
            }
        }
    }
    for pass in &partner.credentials {
        dates.insert(pass.passed);
        // A certification counts through `expires`, and stops the day after.
        dates.extend(pass.expires.and_then(|x| x.succ_opt()));
    }
    // A status holds from `from` through `until`: it starts and stops counting then.
    for s in &partner.statuses {
        dates.extend(s.from);
        dates.extend(s.until.and_then(|u| u.succ_opt()));
    }
    dates
        .into_iter()
        .filter(|d| *d > as_of && *d <= until)
        .collect()
}

/// With a tier `qualified on any day of the current month and the N
/// before`: the first day of every month in `(as_of, until]`. A tier whose
/// requirements stop holding on day D stays attained while its window
/// still holds a day on which they held; the window's first day moves only
/// on the first of a month, so that is when it is lost. (It is gained again
/// on a day its requirements hold, which [`change_dates`] lists.)
fn qualification_dates(program: &Program, as_of: NaiveDate, until: NaiveDate) -> Vec<NaiveDate> {
    let windowed = (program.competencies.iter())
        .flat_map(|c| &c.options)
        .flat_map(|o| &o.tiers)
        .any(|t| t.qualified.is_some());
    let mut out = Vec::new();
    let Some(mut day) = as_of.with_day(1) else {
        return out;
    };
    while windowed && day <= until {
        if day > as_of {
            out.push(day);
        }
        match day.checked_add_months(Months::new(1)) {
            Some(next) => day = next,
            None => break,
        }
    }
    out
}

/// A person whose departure alone would lower a tier attained.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Risk<'p> {
    /// Index into the partner's individuals.
    pub person: u32,
    pub competency: &'p str,
    pub option: &'p str,
    /// The tier attained with them.
    pub tier: &'p str,
    /// The tier attained without them (`None`: none).
    pub without: Option<&'p str>,
    /// The cheapest plan to keep `tier` without them.
    pub plan: Option<Gap<'p>>,
}

/// The single points of failure of `partner` on `as_of`, by person then option.
pub fn at_risk<'p>(
    program: &'p Program,
    partner: &Partner,
    as_of: NaiveDate,
    competency: Option<&str>,
) -> Result<Vec<Risk<'p>>, Vec<Diagnostic>> {
    let opts = Options::new(as_of).only(competency);
    let now: Outcome = eval::evaluate(program, partner, opts).and_then(Outcome::decided)?;
    let mut risks = Vec::new();
    for person in 0..partner.individuals.len() {
        let mut without = partner.clone();
        without.individuals.remove(person);
        let then = eval::evaluate(program, &without, opts).and_then(Outcome::decided)?;
        for (old, new) in now.options.iter().zip(&then.options) {
            let Some(tier) = old.attained else {
                continue;
            };
            if rank(new, new.attained) >= rank(old, old.attained) {
                continue;
            }
            let mut plan = eval::plan_for(program, &without, as_of, new, tier);
            // The plan names people of the partner without `person`: name
            // them as in the partner itself.
            for p in plan
                .iter_mut()
                .flat_map(|g| &mut g.individuals)
                .flat_map(|i| &mut i.plan)
            {
                if p.person >= person as u32 {
                    p.person += 1;
                }
            }
            risks.push(Risk {
                person: person as u32,
                competency: old.competency,
                option: old.option,
                tier,
                without: new.attained,
                plan,
            });
        }
    }
    Ok(risks)
}
