//! The unmet requirements of a tier as notes pointing at the rules they concern.
//!
//! A partner missing a tier is an ordinary outcome, so these are notes, not
//! warnings or errors. Titles and plans in their arguments are worded in the
//! report's language.

use super::outcome::Context;
use crate::diag::Diagnostic;
use crate::eval::{
    BranchOutcome, IndividualsOutcome, QuantityOutcome, RequirementOutcome, RevenueOutcome,
    TierOutcome,
};
use crate::i18n::{Arg, Lang};

/// Code of a revenue threshold not reached.
pub const REVENUE_SHORT: &str = "rubric::eval::revenue-short";
/// Code of a status the partner does not hold.
pub const STATUS_MISSING: &str = "rubric::eval::status-missing";
/// Code of a score below its target or a metric below its minimum.
pub const SCORE_SHORT: &str = "rubric::eval::score-short";
/// Code of a count of units or new customers not reached.
pub const QUANTITY_SHORT: &str = "rubric::eval::quantity-short";
/// Code of exam slots not all filled.
pub const SLOTS_UNFILLED: &str = "rubric::eval::slots-unfilled";

/// Slot groups labelled one by one (the catalog has an attribute for each);
/// groups beyond are left unlabelled.
const GROUP_LABELS: [(&str, &str, &str); 6] = [
    ("label", "filled-1", "count-1"),
    ("group-2", "filled-2", "count-2"),
    ("group-3", "filled-3", "count-3"),
    ("group-4", "filled-4", "count-4"),
    ("group-5", "filled-5", "count-5"),
    ("group-6", "filled-6", "count-6"),
];

/// The unmet requirements of `tier` as notes on the rules, in requirement order.
pub fn findings(cx: &Context, tier: &TierOutcome, lang: Lang) -> Vec<Diagnostic> {
    findings_through(cx, tier, None, lang)
}

/// As [`findings`]; an `either` none of whose branches holds gives the notes
/// of branch `branch` (the one its plan follows, by index), or without one,
/// of the branch with the fewest unmet requirements (the first among equals).
pub fn findings_through(
    cx: &Context,
    tier: &TierOutcome,
    branch: Option<usize>,
    lang: Lang,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in &tier.requirements {
        let RequirementOutcome::Either(e) = r else {
            out.extend(note(cx, tier.tier, r, lang));
            continue;
        };
        let unmet = |b: &&BranchOutcome| b.requirements.iter().filter(|r| !r.met()).count();
        let chosen = match branch {
            Some(b) => e.branches.get(b),
            None => e.branches.iter().min_by_key(unmet),
        };
        if let Some(b) = chosen.filter(|_| !e.met) {
            out.extend((b.requirements.iter()).filter_map(|r| note(cx, tier.tier, r, lang)));
        }
    }
    out
}

/// The note of one unmet requirement other than `either`.
fn note(cx: &Context, tier: &str, r: &RequirementOutcome, lang: Lang) -> Option<Diagnostic> {
    std::iter::once(r)
        // A requirement whose own slots are all filled is unmet only with its
        // group: the notes of the others say which slots lack people.
        .filter(|r| !r.met())
        .filter(|r| !matches!(r, RequirementOutcome::Individuals(i) if i.filled >= i.required))
        // An undecided threshold has its own error (`Outcome::errors`), not a shortfall.
        .filter(|r| !matches!(r, RequirementOutcome::Revenue(r) if !r.undecided.is_empty()))
        .filter_map(|r| {
            Some(match r {
                RequirementOutcome::Revenue(r) => revenue_short(cx, tier, r, lang),
                RequirementOutcome::Consumption(r) => revenue_short(cx, tier, r, lang)
                    .arg(
                        "what",
                        super::measures::consumption_what(cx.program, r.rule, lang),
                    )
                    .arg("measure", "consumption"),
                RequirementOutcome::Count(q) | RequirementOutcome::NewCustomers(q) => {
                    quantity_short(cx, tier, q, lang)
                }
                RequirementOutcome::Individuals(r) => slots_unfilled(cx, tier, r, lang),
                RequirementOutcome::Score(s) => Diagnostic::note(SCORE_SHORT, s.rule.span)
                    .arg("tier", tier)
                    .arg("points", super::score::points(lang, s.points))
                    .arg("target", u64::from(s.rule.target))
                    .arg("minimums", if s.minimums_met { "yes" } else { "no" }),
                RequirementOutcome::Status(s) => Diagnostic::note(STATUS_MISSING, s.rule.span)
                    .arg("tier", tier)
                    .arg("status", cx.status_title(lang, s.rule)),
                // Its branches' notes are given by `notes`.
                RequirementOutcome::Either(_) => return None,
            })
        })
        .next()
}

