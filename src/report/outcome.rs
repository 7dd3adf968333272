//! An evaluation outcome as the report a partner manager reads.

use std::fmt::Write;

use miette::Severity;

use super::finding::Finding;
use super::money::money_en;
use super::{render_diagnostic, Style};
use crate::data::Partner;
use crate::eval::{
    EvalError, ExclusionReason, IndividualsOutcome, Missing, OptionOutcome, Outcome,
    RequirementOutcome, RevenueOutcome,
};
use crate::ir::{Individuals, Program, Requirement, SlotGroup, Threshold, Tier};
use crate::span::{Sources, Span};

/// What a report needs besides the outcome: the rules, their sources, the partner.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub program: &'a Program,
    pub sources: &'a Sources,
    pub partner: &'a Partner,
}

impl<'a> Context<'a> {
    fn src(&self, span: Span) -> crate::span::SourceFile {
        self.sources.get(span.file).clone()
    }

    /// `Alice Martin (alice)`, or the id alone.
    pub fn person(&self, index: u32) -> String {
        match self.partner.individuals.get(index as usize) {
            Some(p) => match &p.name {
                Some(n) => format!("{n} ({})", p.id),
                None => p.id.to_string(),
            },
            None => format!("#{index}"),
        }
    }

    fn exam(&self, e: crate::ir::ExamIdx) -> &'a str {
        &self.program.exams[e.index()].id
    }

    fn currency(&self, c: crate::ir::CurrencyIdx) -> &'a str {
        self.program
            .currencies
            .get(c.index())
            .map_or("", |c| c.id.as_str())
    }

    /// `MB2-714|MB2-713 + MB2-710|MB2-706`: what a slot group asks, compactly.
    fn group(&self, g: &SlotGroup) -> String {
        g.clauses
            .iter()
            .map(|c| {
                let list: Vec<&str> = c.exams.iter().map(|e| self.exam(*e)).collect();
                if c.need == 1 {
                    list.join("|")
                } else {
                    format!("{} of {}", c.need, list.join("|"))
                }
            })
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// `pass MB2-710 or MB2-706`, `pass 2 of A, B or C`, `pass A and B`.
    pub fn pass(&self, missing: &[Missing]) -> String {
        let parts: Vec<String> = missing
            .iter()
            .map(|m| {
                let names: Vec<&str> = m.exams.iter().map(|e| self.exam(*e)).collect();
                if m.need as usize == names.len() {
                    join(&names, "and")
                } else if m.need == 1 {
                    join(&names, "or")
                } else {
                    format!("{} of {}", m.need, join(&names, "or"))
                }
            })
            .collect();
        format!("pass {}", parts.join(", and "))
    }
}

