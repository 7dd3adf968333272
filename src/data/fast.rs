//! The fast path: clean JSON read as hand-written Rust would, with derived
//! serde impls into borrowed structs, then resolved against the catalog.
//!
//! It returns `None` at the first thing the slow path would report or read
//! differently, and the caller starts over on the slow path.

use std::{borrow::Cow, cell::RefCell, mem::MaybeUninit, ops::Range};

use serde::de::Error;
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::catalog::{credential, known, Catalog, CountryCheck, Table, Tables};
use super::{ExamPass, Individual, LineV2, Partner, RevenueLine, StatusHeld, UsageRecord};
use crate::ir::{AssociationIdx, CurrencyIdx, ExamIdx, KindIdx, MetricIdx, ProductIdx, StatusIdx};
use crate::scalar::{parse_amount, parse_date};
use crate::serde_list::{append_to, list, Item, NotAList, Text};

thread_local! {
    /// The id tables of the catalog `json` reads against, for the items of
    /// the lists (derived impls hand no state down): an unknown id ends the
    /// fast path at once, not after the whole file is read.
    static TABLES: RefCell<Option<Tables>> = const { RefCell::new(None) };
    /// The credentials read so far, person after person (`Partner::credentials`).
    static PASSES: RefCell<Vec<ExamPass>> = const { RefCell::new(Vec::new()) };
}

/// The position of `id` in `table` of the catalog being read against;
/// `None` also makes the caller refuse, as an unknown id does.
fn resolve<E: Error>(table: Table, id: &str) -> Result<u32, E> {
    let found = TABLES.with(|t| known(t.borrow().as_ref()?, table, id));
    found.ok_or_else(refuse)
}

/// The ids of `table` in `ids`, each resolved.
type Resolved<T> = Vec<(crate::partner::SmallStr, Option<T>)>;
fn resolved<T, E: Error>(ids: Vec<&str>, t: Table, idx: fn(u32) -> T) -> Result<Resolved<T>, E> {
    (ids.into_iter())
        .map(|id| Ok((id.into(), Some(idx(resolve(t, id)?)))))
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct P<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    id: Cow<'a, str>,
    name: Option<Text<'a>>,
    country: &'a str,
    as_of: Option<&'a str>,
    statuses: Option<Vec<&'a RawValue>>,
    #[serde(default, deserialize_with = "list::<_, Line, _, 16>")]
    revenue: Vec<RevenueLine>,
    #[serde(default, deserialize_with = "list::<_, Line, _, 16>")]
    consumption: Vec<RevenueLine>,
    #[serde(default, deserialize_with = "list::<_, Usage, _, 16>")]
    usage: Vec<UsageRecord>,
    // (18 people: 1,008 bytes, which glibc serves from its per-thread cache
    // of freed blocks, as it does blocks of up to 1,032 bytes.)
    #[serde(default, deserialize_with = "list::<_, Person, _, 18>")]
    individuals: Vec<Individual>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct L<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    customer: Cow<'a, str>,
    product: &'a str,
    kind: Option<&'a str>,
    kinds: Option<Vec<&'a str>>,
    amount: Option<&'a RawValue>,
    currency: Option<&'a str>,
    date: &'a str,
    dpor: Option<bool>,
    associations: Option<Vec<&'a str>>,
    // A usage record is read as a line, with these fields besides.
    metric: Option<&'a str>,
    quantity: Option<&'a RawValue>,
    paid: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct S<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    status: &'a str,
    from: Option<&'a str>,
    until: Option<&'a str>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct I<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    #[serde(borrow)]
    id: Cow<'a, str>,
    name: Option<Text<'a>>,
    #[serde(default, deserialize_with = "passes::<_, 0>")]
    exams: Range<u32>,
    #[serde(default, deserialize_with = "passes::<_, 1>")]
    assessments: Range<u32>,
    #[serde(default, deserialize_with = "passes::<_, 2>")]
    certifications: Range<u32>,
}

/// Appends a list of credentials of kind `K` to `PASSES`: where they went.
/// (25 credentials take 1,000 bytes, which glibc serves from its per-thread
/// cache of freed blocks.)
fn passes<'de, D: Deserializer<'de>, const K: u32>(d: D) -> Result<Range<u32>, D::Error> {
    append_to::<_, Pass<K>, _, 25>(d, &PASSES)
}

