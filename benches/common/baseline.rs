//! The SPEC §8 reference point: hand-written Rust that deserialises a partner
//! into borrowed structs and decides the cloud-crm reseller tier directly,
//! with the rules hard-coded. Amounts are exact (`Decimal`); dates are
//! compared as ISO `YYYY-MM-DD` strings (the window start is computed once
//! with chrono); the exam slots are checked by a small augmenting-path
//! matching, so a person able to fill either kind of slot is never misplaced.

use std::str::FromStr;

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Partner<'a> {
    #[serde(borrow)]
    pub id: &'a str,
    #[serde(borrow, default)]
    pub name: Option<&'a str>,
    #[serde(borrow)]
    pub country: &'a str,
    #[serde(borrow, default)]
    pub as_of: Option<&'a str>,
    #[serde(borrow, default)]
    pub revenue: Vec<Line<'a>>,
    #[serde(borrow, default)]
    pub individuals: Vec<Person<'a>>,
}

#[derive(Deserialize)]
pub struct Line<'a> {
    #[serde(borrow)]
    pub customer: &'a str,
    #[serde(borrow)]
    pub product: &'a str,
    #[serde(borrow)]
    pub kind: &'a str,
    #[serde(borrow)]
    pub amount: &'a str,
    #[serde(borrow)]
    pub currency: &'a str,
    #[serde(borrow)]
    pub date: &'a str,
    #[serde(default)]
    pub dpor: bool,
}

#[derive(Deserialize)]
pub struct Person<'a> {
    #[serde(borrow)]
    pub id: &'a str,
    #[serde(borrow, default)]
    pub name: Option<&'a str>,
    #[serde(borrow, default)]
    pub exams: Vec<Pass<'a>>,
}

#[derive(Deserialize)]
pub struct Pass<'a> {
    #[serde(borrow)]
    pub exam: &'a str,
    #[serde(borrow)]
    pub passed: &'a str,
}

const DEVELOPING: [&str; 33] = [
    "AR", "BD", "BO", "BR", "CL", "CN", "CO", "DZ", "EC", "EG", "GH", "GT", "ID", "IN", "KE", "LK",
    "MA", "MX", "MY", "NG", "PE", "PH", "PK", "PY", "SN", "TH", "TN", "TR", "UA", "UY", "VE", "VN",
    "ZA",
];

/// Exams of the first kind of slot need one of `A1` and one of `A2`; the
/// second kind one of `B`. Bits of a person's exam mask.
const A1: u8 = 0b000_0111; // MB2-714, MB2-713, MB2-709
const A2: u8 = 0b001_1000; // MB2-710, MB2-706
const B: u8 = 0b110_0000; // MB2-712, MB2-707

fn exam_bit(exam: &str) -> u8 {
    match exam {
        "MB2-714" => 1,
        "MB2-713" => 1 << 1,
        "MB2-709" => 1 << 2,
        "MB2-710" => 1 << 3,
        "MB2-706" => 1 << 4,
        "MB2-712" => 1 << 5,
        "MB2-707" => 1 << 6,
        _ => 0,
    }
}

/// The attained tier: `None`, `Some(0)` (silver) or `Some(1)` (gold); `Err`
/// for a counting line in another currency than USD.
pub fn decide(json: &str) -> Result<Option<u8>, String> {
    let p: Partner = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let as_of_s = p.as_of.ok_or("no as_of")?;
    let as_of = NaiveDate::from_str(as_of_s).map_err(|e| e.to_string())?;
    let start = as_of
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN)
        .format("%Y-%m-%d")
        .to_string();
    let developing = DEVELOPING.contains(&p.country);

    let mut sum = Decimal::ZERO;
    for l in &p.revenue {
        let counts = (l.product == "crm-online" || l.product == "d365-plan1")
            && l.kind == "net-new"
            && l.date > start.as_str()
            && l.date <= as_of_s
            && l.dpor;
        if counts {
            if l.currency != "USD" {
                return Err(format!("line in {}", l.currency));
            }
            sum += Decimal::from_str_exact(l.amount).map_err(|e| e.to_string())?;
        }
    }

    let masks: Vec<u8> = p
        .individuals
        .iter()
        .map(|person| {
            person
                .exams
                .iter()
                .filter(|x| x.passed <= as_of_s)
                .fold(0, |m, x| m | exam_bit(x.exam))
        })
        .collect();

    let (silver, gold) = if developing {
        (Decimal::from(50_000), Decimal::from(150_000))
    } else {
        (Decimal::from(100_000), Decimal::from(300_000))
    };
    let tier_met =
        |amount: Decimal, per_kind: usize| sum >= amount && slots_filled(&masks, per_kind);
    Ok(if tier_met(gold, 2) {
        Some(1)
    } else if tier_met(silver, 1) {
        Some(0)
    } else {
        None
    })
}

/// Whether `per_kind` slots of each kind can be filled by distinct people.
fn slots_filled(masks: &[u8], per_kind: usize) -> bool {
    let fits = |slot: usize, m: u8| {
        if slot < per_kind {
            m & A1 != 0 && m & A2 != 0
        } else {
            m & B != 0
        }
    };
    let slots = 2 * per_kind;
    let mut owner = [usize::MAX; 4]; // person filling each slot
    for (person, &m) in masks.iter().enumerate() {
        if m == 0 {
            continue;
        }
        let mut seen = [false; 4];
        augment(person, masks, slots, &fits, &mut owner, &mut seen);
        if owner[..slots].iter().all(|&o| o != usize::MAX) {
            return true;
        }
    }
    false
}

/// Kuhn's augmenting path from `person`; depth is at most the number of slots (4).
fn augment(
    person: usize,
    masks: &[u8],
    slots: usize,
    fits: &impl Fn(usize, u8) -> bool,
    owner: &mut [usize; 4],
    seen: &mut [bool; 4],
) -> bool {
    for s in 0..slots {
        if seen[s] || !fits(s, masks[person]) {
            continue;
        }
        seen[s] = true;
        if owner[s] == usize::MAX || augment(owner[s], masks, slots, fits, owner, seen) {
            owner[s] = person;
            return true;
        }
    }
    false
}
