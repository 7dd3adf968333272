//! Partner data (format v2, a superset of v1): parsing JSON or YAML and checking it against the
//! catalogs of a compiled [`crate::ir::Program`].
//!
//! ```json
//! {"id": "contoso", "name": "Contoso Ltd", "country": "FR", "as_of": "2017-07-01",
//!  "revenue": [{"customer": "fabrikam", "product": "crm-online", "kind": "net-new",
//!    "amount": "60000.00", "currency": "USD", "date": "2017-03-02", "dpor": true}],
//!  "individuals": [{"id": "alice", "name": "Alice Martin",
//!    "exams": [{"exam": "MB2-714", "passed": "2016-05-01"}]}]}
//! ```
//!
//! # The format, field by field
//!
//! - partner: `id` and `country` required; `name`, `as_of` optional (null is
//!   absent); `revenue` and `individuals` default to empty (null too).
//! - revenue line: `customer`, `product`, `kind`, `amount`, `currency`, `date`
//!   required; `dpor` optional and **false when absent** (or null): a line
//!   counts toward a DPOR threshold only when the data says so.
//! - v2 (all optional, absent or null = none): partner `statuses`, each a
//!   status id or `{"status", "from"?, "until"?}` (`until` before `from` is an
//!   error); revenue line `kinds` (a list: with `kind`, the union; `kind` is
//!   required only without `kinds`, and a line with neither, or an empty
//!   `kinds`, is `missing-kind`) and `associations` (association type ids;
//!   `"dpor"` there means `"dpor": true`, and an explicit `"dpor": false`
//!   beside it is `contradictory-association`).
//! - individual: `id` required (unique among individuals), `name` optional,
//!   `exams`, `assessments` and `certifications` (v2) default to empty.
//! - exam pass: `exam` and `passed` required; assessment pass: `assessment`
//!   and `passed`; certification: `certification` and `earned`, `expires`
//!   optional (the last day it is held; before `earned` is an error). The
//!   three lists make one list of credentials ([`Partner::credentials_of`]:
//!   the partner's [`Partner::credentials`], person after person); an id
//!   listed under another kind than the rules declare counts as declared,
//!   with a `wrong-credential-kind` warning.
//! - partner: `format` (e.g. `2`) is accepted and ignored.
//!
//! Fields this version does not know are **ignored**, so that newer
//! producers can add fields without breaking older readers; but a field that
//! looks like a misspelt known one (`dpr`), and any unknown field of an
//! individual or a credential (`assesments`), is an `unknown-field` warning
//! (one per object kind and name, with the field it likely means), so that a
//! misspelt list never silently reads as empty. A field given twice in one
//! object is an error. YAML merge keys (`<<`) are not applied: `<<` is an
//! unknown field like any other.
//!
//! # Values
//!
//! - Amounts are decimal strings (`"60000.00"`) or numbers (`60000.00`), read
//!   **exactly** into a [`Decimal`] from their text, never through a float
//!   (JSON numbers as serde_json's raw text; YAML amounts as the scalar written,
//!   quoted or not). The grammar is the JSON number grammar
//!   (`-?digits(.digits)?(e±digits)?`, leading zeros allowed in strings); no
//!   `+`, spaces, `_` or thousands separators. The written scale is kept
//!   (`60000.10` stays `60000.10`). A negative amount is an adjustment (a
//!   credit note, a refund) and counts as written;
//!   amounts a `Decimal` cannot hold exactly (96-bit mantissa, at most 28
//!   decimals) are "out of range" errors rather than rounded.
//! - Dates are `YYYY-MM-DD` and must exist in the calendar.
//! - `country` is an ISO 3166-1 alpha-2 code. Lower case is accepted and
//!   upper-cased (`fr` → `FR`). A code is known if it is one of the 249
//!   officially assigned codes, or if a market of the rules lists it (so rules
//!   may use user-assigned codes such as `XK`).
//! - In YAML, textual fields take the scalar as written (`id: 0042` is
//!   `"0042"`); `~`, `null` and an empty value are null; `dpor` must be a YAML
//!   boolean (`true`/`false`, not `yes`). Tags are ignored; aliases are not
//!   expanded (an alias where a value is expected is an error).
//!
//! # Problems
//!
//! Errors reject the partner ([`load`] returns every diagnostic, warnings
//! included, in file order); warnings come back in [`Loaded::warnings`]. Ids
//! the rules do not know are warnings: an unknown product, revenue kind, exam,
//! association type or status is set aside (people hold other exams), and an unknown currency is left for
//! the evaluator to report as a currency mismatch. Warnings of one kind about
//! one id are grouped into one diagnostic that counts them, labelled at the
//! first; past a few ids of one kind, the others share one diagnostic. A syntax
//! error stops parsing, so it is reported alone. Every diagnostic labels the
//! offending value (a key, a scalar, or the first character of an object).
//!
//! # How
//!
//! Two paths, one meaning. The fast path (JSON only) deserializes with derived
//! serde impls into borrowed structs, as hand-written Rust would, resolves the
//! ids against the [`Catalog`] as it reads them and builds the [`Partner`]; it
//! gives up at the first thing it would have to report (an id the rules do
//! not know, at once), or anything it does not read exactly as the slow path
//! would (an escaped string, a list given for an object). The slow path
//! parses into a tree with byte spans (JSON read value by value with `jiter`,
//! as strictly as RFC 8259 asks; `saphyr-parser` events for YAML) and one
//! validator walks it, collecting every problem. The slow path is the
//! reference: whatever the fast path accepts, the slow path reads the same.
//!
//! # Limits
//!
//! - Nesting deeper than 128 levels in YAML, or 206 in JSON read by the slow
//!   path (the format's levels, then jiter's limit of 200), is refused
//!   (`too-deep`).
//! - A leading byte-order mark is skipped; positions stay file-relative.

