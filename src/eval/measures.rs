//! Requirements on what the partner did as a company, besides revenue:
//! statuses held on the as-of date, counted usage, new customers.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::revenue::window_start;
use super::{QuantityOutcome, Record, StatusOutcome};
use crate::data::{Partner, RevenueLine};
use crate::ir::{ProductIdx, Program, Quantity, StatusRequirement};

/// `status ID`: held when an entry for it has `from ≤ as_of ≤ until` (an
/// absent bound is open). The entry shown is the first that holds, in file
/// order; the verdict does not depend on the order.
pub(super) fn status<'p>(
    r: &'p StatusRequirement,
    partner: &Partner,
    as_of: NaiveDate,
) -> StatusOutcome<'p> {
    let held = partner.statuses.iter().position(|s| {
        s.status == Some(r.status)
            && s.from.is_none_or(|f| f <= as_of)
            && s.until.is_none_or(|u| as_of <= u)
    });
    StatusOutcome {
        requirement: &r.id,
        rule: r,
        met: held.is_some(),
        held: held.map(|i| i as u32),
    }
}

/// `count METRIC in [P] over W with A at least N` (design §4.3): paid
/// records of the metric for products of P dated in W. For a `latest`
/// metric (a stock), each customer and product counts the quantity of its
/// latest record, if that record carries an association of A; for a `summed`
/// metric (a flow), every record with one counts.
pub(super) fn count<'p>(
    program: &Program,
    q: &'p Quantity,
    partner: &Partner,
    as_of: NaiveDate,
) -> QuantityOutcome<'p> {
    let start = window_start(as_of, q.window.months());
    let summed = (q.metric.and_then(|m| program.metrics.get(m.index()))).is_some_and(|m| m.summed);
    let in_products = |p: Option<ProductIdx>| p.is_some_and(|p| q.products.contains(&p));
    let records = (partner.usage.iter().enumerate()).filter(|(_, r)| {
        r.metric.is_some() && r.metric == q.metric && r.paid && in_products(r.line.product)
    });
    let records = records.filter(|(_, r)| start < r.line.date && r.line.date <= as_of);
    let mut counted: Vec<u32> = if summed {
        records.map(|(i, _)| i as u32).collect()
    } else {
        // The latest record of each customer and product (`duplicate-snapshot`
        // makes it unique, up to identical copies).
        let mut latest: BTreeMap<(&str, Option<ProductIdx>), (NaiveDate, u32)> = BTreeMap::new();
        for (i, r) in records {
            let e = latest
                .entry((&r.line.customer, r.line.product))
                .or_insert((r.line.date, i as u32));
            if r.line.date > e.0 {
                *e = (r.line.date, i as u32);
            }
        }
        latest.into_values().map(|(_, i)| i).collect()
    };
    counted.retain(|&i| partner.usage[i as usize].line.associated(&q.associations));
    counted.sort_unstable();
    let found = (counted.iter()).fold(0u64, |n, &i| {
        n.saturating_add(partner.usage[i as usize].quantity)
    });
    let counted = counted.into_iter().map(Record::Usage).collect();
    judge(q, partner, (start, as_of), found, counted, Vec::new())
}

/// What new-customer counting needs to know of one customer.
struct Seen {
    /// The earliest record in the products, and its date.
    first: (NaiveDate, Record),
    /// The earliest record in the window that carries an allowed
    /// association: the evidence that the customer counts.
    carrier: Option<(NaiveDate, Record)>,
    /// Some record is in the window.
    in_window: bool,
}

/// `new customers in [P] over W with A at least N` (design §4.4): distinct
/// customers whose earliest record for a product of P (revenue or
/// consumption line, or paid usage record, of a positive amount or quantity,
/// dated up to the as-of date) lies in W, and with a record in W that
/// carries an association of A.
pub(super) fn new_customers<'p, 'a>(
    q: &'p Quantity,
    partner: &'a Partner,
    as_of: NaiveDate,
) -> QuantityOutcome<'p> {
    let start = window_start(as_of, q.window.months());
    let in_products = |p: Option<ProductIdx>| p.is_some_and(|p| q.products.contains(&p));
    let mut customers: BTreeMap<&str, Seen> = BTreeMap::new();
    // Every line and paid record, with a positive amount or quantity.
    let lines = |v: &'a [RevenueLine], f: fn(u32) -> Record| {
        let v = v.iter().enumerate().filter(|(_, l)| !l.amount.is_zero());
        v.map(move |(i, l)| (l, f(i as u32)))
    };
    let usage = partner.usage.iter().enumerate();
    // A record of a metric the rules do not declare is set aside (`unknown-metric`).
    let usage = usage.filter(|(_, r)| r.paid && r.quantity > 0 && r.metric.is_some());
    let usage = usage.map(|(i, r)| (&r.line, Record::Usage(i as u32)));
    let all = lines(&partner.revenue, Record::Revenue);
    for (l, record) in all
        .chain(lines(&partner.consumption, Record::Consumption))
        .chain(usage)
    {
        let (customer, product, date) = (&*l.customer, l.product, l.date);
        let associated = l.associated(&q.associations);
        if !in_products(product) || date > as_of {
            continue;
        }
        let in_window = start < date;
        let seen = customers.entry(customer).or_insert(Seen {
            first: (date, record),
            carrier: None,
            in_window: false,
        });
        seen.first = seen.first.min((date, record));
        if in_window && associated {
            let earlier = seen.carrier.is_none_or(|c| (date, record) < c);
            seen.carrier = if earlier {
                Some((date, record))
            } else {
                seen.carrier
            };
        }
        seen.in_window |= in_window;
    }
    let (mut counted, mut existing) = (Vec::new(), Vec::new());
    for seen in customers.values().filter(|s| s.in_window) {
        match (start < seen.first.0, seen.carrier) {
            (true, Some((_, carrier))) => counted.push(carrier),
            (true, None) => {}
            (false, _) => existing.push(seen.first.1),
        }
    }
    counted.sort_unstable();
    existing.sort_unstable();
    judge(
        q,
        partner,
        (start, as_of),
        counted.len() as u64,
        counted,
        existing,
    )
}

/// The outcome of a counted measure from what was found.
fn judge<'p>(
    q: &'p Quantity,
    partner: &Partner,
    (window_start, window_end): (NaiveDate, NaiveDate),
    found: u64,
    counted: Vec<Record>,
    existing: Vec<Record>,
) -> QuantityOutcome<'p> {
    // Compilation gives every market a number.
    let required = q.counts.get(&partner.market).copied().unwrap_or(u64::MAX);
    let met = found >= required;
    QuantityOutcome {
        requirement: &q.id,
        rule: q,
        met,
        required,
        found,
        shortfall: (!met).then(|| required - found),
        window_start,
        window_end,
        counted,
        existing,
    }
}
