//! The fast path: clean JSON read as hand-written Rust would, with derived
//! serde impls into borrowed structs, then resolved against the catalog.
//!
//! It returns `None` at the first thing the slow path would report or read
//! differently, and the caller starts over on the slow path.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::catalog::{Catalog, CountryCheck, Table};
use super::{ExamPass, Individual, Partner, RevenueLine, StatusHeld};
use crate::ir::{AssociationIdx, CurrencyIdx, ExamIdx, KindIdx, ProductIdx, StatusIdx};
use crate::scalar::{parse_amount, parse_date};

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
    name: Option<Text<'a>>,
    #[serde(borrow)]
    country: &'a str,
    #[serde(borrow, default)]
    as_of: Option<&'a str>,
    #[serde(borrow, default)]
    statuses: Option<Vec<St<'a>>>,
    #[serde(borrow, default)]
    revenue: Option<Vec<Line<'a>>>,
    #[serde(default, deserialize_with = "nullable")]
    individuals: Vec<Person>,
}

#[derive(Deserialize)]
struct L<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    customer: Cow<'a, str>,
    #[serde(borrow)]
    product: &'a str,
    #[serde(borrow, default)]
    kind: Option<&'a str>,
    #[serde(borrow, default)]
    kinds: Option<&'a RawValue>,
    #[serde(borrow)]
    amount: &'a RawValue,
    #[serde(borrow)]
    currency: &'a str,
    #[serde(borrow)]
    date: &'a str,
    #[serde(default)]
    dpor: Option<bool>,
    #[serde(borrow, default)]
    associations: Option<&'a RawValue>,
}

/// A status: its id alone, or an object with optional bounds.
#[derive(Deserialize)]
#[serde(untagged)]
enum St<'a> {
    Id(&'a str),
    Full(S<'a>),
}

#[derive(Deserialize)]
struct S<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    status: &'a str,
    #[serde(borrow, default)]
    from: Option<&'a str>,
    #[serde(borrow, default)]
    until: Option<&'a str>,
}

#[derive(Deserialize)]
struct I<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow, default)]
    name: Option<Text<'a>>,
    #[serde(default, deserialize_with = "nullable")]
    exams: Vec<Pass>,
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

// The items of the lists are read straight into the partner's own types
// (their catalog indices are filled in afterwards), so that no list is copied.
// These private wrappers keep the public types free of a `Deserialize` that
// would skip validation.
/// A line, and its v2 fields, left raw (a v1 line reads no list): `kinds`
/// (less the first when it stands for `kind`), `associations`, `dpor` as written.
struct Line<'a>(
    RevenueLine,
    Option<(&'a RawValue, bool)>,
    Option<&'a RawValue>,
    Option<bool>,
);

/// The ids of a raw JSON list of strings.
fn ids(raw: &RawValue) -> Option<Vec<&str>> {
    serde_json::from_str(raw.get()).ok()
}
struct Person(Individual);
struct Pass(ExamPass);

/// A value whose `null` means the same as its absence: the default.
fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
    Option::<T>::deserialize(d).map(Option::unwrap_or_default)
}

/// A string, borrowed from the input unless it has escapes. (serde borrows a
/// `Cow` field, but not one inside an `Option`: this newtype does.)
#[derive(Deserialize)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

/// A value the fast path does not take (the slow path will say why).
fn refuse<E: serde::de::Error>() -> E {
    E::custom("refused")
}

impl<'de: 'a, 'a> Deserialize<'de> for Line<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Line<'a>, D::Error> {
        let l = L::deserialize(d)?;
        // `kind`, else the first of `kinds`: neither is `missing-kind`.
        let kind_id = match (l.kind, l.kinds) {
            (Some(k), _) => k,
            (None, Some(raw)) => *ids(raw).ok_or_else(refuse)?.first().ok_or_else(refuse)?,
            (None, None) => return Err(refuse()),
        };
        Ok(Line(
            RevenueLine {
                customer: l.customer.into(),
                product: None,
                product_id: l.product.into(),
                kind: None,
                kind_id: kind_id.into(),
                more_kinds: Vec::new(),
                amount: amount(l.amount.get()).ok_or_else(refuse)?,
                currency: None,
                currency_id: l.currency.into(),
                date: parse_date(l.date).map_err(|_| refuse())?,
                dpor: l.dpor.unwrap_or(false),
                associations: Vec::new(),
            },
            l.kinds.map(|k| (k, l.kind.is_none())),
            l.associations,
            l.dpor,
        ))
    }
}

