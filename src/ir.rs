//! The resolved program: plain serde data that the evaluator runs on.
//!
//! Everything is indexed by position (`ExamIdx(3)` is `program.exams[3]`), so
//! evaluation never looks a name up twice. Spans are kept only to point
//! diagnostics at the rule; evaluation does not need them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::span::Span;

mod condition;
mod either;
pub use condition::{Condition, Each};
pub use either::{Branch, Either};
mod score;
pub use score::{Holders, Score, ScoreMeasure, ScoreMetric};

/// Version of the IR format; bumped on any incompatible change.
pub const IR_VERSION: u32 = 6;

macro_rules! index_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The position in its table.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_type!(
    /// Index into [`Program::exams`].
    ExamIdx,
    /// Index into [`Program::products`].
    ProductIdx,
    /// Index into [`Program::kinds`].
    KindIdx,
    /// Index into [`Program::currencies`].
    CurrencyIdx,
    /// Index into [`Program::markets`].
    MarketIdx,
    /// Index into [`Program::areas`].
    AreaIdx,
    /// Index into [`Program::associations`].
    AssociationIdx,
    /// Index into [`Program::statuses`].
    StatusIdx,
    /// Index into [`Program::metrics`].
    MetricIdx,
);

/// The built-in association type `dpor` (Digital Partner of Record): always
/// the first of [`Program::associations`], declared or not.
pub const DPOR: AssociationIdx = AssociationIdx(0);

/// A text in one or more languages, keyed by language tag (`en`, `fr`).
/// An untagged text in the source is stored under `""` and serves every language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, else the untagged text, else English, else any.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(""))
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }

    /// True when no language has a text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A compiled rubric program: catalogs and competencies.
///
/// Read it, do not change it: the evaluator caches facts derived from a
/// program the first time it evaluates against it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Program {
    /// Always [`IR_VERSION`] when produced by this compiler.
    pub format: u32,
    /// Names of the source files that spans refer to, by `FileId`.
    pub files: Vec<String>,
    /// The credential catalog (exams, assessments and certifications: one
    /// namespace of ids); `ExamIdx` indexes it.
    pub exams: Vec<Exam>,
    /// The product catalog; `ProductIdx` indexes it.
    pub products: Vec<Product>,
    /// The revenue kinds; `KindIdx` indexes them.
    pub kinds: Vec<RevenueKind>,
    /// The currencies; `CurrencyIdx` indexes them.
    pub currencies: Vec<Currency>,
    /// The markets; `MarketIdx` indexes them.
    pub markets: Vec<Market>,
    /// The market of a country that no market lists.
    pub default_market: Option<MarketIdx>,
    /// The association types; `AssociationIdx` indexes them, [`DPOR`] first.
    pub associations: Vec<Association>,
    /// The partner statuses; `StatusIdx` indexes them.
    pub statuses: Vec<Status>,
    /// The usage metrics (`metric seats "…" latest`); `MetricIdx` indexes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// The competencies, in source order.
    pub competencies: Vec<Competency>,
    /// The focus areas of every competency, in source order; `AreaIdx`
    /// indexes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Area>,
    /// Facts derived from the above that the evaluator needs for every
    /// partner, computed on first use (not part of the IR's format).
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) derived: Derived,
}

/// A cache of facts derived from a [`Program`]: equal for any two programs,
/// so that it never changes what program equality means.
#[derive(Clone, Debug, Default)]
pub(crate) struct Derived {
    /// See `eval::people::exam_bits`.
    pub(crate) exam_bits: std::sync::OnceLock<Option<crate::eval::ExamBits>>,
}

impl PartialEq for Derived {
    fn eq(&self, _: &Derived) -> bool {
        true
    }
}

/// A credential of the catalog: an exam, an assessment or a certification.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Exam {
    pub id: String,
    /// Which kind of credential: decides the words `rubric doc` uses.
    pub kind: CredentialKind,
    pub title: Text,
    /// Passes dated after this day do not count.
    pub retired: Option<NaiveDate>,
    /// The Partner University course of an assessment, shown by `rubric doc`.
    pub course: Option<u32>,
    pub span: Span,
}

