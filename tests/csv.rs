//! CSV exports: one row per record, joined by `partner_id`. The example
//! partners written as CSV evaluate as their JSON does; every data diagnostic
//! points at its cell; rows out of place, an empty file, a header alone and
//! missing columns are located errors.

mod common;

use std::path::Path;

use common::{rules, run, stderr, stdout};
use rubric::data::{self, Catalog, Format};
use rubric::diag::{self, RenderOptions};
use rubric::{FileId, Lang, Sources};
use serde_json::Value;

/// Every column of the layout, in the order of `examples/partners/export.csv`.
const COLUMNS: [&str; 28] = [
    "record",
    "partner_id",
    "name",
    "country",
    "as_of",
    "format",
    "customer",
    "product",
    "kind",
    "kinds",
    "amount",
    "currency",
    "date",
    "dpor",
    "associations",
    "metric",
    "quantity",
    "paid",
    "status",
    "from",
    "until",
    "individual",
    "exam",
    "assessment",
    "certification",
    "passed",
    "earned",
    "expires",
];

/// A JSON value as a cell: lists joined with `;`, null empty.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

/// Writes one row: `record`, `partner_id`, then the fields given.
fn row(w: &mut csv::Writer<Vec<u8>>, record: &str, id: &str, fields: &[(&str, String)]) {
    let mut cells = vec![String::new(); COLUMNS.len()];
    cells[0] = record.to_string();
    cells[1] = id.to_string();
    for (name, value) in fields {
        let i = COLUMNS.iter().position(|c| c == name);
        cells[i.unwrap_or_else(|| panic!("no column `{name}`"))] = value.clone();
    }
    w.write_record(&cells).unwrap();
}

fn fields<'v>(object: &'v Value, skip: &[&str]) -> Vec<(&'v str, String)> {
    let map = object.as_object().unwrap();
    (map.iter())
        .filter(|(k, _)| !skip.contains(&k.as_str()))
        .map(|(k, v)| (k.as_str(), cell(v)))
        .collect()
}

/// Partners in the JSON format, as one CSV export.
fn to_csv(partners: &[Value]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(COLUMNS).unwrap();
    let lists = ["revenue", "consumption", "usage", "statuses", "individuals"];
    for p in partners {
        let id = p["id"].as_str().unwrap();
        let mut skip = lists.to_vec();
        skip.push("id");
        row(&mut w, "partner", id, &fields(p, &skip));
        for (list, record) in [
            ("revenue", "revenue"),
            ("consumption", "consumption"),
            ("usage", "usage"),
        ] {
            for line in p[list].as_array().into_iter().flatten() {
                row(&mut w, record, id, &fields(line, &[]));
            }
        }
        for s in p["statuses"].as_array().into_iter().flatten() {
            let f = match s {
                Value::String(s) => vec![("status", s.clone())],
                object => fields(object, &[]),
            };
            row(&mut w, "status", id, &f);
        }
        for person in p["individuals"].as_array().into_iter().flatten() {
            let creds = ["exams", "assessments", "certifications"];
            let mut f = fields(person, &creds);
            for (name, _) in &mut f {
                if *name == "id" {
                    *name = "individual";
                }
            }
            row(&mut w, "individual", id, &f);
            let who = ("individual", cell(&person["id"]));
            for (list, record) in creds.iter().zip(["exam", "assessment", "certification"]) {
                for c in person[*list].as_array().into_iter().flatten() {
                    let mut f = fields(c, &[]);
                    f.push(who.clone());
                    row(&mut w, record, id, &f);
                }
            }
        }
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The JSON example partners, in name order; of those that share an id
/// (two variants of one partner), the first: in an export, rows with one
/// `partner_id` are one partner.
fn json_examples() -> Vec<(String, Value)> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("examples/partners"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    (files.into_iter())
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let rel = p.strip_prefix(root()).unwrap().display().to_string();
            (rel, serde_json::from_str::<Value>(&text).unwrap())
        })
        .fold(Vec::<(String, Value)>::new(), |mut all, (path, p)| {
            if !all.iter().any(|(_, q)| q["id"] == p["id"]) {
                all.push((path, p));
            }
            all
        })
}

