//! `rubric doc`: a competency's requirements page in Markdown, in the style of
//! the Microsoft Partner Network pages, generated from the rules alone.
//!
//! The Markdown layout is here; every phrase comes from the catalog
//! (`messages/<lang>/doc.ftl`), so a language is added there, not in code.

use std::fmt::Write;

use crate::i18n::{self, Args, Conj, Lang};
use crate::ir::{
    Clause, Competency, Exam, Individuals, Program, Requirement, SlotGroup, Threshold, Window,
};

/// The requirements page of one competency.
pub fn competency_page(program: &Program, c: &Competency, lang: Lang) -> String {
    let t = lang.tag();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", c.title.get(t));
    if !c.summary.is_empty() {
        let _ = writeln!(out, "{}\n", c.summary.get(t));
    }
    for o in &c.options {
        let title = if o.title.is_empty() {
            o.id.as_str()
        } else {
            o.title.get(t)
        };
        let _ = writeln!(out, "## {title}\n");
        if !o.summary.is_empty() {
            let _ = writeln!(out, "{}\n", o.summary.get(t));
        }
        for tier in &o.tiers {
            let title = if tier.title.is_empty() {
                tier.id.as_str()
            } else {
                tier.title.get(t)
            };
            let _ = writeln!(out, "### {title}\n");
            if let Some(months) = tier.qualified {
                crate::doc_score::qualified(months, lang, &mut out);
            }
            for (n, req) in tier.requirements.iter().enumerate() {
                requirement(program, tier, req, n + 1, lang, &mut out);
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Requirement number `n` of `tier`.
fn requirement(
    program: &Program,
    tier: &crate::ir::Tier,
    req: &Requirement,
    n: usize,
    lang: Lang,
    out: &mut String,
) {
    let t = lang.tag();
    match req {
        Requirement::Revenue(th) => revenue(program, th, n, lang, out),
        Requirement::Consumption(_) | Requirement::Count(_) | Requirement::NewCustomers(_) => {
            crate::doc_measures::measure(program, req, n, lang, out)
        }
        Requirement::Status(s) => {
            let title = program.statuses[s.status.index()].title.get(t);
            let args = Args::new().with("status", title);
            let text = i18n::text(lang, "doc-status", &args);
            let _ = writeln!(out, "{n}. {text}\n");
        }
        Requirement::Individuals(i) => {
            individuals(program, i, n, lang, out);
            crate::doc_people::shares(tier, i, lang, out);
        }
        Requirement::Score(s) => crate::doc_score::score(program, s, n, lang, out),
        Requirement::Either(e) => {
            let args = Args::new().with("count", e.branches.len());
            let intro = i18n::text(lang, "doc-either", &args);
            let _ = writeln!(out, "{n}. {intro}\n");
            for (bi, b) in e.branches.iter().enumerate() {
                let args = Args::new().with("branch", bi + 1);
                let head = i18n::text(lang, "doc-branch", &args);
                let _ = writeln!(out, "    - **{head}**\n");
                // The branch's requirements, numbered from 1 inside its item.
                let mut inner = String::new();
                for (k, r) in b.requirements.iter().enumerate() {
                    let r = with_tier_shares(tier, r);
                    requirement(program, tier, &r, k + 1, lang, &mut inner);
                }
                for line in inner.lines() {
                    match line.is_empty() {
                        true => out.push('\n'),
                        false => {
                            let _ = writeln!(out, "        {line}");
                        }
                    }
                }
            }
        }
    }
}

/// A people requirement of a branch, with the tier's requirements that
/// share people with it added to its own list: the sharing is said under
/// the branch's requirement, the only place a reader meets both.
fn with_tier_shares<'a>(
    tier: &crate::ir::Tier,
    r: &'a Requirement,
) -> std::borrow::Cow<'a, Requirement> {
    let Requirement::Individuals(i) = r else {
        return std::borrow::Cow::Borrowed(r);
    };
    let Some(name) = &i.name else {
        return std::borrow::Cow::Borrowed(r);
    };
    let extra: Vec<String> = (tier.requirements.iter())
        .filter_map(|t| match t {
            Requirement::Individuals(t) if t.shares.contains(name) => t.name.clone(),
            _ => None,
        })
        .filter(|n| !i.shares.contains(n))
        .collect();
    if extra.is_empty() {
        return std::borrow::Cow::Borrowed(r);
    }
    let mut i = i.clone();
    i.shares.extend(extra);
    std::borrow::Cow::Owned(Requirement::Individuals(i))
}

fn revenue(program: &Program, th: &Threshold, n: usize, lang: Lang, out: &mut String) {
    let t = lang.tag();
    let products: Vec<&str> = th
        .products
        .iter()
        .map(|p| program.products[p.index()].title.get(t))
        .collect();
    let products = i18n::join(lang, &products, Conj::Or);
    let kind = crate::report::measures::kind_titles(program, th, lang);
    let kind = kind.as_str();
    let _ = writeln!(out, "{n}. {}\n", i18n::word(lang, "doc-revenue-intro"));
    let (window, months) = match th.window {
        Window::Ttm => ("ttm", 12),
        Window::Months(m) => ("months", m),
    };
    for (mi, m) in &th.amounts {
        let market = &program.markets[mi.index()];
        let currency = &program.currencies[m.currency.index()].id;
        let amount = i18n::text(
            lang,
            "doc-money",
            &Args::new()
                .with("amount", i18n::amount(lang, m.amount))
                .with("currency", currency.as_str()),
        );
        let sentence = i18n::text(
            lang,
            "doc-revenue-threshold",
            &Args::new()
                .with("amount", amount)
                .with("products", products.as_str())
                .with("kind", kind)
                // French runs the kind inside a sentence, where it is lower-case.
                .with("kind-lower", kind.to_lowercase())
                .with("window", window)
                .with("months", months),
        );
        let _ = writeln!(out, "    - **{}**", market.title.get(t));
        let _ = writeln!(out, "        - {sentence}\n");
    }
    if th.dpor_only() {
        let args = Args::new().with("products", products.as_str());
        let _ = writeln!(out, "    - {}\n", i18n::text(lang, "doc-dpor", &args));
    } else if !th.associations.is_empty() {
        let titles = crate::report::measures::association_titles(program, th, lang);
        let args = Args::new()
            .with("products", products.as_str())
            .with("associations", titles);
        let _ = writeln!(
            out,
            "    - {}\n",
            i18n::text(lang, "doc-associations", &args)
        );
    }
}

fn individuals(program: &Program, req: &Individuals, n: usize, lang: Lang, out: &mut String) {
    let args = Args::new().with("n", req.total);
    let _ = writeln!(
        out,
        "{n}. {}\n",
        i18n::text(lang, "doc-individuals-intro", &args)
    );
    if let Some(each) = &req.each {
        crate::doc_people::each(program, each, lang, out);
        return;
    }
    let groups = req.groups.len();
    for (gi, g) in req.groups.iter().enumerate() {
        if let Some(cond) = &g.condition {
            crate::doc_people::condition(program, g, cond, gi, groups, lang, out);
            continue;
        }
        for (ci, c) in g.clauses.iter().enumerate() {
            let kinds = kinds(program, c);
            let _ = writeln!(out, "    - {}", clause(g, c, gi, ci, groups, kinds, lang));
            crate::doc_people::credentials(program, c, 2, lang, out);
            out.push('\n');
        }
    }
}

/// The kind of every credential of a clause (`exam`, `assessment`,
/// `certification`), or `credential` when it mixes kinds.
pub(crate) fn kinds(program: &Program, c: &Clause) -> &'static str {
    let mut kinds = c.exams.iter().map(|e| program.exams[e.index()].kind);
    match kinds.next() {
        Some(first) if kinds.all(|k| k == first) => first.keyword(),
        Some(_) => "credential",
        None => "exam",
    }
}

/// `70-480: Programming in HTML5…`, then in parentheses its kind (in a list
/// that mixes kinds), its course and its retirement date.
pub(crate) fn credential(exam: &Exam, mixed: bool, lang: Lang) -> String {
    let args = Args::new()
        .with("id", exam.id.as_str())
        .with("title", exam.title.get(lang.tag()));
    let mut line = i18n::text(lang, "doc-credential", &args);
    let mut notes = Vec::new();
    if mixed {
        notes.push(i18n::word(
            lang,
            &format!("doc-kind-{}", exam.kind.keyword()),
        ));
    }
    if let Some(n) = exam.course {
        notes.push(i18n::text(
            lang,
            "doc-course",
            &Args::new().with("course", n),
        ));
    }
    if let Some(d) = exam.retired {
        let args = Args::new()
            .with("date", d)
            // Languages write a day in their own order.
            .with("year", d.format("%Y").to_string())
            .with("month", d.format("%m").to_string())
            .with("day", d.format("%d").to_string());
        notes.push(i18n::text(lang, "doc-retired", &args));
    }
    if !notes.is_empty() {
        let _ = write!(line, " ({})", notes.join(", "));
    }
    line
}

/// Who must pass: "**1** individual", "The same individual", "The other
/// **2** individuals" (`position`: first, same, other or another).
pub(crate) fn subject(lang: Lang, position: &str, n: u32) -> String {
    let args = Args::new().with("position", position).with("n", n);
    i18n::text(lang, "doc-subject", &args)
}

/// One clause of a slot group: who ("**1** individual", "The same individual",
/// "The other **2** individuals", in the seed's wording) must pass what.
fn clause(
    g: &SlotGroup,
    c: &Clause,
    gi: usize,
    ci: usize,
    groups: usize,
    kinds: &str,
    lang: Lang,
) -> String {
    let position = match (gi, ci) {
        (0, 0) => "first",
        (_, c) if c > 0 => "same",
        _ if groups == 2 => "other",
        _ => "another",
    };
    let who = subject(lang, position, g.count);
    i18n::text(
        lang,
        "doc-clause",
        &Args::new()
            .with("who", who)
            .with("n", g.count)
            .with("also", if ci > 0 { "yes" } else { "no" })
            .with("need", c.need)
            .with("all", if c.all { "yes" } else { "no" })
            .with("kind", kinds),
    )
}
