//! The four objects of the partner format, read field by field.

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess};

use super::super::catalog::{CountryCheck, Table};
use super::super::problem::{Found, Key, Obj, Path, Problem, Target};
use super::super::{ExamPass, Individual, Partner, RevenueLine, SmallStr};
use super::shape::{
    bits, initial_capacity, not_a_list, not_an_object, read_object, Compound, Dispatch,
};
use super::value::{Amount, Date, Flag, KeyAt, Known, Text};
use super::Ctx;
use crate::ir::{CurrencyIdx, ExamIdx, KindIdx, ProductIdx};

/// Reads the whole partner. `Ok(None)` when it is not usable; the reasons are in `ctx`.
pub(crate) struct PartnerSeed<'c, 'a, 'p> {
    pub ctx: &'c mut Ctx<'a, 'p>,
}

impl<'de> DeserializeSeed<'de> for PartnerSeed<'_, '_, '_> {
    type Value = Option<Partner>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<Partner>, D::Error> {
        d.deserialize_any(Dispatch(self))
    }
}

const PARTNER_FIELDS: u32 = bits(&[
    Key::Id,
    Key::Name,
    Key::Country,
    Key::AsOf,
    Key::Revenue,
    Key::Individuals,
]);

impl<'de> Compound<'de> for PartnerSeed<'_, '_, '_> {
    type Out = Option<Partner>;

    fn map<A: MapAccess<'de>>(
        self,
        first: Option<KeyAt<'de>>,
        mut map: A,
    ) -> Result<Option<Partner>, A::Error> {
        let ctx = self.ctx;
        let obj = Obj::Partner;
        let (mut id, mut name, mut country, mut as_of) = (None, None, None, None);
        let mut revenue = Vec::new();
        let mut people = People::default();
        let seen = read_object(
            ctx,
            obj,
            PARTNER_FIELDS,
            first,
            &mut map,
            |ctx, map, key, src| {
                let text = Text { nullable: false };
                match key {
                    Key::Id => id = ctx.field(map, obj, key, src, text)?.flatten(),
                    Key::Name => {
                        let text = Text { nullable: true };
                        name = ctx.field(map, obj, key, src, text)?.flatten();
                    }
                    Key::Country => country = ctx.field(map, obj, key, src, text)?.flatten(),
                    Key::AsOf => {
                        let date = Date { nullable: true };
                        as_of = ctx.field(map, obj, key, src, date)?.flatten();
                    }
                    Key::Revenue => {
                        let list = RevenueList { ctx, key_src: src };
                        revenue = map.next_value_seed(Dispatch(list))?;
                    }
                    _ => {
                        let list = IndividualList { ctx, key_src: src };
                        people = map.next_value_seed(Dispatch(list))?;
                    }
                }
                Ok(())
            },
        )?;
        ctx.missing(obj, &seen, &[Key::Id, Key::Country]);
        people.check_duplicates(ctx);
        let market = country.and_then(|(code, src)| {
            let path = Path {
                obj,
                target: Target::Value(Key::Country),
            };
            let problem = match ctx.cat.country(&code) {
                CountryCheck::Market(upper, m) => return Some((upper, m)),
                CountryCheck::NoMarket(upper) => {
                    Problem::NoMarket(String::from_utf8_lossy(&upper).into_owned())
                }
                CountryCheck::Unknown => Problem::UnknownCountry(code.to_string()),
            };
            let at = ctx.at(src, None);
            ctx.push(path, problem, at);
            None
        });
        Ok(match (id, market) {
            (Some((id, _)), Some((upper, market))) => Some(Partner {
                id,
                name: name.map(|(n, _)| n),
                country: SmallStr::new(std::str::from_utf8(&upper).unwrap_or("")),
                as_of,
                market,
                revenue,
                individuals: people.list,
            }),
            _ => None,
        })
    }

    fn other(self, found: Found, src: Option<&'de str>) -> Option<Partner> {
        let path = Path {
            obj: Obj::Partner,
            target: Target::Whole,
        };
        let at = self.ctx.at(src, None);
        self.ctx.push(path, Problem::WrongType(found), at);
        None
    }
}

