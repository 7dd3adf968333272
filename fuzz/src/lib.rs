//! Shared pieces of rubric's fuzz targets: partner documents written as JSON
//! and YAML, and the loader check every loader target runs.

use std::sync::OnceLock;

use rubric::data::{self, Catalog, Format, Partner};
use rubric::diag::{self, RenderOptions};
use rubric::i18n::Lang;
use rubric::{Program, Sources};

/// The shipped competencies, compiled once per process.
pub fn builtin_program() -> &'static Program {
    static PROGRAM: OnceLock<Program> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        rubric::compile(&rubric::builtin_sources())
            .program
            .expect("the shipped competencies compile")
    })
}

/// A partner document as text fields, written as JSON or YAML by [`Doc::json`]
/// and [`Doc::yaml`]. Values are kept as written so that odd ones reach the loader.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub id: String,
    pub name: Option<String>,
    pub country: String,
    pub as_of: Option<String>,
    pub revenue: Vec<Line>,
    pub individuals: Vec<Person>,
    /// An unknown field holding lists nested this deep.
    pub nest: usize,
}

/// One revenue line.
#[derive(Clone, Debug, Default)]
pub struct Line {
    pub customer: String,
    pub product: String,
    pub kind: String,
    pub amount: Amount,
    pub currency: String,
    pub date: String,
    pub dpor: Option<bool>,
}

/// An amount: a string, or a bare number token written as is.
#[derive(Clone, Debug)]
pub enum Amount {
    Str(String),
    Num(String),
}

impl Default for Amount {
    fn default() -> Self {
        Amount::Str("0".into())
    }
}

/// One individual.
#[derive(Clone, Debug, Default)]
pub struct Person {
    pub id: String,
    pub name: Option<String>,
    /// (exam id, date passed)
    pub exams: Vec<(String, String)>,
}

/// A JSON string literal.
fn jq(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A YAML double-quoted scalar: printable ASCII as is, everything else escaped
/// (YAML folds raw line breaks and forbids some characters in quotes).
pub fn yq(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

impl Doc {
    /// The document as JSON, one line per revenue line and per person.
    pub fn json(&self) -> String {
        let mut s = String::new();
        s.push_str(&format!("{{\"id\": {}", jq(&self.id)));
        if let Some(n) = &self.name {
            s.push_str(&format!(", \"name\": {}", jq(n)));
        }
        s.push_str(&format!(", \"country\": {}", jq(&self.country)));
        if let Some(d) = &self.as_of {
            s.push_str(&format!(", \"as_of\": {}", jq(d)));
        }
        if self.nest > 0 {
            s.push_str(", \"x-nested\": ");
            s.push_str(&"[".repeat(self.nest));
            s.push_str(&"]".repeat(self.nest));
        }
        s.push_str(",\n\"revenue\": [");
        for (i, l) in self.revenue.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            let amount = match &l.amount {
                Amount::Str(a) => jq(a),
                Amount::Num(a) => a.clone(),
            };
            s.push_str(&format!(
                "\n  {{\"customer\": {}, \"product\": {}, \"kind\": {}, \"amount\": {}, \"currency\": {}, \"date\": {}",
                jq(&l.customer),
                jq(&l.product),
                jq(&l.kind),
                amount,
                jq(&l.currency),
                jq(&l.date)
            ));
            if let Some(b) = l.dpor {
                s.push_str(&format!(", \"dpor\": {b}"));
            }
            s.push('}');
        }
        s.push_str("],\n\"individuals\": [");
        for (i, p) in self.individuals.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            s.push_str(&format!("\n  {{\"id\": {}", jq(&p.id)));
            if let Some(n) = &p.name {
                s.push_str(&format!(", \"name\": {}", jq(n)));
            }
            s.push_str(", \"exams\": [");
            for (j, (e, d)) in p.exams.iter().enumerate() {
                if j > 0 {
                    s.push_str(", ");
                }
                s.push_str(&format!("{{\"exam\": {}, \"passed\": {}}}", jq(e), jq(d)));
            }
            s.push_str("]}");
        }
        s.push_str("]}\n");
        s
    }

    /// The document as YAML: block mappings and sequences, flow mappings for lines.
    pub fn yaml(&self) -> String {
        let mut s = String::new();
        s.push_str(&format!("id: {}\n", yq(&self.id)));
        if let Some(n) = &self.name {
            s.push_str(&format!("name: {}\n", yq(n)));
        }
        s.push_str(&format!("country: {}\n", yq(&self.country)));
        if let Some(d) = &self.as_of {
            s.push_str(&format!("as_of: {}\n", yq(d)));
        }
        if self.nest > 0 {
            s.push_str("x-nested: ");
            s.push_str(&"[".repeat(self.nest));
            s.push_str(&"]".repeat(self.nest));
            s.push('\n');
        }
        s.push_str("revenue:");
        if self.revenue.is_empty() {
            s.push_str(" []");
        }
        s.push('\n');
        for l in &self.revenue {
            let amount = match &l.amount {
                Amount::Str(a) => yq(a),
                Amount::Num(a) => a.clone(),
            };
            s.push_str(&format!(
                "  - {{customer: {}, product: {}, kind: {}, amount: {}, currency: {}, date: {}",
                yq(&l.customer),
                yq(&l.product),
                yq(&l.kind),
                amount,
                yq(&l.currency),
                yq(&l.date)
            ));
            if let Some(b) = l.dpor {
                s.push_str(&format!(", dpor: {b}"));
            }
            s.push_str("}\n");
        }
        s.push_str("individuals:");
        if self.individuals.is_empty() {
            s.push_str(" []");
        }
        s.push('\n');
        for p in &self.individuals {
            s.push_str(&format!("  - id: {}\n", yq(&p.id)));
            if let Some(n) = &p.name {
                s.push_str(&format!("    name: {}\n", yq(n)));
            }
            s.push_str("    exams:");
            if p.exams.is_empty() {
                s.push_str(" []");
            }
            s.push('\n');
            for (e, d) in &p.exams {
                s.push_str(&format!("      - {{exam: {}, passed: {}}}\n", yq(e), yq(d)));
            }
        }
        s
    }

    /// The document a loaded partner was read from, up to formatting.
    pub fn of_partner(p: &Partner) -> Doc {
        Doc {
            id: p.id.to_string(),
            name: p.name.as_ref().map(|n| n.to_string()),
            country: p.country.to_string(),
            as_of: p.as_of.map(|d| d.to_string()),
            revenue: p
                .revenue
                .iter()
                .map(|l| Line {
                    customer: l.customer.to_string(),
                    product: l.product_id.to_string(),
                    kind: l.kind_id.to_string(),
                    amount: Amount::Str(l.amount.to_string()),
                    currency: l.currency_id.to_string(),
                    date: l.date.to_string(),
                    dpor: Some(l.dpor),
                })
                .collect(),
            individuals: p
                .individuals
                .iter()
                .map(|i| Person {
                    id: i.id.to_string(),
                    name: i.name.as_ref().map(|n| n.to_string()),
                    exams: (p.credentials_of(i).iter())
                        .map(|e| (e.exam_id.to_string(), e.passed.to_string()))
                        .collect(),
                })
                .collect(),
            nest: 0,
        }
    }
}

