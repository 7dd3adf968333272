//! Evaluation outcomes as one self-contained HTML page (no script, no
//! network): per partner, the tier ladder of each option, each requirement
//! as a bar of found against required with its evidence, and the plan to the
//! next tier; for a batch, a summary first (tiers reached per option, the
//! partners closest to their next tier) linking to the partners.
//!
//! The page is written in pieces — [`page_start`], one [`partner`] section
//! per partner, [`Summary::render`], [`page_end`] — so a batch of any size is
//! streamed, never held whole. Every word comes from the message catalog.

use std::collections::BTreeMap;
use std::fmt::Write;

use rust_decimal::Decimal;

use super::outcome::Context;
use crate::eval::{
    ExclusionReason, IndividualsOutcome, OptionOutcome, Outcome, RequirementOutcome, RevenueOutcome,
};
use crate::i18n::{self, Arg, Args, Lang};

/// Partners listed as closest to their next tier.
const CLOSEST_SHOWN: usize = 20;

const STYLE: &str = "
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f4f5f8;display:flex;flex-direction:column}
main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem;display:flex;flex-direction:column;gap:1.5rem}
#summary{order:-1}
section,.summary{background:#fff;border-radius:10px;padding:1rem 1.5rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.35rem;margin:.2rem 0}h1 small{font-weight:400;color:#5b6475;font-size:.9rem}
h2{font-size:1.1rem;margin:1.2rem 0 .4rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
.ladder{display:flex;gap:.4rem;list-style:none;padding:0;margin:.3rem 0 .8rem}
.ladder li{padding:.2rem .8rem;border-radius:999px;background:#e6e8ee;color:#5b6475}
.ladder li.met{background:#d6f0df;color:#145c2e}
.ladder li.attained{background:#1f8a4c;color:#fff;font-weight:600}
.ladder li.next{outline:2px dashed #c77d00}
.req{margin:.5rem 0 .9rem}.req p{margin:.15rem 0}
.branch{margin-left:1.2rem;padding-left:.6rem;border-left:2px solid #ddd}
.ok{color:#1f8a4c}.ko{color:#b3261e}
.bar{height:.6rem;background:#e6e8ee;border-radius:999px;overflow:hidden;max-width:420px}
.bar span{display:block;height:100%;background:#c77d00}.bar span.full{background:#1f8a4c}
table{border-collapse:collapse;font-size:.88rem;margin:.3rem 0}
td,th{padding:.15rem .6rem;border-bottom:1px solid #e6e8ee;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.plan{background:#fff7e6;border-left:4px solid #c77d00;padding:.4rem 1rem;margin:.6rem 0}
details summary{cursor:pointer;color:#3a4254}
";

/// `<` `>` `&` `"` `'` escaped, for text and attribute values.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The start of a page titled `title`, up to the opening of `<main>`.
pub fn page_start(lang: Lang, title: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        lang.tag(),
        esc(title)
    )
}

/// The end of a page.
pub fn page_end() -> &'static str {
    "</main>\n</body>\n</html>\n"
}

/// The section of a partner that could not be evaluated: its diagnostics, as text.
pub fn failed(name: &str, diagnostics: &str) -> String {
    format!(
        "<section class=\"partner failed\">\n<h1 class=\"ko\">{}</h1>\n<pre>{}</pre>\n</section>\n",
        esc(name),
        esc(diagnostics)
    )
}

/// The anchor of a partner's section.
fn anchor(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("partner-{safe}")
}

/// One partner's section: a header, then each option.
pub fn partner(cx: &Context, outcome: &Outcome, lang: Lang) -> String {
    let cx = &cx.with_as_of(outcome.as_of);
    let p = cx.partner;
    let mut out = String::new();
    let name = p.name.as_deref().unwrap_or(&p.id);
    let args = Args::new()
        .with("partner", &*p.id)
        .with("country", &*p.country)
        .with("market", outcome.market)
        .with("as_of", outcome.as_of);
    let _ = writeln!(
        out,
        "<section id=\"{}\" class=\"partner\">\n<h1>{} <small>{}</small></h1>",
        anchor(&p.id),
        esc(name),
        esc(&i18n::text(lang, "report-header", &args))
    );
    for o in &outcome.options {
        option(cx, o, lang, &mut out);
    }
    if outcome.options.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            esc(&i18n::word(lang, "report-no-competency"))
        );
    }
    out.push_str("</section>\n");
    out
}

fn option(cx: &Context, o: &OptionOutcome, lang: Lang, out: &mut String) {
    let _ = writeln!(out, "<h2>{}</h2>", esc(&cx.option_heading(lang, o)));
    let next = o.gap.as_ref().map(|g| g.tier);
    out.push_str("<ol class=\"ladder\">");
    for t in &o.tiers {
        let mut class = Vec::new();
        if t.met {
            class.push("met");
        }
        if o.attained == Some(t.tier) {
            class.push("attained");
        }
        if next == Some(t.tier) {
            class.push("next");
        }
        let _ = write!(
            out,
            "<li class=\"{}\">{}</li>",
            class.join(" "),
            esc(t.tier)
        );
    }
    out.push_str("</ol>\n");
    for t in &o.tiers {
        // The tier to reach next is open; the others are a click away.
        let open = if next == Some(t.tier) { " open" } else { "" };
        let mark = if t.met { "✓" } else { "✗" };
        let _ = writeln!(
            out,
            "<details{open}><summary><strong>{mark} {}</strong></summary>",
            esc(t.tier)
        );
        for r in &t.requirements {
            requirement(cx, r, lang, out);
        }
        out.push_str("</details>\n");
    }
    if let Some(gap) = &o.gap {
        plan(cx, gap, lang, out);
    }
}

/// One requirement's block.
pub(super) fn requirement(cx: &Context, r: &RequirementOutcome, lang: Lang, out: &mut String) {
    match r {
        RequirementOutcome::Revenue(r) => revenue(cx, r, lang, false, out),
        RequirementOutcome::Consumption(r) => revenue(cx, r, lang, true, out),
        RequirementOutcome::Count(q) | RequirementOutcome::NewCustomers(q) => {
            let why = super::measures::quantity_why(cx, q, lang);
            let _ = writeln!(
                out,
                "<div class=\"req\"><p class=\"{}\">{}</p>\n<p>{}</p>\n{}\n<p>{}</p></div>",
                verdict(q.met),
                esc(&super::measures::quantity_head(cx.program, q, lang)),
                esc(&super::measures::quantity_what(cx.program, q.rule, lang)),
                bar(Decimal::from(q.found), Decimal::from(q.required)),
                esc(&why.join(&i18n::word(lang, "report-separator")))
            );
        }
        RequirementOutcome::Individuals(r) => individuals(cx, r, lang, out),
        RequirementOutcome::Status(s) => {
            let args = Args::new().with("status", cx.status_title(lang, s.rule));
            let msg = match s.met {
                true => "report-status-held",
                false => "report-status-missing",
            };
            let _ = writeln!(
                out,
                "<div class=\"req\"><p class=\"{}\">{}</p></div>",
                verdict(s.met),
                esc(&i18n::text(lang, msg, &args))
            );
        }
        RequirementOutcome::Score(s) => {
            out.push_str("<div class=\"req\">");
            for (met, line) in super::score::lines(cx.program, s, lang) {
                let _ = write!(out, "<p class=\"{}\">{}</p>", verdict(met), esc(&line));
            }
            out.push_str("</div>\n");
        }
        RequirementOutcome::Either(e) => super::either::html(cx, e, lang, out),
    }
}

/// A bar of `found` against `required`, full when met.
fn bar(found: Decimal, required: Decimal) -> String {
    let percent = if required <= Decimal::ZERO {
        100
    } else {
        let p = (found * Decimal::ONE_HUNDRED / required).round();
        u32::try_from(p.mantissa().clamp(0, 100)).unwrap_or(100)
    };
    let full = if percent >= 100 {
        " class=\"full\""
    } else {
        ""
    };
    format!("<div class=\"bar\"><span{full} style=\"width:{percent}%\"></span></div>")
}

fn verdict(met: bool) -> &'static str {
    if met {
        "ok"
    } else {
        "ko"
    }
}

/// A revenue threshold, or a consumption one (`consumption`: its lines are the partner's `consumption`).
fn revenue(cx: &Context, r: &RevenueOutcome, lang: Lang, consumption: bool, out: &mut String) {
    let c = r.currency;
    let args = Args::new()
        .with("found", Arg::money(r.found, c))
        .with("required", Arg::money(r.required, c));
    let (msg, what, lines) = match consumption {
        true => (
            "report-consumption",
            super::measures::consumption_what(cx.program, r.rule, lang),
            &cx.partner.consumption,
        ),
        false => (
            "report-revenue",
            cx.revenue_what(lang, r.rule),
            &cx.partner.revenue,
        ),
    };
    let mut head = i18n::text(lang, msg, &args);
    if let Some(text) = super::outcome::undecided(lang, r, consumption) {
        head = format!("{head} — {text}");
    }
    if let Some(s) = r.shortfall {
        let args = Args::new().with("shortfall", Arg::money(s, c));
        head = format!("{head} — {}", i18n::text(lang, "report-short-by", &args));
    }
    let _ = writeln!(
        out,
        "<div class=\"req\"><p class=\"{}\">{}</p>\n<p>{}</p>\n{}",
        verdict(r.met),
        esc(&head),
        esc(&what),
        bar(r.found, r.required)
    );
    let counted = i18n::text(
        lang,
        "report-lines-counted",
        &Args::new().with("n", r.counted.len()),
    );
    let _ = writeln!(
        out,
        "<details><summary>{} ({} &lt; date ≤ {})</summary><table>",
        esc(&counted),
        r.window_start,
        r.window_end
    );
    let row = |i: u32, note: &str, out: &mut String| {
        if let Some(l) = lines.get(i as usize) {
            let _ = writeln!(
                out,
                "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                i,
                esc(&l.customer),
                esc(&l.product_id),
                l.date,
                esc(&i18n::money(lang, l.amount, &l.currency_id)),
                esc(note)
            );
        }
    };
    for &i in &r.counted {
        row(i, "", out);
    }
    for reason in ExclusionReason::ALL {
        for e in r.excluded.iter().filter(|e| e.reason == reason) {
            let args = Args::new().with("n", 1u32).with("reason", reason.name());
            row(e.line, &i18n::text(lang, "report-excluded", &args), out);
        }
    }
    out.push_str("</table></details></div>\n");
}

fn individuals(cx: &Context, r: &IndividualsOutcome, lang: Lang, out: &mut String) {
    let args = Args::new()
        .with("filled", r.filled)
        .with("required", r.required);
    let _ = writeln!(
        out,
        "<div class=\"req\"><p class=\"{}\">{}</p>\n{}\n<table>",
        verdict(r.met),
        esc(&i18n::text(lang, "report-individuals", &args)),
        bar(Decimal::from(r.filled), Decimal::from(r.required))
    );
    for s in &r.slots {
        let Some(g) = r.rule.groups.get(s.group) else {
            continue;
        };
        let who = match s.person {
            Some(p) => format!("<span class=\"ok\">{}</span>", esc(&cx.person(p))),
            None => {
                let shown: Vec<String> = s
                    .candidates
                    .iter()
                    .map(|c| format!("{} → {}", cx.person(c.person), cx.pass(lang, &c.missing)))
                    .collect();
                format!("<span class=\"ko\">—</span> {}", esc(&shown.join("; ")))
            }
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{who}</td></tr>",
            esc(&cx.group(lang, g))
        );
    }
    if let Some(as_of) = cx.as_of {
        for n in super::credentials::not_counted(cx, r.rule, as_of) {
            let _ = writeln!(
                out,
                "<tr><td colspan=\"2\">{}</td></tr>",
                esc(&n.text(cx, lang))
            );
        }
    }
    out.push_str("</table></div>\n");
}

fn plan(cx: &Context, gap: &crate::eval::Gap, lang: Lang, out: &mut String) {
    let title = i18n::text(lang, "report-plan", &Args::new().with("tier", gap.tier));
    let _ = writeln!(out, "<div class=\"plan\"><h3>{}</h3>", esc(&title));
    let plan = super::plan::plan(cx, gap, lang);
    if let Some(branch) = plan.branch {
        let _ = writeln!(out, "<p>{}</p>", esc(&branch));
    }
    out.push_str("<ul>\n");
    for step in plan.steps {
        let _ = write!(out, "<li>{}", esc(&step.text));
        if !step.details.is_empty() {
            out.push_str("<ul>");
            for line in step.details {
                let _ = write!(out, "<li>{}</li>", esc(&line));
            }
            out.push_str("</ul>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    if let Some(total) = plan.total {
        let _ = writeln!(out, "<p>{}</p>", esc(&total));
    }
    out.push_str("</div>\n");
}

/// What a batch page says first: partners per tier of each option, and the
/// partners closest to their next tier. Bounded: counts, and the closest few.
#[derive(Debug, Default)]
pub struct Summary {
    partners: usize,
    /// Per `(competency, option)`: partners per tier reached (`None`: none).
    tiers: BTreeMap<(String, String), BTreeMap<Option<String>, usize>>,
    /// Per `(competency, option)`: its tiers, lowest first.
    order: BTreeMap<(String, String), Vec<String>>,
    /// `(unmet requirements, exam passes, partner id, name, option, next tier)`, best first.
    closest: Vec<(usize, u32, String, String, String, String)>,
}

impl Summary {
    /// Counts one evaluated partner.
    pub fn add(&mut self, cx: &Context, outcome: &Outcome) {
        self.partners += 1;
        for o in &outcome.options {
            let key = (o.competency.to_string(), o.option.to_string());
            if !self.order.contains_key(&key) {
                let tiers = o.tiers.iter().map(|t| t.tier.to_string()).collect();
                self.order.insert(key.clone(), tiers);
            }
            *self
                .tiers
                .entry(key)
                .or_default()
                .entry(o.attained.map(str::to_string))
                .or_default() += 1;
            let (Some(gap), Some(next)) = (&o.gap, o.gap.as_ref().and_then(|g| o.tier(g.tier)))
            else {
                continue;
            };
            let unmet = next.requirements.iter().filter(|r| !r.met()).count();
            let passes = gap.individuals.iter().map(|i| i.exam_passes).sum();
            let p = cx.partner;
            let entry = (
                unmet,
                passes,
                p.id.to_string(),
                p.name.as_deref().unwrap_or(&p.id).to_string(),
                format!("{}/{}", o.competency, o.option),
                gap.tier.to_string(),
            );
            self.keep_if_close(entry);
        }
    }

    /// Keeps `entry` if it is among the closest few.
    fn keep_if_close(&mut self, entry: (usize, u32, String, String, String, String)) {
        let at = self
            .closest
            .partition_point(|e| (e.0, e.1, &e.2) <= (entry.0, entry.1, &entry.2));
        if at < CLOSEST_SHOWN {
            self.closest.insert(at, entry);
            self.closest.truncate(CLOSEST_SHOWN);
        }
    }

    /// Adds the counts of `other` (a summary built on another thread).
    pub fn merge(&mut self, other: Summary) {
        self.partners += other.partners;
        for (key, counts) in other.tiers {
            let mine = self.tiers.entry(key).or_default();
            for (tier, n) in counts {
                *mine.entry(tier).or_default() += n;
            }
        }
        for (key, order) in other.order {
            self.order.entry(key).or_insert(order);
        }
        for entry in other.closest {
            self.keep_if_close(entry);
        }
    }

    /// The summary section (`id="summary"`, shown first by the page's style).
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::from("<div id=\"summary\" class=\"summary\">\n");
        let args = Args::new().with("n", self.partners);
        let _ = writeln!(
            out,
            "<h1>{}</h1>",
            esc(&i18n::text(lang, "report-html-summary", &args))
        );
        let none = i18n::word(lang, "report-none");
        for ((competency, option), counts) in &self.tiers {
            let _ = writeln!(out, "<h2>{}/{}</h2><table>", esc(competency), esc(option));
            let most = counts.values().copied().max().unwrap_or(1).max(1);
            // Highest tier first, then no tier.
            let order = self.order.get(&(competency.clone(), option.clone()));
            let rows = order
                .into_iter()
                .flatten()
                .rev()
                .map(|t| Some(t.clone()))
                .chain([None])
                .filter_map(|t| counts.get(&t).map(|n| (t, n)));
            for (tier, n) in rows {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td class=\"n\">{n}</td><td style=\"width:300px\">{}</td></tr>",
                    esc(tier.as_deref().unwrap_or(&none)),
                    bar(Decimal::from(*n), Decimal::from(most))
                );
            }
            out.push_str("</table>\n");
        }
        if !self.closest.is_empty() {
            let _ = writeln!(
                out,
                "<h2>{}</h2><ol>",
                esc(&i18n::word(lang, "report-html-closest"))
            );
            for (unmet, passes, id, name, option, next) in &self.closest {
                let args = Args::new()
                    .with("option", option.as_str())
                    .with("tier", next.as_str())
                    .with("unmet", *unmet)
                    .with("passes", *passes);
                let _ = writeln!(
                    out,
                    "<li><a href=\"#{}\">{}</a> — {}</li>",
                    anchor(id),
                    esc(name),
                    esc(&i18n::text(lang, "report-html-closest-item", &args))
                );
            }
            out.push_str("</ol>\n");
        }
        out.push_str("</div>\n");
        out
    }
}