// The items of the lists are read straight into the partner's own types,
// each built where it is stored in its list, so that no item or list is
// copied. These private readers keep the public types free of a
// `Deserialize` that would skip validation.
struct Line;
struct Usage;
struct Person;
/// A credential of list `K`: 0 `exams`, 1 `assessments`, 2 `certifications`.
struct Pass<const K: u32>;

/// A value the fast path does not take (the slow path will say why).
fn refuse<E: Error>() -> E {
    E::custom("refused")
}

impl<'de> Item<'de, RevenueLine> for Line {
    fn read<D: Deserializer<'de>>(d: D, at: &mut MaybeUninit<RevenueLine>) -> Result<(), D::Error> {
        at.write(line(L::deserialize(d)?, false)?); // (built where it is stored)
        Ok(())
    }
}

impl<'de> Item<'de, UsageRecord> for Usage {
    fn read<D: Deserializer<'de>>(d: D, at: &mut MaybeUninit<UsageRecord>) -> Result<(), D::Error> {
        let l = L::deserialize(d)?;
        let (metric, paid) = (l.metric.ok_or_else(refuse)?, l.paid.ok_or_else(refuse)?);
        let quantity = l.quantity.and_then(|q| q.get().parse().ok());
        at.write(UsageRecord {
            line: line(l, true)?,
            metric: Some(MetricIdx(resolve(Table::Metric, metric)?)),
            metric_id: metric.into(),
            quantity: quantity.ok_or_else(refuse)?,
            paid,
        });
        Ok(())
    }
}

/// A revenue or consumption line, or the line part of a usage record
/// (`usage`: without amount or currency). Inlined, so that the line read is
/// built where it is stored rather than copied there (it is 150 bytes).
#[inline(always)]
fn line<E: Error>(l: L, usage: bool) -> Result<RevenueLine, E> {
    let mut kinds = l.kinds.unwrap_or_default();
    let mut associations = l.associations.unwrap_or_default();
    // `kind`, else the first of `kinds` (`json` refuses a revenue line
    // with neither, and any other line with one).
    let first = (l.kind.is_none() && !kinds.is_empty()).then(|| kinds.remove(0));
    let kind_id = l.kind.or(first).unwrap_or_default();
    let (amount, currency) = match usage {
        true => (rust_decimal::Decimal::ZERO, ""),
        false => (l.amount.and_then(|a| amount(a.get())).zip(l.currency)).ok_or_else(refuse)?,
    };
    let listed_dpor = associations.contains(&"dpor");
    if listed_dpor && l.dpor == Some(false) {
        return Err(refuse()); // `contradictory-association`
    }
    associations.retain(|a| *a != "dpor");
    // Ids are resolved as they are read (a kind where one is given: `json`
    // refuses it where the format has none).
    let v2 = match kinds.is_empty() && associations.is_empty() {
        true => None,
        false => Some(Box::new(LineV2 {
            kinds: resolved(kinds, Table::Kind, KindIdx)?,
            associations: resolved(associations, Table::Association, AssociationIdx)?,
        })),
    };
    let kind = (!kind_id.is_empty()).then(|| resolve(Table::Kind, kind_id));
    let priced = (!usage)
        .then(|| resolve(Table::Currency, currency))
        .transpose()?;
    Ok(RevenueLine {
        customer: l.customer.into(),
        product: Some(ProductIdx(resolve(Table::Product, l.product)?)),
        product_id: l.product.into(),
        kind: kind.transpose()?.map(KindIdx),
        kind_id: kind_id.into(),
        amount,
        currency: priced.map(CurrencyIdx),
        currency_id: currency.into(),
        date: parse_date(l.date).map_err(|_| refuse())?,
        dpor: l.dpor.unwrap_or(false) || listed_dpor,
        v2,
    })
}

impl<'de> Item<'de, Individual> for Person {
    fn read<D: Deserializer<'de>>(d: D, at: &mut MaybeUninit<Individual>) -> Result<(), D::Error> {
        let start = PASSES.with_borrow(Vec::len) as u32;
        let i = I::deserialize(d)?;
        // Each kind's credentials after those of the kinds before it, as the
        // slow path reads them (lists written in another order are refused).
        let listed = [i.exams, i.assessments, i.certifications].into_iter();
        let mut listed = listed.filter(|r| !r.is_empty());
        let end = listed.try_fold(start, |end, r| (r.start == end).then_some(r.end));
        let (id, name) = (i.id.into(), i.name.map(|t| t.0.into()));
        let credentials = start..end.ok_or_else(refuse)?;
        at.write(Individual {
            id,
            name,
            credentials,
        });
        Ok(())
    }
}

