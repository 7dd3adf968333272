//! CSV exports, read into the spanned tree the JSON and YAML readers build,
//! so that the one validator checks them and each diagnostic points at a cell.
//!
//! The layout: a header, then one row per record. The `record` column (or
//! `type`) says what a row is ([`RECORDS`]), `partner_id` joins the rows of a
//! partner, and the other columns are the fields of the JSON format, named as
//! there (an empty cell is an absent field; `kinds` and `associations` list
//! ids separated by `;`). A person is the `individual` column: made by an
//! `individual` row or by their first credential row, whose `name` names them.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::tree::{Entry, Node, Value};
use crate::diag::Diagnostic;
use crate::span::{FileId, Span};

/// The values of the `record` column, and the list of the JSON format each
/// row goes in (`""`: the partner's or the person's own fields).
#[rustfmt::skip]
pub const RECORDS: [(&str, &str); 9] = [("partner", ""), ("revenue", "revenue"),
    ("consumption", "consumption"), ("usage", "usage"), ("status", "statuses"),
    ("individual", ""), ("exam", "exams"), ("assessment", "assessments"),
    ("certification", "certifications")];

/// A byte range of the file.
type At = (usize, usize);
/// A person: their fields, their three lists of credentials, their first row.
type Person = (Vec<Entry<'static>>, [Vec<Node<'static>>; 3], At);

