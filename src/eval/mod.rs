//! Evaluation of partners against a compiled program.
//!
//! Tiers are evaluated independently; the attained tier of an option is the
//! highest whose requirements all hold. Revenue sums are exact decimals; exam
//! slots are filled by a maximum bipartite matching, and the plan to reach the
//! next tier by a minimum-cost assignment, so no result depends on the order of
//! people, exams or lines.

#[cfg(test)]
mod algorithm_tests;
mod assign;
mod condition;
mod either;
mod error;
mod gap;
mod matching;
mod measures;
mod outcome;
mod overall;
mod people;
mod plan_for;
mod revenue;
pub(crate) mod score;
mod score_money;
mod score_plan;
mod scratch;
mod sharing;
mod window;

use chrono::NaiveDate;

pub use either::{BranchOutcome, EitherOutcome};
pub use error::{CURRENCY_MISMATCH, INEXACT_SUM};
pub use outcome::*;
pub(crate) use people::ExamBits;
pub use plan_for::plan_for;
pub use score::{points, MetricOutcome, ScoreOutcome};
pub use score_money::MoneyFigures;
pub use score_plan::{cheapest, Metric as PlanMetric, ScorePlan, ScoreStep};

use crate::data::Partner;
use crate::diag::Diagnostic;
use crate::ir::{Program, Requirement, Threshold};

/// What to evaluate.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Options<'a> {
    /// The date windows end on and exams count up to.
    pub as_of: NaiveDate,
    /// Only this competency, when given.
    pub competency: Option<&'a str>,
    /// Apply `qualified on any day of …` windows (off while checking one
    /// of their days).
    pub(crate) windows: bool,
}

impl<'a> Options<'a> {
    /// Every competency, as of `as_of`.
    pub fn new(as_of: NaiveDate) -> Options<'a> {
        Options {
            as_of,
            competency: None,
            windows: true,
        }
    }

    /// Without `qualified on any day of …` windows: each tier judged on
    /// the day alone (what the window search evaluates on each day).
    pub fn on_the_day(self) -> Options<'a> {
        Options {
            windows: false,
            ..self
        }
    }

    /// Only the competency `id`.
    pub fn only(self, id: Option<&'a str>) -> Options<'a> {
        Options {
            competency: id,
            ..self
        }
    }
}

