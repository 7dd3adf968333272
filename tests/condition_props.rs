//! Per-person conditions with `and`, `or` and parentheses (design §4.6,
//! §4.11), against brute-force oracles on random small cases:
//!
//! - a person fills a slot exactly when the condition (clauses on lists and
//!   on focus areas: `all of any area` needs every credential of one area)
//!   holds for the
//!   credentials that count on the as-of date (passed on or before it, and
//!   not after the credential's retirement), so the filled count is
//!   `min(N, people who qualify)`;
//! - the gap plan's passes equal the fewest credentials over every way to
//!   qualify (every subset of the credentials still takeable), summed over
//!   the `N` cheapest of the partner's people and new people;
//! - carrying out the plan meets the requirement.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rubric::data::{self, Format, Partner};
use rubric::eval::{self, Options, Outcome, RequirementOutcome};
use rubric::{FileId, Program, Sources};

/// Credentials `c0` … `c4`.
const CREDS: usize = 5;

/// The focus areas of the generated rules: `a0` and `a1`.
const AREAS: [&[usize]; 2] = [&[0, 1], &[2, 3, 4]];

#[derive(Clone, Debug)]
enum Cond {
    /// 0 `one of`, 1 `all of`, `k` ≥ 2: `k of` (clamped to the list).
    Clause(u32, Vec<usize>),
    /// `… of area aI` (same need encoding, `k` clamped to the area).
    Area(u32, usize),
    /// `… of any area [aI, …]`: holds in some one of the areas.
    AnyArea(u32, Vec<usize>),
    And(Vec<Cond>),
    Or(Vec<Cond>),
}

impl Cond {
    fn text(&self) -> String {
        let part = |c: &Cond| match c {
            Cond::Clause(..) => c.text(),
            _ => format!("({})", c.text()),
        };
        match self {
            Cond::Clause(need, list) => {
                let ids: Vec<String> = list.iter().map(|i| format!("c{i}")).collect();
                format!("{} of [{}]", need_word(*need, list.len()), ids.join(", "))
            }
            Cond::Area(need, a) => format!("{} of area a{a}", need_word(*need, AREAS[*a].len())),
            Cond::AnyArea(need, areas) => {
                let ids: Vec<String> = areas.iter().map(|a| format!("a{a}")).collect();
                // `k of` is clamped to the smallest area, so that it can hold.
                let smallest = areas.iter().map(|a| AREAS[*a].len()).min().unwrap_or(1);
                format!(
                    "{} of any area [{}]",
                    need_word(*need, smallest),
                    ids.join(", ")
                )
            }
            Cond::And(ps) => ps.iter().map(part).collect::<Vec<_>>().join(" and "),
            Cond::Or(ps) => ps.iter().map(part).collect::<Vec<_>>().join(" or "),
        }
    }

    /// Whether someone holding the credentials of `held` (bit `i` = `ci`) meets it.
    fn sat(&self, held: u32) -> bool {
        match self {
            Cond::Clause(need, list) => {
                let have = list.iter().filter(|i| held >> **i & 1 == 1).count();
                have >= count(*need, list.len(), list.len())
            }
            Cond::Area(need, a) => Cond::Clause(*need, AREAS[*a].to_vec()).sat(held),
            Cond::AnyArea(need, areas) => {
                let smallest = areas.iter().map(|a| AREAS[*a].len()).min().unwrap_or(1);
                areas.iter().any(|a| {
                    let list = AREAS[*a];
                    let have = list.iter().filter(|i| held >> **i & 1 == 1).count();
                    have >= count(*need, list.len(), smallest)
                })
            }
            Cond::And(ps) => ps.iter().all(|p| p.sat(held)),
            Cond::Or(ps) => ps.iter().any(|p| p.sat(held)),
        }
    }

    /// The fewest credentials among `takeable` that make `held` meet it.
    fn deficit(&self, held: u32, takeable: u32) -> Option<u32> {
        (0u32..1 << CREDS)
            .filter(|x| x & !takeable == 0 && x & held == 0)
            .filter(|x| self.sat(held | x))
            .map(u32::count_ones)
            .min()
    }
}

