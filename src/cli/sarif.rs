//! `rubric check --format sarif`: diagnostics as a SARIF 2.1.0 log, the format
//! code-scanning services (GitHub, Azure DevOps, IDE viewers) read.
//!
//! Written with a few serde types rather than the `serde-sarif` crate: that
//! crate generates thousands of lines from the whole schema at build time
//! (schemafy) for the thirty lines of it this log uses. A test validates the
//! output against the official schema (`tests/fixtures/sarif-schema-2.1.0.json`).

use std::collections::BTreeMap;

use serde::Serialize;

use rubric::diag::{self, Diagnostic, Severity};
use rubric::{Lang, Sources};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    /// Our columns count characters (code points), not UTF-16 units.
    column_kind: &'static str,
    results: Vec<Finding>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    default_configuration: Level,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<Text>,
}

#[derive(Serialize)]
struct Level {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Finding {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: Physical,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Physical {
    artifact_location: Artifact,
    region: Region,
}

#[derive(Serialize)]
struct Artifact {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    byte_offset: usize,
    byte_length: usize,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "note",
    }
}

/// The SARIF log of `diagnostics`, whose places are in `sources`.
pub fn log(diagnostics: &[Diagnostic], sources: &Sources, lang: Lang) -> String {
    // One rule per code, in code order, so the log is stable.
    let mut rules: BTreeMap<&'static str, (Severity, Option<String>)> = BTreeMap::new();
    for d in diagnostics {
        rules.entry(d.code).or_insert((d.severity, d.help(lang)));
    }
    let index = |code: &str| rules.keys().position(|c| *c == code).unwrap_or(0);
    let results = diagnostics
        .iter()
        .map(|d| {
            let record = diag::to_json(d, sources, lang);
            let place = |l: &diag::LabelJson| Location {
                physical_location: Physical {
                    artifact_location: Artifact {
                        uri: l.file.replace('\\', "/"),
                    },
                    region: Region {
                        start_line: l.line,
                        start_column: l.column,
                        byte_offset: l.offset,
                        byte_length: l.length,
                    },
                },
                message: l.message.clone().map(|text| Text { text }),
            };
            let (primary, related): (Vec<_>, Vec<_>) =
                record.labels.iter().partition(|l| l.primary);
            Finding {
                rule_id: d.code,
                rule_index: index(d.code),
                level: level(d.severity),
                message: Text {
                    text: record.message.clone(),
                },
                locations: primary.into_iter().map(place).collect(),
                related_locations: related.into_iter().map(place).collect(),
            }
        })
        .collect();
    let rules = rules
        .iter()
        .map(|(id, (severity, help))| Rule {
            id,
            default_configuration: Level {
                level: level(*severity),
            },
            help: help.clone().map(|text| Text { text }),
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "rubric",
                    version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_string_pretty(&log).unwrap_or_default()
}
