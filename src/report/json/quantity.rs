//! The JSON of the measures of partner data v2: consumption lines, counts of
//! a usage metric and new customers (measures lane).

use schemars::JsonSchema;
use serde::Serialize;

use super::{id, Day, WindowJson};
use crate::eval::{QuantityGap, QuantityOutcome, Record};
use crate::report::outcome::Context;

/// A counted measure: `count METRIC` (type `count`) or `new customers`
/// (type `new-customers`) against the partner's records.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct QuantityJson<'a> {
    /// The requirement's id in its tier (`count`, `new-customers-2`).
    pub id: &'a str,
    /// The count reaches the number required.
    pub met: bool,
    /// The metric's id, for `count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<&'a str>,
    /// Ids of the products whose records count.
    pub products: Vec<&'a str>,
    /// Only records carrying one of these association types count (empty: any).
    pub associations: Vec<&'a str>,
    /// The window records must fall in.
    pub window: WindowJson,
    /// The number required in the partner's market.
    pub required: u64,
    /// Paid units (`count`) or new customers found.
    pub found: u64,
    /// `required - found`, when not met.
    pub shortfall: Option<u64>,
    /// `count`: the usage records counted; `new-customers`: for each new
    /// customer, the earliest record in the window that carries an allowed
    /// association (with no association asked, its first record).
    pub counted: Vec<RecordJson<'a>>,
    /// `new-customers`: customers with records in the window who were
    /// customers before it, by their first record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub existing: Vec<RecordJson<'a>>,
}

/// A line or record of the partner's data.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RecordJson<'a> {
    /// The list it is in: `revenue`, `consumption` or `usage`.
    pub list: &'static str,
    /// Its 0-based index in that list.
    pub index: u32,
    /// The customer's id.
    pub customer: &'a str,
    /// The product id as written.
    pub product: &'a str,
    /// Its date.
    pub date: Day,
    /// The quantity of a usage record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u64>,
}

/// Units or new customers still to add for one measure.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct QuantityGapJson<'a> {
    /// The requirement's id in the tier.
    pub requirement: &'a str,
    /// How many more.
    pub shortfall: u64,
}

pub(super) fn record<'a>(cx: &Context<'a>, r: Record) -> RecordJson<'a> {
    let p = cx.partner;
    let line = |list, lines: &'a [crate::data::RevenueLine], i: u32| {
        let l = lines.get(i as usize);
        let (customer, product) = l.map_or(("", ""), |l| (&*l.customer, &*l.product_id));
        let date = Day(l.map_or(chrono::NaiveDate::MIN, |l| l.date));
        (list, i, customer, product, date, None)
    };
    let (list, index, customer, product, date, quantity) = match r {
        Record::Revenue(i) => line("revenue", &p.revenue, i),
        Record::Consumption(i) => line("consumption", &p.consumption, i),
        Record::Usage(i) => {
            let u = p.usage.get(i as usize);
            let (customer, product) =
                u.map_or(("", ""), |u| (&*u.line.customer, &*u.line.product_id));
            let date = Day(u.map_or(chrono::NaiveDate::MIN, |u| u.line.date));
            ("usage", i, customer, product, date, u.map(|u| u.quantity))
        }
    };
    RecordJson {
        list,
        index,
        customer,
        product,
        date,
        quantity,
    }
}

pub(super) fn quantity<'a>(cx: &Context<'a>, q: &'a QuantityOutcome<'a>) -> QuantityJson<'a> {
    let (program, rule) = (cx.program, q.rule);
    QuantityJson {
        id: q.requirement,
        met: q.met,
        metric: rule
            .metric
            .map(|m| id(&program.metrics, m.index(), |m| &m.id)),
        products: (rule.products.iter())
            .map(|p| id(&program.products, p.index(), |p| &p.id))
            .collect(),
        associations: (rule.associations.iter())
            .map(|a| id(&program.associations, a.index(), |a| &a.id))
            .collect(),
        window: WindowJson {
            months: rule.window.months(),
            after: Day(q.window_start),
            until: Day(q.window_end),
        },
        required: q.required,
        found: q.found,
        shortfall: q.shortfall,
        counted: q.counted.iter().map(|r| record(cx, *r)).collect(),
        existing: q.existing.iter().map(|r| record(cx, *r)).collect(),
    }
}

pub(super) fn gap<'a>(g: &'a QuantityGap<'a>) -> QuantityGapJson<'a> {
    QuantityGapJson {
        requirement: g.requirement,
        shortfall: g.shortfall,
    }
}