impl<'de> Deserialize<'de> for Person {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Person, D::Error> {
        let i = I::deserialize(d)?;
        let (id, name, exams) = (i.id.into(), i.name.map(|t| t.0.into()), i.exams);
        let exams = exams.into_iter().map(|p| p.0);
        Ok(Person(Individual {
            id,
            name,
            exams: exams.collect(),
        }))
    }
}

impl<'de> Deserialize<'de> for Pass {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pass, D::Error> {
        let x = X::deserialize(d)?;
        Ok(Pass(ExamPass {
            exam: None,
            exam_id: x.exam.into(),
            passed: parse_date(x.passed).map_err(|_| refuse())?,
        }))
    }
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
    let lines = p.revenue.unwrap_or_default();
    let mut revenue: Vec<RevenueLine> = Vec::with_capacity(lines.len());
    for Line(mut l, kinds, associations, dpor) in lines {
        l.product = Some(ProductIdx(catalog.lookup(Table::Product, &l.product_id)?));
        l.kind = Some(KindIdx(catalog.lookup(Table::Kind, &l.kind_id)?));
        l.currency = Some(CurrencyIdx(
            catalog.lookup(Table::Currency, &l.currency_id)?,
        ));
        if let Some((raw, first_is_kind)) = kinds {
            for k in ids(raw)?.into_iter().skip(usize::from(first_is_kind)) {
                l.more_kinds.push(KindIdx(catalog.lookup(Table::Kind, k)?));
            }
        }
        if let Some(raw) = associations {
            for a in ids(raw)? {
                match catalog.lookup(Table::Association, a)? {
                    // `"dpor": false` beside `dpor` is `contradictory-association`.
                    0 if dpor == Some(false) => return None,
                    0 => l.dpor = true,
                    i => l.associations.push(AssociationIdx(i)),
                }
            }
        }
        revenue.push(l);
    }
    let mut statuses = Vec::new();
    for st in p.statuses.unwrap_or_default() {
        let (id, from, until) = match st {
            St::Id(id) => (id, None, None),
            St::Full(s) => (s.status, s.from, s.until),
        };
        let date = |d: Option<&str>| d.map(parse_date).transpose().ok();
        let (from, until) = (date(from)?, date(until)?);
        if matches!((from, until), (Some(f), Some(u)) if u < f) {
            return None;
        }
        statuses.push(StatusHeld {
            status: Some(StatusIdx(catalog.lookup(Table::Status, id)?)),
            status_id: id.into(),
            from,
            until,
        });
    }
    let mut individuals: Vec<Individual> = p.individuals.into_iter().map(|i| i.0).collect();
    if !unique(individuals.iter().map(|i| i.id.as_str())) {
        return None;
    }
    for x in individuals.iter_mut().flat_map(|i| &mut i.exams) {
        x.exam = Some(ExamIdx(catalog.lookup(Table::Exam, &x.exam_id)?));
    }
    Some(Partner {
        id: p.id.into(),
        name: p.name.map(|t| t.0.into()),
        country: std::str::from_utf8(&upper).ok()?.into(),
        as_of,
        market,
        statuses,
        revenue,
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
fn unique<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> bool {
    let n = ids.len();
    if n <= 24 {
        let mut seen = [""; 24];
        for (i, id) in ids.enumerate() {
            if seen[..i].contains(&id) {
                return false;
            }
            seen[i] = id;
        }
        true
    } else {
        ids.collect::<std::collections::HashSet<_>>().len() == n
    }
}
