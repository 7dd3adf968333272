//! The slow path's one validator: walks the spanned tree of a partner file,
//! builds the [`Partner`] and collects every problem with its span.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;

use super::catalog::{Catalog, CountryCheck, Table};
use super::tree::{Entry, Node, Value};
use super::{ExamPass, Individual, LineV2, Loaded, Partner, RevenueLine, StatusHeld, UsageRecord};
use crate::diag::Diagnostic;
use crate::i18n::{Arg, Conj};
use crate::ir::{AssociationIdx, MetricIdx};
use crate::scalar::{days_in_month, parse_amount, parse_date, AmountError, DateError};
use crate::span::{FileId, Span};

/// An object of the format: the message selector of its kind, and where it
/// is: a list of the partner and an index, then for an item inside that
/// object (an exam pass, a kind of a line) a list and an index (`""`: none).
#[derive(Clone, Copy)]
struct Obj(&'static str, [(&'static str, usize); 2]);

const PARTNER_OBJ: Obj = Obj("partner", [("", 0); 2]);

impl Obj {
    /// Item `i` of the partner's `list`, of kind `kind`.
    fn new(kind: &'static str, list: &'static str, i: usize) -> Obj {
        Obj(kind, [(list, i), ("", 0)])
    }

    /// Item `j` of its `list`, of kind `kind`.
    fn item(self, kind: &'static str, list: &'static str, j: usize) -> Obj {
        Obj(kind, [self.1[0], (list, j)])
    }

    /// Its path, e.g. `individuals[1].exams[0]`; empty for the partner.
    fn path(self) -> String {
        match self.1 {
            [("", _), _] => String::new(),
            [(list, i), ("", _)] => format!("{list}[{i}]"),
            [(of, i), (list, j)] => format!("{of}[{i}].{list}[{j}]"),
        }
    }

    /// `d` about this object: its kind and its path.
    fn about(self, d: Diagnostic) -> Diagnostic {
        d.arg("object", self.0).arg("path", self.path())
    }

    /// The path of one of its fields (an item of a list of ids is its own).
    fn field(self, name: &str) -> String {
        match self.0 {
            "partner" => name.to_owned(),
            "item" => self.path(),
            _ => format!("{}.{name}", self.path()),
        }
    }
}

// The fields of each object of the format, as tables.
#[rustfmt::skip]
const PARTNER: [&str; 10] = ["id", "name", "country", "as_of", "revenue", "individuals",
    "statuses", "format", "consumption", "usage"];
// A usage record is read as a line without kind, amount or currency.
#[rustfmt::skip]
const LINE: [&str; 12] = ["customer", "product", "kind", "amount", "currency", "date", "dpor",
    "kinds", "associations", "metric", "quantity", "paid"];
const STATUS: [&str; 3] = ["status", "from", "until"];
const PERSON: [&str; 5] = ["id", "name", "exams", "assessments", "certifications"];
/// A list of credentials of an individual: the list, its kind (the [`Table`]
/// of its unknown ids) and the fields of an item.
type Cred = (&'static str, Table, [&'static str; 3]);
/// The lists, in the order of `CredentialKind`. An item of the first two has
/// no `expires`: its third name repeats the first, which never matches a
/// second time, so `expires` there is an unknown field.
#[rustfmt::skip]
const CREDENTIALS: [Cred; 3] = [
    ("exams", Table::Exam, ["exam", "passed", "exam"]),
    ("assessments", Table::Assessment, ["assessment", "passed", "assessment"]),
    ("certifications", Table::Certification, ["certification", "earned", "expires"]),
];
/// The message selector of a credential of each list.
const PASS: [&str; 3] = ["pass", "assessment-pass", "held-certification"];
/// Fields whose value is an id or a name: a number or a boolean there only
/// lacks quotes.
#[rustfmt::skip]
const TEXTUAL: [&str; 13] = ["id", "name", "country", "customer", "product", "kind", "currency",
    "exam", "assessment", "certification", "association", "status", "metric"];

