//! The slow path's one validator: walks the spanned tree of a partner file,
//! builds the [`Partner`] and collects every problem with its span.

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::catalog::{Catalog, CountryCheck, Table};
use super::tree::{Entry, Node, Value};
use super::{ExamPass, Individual, LineV2, Loaded, Partner, RevenueLine, StatusHeld, UsageRecord};
use crate::diag::Diagnostic;
use crate::i18n::{Arg, Conj};
use crate::ir::{AssociationIdx, MetricIdx};
use crate::scalar::{days_in_month, parse_amount, parse_date, AmountError, DateError};
use crate::span::{FileId, Span};

/// An object of the format, by position.
#[derive(Clone, Copy)]
enum Obj {
    Partner,
    /// Line `i` of `revenue` or `consumption`, or record `i` of `usage`.
    Line(&'static str, usize),
    Status(usize),
    /// Item `j` of the list field of a line: `kinds` or `associations`.
    Item(&'static str, usize, &'static str, usize),
    Individual(usize),
    Pass(usize, usize),
}

impl Obj {
    /// Its path, e.g. `individuals[1].exams[0]`; empty for the partner.
    fn path(self) -> String {
        match self {
            Obj::Partner => String::new(),
            Obj::Line(list, i) => format!("{list}[{i}]"),
            Obj::Status(i) => format!("statuses[{i}]"),
            Obj::Item(of, i, list, j) => format!("{of}[{i}].{list}[{j}]"),
            Obj::Individual(i) => format!("individuals[{i}]"),
            Obj::Pass(i, j) => format!("individuals[{i}].exams[{j}]"),
        }
    }

    /// The path of one of its fields.
    fn field(self, name: &str) -> String {
        match self {
            Obj::Partner => name.to_owned(),
            Obj::Item(..) => self.path(),
            _ => format!("{}.{name}", self.path()),
        }
    }

    /// The message selector of the object's kind.
    fn kind(self) -> &'static str {
        match self {
            Obj::Partner => "partner",
            Obj::Line("revenue", _) => "line",
            Obj::Line(list, _) => list,
            Obj::Status(_) => "status",
            Obj::Item(..) => "item",
            Obj::Individual(_) => "individual",
            Obj::Pass(..) => "pass",
        }
    }
}

// The fields of each object of the format (tables: kept one line per group).
#[rustfmt::skip]
const PARTNER: [&str; 9] =
    ["id", "name", "country", "as_of", "revenue", "individuals", "statuses", "consumption", "usage"];
// A usage record is read as a line without kind, amount or currency.
#[rustfmt::skip]
const LINE: [&str; 12] = [
    "customer", "product", "kind", "amount", "currency", "date", "dpor", "kinds", "associations",
    "metric", "quantity", "paid",
];
const STATUS: [&str; 3] = ["status", "from", "until"];
const PERSON: [&str; 3] = ["id", "name", "exams"];
const PASS: [&str; 2] = ["exam", "passed"];

/// A field's value, if the object has the field.
type Field<'t> = Option<&'t Node<'t>>;
/// An id as written, and its index in its catalog.
type Id<'t> = (Option<&'t str>, Option<u32>);

/// A line as read, if valid, and the fields of a usage record besides.
type Read<'t> = (Option<RevenueLine>, [Field<'t>; 3]);

/// Warnings of one kind about one id grouped past this many ids fold into one.
const IDS_SHOWN: usize = 5;

/// An id the rules do not know, where it was first seen, and how often.
struct Unknown<'t> {
    table: Table,
    id: &'t str,
    span: (usize, usize),
    count: usize,
}

struct Checker<'c, 't> {
    catalog: &'c Catalog<'c>,
    file: FileId,
    diags: Vec<Diagnostic>,
    errors: usize,
    unknown: Vec<Unknown<'t>>,
    seen: HashMap<(Table, &'t str), usize>,
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
        errors: 0,
        unknown: Vec::new(),
        seen: HashMap::new(),
    };
    let partner = c.partner(root);
    c.group_unknown();
    let mut diags = c.diags;
    diags.sort_by_key(|d| d.span.map_or(0, |s| s.start));
    match partner {
        Some(partner) if c.errors == 0 => Ok(Loaded {
            partner,
            warnings: diags,
        }),
        _ => Err(diags),
    }
}