/// The kinds of credential a person can hold. Partner data lists each under
/// its own key (`exams`, `assessments`, `certifications`); v1 lists every
/// kind under `exams`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CredentialKind {
    /// `exam`: passed on a date.
    Exam,
    /// `assessment`: an online assessment, possibly with a course number.
    Assessment,
    /// `certification`: held, such as MCSA.
    Certification,
}

impl CredentialKind {
    /// The keyword that declares it: `exam`, `assessment` or `certification`.
    pub fn keyword(self) -> &'static str {
        match self {
            CredentialKind::Exam => "exam",
            CredentialKind::Assessment => "assessment",
            CredentialKind::Certification => "certification",
        }
    }
}

/// A catalog entry that is only an id and a title: products, revenue kinds
/// and currencies.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Entry {
    pub id: String,
    pub title: Text,
    pub span: Span,
}

/// A product whose revenue can count.
pub type Product = Entry;

/// A kind of revenue (`net-new`).
pub type RevenueKind = Entry;

/// A currency amounts are written in (`USD`).
pub type Currency = Entry;

/// A type of association with a customer (`dpor`, `tpor`).
pub type Association = Entry;

/// A status a partner may hold (`surface-hub-adr`).
pub type Status = Entry;

/// A usage metric counted by `count METRIC` (seats, active entitlements).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Metric {
    pub id: String,
    pub title: Text,
    /// `summed`: every record counts (a flow, such as devices shipped);
    /// else `latest`: the latest record of each customer and product counts
    /// (a stock, such as seats).
    pub summed: bool,
    pub span: Span,
}

/// A market: a set of countries with its own thresholds.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Market {
    pub id: String,
    pub title: Text,
    /// ISO 3166-1 alpha-2 codes, upper case.
    pub countries: Vec<String>,
    pub span: Span,
}

/// A focus area: credentials grouped under a title (`area ID TEXT [...]`).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Area {
    pub id: String,
    pub title: Text,
    /// The competency that declares it.
    pub competency: String,
    /// The option that declares it; `None` for one of the whole competency.
    pub option: Option<String>,
    pub exams: Vec<ExamIdx>,
    pub span: Span,
}

/// A competency: a named credential earned through one of its options.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Competency {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub options: Vec<CompetencyOption>,
    pub span: Span,
}

/// One way to earn a competency, with its ordered tiers.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CompetencyOption {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    /// Lowest first.
    pub tiers: Vec<Tier>,
    pub span: Span,
}

/// A level of an option; attained when every requirement holds.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Tier {
    pub id: String,
    pub title: Text,
    pub requirements: Vec<Requirement>,
    /// With several people requirements: the groups the people part is
    /// decided by, as indices into `requirements` (design §4.7). A person
    /// fills at most one slot within a group, and may fill one slot in each
    /// of several groups. Empty when the tier has at most one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people_groups: Vec<Vec<u32>>,
    /// `qualified on any day of the current month and the N before`: N.
    /// The tier is attained when it holds on some day from the first day of
    /// the month N months before the as-of date's, to the as-of date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified: Option<u32>,
    pub span: Span,
}

/// One requirement of a tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Requirement {
    /// Revenue of a kind over a window.
    Revenue(Threshold),
    /// A status the partner holds on the as-of date.
    Status(StatusRequirement),
    /// `consumption in [...]`: the sum of consumption lines (no kinds).
    Consumption(Threshold),
    /// `count METRIC in [...]`: paid units of a usage metric.
    Count(Quantity),
    /// `new customers in [...]`: distinct customers first seen in the window.
    NewCustomers(Quantity),
    /// Individuals holding exams.
    Individuals(Individuals),
    /// `either { … } or { … }`: alternatives.
    Either(Either),
    /// `score TARGET of TOTAL { … }`: weighted metrics.
    Score(Score),
}

