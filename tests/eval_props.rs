//! Properties of evaluation against the shipped cloud-crm competency, on small
//! random partners written as JSON and loaded with `data::load`:
//!
//! - the order of people, of each person's exams and of revenue lines never
//!   changes the verdict, the sums, the filled counts or the gap;
//! - the individuals verdict equals a brute force over all injective
//!   assignments of people to slots;
//! - the gap's exam passes equal a brute-force minimum over all ways to give
//!   the slots to existing or new people, and carrying out the plan reaches
//!   the tier.
//!
//! The oracles hard-code the seed's rules (slot A = one of MB2-714, MB2-713,
//! MB2-709 and one of MB2-710, MB2-706; slot B = one of MB2-712, MB2-707;
//! silver = A + B, gold = 2 A + 2 B) rather than reading the compiled program.

use std::sync::OnceLock;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rubric::data::{self, ExamPass, Format, Partner};
use rubric::eval::{self, Options, Outcome, RequirementOutcome};
use rubric::FileId;
use rubric::Program;
use rust_decimal::Decimal;

fn program() -> &'static Program {
    static PROGRAM: OnceLock<Program> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        rubric::compile(&rubric::builtin_sources())
            .program
            .expect("the shipped competencies compile")
    })
}

/// The seven exams of the shipped catalog.
const EXAMS: [&str; 7] = [
    "MB2-706", "MB2-707", "MB2-709", "MB2-710", "MB2-712", "MB2-713", "MB2-714",
];
/// Slot A, first clause: one of these.
const A_FIRST: [&str; 3] = ["MB2-714", "MB2-713", "MB2-709"];
/// Slot A, second clause (same person): one of these.
const A_SECOND: [&str; 2] = ["MB2-710", "MB2-706"];
/// Slot B: one of these.
const B_ONLY: [&str; 2] = ["MB2-712", "MB2-707"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    A,
    B,
}

const SILVER: &[Slot] = &[Slot::A, Slot::B];
const GOLD: &[Slot] = &[Slot::A, Slot::A, Slot::B, Slot::B];

fn slots_of(tier: usize) -> &'static [Slot] {
    [SILVER, GOLD][tier]
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        d + Days::new(days as u64)
    } else {
        d - Days::new(days.unsigned_abs())
    }
}

// ------------------------------------------------------------------ random partners

#[derive(Clone, Debug)]
struct GenPerson {
    /// (index into `EXAMS`, days after as_of: ≤ 0 counts). Duplicates allowed.
    passes: Vec<(usize, i64)>,
}

#[derive(Clone, Debug)]
struct GenLine {
    product: &'static str,
    kind: &'static str,
    cents: u64,
    date: NaiveDate,
    /// `None`: the field is left out (false).
    dpor: Option<bool>,
    /// Written as a JSON number rather than a string.
    number: bool,
}

#[derive(Clone, Debug)]
struct GenPartner {
    country: &'static str,
    as_of: NaiveDate,
    people: Vec<GenPerson>,
    lines: Vec<GenLine>,
}

impl GenPerson {
    fn holds(&self, exam: &str) -> bool {
        self.passes
            .iter()
            .any(|&(e, days)| EXAMS[e] == exam && days <= 0)
    }

    fn holds_any(&self, exams: &[&str]) -> bool {
        exams.iter().any(|e| self.holds(e))
    }

    /// Passes this person still needs for `slot` (each clause needs one exam).
    fn cost(&self, slot: Slot) -> u32 {
        match slot {
            Slot::A => u32::from(!self.holds_any(&A_FIRST)) + u32::from(!self.holds_any(&A_SECOND)),
            Slot::B => u32::from(!self.holds_any(&B_ONLY)),
        }
    }

    fn eligible(&self, slot: Slot) -> bool {
        self.cost(slot) == 0
    }
}

/// What a new person needs for `slot`.
fn new_person_cost(slot: Slot) -> u32 {
    match slot {
        Slot::A => 2,
        Slot::B => 1,
    }
}

