//! The untyped syntax tree: what the author wrote, with a span on every node.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::span::{FileId, Span};

pub use crate::ir::CredentialKind;

mod score;
pub use score::*;

/// A node with the place it was written. Equality ignores the place.
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
    }
}

impl<T> Spanned<T> {
    /// Wraps `node` with its span.
    pub fn new(node: T, span: Span) -> Spanned<T> {
        Spanned { node, span }
    }
}

/// A name as written: an id being declared or referred to.
pub type Ident = Spanned<String>;

/// One parsed source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub file: FileId,
    pub items: Vec<Item>,
    /// `(keyword, id)` of items that failed to parse, so that references to
    /// them are not reported as unknown on top of the syntax error.
    pub broken: Vec<(String, String)>,
}

/// A top-level declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// `exam`, `assessment` or `certification`.
    Credential(CredentialDecl),
    Product(CatalogDecl),
    Kind(CatalogDecl),
    Currency(CatalogDecl),
    Market(MarketDecl),
    /// `association ID TEXT`: a type of customer association.
    Association(CatalogDecl),
    /// `status ID TEXT`: a status a partner may hold.
    Status(CatalogDecl),
    /// `metric ID TEXT latest|summed`: a usage metric.
    Metric(MetricDecl),
    Competency(CompetencyDecl),
}

impl Item {
    /// Where the whole item was written.
    pub fn span(&self) -> Span {
        match self {
            Item::Credential(d) => d.span,
            Item::Product(d) | Item::Kind(d) | Item::Currency(d) => d.span,
            Item::Association(d) | Item::Status(d) => d.span,
            Item::Metric(d) => d.span,
            Item::Market(d) => d.span,
            Item::Competency(d) => d.span,
        }
    }
}

/// `exam MB2-714 "title" retired 2019-06-30`, `assessment ID "title" course 13736`,
/// `certification ID "title"`.
#[derive(Clone, Debug, PartialEq)]
pub struct CredentialDecl {
    pub kind: CredentialKind,
    pub id: Ident,
    pub title: Text,
    /// Every `retired DATE` written (more than one is reported); the span
    /// covers `retired DATE`. A date that is not a calendar day is left out.
    pub retired: Vec<Spanned<NaiveDate>>,
    /// Every `course N` written; the span covers `course N`.
    pub course: Vec<Spanned<u32>>,
    pub span: Span,
}

/// `product`, `kind` and `currency`: an id and a title.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogDecl {
    pub id: Ident,
    pub title: Text,
    pub span: Span,
}

/// `metric ID TEXT latest|summed`
#[derive(Clone, Debug, PartialEq)]
pub struct MetricDecl {
    pub id: Ident,
    pub title: Text,
    /// `summed` (every record counts) rather than `latest`.
    pub summed: bool,
    pub span: Span,
}

/// `market developing "title" countries [..]` or `... default`
#[derive(Clone, Debug, PartialEq)]
pub struct MarketDecl {
    pub id: Ident,
    pub title: Text,
    /// Every `default` flag written (more than one is reported).
    pub default: Vec<Span>,
    /// Every `countries [...]` list written.
    pub countries: Vec<Spanned<Vec<Ident>>>,
    pub span: Span,
}

/// A text, plain or per language.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// `(language, text)`; the language is `None` for a plain `"..."`.
    pub parts: Vec<(Option<Ident>, Spanned<String>)>,
    pub span: Span,
}

/// `competency id { ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyDecl {
    pub id: Ident,
    pub members: Vec<CompetencyMember>,
    pub span: Span,
}

/// What a competency block holds.
#[derive(Clone, Debug, PartialEq)]
pub enum CompetencyMember {
    Title(Labelled),
    Summary(Labelled),
    Allow(Allow),
    Area(AreaDecl),
    Option(OptionDecl),
}

impl CompetencyMember {
    /// Where the member was written.
    pub fn span(&self) -> Span {
        match self {
            CompetencyMember::Title(l) | CompetencyMember::Summary(l) => l.span,
            CompetencyMember::Allow(a) => a.span,
            CompetencyMember::Area(a) => a.span,
            CompetencyMember::Option(o) => o.span,
        }
    }
}

