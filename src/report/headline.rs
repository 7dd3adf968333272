//! One requirement's verdict in one line (`✓ revenue: USD 320,000 of USD
//! 100,000 required`): the first line the human report gives it, for reports
//! that set two outcomes side by side (`rubric diff`).

use crate::eval::{RequirementOutcome, TierOutcome};
use crate::i18n::{self, Args, Lang};

use super::Context;

/// The headline of `requirement` (one of `tier`'s), as the human report of
/// the partner evaluated on `as_of` writes it, without indentation.
pub fn headline(
    cx: &Context,
    lang: Lang,
    tier: &TierOutcome,
    requirement: &RequirementOutcome,
    as_of: chrono::NaiveDate,
) -> String {
    let mut out = String::new();
    let cx = &cx.with_credentials(as_of);
    match requirement {
        RequirementOutcome::Revenue(r) => {
            super::outcome::revenue_lines(cx, lang, r, "report-revenue", &mut out)
        }
        RequirementOutcome::Consumption(r) => {
            super::outcome::revenue_lines(cx, lang, r, "report-consumption", &mut out)
        }
        RequirementOutcome::Count(q) | RequirementOutcome::NewCustomers(q) => {
            let head = super::measures::quantity_head(cx.program, q, lang);
            out = format!("{} {head}", mark(q.met));
        }
        RequirementOutcome::Status(s) => {
            let args = Args::new().with("status", cx.status_title(lang, s.rule));
            let msg = match s.met {
                true => "report-status-held",
                false => "report-status-missing",
            };
            out = format!("{} {}", mark(s.met), i18n::text(lang, msg, &args));
        }
        RequirementOutcome::Individuals(r) => {
            super::outcome::individuals_lines(cx, lang, r, &tier.requirements, &mut out)
        }
        RequirementOutcome::Score(s) => {
            let lines = super::score::lines(cx.program, s, lang);
            if let Some((met, line)) = lines.into_iter().next() {
                out = format!("{} {line}", mark(met));
            }
        }
        // "one of 2 sets of requirements: set 2 holds" (the sets follow in the report).
        RequirementOutcome::Either(e) => super::either::lines(cx, lang, e, as_of, &mut out),
    }
    out.lines().next().unwrap_or_default().trim().to_string()
}

fn mark(met: bool) -> &'static str {
    match met {
        true => "✓",
        false => "✗",
    }
}