mod catalog;
mod check;
pub mod csv;
mod fast;
mod tree;

use std::fmt;
use std::ops::Range;

use serde::Serialize;

pub use crate::partner::{
    ExamPass, Individual, LineV2, Partner, RevenueLine, SmallStr, StatusHeld, UsageRecord,
};
pub use catalog::Catalog;

use crate::diag::Diagnostic;
use crate::span::{FileId, Span};

/// The syntax of a partner file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Format {
    /// JSON (RFC 8259).
    Json,
    /// YAML 1.2, one document.
    Yaml,
    /// A CSV export (RFC 4180, with a header): see [`csv`].
    Csv,
}

impl Format {
    /// The format a file name's extension says: `.json`, or `.yaml` / `.yml` (any case).
    pub fn from_path(path: &str) -> Option<Format> {
        match path.rsplit_once('.')?.1.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "yaml" | "yml" => Some(Format::Yaml),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }

    /// Guesses from the text (for stdin): JSON if the first non-blank character
    /// (after a byte-order mark) is `{`, CSV if the first line is a header
    /// naming the `record` and `partner_id` columns, else YAML.
    pub fn sniff(text: &str) -> Format {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let header = text.lines().next().unwrap_or_default();
        let column = |n| header.split(',').any(|c| c.trim().trim_matches('"') == n);
        if text.trim_start().starts_with('{') {
            Format::Json
        } else if column("record") && column("partner_id") {
            Format::Csv
        } else {
            Format::Yaml
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Format::Json => "JSON",
            Format::Yaml => "YAML",
            Format::Csv => "CSV",
        })
    }
}

/// Pairs (first, again) of usage records of a `latest` metric with the same
/// customer, product, metric, date and `paid`: `duplicate-snapshot`.
fn snapshots<'u>(
    program: &'u crate::ir::Program,
    usage: &'u [UsageRecord],
) -> impl Iterator<Item = (usize, usize)> + 'u {
    let mut seen = rustc_hash::FxHashMap::default();
    let metric = |u: &UsageRecord| u.metric.and_then(|m| program.metrics.get(m.index()));
    let latest = move |u: &&UsageRecord| metric(u).is_some_and(|m| !m.summed);
    let records = usage.iter().enumerate().filter(move |(_, u)| latest(u));
    records.filter_map(move |(i, u)| {
        let (l, key) = (&u.line, (&*u.metric_id, u.paid));
        let first = seen.insert((&*l.customer, &*l.product_id, l.date, key), i);
        first.map(|first| (first, i))
    })
}