/// A performance threshold: revenue of a kind, in products, over a window.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Threshold {
    /// The requirement's id in its tier: `revenue`, `revenue-2`…
    pub id: String,
    /// The revenue kinds that count (a line of any of them); empty with `any_kind`.
    pub kinds: Vec<KindIdx>,
    /// `of any kind`: a line of any declared kind counts.
    pub any_kind: bool,
    /// The products whose revenue counts.
    pub products: Vec<ProductIdx>,
    /// The window ending on the as-of date, as the rules write it.
    pub window: Window,
    /// Only lines carrying one of these association types count; empty: any line.
    pub associations: Vec<AssociationIdx>,
    /// The amount required in each market (the compiler gives every market one).
    pub amounts: BTreeMap<MarketIdx, Money>,
    pub span: Span,
}

/// A counted threshold: `count METRIC …` or `new customers …`, a whole
/// number in each market.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Quantity {
    /// The requirement's id in its tier: `count`, `new-customers`, `count-2`…
    pub id: String,
    /// The metric counted; `None` for `new customers`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<MetricIdx>,
    /// The products whose records count.
    pub products: Vec<ProductIdx>,
    /// The window ending on the as-of date, as the rules write it.
    pub window: Window,
    /// Only records carrying one of these association types count; empty: any.
    pub associations: Vec<AssociationIdx>,
    /// The number required in each market (the compiler gives every market one).
    pub counts: BTreeMap<MarketIdx, u64>,
    pub span: Span,
}

/// `status ID`: the partner holds the status on the as-of date.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StatusRequirement {
    /// The requirement's id in its tier: `status`, `status-2`…
    pub id: String,
    /// The status to hold.
    pub status: StatusIdx,
    pub span: Span,
}

impl Threshold {
    /// Whether a line of kind `kind` counts.
    pub fn counts_kind(&self, kind: KindIdx) -> bool {
        self.any_kind || self.kinds.contains(&kind)
    }

    /// True when only DPOR lines count: the v1 `with dpor`.
    pub fn dpor_only(&self) -> bool {
        self.associations == [DPOR]
    }
}

/// A revenue window ending on the as-of date, kept as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Window {
    /// `ttm`: the trailing twelve months.
    Ttm,
    /// `N months`.
    Months(u32),
}

impl Window {
    /// The length in calendar months.
    pub fn months(self) -> u32 {
        match self {
            Window::Ttm => 12,
            Window::Months(n) => n,
        }
    }
}

/// An exact amount in a currency.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Money {
    /// The currency.
    pub currency: CurrencyIdx,
    /// The exact amount, as a decimal string.
    #[serde(with = "rust_decimal::serde::str")]
    #[schemars(with = "String")]
    pub amount: Decimal,
    pub span: Span,
}

/// Individuals who, each filling one slot, together fill every slot.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Individuals {
    /// The requirement's id in its tier: its name, else `individuals`.
    pub id: String,
    /// `individuals NAME N`: required when a tier has several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `shares people with A, B`, as written (sharing is symmetric; the
    /// tier's `people_groups` says what it means).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<String>,
    /// Slots to fill in all.
    pub total: u32,
    /// The slot groups, in the order written; for a block written with
    /// `each:`, the groups it means (see [`Each`]).
    pub groups: Vec<SlotGroup>,
    /// Written with `each:` (and `K of them:`): the form, kept for `rubric doc`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub each: Option<Each>,
    pub span: Span,
}

/// `count` slots asking the same thing of one individual each.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SlotGroup {
    /// Number of slots.
    pub count: u32,
    /// Every clause must hold for the same individual. Empty when
    /// `condition` is set.
    pub clauses: Vec<Clause>,
    /// The condition, when it is not a plain conjunction of clauses (it has
    /// an `or`). A plain conjunction is kept in `clauses` alone, which the
    /// evaluator turns into bit sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    pub span: Span,
}