impl OptionMember {
    /// Where the member was written.
    pub fn span(&self) -> Span {
        match self {
            OptionMember::Title(l) | OptionMember::Summary(l) => l.span,
            OptionMember::Allow(a) => a.span,
            OptionMember::Area(a) => a.span,
            OptionMember::Tier(t) => t.span,
        }
    }
}

impl TierMember {
    /// Where the member was written.
    pub fn span(&self) -> Span {
        match self {
            TierMember::Title(l) => l.span,
            TierMember::Allow(a) => a.span,
            TierMember::Revenue(r) => r.span,
            TierMember::Measure(m) => m.req.span,
            TierMember::Status(s) => s.span,
            TierMember::Individuals(i) => i.span,
            TierMember::Either(e) => e.span,
            TierMember::Score(s) => s.span,
            TierMember::Qualified(q) => q.span,
        }
    }
}

/// `title ...` or `summary ...`: the keyword's span and the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Labelled {
    pub text: Text,
    pub span: Span,
}

/// `allow CODE "REASON"`: a warning acknowledged inside the enclosing block.
#[derive(Clone, Debug, PartialEq)]
pub struct Allow {
    /// The last segment of a warning's code, as written (`tier-asks-less`).
    pub code: Ident,
    pub reason: Spanned<String>,
    pub span: Span,
}

/// `option id { ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct OptionDecl {
    pub id: Ident,
    pub members: Vec<OptionMember>,
    pub span: Span,
}

/// What an option block holds.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionMember {
    Title(Labelled),
    Summary(Labelled),
    Allow(Allow),
    Area(AreaDecl),
    Tier(TierDecl),
}

/// `area ID TEXT [CREDENTIALS]`: a focus area.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaDecl {
    pub id: Ident,
    pub title: Text,
    pub exams: Spanned<Vec<Ident>>,
    pub span: Span,
}

/// `tier id { ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct TierDecl {
    pub id: Ident,
    pub members: Vec<TierMember>,
    pub span: Span,
}

/// What a tier block holds.
#[derive(Clone, Debug, PartialEq)]
pub enum TierMember {
    Title(Labelled),
    Allow(Allow),
    Revenue(RevenueReq),
    /// `status ID`
    Status(StatusReq),
    /// `consumption …`, `count METRIC …`, `new customers …`
    Measure(MeasureReq),
    Individuals(IndividualsReq),
    /// `either { … } or { … }`: alternatives.
    Either(EitherReq),
    /// `score 70 of 100 { … }`
    Score(ScoreReq),
    /// `qualified on any day of the current month and the 5 before`
    Qualified(QualifiedReq),
}

/// `either { REQUIREMENTS } or { REQUIREMENTS } …`
#[derive(Clone, Debug, PartialEq)]
pub struct EitherReq {
    /// Every branch, in written order (one is parsed, and refused by the compiler).
    pub branches: Vec<Branch>,
    /// The `either` keyword.
    pub keyword: Span,
    pub span: Span,
}

/// `{ REQUIREMENTS }`: one branch of an `either`. Its members are
/// requirements, or an `either` (parsed, and refused by the compiler).
#[derive(Clone, Debug, PartialEq)]
pub struct Branch {
    pub members: Vec<TierMember>,
    pub span: Span,
}

/// A measure other than revenue: what it counts, then its products, window,
/// associations and amounts, held as a revenue requirement's (`req.kinds`
/// is unused).
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureReq {
    pub measure: Measure,
    pub req: RevenueReq,
}

/// What a [`MeasureReq`] counts.
#[derive(Clone, Debug, PartialEq)]
pub enum Measure {
    /// `consumption`: money, from consumption lines.
    Consumption,
    /// `count METRIC`: paid units of a metric.
    Count(Ident),
    /// `new customers`: distinct customers first seen in the window.
    NewCustomers,
    /// `net customer adds` (scores only): distinct customers now less a year earlier.
    NetCustomerAdds,
    /// `usage growth METRIC` (scores only): paid units now less a year earlier.
    UsageGrowth(Ident),
}

/// `revenue KINDS in [PRODUCTS] over WINDOW with ASSOCIATIONS at least AMOUNTS`
#[derive(Clone, Debug, PartialEq)]
pub struct RevenueReq {
    pub kinds: Spanned<Kinds>,
    pub products: Spanned<Vec<Ident>>,
    pub window: Option<Spanned<Window>>,
    pub assoc: Option<Spanned<Assoc>>,
    pub at_least: Spanned<AtLeast>,
    pub span: Span,
}