/// `examples/partners/export.csv` is the JSON examples written as CSV
/// (`RUBRIC_BLESS=1` writes it again).
#[test]
fn the_example_export_is_the_json_examples() {
    let partners: Vec<Value> = json_examples().into_iter().map(|p| p.1).collect();
    let want = to_csv(&partners);
    let path = root().join("examples/partners/export.csv");
    if std::env::var_os("RUBRIC_BLESS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), want);
}

/// Every example partner read from the CSV export gets the report its JSON gets.
#[test]
fn the_csv_export_evaluates_as_the_json_partners() {
    let o = run(
        &["eval", "--format", "json", "examples/partners/export.csv"],
        Some(root()),
    );
    let got: Vec<Value> = (stdout(&o).lines())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let examples = json_examples();
    assert_eq!(got.len(), examples.len(), "{}", stderr(&o));
    for ((path, _), got) in examples.iter().zip(&got) {
        let alone = run(&["eval", "--format", "json", path], Some(root()));
        let want: Value = serde_json::from_slice(&alone.stdout).unwrap();
        assert_eq!(got, &want, "{path}");
    }
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{} partners in", examples.len())),
        "{err}"
    );
}

/// An export piped to `rubric eval -` is recognised by its header and read
/// as the file is, one partner at a time; YAML and JSON on stdin are not
/// taken for CSV.
#[test]
fn a_csv_export_on_standard_input_is_read_as_the_file() {
    let path = "examples/partners/export.csv";
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    let piped = common::run_with_stdin(&["eval", "--format", "json", "-"], Some(root()), &text);
    let file = run(&["eval", "--format", "json", path], Some(root()));
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    assert_eq!(stdout(&piped), stdout(&file));
    assert!(stdout(&piped).lines().count() > 1);
    assert_eq!(Format::sniff(&text), Format::Csv);
    assert_eq!(Format::sniff("\u{feff}record,partner_id\n"), Format::Csv);
    assert_eq!(Format::sniff("id: record,partner_id\n"), Format::Yaml);
    assert_eq!(
        Format::sniff("{\"id\": \"record,partner_id\"}"),
        Format::Json
    );
}

/// `rubric eval` numbers the lines of a partner further down an export as
/// the file does (its rows are shown on their lines, never with the header's
/// neighbours), in the text and in the JSON error record.
#[test]
fn a_later_partner_is_shown_with_the_file_s_line_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let export = "\
record,partner_id,name,country,customer,product,kind,amount,currency,date,dpor
partner,a,A,US,,,,,,,
revenue,a,,,c1,crm-online,net-new,100.00,USD,2017-03-02,true
partner,b,B,FR,,,,,,,
revenue,b,,,c2,crm-online,net-new,100.00,USD,2017-02-30,true
revenue,b,,,c3,crm-online,net-new,1O0.00,USD,2017-02-03,true
";
    std::fs::write(tmp.path().join("e.csv"), export).unwrap();
    let args = [
        "eval",
        "-q",
        "--as-of",
        "2017-07-01",
        "--color",
        "never",
        "e.csv",
    ];
    let o = run(&args, Some(tmp.path()));
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!(stderr(&o));
    let o = run(
        &[
            "eval",
            "-q",
            "--format",
            "json",
            "--as-of",
            "2017-07-01",
            "e.csv",
        ],
        Some(tmp.path()),
    );
    let record: Value = serde_json::from_str(stdout(&o).lines().nth(1).unwrap()).unwrap();
    assert_eq!(record["line"], 4, "{record}");
    let lines: Vec<&Value> = (record["errors"].as_array().unwrap().iter())
        .map(|e| &e["line"])
        .collect();
    assert_eq!(lines, [5, 6], "{record}");
}

