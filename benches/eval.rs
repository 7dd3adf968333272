//! Evaluation speed (SPEC §8): typical partners of about 3 KB, parse
//! included, and one partner with 10,000 people; and the baseline SPEC §8
//! compares with: hand-written Rust deserialising into borrowed structs and
//! deciding the cloud-crm tier directly (`common/baseline.rs`).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use rubric::data::{self, Catalog, Format};
use rubric::eval::{self, Options};
use rubric::report::{self, Context};

mod common;

use common::{partner, typical};

fn bench(c: &mut Criterion) {
    let program = rubric::compile(&rubric::builtin_sources()).program.unwrap();
    let catalog = Catalog::new(&program);
    let partners: Vec<String> = (0..1000).map(typical).collect();
    let bytes: usize = partners.iter().map(String::len).sum();
    println!(
        "typical partners: {} bytes on average ({} lines, {} people)",
        bytes / partners.len(),
        common::TYPICAL_LINES,
        common::TYPICAL_PEOPLE
    );
    // The baseline must decide what rubric decides, or the comparison is void.
    for p in &partners {
        let loaded =
            data::load_bytes_with(&catalog, "p.json", p.as_bytes(), Some(Format::Json)).unwrap();
        let opts = Options {
            as_of: loaded.partner.as_of.unwrap(),
            competency: None,
        };
        let outcome = eval::evaluate(&program, &loaded.partner, opts).unwrap();
        let attained = outcome.options[0].attained.map(|t| u8::from(t == "gold"));
        assert_eq!(common::baseline::decide(p).unwrap(), attained, "{p}");
    }

    let mut g = c.benchmark_group("typical");
    g.throughput(Throughput::Elements(partners.len() as u64));
    g.bench_function("parse+evaluate 1000 partners", |b| {
        b.iter(|| {
            for p in &partners {
                let loaded =
                    data::load_bytes_with(&catalog, "p.json", p.as_bytes(), Some(Format::Json))
                        .unwrap();
                let opts = Options {
                    as_of: loaded.partner.as_of.unwrap(),
                    competency: None,
                };
                black_box(eval::evaluate(&program, &loaded.partner, opts).unwrap());
            }
        })
    });
    // What `rubric eval --format json` does per partner, single thread.
    let sources = rubric::builtin_sources();
    g.bench_function("parse+evaluate+JSON text 1000 partners", |b| {
        b.iter(|| {
            for p in &partners {
                let loaded =
                    data::load_bytes_with(&catalog, "p.json", p.as_bytes(), Some(Format::Json))
                        .unwrap();
                let opts = Options {
                    as_of: loaded.partner.as_of.unwrap(),
                    competency: None,
                };
                let outcome = eval::evaluate(&program, &loaded.partner, opts).unwrap();
                let cx = Context {
                    program: &program,
                    sources: &sources,
                    partner: &loaded.partner,
                };
                black_box(report::eval_json(&cx, &outcome, false));
            }
        })
    });
    let loaded: Vec<_> = partners
        .iter()
        .map(|p| {
            data::load_bytes_with(&catalog, "p.json", p.as_bytes(), Some(Format::Json)).unwrap()
        })
        .collect();
    g.bench_function("evaluate only, 1000 loaded partners", |b| {
        b.iter(|| {
            for l in &loaded {
                let opts = Options {
                    as_of: l.partner.as_of.unwrap(),
                    competency: None,
                };
                black_box(eval::evaluate(&program, &l.partner, opts).unwrap());
            }
        })
    });
    g.bench_function(
        "baseline: serde borrowed + direct decision, 1000 partners",
        |b| {
            b.iter(|| {
                for p in &partners {
                    black_box(common::baseline::decide(p).unwrap());
                }
            })
        },
    );
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse only, 1000 partners", |b| {
        b.iter(|| {
            for p in &partners {
                black_box(
                    data::load_bytes_with(&catalog, "p.json", p.as_bytes(), Some(Format::Json))
                        .unwrap(),
                );
            }
        })
    });
    g.finish();

    let big = partner(7, 200, 10_000);
    let mut g = c.benchmark_group("large");
    g.sample_size(20);
    g.bench_function("parse+evaluate 10,000 people", |b| {
        b.iter_batched(
            || (),
            |_| {
                let loaded =
                    data::load_bytes_with(&catalog, "big.json", big.as_bytes(), Some(Format::Json))
                        .unwrap();
                let opts = Options {
                    as_of: loaded.partner.as_of.unwrap(),
                    competency: None,
                };
                black_box(eval::evaluate(&program, &loaded.partner, opts).unwrap())
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