/// The revenue kinds a measure counts, as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Kinds {
    /// `revenue net-new`
    One(Ident),
    /// `revenue [net-new, gross-license]`
    List(Vec<Ident>),
    /// `revenue of any kind`
    Any,
}

/// `with dpor` or `with one of [tpor, dpor]`: the association types a line
/// must carry one of.
#[derive(Clone, Debug, PartialEq)]
pub struct Assoc {
    pub ids: Vec<Ident>,
    /// Written `one of [...]` (kept so that `fmt` writes it back).
    pub one_of: bool,
}

/// `status ID`
#[derive(Clone, Debug, PartialEq)]
pub struct StatusReq {
    pub status: Ident,
    pub span: Span,
}

/// The revenue window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// `ttm`: the trailing twelve months.
    Ttm,
    /// `N months`.
    Months(u32),
}

/// The amount required: one for every market, or one per market.
#[derive(Clone, Debug, PartialEq)]
pub enum AtLeast {
    All(Money),
    PerMarket(Vec<(Ident, Money)>),
}

/// `USD 100_000`, or a bare `100_000` (reported by the compiler).
#[derive(Clone, Debug, PartialEq)]
pub struct Money {
    pub currency: Option<Ident>,
    /// The amount as written (`4_000`), for messages that quote it.
    pub written: String,
    pub amount: Spanned<Decimal>,
    pub span: Span,
}

/// `individuals NAME? N (shares people with NAMES)? { lines }`
#[derive(Clone, Debug, PartialEq)]
pub struct IndividualsReq {
    /// The name, required when a tier has several people requirements.
    pub name: Option<Ident>,
    pub total: Spanned<u32>,
    /// `shares people with A, B`: the list and the span of the whole phrase.
    pub shares: Option<Spanned<Vec<Ident>>>,
    /// Every `each: COND` line (more than one, or one beside slot groups, is reported).
    pub each: Vec<EachLine>,
    /// Every `K of them: COND` line.
    pub of_them: Vec<OfThemLine>,
    pub groups: Vec<SlotGroup>,
    pub span: Span,
}

/// `each: COND`: what every one of the individuals holds.
#[derive(Clone, Debug, PartialEq)]
pub struct EachLine {
    pub condition: Condition,
    pub span: Span,
}

/// `K of them: COND`: what K of the same individuals also hold.
#[derive(Clone, Debug, PartialEq)]
pub struct OfThemLine {
    pub count: Spanned<u32>,
    pub condition: Condition,
    pub span: Span,
}

/// `N x CONDITION`
#[derive(Clone, Debug, PartialEq)]
pub struct SlotGroup {
    pub count: Spanned<u32>,
    pub condition: Condition,
    pub span: Span,
}

/// What one individual must hold: clauses joined by `and` or by `or`.
///
/// The builder flattens `A and (B and C)` into one `And` and drops
/// parentheses around a single clause, so a child of `And` is never an `And`
/// and a child of `Or` never an `Or`: the formatter writes parentheses exactly
/// around a child of the other connective.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    Clause(Clause),
    /// Every part holds for the same individual.
    And(Vec<Condition>, Span),
    /// Some part holds for the individual.
    Or(Vec<Condition>, Span),
}

impl Condition {
    /// Where the condition was written (without enclosing parentheses).
    pub fn span(&self) -> Span {
        match self {
            Condition::Clause(c) => c.span,
            Condition::And(_, s) | Condition::Or(_, s) => *s,
        }
    }
}

/// `one of SOURCE`, `N of SOURCE` or `all of SOURCE`
#[derive(Clone, Debug, PartialEq)]
pub struct Clause {
    pub need: Spanned<Need>,
    pub source: Source,
    pub span: Span,
}

/// Where a clause's credentials come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// `[CREDENTIALS]`
    List(Spanned<Vec<Ident>>),
    /// `area ID`: that focus area's credentials.
    Area(Ident),
    /// `any area [IDS]`: the clause holds in some one of these areas.
    AnyArea(Spanned<Vec<Ident>>),
}

/// How many of a clause's credentials are needed, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// `one of` (1) or `N of`.
    Count(u32),
    /// `all of`: every credential listed.
    All,
}