/// A partner that loaded, with the warnings found on the way.
#[derive(Debug)]
#[non_exhaustive]
pub struct Loaded {
    /// The partner.
    pub partner: Partner,
    /// Warnings (ids the rules do not know), grouped, in file order.
    pub warnings: Vec<Diagnostic>,
}

/// Parses and validates partner data against the program's catalogs.
///
/// `file` is the id of `text` in the caller's [`crate::span::Sources`]: every
/// diagnostic points into it. On error, returns every diagnostic found
/// (warnings included), in file order.
pub fn load(
    catalog: &Catalog,
    text: &str,
    file: FileId,
    format: Format,
) -> Result<Loaded, Vec<Diagnostic>> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if body.bytes().all(|b| b.is_ascii_whitespace()) {
        let empty = Diagnostic::error("rubric::data::empty", Span::new(file, 0, 0));
        return Err(vec![empty]);
    }
    if format == Format::Json {
        if let Some(partner) = fast::json(catalog, body) {
            let warnings = Vec::new();
            return Ok(Loaded { partner, warnings });
        }
    }
    let root = parse(text, format, file)?;
    check::check(catalog, &root, file)
}

/// The spanned tree of a partner file (a leading byte-order mark skipped).
fn parse(text: &str, format: Format, file: FileId) -> Result<tree::Node<'_>, Vec<Diagnostic>> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let base = text.len() - body.len();
    match format {
        Format::Json => tree::json(body, base),
        Format::Yaml => tree::yaml(body, base),
        Format::Csv => return csv::tree(body, base, file),
    }
    .map_err(|e| vec![e.diagnostic(file, format)])
}

/// Where the revenue lines of a partner file are, for diagnostics found after
/// loading, such as [`crate::eval::Outcome::errors`]: the fast path keeps no
/// positions, so the file is parsed again into its spanned tree, once for
/// all the diagnostics to place.
pub struct Positions<'t>(Option<tree::Node<'t>>);

impl<'t> Positions<'t> {
    /// The positions in `text`, a partner file in `format` (none if it does not parse).
    pub fn new(text: &'t str, format: Format) -> Positions<'t> {
        Positions(parse(text, format, FileId(0)).ok())
    }

    /// Where `field` of revenue line `line` is (else the line's first character).
    pub fn line_span(&self, line: usize, field: &str) -> Option<Range<usize>> {
        let line = self.0.as_ref()?.at("revenue")?.at(&line.to_string())?;
        let n = line.at(field).unwrap_or(line);
        Some(n.start..n.end.max(n.start + 1))
    }
}

/// Like [`load`], from raw bytes: bytes that are not UTF-8 are an error
/// located at the first bad byte. Put [`text_of`]`(bytes)` in the caller's
/// `Sources` as `file`, so that the diagnostic can be shown.
///
/// The format is `format` if given, else the extension of `name`, else sniffed
/// with [`Format::sniff`].
pub fn load_bytes(
    catalog: &Catalog,
    bytes: &[u8],
    file: FileId,
    name: &str,
    format: Option<Format>,
) -> Result<Loaded, Vec<Diagnostic>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            // The lossy text equals the input up to the first bad byte, which
            // becomes one U+FFFD (3 bytes) there.
            let span = Span::new(file, at, at + '\u{fffd}'.len_utf8());
            return Err(vec![Diagnostic::error("rubric::data::not-utf8", span)
                .arg("byte", format!("0x{:02x}", bytes[at]))]);
        }
    };
    let format = format.or_else(|| Format::from_path(name));
    let format = format.unwrap_or_else(|| Format::sniff(text));
    load(catalog, text, file, format)
}

