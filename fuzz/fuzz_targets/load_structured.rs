//! Partner-shaped JSON or YAML, up to megabytes: many lines and people (a
//! small input repeated), long strings, deep nesting, amounts of up to 40
//! digits, odd dates, duplicate and unknown ids. Same checks as `load_json`.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use rubric::data::Format;
use rubric_fuzz::{Amount, Doc, Line, Person};

/// Stop growing a document past this many bytes (estimated).
const MAX_BYTES: usize = 2 << 20;

const IDS: &[&str] = &["contoso", "alice", "a", "", " ", "é", "x\"y", "0042", "null", "~"];
const COUNTRIES: &[&str] = &["US", "fr", "IN", "XK", "ZZ", "", "F", "USA", "br", "Fr"];
const PRODUCTS: &[&str] = &["crm-online", "d365-plan1", "CRM-online", "office", ""];
const KINDS: &[&str] = &["net-new", "gross-license", "NET-NEW", ""];
const CURRENCIES: &[&str] = &["USD", "usd", "EUR", ""];
const EXAMS: &[&str] = &[
    "MB2-706", "MB2-707", "MB2-709", "MB2-710", "MB2-712", "MB2-713", "MB2-714", "70-354", "MB2-999",
    "",
];
const DATES: &[&str] = &[
    "2017-02-29", "2016-02-29", "2017-13-01", "2017-00-10", "0000-01-01", "9999-12-31",
    "+10000-01-01", "2017-1-1", "20170101", "2017-06-31", "", "2017-06-30T00:00:00", "-0001-01-01",
    "2017-07-01 ", "２０１７-01-01",
];
const AMOUNTS: &[&str] = &[
    "1e400", "1E-30", "0.0000000000000000000000000001", "-0", "00012.5", "1.", ".5", "", "+1",
    "1_000", "NaN", "79228162514264337593543950335", "79228162514264337593543950336",
    "7.9228162514264337593543950335", "-1", "1e28", "1e-28", "0e999999999", "1,000.00",
];
const CHARS: &[char] = &['a', 'é', '"', '\\', '\n', '\u{0}', '\u{85}', '\u{2028}', '😀', '\u{feff}'];

#[derive(Arbitrary, Debug)]
enum S {
    Pick(u8),
    Long(u8, u16),
    Raw(String),
}

impl S {
    fn get(&self, table: &[&str]) -> String {
        match self {
            S::Pick(i) => table[*i as usize % table.len()].to_string(),
            S::Long(c, n) => CHARS[*c as usize % CHARS.len()]
                .to_string()
                .repeat(*n as usize * 16),
            S::Raw(s) => s.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum D {
    Day(u16),
    Odd(u8),
    Raw(String),
}

impl D {
    fn get(&self) -> String {
        match self {
            D::Day(n) => {
                let base = chrono::NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
                (base + chrono::Days::new(u64::from(*n) % 5000)).to_string()
            }
            D::Odd(i) => DATES[*i as usize % DATES.len()].to_string(),
            D::Raw(s) => s.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum A {
    /// Up to 40 digits, a point `scale` digits from the end, from a seed.
    Digits { n: u8, scale: u8, seed: u64, neg: bool, number: bool },
    Odd(u8, bool),
    Raw(String),
}

impl A {
    fn get(&self) -> Amount {
        match self {
            A::Digits { n, scale, seed, neg, number } => {
                let n = (*n as usize % 40) + 1;
                let mut x = *seed | 1;
                let mut digits: String = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        char::from(b'0' + (x % 10) as u8)
                    })
                    .collect();
                let scale = *scale as usize % (n + 1);
                if scale > 0 && scale < n {
                    digits.insert(n - scale, '.');
                }
                if *neg {
                    digits.insert(0, '-');
                }
                if *number {
                    Amount::Num(digits)
                } else {
                    Amount::Str(digits)
                }
            }
            A::Odd(i, number) => {
                let a = AMOUNTS[*i as usize % AMOUNTS.len()].to_string();
                if *number {
                    Amount::Num(a)
                } else {
                    Amount::Str(a)
                }
            }
            A::Raw(s) => Amount::Str(s.clone()),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct L {
    customer: S,
    product: S,
    kind: S,
    amount: A,
    currency: S,
    date: D,
    dpor: Option<bool>,
}

#[derive(Arbitrary, Debug)]
struct P {
    id: S,
    name: Option<S>,
    exams: Vec<(S, D)>,
}

#[derive(Arbitrary, Debug)]
struct Input {
    yaml: bool,
    id: S,
    name: Option<S>,
    country: S,
    as_of: Option<D>,
    lines: Vec<L>,
    /// Each line written this many times.
    line_repeat: u16,
    people: Vec<P>,
    people_repeat: u16,
    /// Repeated people keep their id (duplicates) rather than get a suffix.
    same_ids: bool,
    nest: u16,
}

fuzz_target!(|input: Input| {
    let mut size = 0;
    let mut doc = Doc {
        id: input.id.get(IDS),
        name: input.name.as_ref().map(|n| n.get(IDS)),
        country: input.country.get(COUNTRIES),
        as_of: input.as_of.as_ref().map(D::get),
        nest: input.nest as usize % 3000,
        ..Doc::default()
    };
    size += doc.id.len()
        + doc.name.as_ref().map_or(0, String::len)
        + doc.country.len()
        + doc.as_of.as_ref().map_or(0, String::len)
        + doc.nest * 2;
    let lines: Vec<Line> = input
        .lines
        .iter()
        .map(|l| Line {
            customer: l.customer.get(IDS),
            product: l.product.get(PRODUCTS),
            kind: l.kind.get(KINDS),
            amount: l.amount.get(),
            currency: l.currency.get(CURRENCIES),
            date: l.date.get(),
            dpor: l.dpor,
        })
        .collect();
    'lines: for _ in 0..=(input.line_repeat as usize) {
        for l in &lines {
            size += 100
                + l.customer.len()
                + l.product.len()
                + l.kind.len()
                + l.currency.len()
                + l.date.len()
                + match &l.amount {
                    Amount::Str(a) | Amount::Num(a) => a.len(),
                };
            if size > MAX_BYTES {
                break 'lines;
            }
            doc.revenue.push(l.clone());
        }
    }
    let people: Vec<Person> = input
        .people
        .iter()
        .map(|p| Person {
            id: p.id.get(IDS),
            name: p.name.as_ref().map(|n| n.get(IDS)),
            exams: p.exams.iter().map(|(e, d)| (e.get(EXAMS), d.get())).collect(),
        })
        .collect();
    'people: for r in 0..=(input.people_repeat as usize) {
        for p in &people {
            size += 40
                + p.id.len()
                + p.name.as_ref().map_or(0, String::len)
                + p.exams.iter().map(|(e, d)| 30 + e.len() + d.len()).sum::<usize>();
            if size > MAX_BYTES {
                break 'people;
            }
            let mut p = p.clone();
            if r > 0 && !input.same_ids {
                p.id = format!("{}-{r}", p.id);
            }
            doc.individuals.push(p);
        }
    }
    let (text, format) = if input.yaml {
        (doc.yaml(), Format::Yaml)
    } else {
        (doc.json(), Format::Json)
    };
    rubric_fuzz::check_load(text.as_bytes(), format);
});