fn revenue_short(cx: &Context, tier: &str, r: &RevenueOutcome, lang: Lang) -> Diagnostic {
    let t = r.rule;
    let market = cx.partner.market;
    let at = t.amounts.get(&market).map_or(t.span, |m| m.span);
    let c = r.currency;
    Diagnostic::note(REVENUE_SHORT, at)
        .arg("tier", tier)
        .arg("required", Arg::money(r.required, c))
        .arg("what", cx.revenue_what(lang, t))
        .arg("months", t.window.months())
        .arg("found", Arg::money(r.found, c))
        .arg("shortfall", Arg::money(r.shortfall.unwrap_or_default(), c))
        .arg(
            "market",
            cx.program
                .markets
                .get(market.index())
                .map_or("", |m| m.id.as_str()),
        )
        .arg("after", r.window_start)
        .arg("measure", "revenue")
        .arg("dpor", super::measures::association_case(t))
        .arg(
            "associations",
            super::measures::association_titles(cx.program, t, lang),
        )
}

fn quantity_short(cx: &Context, tier: &str, q: &QuantityOutcome, lang: Lang) -> Diagnostic {
    let (rule, market) = (q.rule, cx.partner.market);
    let count = |n: u64| super::measures::count(lang, n);
    let associations = super::measures::titles_of(cx.program, &rule.associations, lang);
    Diagnostic::note(QUANTITY_SHORT, rule.span)
        .arg("tier", tier)
        .arg("required", count(q.required))
        .arg(
            "what",
            super::measures::quantity_what(cx.program, rule, lang),
        )
        .arg("months", rule.window.months())
        .arg("found", count(q.found))
        .arg("shortfall", count(q.shortfall.unwrap_or_default()))
        .arg(
            "market",
            (cx.program.markets.get(market.index())).map_or("", |m| m.id.as_str()),
        )
        .arg("after", q.window_start)
        .arg("assoc", if associations.is_empty() { "no" } else { "yes" })
        .arg("associations", associations)
}

fn slots_unfilled(cx: &Context, tier: &str, r: &IndividualsOutcome, lang: Lang) -> Diagnostic {
    let rule = r.rule;
    let mut d = Diagnostic::note(SLOTS_UNFILLED, rule.groups.first().map(|g| g.span))
        .arg("tier", tier)
        .arg("required", r.required)
        .arg("filled", r.filled);
    for (gi, (g, (attr, filled_arg, count_arg))) in rule.groups.iter().zip(GROUP_LABELS).enumerate()
    {
        let filled = r
            .slots
            .iter()
            .filter(|s| s.group == gi && s.person.is_some())
            .count();
        d = d.arg(filled_arg, filled).arg(count_arg, g.count);
        if gi > 0 {
            d = d.label(g.span, attr);
        }
    }
    // Someone who fills another slot now would only free that slot: the
    // closest worth naming is a free person.
    let closest = r
        .slots
        .iter()
        .find(|s| s.person.is_none())
        .and_then(|s| s.candidates.iter().find(|c| !c.busy));
    match closest {
        Some(c) => d
            .arg("closest", "yes")
            .arg("person", cx.person(c.person))
            .arg("pass", cx.pass(lang, &c.missing)),
        None => d.arg("closest", "no"),
    }
}
