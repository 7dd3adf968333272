//! Evaluates a stream of generated partners, for profiling and for checking
//! that memory stays flat (SPEC §8):
//!
//! ```text
//! cargo run --release --example eval_stream -- [COUNT] [parse|eval|json|baseline|compare|compare-unknown|evalonly|jsonl]
//! /usr/bin/time -v target/release/examples/eval_stream 100000
//! ```
//!
//! `compare` times the baseline, load+eval, load+eval+JSON and loading alone
//! on the same partners in alternating rounds of 1,000, so that a machine
//! whose speed drifts during the run (a shared VM) slows all four alike, and
//! prints each one's rate and its ratio to the baseline. `compare-unknown`
//! does the same on partners a third of whose lines name a product the rules
//! do not know (`office-365`), as real data does: rubric reads them on its
//! located path, to warn about each such product where it is.
//!
//! `evalonly` loads the 1,000 partners once and times evaluating them alone
//! (microseconds per partner), for profiling the evaluator without the loader.
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

/// The competency the baseline decides (SPEC §8): rubric evaluates it alone,
/// so the comparison stays fair as the shipped set grows.
const CRM: &str = "cloud-crm";

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
    if mode == "jsonl" {
        // The same partners as JSON Lines, to time the CLI on them.
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for i in 0..count {
            let _ = writeln!(out, "{}", pool[i % pool.len()]);
        }
        return;
    }
    if mode == "evalonly" {
        let loaded: Vec<_> = (pool.iter())
            .map(|p| data::load(&catalog, p, FileId(0), Format::Json).unwrap())
            .collect();
        let t = std::time::Instant::now();
        for i in 0..count {
            let l = &loaded[i % loaded.len()];
            let opts = Options::new(l.partner.as_of.unwrap()).only(Some(CRM));
            black_box(eval::evaluate(&program, &l.partner, opts).unwrap());
        }
        eprintln!(
            "{:.3} us per partner",
            t.elapsed().as_secs_f64() * 1e6 / count as f64
        );
        return;
    }
    if mode == "compare" {
        return compare(count, &program, &catalog, &sources, &pool);
    }
    if mode == "compare-unknown" {
        let pool: Vec<String> = (0..1000).map(common::typical_with_unknown_ids).collect();
        return compare(count, &program, &catalog, &sources, &pool);
    }
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
        let opts = Options::new(loaded.partner.as_of.unwrap()).only(Some(CRM));
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

/// See the module documentation.
fn compare(
    count: usize,
    program: &rubric::Program,
    catalog: &Catalog,
    sources: &rubric::Sources,
    pool: &[String],
) {
    use std::time::{Duration, Instant};
    let run = |mode: usize| {
        let start = Instant::now();
        for p in pool {
            if mode == 0 {
                black_box(common::baseline::decide(p).unwrap());
                continue;
            }
            let loaded = data::load(catalog, p, FileId(0), Format::Json).unwrap();
            if mode == 3 {
                black_box(loaded);
                continue;
            }
            let opts = Options::new(loaded.partner.as_of.unwrap()).only(Some(CRM));
            let outcome = eval::evaluate(program, &loaded.partner, opts).unwrap();
            if mode == 2 {
                let cx = report::Context::new(program, sources, &loaded.partner);
                black_box(report::eval_json(&cx, &outcome, false));
            }
            black_box(outcome);
        }
        start.elapsed()
    };
    let mut total = [Duration::ZERO; 4];
    let rounds = count.div_ceil(pool.len()).max(1);
    for _ in 0..rounds {
        for (mode, t) in total.iter_mut().enumerate() {
            *t += run(mode);
        }
    }
    let n = (rounds * pool.len()) as f64;
    let names = [
        "baseline",
        "rubric load+eval",
        "rubric load+eval+JSON text",
        "rubric load alone",
    ];
    for (name, t) in names.iter().zip(total) {
        println!(
            "{name:28} {:>8.3} s {:>9.0} partners/s {:>5.2}x",
            t.as_secs_f64(),
            n / t.as_secs_f64(),
            t.as_secs_f64() / total[0].as_secs_f64()
        );
    }
}