struct RevenueList<'c, 'a, 'p, 'de> {
    ctx: &'c mut Ctx<'a, 'p>,
    key_src: Option<&'de str>,
}

impl<'de> Compound<'de> for RevenueList<'_, '_, '_, 'de> {
    type Out = Vec<RevenueLine>;

    fn seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<RevenueLine>, A::Error> {
        let mut lines = Vec::with_capacity(initial_capacity(seq.size_hint()));
        let mut index = 0;
        while let Some(line) = seq.next_element_seed(Dispatch(LineSeed {
            ctx: &mut *self.ctx,
            index,
        }))? {
            lines.extend(line);
            index += 1;
        }
        Ok(lines)
    }

    fn other(self, found: Found, src: Option<&'de str>) -> Vec<RevenueLine> {
        not_a_list(
            self.ctx,
            Obj::Partner,
            Key::Revenue,
            found,
            src,
            self.key_src,
        );
        Vec::new()
    }
}

struct LineSeed<'c, 'a, 'p> {
    ctx: &'c mut Ctx<'a, 'p>,
    index: usize,
}

const LINE_FIELDS: u32 = bits(&[
    Key::Customer,
    Key::Product,
    Key::Kind,
    Key::Amount,
    Key::Currency,
    Key::Date,
    Key::Dpor,
]);

const LINE_REQUIRED: [Key; 6] = [
    Key::Customer,
    Key::Product,
    Key::Kind,
    Key::Amount,
    Key::Currency,
    Key::Date,
];

impl<'de> Compound<'de> for LineSeed<'_, '_, '_> {
    type Out = Option<RevenueLine>;

    fn map<A: MapAccess<'de>>(
        self,
        first: Option<KeyAt<'de>>,
        mut map: A,
    ) -> Result<Option<RevenueLine>, A::Error> {
        let ctx = self.ctx;
        let obj = Obj::Line(self.index);
        let (mut customer, mut product, mut kind, mut currency) = (None, None, None, None);
        let (mut amount, mut date, mut dpor) = (None, None, None);
        let seen = read_object(
            ctx,
            obj,
            LINE_FIELDS,
            first,
            &mut map,
            |ctx, map, key, src| {
                let text = Text { nullable: false };
                match key {
                    Key::Customer => customer = ctx.field(map, obj, key, src, text)?.flatten(),
                    Key::Product | Key::Kind | Key::Currency => {
                        let table = match key {
                            Key::Product => Table::Product,
                            Key::Kind => Table::Kind,
                            _ => Table::Currency,
                        };
                        let known = Known {
                            cat: ctx.cat,
                            table,
                        };
                        if let Some((idx, id, src)) = ctx.field(map, obj, key, src, known)? {
                            if idx.is_none() {
                                let id = id.to_string();
                                let problem = match key {
                                    Key::Product => Problem::UnknownProduct(id),
                                    Key::Kind => Problem::UnknownKind(id),
                                    _ => Problem::UnknownCurrency(id),
                                };
                                ctx.unknown(obj, key, src, problem);
                            }
                            match key {
                                Key::Product => product = Some((idx.map(ProductIdx), id)),
                                Key::Kind => kind = Some((idx.map(KindIdx), id)),
                                _ => currency = Some((idx.map(CurrencyIdx), id)),
                            }
                        }
                    }
                    Key::Amount => amount = ctx.field(map, obj, key, src, Amount)?,
                    Key::Date => {
                        let d = Date { nullable: false };
                        date = ctx.field(map, obj, key, src, d)?.flatten();
                    }
                    _ => dpor = ctx.field(map, obj, key, src, Flag)?,
                }
                Ok(())
            },
        )?;
        ctx.missing(obj, &seen, &LINE_REQUIRED);
        Ok(match (customer, product, kind, amount, currency, date) {
            (
                Some((customer, _)),
                Some((product, product_id)),
                Some((kind, kind_id)),
                Some(amount),
                Some((currency, currency_id)),
                Some(date),
            ) => Some(RevenueLine {
                customer,
                product,
                product_id,
                kind,
                kind_id,
                amount,
                currency,
                currency_id,
                date,
                dpor: dpor.unwrap_or(false),
            }),
            _ => None,
        })
    }

    fn other(self, found: Found, src: Option<&'de str>) -> Option<RevenueLine> {
        not_an_object(self.ctx, Obj::Line(self.index), found, src);
        None
    }
}

