//! An evaluation outcome as the report a partner manager reads, in English or
//! French: every sentence comes from the message catalog (`report.ftl`).

use std::fmt::Write;

use super::finding::findings_through;
use crate::data::Partner;
use crate::diag::{self, RenderOptions};
use crate::eval::{
    ExclusionReason, IndividualsOutcome, Missing, OptionOutcome, Outcome, RequirementOutcome,
    RevenueOutcome, TierOutcome,
};
use crate::i18n::{self, Arg, Args, Conj, Lang};
use crate::ir::{Program, SlotGroup, Threshold};
use crate::span::Sources;

/// What a report needs besides the outcome: the rules, their sources, the partner.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct Context<'a> {
    /// The program the outcome was evaluated against.
    pub program: &'a Program,
    /// The rules' sources, for diagnostics pointing at them.
    pub sources: &'a Sources,
    /// The partner evaluated.
    pub partner: &'a Partner,
    /// The as-of date of the outcome being rendered, set by the renderers
    /// ([`Context::with_as_of`]) when some credential of the partner does
    /// not count on it (`None`: none to look for, requirement by requirement).
    pub(super) as_of: Option<chrono::NaiveDate>,
    /// How many passes of known credentials are dated after the as-of date,
    /// counted once per partner by the human report (see [`human`]).
    pub(super) late: usize,
    /// How much of the partner's data the JSON report repeats.
    pub evidence: Evidence,
}

/// How much evidence a JSON report carries (`--evidence`): its size grows
/// with the partner's data only with [`Evidence::Full`], and then linearly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Evidence {
    /// Verdicts, sums and plans only.
    None,
    /// Also how many lines each threshold counted and left out.
    Summary,
    /// Also every revenue line once, referred to by index from each threshold.
    #[default]
    Full,
}

impl<'a> Context<'a> {
    /// What a report of `partner`, evaluated against `program` compiled from `sources`, needs.
    pub fn new(program: &'a Program, sources: &'a Sources, partner: &'a Partner) -> Context<'a> {
        Context {
            program,
            sources,
            partner,
            as_of: None,
            late: 0,
            evidence: Evidence::Full,
        }
    }

    /// The same context, with [`Context::as_of`] set when some credential
    /// of the partner does not count on `as_of`: looked for once per
    /// partner, then requirement by requirement only if there are some.
    pub(super) fn with_as_of(self, as_of: chrono::NaiveDate) -> Context<'a> {
        let found = super::credentials::any(&self, as_of);
        Context {
            as_of: found.then_some(as_of),
            ..self
        }
    }

