//! Competencies, options, tiers and requirements: resolution and validation.

use std::collections::HashMap;

use super::catalog::text;
use super::error::{
    self, NameKind, ASSOCIATION, CREDENTIAL, CURRENCY, KIND, MARKET, METRIC, PRODUCT, STATUS,
};
use super::people::{Areas, Scope};
use super::{Cx, Names};
use crate::ir::{self, Text};
use crate::span::Span;
use crate::suggest::suggest;
use crate::syntax::ast::{self, CompetencyMember, Item, OptionMember, Spanned, TierMember};

/// Lowers every competency of every file into `program`.
pub(super) fn competencies(
    cx: &mut Cx,
    files: &[ast::File],
    names: &Names,
    program: &mut ir::Program,
) {
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for item in files.iter().flat_map(|f| &f.items) {
        let Item::Competency(c) = item else { continue };
        // Duplicates were reported while declaring; lower only the first.
        if seen.insert(&c.id.node, ()).is_some() {
            continue;
        }
        let mut areas = super::people::Areas::declare(cx, names, program, c);
        let lowered = competency(cx, names, program, c, &mut areas);
        areas.finish(cx);
        program.competencies.push(lowered);
    }
}

/// Keeps the first `title`/`summary`, reporting any later one.
fn single(cx: &mut Cx, slot: &mut Option<(Text, Span)>, what: &'static str, l: &ast::Labelled) {
    let t = text(cx, &l.text);
    match slot {
        Some((_, first)) => cx.push(error::duplicate_property(what, l.span, *first)),
        None => *slot = Some((t, l.span)),
    }
}

fn competency(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    c: &ast::CompetencyDecl,
    areas: &mut Areas,
) -> ir::Competency {
    let mut title = None;
    let mut summary = None;
    let mut options = Vec::new();
    let mut ids: HashMap<&str, Span> = HashMap::new();
    for m in &c.members {
        match m {
            CompetencyMember::Title(l) => single(cx, &mut title, "title", l),
            CompetencyMember::Summary(l) => single(cx, &mut summary, "summary", l),
            CompetencyMember::Allow(a) => cx.allow(a, "competency", &c.id.node, c.span),
            // Declared by `Areas::declare`.
            CompetencyMember::Area(_) => {}
            CompetencyMember::Option(o) => {
                if let Some(first) = ids.get(o.id.node.as_str()) {
                    cx.duplicate("option", &o.id.node, o.id.span, *first);
                    continue;
                }
                ids.insert(&o.id.node, o.id.span);
                options.push(option(cx, names, program, o, areas));
            }
        }
    }
    if options.is_empty() {
        cx.push(error::empty_block("competency", &c.id.node, c.id.span));
    }
    super::order::check(cx, c);
    ir::Competency {
        id: c.id.node.clone(),
        title: title.map(|t| t.0).unwrap_or_default(),
        summary: summary.map(|t| t.0).unwrap_or_default(),
        options,
        span: c.span,
    }
}

fn option(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    o: &ast::OptionDecl,
    areas: &mut Areas,
) -> ir::CompetencyOption {
    let mut title = None;
    let mut summary = None;
    let mut tiers = Vec::new();
    let mut ids: HashMap<&str, Span> = HashMap::new();
    for m in &o.members {
        match m {
            OptionMember::Title(l) => single(cx, &mut title, "title", l),
            OptionMember::Summary(l) => single(cx, &mut summary, "summary", l),
            OptionMember::Allow(a) => cx.allow(a, "option", &o.id.node, o.span),
            OptionMember::Area(_) => {}
            OptionMember::Tier(t) => {
                if let Some(first) = ids.get(t.id.node.as_str()) {
                    cx.duplicate("tier", &t.id.node, t.id.span, *first);
                    continue;
                }
                ids.insert(&t.id.node, t.id.span);
                let mut scope = Scope {
                    areas,
                    option: &o.id.node,
                };
                tiers.push(tier(cx, names, program, t, &mut scope));
            }
        }
    }
    if tiers.is_empty() {
        cx.push(error::empty_block("option", &o.id.node, o.id.span));
    }
    ir::CompetencyOption {
        id: o.id.node.clone(),
        title: title.map(|t| t.0).unwrap_or_default(),
        summary: summary.map(|t| t.0).unwrap_or_default(),
        tiers,
        span: o.span,
    }
}