/// The individuals read, the text of each one's id (to point at duplicates),
/// and which entries of the data were left out (with an error), to map
/// positions in `list` back to positions in the data.
#[derive(Default)]
struct People<'de> {
    list: Vec<Individual>,
    ids: Vec<Option<&'de str>>,
    skipped: Vec<usize>,
}

impl People<'_> {
    /// The index in the data of `list[j]`.
    fn data_index(&self, j: usize) -> usize {
        self.skipped
            .iter()
            .fold(j, |d, &s| if s <= d { d + 1 } else { d })
    }

    fn check_duplicates(&self, ctx: &mut Ctx) {
        let n = self.list.len();
        // Quadratic for the usual dozen people; hashed for large partners.
        let pairs: Vec<(usize, usize)> = if n <= 32 {
            (1..n)
                .filter_map(|j| {
                    let id = &self.list[j].id;
                    (0..j).find(|&i| self.list[i].id == *id).map(|i| (i, j))
                })
                .collect()
        } else {
            let mut seen = std::collections::HashMap::with_capacity(n);
            (0..n)
                .filter_map(|j| match seen.entry(self.list[j].id.as_str()) {
                    std::collections::hash_map::Entry::Occupied(e) => Some((*e.get(), j)),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        e.insert(j);
                        None
                    }
                })
                .collect()
        };
        for (i, j) in pairs {
            let path = |index| Path {
                obj: Obj::Individual(index),
                target: Target::Value(Key::Id),
            };
            let problem = Problem::DuplicateIndividual {
                id: self.list[j].id.to_string(),
                first: path(self.data_index(i)),
                first_at: ctx.at(self.ids[i], None),
            };
            let at = ctx.at(self.ids[j], None);
            ctx.push(path(self.data_index(j)), problem, at);
        }
    }
}

struct IndividualList<'c, 'a, 'p, 'de> {
    ctx: &'c mut Ctx<'a, 'p>,
    key_src: Option<&'de str>,
}

impl<'de> Compound<'de> for IndividualList<'_, '_, '_, 'de> {
    type Out = People<'de>;

    fn seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<People<'de>, A::Error> {
        let capacity = initial_capacity(seq.size_hint());
        let mut people = People {
            list: Vec::with_capacity(capacity),
            ids: Vec::with_capacity(capacity),
            skipped: Vec::new(),
        };
        let mut index = 0;
        while let Some(person) = seq.next_element_seed(Dispatch(IndividualSeed {
            ctx: &mut *self.ctx,
            index,
        }))? {
            match person {
                Some((person, id)) => {
                    people.list.push(person);
                    people.ids.push(id);
                }
                None => people.skipped.push(index),
            }
            index += 1;
        }
        Ok(people)
    }

    fn other(self, found: Found, src: Option<&'de str>) -> People<'de> {
        not_a_list(
            self.ctx,
            Obj::Partner,
            Key::Individuals,
            found,
            src,
            self.key_src,
        );
        People::default()
    }
}

struct IndividualSeed<'c, 'a, 'p> {
    ctx: &'c mut Ctx<'a, 'p>,
    index: usize,
}

const INDIVIDUAL_FIELDS: u32 = bits(&[Key::Id, Key::Name, Key::Exams]);

