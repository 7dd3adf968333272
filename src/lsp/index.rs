//! Every id of the program with where it is declared and where it is used,
//! built from the syntax trees (so it works while the program has errors).

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::span::{FileId, Span};
use crate::syntax::ast::*;

/// What an id names. Ids of different kinds never clash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdKind {
    /// `exam`, `assessment` or `certification`: one namespace.
    Credential,
    Product,
    /// A revenue kind (`kind net-new`).
    RevenueKind,
    Currency,
    Market,
    Association,
    Status,
    /// A usage metric (`metric seats`).
    Metric,
    Competency,
    /// Scoped by competency: `cloud-crm/reseller`.
    Option,
    /// Scoped by option: `cloud-crm/reseller/silver`.
    Tier,
    /// Scoped by competency: `cloud-crm/crm`.
    Area,
    /// A named people requirement, scoped by tier.
    People,
}

impl IdKind {
    /// The keyword that declares this kind of id.
    pub fn keyword(self) -> &'static str {
        match self {
            IdKind::Credential => "exam",
            IdKind::Product => "product",
            IdKind::RevenueKind => "kind",
            IdKind::Currency => "currency",
            IdKind::Market => "market",
            IdKind::Association => "association",
            IdKind::Status => "status",
            IdKind::Metric => "metric",
            IdKind::Competency => "competency",
            IdKind::Option => "option",
            IdKind::Tier => "tier",
            IdKind::Area => "area",
            IdKind::People => "individuals",
        }
    }
}

/// One id as written: declared or referred to.
#[derive(Clone, Debug)]
pub struct Occurrence {
    pub span: Span,
    pub kind: IdKind,
    /// The id with its scope (`cloud-crm/reseller` for an option).
    pub key: String,
    /// True where the id is declared.
    pub def: bool,
}

/// What hover shows about a declared id.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// `exam`, `assessment`, `certification`, `product`…
    pub keyword: &'static str,
    pub title: Option<Text>,
    pub summary: Option<Text>,
    pub retired: Option<NaiveDate>,
    pub course: Option<u32>,
}

/// A revenue threshold, for hover.
#[derive(Clone, Debug)]
pub struct Threshold {
    pub span: Span,
    pub at_least: AtLeast,
}

/// The index of a whole program.
#[derive(Debug, Default)]
pub struct Index {
    /// Every occurrence, per file, in source order.
    pub by_file: HashMap<FileId, Vec<Occurrence>>,
    pub info: HashMap<(IdKind, String), Info>,
    pub thresholds: Vec<Threshold>,
}

impl Index {
    /// The index of `files`.
    pub fn new<'a>(files: impl IntoIterator<Item = &'a File>) -> Index {
        let mut ix = Index::default();
        for f in files {
            let mut b = Builder {
                ix: &mut ix,
                out: Vec::new(),
            };
            for item in &f.items {
                b.item(item);
            }
            let mut out = b.out;
            out.sort_by_key(|o| o.span.start);
            ix.by_file.insert(f.file, out);
        }
        // `dpor` is built in: known without a declaration.
        let dpor = crate::compile::builtin_dpor();
        let parts = dpor.title.0.iter().map(|(lang, words)| {
            let at = Span::default();
            (
                Some(Spanned::new(lang.to_string(), at)),
                Spanned::new(words.to_string(), at),
            )
        });
        let title = Text {
            parts: parts.collect(),
            span: Span::default(),
        };
        ix.info
            .entry((IdKind::Association, dpor.id.to_string()))
            .or_insert(Info {
                keyword: "association",
                title: Some(title),
                ..Info::default()
            });
        ix
    }

    /// The occurrence at byte `offset` of `file` (its end counts: the cursor
    /// just after an id is on it).
    pub fn at(&self, file: FileId, offset: usize) -> Option<&Occurrence> {
        let occs = self.by_file.get(&file)?;
        let i = occs.partition_point(|o| (o.span.end as usize) < offset);
        occs.get(i)
            .filter(|o| o.span.start as usize <= offset && offset <= o.span.end as usize)
    }

    /// Every occurrence of `(kind, key)`, declarations included.
    pub fn all(&self, kind: IdKind, key: &str) -> impl Iterator<Item = &Occurrence> {
        let key = key.to_string();
        let mut files: Vec<_> = self.by_file.iter().collect();
        files.sort_by_key(|(f, _)| **f);
        files
            .into_iter()
            .flat_map(|(_, o)| o.iter())
            .filter(move |o| o.kind == kind && o.key == key)
    }

    /// The declarations of `(kind, key)`.
    pub fn defs(&self, kind: IdKind, key: &str) -> Vec<&Occurrence> {
        self.all(kind, key).filter(|o| o.def).collect()
    }

    /// Whether an id of `kind` is declared with `key`.
    pub fn declared(&self, kind: IdKind, key: &str) -> bool {
        self.info.contains_key(&(kind, key.to_string()))
    }

    /// Declared keys of `kind`, sorted.
    pub fn keys(&self, kind: IdKind) -> Vec<&str> {
        let mut keys: Vec<&str> = self
            .info
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, key)| key.as_str())
            .collect();
        keys.sort_unstable();
        keys
    }

    /// The innermost threshold whose requirement covers `offset` of `file`.
    pub fn threshold_at(&self, file: FileId, offset: usize) -> Option<&Threshold> {
        self.thresholds.iter().find(|t| {
            t.span.file == file && t.span.start as usize <= offset && offset <= t.span.end as usize
        })
    }
}