fn tier(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    t: &ast::TierDecl,
    scope: &mut Scope,
) -> ir::Tier {
    let mut title = None;
    let mut qualified = None;
    let mut people: super::sharing::People = Vec::new();
    let mut requirements = Vec::new();
    let mut either = super::either::Lowering::default();
    for m in &t.members {
        match m {
            TierMember::Title(l) => single(cx, &mut title, "title", l),
            TierMember::Allow(a) => cx.allow(a, "tier", &t.id.node, t.span),
            TierMember::Either(e) => {
                if !either.accept(cx, e) {
                    continue;
                }
                let mut branches = Vec::new();
                for b in &e.branches {
                    let (mut reqs, mut branch_people) = (Vec::new(), Vec::new());
                    for m in &b.members {
                        requirement(cx, names, program, scope, m, &mut reqs, &mut branch_people);
                    }
                    branches.push((reqs, branch_people));
                }
                requirements.extend(either.lower(cx, e, requirements.len(), branches));
            }
            TierMember::Qualified(q) => match &qualified {
                Some((_, first)) => cx.push(error::duplicate_property("qualified", q.span, *first)),
                None => qualified = Some((q.before.node, q.span)),
            },
            m => requirement(cx, names, program, scope, m, &mut requirements, &mut people),
        }
    }
    let has_requirement = t.members.iter().any(|m| {
        !matches!(
            m,
            TierMember::Title(_) | TierMember::Allow(_) | TierMember::Qualified(_)
        )
    });
    if !has_requirement {
        cx.push(error::empty_tier(&t.id.node, t.id.span));
    }
    let people_groups = match either.is_empty() {
        true => super::sharing::groups(cx, &t.id.node, &people).unwrap_or_default(),
        false => either.finish(cx, &t.id.node, &people, &mut requirements),
    };
    ir::name_requirements(&mut requirements);
    ir::Tier {
        id: t.id.node.clone(),
        title: title.map(|t| t.0).unwrap_or_default(),
        requirements,
        people_groups,
        qualified: qualified.map(|q| q.0),
        span: t.span,
    }
}

/// Lowers one requirement of a tier or of a branch into `requirements`,
/// recording a people requirement in `people`.
fn requirement<'a>(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    scope: &mut Scope,
    m: &'a TierMember,
    requirements: &mut Vec<ir::Requirement>,
    people: &mut super::sharing::People<'a>,
) {
    match m {
        TierMember::Revenue(r) => {
            if let Some(th) = revenue(cx, names, program, r, "revenue") {
                requirements.push(ir::Requirement::Revenue(th));
            }
        }
        TierMember::Measure(m) => requirements.extend(measure(cx, names, program, m)),
        TierMember::Status(r) => {
            if let Some(i) = resolve(cx, &STATUS, &names.statuses, &r.status) {
                requirements.push(ir::Requirement::Status(ir::StatusRequirement {
                    id: String::new(),
                    status: ir::StatusIdx(i),
                    span: r.span,
                }));
            }
        }
        TierMember::Individuals(i) => {
            let lowered = individuals(cx, names, scope, i);
            people.push((i, lowered.as_ref().map(|_| requirements.len())));
            if let Some(ind) = lowered {
                requirements.push(ir::Requirement::Individuals(ind));
            }
        }
        TierMember::Score(s) => {
            requirements.extend(super::score::lower(cx, names, program, scope, s))
        }
        // In a branch: refused there (`nested-either`).
        TierMember::Either(e) => super::either::nested(cx, e),
        TierMember::Title(_) | TierMember::Allow(_) | TierMember::Qualified(_) => {}
    }
}