/// A field's value, if the object has the field.
type Field<'t> = Option<&'t Node<'t>>;
/// The individuals' ids seen: where first, the index of the error about
/// their repetition, and how many times they are listed.
type Ids<'t> = HashMap<&'t str, ((usize, usize), Option<usize>, usize)>;
/// An id as written, and its index in its catalog.
type Id<'t> = (Option<&'t str>, Option<u32>);

/// A line as read, if valid, and the fields of a usage record besides.
type Read<'t> = (Option<RevenueLine>, [Field<'t>; 3]);

/// Warnings of one kind about one id grouped past this many ids fold into one.
const IDS_SHOWN: usize = 5;

/// An id the rules do not know (or, with the code `wrong-credential-kind`,
/// a credential listed under another kind): the warning's code, the id's
/// table, the id, where it was first seen, and how often.
#[derive(Clone, Copy)]
struct Unknown<'t>(&'static str, Table, &'t str, (usize, usize), usize);

struct Checker<'c, 't> {
    catalog: &'c Catalog<'c>,
    file: FileId,
    diags: Vec<Diagnostic>,
    /// The credentials read so far (`Partner::credentials`).
    passes: Vec<ExamPass>,
    unknown: Vec<Unknown<'t>>,
    seen: HashMap<(&'static str, &'t str), usize>,
    /// Unknown fields: index in `diags` and count, by object kind and name.
    fields_seen: HashMap<(&'static str, &'t str), (usize, usize)>,
}

/// Validates the tree of a partner file against the catalogs.
pub(crate) fn check(
    catalog: &Catalog,
    root: &Node,
    file: FileId,
) -> Result<Loaded, Vec<Diagnostic>> {
    let mut c = Checker {
        catalog,
        file,
        diags: Vec::new(),
        passes: Vec::new(),
        unknown: Vec::new(),
        seen: HashMap::default(),
        fields_seen: HashMap::default(),
    };
    let partner = c.partner(root);
    c.group_unknown();
    let mut warnings = c.diags;
    warnings.sort_by_key(|d| d.span.map_or(0, |s| s.start));
    match partner {
        Some(partner) if !crate::diag::has_errors(&warnings) => Ok(Loaded { partner, warnings }),
        _ => Err(warnings),
    }
}

/// What a value is, as a message selector.
fn found(node: &Node) -> &'static str {
    match &node.value {
        Value::Text { text, plain: true } if yaml_bool(text).is_some() => "boolean",
        Value::Text { text, plain: true } if yaml_number(text) => "number",
        Value::Text { .. } => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Null => "null",
        Value::List(_) | Value::Skipped(Some(false)) => "list",
        Value::Map(_) | Value::Skipped(Some(true)) => "object",
        Value::Skipped(None) => "alias",
    }
}

/// A YAML 1.2 core-schema number: `inf` and `nan` parse as floats but are strings.
fn yaml_number(text: &str) -> bool {
    text.parse::<f64>().is_ok() && !text.starts_with(char::is_alphabetic)
}

/// A YAML 1.2 core-schema boolean.
fn yaml_bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

impl<'c, 't> Checker<'c, 't> {
    fn span(&self, (start, end): (usize, usize)) -> Span {
        Span::new(self.file, start, end)
    }

    /// Where a value is.
    fn at(&self, n: &Node) -> Span {
        self.span((n.start, n.end))
    }

    /// Where a value starts.
    fn start(&self, n: &Node) -> Span {
        self.span((n.start, n.start + 1))
    }

    /// Where a field's name is.
    fn key(&self, e: &Entry) -> Span {
        self.span(e.key_at)
    }

