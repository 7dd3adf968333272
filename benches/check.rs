//! `rubric::compile` (parse, resolve, validate) on the shipped competencies and
//! on a generated program of about 1 MB (SPEC §8: "a program of 1 MB of rules
//! checks in well under a second").
//!
//! Run: `cargo bench --bench check -- --warm-up-time 1 --measurement-time 5`

use std::fmt::Write;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use rubric::Sources;

const CATALOG: &str = include_str!("../competencies/catalog.rubric");
const CLOUD_CRM: &str = include_str!("../competencies/cloud-crm.rubric");

/// Catalog exams and products the generated competencies refer to.
const CATALOG_EXAMS: [&str; 7] = [
    "MB2-706", "MB2-707", "MB2-709", "MB2-710", "MB2-712", "MB2-713", "MB2-714",
];
const CATALOG_PRODUCTS: [&str; 2] = ["crm-online", "d365-plan1"];

/// A valid program of at least `target` bytes: the shipped catalog and
/// cloud-crm competency, then a file of generated exams and products, then
/// generated competencies (two options of two or three tiers, each tier with
/// a revenue threshold per market and an `individuals` block) referring to
/// both catalog and generated exams and products.
pub fn big_program(target: usize) -> Sources {
    const EXAMS: usize = 2_000;
    const PRODUCTS: usize = 200;
    let mut catalog = String::from("// Generated catalog.\n");
    for i in 0..EXAMS {
        let retired = if i % 7 == 0 {
            " retired 2019-06-30"
        } else {
            ""
        };
        writeln!(catalog, "exam GX-{i:04} \"Generated exam {i}\"{retired}").unwrap();
    }
    for i in 0..PRODUCTS {
        writeln!(
            catalog,
            "product gen-product-{i} {{ en: \"Generated product {i}\", fr: \"Produit généré {i}\" }}"
        )
        .unwrap();
    }

    let exam = |n: usize| -> String {
        if n % 3 == 0 {
            CATALOG_EXAMS[n % CATALOG_EXAMS.len()].to_string()
        } else {
            format!("GX-{:04}", n % EXAMS)
        }
    };
    let product = |n: usize| -> String {
        if n % 4 == 0 {
            CATALOG_PRODUCTS[n % CATALOG_PRODUCTS.len()].to_string()
        } else {
            format!("gen-product-{}", n % PRODUCTS)
        }
    };

    let mut rules = String::from("// Generated competencies.\n");
    let mut i = 0usize;
    while CATALOG.len() + CLOUD_CRM.len() + catalog.len() + rules.len() < target {
        writeln!(rules, "competency gen-{i} {{").unwrap();
        writeln!(
            rules,
            "  title {{ en: \"Generated competency {i}\", fr: \"Compétence générée {i}\" }}"
        )
        .unwrap();
        writeln!(
            rules,
            "  summary \"A competency generated for benchmarking, number {i}.\""
        )
        .unwrap();
        for (o, option) in ["reseller", "builder"].iter().enumerate() {
            writeln!(rules, "  option {option} {{").unwrap();
            writeln!(rules, "    title \"Option {option} of {i}\"").unwrap();
            let tiers = if (i + o) % 2 == 0 { 2 } else { 3 };
            for (t, tier) in ["silver", "gold", "platinum"][..tiers].iter().enumerate() {
                let seed = i * 31 + o * 7;
                let scale = (t + 1) as u64;
                let products = format!("{}, {}", product(seed), product(seed + 1));
                writeln!(rules, "    tier {tier} {{").unwrap();
                writeln!(
                    rules,
                    "      title {{ en: \"{tier}\", fr: \"{tier} (fr)\" }}"
                )
                .unwrap();
                writeln!(
                    rules,
                    "      revenue net-new in [{products}] over ttm with dpor at least {{\n        developed: USD {}_000,\n        developing: USD {}_000.50,\n      }}",
                    100 * scale,
                    50 * scale
                )
                .unwrap();
                writeln!(
                    rules,
                    "      revenue net-new in [{}] over {} months at least USD {}_000",
                    product(seed + 2),
                    6 * (o + 1),
                    20 * scale
                )
                .unwrap();
                // Groups of `per` people: one exam out of three, and another out of two.
                let per = t + 1;
                writeln!(rules, "      individuals {} {{", 2 * per).unwrap();
                writeln!(
                    rules,
                    "        {per} x one of [{}, {}, {}] and one of [{}, {}]",
                    exam(seed),
                    exam(seed + 1),
                    exam(seed + 2),
                    exam(seed + 4),
                    exam(seed + 5)
                )
                .unwrap();
                writeln!(
                    rules,
                    "        {per} x 2 of [{}, {}, {}]",
                    exam(seed + 7),
                    exam(seed + 8),
                    exam(seed + 10)
                )
                .unwrap();
                writeln!(rules, "      }}\n    }}").unwrap();
            }
            writeln!(rules, "  }}").unwrap();
        }
        writeln!(rules, "}}").unwrap();
        i += 1;
    }

    let mut sources = Sources::new();
    sources.add("competencies/catalog.rubric", CATALOG);
    sources.add("competencies/cloud-crm.rubric", CLOUD_CRM);
    sources.add("generated/catalog.rubric", catalog);
    sources.add("generated/competencies.rubric", rules);
    sources
}

fn size(sources: &Sources) -> usize {
    sources.iter().map(|(_, f)| f.text().len()).sum()
}

/// Compiles `sources`, insisting on a clean program so the bench measures the
/// path a valid program takes.
fn assert_clean(sources: &Sources) {
    let compiled = rubric::compile(sources);
    assert!(
        compiled.diagnostics.is_empty(),
        "the benchmark program must be valid: {:?}",
        compiled.diagnostics.first()
    );
    assert!(compiled.program.is_some());
}

fn bench_compile(c: &mut Criterion) {
    let shipped = rubric::builtin_sources();
    assert_clean(&shipped);
    let big = big_program(1 << 20);
    assert_clean(&big);

    let mut group = c.benchmark_group("compile");
    group.throughput(Throughput::Bytes(size(&shipped) as u64));
    group.bench_function("shipped", |b| {
        b.iter(|| rubric::compile(black_box(&shipped)))
    });
    group.throughput(Throughput::Bytes(size(&big) as u64));
    group.sample_size(20);
    group.bench_function("generated_1mb", |b| {
        b.iter(|| rubric::compile(black_box(&big)))
    });
    group.finish();
}

criterion_group!(benches, bench_compile);
criterion_main!(benches);