    /// [`Context::with_as_of`], and the count of late passes that each
    /// individuals requirement of the human report mentions.
    pub(super) fn with_credentials(self, as_of: chrono::NaiveDate) -> Context<'a> {
        let passes = self.partner.credentials.iter();
        Context {
            late: (passes.filter(|e| e.passed > as_of && e.exam.is_some())).count(),
            ..self.with_as_of(as_of)
        }
    }

    /// The same context, with `evidence` for the JSON report.
    pub fn with_evidence(self, evidence: Evidence) -> Context<'a> {
        Context { evidence, ..self }
    }

    /// `Alice Martin (alice)`, or the id alone.
    pub fn person(&self, index: u32) -> String {
        match self.partner.individuals.get(index as usize) {
            Some(p) => match &p.name {
                Some(n) => format!("{n} ({})", &*p.id),
                None => p.id.to_string(),
            },
            None => format!("#{index}"),
        }
    }

    /// The partner as a report names it: `Contoso (contoso)`, or the id alone.
    fn partner_name(&self) -> String {
        let p = self.partner;
        match &p.name {
            Some(n) => format!("{n} ({})", &*p.id),
            None => p.id.to_string(),
        }
    }

    /// `MB2-714|MB2-713 + 2 of MB2-710|MB2-706`: what a slot group asks, compactly.
    pub(super) fn group(&self, lang: Lang, g: &SlotGroup) -> String {
        if let Some(c) = &g.condition {
            return self.condition(lang, c);
        }
        let exam = |e: &crate::ir::ExamIdx| {
            self.program
                .exams
                .get(e.index())
                .map_or("", |e| e.id.as_str())
        };
        g.clauses
            .iter()
            .map(|c| {
                let list = c.exams.iter().map(exam).collect::<Vec<_>>().join("|");
                if c.need == 1 {
                    list
                } else {
                    let args = Args::new().with("need", c.need).with("exams", list);
                    i18n::text(lang, "report-clause-some", &args)
                }
            })
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// `(70-346 + 70-347) or MCSA-Office-365`: a condition with `or`, compactly.
    fn condition(&self, lang: Lang, c: &crate::ir::Condition) -> String {
        use crate::ir::Condition;
        let sub = |p: &Condition, nested: bool| {
            let s = self.condition(lang, p);
            match nested {
                true => format!("({s})"),
                false => s,
            }
        };
        match c {
            Condition::Clause(cl) => {
                let g = SlotGroup::from_clause(cl.clone());
                self.group(lang, &g)
            }
            Condition::And(ps) => ps
                .iter()
                .map(|p| sub(p, matches!(p, Condition::Or(_) | Condition::AnyArea(_))))
                .collect::<Vec<_>>()
                .join(" + "),
            Condition::Or(ps) => ps
                .iter()
                .map(|p| sub(p, matches!(p, Condition::And(_))))
                .collect::<Vec<_>>()
                .join(&format!(" {} ", i18n::word(lang, "report-condition-or"))),
            // `business-intelligence: 70-767|70-768 or big-data: …`
            Condition::AnyArea(cs) => cs
                .iter()
                .map(|cl| {
                    let area = cl
                        .area
                        .and_then(|a| self.program.areas.get(a.index()))
                        .map_or("", |a| a.id.as_str());
                    let g = SlotGroup::from_clause(cl.clone());
                    format!("{area}: {}", self.group(lang, &g))
                })
                .collect::<Vec<_>>()
                .join(&format!(" {} ", i18n::word(lang, "report-condition-or"))),
        }
    }

    /// `pass MB2-710 or MB2-706`, `pass 2 of A, B or C`, `pass A and B`.
    pub fn pass(&self, lang: Lang, missing: &[Missing]) -> String {
        let parts: Vec<String> = missing
            .iter()
            .map(|m| {
                if m.need as usize == m.exams.len() {
                    i18n::join(lang, &m.exams, Conj::And)
                } else if m.need == 1 {
                    i18n::join(lang, &m.exams, Conj::Or)
                } else {
                    let args = Args::new()
                        .with("need", m.need)
                        .with("exams", Arg::words(m.exams.iter().copied(), Conj::Or));
                    i18n::text(lang, "report-pass-count", &args)
                }
            })
            .collect();
        let what = parts.join(&i18n::word(lang, "report-pass-separator"));
        i18n::text(lang, "report-pass", &Args::new().with("what", what))
    }

    /// `cloud-crm · Cloud Customer Relationship Management — option reseller`.
    pub(super) fn option_heading(&self, lang: Lang, o: &OptionOutcome) -> String {
        let title = self
            .program
            .competencies
            .iter()
            .find(|c| c.id == o.competency)
            .map_or("", |c| c.title.get(lang.tag()));
        let args = Args::new()
            .with("competency", o.competency)
            .with("title", title)
            .with("option", o.option);
        i18n::text(lang, "report-option", &args)
    }

    /// `net new revenue in CRM Online or Dynamics 365 Plan 1`.
    /// "Title (`id`)" of the status a requirement asks for.
    pub(super) fn status_title(&self, lang: Lang, s: &crate::ir::StatusRequirement) -> String {
        let entry = self.program.statuses.get(s.status.index());
        entry.map_or(String::new(), |e| {
            format!("{} (`{}`)", e.title.get(lang.tag()), e.id)
        })
    }

    pub fn revenue_what(&self, lang: Lang, t: &Threshold) -> String {
        let kind = super::measures::kind_titles(self.program, t, lang).to_lowercase();
        let products = t.products.iter().map(|p| {
            self.program
                .products
                .get(p.index())
                .map_or("", |p| p.title.get(lang.tag()))
        });
        let args = Args::new()
            .with("kind", kind)
            .with("products", Arg::words(products, Conj::Or));
        i18n::text(lang, "report-revenue-what", &args)
    }
}