/// The need written: `one`, `all`, or `k` clamped to `clamp`.
fn need_word(need: u32, clamp: usize) -> String {
    match need {
        0 => "one".to_string(),
        1 => "all".to_string(),
        k => (k as usize).min(clamp).to_string(),
    }
}

/// The credentials needed from a list of `len`, for a need written with
/// [`need_word`] and `clamp`.
fn count(need: u32, len: usize, clamp: usize) -> usize {
    match need {
        0 => 1,
        1 => len,
        k => (k as usize).min(clamp),
    }
}

fn cond_strategy() -> impl Strategy<Value = Cond> {
    let leaf = prop_oneof![
        (0u32..4, prop::collection::btree_set(0..CREDS, 1..=3))
            .prop_map(|(need, list)| Cond::Clause(need, list.into_iter().collect())),
        (0u32..4, 0..AREAS.len()).prop_map(|(need, a)| Cond::Area(need, a)),
        (0u32..4, prop::collection::btree_set(0..AREAS.len(), 1..=2))
            .prop_map(|(need, list)| Cond::AnyArea(need, list.into_iter().collect())),
    ];
    leaf.prop_recursive(2, 9, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 2..=3).prop_map(Cond::And),
            prop::collection::vec(inner, 2..=3).prop_map(Cond::Or),
        ]
    })
}

/// Retirement of each credential: 0 none, 1 before the as-of date, 2 after.
fn retired(kind: u8, as_of: NaiveDate) -> Option<NaiveDate> {
    match kind {
        0 => None,
        1 => Some(as_of - Days::new(30)),
        _ => Some(as_of + Days::new(30)),
    }
}

#[derive(Clone, Debug)]
struct Case {
    cond: Cond,
    slots: u32,
    retired: Vec<u8>,
    /// Per person: (credential, days before the as-of date; negative = after).
    people: Vec<Vec<(usize, i64)>>,
}

fn as_of() -> NaiveDate {
    "2017-10-15".parse().unwrap()
}

fn case_strategy() -> impl Strategy<Value = Case> {
    (
        cond_strategy(),
        1u32..=3,
        prop::collection::vec(0u8..3, CREDS),
        prop::collection::vec(prop::collection::vec((0..CREDS, -10i64..60), 0..=4), 0..=4),
    )
        .prop_map(|(cond, slots, retired, people)| Case {
            cond,
            slots,
            retired,
            people,
        })
}

impl Case {
    fn rules(&self) -> String {
        let mut t = String::new();
        for i in 0..CREDS {
            t.push_str(&format!("exam c{i} \"Credential {i}\""));
            if let Some(d) = retired(self.retired[i], as_of()) {
                t.push_str(&format!(" retired {d}"));
            }
            t.push('\n');
        }
        t.push_str("currency USD \"Dollar\"\nmarket m \"M\" default\n");
        t.push_str(&format!(
            "competency c {{ area a0 \"A0\" [c0, c1] area a1 \"A1\" [c2, c3, c4]\n\
             option o {{ tier t {{ individuals {n} {{\n  {n} x {}\n}} }} }} }}\n",
            self.cond.text(),
            n = self.slots
        ));
        t
    }

    /// The credentials that count for each person, as bit sets.
    fn held(&self) -> Vec<u32> {
        self.people
            .iter()
            .map(|passes| {
                passes.iter().fold(0, |m, &(c, before)| {
                    let passed = pass_date(before);
                    let counts = passed <= as_of()
                        && retired(self.retired[c], as_of()).is_none_or(|r| passed <= r);
                    if counts {
                        m | 1 << c
                    } else {
                        m
                    }
                })
            })
            .collect()
    }

    fn takeable(&self) -> u32 {
        (0..CREDS)
            .filter(|&c| retired(self.retired[c], as_of()).is_none_or(|r| r >= as_of()))
            .fold(0, |m, c| m | 1 << c)
    }
}