/// What a value is, as a message selector.
fn found(node: &Node) -> &'static str {
    match &node.value {
        Value::Text { text, plain: true } if yaml_bool(text).is_some() => "boolean",
        // `inf` and `nan` parse as floats but are strings in YAML 1.2.
        Value::Text { text, plain: true }
            if text.parse::<f64>().is_ok() && !text.starts_with(char::is_alphabetic) =>
        {
            "number"
        }
        Value::Text { .. } => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Null => "null",
        Value::List(_) | Value::Skipped(Some(false)) => "list",
        Value::Map(_) | Value::Skipped(Some(true)) => "object",
        Value::Skipped(None) => "alias",
    }
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
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, start, end)
    }

    fn error(&mut self, d: Diagnostic) {
        self.errors += 1;
        self.diags.push(d);
    }

    /// "expected <field>, found <kind>" at `node`; `textual`: an id or a
    /// name, for which a number or a boolean only lacks quotes.
    fn wrong(&mut self, node: &Node, field: &'static str, path: String, textual: bool) {
        // A list or an object is labelled by its first character.
        let (start, end) = match &node.value {
            Value::Map(entries) => object_label(node, entries),
            Value::List(_) | Value::Skipped(Some(_)) => (node.start, node.start + 1),
            _ => (node.start, node.end),
        };
        let found = found(node);
        let quote = textual && matches!(found, "number" | "boolean");
        let d = Diagnostic::error("rubric::data::wrong-type", self.span(start, end))
            .arg("field", field)
            .arg("path", path)
            .arg("found", found)
            .arg("quote", if quote { "yes" } else { "no" });
        self.error(d);
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
            let path = obj.path();
            // A status may be its id alone.
            self.wrong(node, obj.kind(), path, obj.kind() == "status");
            return None;
        };
        let mut out = [None; N];
        for e in entries {
            let Some(i) = names.iter().position(|n| *n == e.key) else {
                continue;
            };
            if out[i].is_some() {
                let at = self.span(e.key_start, e.key_end);
                let d = Diagnostic::error("rubric::data::duplicate-field", at)
                    .arg("field", names[i])
                    .arg("object", obj.kind())
                    .arg("path", obj.path());
                self.error(d);
            } else {
                out[i] = Some(&e.value);
            }
        }
        let missing: Vec<&str> = (0..N)
            .filter(|&i| required & (1 << i) != 0 && out[i].is_none())
            .map(|i| names[i])
            .collect();
        if !missing.is_empty() {
            let label = object_label(node, entries);
            let d = Diagnostic::error("rubric::data::missing-field", self.span(label.0, label.1))
                .arg("n", missing.len())
                .arg("field", missing[0])
                .arg("fields", Arg::ids(missing, Conj::And))
                .arg("object", obj.kind())
                .arg("path", obj.path());
            self.error(d);
        }
        Some(out)
    }

    /// A textual value; `None` (and an error if `required`) when absent or wrong.
    fn text(&mut self, node: Field<'t>, field: &'static str, obj: Obj) -> Option<&'t str> {
        let node = node?;
        match &node.value {
            Value::Text { text, .. } => Some(text),
            Value::Null if field == "name" => None,
            _ => {
                self.wrong(node, field, obj.field(field), true);
                None
            }
        }
    }

    fn date(&mut self, node: Field<'t>, field: &'static str, obj: Obj) -> Option<NaiveDate> {
        let n = node?;
        if matches!(field, "as_of" | "from" | "until") && matches!(n.value, Value::Null) {
            return None;
        }
        let Value::Text { text, .. } = &n.value else {
            self.wrong(n, field, obj.field(field), false);
            return None;
        };
        let e = match parse_date(text) {
            Ok(d) => return Some(d),
            Err(e) => e,
        };
        let mut d = Diagnostic::error("rubric::data::bad-date", self.span(n.start, n.end))
            .arg("text", &**text)
            .arg("path", obj.field(field));
        d = match e {
            DateError::Shape => d.arg("reason", "shape"),
            DateError::Month(m) => d.arg("reason", "month").arg("month", m),
            DateError::Day { day: 0, .. } => d.arg("reason", "day0"),
            DateError::Day { year, month, .. } => d
                .arg("reason", "days")
                .arg("month", month)
                .arg("year", year)
                .arg("days", days_in_month(year, month)),
        };
        self.error(d);
        None
    }

    /// An amount, or (`field` is `quantity`) a whole number of units.
    fn amount(&mut self, node: Field<'t>, field: &'static str, obj: Obj) -> Option<Decimal> {
        let n = node?;
        let text: &str = match &n.value {
            Value::Text { text, .. } => text,
            Value::Number(t) => t,
            _ => {
                self.wrong(n, field, obj.field(field), false);
                return None;
            }
        };
        let whole = field != "quantity";
        let code = match parse_amount(text) {
            Ok(d) if !whole && d.is_sign_negative() => "rubric::data::negative-quantity",
            Ok(d) if !whole && !d.fract().is_zero() => "rubric::data::fractional-quantity",
            Ok(d) if !whole && u64::try_from(d).is_err() => "rubric::data::amount-out-of-range",
            Ok(d) if !d.is_sign_negative() => return Some(d),
            Ok(_) => "rubric::data::negative-amount",
            Err(AmountError::NotANumber) => "rubric::data::bad-amount",
            Err(AmountError::OutOfRange) => "rubric::data::amount-out-of-range",
        };
        let d = Diagnostic::error(code, self.span(n.start, n.end)).arg("text", text);
        self.error(d.arg("path", obj.field(field)));
        None
    }

    /// A boolean, `true`/`false` (or a YAML 1.2 boolean).
    fn flag(&mut self, n: &'t Node<'t>, field: &'static str, o: Obj) -> Option<bool> {
        match &n.value {
            Value::Bool(b) => Some(*b),
            Value::Text { text, plain: true } if yaml_bool(text).is_some() => yaml_bool(text),
            _ => {
                self.wrong(n, field, o.field(field), false);
                None
            }
        }
    }

    /// The items of a list field (null or absent is empty).
    fn list(&mut self, node: Field<'t>, field: &'static str, obj: Obj) -> &'t [Node<'t>] {
        match node.map(|n| (n, &n.value)) {
            Some((_, Value::List(items))) => items,
            None | Some((_, Value::Null)) => &[],
            Some((n, _)) => {
                self.wrong(n, field, obj.field(field), false);
                &[]
            }
        }
    }

    /// Looks `id` up, recording it if the rules do not know it.
    /// An id of one of the catalogs, and its index; an id the rules do not
    /// know is recorded for a warning.
    fn id(&mut self, table: Table, node: Field<'t>, field: &'static str, o: Obj) -> Id<'t> {
        let Some(id) = self.text(node, field, o) else {
            return (None, None);
        };
        let found = self.catalog.lookup(table, id);
        if let (None, Some(n)) = (found, node) {
            let next = self.unknown.len();
            let i = *self.seen.entry((table, id)).or_insert(next);
            if i == next {
                let span = (n.start, n.end);
                self.unknown.push(Unknown {
                    table,
                    id,
                    span,
                    count: 0,
                });
            }
            self.unknown[i].count += 1;
        }
        (Some(id), found)
    }

    fn partner(&mut self, root: &'t Node<'t>) -> Option<Partner> {
        let [id, name, country, as_of, revenue, individuals, statuses, consumption, usage] =
            self.fields(root, &PARTNER, 0b101, Obj::Partner)?;
        let o = Obj::Partner;
        let id_text = self.text(id, "id", o);
        let name = self.text(name, "name", o);
        let country = self.text(country, "country", o).and_then(|code| {
            let n = country?;
            let span = self.span(n.start, n.end);
            match self.catalog.country(code) {
                CountryCheck::Market(upper, m) => Some((upper, m)),
                CountryCheck::NoMarket(upper) => {
                    let code = String::from_utf8_lossy(&upper).into_owned();
                    let markets = self.catalog.program().markets.iter().map(|m| m.id.as_str());
                    let d = Diagnostic::error("rubric::data::no-market", span)
                        .arg("code", code)
                        .arg("markets", Arg::ids(markets, Conj::Or));
                    self.error(d);
                    None
                }
                CountryCheck::Unknown => {
                    let hint = Catalog::country_hint(code);
                    let d = Diagnostic::error("rubric::data::unknown-country", span)
                        .arg("code", code)
                        .arg("hint", if hint.is_some() { "suggest" } else { "none" })
                        .arg("suggestion", hint.unwrap_or(""));
                    self.error(d);
                    None
                }
            }
        });
        let as_of = self.date(as_of, "as_of", o);
        let mut lines = |list, node| -> Vec<Option<RevenueLine>> {
            let nodes = self.list(node, list, o).iter().enumerate();
            nodes
                .map(|(i, n)| self.line(n, list, i).and_then(|l| l.0))
                .collect()
        };
        let (lines, consumption) = (lines("revenue", revenue), lines("consumption", consumption));
        let usage_nodes = self.list(usage, "usage", o);
        let usage: Vec<Option<UsageRecord>> = (usage_nodes.iter().enumerate())
            .map(|(i, n)| self.usage(n, i))
            .collect();
        let usage: Option<Vec<UsageRecord>> = usage.into_iter().collect();
        let records = usage.as_deref().unwrap_or_default();
        for (first, again) in super::snapshots(self.catalog.program(), records) {
            let (a, b) = (&records[first], &records[again]);
            let (n, f) = (&usage_nodes[again], &usage_nodes[first]);
            let same = (a.quantity, &a.line) == (b.quantity, &b.line);
            let at = self.span(n.start, n.start + 1);
            let make = [Diagnostic::error, Diagnostic::warning][usize::from(same)];
            let d = make("rubric::data::duplicate-snapshot", at)
                .arg("path", Obj::Line("usage", again).path())
                .arg("first", Obj::Line("usage", first).path())
                .arg("same", if same { "yes" } else { "no" })
                .label(self.span(f.start, f.start + 1), "first");
            self.errors += usize::from(!same);
            self.diags.push(d);
        }
        let statuses: Vec<Option<StatusHeld>> =
            (self.list(statuses, "statuses", o).iter().enumerate())
                .map(|(i, n)| self.status(n, Obj::Status(i)))
                .collect();
        let people = self.list(individuals, "individuals", o);
        let mut ids: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut persons = Vec::with_capacity(people.len());
        for (i, n) in people.iter().enumerate() {
            persons.push(self.person(n, i, &mut ids));
        }
        let (upper, market) = country?;
        Some(Partner {
            id: id_text?.into(),
            name: name.map(Into::into),
            country: String::from_utf8_lossy(&upper).as_ref().into(),
            as_of,
            market,
            statuses: statuses.into_iter().collect::<Option<_>>()?,
            revenue: lines.into_iter().collect::<Option<_>>()?,
            consumption: consumption.into_iter().collect::<Option<_>>()?,
            usage: usage?,
            individuals: persons.into_iter().collect::<Option<_>>()?,
        })
    }

    /// A line of `revenue`, or of `consumption` (no kind), or the line part
    /// of a `usage` record (no kind, amount or currency), and the fields
    /// left to [`Checker::usage`]: `metric`, `quantity`, `paid`.
    fn line(&mut self, node: &'t Node<'t>, list: &'static str, i: usize) -> Option<Read<'t>> {
        let o = Obj::Line(list, i);
        // Without `kinds`, `kind` is required as in v1 (reported with the others).
        let has_kinds =
            matches!(&node.value, Value::Map(es) if es.iter().any(|e| e.key == "kinds"));
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
            let d = Diagnostic::error(
                "rubric::data::missing-kind",
                self.span(node.start, node.start + 1),
            );
            self.error(d.arg("path", o.path()));
        }
        let first_at = kind.map_or(Obj::Item(list, i, "kinds", 0), |_| o);
        let (kind_id, kind_idx) = self.id(Table::Kind, first, "kind", first_at);
        let mut v2 = LineV2::default();
        for (j, k) in kinds {
            let at = Obj::Item(list, i, "kinds", j);
            if let (Some(id), idx) = self.id(Table::Kind, k, "kind", at) {
                v2.kinds.push((id.into(), idx.map(crate::ir::KindIdx)));
            }
        }
        // A usage record has no amount (zero) nor currency (empty).
        let (amount, currency) = (amount.filter(|_| !usage), currency.filter(|_| !usage));
        let amount = self
            .amount(amount, "amount", o)
            .or(usage.then_some(Decimal::ZERO));
        let (currency_id, currency_idx) = self.id(Table::Currency, currency, "currency", o);
        let date = self.date(date, "date", o);
        // An explicit `"dpor": false`, which `dpor` in `associations` contradicts.
        let said_false = dpor.filter(|n| !matches!(n.value, Value::Null));
        let mut dpor = match said_false {
            None => Some(false),
            Some(n) => self.flag(n, "dpor", o),
        };
        for (j, n) in self.list(assocs, "associations", o).iter().enumerate() {
            let at = Obj::Item(list, i, "associations", j);
            match self.id(Table::Association, Some(n), "association", at) {
                (_, Some(0)) if dpor == Some(false) && said_false.is_some() => {
                    let (f, code) = (said_false?, "rubric::data::contradictory-association");
                    let d =
                        Diagnostic::error(code, self.span(n.start, n.end)).arg("path", o.path());
                    self.error(d.label(self.span(f.start, f.end), "dpor"));
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
                amount: amount?,
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
        let o = Obj::Line("usage", i);
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
    fn status(&mut self, node: &'t Node<'t>, o: Obj) -> Option<StatusHeld> {
        let [status, from, until] = match &node.value {
            Value::Text { .. } => [Some(node), None, None],
            _ => self.fields(node, &STATUS, 0b1, o)?,
        };
        let (status_id, status_idx) = self.id(Table::Status, status, "status", o);
        let (n, from, until) = (
            until,
            self.date(from, "from", o),
            self.date(until, "until", o),
        );
        if let (Some(f), Some(u), Some(n)) = (from, until, n.filter(|_| until < from)) {
            let d = Diagnostic::error("rubric::data::until-before-from", self.span(n.start, n.end));
            self.error(d.arg("path", o.path()).arg("from", f).arg("until", u));
        }
        Some(StatusHeld {
            status: status_idx.map(crate::ir::StatusIdx),
            status_id: status_id?.into(),
            from,
            until,
        })
    }

    fn person(
        &mut self,
        node: &'t Node<'t>,
        i: usize,
        ids: &mut HashMap<&'t str, (usize, usize)>,
    ) -> Option<Individual> {
        let o = Obj::Individual(i);
        let [id, name, exams] = self.fields(node, &PERSON, 0b1, o)?;
        let id_text = self.text(id, "id", o);
        if let (Some(n), Some(text)) = (id, id_text) {
            if let Some(&(s, e)) = ids.get(text) {
                let d = Diagnostic::error(
                    "rubric::data::duplicate-individual",
                    self.span(n.start, n.end),
                )
                .arg("id", text)
                .label(self.span(s, e), "first");
                self.error(d);
            } else {
                ids.insert(text, (n.start, n.end));
            }
        }
        let name = self.text(name, "name", o);
        let passes: Vec<Option<ExamPass>> = (self.list(exams, "exams", o).iter().enumerate())
            .map(|(j, n)| self.pass(n, Obj::Pass(i, j)))
            .collect();
        Some(Individual {
            id: id_text?.into(),
            name: name.map(Into::into),
            exams: passes.into_iter().collect::<Option<_>>()?,
        })
    }

    fn pass(&mut self, node: &'t Node<'t>, o: Obj) -> Option<ExamPass> {
        let [exam, passed] = self.fields(node, &PASS, 0b11, o)?;
        let (exam_id, idx) = self.id(Table::Exam, exam, "exam", o);
        let passed = self.date(passed, "passed", o);
        Some(ExamPass {
            exam: idx.map(crate::ir::ExamIdx),
            exam_id: exam_id?.into(),
            passed: passed?,
        })
    }

    /// Turns the ids the rules do not know into warnings: one per id, counting
    /// its occurrences, and past [`IDS_SHOWN`] ids of one kind, one for the rest.
    fn group_unknown(&mut self) {
        let unknown = std::mem::take(&mut self.unknown);
        let tables = [Table::Product, Table::Kind, Table::Currency, Table::Exam];
        for table in tables
            .into_iter()
            .chain([Table::Association, Table::Status, Table::Metric])
        {
            let of_table: Vec<&Unknown> = unknown.iter().filter(|u| u.table == table).collect();
            for (k, u) in of_table.iter().enumerate().take(IDS_SHOWN + 1) {
                let rest = &of_table[k..];
                let folded = k == IDS_SHOWN && rest.len() > 1;
                let count = if folded {
                    rest.iter().map(|u| u.count).sum()
                } else {
                    u.count
                };
                let suggestion = if folded {
                    None
                } else {
                    crate::suggest::did_you_mean(u.id, self.catalog.ids(table).iter().copied())
                };
                let (known, more) = self.catalog.known(table);
                let code = match table {
                    Table::Product => "rubric::data::unknown-product",
                    Table::Kind => "rubric::data::unknown-kind",
                    Table::Currency => "rubric::data::unknown-currency",
                    Table::Exam => "rubric::data::unknown-exam",
                    Table::Association => "rubric::data::unknown-association",
                    Table::Status => "rubric::data::unknown-status",
                    Table::Metric => "rubric::data::unknown-metric",
                };
                let d = Diagnostic::warning(code, self.span(u.span.0, u.span.1))
                    .arg("id", u.id)
                    .arg("n", count)
                    .arg("others", if folded { rest.len() - 1 } else { 0 })
                    .arg(
                        "hint",
                        if suggestion.is_some() {
                            "suggest"
                        } else {
                            "none"
                        },
                    )
                    .arg("suggestion", suggestion.unwrap_or(""))
                    .arg("known", known)
                    .arg("more", more);
                self.diags.push(d);
            }
        }
    }
}

/// Where to point at an object: its `{`, or in YAML block style (where the
/// object starts with its first field) the first field name.
fn object_label(node: &Node, entries: &[Entry]) -> (usize, usize) {
    match entries.first() {
        Some(e) if e.key_start == node.start => (e.key_start, e.key_end),
        _ => (
            node.start,
            (node.start + 1).min(node.end.max(node.start + 1)),
        ),
    }
}