/// The whole human report: the partner, then per option the tier reached, the
/// evidence per tier, the unmet requirements of the next tier as notes
/// pointing at the rules, and the plan to reach it.
pub fn human(cx: &Context, outcome: &Outcome, opts: RenderOptions) -> String {
    let lang = opts.lang;
    let cx = &cx.with_credentials(outcome.as_of);
    let mut out = String::new();
    let args = Args::new()
        .with("partner", cx.partner_name())
        .with("country", &*cx.partner.country)
        .with("market", outcome.market)
        .with("as_of", outcome.as_of);
    out.push_str(&i18n::text(lang, "report-header", &args));
    out.push('\n');
    for o in &outcome.options {
        out.push('\n');
        option(cx, o, outcome.as_of, opts, &mut out);
    }
    if outcome.options.is_empty() {
        let _ = writeln!(out, "\n{}", i18n::word(lang, "report-no-competency"));
    }
    // With one option, the option's tier is the competency's: said once.
    for o in &outcome.overall {
        let n = outcome
            .options
            .iter()
            .filter(|x| x.competency == o.competency)
            .count();
        if n > 1 {
            let none = i18n::word(lang, "report-none");
            let args = Args::new()
                .with("competency", o.competency)
                .with("tier", o.attained.map_or(none, str::to_string))
                .with("n", o.options.len())
                .with("options", Arg::ids(o.options.iter().copied(), Conj::And));
            let _ = writeln!(out, "\n{}", i18n::text(lang, "report-overall", &args));
        }
    }
    out
}

fn option(
    cx: &Context,
    o: &OptionOutcome,
    as_of: chrono::NaiveDate,
    opts: RenderOptions,
    out: &mut String,
) {
    let lang = opts.lang;
    let _ = writeln!(out, "{}", cx.option_heading(lang, o));
    let none = i18n::word(lang, "report-none");
    let attained = o.attained.map_or(none, str::to_string);
    let tier = |id: &str, msg: &str| i18n::text(lang, msg, &Args::new().with("tier", id));
    let _ = write!(out, "  {}", tier(&attained, "report-attained"));
    if let Some(g) = &o.gap {
        let _ = write!(out, "   {}", tier(g.tier, "report-next"));
    }
    out.push('\n');
    for t in &o.tiers {
        let _ = writeln!(out, "\n  {} {}", mark(t.met), t.tier);
        for r in &t.requirements {
            requirement_lines(cx, lang, r, &t.requirements, as_of, out);
        }
        if let (Some(day), Some(n)) = (
            t.qualified_on,
            super::score::window(cx.program, o.competency, o.option, t.tier),
        ) {
            let _ = writeln!(out, "    ✓ {}", super::score::qualified_line(day, n, lang));
        }
    }
    let Some(gap) = &o.gap else {
        let _ = writeln!(out, "\n  {}", tier(&attained, "report-top-tier"));
        return;
    };
    out.push('\n');
    if let Some(target) = o.tier(gap.tier) {
        plan_notes(cx, target, gap.branch, opts, out);
    }
    let _ = writeln!(out, "\n  {}", tier(gap.tier, "report-plan"));
    let plan = super::plan::plan(cx, gap, lang);
    if let Some(branch) = plan.branch {
        let _ = writeln!(out, "    {branch}");
    }
    for step in plan.steps {
        let _ = writeln!(out, "    • {}", step.text);
        for line in step.details {
            let _ = writeln!(out, "        – {line}");
        }
    }
    if let Some(total) = plan.total {
        let _ = writeln!(out, "    {total}");
    }
}