impl GenPartner {
    fn json(&self) -> String {
        let lines: Vec<String> = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let amount = format!("{}.{:02}", l.cents / 100, l.cents % 100);
                let amount = if l.number { amount } else { format!("\"{amount}\"") };
                let dpor = l.dpor.map_or(String::new(), |b| format!(", \"dpor\": {b}"));
                format!(
                    "{{\"customer\": \"c{i}\", \"product\": \"{}\", \"kind\": \"{}\", \"amount\": {amount}, \"currency\": \"USD\", \"date\": \"{}\"{dpor}}}",
                    l.product, l.kind, l.date
                )
            })
            .collect();
        let people: Vec<String> = self
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let exams: Vec<String> = p
                    .passes
                    .iter()
                    .map(|&(e, days)| {
                        format!(
                            "{{\"exam\": \"{}\", \"passed\": \"{}\"}}",
                            EXAMS[e],
                            shift(self.as_of, days)
                        )
                    })
                    .collect();
                format!("{{\"id\": \"p{i}\", \"exams\": [{}]}}", exams.join(", "))
            })
            .collect();
        format!(
            "{{\"id\": \"random\", \"country\": \"{}\", \"as_of\": \"{}\",\n \"revenue\": [{}],\n \"individuals\": [{}]}}",
            self.country,
            self.as_of,
            lines.join(",\n  "),
            people.join(",\n  ")
        )
    }

    fn load(&self) -> Partner {
        let text = self.json();
        let catalog = data::Catalog::new(program());
        match data::load(&catalog, &text, FileId(0), Format::Json) {
            Ok(l) => l.partner,
            Err(e) => panic!("random partner does not load: {e:?}\n{text}"),
        }
    }
}

fn evaluate(partner: &Partner, as_of: NaiveDate) -> Outcome<'static> {
    eval::evaluate(
        program(),
        partner,
        Options::new(as_of).only(Some("cloud-crm")),
    )
    .expect("no currency other than USD, so evaluation succeeds")
}

fn person_strategy(
    as_of_spread: std::ops::RangeInclusive<i64>,
) -> impl Strategy<Value = GenPerson> {
    prop::collection::vec((0usize..EXAMS.len(), as_of_spread), 0..=5)
        .prop_map(|passes| GenPerson { passes })
}

fn line_strategy(as_of: NaiveDate) -> impl Strategy<Value = GenLine> {
    let start = as_of.checked_sub_months(chrono::Months::new(12)).unwrap();
    let date = prop_oneof![
        1 => Just(start),
        1 => Just(shift(start, 1)),
        1 => Just(as_of),
        1 => Just(shift(as_of, 1)),
        6 => (-400i64..=20).prop_map(move |d| shift(as_of, d)),
    ];
    (
        prop_oneof![4 => Just("crm-online"), 4 => Just("d365-plan1"), 1 => Just("office-365")],
        prop_oneof![6 => Just("net-new"), 1 => Just("renewal")],
        prop_oneof![
            3 => 0u64..=15_000_000,
            1 => Just(5_000_000u64),
            1 => 0u64..=100,
        ],
        date,
        prop_oneof![3 => Just(Some(true)), 1 => Just(Some(false)), 1 => Just(None)],
        any::<bool>(),
    )
        .prop_map(|(product, kind, cents, date, dpor, number)| GenLine {
            product,
            kind,
            cents,
            date,
            dpor,
            number,
        })
}

/// A partner with everything random: market, as-of date (month ends
/// included), up to 6 people, up to 8 revenue lines.
fn partner_strategy() -> impl Strategy<Value = GenPartner> {
    (
        prop_oneof![Just("FR"), Just("US"), Just("IN"), Just("BR")],
        prop_oneof![
            Just(date("2017-07-01")),
            Just(date("2017-02-28")),
            Just(date("2016-02-29")),
            Just(date("2017-03-31")),
        ],
    )
        .prop_flat_map(|(country, as_of)| {
            (
                prop::collection::vec(person_strategy(-30..=10), 0..=6),
                prop::collection::vec(line_strategy(as_of), 0..=8),
            )
                .prop_map(move |(people, lines)| GenPartner {
                    country,
                    as_of,
                    people,
                    lines,
                })
        })
}

