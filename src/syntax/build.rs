//! pest pairs → syntax tree. The grammar guarantees the shape of each pair, so
//! a missing child means a grammar/builder mismatch; it is skipped, never a panic.

use std::str::FromStr;

use chrono::NaiveDate;
use pest::iterators::Pair;
use rust_decimal::Decimal;

use super::ast::*;

mod people;
mod score;
use super::{error, Rule};
use crate::diag::Diagnostic;
use crate::span::{FileId, Span};

pub(super) struct Builder<'a> {
    file: FileId,
    base: usize,
    errors: &'a mut Vec<Diagnostic>,
}

type P<'i> = Pair<'i, Rule>;

impl<'a> Builder<'a> {
    pub(super) fn new(file: FileId, base: usize, errors: &'a mut Vec<Diagnostic>) -> Self {
        Builder { file, base, errors }
    }

    /// The span of a pair, less the whitespace pest leaves at the end of a
    /// rule whose optional tail was tried and not found.
    fn span(&self, p: &P) -> Span {
        let s = p.as_span();
        let trimmed = s.as_str().trim_end_matches([' ', '\t', '\r', '\n']).len();
        Span::new(
            self.file,
            self.base + s.start(),
            self.base + s.start() + trimmed,
        )
    }

    pub(super) fn item(&mut self, p: P) -> Option<Item> {
        Some(match p.as_rule() {
            Rule::exam_decl => Item::Credential(self.credential(p, CredentialKind::Exam)?),
            Rule::assessment_decl => {
                Item::Credential(self.credential(p, CredentialKind::Assessment)?)
            }
            Rule::certification_decl => {
                Item::Credential(self.credential(p, CredentialKind::Certification)?)
            }
            Rule::product_decl => Item::Product(self.catalog(p)?),
            Rule::kind_decl => Item::Kind(self.catalog(p)?),
            Rule::currency_decl => Item::Currency(self.catalog(p)?),
            Rule::market_decl => Item::Market(self.market(p)?),
            Rule::association_decl => Item::Association(self.catalog(p)?),
            Rule::status_decl => Item::Status(self.catalog(p)?),
            Rule::metric_decl => {
                let summed = p.clone().into_inner().any(|c| c.as_rule() == Rule::summed);
                let CatalogDecl { id, title, span } = self.catalog(p)?;
                Item::Metric(MetricDecl {
                    id,
                    title,
                    summed,
                    span,
                })
            }
            Rule::competency_decl => Item::Competency(self.competency(p)?),
            _ => return None,
        })
    }