    /// Where to point at a value: an object or a list at its first character,
    /// or in YAML block style (where an object starts with its first field) at
    /// that field's name.
    fn label(&self, n: &Node) -> Span {
        match &n.value {
            Value::Map(m) if m.first().is_some_and(|e| e.key_at.0 == n.start) => self.key(&m[0]),
            Value::Map(_) | Value::List(_) | Value::Skipped(Some(_)) => self.start(n),
            _ => self.at(n),
        }
    }

    /// Records a diagnostic (the partner loads if none is an error, see [`check`]).
    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Records an error; no value (`None`), for the caller to return.
    fn fail<T>(&mut self, d: Diagnostic) -> Option<T> {
        self.error(d);
        None
    }

    /// "expected <field>, found <kind>" at `node`; no value (`None`), for the caller to return.
    fn wrong<T>(&mut self, node: &Node, field: &'static str, path: String) -> Option<T> {
        let found = found(node);
        let quote = TEXTUAL.contains(&field) && matches!(found, "number" | "boolean");
        let d = Diagnostic::error("rubric::data::wrong-type", self.label(node));
        let d = d.arg("field", field).arg("path", path).arg("found", found);
        self.fail(d.arg("quote", if quote { "yes" } else { "no" }))
    }

    /// The fields of the object `node` named in `names`, reporting repeated
    /// and missing ones (`required` is a bit set over `names`).
    fn fields<const N: usize>(
        &mut self,
        node: &'t Node<'t>,
        names: &[&'static str; N],
        required: u32,
        obj: Obj,
    ) -> Option<[Field<'t>; N]> {
        let Value::Map(entries) = &node.value else {
            return self.wrong(node, obj.0, obj.path());
        };
        let mut out = [None; N];
        for e in entries {
            let Some(i) = names.iter().position(|n| *n == e.key) else {
                self.unknown_field(e, names, obj);
                continue;
            };
            // A field given twice is an error: which value is kept does not matter.
            if out[i].replace(&e.value).is_some() {
                let d = Diagnostic::error("rubric::data::duplicate-field", self.key(e));
                self.error(obj.about(d.arg("field", names[i])));
            }
        }
        let is_missing = |&i: &usize| required & (1 << i) != 0 && out[i].is_none();
        let missing: Vec<&str> = (0..N).filter(is_missing).map(|i| names[i]).collect();
        if !missing.is_empty() {
            let d = Diagnostic::error("rubric::data::missing-field", self.label(node));
            let d = obj.about(d.arg("n", missing.len()).arg("field", missing[0]));
            self.error(d.arg("fields", Arg::ids(missing, Conj::And)));
        }
        Some(out)
    }

    /// A field this version does not know: a warning, one per object kind and
    /// name (counting the objects), with the known field it likely misspells;
    /// outside individuals, only a likely misspelling warns.
    fn unknown_field(&mut self, e: &'t Entry<'t>, names: &[&'static str], obj: Obj) {
        let key = (obj.0, &*e.key);
        if let Some((i, n)) = self.fields_seen.get_mut(&key) {
            *n += 1;
            return self.diags[*i].args.set("n", *n);
        }
        let hint = crate::suggest::did_you_mean(&e.key, names.iter().copied());
        // Elsewhere than in a person, a field unlike any known one is a newer
        // producer's (forward compatibility): only a likely misspelling warns.
        if hint.is_none() && obj.1[0].0 != "individuals" {
            return;
        }
        // Without the repeated name of a credential without `expires`.
        let known = (names.iter().enumerate()).filter(|(i, n)| !names[..*i].contains(n));
        let known = Arg::ids(known.map(|(_, n)| *n), Conj::And);
        let d = Diagnostic::warning("rubric::data::unknown-field", self.key(e)).arg("n", 1);
        let d = obj.about(d.arg("field", &*e.key)).arg("known", known);
        self.fields_seen.insert(key, (self.diags.len(), 1));
        self.diags.push(suggest(d, hint));
    }

    /// A textual value; `None` (and an error if `required`) when absent or wrong.
    fn text(&mut self, node: Field<'t>, field: &'static str, obj: Obj) -> Option<&'t str> {
        let node = node?;
        match &node.value {
            Value::Text { text, .. } => Some(text),
            Value::Null if field == "name" => None,
            _ => self.wrong(node, field, obj.field(field)),
        }
    }

    fn date(&mut self, node: Field<'t>, field: &'static str, obj: Obj) -> Option<NaiveDate> {
        let n = node?;
        let text = match &n.value {
            Value::Text { text, .. } => text,
            Value::Null if matches!(field, "as_of" | "from" | "until" | "expires") => return None,
            _ => return self.wrong(n, field, obj.field(field)),
        };
        let e = match parse_date(text) {
            Ok(d) => return Some(d),
            Err(e) => e,
        };
        let d = Diagnostic::error("rubric::data::bad-date", self.at(n));
        let d = d.arg("text", &**text).arg("path", obj.field(field));
        let d = match e {
            DateError::Shape => d.arg("reason", "shape"),
            DateError::Month(m) => d.arg("reason", "month").arg("month", m),
            DateError::Day { day: 0, .. } => d.arg("reason", "day0"),
            DateError::Day { year, month, .. } => d
                .arg("reason", "days")
                .arg("month", month)
                .arg("year", year)
                .arg("days", days_in_month(year, month)),
        };
        self.fail(d)
    }

    /// An amount, or (`field` is `quantity`) a whole number of units.
    fn amount(&mut self, node: Field<'t>, field: &'static str, obj: Obj) -> Option<Decimal> {
        let n = node?;
        let text: &str = match &n.value {
            Value::Text { text, .. } => text,
            Value::Number(t) => t,
            _ => return self.wrong(n, field, obj.field(field)),
        };
        let whole = field != "quantity";
        let code = match parse_amount(text) {
            Ok(d) if !whole && d.is_sign_negative() => "rubric::data::negative-quantity",
            Ok(d) if !whole && !d.fract().is_zero() => "rubric::data::fractional-quantity",
            Ok(d) if !whole && u64::try_from(d).is_err() => "rubric::data::amount-out-of-range",
            // A negative amount is an adjustment (a credit note, a refund): it counts.
            Ok(d) => return Some(d),
            Err(AmountError::NotANumber) => "rubric::data::bad-amount",
            Err(AmountError::OutOfRange) => "rubric::data::amount-out-of-range",
        };
        let d = Diagnostic::error(code, self.at(n)).arg("text", text);
        self.fail(d.arg("path", obj.field(field)))
    }

    /// A boolean, `true`/`false` (or a YAML 1.2 boolean).
    fn flag(&mut self, n: &'t Node<'t>, field: &'static str, o: Obj) -> Option<bool> {
        match &n.value {
            Value::Bool(b) => Some(*b),
            Value::Text { text, plain: true } if yaml_bool(text).is_some() => yaml_bool(text),
            _ => self.wrong(n, field, o.field(field)),
        }
    }

    /// The items of a list field (null or absent is empty).
    fn list(&mut self, node: Field<'t>, field: &'static str, obj: Obj) -> &'t [Node<'t>] {
        match node.map(|n| (n, &n.value)) {
            Some((_, Value::List(items))) => items,
            None | Some((_, Value::Null)) => &[],
            Some((n, _)) => self.wrong(n, field, obj.field(field)).unwrap_or_default(),
        }
    }