/// People only, as of 2017-07-01, with passes around that date; revenue of
/// USD 150,000 in a developed market, so silver revenue holds and gold
/// revenue does not: the gap always exists, to silver or to gold. Half of
/// the partners start with a silver pair, so the gold gap is common.
fn people_strategy() -> impl Strategy<Value = GenPartner> {
    let as_of = date("2017-07-01");
    (
        any::<bool>(),
        prop::collection::vec(person_strategy(-20..=10), 0..=6),
    )
        .prop_map(move |(pair, mut people)| {
            if pair {
                people.truncate(4);
                people.insert(
                    0,
                    GenPerson {
                        passes: vec![(6, -100), (3, -90)],
                    },
                ); // 714 + 710
                people.insert(
                    1,
                    GenPerson {
                        passes: vec![(4, -80)],
                    },
                ); // 712
            }
            GenPartner {
                country: "FR",
                as_of,
                people,
                lines: vec![GenLine {
                    product: "crm-online",
                    kind: "net-new",
                    cents: 15_000_000,
                    date: shift(as_of, -30),
                    dpor: Some(true),
                    number: false,
                }],
            }
        })
}

// ------------------------------------------------------------------ summaries

/// Everything about an outcome that must not depend on input order: for each
/// option, the attained tier; per requirement the verdict, the sum and the
/// counted lines (by customer), or the filled count; the gap's numbers.
#[derive(Debug, PartialEq)]
struct Summary {
    options: Vec<OptionSummary>,
}

#[derive(Debug, PartialEq)]
struct OptionSummary {
    attained: Option<&'static str>,
    tiers: Vec<Vec<ReqSummary>>,
    gap: Option<GapSummary>,
}

#[derive(Debug, PartialEq)]
enum ReqSummary {
    Revenue {
        met: bool,
        found: Decimal,
        required: Decimal,
        counted: Vec<String>,
    },
    Individuals {
        met: bool,
        filled: u32,
    },
}