    /// The children of `p` that carry meaning (keywords dropped).
    fn children<'i>(p: P<'i>) -> impl Iterator<Item = P<'i>> {
        p.into_inner().filter(|c| !is_keyword(c.as_rule()))
    }

    fn ident(&self, p: P) -> Ident {
        Spanned::new(p.as_str().to_string(), self.span(&p))
    }

    fn credential(&mut self, p: P, kind: CredentialKind) -> Option<CredentialDecl> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let id = self.ident(it.next()?);
        let title = self.text(it.next()?);
        let mut d = CredentialDecl {
            kind,
            id,
            title,
            retired: Vec::new(),
            course: Vec::new(),
            span,
        };
        for prop in it {
            let ps = self.span(&prop);
            let rule = prop.as_rule();
            let Some(value) = Self::children(prop).next() else {
                continue;
            };
            match rule {
                // A bad date is reported; the credential is kept so references to it resolve.
                Rule::retired => {
                    if let Some(date) = self.date(&value) {
                        d.retired.push(Spanned::new(date, ps));
                    }
                }
                Rule::course => {
                    let n = self.count(value)?;
                    d.course.push(Spanned::new(n.node, ps));
                }
                _ => {}
            }
        }
        Some(d)
    }

    fn catalog(&mut self, p: P) -> Option<CatalogDecl> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let id = self.ident(it.next()?);
        let title = self.text(it.next()?);
        Some(CatalogDecl { id, title, span })
    }

    fn market(&mut self, p: P) -> Option<MarketDecl> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let id = self.ident(it.next()?);
        let title = self.text(it.next()?);
        let mut m = MarketDecl {
            id,
            title,
            default: Vec::new(),
            countries: Vec::new(),
            span,
        };
        for prop in it {
            let ps = self.span(&prop);
            match prop.as_rule() {
                Rule::default_flag => m.default.push(ps),
                Rule::countries => {
                    let list = Self::children(prop).map(|c| self.ident(c)).collect();
                    m.countries.push(Spanned::new(list, ps));
                }
                _ => {}
            }
        }
        Some(m)
    }

    fn labelled(&mut self, p: P) -> Option<Labelled> {
        let span = self.span(&p);
        let text = self.text(Self::children(p).next()?);
        Some(Labelled { text, span })
    }

    fn allow(&mut self, p: P) -> Option<Allow> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let code = self.ident(it.next()?);
        let reason = self.string(it.next()?);
        Some(Allow { code, reason, span })
    }

    fn competency(&mut self, p: P) -> Option<CompetencyDecl> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let id = self.ident(it.next()?);
        let mut members = Vec::new();
        for m in it {
            members.push(match m.as_rule() {
                Rule::title => CompetencyMember::Title(self.labelled(m)?),
                Rule::summary => CompetencyMember::Summary(self.labelled(m)?),
                Rule::allow => CompetencyMember::Allow(self.allow(m)?),
                Rule::area_decl => CompetencyMember::Area(self.area(m)?),
                Rule::option_decl => CompetencyMember::Option(self.option(m)?),
                _ => continue,
            });
        }
        Some(CompetencyDecl { id, members, span })
    }

    fn option(&mut self, p: P) -> Option<OptionDecl> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let id = self.ident(it.next()?);
        let mut members = Vec::new();
        for m in it {
            members.push(match m.as_rule() {
                Rule::title => OptionMember::Title(self.labelled(m)?),
                Rule::summary => OptionMember::Summary(self.labelled(m)?),
                Rule::allow => OptionMember::Allow(self.allow(m)?),
                Rule::area_decl => OptionMember::Area(self.area(m)?),
                Rule::tier_decl => OptionMember::Tier(self.tier(m)?),
                _ => continue,
            });
        }
        Some(OptionDecl { id, members, span })
    }

    fn tier(&mut self, p: P) -> Option<TierDecl> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let id = self.ident(it.next()?);
        let mut members = Vec::new();
        for m in it {
            if let Some(member) = self.tier_member(m)? {
                members.push(member);
            }
        }
        Some(TierDecl { id, members, span })
    }

    /// One member of a tier or of an `either` branch (`None` inside: a
    /// malformed member; `Some(None)`: punctuation).
    fn tier_member(&mut self, m: P) -> Option<Option<TierMember>> {
        Some(Some(match m.as_rule() {
            Rule::title => TierMember::Title(self.labelled(m)?),
            Rule::allow => TierMember::Allow(self.allow(m)?),
            Rule::revenue_req => TierMember::Revenue(self.revenue(m)?),
            Rule::consumption_req | Rule::count_req | Rule::customers_req => {
                let measure = match m.as_rule() {
                    Rule::consumption_req => Measure::Consumption,
                    Rule::customers_req => Measure::NewCustomers,
                    _ => {
                        let metric = m.clone().into_inner().find(|c| c.as_rule() == Rule::ident);
                        Measure::Count(self.ident(metric?))
                    }
                };
                let req = self.revenue(m)?;
                TierMember::Measure(MeasureReq { measure, req })
            }
            Rule::status_req => {
                let span = self.span(&m);
                let status = self.ident(Self::children(m).next()?);
                TierMember::Status(StatusReq { status, span })
            }
            Rule::individuals_req => TierMember::Individuals(self.individuals(m)?),
            Rule::either => TierMember::Either(self.either(m)?),
            Rule::score_req => TierMember::Score(self.score(m)?),
            Rule::qualified => TierMember::Qualified(self.qualified(m)?),
            _ => return Some(None),
        }))
    }

    /// `either { … } or { … }`
    fn either(&mut self, p: P) -> Option<EitherReq> {
        let span = self.span(&p);
        let mut keyword = span;
        let mut branches = Vec::new();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::kw_either => keyword = self.span(&c),
                Rule::branch => {
                    let span = self.span(&c);
                    let mut members = Vec::new();
                    for m in Self::children(c) {
                        if let Some(member) = self.tier_member(m)? {
                            members.push(member);
                        }
                    }
                    branches.push(Branch { members, span });
                }
                _ => {}
            }
        }
        Some(EitherReq {
            branches,
            keyword,
            span,
        })
    }

    /// `area ID TEXT [CREDENTIALS]`
    fn area(&mut self, p: P) -> Option<AreaDecl> {
        let span = self.span(&p);
        let mut it = Self::children(p);
        let id = self.ident(it.next()?);
        let title = self.text(it.next()?);
        let exams = self.id_list(it.next()?);
        Some(AreaDecl {
            id,
            title,
            exams,
            span,
        })
    }

    fn id_list(&mut self, p: P) -> Spanned<Vec<Ident>> {
        let span = self.span(&p);
        Spanned::new(Self::children(p).map(|c| self.ident(c)).collect(), span)
    }

    fn revenue(&mut self, p: P) -> Option<RevenueReq> {
        let span = self.span(&p);
        let mut kinds = None;
        let mut products = None;
        let mut window = None;
        let mut assoc = None;
        let mut at_least = None;
        for c in Self::children(p) {
            let cs = self.span(&c);
            match c.as_rule() {
                Rule::kinds => {
                    let node = match Self::children(c).next() {
                        Some(k) if k.as_rule() == Rule::ident => Kinds::One(self.ident(k)),
                        Some(k) if k.as_rule() == Rule::id_list => {
                            Kinds::List(self.id_list(k).node)
                        }
                        _ => Kinds::Any,
                    };
                    kinds = Some(Spanned::new(node, cs));
                }
                Rule::id_list => products = Some(self.id_list(c)),
                Rule::window => {
                    let w = Self::children(c).next()?;
                    let node = match w.as_rule() {
                        Rule::months => Window::Months(self.count(Self::children(w).next()?)?.node),
                        _ => Window::Ttm,
                    };
                    window = Some(Spanned::new(node, cs));
                }
                Rule::assoc => {
                    let a = Self::children(c).next()?;
                    let node = match a.as_rule() {
                        Rule::one_of_assoc => Assoc {
                            ids: (a.into_inner().find(|c| c.as_rule() == Rule::id_list))
                                .map(|l| self.id_list(l).node)?,
                            one_of: true,
                        },
                        _ => Assoc {
                            ids: vec![self.ident(a)],
                            one_of: false,
                        },
                    };
                    assoc = Some(Spanned::new(node, cs));
                }
                Rule::at_least => at_least = Some(self.at_least(c)?),
                _ => {}
            }
        }
        Some(RevenueReq {
            // A measure other than revenue has no kinds.
            kinds: kinds.unwrap_or(Spanned::new(Kinds::Any, span)),
            products: products?,
            window,
            assoc,
            at_least: at_least?,
            span,
        })
    }

    /// `at least MONEY` or `at least { MARKET: MONEY, … }`
    fn at_least(&mut self, c: P) -> Option<Spanned<AtLeast>> {
        let cs = self.span(&c);
        let v = Self::children(c).next()?;
        let node = match v.as_rule() {
            Rule::money => AtLeast::All(self.money(v)?),
            _ => {
                let mut per = Vec::new();
                for ma in Self::children(v) {
                    let mut it = Self::children(ma);
                    let market = self.ident(it.next()?);
                    per.push((market, self.money(it.next()?)?));
                }
                AtLeast::PerMarket(per)
            }
        };
        Some(Spanned::new(node, cs))
    }

    fn money(&mut self, p: P) -> Option<Money> {
        let span = self.span(&p);
        let mut it = Self::children(p).peekable();
        let currency = match it.peek()?.as_rule() {
            Rule::ident => Some(self.ident(it.next()?)),
            _ => None,
        };
        let a = it.next()?;
        let aspan = self.span(&a);
        let digits: String = a.as_str().chars().filter(|c| *c != '_').collect();
        // An amount out of range is reported and read as the largest amount,
        // so the rest of the item is still checked.
        let amount = Decimal::from_str_exact(&digits).unwrap_or_else(|_| {
            self.errors
                .push(error::amount_out_of_range(aspan, a.as_str()));
            Decimal::MAX
        });
        Some(Money {
            currency,
            written: a.as_str().to_string(),
            amount: Spanned::new(amount, aspan),
            span,
        })
    }

    /// A count; one too large is reported and read as the largest count, so
    /// the rest of the item is still checked.
    fn count(&mut self, p: P) -> Option<Spanned<u32>> {
        let span = self.span(&p);
        let n = p.as_str().parse::<u32>().unwrap_or_else(|_| {
            self.errors.push(error::number_too_large(span, p.as_str()));
            u32::MAX
        });
        Some(Spanned::new(n, span))
    }

    fn date(&mut self, p: &P) -> Option<NaiveDate> {
        match NaiveDate::from_str(p.as_str()) {
            Ok(d) => Some(d),
            Err(_) => {
                let span = self.span(p);
                self.errors.push(error::bad_date(span, p.as_str()));
                None
            }
        }
    }

    fn text(&mut self, p: P) -> Text {
        let span = self.span(&p);
        let mut parts = Vec::new();
        if let Some(inner) = p.into_inner().next() {
            match inner.as_rule() {
                Rule::string => parts.push((None, self.string(inner))),
                _ => {
                    for lt in Self::children(inner) {
                        let mut it = Self::children(lt);
                        if let (Some(l), Some(s)) = (it.next(), it.next()) {
                            let lang = self.ident(l);
                            parts.push((Some(lang), self.string(s)));
                        }
                    }
                }
            }
        }
        Text { parts, span }
    }

    fn string(&self, p: P) -> Spanned<String> {
        let span = self.span(&p);
        let raw = p.as_str();
        let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or("");
        Spanned::new(unescape(inner), span)
    }
}

