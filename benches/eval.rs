//! Evaluation speed (SPEC §8): typical partners of about 3 KB, parse
//! included, and one partner with 10,000 people.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use rubric::data::{self, Catalog, Format};
use rubric::eval::{self, Options};

const EXAMS: [&str; 7] = [
    "MB2-714", "MB2-713", "MB2-709", "MB2-710", "MB2-706", "MB2-712", "MB2-707",
];

/// A deterministic pseudo-random partner: `lines` revenue lines, `people`
/// individuals with up to three exams each.
fn partner(seed: u64, lines: usize, people: usize) -> String {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let countries = ["FR", "DE", "US", "IN", "BR", "GB"];
    let mut s = format!(
        "{{\"id\":\"p{seed}\",\"name\":\"Partner {seed}\",\"country\":\"{}\",\"as_of\":\"2017-07-01\",\"revenue\":[",
        countries[(next() % 6) as usize]
    );
    for i in 0..lines {
        if i > 0 {
            s.push(',');
        }
        let product = ["crm-online", "d365-plan1", "office-365"][(next() % 3) as usize];
        s.push_str(&format!(
            "{{\"customer\":\"customer-{}\",\"product\":\"{product}\",\"kind\":\"net-new\",\"amount\":\"{}.{:02}\",\"currency\":\"USD\",\"date\":\"201{}-{:02}-{:02}\",\"dpor\":{}}}",
            next() % 1000,
            next() % 40_000,
            next() % 100,
            6 + next() % 2,
            1 + next() % 12,
            1 + next() % 28,
            next() % 4 != 0
        ));
    }
    s.push_str("],\"individuals\":[");
    for i in 0..people {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&format!(
            "{{\"id\":\"person-{i}\",\"name\":\"Person {i}\",\"exams\":["
        ));
        let n = 1 + next() % 3;
        for k in 0..n {
            if k > 0 {
                s.push(',');
            }
            s.push_str(&format!(
                "{{\"exam\":\"{}\",\"passed\":\"201{}-{:02}-{:02}\"}}",
                EXAMS[(next() % 7) as usize],
                5 + next() % 3,
                1 + next() % 12,
                1 + next() % 28
            ));
        }
        s.push_str("]}");
    }
    s.push_str("]}");
    s
}

fn bench(c: &mut Criterion) {
    let program = rubric::compile(&rubric::builtin_sources()).program.unwrap();
    let catalog = Catalog::new(&program);
    let partners: Vec<String> = (0..1000).map(|i| partner(i, 30, 12)).collect();
    let bytes: usize = partners.iter().map(String::len).sum();

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
