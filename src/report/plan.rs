//! The steps of a plan to the next tier, in the words and order every
//! format shows them (the human report and the HTML page lay them out).

use super::outcome::Context;
use crate::eval::Gap;
use crate::i18n::{self, Arg, Args, Lang};

/// One step of a plan: its line, and the lines under it (a score's metrics).
pub(super) struct Step {
    pub text: String,
    pub details: Vec<String>,
}

impl Step {
    fn line(text: String) -> Step {
        Step {
            text,
            details: Vec::new(),
        }
    }
}

/// What the plan to reach `gap.tier` says: the branch it goes through (for
/// an `either`), its steps, and the total of exam passes and new people.
pub(super) struct Plan {
    pub branch: Option<String>,
    pub steps: Vec<Step>,
    pub total: Option<String>,
}

/// The plan to reach `gap.tier`.
pub(super) fn plan(cx: &Context, gap: &Gap, lang: Lang) -> Plan {
    let branch = gap.branch.map(|b| {
        let args = Args::new().with("branch", b + 1);
        i18n::text(lang, "report-plan-branch", &args)
    });
    let mut steps = Vec::new();
    for r in &gap.revenue {
        let args = Args::new()
            .with("amount", Arg::money(r.shortfall, r.currency))
            .with("what", cx.revenue_what(lang, r.rule));
        steps.push(Step::line(i18n::text(lang, "report-plan-earn", &args)));
    }
    for r in &gap.consumption {
        let what = super::measures::consumption_what(cx.program, r.rule, lang);
        let args = Args::new()
            .with("amount", Arg::money(r.shortfall, r.currency))
            .with("what", what);
        steps.push(Step::line(i18n::text(lang, "report-plan-earn", &args)));
    }
    for q in &gap.quantities {
        steps.push(Step::line(super::measures::quantity_plan(
            cx.program, q, lang,
        )));
    }
    for p in &gap.scores {
        let mut lines = super::score::plan_lines(cx.program, p, lang).into_iter();
        steps.push(Step {
            text: lines.next().unwrap_or_default(),
            details: lines.collect(),
        });
    }
    for s in &gap.statuses {
        let args = Args::new().with("status", cx.status_title(lang, s));
        steps.push(Step::line(i18n::text(lang, "report-plan-status", &args)));
    }
    for i in &gap.individuals {
        if i.impossible {
            steps.push(Step::line(i18n::word(lang, "report-plan-impossible")));
        } else if i.unplanned {
            let args = Args::new().with("requirement", i.requirement);
            steps.push(Step::line(i18n::text(lang, "report-plan-unplanned", &args)));
        } else {
            for pp in &i.plan {
                let args = Args::new()
                    .with("who", cx.person(pp.person))
                    .with("what", cx.pass(lang, &pp.pass));
                steps.push(Step::line(i18n::text(lang, "report-colon", &args)));
            }
            for np in &i.new_people {
                let args = Args::new().with("pass", cx.pass(lang, &np.pass));
                steps.push(Step::line(i18n::text(
                    lang,
                    "report-plan-new-person",
                    &args,
                )));
            }
        }
    }
    let total = (!gap.individuals.is_empty()).then(|| {
        let planned = gap
            .individuals
            .iter()
            .filter(|i| !i.impossible && !i.unplanned);
        let passes: u32 = planned.map(|i| i.exam_passes).sum();
        let new: usize = gap.individuals.iter().map(|i| i.new_people.len()).sum();
        let args = Args::new().with("passes", passes).with("new", new);
        i18n::text(lang, "report-plan-total", &args)
    });
    Plan {
        branch,
        steps,
        total,
    }
}
