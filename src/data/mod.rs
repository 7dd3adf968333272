//! Partner data (format v1): parsing JSON or YAML and checking it against the
//! catalogs of a compiled [`Program`].
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
//! - individual: `id` required (unique among individuals), `name` optional,
//!   `exams` defaults to empty.
//! - exam pass: `exam` and `passed` required.
//!
//! Fields this version does not know are **ignored**, so that newer producers
//! can add fields without breaking older readers; a field given twice in one
//! object is an error. YAML merge keys (`<<`) are not applied: `<<` is an
//! unknown field like any other.
//!
//! # Values
//!
//! - Amounts are decimal strings (`"60000.00"`) or numbers (`60000.00`), read
//!   **exactly** into a [`Decimal`], never through a float: JSON numbers come
//!   from serde_json as their text (`arbitrary_precision`), and YAML amounts as
//!   the scalar exactly as written, whether quoted or not. The grammar is the
//!   JSON number grammar (`-?digits(.digits)?(e±digits)?`, leading zeros allowed
//!   in strings); no `+`, spaces, `_` or thousands separators. The written scale
//!   is kept (`60000.10` stays `60000.10`). Negative amounts are errors; amounts
//!   a `Decimal` cannot hold exactly (96-bit mantissa, at most 28 decimals) are
//!   "out of range" errors rather than rounded.
//! - Dates are `YYYY-MM-DD` and must exist in the calendar.
//! - `country` is an ISO 3166-1 alpha-2 code. Lower case is accepted and
//!   upper-cased (`fr` → `FR`). A code is known if it is one of the 249
//!   officially assigned codes, or if a market of the rules lists it (so rules
//!   may use user-assigned codes such as `XK`).
//! - In YAML, textual fields take the scalar as written (`id: 0042` is
//!   `"0042"`); `dpor` must be a YAML boolean (`true`/`false`, not `yes`).
//!
//! # Problems
//!
//! Errors reject the partner ([`load`] returns every diagnostic, warnings
//! included, in file order); warnings ([`DataError::is_warning`]) come back in
//! [`Loaded::warnings`]. Ids the rules do not know are warnings: an unknown
//! product, revenue kind or exam is set aside (people hold other exams), and an
//! unknown currency is left for the evaluator to report as a currency mismatch.
//! A syntax error stops parsing, so it is reported alone. Every diagnostic
//! labels the offending value in the data file.
//!
//! # Positions
//!
//! Parsing records no positions, so clean data does not pay for them. For a
//! problem, the position comes, cheapest first, from: the string serde lent
//! from the text (pointer arithmetic, exact); the value after its field name
//! when the name was lent (a scan of a few bytes); or a walk of the document to
//! the problem's path (a byte scanner for JSON; for YAML a second serde_yaml_ng
//! pass that fails on purpose at the path, whose error carries libyaml's
//! mark). Walks are limited to 64 per file (each costs a pass over the text);
//! past that the start of the file is labelled, and where a path cannot be
//! followed, the nearest enclosing object. Objects are labelled by their `{`,
//! or in YAML block style by their first field name.
//!
//! # Limits
//!
//! - In YAML, a list or mapping given for a scalar field (`amount: [1]`) stops
//!   parsing: the problems found before it are reported, the ones after not.
//! - YAML flow collections (`[`, `{`) may nest at most 128 deep: libyaml slows
//!   down with depth, so deeper files are refused before parsing.
//! - Strings are [`SmallStr`]s: no allocation up to 24 bytes (`compact_str`).

mod catalog;
mod de;
mod diagnose;
mod error;
pub(crate) mod locate;
mod problem;
mod scalar;

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::DeserializeSeed;
use serde::Serialize;

pub use catalog::Catalog;
/// The string type of partner data: a typical partner has a hundred and more
/// short strings (ids, customers, names), and allocating each would cost about
/// as much as parsing it, so strings of up to 24 bytes are stored inline.
pub use compact_str::CompactString as SmallStr;
pub use error::DataError;

use crate::ir::{CurrencyIdx, ExamIdx, KindIdx, MarketIdx, ProductIdx, Program};
use crate::span::SourceFile;

/// The syntax of a partner file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// JSON (RFC 8259).
    Json,
    /// YAML 1.2, one document.
    Yaml,
}

impl Format {
    /// The format a file name's extension says: `.json`, or `.yaml` / `.yml` (any case).
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = path.rsplit_once('.')?.1;
        if ext.eq_ignore_ascii_case("json") {
            Some(Format::Json)
        } else if ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml") {
            Some(Format::Yaml)
        } else {
            None
        }
    }

    /// Guesses from the text (for stdin): JSON if the first non-blank character
    /// (after a byte-order mark) is `{`, else YAML.
    pub fn sniff(text: &str) -> Format {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim_start().starts_with('{') {
            Format::Json
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
        })
    }
}

/// A partner company, checked against a program's catalogs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Partner {
    /// The partner's identifier, as given.
    pub id: SmallStr,
    /// Display name, if given.
    pub name: Option<SmallStr>,
    /// ISO 3166-1 alpha-2 code, upper case.
    pub country: SmallStr,
    /// Evaluation date from the data, if given (the command line may override it).
    pub as_of: Option<NaiveDate>,
    /// The market of `country`: the market listing it, else the default market.
    pub market: MarketIdx,
    /// Revenue lines, in file order.
    pub revenue: Vec<RevenueLine>,
    /// Individuals, in file order, with unique ids.
    pub individuals: Vec<Individual>,
}