fn entry(key: &str, at: At, value: Node<'static>) -> Entry<'static> {
    Entry::new(Cow::Owned(key.to_owned()), at, value)
}

/// A node at `at`.
fn node((start, end): At, value: Value<'static>) -> Node<'static> {
    Node::new(start, end, value)
}

/// A cell's text, as a plain YAML scalar is read (`true` is a boolean).
fn text(at: At, text: &str) -> Node<'static> {
    let text = Cow::Owned(text.trim().to_owned());
    node(at, Value::Text { text, plain: true })
}

/// The tree (its strings owned) of a CSV export of one partner (`text` starts
/// `base` bytes into the file, after a byte-order mark).
pub(crate) fn tree(text: &str, base: usize, file: FileId) -> Result<Node<'_>, Vec<Diagnostic>> {
    let span = |(s, e): At| Span::new(file, s, e);
    let header = cells(text, base, 0);
    let key_at = |i: usize| header.get(i).copied().unwrap_or((base, base));
    let mut builder = csv::ReaderBuilder::new();
    let mut reader = builder.flexible(true).from_reader(text.as_bytes());
    let head = reader.headers().cloned().unwrap_or_default();
    let names: Vec<&str> = head.iter().map(str::trim).collect();
    let col = |n: &str| names.iter().position(|c| *c == n);
    let (Some(rc), Some(pc)) = (col("record"), col("partner_id")) else {
        let column = ["partner_id", "record"][usize::from(col("record").is_none())];
        let at = (key_at(0).0, header.last().map_or(base, |c| c.1));
        let d = Diagnostic::error("rubric::data::csv-column", span(at)).arg("column", column);
        return Err(vec![d]);
    };
    let ic = col("individual");
    let joining = [Some(rc), Some(pc), ic];
    let (mut errors, mut partner, mut people) = (Vec::new(), Vec::new(), Vec::<Person>::new());
    let (mut lists, mut by_id): ([Vec<Node>; 4], HashMap<String, usize>) = Default::default();
    let (mut id, mut rows, mut record) = (None::<String>, None::<At>, csv::StringRecord::new());
    while let Ok(true) = reader.read_record(&mut record) {
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let at = cells(text, base, start);
        let row = (base + start, at.last().map_or(base + start, |c| c.1));
        rows = Some((rows.map_or(row.0, |r| r.0), row.1));
        let cell = |i: usize| at.get(i).copied().unwrap_or(row);
        let get = |i: usize| record.get(i).unwrap_or("").trim();
        let (pid, kind) = (get(pc), get(rc));
        let k = RECORDS.iter().position(|r| r.0 == kind);
        let d = if record.len() != names.len() {
            let d = Diagnostic::error("rubric::data::csv-cells", span(row)).arg("n", record.len());
            d.arg("columns", names.len())
        } else if id.get_or_insert_with(|| pid.to_owned()) != pid {
            let d = Diagnostic::error("rubric::data::csv-partners", span(cell(pc))).arg("id", pid);
            d.arg("first", id.as_deref().unwrap_or(""))
                .arg("hint", "several")
        } else if k.is_none() {
            let hint = crate::suggest::did_you_mean(kind, RECORDS.iter().map(|r| r.0));
            let d = Diagnostic::error("rubric::data::csv-record", span(cell(rc))).arg("kind", kind);
            super::check::suggest(d, hint)
        } else {
            // The row's fields: its cells but the empty ones and those that join rows.
            let keep = |&i: &usize| !joining.contains(&Some(i)) && !record[i].trim().is_empty();
            let field =
                |i: usize, key: &str| entry(key, key_at(i), value(names[i], &record[i], cell(i)));
            let fields = (0..names.len()).filter(keep);
            let mut fields: Vec<Entry> = fields.map(|i| field(i, names[i])).collect();
            match k.unwrap_or(0) {
                0 => partner.extend([field(pc, "id")].into_iter().chain(fields)),
                k @ 1..5 => lists[k - 1].push(node(row, Value::Map(fields))),
                k => {
                    let person = ic.map_or("", |i| record[i].trim());
                    let n = *by_id.entry(person.to_owned()).or_insert_with(|| {
                        let ids = ic.filter(|_| !person.is_empty()).map(|i| field(i, "id"));
                        people.push((ids.into_iter().collect(), Default::default(), row));
                        people.len() - 1
                    });
                    let p = &mut people[n];
                    // A credential row's `name` names the person, if nothing did.
                    let name = fields.iter().position(|e| e.key == "name" && k > 5);
                    let named = p.0.iter().any(|f| f.key == "name");
                    p.0.extend(name.map(|j| fields.remove(j)).filter(|_| !named));
                    match k {
                        5 => p.0.append(&mut fields),
                        _ => p.1[k - 6].push(node(row, Value::Map(fields))),
                    }
                }
            }
            continue;
        };
        errors.push(d);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let Some(all) = rows else {
        let at = header.last().map_or(base, |c| c.1);
        let d = Diagnostic::error("rubric::data::csv-no-rows", span((at, at)));
        return Err(vec![d]);
    };
    // Lists are keyed at the `record` column, which names their rows.
    let list = |key: &str, items| entry(key, key_at(rc), node(all, Value::List(items)));
    let lists = (lists.into_iter().zip(&RECORDS[1..])).filter(|l| !l.0.is_empty());
    partner.extend(lists.map(|(items, r)| list(r.1, items)));
    let mut individuals = Vec::new();
    for (mut fields, creds, at) in people {
        let creds = (creds.into_iter().zip(&RECORDS[6..])).filter(|c| !c.0.is_empty());
        fields.extend(creds.map(|(items, r)| list(r.1, items)));
        individuals.push(node(at, Value::Map(fields)));
    }
    partner.extend((!individuals.is_empty()).then(|| list("individuals", individuals)));
    Ok(node(all, Value::Map(partner)))
}

/// A cell's value: its text, or for `kinds` and `associations` a list, each
/// item located exactly when the cell is unquoted (its text is then the cell's).
fn value(column: &str, cell: &str, at: At) -> Node<'static> {
    if !matches!(column, "kinds" | "associations") {
        return text(at, cell);
    }
    let exact = at.1 - at.0 == cell.len();
    let from = |s: &str| at.0 + (s.as_ptr() as usize - cell.as_ptr() as usize);
    let part = |s: &str| [at, (from(s), from(s) + s.len())][usize::from(exact)];
    let items = cell.split(';').map(str::trim).filter(|s| !s.is_empty());
    node(at, Value::List(items.map(|s| text(part(s), s)).collect()))
}

/// The byte ranges (shifted by `base`) of the cells of the row starting at
/// `i`, quotes included, in the default dialect: `,` between cells, `"`
/// around a cell that holds one, doubled inside.
fn cells(body: &str, base: usize, mut i: usize) -> Vec<At> {
    let (b, mut out) = (body.as_bytes(), Vec::new());
    loop {
        let start = i;
        if b.get(i) == Some(&b'"') {
            i += 1;
            while i < b.len() && !(b[i] == b'"' && b.get(i + 1) != Some(&b'"')) {
                i += if b[i] == b'"' { 2 } else { 1 };
            }
            i += 1;
        }
        while i < b.len() && !matches!(b[i], b',' | b'\n' | b'\r') {
            i += 1;
        }
        out.push((base + start, base + i.min(b.len())));
        if b.get(i) != Some(&b',') {
            return out;
        }
        i += 1;
    }
}
