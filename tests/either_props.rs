//! `either { … } or { … }` with people (design §4.7, §4.9): a tier holds
//! exactly when, for some branch, every slot of the tier's people
//! requirements and of that branch's can be given to people at once —
//! eligible people, nobody twice in one requirement, nobody in two
//! requirements that do not share. Checked against a brute force over every
//! way to give the slots to people, on small random tiers whose sharing
//! relation is a grouping (requirements of different classes share).

use proptest::prelude::*;
use rubric::data::{self, Format};
use rubric::eval::{self, Options, RequirementOutcome};
use rubric::{FileId, Sources};

const CREDS: usize = 3;

/// A slot: one of these credentials.
type Slot = Vec<usize>;

/// A people requirement: its class and its slots.
type Req = (u8, Vec<Slot>);

#[derive(Clone, Debug)]
struct Case {
    tier: Vec<Req>,
    branches: Vec<Vec<Req>>,
    people: Vec<Vec<usize>>,
}

fn case_strategy() -> impl Strategy<Value = Case> {
    let slot = prop::collection::btree_set(0..CREDS, 1..=2).prop_map(|s| s.into_iter().collect());
    let req = (0u8..2, prop::collection::vec(slot, 1..=2));
    (
        prop::collection::vec(req.clone(), 0..=2),
        prop::collection::vec(prop::collection::vec(req, 1..=2), 2..=3),
        prop::collection::vec(prop::collection::vec(0..CREDS, 0..=2), 0..=5),
    )
        .prop_map(|(tier, branches, people)| Case {
            tier,
            branches,
            people,
        })
}

fn block(name: &str, (_, slots): &Req, shares: &[String]) -> String {
    let shares = match shares.is_empty() {
        true => String::new(),
        false => format!(" shares people with {}", shares.join(", ")),
    };
    let mut t = format!("individuals {name} {}{shares} {{\n", slots.len());
    for s in slots {
        let ids: Vec<String> = s.iter().map(|c| format!("c{c}")).collect();
        t.push_str(&format!("  1 x one of [{}]\n", ids.join(", ")));
    }
    t + "}\n"
}

impl Case {
    fn rules(&self) -> String {
        let mut t = String::new();
        for c in 0..CREDS {
            t.push_str(&format!("exam c{c} \"C{c}\"\n"));
        }
        t.push_str("currency USD \"Dollar\"\nmarket m \"M\" default\n");
        t.push_str("competency x { option o { tier t {\n");
        for (k, r) in self.tier.iter().enumerate() {
            let with: Vec<String> = (0..k)
                .filter(|&j| self.tier[j].0 != r.0)
                .map(|j| format!("t{j}"))
                .collect();
            t.push_str(&block(&format!("t{k}"), r, &with));
        }
        for (b, reqs) in self.branches.iter().enumerate() {
            t.push_str(if b == 0 { "either {\n" } else { "} or {\n" });
            for (k, r) in reqs.iter().enumerate() {
                let with: Vec<String> = (self.tier.iter().enumerate())
                    .filter(|(_, x)| x.0 != r.0)
                    .map(|(j, _)| format!("t{j}"))
                    .chain(
                        (0..k)
                            .filter(|&j| reqs[j].0 != r.0)
                            .map(|j| format!("b{b}r{j}")),
                    )
                    .collect();
                t.push_str(&block(&format!("b{b}r{k}"), r, &with));
            }
        }
        t.push_str("}\n} } }\n");
        t
    }

    /// Whether the tier's requirements and branch `b`'s can all be filled.
    fn brute_force(&self, b: usize) -> bool {
        let reqs: Vec<&Req> = self.tier.iter().chain(&self.branches[b]).collect();
        let slots: Vec<(usize, &Slot)> = (reqs.iter().enumerate())
            .flat_map(|(k, r)| r.1.iter().map(move |s| (k, s)))
            .collect();
        self.go(&reqs, &slots, &mut Vec::new())
    }

    fn go(&self, reqs: &[&Req], slots: &[(usize, &Slot)], chosen: &mut Vec<usize>) -> bool {
        let i = chosen.len();
        let Some(&(req, accepts)) = slots.get(i) else {
            return true;
        };
        for (p, held) in self.people.iter().enumerate() {
            if !accepts.iter().any(|c| held.contains(c)) {
                continue;
            }
            let clash = chosen.iter().enumerate().any(|(j, &q)| {
                let other = slots[j].0;
                q == p && (other == req || reqs[other].0 == reqs[req].0)
            });
            if clash {
                continue;
            }
            chosen.push(p);
            if self.go(reqs, slots, chosen) {
                return true;
            }
            chosen.pop();
        }
        false
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn either_verdict_matches_brute_force(case in case_strategy()) {
        let rules = case.rules();
        let mut sources = Sources::new();
        sources.add("gen.rubric", rules.as_str());
        let compiled = rubric::compile(&sources);
        let program = compiled.program.unwrap_or_else(|| panic!("{:?}\n{rules}", compiled.diagnostics));
        let people: Vec<String> = (case.people.iter().enumerate())
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
        let any = (0..case.branches.len()).any(|b| case.brute_force(b));
        prop_assert_eq!(tier.met, any, "{}\n{}", rules, text);
        let own = (tier.requirements.iter())
            .filter(|r| !matches!(r, RequirementOutcome::Either(_)))
            .all(RequirementOutcome::met);
        let Some(RequirementOutcome::Either(e)) = tier.requirement("either") else {
            panic!("an either")
        };
        for (b, found) in e.branches.iter().enumerate() {
            prop_assert_eq!(own && found.met, case.brute_force(b), "branch {}\n{}\n{}", b + 1, rules, text);
        }
        if own {
            let first = (0..case.branches.len()).find(|&b| case.brute_force(b));
            prop_assert_eq!(e.chosen, first, "{}\n{}", rules, text);
        }
    }
}