struct Builder<'a> {
    ix: &'a mut Index,
    out: Vec<Occurrence>,
}

impl Builder<'_> {
    fn occ(&mut self, kind: IdKind, key: String, span: Span, def: bool) {
        self.out.push(Occurrence {
            span,
            kind,
            key,
            def,
        });
    }

    fn refer(&mut self, kind: IdKind, id: &Ident) {
        self.occ(kind, id.node.clone(), id.span, false);
    }

    /// Declares `key`; the first declaration's information is kept.
    fn declare(&mut self, kind: IdKind, key: String, id: &Ident, info: Info) {
        self.occ(kind, key.clone(), id.span, true);
        self.ix.info.entry((kind, key)).or_insert(info);
    }

    fn titled(&mut self, kind: IdKind, d: &CatalogDecl) {
        let info = Info {
            keyword: kind.keyword(),
            title: Some(d.title.clone()),
            ..Info::default()
        };
        self.declare(kind, d.id.node.clone(), &d.id, info);
    }

    fn item(&mut self, item: &Item) {
        match item {
            Item::Credential(d) => {
                let info = Info {
                    keyword: d.kind.keyword(),
                    title: Some(d.title.clone()),
                    retired: d.retired.first().map(|r| r.node),
                    course: d.course.first().map(|c| c.node),
                    ..Info::default()
                };
                self.declare(IdKind::Credential, d.id.node.clone(), &d.id, info);
            }
            Item::Product(d) => self.titled(IdKind::Product, d),
            Item::Kind(d) => self.titled(IdKind::RevenueKind, d),
            Item::Currency(d) => self.titled(IdKind::Currency, d),
            Item::Association(d) => self.titled(IdKind::Association, d),
            Item::Status(d) => self.titled(IdKind::Status, d),
            Item::Metric(d) => {
                let info = Info {
                    keyword: "metric",
                    title: Some(d.title.clone()),
                    ..Info::default()
                };
                self.declare(IdKind::Metric, d.id.node.clone(), &d.id, info);
            }
            Item::Market(d) => {
                let info = Info {
                    keyword: "market",
                    title: Some(d.title.clone()),
                    ..Info::default()
                };
                self.declare(IdKind::Market, d.id.node.clone(), &d.id, info);
            }
            Item::Competency(c) => self.competency(c),
        }
    }

    fn competency(&mut self, c: &CompetencyDecl) {
        let comp = &c.id.node;
        let mut info = Info {
            keyword: "competency",
            ..Info::default()
        };
        for m in &c.members {
            match m {
                CompetencyMember::Title(l) => info.title = Some(l.text.clone()),
                CompetencyMember::Summary(l) => info.summary = Some(l.text.clone()),
                _ => {}
            }
        }
        self.declare(IdKind::Competency, comp.clone(), &c.id, info);
        for m in &c.members {
            match m {
                CompetencyMember::Area(a) => self.area(comp, a),
                CompetencyMember::Option(o) => self.option(comp, o),
                _ => {}
            }
        }
    }

    fn area(&mut self, comp: &str, a: &AreaDecl) {
        let info = Info {
            keyword: "area",
            title: Some(a.title.clone()),
            ..Info::default()
        };
        self.declare(IdKind::Area, format!("{comp}/{}", a.id.node), &a.id, info);
        for e in &a.exams.node {
            self.refer(IdKind::Credential, e);
        }
    }

    fn option(&mut self, comp: &str, o: &OptionDecl) {
        let scope = format!("{comp}/{}", o.id.node);
        let mut info = Info {
            keyword: "option",
            ..Info::default()
        };
        for m in &o.members {
            match m {
                OptionMember::Title(l) => info.title = Some(l.text.clone()),
                OptionMember::Summary(l) => info.summary = Some(l.text.clone()),
                _ => {}
            }
        }
        self.declare(IdKind::Option, scope.clone(), &o.id, info);
        for m in &o.members {
            match m {
                OptionMember::Area(a) => self.area(comp, a),
                OptionMember::Tier(t) => self.tier(comp, &scope, t),
                _ => {}
            }
        }
    }

    fn tier(&mut self, comp: &str, option: &str, t: &TierDecl) {
        let scope = format!("{option}/{}", t.id.node);
        let mut info = Info {
            keyword: "tier",
            ..Info::default()
        };
        for m in &t.members {
            if let TierMember::Title(l) = m {
                info.title = Some(l.text.clone());
            }
        }
        self.declare(IdKind::Tier, scope.clone(), &t.id, info);
        self.tier_members(comp, &scope, &t.members);
    }

    /// The references of a tier's members, and of its `either`'s branches.
    fn tier_members(&mut self, comp: &str, scope: &str, members: &[TierMember]) {
        for m in members {
            match m {
                TierMember::Revenue(r) => self.revenue(r),
                TierMember::Measure(m) => {
                    if let Measure::Count(metric) = &m.measure {
                        self.refer(IdKind::Metric, metric);
                    }
                    self.revenue(&m.req);
                }
                TierMember::Status(s) => self.refer(IdKind::Status, &s.status),
                TierMember::Individuals(i) => self.individuals(comp, scope, i),
                TierMember::Either(e) => {
                    for b in &e.branches {
                        self.tier_members(comp, scope, &b.members);
                    }
                }
                TierMember::Score(s) => self.score(comp, s),
                _ => {}
            }
        }
    }

    /// The ids a score's metrics use: products, metrics, kinds,
    /// associations, currencies, markets and credentials.
    fn score(&mut self, comp: &str, s: &ScoreReq) {
        for m in &s.metrics {
            match &m.measure {
                ScoreMeasure::Measure(q) => {
                    if let Measure::Count(metric) | Measure::UsageGrowth(metric) = &q.measure {
                        self.refer(IdKind::Metric, metric);
                    }
                    self.revenue(&q.req);
                }
                ScoreMeasure::Revenue(r) => self.revenue(r),
                ScoreMeasure::People(h) => {
                    self.condition(comp, &h.condition);
                    if let AtLeast::PerMarket(list) = &h.at_least.node {
                        list.iter()
                            .for_each(|(market, _)| self.refer(IdKind::Market, market));
                    }
                }
            }
        }
    }

    fn revenue(&mut self, r: &RevenueReq) {
        match &r.kinds.node {
            Kinds::One(k) => self.refer(IdKind::RevenueKind, k),
            Kinds::List(ks) => ks.iter().for_each(|k| self.refer(IdKind::RevenueKind, k)),
            Kinds::Any => {}
        }
        for p in &r.products.node {
            self.refer(IdKind::Product, p);
        }
        if let Some(a) = &r.assoc {
            for id in &a.node.ids {
                self.refer(IdKind::Association, id);
            }
        }
        let money = |m: &Money| m.currency.clone();
        match &r.at_least.node {
            AtLeast::All(m) => money(m)
                .iter()
                .for_each(|c| self.refer(IdKind::Currency, c)),
            AtLeast::PerMarket(list) => {
                for (market, m) in list {
                    self.refer(IdKind::Market, market);
                    if let Some(c) = money(m) {
                        self.refer(IdKind::Currency, &c);
                    }
                }
            }
        }
        self.ix.thresholds.push(Threshold {
            span: r.span,
            at_least: r.at_least.node.clone(),
        });
    }

    fn individuals(&mut self, comp: &str, tier: &str, i: &IndividualsReq) {
        if let Some(name) = &i.name {
            let info = Info {
                keyword: "individuals",
                ..Info::default()
            };
            self.declare(IdKind::People, format!("{tier}/{}", name.node), name, info);
        }
        if let Some(shares) = &i.shares {
            for s in &shares.node {
                self.occ(IdKind::People, format!("{tier}/{}", s.node), s.span, false);
            }
        }
        let lines = i.each.iter().map(|l| &l.condition);
        let lines = lines.chain(i.of_them.iter().map(|l| &l.condition));
        for c in lines.chain(i.groups.iter().map(|g| &g.condition)) {
            self.condition(comp, c);
        }
    }

    fn condition(&mut self, comp: &str, c: &Condition) {
        match c {
            Condition::And(parts, _) | Condition::Or(parts, _) => {
                parts.iter().for_each(|p| self.condition(comp, p))
            }
            Condition::Clause(cl) => match &cl.source {
                Source::List(ids) => ids
                    .node
                    .iter()
                    .for_each(|e| self.refer(IdKind::Credential, e)),
                Source::Area(a) => self.area_ref(comp, a),
                Source::AnyArea(list) => list.node.iter().for_each(|a| self.area_ref(comp, a)),
            },
        }
    }

    fn area_ref(&mut self, comp: &str, a: &Ident) {
        self.occ(IdKind::Area, format!("{comp}/{}", a.node), a.span, false);
    }
}