/// Resolves `\"`, `\\`, `\n` and `\t`; any other escaped character stands for itself.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn is_keyword(r: Rule) -> bool {
    use Rule::*;
    matches!(
        r,
        kw_exam
            | kw_assessment
            | kw_certification
            | kw_course
            | kw_all
            | kw_product
            | kw_kind
            | kw_currency
            | kw_market
            | kw_default
            | kw_countries
            | kw_retired
            | kw_competency
            | kw_title
            | kw_summary
            | kw_allow
            | kw_option
            | kw_tier
            | kw_revenue
            | kw_in
            | kw_over
            | kw_ttm
            | kw_months
            | kw_with
            | kw_association
            | kw_status
            | kw_any
            | kw_at
            | kw_least
            | kw_individuals
            | kw_and
            | kw_or
            | kw_area
            | kw_each
            | kw_them
            | kw_shares
            | kw_people
            | kw_metric
            | kw_latest
            | kw_summed
            | kw_consumption
            | kw_count
            | kw_new
            | kw_customers
            | kw_score
            | kw_every
            | kw_above
            | kw_zero
            | kw_points
            | kw_for
            | kw_net
            | kw_customer
            | kw_adds
            | kw_usage
            | kw_growth
            | kw_holding
            | kw_minimum
            | kw_qualified
            | kw_on
            | kw_day
            | kw_the
            | kw_current
            | kw_before
            | lparen
            | rparen
            | kw_of
            | lbrace
            | rbrace
            | lbracket
            | rbracket
            | comma
            | colon
    )
}