    /// Looks `id` up, recording it if the rules do not know it.
    /// An id of one of the catalogs, and its index; an id the rules do not
    /// know is recorded for a warning.
    fn id(&mut self, table: Table, node: Field<'t>, field: &'static str, o: Obj) -> Id<'t> {
        let id = self.text(node, field, o);
        let found = id.and_then(|id| self.catalog.lookup(table, id));
        if let (Some(id), None, Some(n)) = (id, found, node) {
            self.set_aside(UNKNOWN[table as usize], table, id, n);
        }
        (id, found)
    }

    /// Records an id for a grouped warning (see [`Checker::group_unknown`]).
    fn set_aside(&mut self, code: &'static str, table: Table, id: &'t str, n: &Node) {
        let i = *self.seen.entry((code, id)).or_insert(self.unknown.len());
        if i == self.unknown.len() {
            (self.unknown).push(Unknown(code, table, id, (n.start, n.end), 0));
        }
        self.unknown[i].4 += 1;
    }

    fn partner(&mut self, root: &'t Node<'t>) -> Option<Partner> {
        let [id, name, country, as_of, revenue, individuals, statuses, _format, consumption, usage] =
            self.fields(root, &PARTNER, 0b101, PARTNER_OBJ)?;
        let o = PARTNER_OBJ;
        let id_text = self.text(id, "id", o);
        let name = self.text(name, "name", o);
        let country = self.text(country, "country", o).and_then(|code| {
            let span = self.at(country?);
            match self.catalog.country(code) {
                CountryCheck::Market(upper, m) => Some((upper, m)),
                CountryCheck::NoMarket(upper) => {
                    let code = String::from_utf8_lossy(&upper).into_owned();
                    let markets = self.catalog.program().markets.iter().map(|m| m.id.as_str());
                    let d = Diagnostic::error("rubric::data::no-market", span).arg("code", code);
                    self.fail(d.arg("markets", Arg::ids(markets, Conj::Or)))
                }
                CountryCheck::Unknown => {
                    let d = Diagnostic::error("rubric::data::unknown-country", span);
                    self.fail(suggest(d.arg("code", code), Catalog::country_hint(code)))
                }
            }
        });
        let as_of = self.date(as_of, "as_of", o);
        let revenue = self.list(revenue, "revenue", o);
        let revenue = each(revenue, |(i, n)| self.line(n, "revenue", i)?.0);
        let consumption = self.list(consumption, "consumption", o);
        let consumption = each(consumption, |(i, n)| self.line(n, "consumption", i)?.0);
        let usage_nodes = self.list(usage, "usage", o);
        let usage = each(usage_nodes, |(i, n)| self.usage(n, i));
        let records = usage.as_deref().unwrap_or_default();
        for (first, again) in super::snapshots(self.catalog.program(), records) {
            // The same record twice only warns; two different records of one snapshot are an error.
            let same = records[first] == records[again];
            let make = [Diagnostic::error, Diagnostic::warning][usize::from(same)];
            let (n, f) = (&usage_nodes[again], &usage_nodes[first]);
            let d = make("rubric::data::duplicate-snapshot", self.start(n));
            let d = d.arg("path", format!("usage[{again}]"));
            let d = d.arg("first", format!("usage[{first}]"));
            let d = d.arg("same", if same { "yes" } else { "no" });
            self.error(d.label(self.start(f), "first"));
        }
        let statuses = self.list(statuses, "statuses", o);
        let statuses = each(statuses, |(i, n)| self.status(n, i));
        let people = self.list(individuals, "individuals", o);
        let mut ids = Ids::with_capacity_and_hasher(people.len(), Default::default());
        let people = each(people, |(i, n)| self.person(n, i, &mut ids));
        let (upper, market) = country?;
        Some(Partner {
            id: id_text?.into(),
            name: name.map(Into::into),
            country: String::from_utf8_lossy(&upper).as_ref().into(),
            as_of,
            market,
            statuses: statuses?,
            revenue: revenue?,
            consumption: consumption?,
            usage: usage?,
            individuals: people?,
            credentials: std::mem::take(&mut self.passes),
        })
    }

    /// A line of `revenue`, or of `consumption` (no kind), or the line part
    /// of a `usage` record (no kind, amount or currency), and the fields
    /// left to [`Checker::usage`]: `metric`, `quantity`, `paid`.
    fn line(&mut self, node: &'t Node<'t>, list: &'static str, i: usize) -> Option<Read<'t>> {
        let o = Obj::new(if list == "revenue" { "line" } else { list }, list, i);
        // Without `kinds`, `kind` is required as in v1 (reported with the others).
        let has_kinds = node.at("kinds").is_some();
        let (revenue, usage) = (list == "revenue", list == "usage");
        let required = match (revenue && !has_kinds, usage) {
            (true, _) => 0b11_1111,
            (_, true) => 0b1110_0010_0011,
            _ => 0b11_1011,
        };
        let [customer, product, kind, amount, currency, date, dpor, kinds, assocs, rest @ ..] =
            self.fields(node, &LINE, required, o)?;
        let customer = self.text(customer, "customer", o);
        let (product_id, product_idx) = self.id(Table::Product, product, "product", o);
        // Only a revenue line has kinds (the others ignore the fields).
        let (kind, kinds) = (kind.filter(|_| revenue), kinds.filter(|_| revenue));
        let mut kinds = self.list(kinds, "kinds", o).iter().map(Some).enumerate();
        let first = kind.or_else(|| kinds.next().and_then(|k| k.1));
        if first.is_none() && has_kinds && revenue {
            let d = Diagnostic::error("rubric::data::missing-kind", self.start(node));
            self.error(d.arg("path", o.path()));
        }
        let first_at = kind.map_or(o.item("item", "kinds", 0), |_| o);
        let (kind_id, kind_idx) = self.id(Table::Kind, first, "kind", first_at);
        let mut v2 = LineV2::default();
        for (j, k) in kinds {
            if let (Some(id), idx) = self.id(Table::Kind, k, "kind", o.item("item", "kinds", j)) {
                v2.kinds.push((id.into(), idx.map(crate::ir::KindIdx)));
            }
        }
        // A usage record has no amount (zero) nor currency (empty).
        let (amount, currency) = (amount.filter(|_| !usage), currency.filter(|_| !usage));
        let amount = self.amount(amount, "amount", o);
        let (currency_id, currency_idx) = self.id(Table::Currency, currency, "currency", o);
        let date = self.date(date, "date", o);
        // `dpor` as given (not null): `dpor` in `associations` contradicts an explicit `false`.
        let explicit = dpor.filter(|n| !matches!(n.value, Value::Null));
        let mut dpor = explicit.map_or(Some(false), |n| self.flag(n, "dpor", o));
        for (j, n) in self.list(assocs, "associations", o).iter().enumerate() {
            let at = o.item("item", "associations", j);
            match self.id(Table::Association, Some(n), "association", at) {
                (_, Some(0)) if dpor == Some(false) && explicit.is_some() => {
                    let d =
                        Diagnostic::error("rubric::data::contradictory-association", self.at(n));
                    self.error(d.arg("path", o.path()).label(self.at(explicit?), "dpor"));
                }
                (_, Some(0)) => dpor = dpor.map(|_| true),
                (Some(id), idx) => (v2.associations).push((id.into(), idx.map(AssociationIdx))),
                (None, _) => {}
            }
        }
        let line = || {
            Some(RevenueLine {
                customer: customer?.into(),
                product: product_idx.map(crate::ir::ProductIdx),
                product_id: product_id?.into(),
                kind: kind_idx.map(crate::ir::KindIdx),
                kind_id: kind_id.or((!revenue).then_some(""))?.into(),
                amount: amount.or(usage.then_some(Decimal::ZERO))?,
                currency: currency_idx.map(crate::ir::CurrencyIdx),
                currency_id: currency_id.or(usage.then_some(""))?.into(),
                date: date?,
                dpor: dpor?,
                v2: (v2 != LineV2::default()).then(|| Box::new(v2)),
            })
        };
        Some((line(), rest))
    }

    /// A usage record: a line, and a whole quantity of a metric, paid or not.
    fn usage(&mut self, node: &'t Node<'t>, i: usize) -> Option<UsageRecord> {
        let o = Obj::new("usage", "usage", i);
        let (line, [metric, quantity, paid]) = self.line(node, "usage", i)?;
        let (metric_id, metric_idx) = self.id(Table::Metric, metric, "metric", o);
        let quantity = self.amount(quantity, "quantity", o);
        let paid = paid.and_then(|n| self.flag(n, "paid", o));
        Some(UsageRecord {
            line: line?,
            metric: metric_idx.map(MetricIdx),
            metric_id: metric_id?.into(),
            quantity: u64::try_from(quantity?).ok()?,
            paid: paid?,
        })
    }

    /// A status the partner holds: `"id"` or `{"status", "from"?, "until"?}`.
    fn status(&mut self, node: &'t Node<'t>, i: usize) -> Option<StatusHeld> {
        let o = Obj::new("status", "statuses", i);
        let [status, from, until_at] = match &node.value {
            Value::Text { .. } => [Some(node), None, None],
            _ => self.fields(node, &STATUS, 0b1, o)?,
        };
        let (status_id, status_idx) = self.id(Table::Status, status, "status", o);
        let (from, until) = (self.date(from, "from", o), self.date(until_at, "until", o));
        if let (Some(f), Some(u), Some(n)) = (from, until, until_at.filter(|_| until < from)) {
            let d = Diagnostic::error("rubric::data::until-before-from", self.at(n));
            self.error(d.arg("path", o.path()).arg("from", f).arg("until", u));
        }
        Some(StatusHeld {
            status: status_idx.map(crate::ir::StatusIdx),
            status_id: status_id?.into(),
            from,
            until,
        })
    }

    fn person(&mut self, node: &'t Node<'t>, i: usize, ids: &mut Ids<'t>) -> Option<Individual> {
        let o = Obj::new("individual", "individuals", i);
        let [id, name, lists @ ..] = self.fields(node, &PERSON, 0b1, o)?;
        let id_text = self.text(id, "id", o);
        // A repeated id is one error, at its second listing, counting them all.
        if let (Some(n), Some(text)) = (id, id_text) {
            let (first, reported, times) = ids.entry(text).or_insert(((n.start, n.end), None, 0));
            *times += 1;
            match reported {
                Some(i) => self.diags[*i].args.set("n", *times),
                None if *times == 2 => {
                    let d = Diagnostic::error("rubric::data::duplicate-individual", self.at(n));
                    *reported = Some(self.diags.len());
                    let d = d.arg("id", text).arg("n", 2);
                    self.error(d.label(self.span(*first), "first"));
                }
                None => {}
            }
        }
        let name = self.text(name, "name", o);
        // Every pass is checked, even after one that fails.
        let (start, mut all) = (self.passes.len() as u32, true);
        for (kind, (list, cred)) in lists.into_iter().zip(&CREDENTIALS).enumerate() {
            for (j, n) in self.list(list, cred.0, o).iter().enumerate() {
                let pass = self.pass(n, o.item(PASS[kind], cred.0, j), kind, cred);
                all &= pass.map(|p| self.passes.push(p)).is_some();
            }
        }
        Some(Individual {
            id: id_text?.into(),
            name: name.map(Into::into),
            credentials: all.then_some(start..self.passes.len() as u32)?,
        })
    }

    /// A credential of the list `cred` (the kind of `CREDENTIALS` at `kind`).
    fn pass(&mut self, node: &'t Node<'t>, o: Obj, kind: usize, cred: &Cred) -> Option<ExamPass> {
        let (table, names) = (cred.1, &cred.2);
        let [exam, passed, expires] = self.fields(node, names, 0b11, o)?;
        let (exam_id, idx) = self.id(table, exam, names[0], o);
        let declared = idx.and_then(|i| self.catalog.program().exams.get(i as usize));
        let misplaced = declared.is_some_and(|c| c.kind as usize != kind);
        if let (true, Some(n), Some(id)) = (misplaced, exam, exam_id) {
            self.set_aside("rubric::data::wrong-credential-kind", table, id, n);
        }
        let passed = self.date(passed, names[1], o);
        let expires = expires.and_then(|n| Some((n, self.date(Some(n), "expires", o)?)));
        if let (Some(p), Some((n, x))) = (passed, expires.filter(|e| passed > Some(e.1))) {
            let d = Diagnostic::error("rubric::data::expires-before-earned", self.at(n));
            self.error(d.arg("path", o.path()).arg("earned", p).arg("expires", x));
        }
        Some(ExamPass {
            exam: idx.map(crate::ir::ExamIdx),
            exam_id: exam_id?.into(),
            passed: passed?,
            expires: expires.map(|e| e.1),
        })
    }

    /// Turns the ids the rules do not know into warnings: one per id, counting
    /// its occurrences, and past [`IDS_SHOWN`] ids of one kind, one for the rest.
    fn group_unknown(&mut self) {
        let unknown = std::mem::take(&mut self.unknown);
        for code in UNKNOWN {
            let of_code: Vec<&Unknown> = unknown.iter().filter(|u| u.0 == code).collect();
            for (k, u) in of_code.iter().enumerate().take(IDS_SHOWN + 1) {
                let rest = &of_code[k..];
                let folded = k == IDS_SHOWN && rest.len() > 1;
                let counted = if folded { rest } else { &rest[..1] };
                let count: usize = counted.iter().map(|u| u.4).sum();
                let Unknown(_, table, id, at, _) = **u;
                let ids = self.catalog.ids(table).iter().copied();
                let suggestion = crate::suggest::did_you_mean(id, ids).filter(|_| !folded);
                let (known, more) = self.catalog.known(table);
                // For `wrong-credential-kind`: the list it is under, and the one it belongs in.
                let list = |t: Table| CREDENTIALS.iter().find(|c| c.1 == t).map_or("", |c| c.0);
                let declared = (self.catalog.lookup(Table::Exam, id))
                    .and_then(|i| self.catalog.program().exams.get(i as usize));
                let belongs = declared.map_or("", |c| CREDENTIALS[c.kind as usize].0);
                let d = Diagnostic::warning(code, self.span(at)).arg("id", id);
                let d = d.arg("n", count).arg("others", counted.len() - 1);
                let d = suggest(d, suggestion).arg("known", known).arg("more", more);
                self.error(d.arg("belongs", belongs).arg("listed", list(table)));
            }
        }
    }
}

