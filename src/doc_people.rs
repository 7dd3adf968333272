//! `rubric doc` for per-person conditions with `or`: a nested list where
//! **OR** separates alternatives and **AND** joins what the same person
//! must also hold, as the pages write it.

use std::fmt::Write;

use crate::doc::{credential, kinds};
use crate::i18n::{self, Args, Lang};
use crate::ir::{Clause, Condition, Each, Individuals, Program, Requirement, SlotGroup, Tier};

/// Renders the slot group `g` (at index `gi` of `groups`) whose condition is `cond`.
pub(crate) fn condition(
    program: &Program,
    g: &SlotGroup,
    cond: &Condition,
    gi: usize,
    groups: usize,
    lang: Lang,
    out: &mut String,
) {
    let position = match gi {
        0 => "first",
        _ if groups == 2 => "other",
        _ => "another",
    };
    let who = crate::doc::subject(lang, position, g.count);
    let args = Args::new().with("who", who).with("n", g.count);
    let _ = writeln!(
        out,
        "    - {}",
        i18n::text(lang, "doc-condition-who", &args)
    );
    part(program, cond, None, 2, true, lang, out);
    out.push('\n');
}

/// "This can be completed by the same individuals as requirement 1.": a
/// people requirement of `tier` that shares people with others (numbered as
/// the page numbers the tier's requirements).
pub(crate) fn shares(tier: &Tier, req: &Individuals, lang: Lang, out: &mut String) {
    let numbers: Vec<String> = req
        .shares
        .iter()
        .filter_map(|name| {
            tier.requirements.iter().position(
                |r| matches!(r, Requirement::Individuals(i) if i.name.as_deref() == Some(name)),
            )
        })
        .map(|n| (n + 1).to_string())
        .collect();
    if numbers.is_empty() {
        return;
    }
    let args = Args::new()
        .with("n", req.total)
        .with(
            "with",
            i18n::Arg::words(numbers.iter().map(String::as_str), i18n::Conj::And),
        )
        .with("count", numbers.len());
    let _ = writeln!(
        out,
        "    - {}
",
        i18n::text(lang, "doc-shares", &args)
    );
}

/// A block written with `each:` and `K of them:`: "**4** individuals must
/// each: …", then "**2** of the same 4 individuals must also: …".
pub(crate) fn each(program: &Program, each: &Each, lang: Lang, out: &mut String) {
    let n = each.each.count;
    let who = crate::doc::subject(lang, "first", n);
    let args = Args::new().with("who", who).with("n", n);
    let _ = writeln!(
        out,
        "    - {}",
        i18n::text(lang, "doc-condition-who", &args)
    );
    let tree = crate::compile::tree(&each.each);
    part(program, &tree, None, 2, true, lang, out);
    out.push('\n');
    if let Some(also) = &each.of_them {
        let args = Args::new().with("k", also.count).with("n", n);
        let _ = writeln!(out, "    - {}", i18n::text(lang, "doc-of-them-who", &args));
        let tree = crate::compile::tree(also);
        part(program, &tree, None, 2, true, lang, out);
        out.push('\n');
    }
}

/// One part of a condition at list depth `depth`, prefixed by the
/// connective that joins it to the part before (`prefix`); the `root`'s
/// parts sit right under the person.
fn part(
    program: &Program,
    c: &Condition,
    prefix: Option<&str>,
    depth: usize,
    root: bool,
    lang: Lang,
    out: &mut String,
) {
    let ind = "    ".repeat(depth);
    let lead = prefix.map_or(String::new(), |p| format!("{} ", i18n::word(lang, p)));
    match c {
        Condition::Clause(cl) => {
            let _ = writeln!(out, "{ind}- {lead}{}", clause(program, cl, lang));
            credentials(program, cl, depth + 1, lang, out);
        }
        Condition::AnyArea(cls) => {
            let _ = writeln!(out, "{ind}- {lead}{}", any_area(program, cls, lang));
            for cl in cls {
                credentials(program, cl, depth + 1, lang, out);
            }
        }
        Condition::And(parts) | Condition::Or(parts) => {
            let (intro, joiner) = match c {
                Condition::Or(_) => ("doc-condition-either", "doc-condition-or"),
                _ => ("doc-condition-both", "doc-condition-and"),
            };
            // The root's parts sit right under the person; a nested group
            // gets its own line saying how its parts combine.
            let depth = if root {
                depth
            } else {
                let _ = writeln!(out, "{ind}- {lead}{}", i18n::word(lang, intro));
                depth + 1
            };
            for (i, p) in parts.iter().enumerate() {
                part(
                    program,
                    p,
                    (i > 0).then_some(joiner),
                    depth,
                    false,
                    lang,
                    out,
                );
            }
        }
    }
}

/// The credentials of a clause at list depth `depth`: under the title of its
/// focus area when it has one.
pub(crate) fn credentials(
    program: &Program,
    cl: &Clause,
    depth: usize,
    lang: Lang,
    out: &mut String,
) {
    let mut ind = "    ".repeat(depth);
    if let Some(area) = cl.area.and_then(|a| program.areas.get(a.index())) {
        let args = Args::new().with("title", area.title.get(lang.tag()));
        let _ = writeln!(out, "{ind}- {}", i18n::text(lang, "doc-area-title", &args));
        ind.push_str("    ");
    }
    let mixed = kinds(program, cl) == "credential";
    for e in &cl.exams {
        let line = credential(&program.exams[e.index()], mixed, lang);
        let _ = writeln!(out, "{ind}- {line}");
    }
}

/// What `Q of any area [...]` asks: "pass all of the exams of one of the
/// following focus areas:".
fn any_area(program: &Program, cls: &[Clause], lang: Lang) -> String {
    let first = &cls[0];
    let mut kinds_of = cls.iter().map(|c| kinds(program, c));
    let kind = match kinds_of.next() {
        Some(k) if kinds_of.all(|o| o == k) => k,
        _ => "credential",
    };
    let args = Args::new()
        .with("need", first.need)
        .with("all", if first.all { "yes" } else { "no" })
        .with("kind", kind)
        .with("areas", cls.len());
    i18n::text(lang, "doc-any-area", &args)
}

/// What a clause asks, without its subject: "pass all of the following exams:".
fn clause(program: &Program, c: &Clause, lang: Lang) -> String {
    let args = Args::new()
        .with("need", c.need)
        .with("all", if c.all { "yes" } else { "no" })
        .with("kind", kinds(program, c));
    i18n::text(lang, "doc-condition-clause", &args)
}