/// Looks `id` up in `table`, reporting an unknown name with a suggestion.
pub(super) fn resolve(
    cx: &mut Cx,
    kind: &NameKind,
    table: &std::collections::HashMap<&str, u32>,
    id: &ast::Ident,
) -> Option<u32> {
    if let Some(i) = table.get(id.node.as_str()) {
        return Some(*i);
    }
    if kind.what == CREDENTIAL.what {
        let broken = ["exam", "assessment", "certification"];
        if broken.iter().any(|k| cx.is_broken(k, &id.node)) {
            return None;
        }
        let mut ids: Vec<&str> = table.keys().copied().collect();
        ids.sort_unstable();
        let close = suggest(&id.node, ids.iter().copied(), kind.reach);
        let declared = match close {
            Some(_) => Vec::new(),
            None => crate::suggest::closest(&id.node, ids.iter().copied(), 8),
        };
        cx.push(error::unknown_credential(
            &id.node, id.span, close, &declared,
        ));
        return None;
    }
    if cx.is_broken(kind.what, &id.node) {
        return None;
    }
    let mut names: Vec<&str> = table.keys().copied().collect();
    names.sort_unstable();
    let close = suggest(&id.node, names.iter().copied(), kind.reach);
    let declared = match close {
        Some(_) => Vec::new(),
        None => crate::suggest::closest(&id.node, names.iter().copied(), 8),
    };
    cx.push(error::unknown(kind, &id.node, id.span, close, &declared));
    None
}

