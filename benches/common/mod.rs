//! Deterministic partner generator shared by `benches/eval.rs` and
//! `examples/eval_stream.rs`.

#![allow(dead_code)]

pub mod baseline;

/// Revenue lines in a typical partner (about 3.3 KB in all with `TYPICAL_PEOPLE`; a line
/// and a person with two exams are each about 137 bytes of JSON).
pub const TYPICAL_LINES: usize = 12;
/// People in a typical partner (SPEC §8: "a dozen people with a few exams each").
pub const TYPICAL_PEOPLE: usize = 12;

/// A typical partner, about 3 KB of JSON, whose ids the rules all know.
pub fn typical(seed: u64) -> String {
    generate(seed, TYPICAL_LINES, TYPICAL_PEOPLE, false)
}

/// A typical partner where a third of the revenue lines are of a product the
/// rules do not know (`office-365`), as in real data.
pub fn typical_with_unknown_ids(seed: u64) -> String {
    generate(seed, TYPICAL_LINES, TYPICAL_PEOPLE, true)
}

pub const EXAMS: [&str; 7] = [
    "MB2-714", "MB2-713", "MB2-709", "MB2-710", "MB2-706", "MB2-712", "MB2-707",
];

/// A deterministic pseudo-random partner: `lines` revenue lines, `people`
/// individuals with up to three exams each; a third of the lines are of
/// `office-365`, which the rules do not know.
pub fn partner(seed: u64, lines: usize, people: usize) -> String {
    generate(seed, lines, people, true)
}

fn generate(seed: u64, lines: usize, people: usize, unknown: bool) -> String {
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
        let products = if unknown {
            ["crm-online", "d365-plan1", "office-365"]
        } else {
            ["crm-online", "d365-plan1", "d365-plan1"]
        };
        let product = products[(next() % 3) as usize];
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
