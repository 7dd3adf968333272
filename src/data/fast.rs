//! The fast path: clean JSON read as hand-written Rust would, with derived
//! serde impls into borrowed structs, then resolved against the catalog.
//!
//! It returns `None` at the first thing the slow path would report or read
//! differently, and the caller starts over on the slow path.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::catalog::{Catalog, CountryCheck};
use super::scalar::{parse_amount, parse_date};
use super::{ExamPass, Individual, Partner, RevenueLine};

/// A field no data holds, placed first in each struct: serde's derived impls
/// also read a struct from a list of its fields in order, which the format
/// does not allow, and this makes any such list fail at its first item.
#[derive(Default)]
struct NotAList;

impl<'de> Deserialize<'de> for NotAList {
    fn deserialize<D: Deserializer<'de>>(_: D) -> Result<NotAList, D::Error> {
        Err(serde::de::Error::custom("an object, not a list"))
    }
}

#[derive(Deserialize)]
struct P<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow, default)]
    name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    country: &'a str,
    #[serde(borrow, default)]
    as_of: Option<&'a str>,
    #[serde(borrow, default)]
    revenue: Option<Vec<L<'a>>>,
    #[serde(borrow, default)]
    individuals: Option<Vec<I<'a>>>,
}

#[derive(Deserialize)]
struct L<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    customer: Cow<'a, str>,
    #[serde(borrow)]
    product: &'a str,
    #[serde(borrow)]
    kind: &'a str,
    #[serde(borrow)]
    amount: &'a RawValue,
    #[serde(borrow)]
    currency: &'a str,
    #[serde(borrow)]
    date: &'a str,
    #[serde(default)]
    dpor: Option<bool>,
}

#[derive(Deserialize)]
struct I<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow, default)]
    name: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    exams: Option<Vec<X<'a>>>,
}

#[derive(Deserialize)]
struct X<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    exam: &'a str,
    #[serde(borrow)]
    passed: &'a str,
}

/// The partner in `text` (JSON, without a byte-order mark), if it is clean.
pub(crate) fn json(catalog: &Catalog, text: &str) -> Option<Partner> {
    let p: P = serde_json::from_str(text).ok()?;
    let CountryCheck::Market(upper, market) = catalog.country(p.country) else {
        return None;
    };
    let as_of = match p.as_of {
        Some(d) => Some(parse_date(d).ok()?),
        None => None,
    };
    let revenue = p.revenue.unwrap_or_default();
    let mut lines = Vec::with_capacity(revenue.len());
    for l in revenue {
        lines.push(RevenueLine {
            customer: l.customer.into(),
            product: Some(catalog.product(l.product)?),
            product_id: l.product.into(),
            kind: Some(catalog.kind(l.kind)?),
            kind_id: l.kind.into(),
            amount: amount(l.amount.get())?,
            currency: Some(catalog.currency(l.currency)?),
            currency_id: l.currency.into(),
            date: parse_date(l.date).ok()?,
            dpor: l.dpor.unwrap_or(false),
        });
    }
    let people = p.individuals.unwrap_or_default();
    if !unique(people.iter().map(|i| &*i.id)) {
        return None;
    }
    let mut individuals = Vec::with_capacity(people.len());
    for i in people {
        let passes = i.exams.unwrap_or_default();
        let mut exams = Vec::with_capacity(passes.len());
        for x in passes {
            exams.push(ExamPass {
                exam: Some(catalog.exam(x.exam)?),
                exam_id: x.exam.into(),
                passed: parse_date(x.passed).ok()?,
            });
        }
        individuals.push(Individual {
            id: i.id.into(),
            name: i.name.map(Into::into),
            exams,
        });
    }
    Some(Partner {
        id: p.id.into(),
        name: p.name.map(Into::into),
        country: std::str::from_utf8(&upper).ok()?.into(),
        as_of,
        market,
        revenue: lines,
        individuals,
    })
}

/// A JSON amount from its raw text: a number, or a string without escapes.
fn amount(raw: &str) -> Option<rust_decimal::Decimal> {
    let text = match raw.strip_prefix('"') {
        Some(quoted) => quoted.strip_suffix('"')?,
        None => raw,
    };
    parse_amount(text).ok().filter(|d| !d.is_sign_negative())
}

/// True if no id repeats. A typical partner has a dozen people: comparing
/// pairs beats hashing them.
fn unique<'a>(ids: impl ExactSizeIterator<Item = &'a str> + Clone) -> bool {
    if ids.len() <= 24 {
        let all: Vec<&str> = ids.collect();
        (1..all.len()).all(|i| !all[..i].contains(&all[i]))
    } else {
        let n = ids.len();
        ids.collect::<std::collections::HashSet<_>>().len() == n
    }
}