/// The text of a partner file to show in diagnostics: the bytes, with any
/// that are not UTF-8 replaced by `�`.
pub fn text_of(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    // Checked as UTF-8 first: on a large file that is many times faster than decoding lossily.
    std::str::from_utf8(bytes).map_or_else(|_| String::from_utf8_lossy(bytes), Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path's first capacities for a partner's people and
    /// credentials: as many as fit in a block of 1,032 bytes, the largest
    /// that glibc serves from its per-thread cache of freed blocks.
    #[test]
    fn first_capacities_fill_the_allocators_cache() {
        let program = crate::compile(&crate::builtin_sources()).program.unwrap();
        let catalog = Catalog::new(&program);
        let text = r#"{"id": "p", "country": "FR", "individuals": [
            {"id": "a", "exams": [{"exam": "70-347", "passed": "2016-01-10"}]}]}"#;
        let p = fast::json(&catalog, text).expect("the fast path");
        let fills = |capacity: usize, size: usize| {
            capacity * size <= 1_032 && (capacity + 1) * size > 1_032
        };
        let size = (size_of::<Individual>(), size_of::<ExamPass>());
        assert!(fills(p.individuals.capacity(), size.0));
        assert!(fills(p.credentials.capacity(), size.1));
    }

    /// The fast path and the slow path read clean data the same way.
    #[test]
    fn both_paths_read_the_same_partner() {
        let program = crate::compile(&crate::builtin_sources()).program.unwrap();
        let catalog = Catalog::new(&program);
        let line = |amount: &str, extra: &str| {
            format!(
                r#"{{"customer": "c\u00e9", "product": "crm-online", "kind": "net-new", "amount": {amount}, "currency": "USD", "date": "2017-03-02"{extra}}}"#
            )
        };
        let lines = [
            line("\"60000.10\"", ", \"dpor\": true"),
            line("60000.10", ", \"dpor\": null"),
            line("6e4", ""),
            line("\"0.000\"", ""),
        ];
        let partner = format!(
            r#"{{"id": "p", "name": null, "country": "in", "as_of": "2017-07-01", "revenue": [{}],
               "individuals": [{{"id": "a", "exams": [{{"exam": "MB2-714", "passed": "2016-05-01"}}]}},
                               {{"id": "b", "name": "B\"", "exams": null}}]}}"#,
            lines.join(",")
        );
        let fast = fast::json(&catalog, &partner).expect("clean data takes the fast path");
        let root = tree::json(&partner, 0).unwrap();
        let slow = check::check(&catalog, &root, FileId(0)).unwrap();
        assert!(slow.warnings.is_empty());
        assert_eq!(fast, slow.partner);
        for typical in (0..50).map(crate::data::tests::generated) {
            let fast = fast::json(&catalog, &typical);
            let root = tree::json(&typical, 0).unwrap();
            let slow = check::check(&catalog, &root, FileId(0)).unwrap();
            assert_eq!(fast.as_ref(), Some(&slow.partner), "{typical}");
        }
    }

    /// v2 fields (kinds, associations, statuses) take the fast path when clean,
    /// and read as the slow path reads them.
    #[test]
    fn both_paths_read_v2_fields_the_same() {
        let mut sources = crate::builtin_sources();
        sources.add(
            "v2.rubric",
            // `gross-license` and `tpor` are in the shipped catalog.
            "status adr \"ADR\"\n",
        );
        let program = crate::compile(&sources).program.unwrap();
        let catalog = Catalog::new(&program);
        let partner = r#"{"id": "p", "country": "FR", "statuses": ["adr", {"status": "adr", "from": "2016-01-01", "until": null}],
            "revenue": [
              {"customer": "a", "product": "crm-online", "kinds": ["gross-license", "net-new"], "amount": "1", "currency": "USD", "date": "2017-03-02", "associations": ["tpor", "dpor"]},
              {"customer": "b", "product": "crm-online", "kind": "net-new", "kinds": null, "amount": "2", "currency": "USD", "date": "2017-03-02", "dpor": true, "associations": null},
              {"customer": "c", "product": "crm-online", "kind": "net-new", "amount": "3", "currency": "USD", "date": "2017-03-02", "dpor": null, "associations": ["dpor"]}
            ]}"#;
        let fast = fast::json(&catalog, partner).expect("clean v2 data takes the fast path");
        let root = tree::json(partner, 0).unwrap();
        let slow = check::check(&catalog, &root, FileId(0)).unwrap();
        assert!(slow.warnings.is_empty());
        assert_eq!(fast, slow.partner);
        let l = &fast.revenue;
        let v2 = l[0].v2.as_ref().unwrap();
        assert_eq!(
            (l[0].kind_id.as_str(), v2.kinds.len()),
            ("gross-license", 1)
        );
        assert!(l[0].dpor && v2.associations.len() == 1);
        assert!(l[1].v2.is_none() && l[2].v2.is_none());
        assert!(l[1].dpor && l[2].dpor);
        assert_eq!(fast.statuses.len(), 2);
    }

    /// Consumption lines and usage records take the fast path when clean,
    /// and read as the slow path reads them; a duplicate snapshot does not.
    #[test]
    fn both_paths_read_consumption_and_usage_the_same() {
        let mut sources = crate::builtin_sources();
        sources.add(
            "v2.rubric",
            "association partner-x \"X\"\nproduct cloud \"Cloud\"\nmetric users \"users\" latest\nmetric shipped \"shipped\" summed\n",
        );
        let program = crate::compile(&sources).program.unwrap();
        let catalog = Catalog::new(&program);
        let partner = |extra: &str| {
            format!(
                r#"{{"id": "p", "country": "FR",
            "consumption": [
              {{"customer": "a", "product": "cloud", "amount": "12.50", "currency": "USD", "date": "2017-03-02", "associations": ["partner-x", "dpor"]}},
              {{"customer": "b", "product": "cloud", "amount": 3, "currency": "USD", "date": "2017-03-02"}}
            ],
            "usage": [
              {{"customer": "a", "product": "cloud", "metric": "users", "quantity": 40, "date": "2017-06-30", "paid": true, "associations": ["partner-x"]}},
              {{"customer": "a", "product": "cloud", "metric": "users", "quantity": 4, "date": "2017-06-30", "paid": false}},
              {{"customer": "a", "product": "cloud", "metric": "shipped", "quantity": 1, "date": "2017-06-30", "paid": true}},
              {{"customer": "a", "product": "cloud", "metric": "shipped", "quantity": 1, "date": "2017-06-30", "paid": true}}{extra}
            ]}}"#
            )
        };
        let clean = partner("");
        let fast = fast::json(&catalog, &clean).expect("clean v2 data takes the fast path");
        let slow = check::check(&catalog, &tree::json(&clean, 0).unwrap(), FileId(0)).unwrap();
        assert!(slow.warnings.is_empty(), "{:?}", slow.warnings);
        assert_eq!(fast, slow.partner);
        assert_eq!(fast.consumption.len(), 2);
        assert!(fast.consumption[0].dpor && fast.consumption[0].kind.is_none());
        let u = &fast.usage[0];
        assert_eq!(
            (u.quantity, u.paid, u.line.customer.as_str()),
            (40, true, "a")
        );
        let x = (program.associations.iter()).position(|a| a.id == "partner-x");
        let x = crate::ir::AssociationIdx(x.unwrap() as u32);
        assert!(u.line.associated(&[x]) && !fast.usage[1].paid);
        // The same snapshot of a latest metric twice: the slow path says so.
        let twice = partner(
            r#", {"customer": "a", "product": "cloud", "metric": "users", "quantity": 40, "date": "2017-06-30", "paid": true, "associations": ["partner-x"]}"#,
        );
        assert!(fast::json(&catalog, &twice).is_none());
        let slow = check::check(&catalog, &tree::json(&twice, 0).unwrap(), FileId(0)).unwrap();
        assert_eq!(slow.warnings.len(), 1);
    }

    /// Person credentials (v2) take the fast path when clean; an unknown
    /// field or a credential under another kind sends the partner to the slow
    /// path, which warns.
    #[test]
    fn both_paths_read_person_credentials_the_same() {
        let program = crate::compile(&crate::builtin_sources()).program.unwrap();
        let catalog = Catalog::new(&program);
        let person = |creds: &str| {
            format!(r#"{{"id": "p", "country": "FR", "individuals": [{{"id": "a", {creds}}}]}}"#)
        };
        let clean = person(
            r#""exams": [{"exam": "70-347", "passed": "2016-01-10"}],
            "assessments": [{"assessment": "ta-cloud-platform", "passed": "2016-02-10"}],
            "certifications": [{"certification": "MCSE-Productivity", "earned": "2016-03-10", "expires": "2019-03-10"},
                               {"certification": "MCSD-App-Builder", "earned": "2016-03-10", "expires": null}]"#,
        );
        let fast = fast::json(&catalog, &clean).expect("clean credentials take the fast path");
        let slow = check::check(&catalog, &tree::json(&clean, 0).unwrap(), FileId(0)).unwrap();
        assert!(slow.warnings.is_empty());
        assert_eq!(fast, slow.partner);
        assert_eq!(fast.credentials_of(&fast.individuals[0]).len(), 4);
        // Lists written in another order are read in the order of the kinds
        // (the fast path leaves them to the slow one), person after person.
        let (cert, exam) = (
            r#""certifications": [{"certification": "MCSD-App-Builder", "earned": "2016-03-10"}]"#,
            r#""exams": [{"exam": "70-347", "passed": "2016-01-10"}]"#,
        );
        let b = r#"{"id": "b", "exams": [{"exam": "70-347", "passed": "2016-01-11"}]}"#;
        let people =
            |a: &str| format!(r#"{{"id": "p", "country": "FR", "individuals": [{a}, {b}]}}"#);
        let two = people(&format!(r#"{{"id": "a", {cert}, {exam}}}"#));
        assert_eq!(fast::json(&catalog, &two), None);
        let slow = check::check(&catalog, &tree::json(&two, 0).unwrap(), FileId(0)).unwrap();
        fn ids(p: &Partner, i: usize) -> Vec<&str> {
            let creds = p.credentials_of(&p.individuals[i]).iter();
            creds.map(|c| c.exam_id.as_str()).collect()
        }
        assert_eq!(ids(&slow.partner, 0), ["70-347", "MCSD-App-Builder"]);
        assert_eq!(ids(&slow.partner, 1), ["70-347"]);
        let in_order = people(&format!(r#"{{"id": "a", {exam}, {cert}}}"#));
        assert_eq!(fast::json(&catalog, &in_order), Some(slow.partner));
        // `"format": 2` is accepted without a word (by the validating path).
        let v2 = clean.replacen("{", r#"{"format": 2, "#, 1);
        let slow = check::check(&catalog, &tree::json(&v2, 0).unwrap(), FileId(0)).unwrap();
        assert!(slow.warnings.is_empty() && slow.partner == fast);
        for refused in [
            r#""exams": [{"exam": "MCSE-Productivity", "passed": "2016-01-10"}]"#,
            r#""exams": [{"exam": "70-347", "passed": "2016-01-10", "earned": null}]"#,
            r#""certifications": [{"certification": "MCSE-Productivity", "earned": "2016-03-10", "expires": "2016-03-09"}]"#,
            r#""assesments": []"#,
            r#""exams": [], "note": null"#,
            r#""exams": [["70-347", "2016-01-10"]]"#,
            r#""exams": [{"exam": "70-347", "passed": "2016-01-10", "exam": "70-347"}]"#,
            r#""exams": [{"exam": null, "passed": "2016-01-10"}]"#,
            r#""certifications": [{"certification": "MCSE-Productivity", "earned": null}]"#,
        ] {
            assert_eq!(fast::json(&catalog, &person(refused)), None, "{refused}");
            let slow = check::check(
                &catalog,
                &tree::json(&person(refused), 0).unwrap(),
                FileId(0),
            );
            let diags = slow.map_or_else(|e| e, |l| l.warnings);
            assert_eq!(diags.len(), 1, "{refused}");
        }
    }

    /// A partner like the benchmark's, with the ids of the built-in rules.
    fn generated(seed: u64) -> String {
        let exams = ["MB2-714", "MB2-713", "MB2-709", "MB2-712"];
        let lines: Vec<String> = (0..seed % 5)
            .map(|i| {
                format!(
                    r#"{{"customer":"c{i}","product":"d365-plan1","kind":"net-new","amount":"{seed}.{i}","currency":"USD","date":"2017-0{}-1{i}","dpor":{}}}"#,
                    1 + i,
                    i % 2 == 0
                )
            })
            .collect();
        let people: Vec<String> = (0..seed % 7)
            .map(|i| {
                format!(
                    r#"{{"id":"p{i}","name":"P {i}","exams":[{{"exam":"{}","passed":"2016-0{}-01"}}]}}"#,
                    exams[(i as usize) % 4],
                    1 + i
                )
            })
            .collect();
        format!(
            r#"{{"id":"x{seed}","country":"FR","revenue":[{}],"individuals":[{}]}}"#,
            lines.join(","),
            people.join(",")
        )
    }
}