/// The lines of one requirement; `tier`: the requirements beside it.
pub(super) fn requirement_lines(
    cx: &Context,
    lang: Lang,
    r: &RequirementOutcome,
    tier: &[RequirementOutcome],
    as_of: chrono::NaiveDate,
    out: &mut String,
) {
    match r {
        RequirementOutcome::Revenue(r) => revenue_lines(cx, lang, r, "report-revenue", out),
        RequirementOutcome::Consumption(r) => revenue_lines(cx, lang, r, "report-consumption", out),
        RequirementOutcome::Count(q) | RequirementOutcome::NewCustomers(q) => {
            let head = super::measures::quantity_head(cx.program, q, lang);
            let _ = writeln!(out, "    {} {head}", mark(q.met));
            let why = super::measures::quantity_why(cx, q, lang);
            let sep = i18n::word(lang, "report-separator");
            let _ = writeln!(out, "        {}", why.join(&sep));
        }
        RequirementOutcome::Status(s) => {
            let args = Args::new().with("status", cx.status_title(lang, s.rule));
            let msg = if s.met {
                "report-status-held"
            } else {
                "report-status-missing"
            };
            let _ = writeln!(out, "    {} {}", mark(s.met), i18n::text(lang, msg, &args));
        }
        RequirementOutcome::Individuals(r) => individuals_lines(cx, lang, r, tier, out),
        RequirementOutcome::Either(e) => super::either::lines(cx, lang, e, as_of, out),
        RequirementOutcome::Score(s) => {
            let lines = super::score::lines(cx.program, s, lang);
            for (i, (met, line)) in lines.into_iter().enumerate() {
                let pad = if i == 0 { "    " } else { "        " };
                let _ = writeln!(out, "{pad}{} {line}", mark(met));
            }
        }
    }
}

