//! The partner model: a partner company, its revenue, consumption and usage,
//! its statuses and its people with their credentials, as [`crate::data`]
//! loads them (checked against a program's catalogs) and the evaluator reads
//! them. The format they are read from is described in [`crate::data`].

use std::fmt;
use std::ops::Deref;

use chrono::NaiveDate;
use compact_str::CompactString;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::ir::{AssociationIdx, CurrencyIdx, ExamIdx, KindIdx, MarketIdx, MetricIdx};
use crate::ir::{ProductIdx, StatusIdx};

/// A partner company, checked against a program's catalogs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Partner {
    /// The partner's identifier, as given.
    pub id: SmallStr,
    /// Display name, if given.
    pub name: Option<SmallStr>,
    /// ISO 3166-1 alpha-2 code, upper case.
    pub country: SmallStr,
    /// Evaluation date from the data, if given (the command line may override it).
    pub as_of: Option<NaiveDate>,
    /// The market of `country`: the market listing it, else the default market.
    pub market: MarketIdx,
    /// Statuses the partner holds or held, in file order (v2).
    pub statuses: Vec<StatusHeld>,
    /// Revenue lines, in file order.
    pub revenue: Vec<RevenueLine>,
    /// Consumption lines (v2), in file order: revenue lines without a kind
    /// (`kind` is `None` and `kind_id` empty).
    pub consumption: Vec<RevenueLine>,
    /// Usage records (v2), in file order.
    pub usage: Vec<UsageRecord>,
    /// Individuals, in file order, with unique ids.
    pub individuals: Vec<Individual>,
    /// The credentials of every individual, person after person, in the
    /// order of `individuals`: one list for the partner rather than one
    /// per person (a dozen allocations fewer for a typical partner). A
    /// person's are [`Partner::credentials_of`].
    pub credentials: Vec<ExamPass>,
}

impl Partner {
    /// The credentials `person` (one of [`Partner::individuals`]) holds, of
    /// every kind (one namespace of ids, as [`crate::ir::Program::exams`]):
    /// the `exams`, then the `assessments` (v2), then the `certifications`
    /// (v2), each list in file order. (Nothing for a person whose range is
    /// not in this partner's list.)
    pub fn credentials_of(&self, person: &Individual) -> &[ExamPass] {
        let at = person.credentials.start as usize..person.credentials.end as usize;
        self.credentials.get(at).unwrap_or_default()
    }
}

/// One line of revenue from a customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RevenueLine {
    /// The customer's identifier.
    pub customer: SmallStr,
    /// The product, or `None` if the rules do not declare `product_id`.
    pub product: Option<ProductIdx>,
    /// The product id as written.
    pub product_id: SmallStr,
    /// The revenue kind, or `None` if the rules do not declare `kind_id`.
    pub kind: Option<KindIdx>,
    /// The revenue kind id as written: `kind`, else the first of `kinds` (v2).
    pub kind_id: SmallStr,
    /// The exact amount; negative for an adjustment (a credit note, a refund).
    pub amount: Decimal,
    /// The currency, or `None` if the rules do not declare `currency_id`.
    pub currency: Option<CurrencyIdx>,
    /// The currency id as written.
    pub currency_id: SmallStr,
    /// The day of the sale.
    pub date: NaiveDate,
    /// The partner is Digital Partner of Record for this customer (false when
    /// absent): `dpor: true`, or `dpor` among `associations`.
    pub dpor: bool,
    /// Further kinds and association types (v2), for the lines that have any:
    /// boxed, so that a v1 line pays one pointer for them.
    pub v2: Option<Box<LineV2>>,
}

/// The v2 lists of a revenue line: ids as written, and their index when the
/// rules declare them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LineV2 {
    /// Kinds from `kinds` besides `kind_id`.
    pub kinds: Vec<(SmallStr, Option<KindIdx>)>,
    /// Association types from `associations`, less `dpor` (see `dpor`).
    pub associations: Vec<(SmallStr, Option<AssociationIdx>)>,
}

impl RevenueLine {
    /// Whether the line carries one of `types` (any line, when `types` is empty).
    pub fn associated(&self, types: &[AssociationIdx]) -> bool {
        let has = |a: &Option<AssociationIdx>| a.is_some_and(|a| types.contains(&a));
        types.is_empty()
            || (self.dpor && types.contains(&crate::ir::DPOR))
            || (self.v2.iter()).any(|v| v.associations.iter().any(|(_, a)| has(a)))
    }

    /// Whether one of the line's kinds satisfies `counts`.
    pub fn has_kind(&self, counts: impl Fn(KindIdx) -> bool) -> bool {
        self.kind.is_some_and(&counts)
            || (self.v2.iter()).any(|v| v.kinds.iter().any(|(_, k)| k.is_some_and(&counts)))
    }
}

/// A usage record (v2): units of a metric a customer has (or received) on a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct UsageRecord {
    /// Its customer, product, date and association types, read as a line's
    /// are: without kind, amount (zero) or currency (empty).
    pub line: RevenueLine,
    /// The metric, or `None` if the rules do not declare `metric_id`.
    pub metric: Option<MetricIdx>,
    /// The metric id as written.
    pub metric_id: SmallStr,
    /// The whole number of units.
    pub quantity: u64,
    /// Paid units; `false` for a trial or free units, which never count.
    pub paid: bool,
}

/// A status in the partner's `statuses` (v2): held from `from` to `until`,
/// both included, an absent bound being open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatusHeld {
    /// The status, or `None` if the rules do not declare `status_id`.
    pub status: Option<StatusIdx>,
    /// The status id as written.
    pub status_id: SmallStr,
    /// The first day it holds, if given.
    pub from: Option<NaiveDate>,
    /// The last day it holds, if given.
    pub until: Option<NaiveDate>,
}

/// A person at the partner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Individual {
    /// Identifier, unique within the partner.
    pub id: SmallStr,
    /// Display name, if given.
    pub name: Option<SmallStr>,
    /// Where the person's credentials are in [`Partner::credentials`]: read
    /// them with [`Partner::credentials_of`].
    pub credentials: std::ops::Range<u32>,
}

/// A credential an individual holds: an exam or an assessment passed, or a
/// certification earned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ExamPass {
    /// The credential, or `None` if the rules do not declare `exam_id`.
    pub exam: Option<ExamIdx>,
    /// The credential id as written.
    pub exam_id: SmallStr,
    /// The day it was passed (`passed`) or earned (`earned`).
    pub passed: NaiveDate,
    /// The last day a certification is held (`expires`, v2), if it expires.
    pub expires: Option<NaiveDate>,
}

/// The string type of partner data: a typical partner has a hundred and more
/// short strings (ids, customers, names), and allocating each would cost about
/// as much as parsing it, so strings of up to 24 bytes are stored inline.
/// Read it as a `&str` (it derefs to one).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SmallStr(CompactString);

impl SmallStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SmallStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SmallStr {
    fn from(s: &str) -> SmallStr {
        SmallStr(CompactString::new(s))
    }
}

impl From<std::borrow::Cow<'_, str>> for SmallStr {
    fn from(s: std::borrow::Cow<'_, str>) -> SmallStr {
        SmallStr(CompactString::from(s))
    }
}

impl PartialEq<str> for SmallStr {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for SmallStr {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for SmallStr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self)
    }
}

impl Serialize for SmallStr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}