/// Every item of a list read with `read` (all of them, for their problems),
/// if each was read.
fn each<'t, I, T>(items: &'t [I], read: impl FnMut((usize, &'t I)) -> Option<T>) -> Option<Vec<T>> {
    let read: Vec<Option<T>> = items.iter().enumerate().map(read).collect();
    read.into_iter().collect()
}

/// The code of the warning about an id the rules do not know, by [`Table`],
/// then that of a credential listed under another kind: the order of the
/// grouped warnings.
#[rustfmt::skip]
const UNKNOWN: [&str; 10] = ["rubric::data::unknown-exam", "rubric::data::unknown-product",
    "rubric::data::unknown-kind", "rubric::data::unknown-currency",
    "rubric::data::unknown-association", "rubric::data::unknown-status",
    "rubric::data::unknown-assessment", "rubric::data::unknown-certification",
    "rubric::data::unknown-metric", "rubric::data::wrong-credential-kind"];

/// `d` with a did-you-mean: the `hint` selector and the `suggestion` (`""`: none).
pub(super) fn suggest(d: Diagnostic, suggestion: Option<&str>) -> Diagnostic {
    let d = d.arg("hint", suggestion.map_or("none", |_| "suggest"));
    d.arg("suggestion", suggestion.unwrap_or(""))
}