fn join(items: &[&str], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

/// The whole human report: the partner, then per option the tier reached, the
/// evidence per tier, the unmet requirements of the next tier as diagnostics
/// pointing at the rules, and the plan to reach it.
pub fn human(cx: &Context, outcome: &Outcome, style: Style, width: usize) -> String {
    let mut out = String::new();
    let p = cx.partner;
    let market = &cx.program.markets[outcome.market.index()];
    let _ = writeln!(
        out,
        "{} — {}, {} market — as of {}",
        match &p.name {
            Some(n) => format!("{n} ({})", p.id),
            None => p.id.to_string(),
        },
        p.country,
        market.id,
        outcome.as_of
    );
    for o in &outcome.options {
        out.push('\n');
        option(cx, o, outcome.as_of, style, width, &mut out);
    }
    if outcome.options.is_empty() {
        out.push_str("\nno competency to evaluate\n");
    }
    out
}

fn option(
    cx: &Context,
    o: &OptionOutcome,
    as_of: chrono::NaiveDate,
    style: Style,
    width: usize,
    out: &mut String,
) {
    let comp = &cx.program.competencies[o.competency];
    let opt = &comp.options[o.option];
    let attained = o.attained.map_or("none", |t| opt.tiers[t].id.as_str());
    let next = o.gap.as_ref().map(|g| opt.tiers[g.tier].id.as_str());
    let _ = writeln!(
        out,
        "{} · {} — option {}",
        comp.id,
        comp.title.get("en"),
        opt.id
    );
    let _ = writeln!(
        out,
        "  attained: {attained}{}",
        next.map_or(String::new(), |n| format!("   next: {n}"))
    );
    for (tier, t) in opt.tiers.iter().zip(&o.tiers) {
        let _ = writeln!(out, "\n  {} {}", if t.met { "✓" } else { "✗" }, tier.id);
        for (req, r) in tier.requirements.iter().zip(&t.requirements) {
            match (req, r) {
                (Requirement::Revenue(th), RequirementOutcome::Revenue(r)) => {
                    revenue_line(cx, th, r, out)
                }
                (Requirement::Individuals(i), RequirementOutcome::Individuals(r)) => {
                    individuals_lines(cx, i, r, as_of, out)
                }
                _ => {}
            }
        }
    }
    let Some(gap) = &o.gap else {
        let _ = writeln!(out, "\n  {attained} is the top tier of this option");
        return;
    };
    let tier = &opt.tiers[gap.tier];
    out.push('\n');
    for f in findings(cx, tier, &o.tiers[gap.tier].requirements) {
        for line in render_diagnostic(&f, style, width.saturating_sub(2)).lines() {
            if line.trim().is_empty() {
                out.push('\n');
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    let _ = writeln!(out, "\n  plan to reach {}:", tier.id);
    for r in &gap.revenue {
        let _ = writeln!(
            out,
            "    • earn {} more {}",
            money_en(cx.currency(r.currency), r.shortfall),
            revenue_words(cx, tier, r.requirement)
        );
    }
    let mut passes = 0;
    for i in &gap.individuals {
        if i.impossible {
            let _ = writeln!(
                out,
                "    • the exam slots cannot be filled: some required exams are retired"
            );
            continue;
        }
        passes += i.exam_passes;
        for pp in &i.plan {
            let _ = writeln!(out, "    • {}: {}", cx.person(pp.person), cx.pass(&pp.pass));
        }
        for np in &i.new_people {
            let _ = writeln!(out, "    • a newly certified person: {}", cx.pass(&np.pass));
        }
    }
    if !gap.individuals.is_empty() {
        let new: usize = gap.individuals.iter().map(|i| i.new_people.len()).sum();
        let _ = writeln!(
            out,
            "    {} exam pass{} in all{}",
            passes,
            if passes == 1 { "" } else { "es" },
            if new > 0 {
                format!(", {new} new {}", if new == 1 { "person" } else { "people" })
            } else {
                String::new()
            }
        );
    }
}

/// `net new revenue in CRM Online or Dynamics 365 Plan 1`, for requirement `ri` of `tier`.
fn revenue_words(cx: &Context, tier: &Tier, ri: usize) -> String {
    match tier.requirements.get(ri) {
        Some(Requirement::Revenue(t)) => format!(
            "{} in {}",
            cx.program.kinds[t.kind.index()]
                .title
                .get("en")
                .to_lowercase(),
            join(
                &t.products
                    .iter()
                    .map(|p| cx.program.products[p.index()].title.get("en"))
                    .collect::<Vec<_>>(),
                "or"
            )
        ),
        _ => String::new(),
    }
}

fn window_words(months: u32) -> String {
    if months == 1 {
        "the last month".into()
    } else {
        format!("the last {months} months")
    }
}

fn revenue_line(cx: &Context, t: &Threshold, r: &RevenueOutcome, out: &mut String) {
    let c = cx.currency(r.currency);
    let _ = writeln!(
        out,
        "    {} revenue: {} of {} required{}",
        if r.met { "✓" } else { "✗" },
        money_en(c, r.found),
        money_en(c, r.required),
        r.shortfall
            .map_or(String::new(), |s| format!(" — short by {}", money_en(c, s)))
    );
    let mut why = vec![
        match r.counted.len() {
            1 => "1 line counted".to_string(),
            n => format!("{n} lines counted"),
        },
        format!("{} < date ≤ {}", r.window_start, r.window_end),
    ];
    if t.dpor {
        why.push("DPOR only".into());
    }
    let mut reasons: Vec<(ExclusionReason, usize)> = Vec::new();
    for e in &r.excluded {
        match reasons.iter_mut().find(|(k, _)| *k == e.reason) {
            Some((_, n)) => *n += 1,
            None => reasons.push((e.reason, 1)),
        }
    }
    reasons.sort_by_key(|(k, _)| *k as u8);
    for (k, n) in reasons {
        why.push(format!("{n} {}", reason_words(k)));
    }
    let _ = writeln!(out, "        {}", why.join("; "));
}

/// How a report names an exclusion reason.
pub fn reason_words(r: ExclusionReason) -> &'static str {
    match r {
        ExclusionReason::OtherProduct => "other product",
        ExclusionReason::OtherKind => "other revenue kind",
        ExclusionReason::BeforeWindow => "before the window",
        ExclusionReason::AfterAsOf => "after the as-of date",
        ExclusionReason::NotDpor => "not DPOR",
    }
}

fn individuals_lines(
    cx: &Context,
    req: &Individuals,
    r: &IndividualsOutcome,
    as_of: chrono::NaiveDate,
    out: &mut String,
) {
    let late = cx
        .partner
        .individuals
        .iter()
        .flat_map(|p| &p.exams)
        .filter(|e| e.passed > as_of && e.exam.is_some())
        .count();
    let _ = writeln!(
        out,
        "    {} individuals: {} of {} slots filled{}",
        if r.met { "✓" } else { "✗" },
        r.filled,
        r.required,
        match late {
            0 => String::new(),
            1 => " (1 exam pass dated after the as-of date does not count)".to_string(),
            n => format!(" ({n} exam passes dated after the as-of date do not count)"),
        }
    );
    for (gi, g) in req.groups.iter().enumerate() {
        let who: Vec<String> = r
            .slots
            .iter()
            .filter(|s| s.group == gi)
            .map(|s| s.person.map_or("—".to_string(), |p| cx.person(p)))
            .collect();
        let shown = if who.len() < g.count as usize {
            format!(
                "{} (and {} more unfilled)",
                who.join(", "),
                g.count as usize - who.len()
            )
        } else {
            who.join(", ")
        };
        let _ = writeln!(out, "        {}: {}", cx.group(g), shown);
    }
}

/// The unmet requirements of `tier` as diagnostics pointing at the rules.
pub fn findings(cx: &Context, tier: &Tier, found: &[RequirementOutcome]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (ri, (req, r)) in tier.requirements.iter().zip(found).enumerate() {
        match (req, r) {
            (Requirement::Revenue(t), RequirementOutcome::Revenue(r)) if !r.met => {
                let c = cx.currency(r.currency);
                let at = t.amounts.get(&cx.partner.market).map_or(t.span, |m| m.span);
                let shortfall = r.shortfall.unwrap_or_default();
                out.push(Finding {
                    code: "rubric::eval::revenue-short",
                    severity: Severity::Advice,
                    message: format!(
                        "{} needs {} of {} over {}; found {} — short by {}",
                        tier.id,
                        money_en(c, r.required),
                        revenue_words(cx, tier, ri),
                        window_words(t.window.months()),
                        money_en(c, r.found),
                        money_en(c, shortfall)
                    ),
                    labels: vec![(
                        at.into(),
                        format!(
                            "required in the {} market",
                            cx.program.markets[cx.partner.market.index()].id
                        ),
                    )],
                    help: Some(format!(
                        "earn {} more, dated after {}{}",
                        money_en(c, shortfall),
                        r.window_start,
                        if t.dpor {
                            ", from customers for whom you are Digital Partner of Record"
                        } else {
                            ""
                        }
                    )),
                    src: cx.src(at),
                });
            }
            (Requirement::Individuals(i), RequirementOutcome::Individuals(r)) if !r.met => {
                let labels = i
                    .groups
                    .iter()
                    .enumerate()
                    .map(|(gi, g)| {
                        let filled = r
                            .slots
                            .iter()
                            .filter(|s| s.group == gi && s.person.is_some())
                            .count();
                        (g.span.into(), format!("{filled} of {} filled", g.count))
                    })
                    .collect();
                // Someone who fills another slot now would only free that
                // slot: the closest worth naming is a free person.
                let closest = r
                    .slots
                    .iter()
                    .find(|s| s.person.is_none())
                    .and_then(|s| s.candidates.iter().find(|c| !c.busy))
                    .map(|c| {
                        format!(
                            "closest: {} could {}",
                            cx.person(c.person),
                            cx.pass(&c.missing)
                        )
                    });
                out.push(Finding {
                    code: "rubric::eval::slots-unfilled",
                    severity: Severity::Advice,
                    message: format!(
                        "{} needs {} individuals in these exam slots; {} can be filled",
                        tier.id, r.required, r.filled
                    ),
                    labels,
                    help: closest.or_else(|| {
                        Some("no one free is close to qualifying: see the plan below".into())
                    }),
                    src: cx.src(i.span),
                });
            }
            _ => {}
        }
    }
    out
}

/// An evaluation error as a diagnostic pointing at the rule.
pub fn eval_error(cx: &Context, e: &EvalError) -> Finding {
    match e {
        EvalError::CurrencyMismatch {
            line,
            found,
            expected,
            rule,
        } => {
            let c = cx.currency(*expected);
            Finding {
                code: "rubric::eval::currency-mismatch",
                severity: Severity::Error,
                message: format!(
                    "revenue line {} (customer `{}`) is in `{found}`, but this threshold is in `{c}`",
                    line + 1,
                    cx.partner
                        .revenue
                        .get(*line as usize)
                        .map_or("", |l| l.customer.as_str())
                ),
                labels: vec![((*rule).into(), format!("amounts here are in {c}"))],
                help: Some(format!(
                    "convert the line to {c} in the partner data; rubric does not guess exchange rates"
                )),
                src: cx.src(*rule),
            }
        }
    }
}