#[derive(Debug, PartialEq)]
struct GapSummary {
    tier: &'static str,
    revenue: Vec<(&'static str, Decimal)>,
    /// (requirement, exam passes, new people, impossible)
    individuals: Vec<(&'static str, u32, usize, bool)>,
}

fn summary(partner: &Partner, outcome: &Outcome<'static>) -> Summary {
    Summary {
        options: outcome
            .options
            .iter()
            .map(|o| OptionSummary {
                attained: o.attained,
                tiers: o
                    .tiers
                    .iter()
                    .map(|t| {
                        t.requirements
                            .iter()
                            .map(|r| match r {
                                RequirementOutcome::Revenue(r) => {
                                    let mut counted: Vec<String> = r
                                        .counted
                                        .iter()
                                        .map(|&i| partner.revenue[i as usize].customer.to_string())
                                        .collect();
                                    counted.sort();
                                    ReqSummary::Revenue {
                                        met: r.met,
                                        found: r.found,
                                        required: r.required,
                                        counted,
                                    }
                                }
                                RequirementOutcome::Individuals(i) => ReqSummary::Individuals {
                                    met: i.met,
                                    filled: i.filled,
                                },
                                other => panic!("a requirement the seed does not have: {other:?}"),
                            })
                            .collect()
                    })
                    .collect(),
                gap: o.gap.as_ref().map(|g| GapSummary {
                    tier: g.tier,
                    revenue: g
                        .revenue
                        .iter()
                        .map(|r| (r.requirement, r.shortfall))
                        .collect(),
                    individuals: g
                        .individuals
                        .iter()
                        .map(|i| {
                            (
                                i.requirement,
                                i.exam_passes,
                                i.new_people.len(),
                                i.impossible,
                            )
                        })
                        .collect(),
                }),
            })
            .collect(),
    }
}

/// Who fills which slot and who is asked to pass what, by person id: the
/// module promises these do not depend on input order either.
fn assignments(partner: &Partner, outcome: &Outcome) -> Vec<String> {
    let id = |p: u32| partner.individuals[p as usize].id.clone();
    let mut out = Vec::new();
    for o in &outcome.options {
        for (ti, t) in o.tiers.iter().enumerate() {
            for r in &t.requirements {
                if let RequirementOutcome::Individuals(i) = r {
                    for s in &i.slots {
                        out.push(format!(
                            "tier {ti} group {}: {:?}",
                            s.group,
                            s.person.map(id)
                        ));
                    }
                }
            }
        }
        if let Some(g) = &o.gap {
            for i in &g.individuals {
                // The plan is listed in file order of people: compare it as a set.
                let mut plan: Vec<String> = i
                    .plan
                    .iter()
                    .map(|p| format!("plan {} group {}: {:?}", id(p.person), p.group, p.pass))
                    .collect();
                plan.sort();
                out.extend(plan);
                for n in &i.new_people {
                    out.push(format!("new group {}: {:?}", n.group, n.pass));
                }
            }
        }
    }
    out
}

// ------------------------------------------------------------------ shuffling

/// splitmix64: a tiny deterministic generator for the permutations.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn shuffle<T>(v: &mut [T], state: &mut u64) {
    for i in (1..v.len()).rev() {
        let j = (next(state) % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

fn shuffled(partner: &Partner, seed: u64) -> Partner {
    let mut state = seed;
    let mut p = partner.clone();
    shuffle(&mut p.revenue, &mut state);
    shuffle(&mut p.individuals, &mut state);
    for person in &p.individuals {
        let at = person.credentials.start as usize..person.credentials.end as usize;
        let exams: &mut [ExamPass] = &mut p.credentials[at];
        shuffle(exams, &mut state);
    }
    p
}

// ------------------------------------------------------------------ brute force

/// The most slots of `slots` that distinct eligible people can fill, by trying
/// every injective assignment (a slot may stay empty).
fn brute_filled(people: &[GenPerson], slots: &[Slot]) -> u32 {
    fn go(people: &[GenPerson], slots: &[Slot], used: &mut Vec<bool>) -> u32 {
        let Some((&slot, rest)) = slots.split_first() else {
            return 0;
        };
        let mut best = go(people, rest, used); // leave this slot empty
        for (p, person) in people.iter().enumerate() {
            if !used[p] && person.eligible(slot) {
                used[p] = true;
                best = best.max(1 + go(people, rest, used));
                used[p] = false;
            }
        }
        best
    }
    go(people, slots, &mut vec![false; people.len()])
}

/// The cheapest way to fill every slot, each with a distinct existing person
/// or a new person: (exam passes, new people), lexicographically least.
fn brute_gap(people: &[GenPerson], slots: &[Slot]) -> (u32, u32) {
    fn go(people: &[GenPerson], slots: &[Slot], used: &mut Vec<bool>) -> (u32, u32) {
        let Some((&slot, rest)) = slots.split_first() else {
            return (0, 0);
        };
        let (p, n) = go(people, rest, used);
        let mut best = (p + new_person_cost(slot), n + 1);
        for (i, person) in people.iter().enumerate() {
            if !used[i] {
                used[i] = true;
                let (p, n) = go(people, rest, used);
                best = best.min((p + person.cost(slot), n));
                used[i] = false;
            }
        }
        best
    }
    go(people, slots, &mut vec![false; people.len()])
}

fn group_slot(group: usize) -> Slot {
    [Slot::A, Slot::B][group]
}

// ------------------------------------------------------------------ properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// (a) Input order changes nothing that matters.
    #[test]
    fn order_never_matters(gen in partner_strategy(), seed in any::<u64>()) {
        let partner = gen.load();
        let base = evaluate(&partner, gen.as_of);
        let other = shuffled(&partner, seed);
        let again = evaluate(&other, gen.as_of);
        prop_assert_eq!(summary(&partner, &base), summary(&other, &again));
    }

    /// (a') Stronger: who fills which slot and the plan are also the same, by id.
    #[test]
    fn order_never_changes_who(gen in partner_strategy(), seed in any::<u64>()) {
        let partner = gen.load();
        let base = evaluate(&partner, gen.as_of);
        let other = shuffled(&partner, seed);
        let again = evaluate(&other, gen.as_of);
        prop_assert_eq!(assignments(&partner, &base), assignments(&other, &again));
    }

    /// (b) The individuals verdict (and filled count) equals a brute force, and
    /// the slots shown are a valid assignment.
    #[test]
    fn individuals_match_brute_force(gen in partner_strategy()) {
        let partner = gen.load();
        let outcome = evaluate(&partner, gen.as_of);
        let o = &outcome.options[0];
        for (ti, tier) in o.tiers.iter().enumerate() {
            let slots = slots_of(ti);
            let want = brute_filled(&gen.people, slots);
            let Some(RequirementOutcome::Individuals(i)) = tier.requirements.get(1) else {
                panic!("tier {ti}: the second requirement is the individuals one");
            };
            prop_assert_eq!(i.filled, want, "tier {}: filled", ti);
            prop_assert_eq!(i.met, want as usize == slots.len(), "tier {}: met", ti);
            prop_assert_eq!(i.required as usize, slots.len());
            // The slots shown, in group order: one per slot, except that slots
            // beyond the number of people plus one are not expanded (they can
            // never be filled); distinct eligible people.
            let n = gen.people.len();
            let groups: Vec<Slot> = i.slots.iter().map(|s| group_slot(s.group)).collect();
            let expanded: Vec<Slot> = [Slot::A, Slot::B]
                .iter()
                .flat_map(|&g| {
                    let count = slots.iter().filter(|&&s| s == g).count();
                    std::iter::repeat_n(g, count.min(n + 1))
                })
                .collect();
            prop_assert_eq!(groups, expanded);
            let mut seen = Vec::new();
            for s in &i.slots {
                if let Some(p) = s.person {
                    prop_assert!(!seen.contains(&p), "person {} fills two slots", p);
                    seen.push(p);
                    prop_assert!(gen.people[p as usize].eligible(group_slot(s.group)),
                        "person {} is not eligible for group {}", p, s.group);
                }
            }
            prop_assert_eq!(seen.len() as u32, i.filled);
        }
        // The attained tier is the highest tier whose requirements all hold.
        let highest = o.tiers.iter().rposition(|t| t.requirements.iter().all(RequirementOutcome::met));
        prop_assert_eq!(o.attained, highest.map(|t| o.tiers[t].tier));
    }

    /// (c) The gap's exam passes (and new people) are the brute-force minimum,
    /// and carrying out the plan fills every slot of the target tier.
    #[test]
    fn gap_is_minimal_and_works(gen in people_strategy()) {
        let partner = gen.load();
        let outcome = evaluate(&partner, gen.as_of);
        let o = &outcome.options[0];
        prop_assert!(o.attained != Some("gold"), "gold revenue is never met here");
        let gap = o.gap.as_ref().expect("a tier above the attained one");
        let target = o.tiers.iter().position(|t| t.tier == gap.tier).expect("the gap names a tier");
        let slots = slots_of(target);
        let (passes, new_people) = brute_gap(&gen.people, slots);
        match gap.individuals.as_slice() {
            [] => prop_assert_eq!(passes, 0, "individuals met, so nothing to pass"),
            [i] => {
                prop_assert!(!i.impossible);
                prop_assert_eq!(i.exam_passes, passes, "exam passes");
                prop_assert_eq!(i.new_people.len() as u32, new_people, "new people");
                let in_plan: u32 = i.plan.iter().flat_map(|p| &p.pass).map(|m| m.need).sum::<u32>()
                    + i.new_people.iter().flat_map(|n| &n.pass).map(|m| m.need).sum::<u32>();
                prop_assert_eq!(in_plan, i.exam_passes, "the plan's passes add up");
                // Carry out the plan: each planned person passes the first exam of
                // each missing clause on the as-of date; new people are added.
                let mut after = gen.clone();
                for p in &i.plan {
                    for m in &p.pass {
                        prop_assert_eq!(m.need, 1);
                        let exam = m.exams[0];
                        let e = EXAMS.iter().position(|x| *x == exam).unwrap();
                        after.people[p.person as usize].passes.push((e, 0));
                    }
                }
                for n in &i.new_people {
                    let mut person = GenPerson { passes: Vec::new() };
                    for m in &n.pass {
                        let exam = m.exams[0];
                        person.passes.push((EXAMS.iter().position(|x| *x == exam).unwrap(), 0));
                    }
                    after.people.push(person);
                }
                prop_assert_eq!(brute_filled(&after.people, slots) as usize, slots.len(),
                    "the plan fills every slot");
                let reached = evaluate(&after.load(), gen.as_of);
                let Some(RequirementOutcome::Individuals(r)) =
                    reached.options[0].tiers[target].requirements.get(1) else { unreachable!() };
                prop_assert_eq!(r.requirement, "individuals");
                prop_assert!(r.met, "after the plan the evaluator agrees");
            }
            more => prop_assert!(false, "one individuals requirement per tier, got {}", more.len()),
        }
    }
}