/// Loads `text` as `format` against `catalog`, in a fresh `Sources`.
pub fn load_text(
    catalog: &Catalog,
    text: &str,
    format: Format,
) -> (Sources, Result<data::Loaded, Vec<rubric::Diagnostic>>) {
    let mut sources = Sources::new();
    let name = match format {
        Format::Json => "partner.json",
        Format::Yaml => "partner.yaml",
        _ => "partner",
    };
    let file = sources.add(name, text.to_string());
    let r = data::load_bytes(catalog, text.as_bytes(), file, name, Some(format));
    (sources, r)
}

/// Output allowed per byte of input, and on top of it, for one language's
/// rendering of a loader's diagnostics (text and JSON together).
pub const OUTPUT_PER_INPUT_BYTE: usize = 64;
pub const OUTPUT_CONSTANT: usize = 256 * 1024;

/// The loader check: `bytes` through `load_bytes` against the shipped
/// program must not panic; every diagnostic renders (en, fr; text and JSON)
/// within the output bound; a partner that loads, written back as JSON and as
/// YAML, loads to the same partner.
pub fn check_load(bytes: &[u8], format: Format) {
    let program = builtin_program();
    let catalog = Catalog::new(program);
    let name = match format {
        Format::Json => "fuzz.json",
        _ => "fuzz.yaml",
    };
    let mut sources = Sources::new();
    let file = sources.add(name, data::text_of(bytes).into_owned());
    let result = data::load_bytes(&catalog, bytes, file, name, Some(format));
    let diagnostics = match &result {
        Ok(l) => l.warnings.clone(),
        Err(d) => {
            assert!(
                diag::has_errors(d),
                "a partner is rejected only with an error"
            );
            d.clone()
        }
    };
    let bound = OUTPUT_PER_INPUT_BYTE * bytes.len() + OUTPUT_CONSTANT;
    for lang in Lang::ALL {
        let text = diag::render_all(&diagnostics, &sources, RenderOptions::plain(lang));
        let json: usize = diagnostics
            .iter()
            .map(|d| serde_json::to_string(&diag::to_json(d, &sources, lang)).unwrap().len())
            .sum();
        assert!(
            text.len() + json <= bound,
            "{} diagnostics of {} bytes input render as {} bytes of text and {} of JSON ({lang:?}), over the bound {bound}",
            diagnostics.len(),
            bytes.len(),
            text.len(),
            json
        );
    }
    if let Ok(loaded) = result {
        round_trip(&catalog, &loaded.partner);
    }
}

/// A loaded partner, written as JSON and as YAML, loads to the same partner.
pub fn round_trip(catalog: &Catalog, partner: &Partner) {
    let doc = Doc::of_partner(partner);
    for (format, text) in [(Format::Json, doc.json()), (Format::Yaml, doc.yaml())] {
        let (_, r) = load_text(catalog, &text, format);
        match r {
            Ok(again) => assert_eq!(
                &again.partner, partner,
                "the partner written as {format} loads differently:\n{text}"
            ),
            Err(d) => panic!("the partner written as {format} does not load: {d:#?}\n{text}"),
        }
    }
}