/// Resolves a list of names, reporting empty lists and names listed twice.
pub(super) fn resolve_list(
    cx: &mut Cx,
    kind: &NameKind,
    table: &std::collections::HashMap<&str, u32>,
    list: &ast::Spanned<Vec<ast::Ident>>,
) -> Option<Vec<u32>> {
    if list.node.is_empty() {
        cx.push(error::empty_list(kind.what, list.span));
        return None;
    }
    let mut out = Vec::with_capacity(list.node.len());
    let mut seen: HashMap<&str, Span> = HashMap::new();
    let mut ok = true;
    for id in &list.node {
        if let Some(first) = seen.get(id.node.as_str()) {
            cx.push(error::listed_twice(kind.what, &id.node, id.span, *first));
            continue;
        }
        seen.insert(&id.node, id.span);
        match resolve(cx, kind, table, id) {
            Some(i) => out.push(i),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// A money threshold: `revenue` (`measure`), or `consumption` (whose
/// `kinds` are unused, written as `of any kind`).
pub(super) fn revenue(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    r: &ast::RevenueReq,
    measure: &'static str,
) -> Option<ir::Threshold> {
    let kinds = match &r.kinds.node {
        ast::Kinds::One(k) => resolve(cx, &KIND, &names.kinds, k).map(|k| vec![k]),
        ast::Kinds::List(ks) => resolve_list(
            cx,
            &KIND,
            &names.kinds,
            &Spanned::new(ks.clone(), r.kinds.span),
        ),
        ast::Kinds::Any => Some(Vec::new()),
    };
    let filters = filters(cx, names, r);
    let amounts = amounts(cx, names, program, r, |cx, m, market| {
        money(cx, names, measure, m, market)
    })?;
    let (products, window, associations) = filters?;
    Some(ir::Threshold {
        id: String::new(),
        kinds: kinds?.into_iter().map(ir::KindIdx).collect(),
        any_kind: r.kinds.node == ast::Kinds::Any,
        products,
        window,
        associations,
        amounts: amounts
            .into_iter()
            .enumerate()
            .map(|(i, m)| (ir::MarketIdx(i as u32), m))
            .collect(),
        span: r.span,
    })
}

/// The products, window and association types of a measure, resolved.
type Filters = (Vec<ir::ProductIdx>, ir::Window, Vec<ir::AssociationIdx>);

fn filters(cx: &mut Cx, names: &Names, r: &ast::RevenueReq) -> Option<Filters> {
    let associations = match &r.assoc {
        None => Some(Vec::new()),
        Some(a) => resolve_list(
            cx,
            &ASSOCIATION,
            &names.associations,
            &Spanned::new(a.node.ids.clone(), a.span),
        ),
    };
    let products = resolve_list(cx, &PRODUCT, &names.products, &r.products);
    // The IR keeps the window as the author wrote it (`doc` words it back).
    let window = match r.window.as_ref().map(|w| (w.node, w.span)) {
        None | Some((ast::Window::Ttm, _)) => Some(ir::Window::Ttm),
        Some((ast::Window::Months(0), span)) => {
            // Reported; the rest of the requirement is still checked.
            cx.push(error::empty_window(span));
            None
        }
        Some((ast::Window::Months(n), _)) => Some(ir::Window::Months(n)),
    };
    Some((
        products?.into_iter().map(ir::ProductIdx).collect(),
        window?,
        associations?.into_iter().map(ir::AssociationIdx).collect(),
    ))
}

/// `consumption …`, `count METRIC …` or `new customers …`.
pub(super) fn measure(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    m: &ast::MeasureReq,
) -> Option<ir::Requirement> {
    let r = &m.req;
    let (metric, what) = match &m.measure {
        ast::Measure::Consumption => {
            let t = revenue(cx, names, program, r, "consumption")?;
            let t = ir::Threshold {
                any_kind: false,
                ..t
            };
            return Some(ir::Requirement::Consumption(t));
        }
        ast::Measure::Count(id) => (Some(resolve(cx, &METRIC, &names.metrics, id)), &*id.node),
        ast::Measure::NewCustomers => (None, "new customers"),
        ast::Measure::NetCustomerAdds => (None, "net customer adds"),
        ast::Measure::UsageGrowth(id) => {
            (Some(resolve(cx, &METRIC, &names.metrics, id)), &*id.node)
        }
    };
    let filters = filters(cx, names, r);
    let counts = amounts(cx, names, program, r, |cx, a, market| {
        count(cx, what, a, market)
    })?;
    let (products, window, associations) = filters?;
    let q = ir::Quantity {
        id: String::new(),
        // An unknown metric (reported) drops the requirement.
        metric: match metric {
            Some(m) => Some(ir::MetricIdx(m?)),
            None => None,
        },
        products,
        window,
        associations,
        counts: (counts.into_iter().enumerate())
            .map(|(i, n)| (ir::MarketIdx(i as u32), n))
            .collect(),
        span: r.span,
    };
    Some(match m.measure {
        ast::Measure::NewCustomers => ir::Requirement::NewCustomers(q),
        _ => ir::Requirement::Count(q),
    })
}

/// A whole number of units or customers (`what`), written without a currency.
pub(super) fn count(
    cx: &mut Cx,
    what: &str,
    m: &ast::Money,
    market: Option<&ast::Ident>,
) -> Option<u64> {
    let fix = |n: &str| match market {
        Some(market) => format!("{}: {n}", market.node),
        None => format!("at least {n}"),
    };
    if let Some(unit) = &m.currency {
        cx.push(error::wrong_unit(
            what,
            &unit.node,
            &fix(&m.written),
            m.span,
        ));
        return None;
    }
    let n = m.amount.node;
    if !n.fract().is_zero() {
        let whole = m.written.split('.').next().unwrap_or_default();
        let d = error::fractional_count(what, &m.written, &fix(whole), m.amount.span);
        cx.push(d);
        return None;
    }
    // Beyond what any partner could count: asks the impossible, as written.
    Some(u64::try_from(n).unwrap_or(u64::MAX))
}

fn money(
    cx: &mut Cx,
    names: &Names,
    measure: &'static str,
    m: &ast::Money,
    market: Option<&ast::Ident>,
) -> Option<ir::Money> {
    let Some(currency) = &m.currency else {
        // `at least 2000`: say which unit is missing and how to write it.
        let mut declared: Vec<&str> = names.currencies.keys().copied().collect();
        declared.sort_unstable();
        let amount = &m.written;
        let with = format!("{} {amount}", declared.first().copied().unwrap_or("USD"));
        let fix = match market {
            Some(market) => format!("{}: {with}", market.node),
            None => format!("at least {with}"),
        };
        cx.push(error::missing_currency(
            measure, amount, &fix, &declared, m.span,
        ));
        return None;
    };
    let id = currency.node.as_str();
    if let Some(d) = super::precision::check(id, m.amount.node, &m.written, m.span) {
        cx.push(d);
    }
    let currency = resolve(cx, &CURRENCY, &names.currencies, currency)?;
    Some(ir::Money {
        currency: ir::CurrencyIdx(currency),
        amount: m.amount.node,
        span: m.span,
    })
}

/// The figure for each declared market, in market order, each lowered by
/// `one` (an amount of money, or a count).
pub(super) fn amounts<T: Clone>(
    cx: &mut Cx,
    names: &Names,
    program: &ir::Program,
    r: &ast::RevenueReq,
    mut one: impl FnMut(&mut Cx, &ast::Money, Option<&ast::Ident>) -> Option<T>,
) -> Option<Vec<T>> {
    match &r.at_least.node {
        ast::AtLeast::All(m) => {
            let m = one(cx, m, None)?;
            Some(vec![m; program.markets.len()])
        }
        ast::AtLeast::PerMarket(per) => {
            let mut slots: Vec<Option<T>> = vec![None; program.markets.len()];
            let mut first: HashMap<u32, Span> = HashMap::new();
            let mut ok = true;
            for (market, m) in per {
                let mi = resolve(cx, &MARKET, &names.markets, market);
                let lowered = one(cx, m, Some(market));
                let Some(mi) = mi else {
                    ok = false;
                    continue;
                };
                if let Some(at) = first.get(&mi) {
                    cx.push(error::duplicate_market_amount(
                        &market.node,
                        market.span.to(m.span),
                        *at,
                    ));
                    ok = false;
                    continue;
                }
                first.insert(mi, market.span.to(m.span));
                match lowered {
                    Some(l) => slots[mi as usize] = Some(l),
                    None => ok = false,
                }
            }
            let mut out = Vec::with_capacity(slots.len());
            for (i, s) in slots.into_iter().enumerate() {
                match s {
                    Some(m) => out.push(m),
                    None if first.contains_key(&(i as u32)) => ok = false,
                    None => {
                        let market = &program.markets[i].id;
                        cx.push(error::missing_market(market, r.at_least.span));
                        ok = false;
                    }
                }
            }
            ok.then_some(out)
        }
    }
}

fn individuals(
    cx: &mut Cx,
    names: &Names,
    scope: &mut Scope,
    i: &ast::IndividualsReq,
) -> Option<ir::Individuals> {
    if !i.each.is_empty() || !i.of_them.is_empty() {
        let (groups, each) = super::each::lower(cx, names, scope, i)?;
        return Some(ir::Individuals {
            id: String::new(),
            name: i.name.as_ref().map(|n| n.node.clone()),
            shares: shares(i),
            total: i.total.node,
            groups,
            each: Some(each),
            span: i.span,
        });
    }
    let mut groups = Vec::new();
    let mut ok = true;
    for g in &i.groups {
        let Some((clauses, condition)) =
            super::people::slot_condition(cx, names, scope, &g.condition)
        else {
            ok = false;
            continue;
        };
        groups.push(ir::SlotGroup {
            count: g.count.node,
            clauses,
            condition,
            span: g.span,
        });
    }
    let sum: u64 = i.groups.iter().map(|g| u64::from(g.count.node)).sum();
    if sum != u64::from(i.total.node) {
        let groups_span = match (i.groups.first(), i.groups.last()) {
            (Some(a), Some(b)) => Some(a.span.to(b.span)),
            _ => None,
        };
        cx.push(error::slot_count_mismatch(
            i.total.span,
            groups_span,
            sum,
            i.total.node,
        ));
        ok = false;
    }
    ok.then_some(ir::Individuals {
        id: String::new(),
        name: i.name.as_ref().map(|n| n.node.clone()),
        shares: shares(i),
        total: i.total.node,
        groups,
        each: None,
        span: i.span,
    })
}

/// The names after `shares people with`, as written.
fn shares(i: &ast::IndividualsReq) -> Vec<String> {
    i.shares
        .iter()
        .flat_map(|s| &s.node)
        .map(|n| n.node.clone())
        .collect()
}