/// Evaluates one partner. A partner that reaches no tier is an ordinary
/// outcome; data the rules cannot be applied to (a revenue line in another
/// currency than its threshold's) leaves the requirements it affects
/// undecided and gives diagnostics in [`Outcome::errors`]
/// (`rubric::eval::currency-mismatch`); the rest is evaluated. (The `Err`
/// case is kept for callers; it is not produced.)
///
/// The outcome borrows its ids from `program`.
pub fn evaluate<'p>(
    program: &'p Program,
    partner: &Partner,
    opts: Options,
) -> Result<Outcome<'p>, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let people = people::People::new(program, partner, opts.as_of);
    let mut options = Vec::new();
    let mut overall = Vec::new();
    for (ci, competency) in program.competencies.iter().enumerate() {
        if opts.competency.is_some_and(|id| id != competency.id) {
            continue;
        }
        let first = options.len();
        for (oi, option) in competency.options.iter().enumerate() {
            let mut tiers: Vec<TierOutcome> = Vec::with_capacity(option.tiers.len());
            // The last threshold evaluated in this option, where its outcome
            // is (tier, requirement), if it raised no error: tiers usually
            // count the same lines against different amounts.
            let mut last: Option<(&Threshold, usize, usize)> = None;
            for (ti, tier) in option.tiers.iter().enumerate() {
                let mut requirements: Vec<RequirementOutcome> =
                    Vec::with_capacity(tier.requirements.len());
                // Requirements in a group of several are decided together.
                let mut shared = match tier.people_groups.is_empty() {
                    true => Vec::new(),
                    false => sharing::evaluate(&people, tier),
                };
                for (ri, req) in tier.requirements.iter().enumerate() {
                    requirements.push(match req {
                        Requirement::Revenue(t) | Requirement::Consumption(t) => {
                            let consumption = matches!(req, Requirement::Consumption(_));
                            let market = partner.market;
                            let prev = last
                                .filter(|(p, ..)| revenue::same_lines(p, t, market))
                                .and_then(|(_, pt, pr)| {
                                    let found = if pt == ti {
                                        &requirements[pr]
                                    } else {
                                        &tiers[pt].requirements[pr]
                                    };
                                    match found {
                                        RequirementOutcome::Revenue(r)
                                        | RequirementOutcome::Consumption(r) => Some(r),
                                        _ => None,
                                    }
                                });
                            let outcome = match prev {
                                Some(prev) => revenue::rejudge(prev, program, t, market),
                                None => {
                                    let before = errors.len();
                                    let r = revenue::evaluate(
                                        program,
                                        (t, consumption),
                                        partner,
                                        opts.as_of,
                                        &mut errors,
                                    );
                                    last = (errors.len() == before).then_some((t, ti, ri));
                                    for e in &mut errors[before..] {
                                        e.at = [ci, oi, ti];
                                    }
                                    r
                                }
                            };
                            match consumption {
                                true => RequirementOutcome::Consumption(outcome),
                                false => RequirementOutcome::Revenue(outcome),
                            }
                        }
                        Requirement::Count(q) => RequirementOutcome::Count(measures::count(
                            program, q, partner, opts.as_of,
                        )),
                        Requirement::NewCustomers(q) => RequirementOutcome::NewCustomers(
                            measures::new_customers(q, partner, opts.as_of),
                        ),
                        Requirement::Status(s) => {
                            RequirementOutcome::Status(measures::status(s, partner, opts.as_of))
                        }
                        Requirement::Individuals(i) => RequirementOutcome::Individuals(
                            match shared.get_mut(ri).and_then(Option::take) {
                                Some(o) => o,
                                None => people.evaluate(i),
                            },
                        ),
                        Requirement::Either(e) => {
                            let input = either::Input {
                                program,
                                partner,
                                people: &people,
                                as_of: opts.as_of,
                            };
                            let o = either::evaluate(&input, tier, e, &mut errors, [ci, oi, ti]);
                            RequirementOutcome::Either(o)
                        }
                        Requirement::Score(s) => {
                            let before = errors.len();
                            let o = score::evaluate(
                                program,
                                &people,
                                s,
                                partner,
                                opts.as_of,
                                &mut errors,
                            );
                            for e in &mut errors[before..] {
                                e.at = [ci, oi, ti];
                            }
                            RequirementOutcome::Score(o)
                        }
                    });
                }
                let met = requirements.iter().all(RequirementOutcome::met);
                let qualified_on = match (met, tier.qualified) {
                    (false, Some(n)) if opts.windows => {
                        window::qualified_on(program, partner, opts, n, [ci, oi, ti])
                    }
                    _ => None,
                };
                tiers.push(TierOutcome {
                    tier: &tier.id,
                    met: met || qualified_on.is_some(),
                    requirements,
                    qualified_on,
                });
            }
            let attained = tiers.iter().rposition(|t| t.met);
            let next = attained.map_or(0, |a| a + 1);
            let gap = (next < option.tiers.len())
                .then(|| gap::plan(&people, &option.tiers[next], &tiers[next]));
            options.push(OptionOutcome {
                competency: &competency.id,
                option: &option.id,
                attained: attained.map(|a| tiers[a].tier),
                tiers,
                gap,
            });
        }
        overall.push(overall::overall(competency, &options[first..]));
    }
    // A line wrong for one threshold is wrong for every tier: report it once.
    errors.sort_by_key(|e: &error::Mismatch| (e.consumption, e.line, e.rule.start));
    errors.dedup_by_key(|e| (e.consumption, e.line));
    let errors = (errors.into_iter())
        .map(|e| e.diagnostic(program, partner))
        .collect();
    Ok(Outcome {
        as_of: opts.as_of,
        market: program
            .markets
            .get(partner.market.index())
            .map_or("", |m| m.id.as_str()),
        options,
        overall,
        errors,
    })
}