impl<'de> Compound<'de> for IndividualSeed<'_, '_, '_> {
    type Out = Option<(Individual, Option<&'de str>)>;

    fn map<A: MapAccess<'de>>(
        self,
        first: Option<KeyAt<'de>>,
        mut map: A,
    ) -> Result<Self::Out, A::Error> {
        let ctx = self.ctx;
        let person = self.index;
        let obj = Obj::Individual(person);
        let (mut id, mut name, mut exams) = (None, None, Vec::new());
        let seen = read_object(
            ctx,
            obj,
            INDIVIDUAL_FIELDS,
            first,
            &mut map,
            |ctx, map, key, src| {
                match key {
                    Key::Id => {
                        let text = Text { nullable: false };
                        id = ctx.field(map, obj, key, src, text)?.flatten();
                    }
                    Key::Name => {
                        let text = Text { nullable: true };
                        name = ctx.field(map, obj, key, src, text)?.flatten();
                    }
                    _ => {
                        let list = PassList {
                            ctx,
                            person,
                            key_src: src,
                        };
                        exams = map.next_value_seed(Dispatch(list))?;
                    }
                }
                Ok(())
            },
        )?;
        ctx.missing(obj, &seen, &[Key::Id]);
        Ok(id.map(|(id, src)| {
            let name = name.map(|(n, _)| n);
            (Individual { id, name, exams }, src)
        }))
    }

    fn other(self, found: Found, src: Option<&'de str>) -> Self::Out {
        not_an_object(self.ctx, Obj::Individual(self.index), found, src);
        None
    }
}

struct PassList<'c, 'a, 'p, 'de> {
    ctx: &'c mut Ctx<'a, 'p>,
    person: usize,
    key_src: Option<&'de str>,
}

impl<'de> Compound<'de> for PassList<'_, '_, '_, 'de> {
    type Out = Vec<ExamPass>;

    fn seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<ExamPass>, A::Error> {
        let mut passes = Vec::with_capacity(seq.size_hint().unwrap_or(4).min(1024));
        let mut index = 0;
        while let Some(pass) = seq.next_element_seed(Dispatch(PassSeed {
            ctx: &mut *self.ctx,
            obj: Obj::Pass(self.person, index),
        }))? {
            passes.extend(pass);
            index += 1;
        }
        Ok(passes)
    }

    fn other(self, found: Found, src: Option<&'de str>) -> Vec<ExamPass> {
        let obj = Obj::Individual(self.person);
        not_a_list(self.ctx, obj, Key::Exams, found, src, self.key_src);
        Vec::new()
    }
}

struct PassSeed<'c, 'a, 'p> {
    ctx: &'c mut Ctx<'a, 'p>,
    obj: Obj,
}

const PASS_FIELDS: u32 = bits(&[Key::Exam, Key::Passed]);

impl<'de> Compound<'de> for PassSeed<'_, '_, '_> {
    type Out = Option<ExamPass>;

    fn map<A: MapAccess<'de>>(
        self,
        first: Option<KeyAt<'de>>,
        mut map: A,
    ) -> Result<Option<ExamPass>, A::Error> {
        let ctx = self.ctx;
        let obj = self.obj;
        let (mut exam, mut passed) = (None, None);
        let seen = read_object(
            ctx,
            obj,
            PASS_FIELDS,
            first,
            &mut map,
            |ctx, map, key, src| {
                if key == Key::Exam {
                    let known = Known {
                        cat: ctx.cat,
                        table: Table::Exam,
                    };
                    exam = ctx.field(map, obj, key, src, known)?.map(|(idx, id, src)| {
                        if idx.is_none() {
                            ctx.unknown(obj, key, src, Problem::UnknownExam(id.to_string()));
                        }
                        (idx.map(ExamIdx), id)
                    });
                } else {
                    let d = Date { nullable: false };
                    passed = ctx.field(map, obj, key, src, d)?.flatten();
                }
                Ok(())
            },
        )?;
        ctx.missing(obj, &seen, &[Key::Exam, Key::Passed]);
        Ok(match (exam, passed) {
            (Some((exam, exam_id)), Some(passed)) => Some(ExamPass {
                exam,
                exam_id,
                passed,
            }),
            _ => None,
        })
    }

    fn other(self, found: Found, src: Option<&'de str>) -> Option<ExamPass> {
        not_an_object(self.ctx, self.obj, found, src);
        None
    }
}
