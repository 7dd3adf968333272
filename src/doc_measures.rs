//! `rubric doc` for the measures of partner data v2: consumption, counts of
//! a usage metric and new customers (measures lane).

use std::fmt::Write;

use rust_decimal::Decimal;

use crate::i18n::{self, Args, Lang};
use crate::ir::{AssociationIdx, MarketIdx, ProductIdx, Program, Requirement, Window};
use crate::report::measures::{metric_title, product_titles, titles_of};

/// What a measure's sentences need: products, window, association types,
/// the figure of each market worded, the message, the metric's title.
type Shape<'p> = (
    &'p [ProductIdx],
    Window,
    &'p [AssociationIdx],
    Vec<(MarketIdx, String)>,
    &'static str,
    String,
);

/// Item `n` of a tier: a `consumption`, `count` or `new customers` requirement.
pub(crate) fn measure(
    program: &Program,
    req: &Requirement,
    n: usize,
    lang: Lang,
    out: &mut String,
) {
    let t = lang.tag();
    // Per market: the figure, worded (money for consumption, a count else).
    let (products, window, associations, figures, msg, metric): Shape = match req {
        Requirement::Consumption(th) => {
            let figures = (th.amounts.iter()).map(|(mi, m)| {
                let currency = program.currencies[m.currency.index()].id.as_str();
                let args = Args::new()
                    .with("amount", i18n::amount(lang, m.amount))
                    .with("currency", currency);
                (*mi, i18n::text(lang, "doc-money", &args))
            });
            let figures = figures.collect();
            (
                &th.products,
                th.window,
                &th.associations,
                figures,
                "doc-consumption-threshold",
                String::new(),
            )
        }
        Requirement::Count(q) | Requirement::NewCustomers(q) => {
            let figures =
                (q.counts.iter()).map(|(mi, c)| (*mi, i18n::amount(lang, Decimal::from(*c))));
            let msg = match q.metric {
                Some(_) => "doc-count-threshold",
                None => "doc-new-customers-threshold",
            };
            (
                &q.products,
                q.window,
                &q.associations,
                figures.collect(),
                msg,
                metric_title(program, q, lang),
            )
        }
        _ => return,
    };
    let products = product_titles(program, products, lang);
    let _ = writeln!(out, "{n}. {}\n", i18n::word(lang, "doc-revenue-intro"));
    let (window, months) = match window {
        Window::Ttm => ("ttm", 12),
        Window::Months(m) => ("months", m),
    };
    for (mi, figure) in figures {
        let args = Args::new()
            .with("amount", figure)
            .with("metric", metric.as_str())
            .with("products", products.as_str())
            .with("window", window)
            .with("months", months);
        let market = program.markets[mi.index()].title.get(t);
        let _ = writeln!(out, "    - **{market}**");
        let _ = writeln!(out, "        - {}\n", i18n::text(lang, msg, &args));
    }
    if matches!(req, Requirement::Count(_) | Requirement::NewCustomers(_)) {
        let _ = writeln!(out, "    - {}\n", i18n::word(lang, "doc-paid-only"));
    }
    if !associations.is_empty() {
        let args = Args::new()
            .with("products", products.as_str())
            .with("associations", titles_of(program, associations, lang));
        let _ = writeln!(
            out,
            "    - {}\n",
            i18n::text(lang, "doc-associations", &args)
        );
    }
}
