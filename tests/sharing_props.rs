//! Several people requirements in a tier, with and without `shares people
//! with` (design §4.7): the evaluator's verdict (one matching per group of
//! requirements that do not share) equals a brute force over every way to
//! give the slots to people, on small random tiers whose sharing relation is
//! a grouping (the only relations the compiler accepts); and the gap plan's
//! passes equal the fewest over every assignment of each group's slots to
//! distinct people, the partner's or new ones.

use proptest::prelude::*;
use rubric::data::{self, Format};
use rubric::eval::{self, Options};
use rubric::{FileId, Sources};

const CREDS: usize = 4;

/// A slot: `all of` (else `one of`) these credentials.
type Slot = (bool, Vec<usize>);

#[derive(Clone, Debug)]
struct Case {
    /// Per requirement: its class (requirements of different classes share
    /// people) and its slots, each the credentials it accepts (`one of`, or
    /// `all of` when the flag is set).
    reqs: Vec<(u8, Vec<Slot>)>,
    /// Per person: the credentials held.
    people: Vec<Vec<usize>>,
}

fn case_strategy() -> impl Strategy<Value = Case> {
    let slot = (
        prop::bool::ANY,
        prop::collection::btree_set(0..CREDS, 1..=2),
    )
        .prop_map(|(all, s)| (all, s.into_iter().collect()));
    let req = (0u8..3, prop::collection::vec(slot, 1..=2));
    (
        prop::collection::vec(req, 1..=3),
        prop::collection::vec(prop::collection::vec(0..CREDS, 0..=3), 0..=5),
    )
        .prop_map(|(reqs, people)| Case { reqs, people })
}

impl Case {
    fn shares(&self, a: usize, b: usize) -> bool {
        self.reqs[a].0 != self.reqs[b].0
    }

    fn rules(&self) -> String {
        let mut t = String::new();
        for c in 0..CREDS {
            t.push_str(&format!("exam c{c} \"C{c}\"\n"));
        }
        t.push_str("currency USD \"Dollar\"\nmarket m \"M\" default\n");
        t.push_str("competency x { option o { tier t {\n");
        for (k, (_, slots)) in self.reqs.iter().enumerate() {
            let with: Vec<String> = (k + 1..self.reqs.len())
                .filter(|&b| self.shares(k, b))
                .map(|b| format!("r{b}"))
                .collect();
            let shares = match with.is_empty() {
                true => String::new(),
                false => format!(" shares people with {}", with.join(", ")),
            };
            t.push_str(&format!("  individuals r{k} {}{shares} {{\n", slots.len()));
            for (all, s) in slots {
                let ids: Vec<String> = s.iter().map(|c| format!("c{c}")).collect();
                let need = if *all { "all" } else { "one" };
                t.push_str(&format!("    1 x {need} of [{}]\n", ids.join(", ")));
            }
            t.push_str("  }\n");
        }
        t.push_str("} } }\n");
        t
    }

    /// Whether some way to fill every slot respects the rules: eligible
    /// people, nobody twice in one requirement, and nobody in two
    /// requirements that do not share.
    fn brute_force(&self) -> bool {
        let slots: Vec<(usize, &Slot)> = self
            .reqs
            .iter()
            .enumerate()
            .flat_map(|(k, (_, s))| s.iter().map(move |c| (k, c)))
            .collect();
        let mut chosen: Vec<usize> = Vec::new();
        self.go(&slots, &mut chosen)
    }

    fn go(&self, slots: &[(usize, &Slot)], chosen: &mut Vec<usize>) -> bool {
        let i = chosen.len();
        if i == slots.len() {
            return true;
        }
        let (req, accepts) = slots[i];
        for (p, held) in self.people.iter().enumerate() {
            if deficit(accepts, held) > 0 {
                continue;
            }
            let clash = chosen
                .iter()
                .enumerate()
                .any(|(j, &q)| q == p && (slots[j].0 == req || !self.shares(slots[j].0, req)));
            if clash {
                continue;
            }
            chosen.push(p);
            if self.go(slots, chosen) {
                return true;
            }
            chosen.pop();
        }
        false
    }
}

/// The passes someone holding `held` lacks for a slot.
fn deficit((all, accepts): &Slot, held: &[usize]) -> u32 {
    let have = accepts.iter().filter(|c| held.contains(c)).count();
    match all {
        true => (accepts.len() - have) as u32,
        false => u32::from(have == 0),
    }
}

impl Case {
    /// The fewest passes that fill every slot of the requirements of class
    /// `class` with distinct people (the partner's, or new people holding nothing).
    fn cheapest(&self, class: u8) -> u32 {
        let slots: Vec<&Slot> = self
            .reqs
            .iter()
            .filter(|r| r.0 == class)
            .flat_map(|r| &r.1)
            .collect();
        let mut used = vec![false; self.people.len()];
        fn go(case: &Case, slots: &[&Slot], used: &mut Vec<bool>) -> u32 {
            let Some((first, rest)) = slots.split_first() else {
                return 0;
            };
            // A new person for this slot.
            let mut best = deficit(first, &[]) + go(case, rest, used);
            for p in 0..case.people.len() {
                if used[p] {
                    continue;
                }
                used[p] = true;
                best = best.min(deficit(first, &case.people[p]) + go(case, rest, used));
                used[p] = false;
            }
            best
        }
        go(self, &slots, &mut used)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tier_verdict_matches_brute_force(case in case_strategy()) {
        let rules = case.rules();
        let mut sources = Sources::new();
        sources.add("gen.rubric", rules.as_str());
        let compiled = rubric::compile(&sources);
        let program = compiled.program.unwrap_or_else(|| panic!("{:?}\n{rules}", compiled.diagnostics));
        let people: Vec<String> = case
            .people
            .iter()
            .enumerate()
            .map(|(i, held)| {
                let exams: Vec<String> = held
                    .iter()
                    .map(|c| format!("{{\"exam\": \"c{c}\", \"passed\": \"2017-01-01\"}}"))
                    .collect();
                format!("{{\"id\": \"p{i}\", \"exams\": [{}]}}", exams.join(", "))
            })
            .collect();
        let text = format!(
            "{{\"id\": \"x\", \"country\": \"US\", \"revenue\": [], \"individuals\": [{}]}}",
            people.join(", ")
        );
        let catalog = data::Catalog::new(&program);
        let partner = data::load(&catalog, &text, FileId(0), Format::Json).expect("loads").partner;
        let as_of = "2017-10-15".parse().unwrap();
        let outcome = eval::evaluate(&program, &partner, Options::new(as_of)).expect("evaluates");
        let tier = &outcome.options[0].tiers[0];
        prop_assert_eq!(tier.met, case.brute_force(), "{}\n{}", rules, text);
        // Every requirement of a tier is met or not with its group: all
        // requirements are met exactly when the tier is.
        prop_assert_eq!(tier.requirements.iter().all(|r| r.met()), tier.met);

        // The plan: groups (classes) are planned independently, each exactly.
        let passes: u32 = outcome.options[0]
            .gap
            .as_ref()
            .map_or(0, |g| g.individuals.iter().map(|i| i.exam_passes).sum());
        let mut classes: Vec<u8> = case.reqs.iter().map(|r| r.0).collect();
        classes.sort_unstable();
        classes.dedup();
        let best: u32 = classes.iter().map(|c| case.cheapest(*c)).sum();
        prop_assert_eq!(passes, best, "{}\n{}", rules, text);
    }
}