fn pass_date(before: i64) -> NaiveDate {
    if before >= 0 {
        as_of() - Days::new(before as u64)
    } else {
        as_of() + Days::new(before.unsigned_abs())
    }
}

fn partner_json(people: &[Vec<(String, NaiveDate)>]) -> String {
    let people: Vec<String> = people
        .iter()
        .enumerate()
        .map(|(i, passes)| {
            let exams: Vec<String> = passes
                .iter()
                .map(|(c, d)| format!("{{\"exam\": \"{c}\", \"passed\": \"{d}\"}}"))
                .collect();
            format!("{{\"id\": \"p{i}\", \"exams\": [{}]}}", exams.join(", "))
        })
        .collect();
    format!(
        "{{\"id\": \"x\", \"country\": \"US\", \"revenue\": [], \"individuals\": [{}]}}",
        people.join(", ")
    )
}

fn evaluate<'p>(program: &'p Program, people: &[Vec<(String, NaiveDate)>]) -> Outcome<'p> {
    let catalog = data::Catalog::new(program);
    let text = partner_json(people);
    let partner: Partner = data::load(&catalog, &text, FileId(0), Format::Json)
        .unwrap_or_else(|e| panic!("partner does not load: {e:?}\n{text}"))
        .partner;
    eval::evaluate(program, &partner, Options::new(as_of())).expect("evaluates")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn eligibility_and_plan_match_brute_force(case in case_strategy()) {
        let rules = case.rules();
        let mut sources = Sources::new();
        sources.add("gen.rubric", rules.as_str());
        let compiled = rubric::compile(&sources);
        // A condition too large to plan exactly is refused; nothing to check.
        prop_assume!(!compiled.diagnostics.iter().any(|d| d.code == "rubric::validate::condition-too-large"));
        let program = compiled.program.unwrap_or_else(|| panic!("{:?}\n{rules}", compiled.diagnostics));
        let people: Vec<Vec<(String, NaiveDate)>> = case
            .people
            .iter()
            .map(|ps| ps.iter().map(|&(c, d)| (format!("c{c}"), pass_date(d))).collect())
            .collect();
        let outcome = evaluate(&program, &people);
        let held = case.held();
        let eligible = held.iter().filter(|h| case.cond.sat(**h)).count() as u32;
        let o = &outcome.options[0];
        let RequirementOutcome::Individuals(found) = &o.tiers[0].requirements[0] else {
            panic!("an individuals requirement")
        };
        prop_assert_eq!(found.filled, eligible.min(case.slots), "{}", rules);
        prop_assert_eq!(found.met, eligible >= case.slots);

        let Some(gap) = &o.gap else {
            prop_assert!(found.met);
            return Ok(());
        };
        let g = &gap.individuals[0];
        let takeable = case.takeable();
        let mut costs: Vec<u32> = held.iter().filter_map(|h| case.cond.deficit(*h, takeable)).collect();
        if let Some(fresh) = case.cond.deficit(0, takeable) {
            costs.extend(std::iter::repeat_n(fresh, case.slots as usize));
        }
        costs.sort_unstable();
        if costs.len() < case.slots as usize {
            prop_assert!(g.impossible, "{}", rules);
            return Ok(());
        }
        let best: u32 = costs[..case.slots as usize].iter().sum();
        prop_assert!(!g.impossible, "{}", rules);
        prop_assert_eq!(g.exam_passes, best, "{}", rules);

        // Carry out the plan: the requirement is then met.
        let mut after = people.clone();
        for p in &g.plan {
            for m in &p.pass {
                for e in m.exams.iter().take(m.need as usize) {
                    after[p.person as usize].push((e.to_string(), as_of()));
                }
            }
        }
        for n in &g.new_people {
            let passes = n
                .pass
                .iter()
                .flat_map(|m| m.exams.iter().take(m.need as usize))
                .map(|e| (e.to_string(), as_of()))
                .collect();
            after.push(passes);
        }
        let redone = evaluate(&program, &after);
        prop_assert!(redone.options[0].tiers[0].met, "{}\nplan: {:?}", rules, g);
    }
}
