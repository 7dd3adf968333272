//! Evaluates a stream of generated partners, for profiling and for checking
//! that memory stays flat (SPEC §8):
//!
//! ```text
//! cargo run --release --example eval_stream -- [COUNT] [parse|eval|json|baseline]
//! /usr/bin/time -v target/release/examples/eval_stream 100000
//! ```
//!
//! Partners are generated on the fly (a pool of 1,000 reused round-robin), so
//! the stream itself takes no memory that grows with COUNT.

use std::hint::black_box;

use rubric::data::{self, Catalog, Format};
use rubric::eval::{self, Options};
use rubric::report;
use rubric::FileId;

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().map_or(100_000, |s| s.parse().expect("COUNT"));
    let mode = args.next().unwrap_or_else(|| "eval".to_owned());
    let program = rubric::compile(&rubric::builtin_sources()).program.unwrap();
    let catalog = Catalog::new(&program);
    let sources = rubric::builtin_sources();
    let pool: Vec<String> = (0..1000).map(common::typical).collect();
    let bytes: usize = pool.iter().map(String::len).sum();
    eprintln!(
        "{count} partners, {} bytes on average, mode {mode}",
        bytes / pool.len()
    );
    let mut attained = 0usize;
    for i in 0..count {
        let p = &pool[i % pool.len()];
        if mode == "baseline" {
            attained += usize::from(common::baseline::decide(p).unwrap().is_some());
            continue;
        }
        let loaded = data::load(&catalog, p, FileId(0), Format::Json).unwrap();
        if mode == "parse" {
            black_box(&loaded);
            continue;
        }
        let opts = Options::new(loaded.partner.as_of.unwrap());
        let outcome = eval::evaluate(&program, &loaded.partner, opts).unwrap();
        if mode == "json" {
            let cx = report::Context::new(&program, &sources, &loaded.partner);
            black_box(report::eval_json(&cx, &outcome, false));
        }
        attained += outcome
            .options
            .iter()
            .filter(|o| o.attained.is_some())
            .count();
        black_box(outcome);
    }
    eprintln!("{attained} options attained");
}