/// The diagnostics of a CSV partner, with the file, as a user sees them.
fn shown(text: &str) -> String {
    let catalog = Catalog::new(&rules().program);
    let mut sources = Sources::new();
    sources.add("export.csv", text);
    let diags = match data::load(&catalog, text, FileId(0), Format::Csv) {
        Ok(loaded) => loaded.warnings,
        Err(errors) => errors,
    };
    let shown = diag::render_all(&diags, &sources, RenderOptions::plain(Lang::En));
    format!("{text}── diagnostics ──\n{shown}")
}

const HEADER: &str = "record,partner_id,name,country,customer,product,kind,amount,currency,date,dpor,associations,individual,exam,passed\n";

#[test]
fn each_data_diagnostic_points_at_its_cell() {
    let text = format!(
        "{HEADER}partner,contoso,Contoso,FR,,,,,,,,,,,\n\
         revenue,contoso,,,\"Fabrikam, Inc.\",crm-online,net-new,\"1,000\",EUR,2017-03-02,yes,tpor;dpro,,,\n\
         exam,contoso,Alice,,,,,,,,,,alice,MB2-71,2016-05-01\n\
         exam,contoso,,,,,,,,,,,alice,MB2-712,2016-02-30\n"
    );
    insta::assert_snapshot!(shown(&text));
}

#[test]
fn rows_the_layout_does_not_allow_are_located_errors() {
    let text = format!(
        "{HEADER}partner,contoso,Contoso,FR,,,,,,,,,,,\n\
         revnue,contoso,,,,,,,,,,,,,\n\
         revenue,contoso,,,\n\
         partner,northwind,Northwind,US,,,,,,,,,,,\n"
    );
    insta::assert_snapshot!(shown(&text));
}

#[test]
fn quoted_commas_and_lists_read_as_in_json() {
    let catalog = Catalog::new(&rules().program);
    let text = format!(
        "{HEADER}partner,\"c, d\",\"Contoso, Ltd\",FR,,,,,,,,,,,\n\
         revenue,\"c, d\",,,\"Fabrikam, Inc.\",crm-online,net-new,\"60000.00\",USD,2017-03-02,,dpor,,,\n\
         exam,\"c, d\",\"Martin, Alice\",,,,,,,,,,alice,MB2-714,2016-05-01\n"
    );
    let p = data::load(&catalog, &text, FileId(0), Format::Csv)
        .unwrap()
        .partner;
    assert_eq!(
        (p.id.as_str(), p.name.as_deref()),
        ("c, d", Some("Contoso, Ltd"))
    );
    assert_eq!(p.revenue[0].customer.as_str(), "Fabrikam, Inc.");
    assert!(p.revenue[0].dpor, "`dpor` among the associations");
    let alice = &p.individuals[0];
    assert_eq!(alice.name.as_deref(), Some("Martin, Alice"));
    assert_eq!(p.credentials_of(alice)[0].exam_id.as_str(), "MB2-714");
}

#[test]
fn empty_header_only_and_missing_columns_are_located_errors() {
    insta::assert_snapshot!(shown(""));
    insta::assert_snapshot!(shown(HEADER));
    insta::assert_snapshot!(shown("record,id,country\npartner,contoso,FR\n"));
}

#[test]
fn rows_of_a_partner_after_another_partner_are_an_error_not_merged() {
    let tmp = tempfile::tempdir().unwrap();
    let text = format!(
        "{HEADER}partner,a,A,FR,,,,,,,,,,,\n\
         partner,b,B,FR,,,,,,,,,,,\n\
         exam,a,,,,,,,,,,,alice,MB2-714,2016-05-01\n"
    );
    std::fs::write(tmp.path().join("x.csv"), text).unwrap();
    let o = run(&["eval", "--format", "json", "x.csv"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("the rows of partner `a` are not together"),
        "{err}"
    );
    assert!(err.contains("its first rows start at line 2"), "{err}");
    let records: Vec<Value> = (stdout(&o).lines())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // `a` and `b` evaluated from their rows; the stray rows an error record.
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["partner"]["id"], "a");
    assert_eq!(records[1]["partner"]["id"], "b");
    assert_eq!(records[2]["source"], "x.csv");
    assert_eq!(records[2]["line"], 4);
    assert!(err.contains("3 partners in "), "{err}");
}
