//! A diff as text for people, in English or French (`report.ftl`).

use std::fmt::Write;

use super::{Cause, Direction, Move, PartnerDiff, RuleChange, Summary, TierMove};
use crate::diag::RenderOptions;
use crate::eval::{Outcome, TierOutcome};
use crate::i18n::{self, Arg, Args, Conj, Lang};
use crate::report::{self, Context};

/// The movements of one partner: a heading, then per option the tiers
/// gained or lost and, for each, the requirements that make the
/// difference with their verdict under both versions. Empty when no
/// option changed tier. `old` and `new` are the contexts of the partner
/// under each version.
pub fn human(old: &Context, new: &Context, d: &PartnerDiff, opts: RenderOptions) -> String {
    if d.moves.is_empty() {
        return String::new();
    }
    let lang = opts.lang;
    let p = new.partner;
    let name = match &p.name {
        Some(n) => format!("{n} ({})", &*p.id),
        None => p.id.to_string(),
    };
    let args = Args::new()
        .with("partner", name)
        .with("as_of", d.after.as_of);
    let mut out = i18n::text(lang, "diff-partner", &args);
    out.push('\n');
    for m in &d.moves {
        movement(old, new, d, m, lang, &mut out);
    }
    out
}

fn movement(old: &Context, new: &Context, d: &PartnerDiff, m: &Move, lang: Lang, out: &mut String) {
    let none = i18n::word(lang, "report-none");
    let tiers = m.tiers.iter().map(|t| t.tier);
    let args = Args::new()
        .with("option", format!("{}/{}", m.competency, m.option))
        .with("from", m.from.unwrap_or(&none))
        .with("to", m.to.unwrap_or(&none))
        .with("tiers", Arg::words(tiers, Conj::And));
    let id = match m.direction {
        Direction::Gained => "diff-gained",
        Direction::Lost => "diff-lost",
    };
    let _ = writeln!(out, "  {}", i18n::text(lang, id, &args));
    for t in &m.tiers {
        tier(old, new, d, m, t, lang, out);
    }
}

fn tier(
    old: &Context,
    new: &Context,
    d: &PartnerDiff,
    m: &Move,
    t: &TierMove,
    lang: Lang,
    out: &mut String,
) {
    let args = Args::new().with("tier", t.tier);
    match t.rule {
        RuleChange::Added => {
            let _ = writeln!(out, "    {}", i18n::text(lang, "diff-tier-added", &args));
            return;
        }
        RuleChange::Removed => {
            let _ = writeln!(out, "    {}", i18n::text(lang, "diff-tier-removed", &args));
            return;
        }
        RuleChange::Same | RuleChange::Changed => {}
    }
    let before = find(&d.before, m, t);
    let after = find(&d.after, m, t);
    for c in &t.causes {
        let _ = writeln!(out, "    {}", cause(t, c, lang));
        let sides = [
            ("diff-before", old, &before, d.before.as_of),
            ("diff-after", new, &after, d.after.as_of),
        ];
        for (label, cx, tier, as_of) in sides {
            let Some(tier) = *tier else { continue };
            let Some(r) = tier.requirement(c.requirement) else {
                continue;
            };
            let line = report::headline(cx, lang, tier, r, as_of);
            let _ = writeln!(out, "      {} {line}", i18n::word(lang, label));
        }
    }
}

fn find<'a, 'p>(o: &'a Outcome<'p>, m: &Move, t: &TierMove) -> Option<&'a TierOutcome<'p>> {
    o.option(m.competency, m.option)?.tier(t.tier)
}

/// `silver: `revenue` no longer met (rule changed)`.
fn cause(t: &TierMove, c: &Cause, lang: Lang) -> String {
    let rule = match c.rule {
        RuleChange::Same => "same",
        _ => "changed",
    };
    let args = Args::new()
        .with("tier", t.tier)
        .with("requirement", c.requirement)
        .with("rule", rule);
    let id = match (c.rule, c.after == Some(true)) {
        (RuleChange::Added, _) => "diff-added",
        (RuleChange::Removed, _) => "diff-removed",
        (_, true) => "diff-now-met",
        (_, false) => "diff-no-longer-met",
    };
    i18n::text(lang, id, &args)
}

impl Summary {
    /// The last lines of a run: the partners compared, then the movements of
    /// each option.
    pub fn human(&self, lang: Lang) -> String {
        let args = Args::new()
            .with("partners", self.evaluated + self.failed)
            .with("unchanged", self.unchanged)
            .with("gained", self.gained)
            .with("lost", self.lost)
            .with("failed", self.failed)
            .with("undecided", self.undecided);
        let mut out = i18n::text(lang, "diff-summary", &args);
        out.push('\n');
        let none = i18n::word(lang, "report-none");
        for o in &self.options {
            let moves: Vec<String> = (o.transitions.iter())
                .map(|(from, to, n)| {
                    let from = from.as_deref().unwrap_or(&none);
                    let to = to.as_deref().unwrap_or(&none);
                    format!("{from} → {to} {n}")
                })
                .collect();
            let args = Args::new()
                .with("option", format!("{}/{}", o.competency, o.option))
                .with("gained", o.gained)
                .with("lost", o.lost)
                .with("moves", moves.join(", "));
            let _ = writeln!(out, "  {}", i18n::text(lang, "diff-option", &args));
        }
        out
    }
}