/// The unmet requirements of `target` as notes on the rules, indented.
fn plan_notes(
    cx: &Context,
    target: &TierOutcome,
    branch: Option<usize>,
    opts: RenderOptions,
    out: &mut String,
) {
    let inner = RenderOptions::styled(opts.lang, opts.style, opts.width.saturating_sub(2));
    for d in findings_through(cx, target, branch, opts.lang) {
        for line in diag::render(&d, cx.sources, inner).lines() {
            if line.trim().is_empty() {
                out.push('\n');
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
}

/// `who: what`, punctuated for `lang`.
fn colon(lang: Lang, who: String, what: String) -> String {
    let args = Args::new().with("who", who).with("what", what);
    i18n::text(lang, "report-colon", &args)
}

fn mark(met: bool) -> &'static str {
    if met {
        "✓"
    } else {
        "✗"
    }
}

/// Which lines leave `r` undecided (a currency the threshold cannot sum), if any.
pub(super) fn undecided(lang: Lang, r: &RevenueOutcome, consumption: bool) -> Option<String> {
    if r.undecided.is_empty() {
        return None;
    }
    let list = if consumption {
        "consumption"
    } else {
        "revenue"
    };
    let lines = r.undecided.iter().map(|i| format!("{list}[{i}]"));
    let args = Args::new()
        .with("n", r.undecided.len())
        .with("lines", Arg::ids(lines, Conj::And));
    Some(i18n::text(lang, "report-undecided", &args))
}

/// A revenue or consumption threshold (`head`: the message of its headline).
pub(super) fn revenue_lines(
    cx: &Context,
    lang: Lang,
    r: &RevenueOutcome,
    head: &str,
    out: &mut String,
) {
    let program = cx.program;
    let c = r.currency;
    let args = Args::new()
        .with("found", Arg::money(r.found, c))
        .with("required", Arg::money(r.required, c));
    let _ = write!(out, "    {} {}", mark(r.met), i18n::text(lang, head, &args));
    if let Some(s) = r.shortfall {
        let args = Args::new().with("shortfall", Arg::money(s, c));
        let _ = write!(out, " — {}", i18n::text(lang, "report-short-by", &args));
    }
    out.push('\n');
    if let Some(text) = undecided(lang, r, head == "report-consumption") {
        let _ = writeln!(out, "        {text}");
    }
    let mut why = vec![
        i18n::text(
            lang,
            "report-lines-counted",
            &Args::new().with("n", r.counted.len()),
        ),
        format!("{} < date ≤ {}", r.window_start, r.window_end),
    ];
    // Negative amounts (credit notes, refunds) counted: said, so that a sum
    // lower than the lines a reader adds up in their head is explained.
    let adjustments: Vec<_> = (r.counted.iter())
        .filter_map(|&i| cx.partner.revenue.get(i as usize))
        .filter(|l| l.amount.is_sign_negative())
        .collect();
    if !adjustments.is_empty() {
        let total = adjustments.iter().map(|l| l.amount).sum();
        let args = Args::new()
            .with("n", adjustments.len())
            .with("total", Arg::money(total, r.currency));
        why.insert(1, i18n::text(lang, "report-adjustments", &args));
    }
    match super::measures::association_case(r.rule) {
        "yes" => why.push(i18n::word(lang, "report-dpor-only")),
        "assoc" => {
            let titles = super::measures::association_titles(program, r.rule, lang);
            let args = Args::new().with("associations", titles);
            why.push(i18n::text(lang, "report-associated-only", &args));
        }
        _ => {}
    }
    for reason in ExclusionReason::ALL {
        let n = r.excluded.iter().filter(|e| e.reason == reason).count();
        if n > 0 {
            let args = Args::new().with("n", n).with("reason", reason.name());
            why.push(i18n::text(lang, "report-excluded", &args));
        }
    }
    let _ = writeln!(
        out,
        "        {}",
        why.join(&i18n::word(lang, "report-separator"))
    );
}

pub(super) fn individuals_lines(
    cx: &Context,
    lang: Lang,
    r: &IndividualsOutcome,
    tier: &[RequirementOutcome],
    out: &mut String,
) {
    // A person filling slots of several requirements (which the rules let
    // share people) is marked with the others: "also counts for `exams`".
    let also = |p: u32| -> Vec<&str> { r.also_in(tier, p) };
    let name = |p: u32| {
        let ids = also(p);
        if ids.is_empty() {
            return cx.person(p);
        }
        let args = Args::new().with("requirements", Arg::ids(ids, Conj::And));
        format!(
            "{} {}",
            cx.person(p),
            i18n::text(lang, "report-also-counts", &args)
        )
    };
    let late = cx.late;
    let args = Args::new()
        .with("filled", r.filled)
        .with("required", r.required);
    let line = match &r.rule.name {
        Some(name) => i18n::text(
            lang,
            "report-individuals-named",
            &args.with("name", name.as_str()),
        ),
        None => i18n::text(lang, "report-individuals", &args),
    };
    let _ = write!(out, "    {} {line}", mark(r.met));
    // Every slot filled, yet unmet: the requirements it must not share
    // people with left too few for all of them (design §4.7).
    if !r.met && r.filled >= r.required {
        let _ = write!(out, " {}", i18n::word(lang, "report-group-unmet"));
    }
    if late > 0 {
        let args = Args::new().with("n", late);
        let _ = write!(out, " {}", i18n::text(lang, "report-late-passes", &args));
    }
    out.push('\n');
    for (gi, g) in r.rule.groups.iter().enumerate() {
        let who: Vec<String> = r
            .slots
            .iter()
            .filter(|s| s.group == gi)
            .map(|s| s.person.map_or("—".to_string(), name))
            .collect();
        let mut shown = who.join(", ");
        if who.len() < g.count as usize {
            let args = Args::new().with("n", g.count as usize - who.len());
            let _ = write!(
                shown,
                " {}",
                i18n::text(lang, "report-more-unfilled", &args)
            );
        }
        let _ = writeln!(out, "        {}", colon(lang, cx.group(lang, g), shown));
    }
    let not_counted = cx
        .as_of
        .map(|as_of| super::credentials::not_counted(cx, r.rule, as_of));
    for n in not_counted.unwrap_or_default() {
        let _ = writeln!(out, "        {}", n.text(cx, lang));
    }
}
