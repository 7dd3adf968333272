//! Evaluation speed (SPEC §8): typical partners of about 3 KB, parse
//! included, with and without ids the rules do not know, and one partner with
//! 10,000 people; and the baseline SPEC §8 compares with: hand-written Rust
//! deserialising into borrowed structs and deciding the cloud-crm tier
//! directly (`common/baseline.rs`). serde_json is built without
//! `arbitrary_precision` and `preserve_order`, so the baseline runs at full
//! speed. Criterion reports each "typical" case in partners per second
//! (elements/s): compare "rubric load+eval" (and "+JSON text") with "baseline".

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use rubric::data::{self, Catalog, Format};
use rubric::eval::{self, Options};
use rubric::report::{self, Context};
use rubric::FileId;

mod common;

use common::{partner, typical, typical_with_unknown_ids};

// Cloud CRM only: the baseline decides that competency alone (SPEC §8), and
// the shipped set now holds other competencies too.
fn options(partner: &data::Partner) -> Options<'static> {
    Options::new(partner.as_of.unwrap()).only(Some("cloud-crm"))
}

/// Loads and evaluates one partner; the reseller tier reached (0 silver, 1 gold).
fn load_and_evaluate(program: &rubric::Program, catalog: &Catalog, p: &str) -> Option<u8> {
    let loaded = data::load(catalog, p, FileId(0), Format::Json).unwrap();
    let outcome = eval::evaluate(program, &loaded.partner, options(&loaded.partner)).unwrap();
    outcome.options[0].attained.map(|t| u8::from(t == "gold"))
}

fn bench(c: &mut Criterion) {
    let program = rubric::compile(&rubric::builtin_sources()).program.unwrap();
    let catalog = Catalog::new(&program);
    let sources = rubric::builtin_sources();
    for (name, make) in [
        ("typical", typical as fn(u64) -> String),
        ("typical, unknown ids", typical_with_unknown_ids),
    ] {
        let partners: Vec<String> = (0..1000).map(make).collect();
        let bytes: usize = partners.iter().map(String::len).sum();
        println!(
            "{name} partners: {} bytes on average ({} lines, {} people)",
            bytes / partners.len(),
            common::TYPICAL_LINES,
            common::TYPICAL_PEOPLE
        );
        // The baseline must decide what rubric decides, or the comparison is void.
        for p in &partners {
            let attained = load_and_evaluate(&program, &catalog, p);
            assert_eq!(common::baseline::decide(p).unwrap(), attained, "{p}");
        }
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Elements(partners.len() as u64));
        g.bench_function("baseline (serde borrowed + direct decision)", |b| {
            b.iter(|| {
                for p in &partners {
                    black_box(common::baseline::decide(p).unwrap());
                }
            })
        });
        g.bench_function("rubric load+eval", |b| {
            b.iter(|| {
                for p in &partners {
                    black_box(load_and_evaluate(&program, &catalog, p));
                }
            })
        });
        // What `rubric eval --format json` does per partner, single thread.
        g.bench_function("rubric load+eval+JSON text", |b| {
            b.iter(|| {
                for p in &partners {
                    let loaded = data::load(&catalog, p, FileId(0), Format::Json).unwrap();
                    let outcome =
                        eval::evaluate(&program, &loaded.partner, options(&loaded.partner))
                            .unwrap();
                    let cx = Context::new(&program, &sources, &loaded.partner);
                    black_box(report::eval_json(&cx, &outcome, false));
                }
            })
        });
        g.bench_function("rubric load", |b| {
            b.iter(|| {
                for p in &partners {
                    black_box(data::load(&catalog, p, FileId(0), Format::Json).unwrap());
                }
            })
        });
        let loaded: Vec<_> = partners
            .iter()
            .map(|p| data::load(&catalog, p, FileId(0), Format::Json).unwrap())
            .collect();
        g.bench_function("rubric eval only", |b| {
            b.iter(|| {
                for l in &loaded {
                    black_box(eval::evaluate(&program, &l.partner, options(&l.partner)).unwrap());
                }
            })
        });
        g.finish();
    }

    let big = partner(7, 200, 10_000);
    let mut g = c.benchmark_group("large");
    g.sample_size(20);
    g.bench_function("load+eval 10,000 people", |b| {
        b.iter_batched(
            || (),
            |_| black_box(load_and_evaluate(&program, &catalog, &big)),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