/// "`need` of [credentials]": the individual holds at least `need` of these.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Clause {
    /// Credentials needed (for `all of`, the length of the list).
    pub need: u32,
    /// The credentials that count.
    pub exams: Vec<ExamIdx>,
    /// Written `all of [...]`: `need` is every credential listed. Kept so
    /// that `fmt` and `doc` say it as it was written.
    pub all: bool,
    /// Written `… of area A` (or one area of `any area [...]`): `exams` are
    /// that area's credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<AreaIdx>,
    pub span: Span,
}

/// Equality of IR nodes compares what they mean, not where they were written:
/// the same rules moved in a file, or reformatted, compile to equal programs.
macro_rules! eq_ignoring_span {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                true $(&& self.$field == other.$field)*
            }
        }
    )*};
}

eq_ignoring_span! {
    Exam { id, kind, title, retired, course }
    Entry { id, title }
    Market { id, title, countries }
    Competency { id, title, summary, options }
    CompetencyOption { id, title, summary, tiers }
    Tier { id, title, requirements, people_groups, qualified }
    Threshold { id, kinds, any_kind, products, window, associations, amounts }
    StatusRequirement { id, status }
    Quantity { id, metric, products, window, associations, counts }
    Metric { id, title, summed }
    Money { currency, amount }
    Individuals { id, name, shares, total, groups, each }
    SlotGroup { count, clauses, condition }
    Clause { need, exams, all, area }
    Area { id, title, competency, option, exams }
}

impl Eq for Money {}

impl Requirement {
    /// The requirement's id in its tier: `revenue`, `individuals`, `revenue-2`.
    pub fn id(&self) -> &str {
        match self {
            Requirement::Revenue(t) | Requirement::Consumption(t) => &t.id,
            Requirement::Count(q) | Requirement::NewCustomers(q) => &q.id,
            Requirement::Status(s) => &s.id,
            Requirement::Individuals(i) => &i.id,
            Requirement::Either(e) => &e.id,
            Requirement::Score(s) => &s.id,
        }
    }

    /// Where the requirement is written.
    pub fn span(&self) -> Span {
        match self {
            Requirement::Revenue(t) | Requirement::Consumption(t) => t.span,
            Requirement::Count(q) | Requirement::NewCustomers(q) => q.span,
            Requirement::Status(s) => s.span,
            Requirement::Individuals(i) => i.span,
            Requirement::Either(e) => e.span,
            Requirement::Score(s) => s.span,
        }
    }

    /// The kind of requirement, as its id starts: `revenue`, `count`, `individuals`…
    pub fn kind(&self) -> &'static str {
        match self {
            Requirement::Revenue(_) => "revenue",
            Requirement::Consumption(_) => "consumption",
            Requirement::Count(_) => "count",
            Requirement::NewCustomers(_) => "new-customers",
            Requirement::Status(_) => "status",
            Requirement::Individuals(_) => "individuals",
            Requirement::Either(_) => "either",
            Requirement::Score(_) => "score",
        }
    }

    /// This requirement, then those of its branches when it is an `either`.
    pub fn with_branches(&self) -> impl Iterator<Item = &Requirement> {
        let branches = match self {
            Requirement::Either(e) => e.branches.as_slice(),
            _ => &[],
        };
        std::iter::once(self).chain(branches.iter().flat_map(|b| &b.requirements))
    }

    fn set_id(&mut self, id: String) {
        match self {
            Requirement::Either(e) => e.id = id,
            Requirement::Revenue(t) | Requirement::Consumption(t) => t.id = id,
            Requirement::Count(q) | Requirement::NewCustomers(q) => q.id = id,
            Requirement::Status(s) => s.id = id,
            Requirement::Individuals(i) => i.id = id,
            Requirement::Score(s) => s.id = id,
        }
    }
}

/// Gives each requirement of a tier its id: its kind (`revenue`,
/// `individuals`), suffixed `-2`, `-3`… when the kind repeats, in order. Ids
/// let an outcome and a report name a requirement rather than count to it.
pub fn name_requirements(requirements: &mut [Requirement]) {
    let mut seen: BTreeMap<&'static str, u32> = BTreeMap::new();
    for r in requirements {
        let n = seen.entry(r.kind()).or_insert(0);
        *n += 1;
        let id = match (&*r, *n) {
            (
                Requirement::Individuals(Individuals {
                    name: Some(name), ..
                }),
                _,
            ) => name.clone(),
            (_, 1) => r.kind().to_string(),
            (_, n) => format!("{}-{n}", r.kind()),
        };
        r.set_id(id);
    }
}