/// The last segment of a scoped key: the id as written.
pub fn name_of(key: &str) -> &str {
    key.rsplit('/').next().unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::SourceFile;

    /// Ids inside the branches of an `either` are references too (hover,
    /// go to definition and rename reach them).
    #[test]
    fn ids_in_either_branches_are_referred_to() {
        let text = "exam E-1 \"e\"\nproduct p \"P\"\nkind k \"K\"\ncurrency USD \"$\"\n\
            market m \"M\" default\ncompetency c { option o { tier t {\n\
            individuals lead 1 { each: one of [E-1] }\n\
            either { revenue k in [p] at least USD 1 }\n\
            or { individuals two 1 shares people with lead { each: one of [E-1] } }\n} } }\n";
        let (file, errors) = crate::syntax::parse(FileId(0), &SourceFile::new("t", text));
        assert!(errors.is_empty(), "{errors:?}");
        let ix = Index::new([&file]);
        let refs = |kind, key: &str| ix.all(kind, key).filter(|o| !o.def).count();
        assert_eq!(refs(IdKind::Credential, "E-1"), 2);
        assert_eq!(refs(IdKind::Product, "p"), 1);
        assert_eq!(refs(IdKind::RevenueKind, "k"), 1);
        assert_eq!(refs(IdKind::People, "c/o/t/lead"), 1);
        assert_eq!(ix.defs(IdKind::People, "c/o/t/two").len(), 1);
    }

    /// Every kind of id is found where declared and where used.
    #[test]
    fn every_kind_of_id_is_declared_and_referred_to() {
        let text = "exam E-1 \"e\"\nproduct p \"P\"\nkind k \"K\"\ncurrency USD \"$\"\n\
            market m \"M\" default\nassociation a \"A\"\nstatus s \"S\"\nmetric seats \"Seats\" latest\n\
            competency c {\n  area ar \"AR\" [E-1]\n  option o {\n    tier t {\n\
            revenue k in [p] over ttm with a at least { m: USD 1 }\n      status s\n\
            count seats in [p] at least 5\n\
            individuals one 1 shares people with two { 1 x one of area ar }\n\
            individuals two 1 shares people with one { 1 x one of [E-1] }\n    }\n  }\n}\n";
        let (file, errors) = crate::syntax::parse(FileId(0), &SourceFile::new("t", text));
        assert!(errors.is_empty(), "{errors:?}");
        let ix = Index::new([&file]);
        let count = |kind, key: &str| {
            let all: Vec<_> = ix.all(kind, key).collect();
            let defs = all.iter().filter(|o| o.def).count();
            (defs, all.len() - defs)
        };
        assert_eq!(count(IdKind::Credential, "E-1"), (1, 2));
        assert_eq!(count(IdKind::RevenueKind, "k"), (1, 1));
        assert_eq!(count(IdKind::Currency, "USD"), (1, 1));
        assert_eq!(count(IdKind::Market, "m"), (1, 1));
        assert_eq!(count(IdKind::Association, "a"), (1, 1));
        assert_eq!(count(IdKind::Status, "s"), (1, 1));
        assert_eq!(count(IdKind::Metric, "seats"), (1, 1));
        assert_eq!(count(IdKind::Product, "p"), (1, 2));
        assert_eq!(count(IdKind::Competency, "c"), (1, 0));
        assert_eq!(count(IdKind::Option, "c/o"), (1, 0));
        assert_eq!(count(IdKind::Tier, "c/o/t"), (1, 0));
        assert_eq!(count(IdKind::Area, "c/ar"), (1, 1));
        assert_eq!(count(IdKind::People, "c/o/t/one"), (1, 1));
        assert_eq!(count(IdKind::People, "c/o/t/two"), (1, 1));
        // The cursor on either end of an id is on it.
        let at = text.find("[p]").unwrap() + 1;
        assert_eq!(ix.at(FileId(0), at).map(|o| o.key.as_str()), Some("p"));
        assert_eq!(ix.at(FileId(0), at + 1).map(|o| o.key.as_str()), Some("p"));
        assert!(ix.at(FileId(0), at + 3).is_none());
        // `dpor` is built in.
        assert!(ix.declared(IdKind::Association, "dpor"));
    }
}