/// One line of revenue from a customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RevenueLine {
    /// The customer's identifier.
    pub customer: SmallStr,
    /// The product, or `None` if the rules do not declare `product_id`.
    pub product: Option<ProductIdx>,
    /// The product id as written.
    pub product_id: SmallStr,
    /// The revenue kind, or `None` if the rules do not declare `kind_id`.
    pub kind: Option<KindIdx>,
    /// The revenue kind id as written.
    pub kind_id: SmallStr,
    /// The exact amount, zero or more.
    pub amount: Decimal,
    /// The currency, or `None` if the rules do not declare `currency_id`.
    pub currency: Option<CurrencyIdx>,
    /// The currency id as written.
    pub currency_id: SmallStr,
    /// The day of the sale.
    pub date: NaiveDate,
    /// The partner is Digital Partner of Record for this customer (false when absent).
    pub dpor: bool,
}

/// A person at the partner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Individual {
    /// Identifier, unique within the partner.
    pub id: SmallStr,
    /// Display name, if given.
    pub name: Option<SmallStr>,
    /// Exams passed, in file order.
    pub exams: Vec<ExamPass>,
}

/// An exam an individual passed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExamPass {
    /// The exam, or `None` if the rules do not declare `exam_id`.
    pub exam: Option<ExamIdx>,
    /// The exam id as written.
    pub exam_id: SmallStr,
    /// The day it was passed.
    pub passed: NaiveDate,
}

/// A partner that loaded, with the warnings found on the way.
#[derive(Debug)]
pub struct Loaded {
    /// The partner.
    pub partner: Partner,
    /// Warnings (ids the rules do not know), in file order.
    pub warnings: Vec<DataError>,
}

/// How deep brackets may nest in YAML; serde's own limit is 128 levels.
const MAX_DEPTH: usize = 128;

/// Parses and validates partner data against the program's catalogs.
///
/// On error, returns every diagnostic found (warnings included), in file order.
pub fn load(
    file: &SourceFile,
    format: Format,
    program: &Program,
) -> Result<Loaded, Vec<DataError>> {
    load_with(&Catalog::new(program), file, format)
}

/// Like [`load`], with catalogs indexed once for many partners.
pub fn load_with(
    catalog: &Catalog,
    file: &SourceFile,
    format: Format,
) -> Result<Loaded, Vec<DataError>> {
    let text = file.text();
    let body_start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    if text[body_start..].trim().is_empty() {
        let span = miette::SourceSpan::new(0.into(), 0);
        return Err(vec![DataError::Empty {
            src: file.clone(),
            span,
        }]);
    }
    if format == Format::Yaml {
        if let Some(at) = locate::yaml::flow_too_deep(text, MAX_DEPTH) {
            return Err(vec![DataError::TooDeep {
                src: file.clone(),
                span: miette::SourceSpan::new(at.into(), 1),
                format,
            }]);
        }
    }
    let mut ctx = de::Ctx::new(catalog, text, format == Format::Yaml);
    let parsed = match format {
        Format::Json => {
            // Neither parser skips a byte-order mark; positions stay file-relative
            // because borrowed strings point into `text` itself.
            let mut json = serde_json::Deserializer::from_str(&text[body_start..]);
            de::PartnerSeed { ctx: &mut ctx }
                .deserialize(&mut json)
                .and_then(|p| json.end().map(|()| p))
                .map_err(|e| diagnose::json_syntax(file, body_start, &e))
        }
        Format::Yaml => {
            let yaml = serde_yaml_ng::Deserializer::from_str(&text[body_start..]);
            match (de::PartnerSeed { ctx: &mut ctx }).deserialize(yaml) {
                Ok(p) => Ok(p),
                Err(e) if ctx.fatal => {
                    place_fatal(&mut ctx, text, &e);
                    Ok(None)
                }
                Err(e) => Err(diagnose::yaml_syntax(file, &e)),
            }
        }
    };
    let partner = match parsed {
        Err(syntax) => return Err(vec![syntax]),
        Ok(p) => p,
    };
    match partner {
        Some(partner) if ctx.errors == 0 => Ok(Loaded {
            partner,
            warnings: diagnose::diagnose_all(ctx.issues, file, format, catalog),
        }),
        _ => Err(diagnose::diagnose_all(ctx.issues, file, format, catalog)),
    }
}

/// A YAML pass that stopped on a recorded problem (the last issue): place it
/// where serde_yaml_ng says the offending value starts.
fn place_fatal(ctx: &mut de::Ctx, text: &str, e: &serde_yaml_ng::Error) {
    if let (Some(last), Some(mark)) = (ctx.issues.last_mut(), e.location()) {
        let start = locate::yaml::offset(text, mark.line(), mark.column());
        last.at.value = Some(locate::yaml::token(text, start));
    }
}

/// Parses partner data from raw bytes, reporting bytes that are not UTF-8.
///
/// The format is `format` if given, else the extension of `name`, else sniffed
/// with [`Format::sniff`]. `name` is shown in diagnostics.
pub fn load_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    program: &Program,
) -> Result<Loaded, Vec<DataError>> {
    load_bytes_with(&Catalog::new(program), name, bytes, format)
}

/// Like [`load_bytes`], with catalogs indexed once for many partners.
pub fn load_bytes_with(
    catalog: &Catalog,
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
) -> Result<Loaded, Vec<DataError>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            // The lossy text equals the input up to the first bad byte, which
            // becomes one U+FFFD (3 bytes) there.
            let text = String::from_utf8_lossy(bytes).into_owned();
            return Err(vec![DataError::NotUtf8 {
                src: SourceFile::new(name, text),
                span: miette::SourceSpan::new(at.into(), '\u{fffd}'.len_utf8()),
                byte: bytes[at],
            }]);
        }
    };
    let format = format
        .or_else(|| Format::from_path(name))
        .unwrap_or_else(|| Format::sniff(text));
    load_with(catalog, &SourceFile::new(name, text), format)
}