impl Program {
    /// Every requirement of every tier of every option, in source order;
    /// an `either` is followed by the requirements of its branches.
    pub fn requirements(&self) -> impl Iterator<Item = &Requirement> {
        (self.competencies.iter())
            .flat_map(|c| &c.options)
            .flat_map(|o| &o.tiers)
            .flat_map(|t| &t.requirements)
            .flat_map(Requirement::with_branches)
    }

    /// The market of an ISO country code: the market listing it, else the default.
    pub fn market_of(&self, country: &str) -> Option<MarketIdx> {
        self.markets
            .iter()
            .position(|m| m.countries.iter().any(|c| c.eq_ignore_ascii_case(country)))
            .map(|i| MarketIdx(i as u32))
            .or(self.default_market)
    }

    /// The exam with this id.
    pub fn exam(&self, id: &str) -> Option<ExamIdx> {
        self.exams
            .iter()
            .position(|e| e.id == id)
            .map(|i| ExamIdx(i as u32))
    }

    /// The product with this id.
    pub fn product(&self, id: &str) -> Option<ProductIdx> {
        self.products
            .iter()
            .position(|e| e.id == id)
            .map(|i| ProductIdx(i as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn threshold() -> Requirement {
        Requirement::Revenue(Threshold {
            id: String::new(),
            kinds: vec![KindIdx(0)],
            any_kind: false,
            products: vec![ProductIdx(0)],
            window: Window::Ttm,
            associations: Vec::new(),
            amounts: BTreeMap::new(),
            span: Span::default(),
        })
    }

    fn individuals() -> Requirement {
        Requirement::Individuals(Individuals {
            id: String::new(),
            name: None,
            shares: Vec::new(),
            total: 1,
            groups: Vec::new(),
            each: None,
            span: Span::default(),
        })
    }

    #[test]
    fn requirements_are_named_by_kind_then_rank() {
        let mut reqs = vec![threshold(), individuals(), threshold(), threshold()];
        name_requirements(&mut reqs);
        let ids: Vec<&str> = reqs.iter().map(Requirement::id).collect();
        assert_eq!(ids, ["revenue", "individuals", "revenue-2", "revenue-3"]);
    }

    #[test]
    fn measures_are_named_by_kind_then_rank_too() {
        let quantity = |metric: Option<MetricIdx>| Quantity {
            id: String::new(),
            metric,
            products: Vec::new(),
            window: Window::Ttm,
            associations: Vec::new(),
            counts: BTreeMap::new(),
            span: Span::default(),
        };
        let Requirement::Revenue(t) = threshold() else {
            unreachable!()
        };
        let mut reqs = vec![
            Requirement::Consumption(t.clone()),
            Requirement::Count(quantity(Some(MetricIdx(0)))),
            Requirement::NewCustomers(quantity(None)),
            Requirement::Count(quantity(Some(MetricIdx(1)))),
            Requirement::Consumption(t),
        ];
        name_requirements(&mut reqs);
        let ids: Vec<&str> = reqs.iter().map(Requirement::id).collect();
        assert_eq!(
            ids,
            [
                "consumption",
                "count",
                "new-customers",
                "count-2",
                "consumption-2"
            ]
        );
    }

    #[test]
    fn equality_ignores_spans_but_not_ids() {
        let mut a = threshold();
        let mut b = threshold();
        if let Requirement::Revenue(t) = &mut b {
            t.span = Span::new(crate::span::FileId(1), 5, 9);
        }
        assert_eq!(a, b);
        if let Requirement::Revenue(t) = &mut a {
            t.id = "revenue-2".into();
        }
        assert_ne!(a, b);
    }
}
