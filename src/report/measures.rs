//! Words for what a measure counts: its revenue kinds, products, metric and
//! the association types a line must carry, shared by the report and
//! `rubric doc`; the lines of the report for counted measures.

use super::Context;
use crate::data::Partner;
use crate::eval::{QuantityGap, QuantityOutcome, Record};
use crate::i18n::{self, Arg, Args, Conj, Lang};
use crate::ir::{AssociationIdx, ProductIdx, Program, Quantity, Threshold};

/// The titles of the kinds a threshold counts, joined with "or"; for
/// `of any kind`, the word for revenue of any kind.
pub(crate) fn kind_titles(program: &Program, t: &Threshold, lang: Lang) -> String {
    if t.any_kind {
        return i18n::word(lang, "measures-any-kind");
    }
    let titles: Vec<&str> = (t.kinds.iter())
        .filter_map(|k| program.kinds.get(k.index()))
        .map(|k| k.title.get(lang.tag()))
        .collect();
    i18n::join(lang, &titles, Conj::Or)
}

/// The titles of the association types a threshold asks for, joined with "or".
pub(crate) fn association_titles(program: &Program, t: &Threshold, lang: Lang) -> String {
    titles_of(program, &t.associations, lang)
}

/// How a threshold filters by association: `no`, `yes` (DPOR only, as v1
/// words it) or `assoc` (other types: see [`association_titles`]).
pub(crate) fn association_case(t: &Threshold) -> &'static str {
    if t.associations.is_empty() {
        "no"
    } else if t.dpor_only() {
        "yes"
    } else {
        "assoc"
    }
}

/// The titles of `products`, joined with "or".
pub(crate) fn product_titles(program: &Program, products: &[ProductIdx], lang: Lang) -> String {
    let titles: Vec<&str> = (products.iter())
        .filter_map(|p| program.products.get(p.index()))
        .map(|p| p.title.get(lang.tag()))
        .collect();
    i18n::join(lang, &titles, Conj::Or)
}

/// The title of the metric a `count` counts (empty for new customers).
pub(crate) fn metric_title(program: &Program, q: &Quantity, lang: Lang) -> String {
    (q.metric.and_then(|m| program.metrics.get(m.index())))
        .map_or(String::new(), |m| m.title.get(lang.tag()).to_string())
}

/// `consumption of Microsoft Azure`.
pub(crate) fn consumption_what(program: &Program, t: &Threshold, lang: Lang) -> String {
    let args = Args::new().with("products", product_titles(program, &t.products, lang));
    i18n::text(lang, "report-consumption-what", &args)
}

/// `paid seats in Power BI`, `new customers of Intune`.
pub(crate) fn quantity_what(program: &Program, q: &Quantity, lang: Lang) -> String {
    let args = Args::new()
        .with("metric", metric_title(program, q, lang))
        .with("products", product_titles(program, &q.products, lang));
    let id = match q.metric {
        Some(_) => "report-count-what",
        None => "report-new-customers-what",
    };
    i18n::text(lang, id, &args)
}

/// A whole number as the language writes it (`2,000`, `2 000`).
pub(crate) fn count(lang: Lang, n: u64) -> String {
    i18n::amount(lang, rust_decimal::Decimal::from(n))
}

/// The headline of a counted measure: `seats: 120 of 250 required — short by 130`.
pub(crate) fn quantity_head(program: &Program, q: &QuantityOutcome, lang: Lang) -> String {
    let args = Args::new()
        .with("metric", metric_title(program, q.rule, lang))
        .with("found", count(lang, q.found))
        .with("required", count(lang, q.required));
    let id = match q.rule.metric {
        Some(_) => "report-count",
        None => "report-new-customers",
    };
    let mut head = i18n::text(lang, id, &args);
    if let Some(s) = q.shortfall {
        let args = Args::new().with("shortfall", count(lang, s));
        head = format!("{head} — {}", i18n::text(lang, "report-short-by", &args));
    }
    head
}

/// The customer of a record of the partner.
pub(crate) fn customer(partner: &Partner, r: Record) -> &str {
    fn line(l: &[crate::data::RevenueLine], i: u32) -> Option<&str> {
        l.get(i as usize).map(|l| &*l.customer)
    }
    match r {
        Record::Revenue(i) => line(&partner.revenue, i),
        Record::Consumption(i) => line(&partner.consumption, i),
        Record::Usage(i) => partner.usage.get(i as usize).map(|u| &*u.line.customer),
    }
    .unwrap_or("")
}

/// The evidence of a counted measure, as phrases: records or customers
/// counted, the window, the associations asked, customers existing before
/// the window.
pub(crate) fn quantity_why(cx: &Context, q: &QuantityOutcome, lang: Lang) -> Vec<String> {
    let customers =
        |rs: &[Record]| Arg::ids(rs.iter().map(|r| customer(cx.partner, *r)), Conj::And);
    let mut why = Vec::new();
    if q.rule.metric.is_some() {
        let args = Args::new().with("n", q.counted.len());
        why.push(i18n::text(lang, "report-records-counted", &args));
    } else if !q.counted.is_empty() {
        let args = Args::new()
            .with("n", q.counted.len())
            .with("customers", customers(&q.counted));
        why.push(i18n::text(lang, "report-customers-counted", &args));
    }
    why.push(format!("{} < date ≤ {}", q.window_start, q.window_end));
    if !q.rule.associations.is_empty() {
        let titles = titles_of(cx.program, &q.rule.associations, lang);
        let args = Args::new().with("associations", titles);
        why.push(i18n::text(lang, "report-associated-only", &args));
    }
    if !q.existing.is_empty() {
        let args = Args::new()
            .with("n", q.existing.len())
            .with("customers", customers(&q.existing));
        why.push(i18n::text(lang, "report-existing-customers", &args));
    }
    why
}

/// The titles of association types, joined with "or".
pub(crate) fn titles_of(program: &Program, types: &[AssociationIdx], lang: Lang) -> String {
    let titles: Vec<&str> = (types.iter())
        .filter_map(|a| program.associations.get(a.index()))
        .map(|a| a.title.get(lang.tag()))
        .collect();
    i18n::join(lang, &titles, Conj::Or)
}

/// One step of a plan: `add 130 more paid seats in Power BI, dated after …`.
pub(crate) fn quantity_plan(program: &Program, g: &QuantityGap, lang: Lang) -> String {
    let args = Args::new()
        .with("n", g.shortfall)
        .with("count", count(lang, g.shortfall))
        .with("what", quantity_what(program, g.rule, lang))
        .with("after", g.window_start)
        .with(
            "assoc",
            if g.rule.associations.is_empty() {
                "no"
            } else {
                "yes"
            },
        )
        .with(
            "associations",
            titles_of(program, &g.rule.associations, lang),
        );
    i18n::text(lang, "report-plan-add", &args)
}