// The three kinds of credential, with the fields the slow path reads
// (`check::CREDENTIALS`: keep them in step; the test of both paths on
// credentials fails if they differ). A field of another list, even null, is
// unknown: refused.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct E<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    exam: &'a str,
    passed: &'a str,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct A<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    assessment: &'a str,
    passed: &'a str,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct C<'a> {
    #[serde(rename = "\0", default)]
    _guard: NotAList,
    certification: &'a str,
    earned: &'a str,
    expires: Option<&'a str>,
}

impl<'de, const K: u32> Item<'de, ExamPass> for Pass<K> {
    fn read<D: Deserializer<'de>>(d: D, at: &mut MaybeUninit<ExamPass>) -> Result<(), D::Error> {
        let (id, passed, expires) = match K {
            0 => E::deserialize(d).map(|e| (e.exam, e.passed, None))?,
            1 => A::deserialize(d).map(|a| (a.assessment, a.passed, None))?,
            _ => C::deserialize(d).map(|c| (c.certification, c.earned, c.expires))?,
        };
        let date = |d: &str| parse_date(d).map_err(|_| refuse());
        let (passed, expires) = (date(passed)?, expires.map(date).transpose()?);
        if expires.is_some_and(|x| x < passed) {
            return Err(refuse()); // `expires-before-earned`
        }
        // Unknown, or declared under another list (`wrong-credential-kind`): refused.
        let exam = TABLES.with(|t| credential(t.borrow().as_ref()?, id).filter(|c| c.1 == K));
        at.write(ExamPass {
            exam: Some(ExamIdx(exam.ok_or_else(refuse)?.0)),
            exam_id: id.into(),
            passed,
            expires,
        });
        Ok(())
    }
}

/// The partner in `text` (JSON, without a byte-order mark), if it is clean.
pub(crate) fn json(catalog: &Catalog, text: &str) -> Option<Partner> {
    TABLES.with(|t| t.replace(Some(catalog.tables.clone())));
    let p = serde_json::from_str::<P>(text);
    let (_, credentials) = (TABLES.take(), PASSES.take()); // (the thread keeps neither)
    let p = p.ok()?;
    let CountryCheck::Market(upper, market) = catalog.country(p.country) else {
        return None;
    };
    let as_of = p.as_of.map(parse_date).transpose().ok()?;
    // A revenue line has a kind, and only it (the slow path ignores kinds on the others).
    let kinds = |v: &[RevenueLine], rev: bool| v.iter().all(|l| rev != l.kind_id.is_empty());
    let mut others = p.consumption.iter().chain(p.usage.iter().map(|u| &u.line));
    let clean = kinds(&p.revenue, true) && others.all(|l| l.kind_id.is_empty());
    let repeated = super::snapshots(catalog.program(), &p.usage).next();
    (clean && repeated.is_none()).then_some(())?;
    let mut statuses = Vec::new();
    // A status: its id alone, or an object with optional bounds.
    for raw in p.statuses.unwrap_or_default() {
        let (id, from, until) = match serde_json::from_str::<S>(raw.get()) {
            Ok(s) => (s.status, s.from, s.until),
            Err(_) => (serde_json::from_str(raw.get()).ok()?, None, None),
        };
        let date = |d: Option<&str>| d.map(parse_date).transpose().ok();
        // `until` before `from` is `until-before-from`.
        let (from, until) =
            Some((date(from)?, date(until)?)).filter(|(f, u)| !(u.is_some() && u < f))?;
        statuses.push(StatusHeld {
            status: Some(StatusIdx(catalog.lookup(Table::Status, id)?)),
            status_id: id.into(),
            from,
            until,
        });
    }
    crate::idmap::distinct(p.individuals.iter().map(|i| i.id.as_str())).then_some(())?;
    Some(Partner {
        id: p.id.into(),
        name: p.name.map(|t| t.0.into()),
        country: std::str::from_utf8(&upper).ok()?.into(),
        as_of,
        market,
        statuses,
        revenue: p.revenue,
        consumption: p.consumption,
        usage: p.usage,
        individuals: p.individuals,
        credentials,
    })
}

/// A JSON amount from its raw text: a number, or a string without escapes.
fn amount(raw: &str) -> Option<rust_decimal::Decimal> {
    let text = match raw.strip_prefix('"') {
        Some(quoted) => quoted.strip_suffix('"')?,
        None => raw,
    };
    parse_amount(text).ok()
}
