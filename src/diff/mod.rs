//! The impact of a rules change: who gains or loses which tier when the same
//! partner is evaluated under two versions of the rules, and the
//! requirements that make the difference.
//!
//! **Matching across versions.** Options are matched by competency and option
//! id, tiers by id within their option, requirements by id within their tier
//! (`revenue`, `individuals`, `revenue-2`, or the name of a named people
//! requirement; an unnamed requirement's id is its kind and its rank among
//! the tier's requirements of that kind, so inserting a second `revenue`
//! *before* the first one renames the first `revenue-2`). An option, tier
//! or requirement present in one version only is reported as added or
//! removed. A requirement present in both is *changed* when what it means
//! differs: it is compared with every catalog reference resolved to its id
//! (products, kinds, credentials, markets, currencies, associations,
//! statuses, metrics, areas), amounts as numbers, and spans ignored, so
//! moving or reformatting a rule, or reordering the catalog, changes nothing.
//! A requirement can also give another verdict while reading the same
//! (`same`): a catalog entry it uses changed (an exam's retirement date, the
//! countries of a market).
//!
//! **Movements.** For each option, the tier attained under the old rules
//! (`from`) and under the new (`to`). When they differ, the option *gains*
//! or *loses*: `to` ranks below `from` in the new ladder (in the old one
//! when a tier is missing from the new; a tier that exists in neither
//! ladder of the other ranks by position). The tiers of the movement are
//! those crossed: for a loss, every tier of the old ladder from `from` down
//! to `to` (excluded) that was met under the old rules and is not under the
//! new; for a gain, every tier of the new ladder from `to` down to `from`
//! (excluded) met under the new rules and not under the old. Each comes
//! with its causes: for a lost tier, the requirements of its new version
//! that are not met (each either met under the old rules or added); for a
//! gained tier, the requirements of its old version that were not met (each
//! either met now or removed); or the whole tier added or removed.
//!
//! ```
//! use rubric::{data, diff, eval, FileId, Sources};
//!
//! let old_sources = rubric::builtin_sources();
//! let old = rubric::compile(&old_sources).program.unwrap();
//! // The same rules, silver asking USD 150,000 in developed markets.
//! let mut new_sources = Sources::new();
//! for (_, f) in old_sources.iter() {
//!     new_sources.add(f.name(), f.text().replace("developed: USD 100_000", "developed: USD 150_000"));
//! }
//! let new = rubric::compile(&new_sources).program.unwrap();
//! let json = r#"{"id": "p", "country": "FR", "revenue": [{"customer": "c", "product": "crm-online",
//!   "kind": "net-new", "amount": "120000", "currency": "USD", "date": "2017-03-01", "dpor": true}],
//!   "individuals": [{"id": "a", "exams": [{"exam": "MB2-714", "passed": "2016-01-01"},
//!   {"exam": "MB2-710", "passed": "2016-01-01"}]}, {"id": "b", "exams": [{"exam": "MB2-712",
//!   "passed": "2016-01-01"}]}]}"#;
//! // A partner is loaded against each version's catalog.
//! let load = |p| data::load(&data::Catalog::new(p), json, FileId(0), data::Format::Json).unwrap().partner;
//! let as_of = chrono::NaiveDate::from_ymd_opt(2017, 7, 1).unwrap();
//! let options = eval::Options::new(as_of).only(Some("cloud-crm"));
//! let d = diff::partner(&old, &load(&old), &new, &load(&new), options).unwrap();
//! assert_eq!((d.moves[0].from, d.moves[0].to), (Some("silver"), None));
//! assert_eq!(d.moves[0].tiers[0].causes[0].requirement, "revenue");
//! assert_eq!(d.moves[0].tiers[0].causes[0].rule, diff::RuleChange::Changed);
//! ```

mod json;
mod render;

use serde_json::Value;

use crate::data::Partner;
use crate::diag::Diagnostic;
use crate::eval::{self, OptionOutcome, Options, Outcome, TierOutcome};
use crate::ir::{Program, Requirement, Tier};

pub use json::{
    diff_json, diff_report_schema, diff_summary_schema, CauseJson, DiffReport, DiffSummary,
    MoveJson, OptionSummaryJson, SummaryJson, TierMoveJson, TransitionJson, DIFF_JSON_VERSION,
};
pub use render::human;

/// One partner under both versions of the rules.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PartnerDiff<'p> {
    /// The outcome under the old rules.
    pub before: Outcome<'p>,
    /// The outcome under the new rules.
    pub after: Outcome<'p>,
    /// Every option whose tier attained differs, in the order of the new
    /// rules, then the options only the old rules have.
    pub moves: Vec<Move<'p>>,
}

/// Whether an option's tier went up or down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    /// A higher tier under the new rules.
    Gained,
    /// A lower tier (or none) under the new rules.
    Lost,
}

/// The tier attained by one option changed.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Move<'p> {
    /// The competency's id.
    pub competency: &'p str,
    /// The option's id.
    pub option: &'p str,
    /// The tier attained under the old rules (`None`: none).
    pub from: Option<&'p str>,
    /// The tier attained under the new rules (`None`: none).
    pub to: Option<&'p str>,
    /// Up or down.
    pub direction: Direction,
    /// The tiers gained or lost, highest first, each with its causes.
    pub tiers: Vec<TierMove<'p>>,
}

/// One tier gained or lost, and why.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TierMove<'p> {
    /// The tier's id.
    pub tier: &'p str,
    /// `Added`: the tier exists only in the new rules; `Removed`: only in
    /// the old; in both, `Changed` when some cause is a requirement that
    /// reads differently, was added or was removed, else `Same`.
    pub rule: RuleChange,
    /// The requirements that make the difference (none for a tier added or removed).
    pub causes: Vec<Cause<'p>>,
}

/// How a rule (a requirement or a tier) differs between the versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleChange {
    /// In both versions, reading the same.
    Same,
    /// In both versions, reading differently.
    Changed,
    /// Only in the new rules.
    Added,
    /// Only in the old rules.
    Removed,
}

/// A requirement met under one version and not under the other, or
/// present in one version only.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Cause<'p> {
    /// The requirement's id in its tier.
    pub requirement: &'p str,
    /// How the requirement differs between the versions.
    pub rule: RuleChange,
    /// Met under the old rules (`None`: not in them).
    pub before: Option<bool>,
    /// Met under the new rules (`None`: not in them).
    pub after: Option<bool>,
}

/// Evaluates one partner under both versions and compares the outcomes.
/// The partner is loaded once per version (`data::load` against each
/// program's catalog), since a partner's data is resolved against its rules.
pub fn partner<'p>(
    old: &'p Program,
    old_partner: &Partner,
    new: &'p Program,
    new_partner: &Partner,
    opts: Options,
) -> Result<PartnerDiff<'p>, Vec<Diagnostic>> {
    let before = eval::evaluate(old, old_partner, opts)?;
    let after = eval::evaluate(new, new_partner, opts)?;
    let moves = compare(old, &before, new, &after);
    Ok(PartnerDiff {
        before,
        after,
        moves,
    })
}

/// The movements between two outcomes of the same partner, `before` under
/// `old` and `after` under `new`.
pub fn compare<'p>(
    old: &'p Program,
    before: &Outcome<'p>,
    new: &'p Program,
    after: &Outcome<'p>,
) -> Vec<Move<'p>> {
    let mut keys: Vec<(&'p str, &'p str)> = after
        .options
        .iter()
        .map(|o| (o.competency, o.option))
        .collect();
    for o in &before.options {
        if !keys.contains(&(o.competency, o.option)) {
            keys.push((o.competency, o.option));
        }
    }
    let versions = Versions { old, new };
    keys.into_iter()
        .filter_map(|(c, o)| versions.option(c, o, before.option(c, o), after.option(c, o)))
        .collect()
}

/// The two programs.
struct Versions<'p> {
    old: &'p Program,
    new: &'p Program,
}

/// Position of `tier` in a ladder, lowest first.
fn pos(ladder: &[TierOutcome], tier: Option<&str>) -> Option<usize> {
    let tier = tier?;
    ladder.iter().position(|t| t.tier == tier)
}

fn met(ladder: &[TierOutcome], tier: &str) -> bool {
    ladder.iter().any(|t| t.tier == tier && t.met)
}

impl<'p> Versions<'p> {
    fn option(
        &self,
        competency: &'p str,
        option: &'p str,
        before: Option<&OptionOutcome<'p>>,
        after: Option<&OptionOutcome<'p>>,
    ) -> Option<Move<'p>> {
        let from = before.and_then(|o| o.attained);
        let to = after.and_then(|o| o.attained);
        if from == to {
            return None;
        }
        let old: &[TierOutcome<'p>] = before.map_or(&[], |o| &o.tiers);
        let new: &[TierOutcome<'p>] = after.map_or(&[], |o| &o.tiers);
        let rank = |ladder: &[TierOutcome], t| pos(ladder, t).map_or(0, |i| i + 1);
        let lost = match (from, to) {
            (None, _) => false,
            (_, None) => true,
            _ if pos(new, from).is_some() && pos(new, to).is_some() => {
                rank(new, to) < rank(new, from)
            }
            _ if pos(old, from).is_some() && pos(old, to).is_some() => {
                rank(old, to) < rank(old, from)
            }
            _ => rank(new, to) < rank(old, from),
        };
        let mut tiers = Vec::new();
        if lost {
            // Down the old ladder from `from`, until `to` (or a tier below it).
            let start = pos(old, from).map_or(0, |i| i + 1);
            for t in old[..start].iter().rev() {
                let below =
                    matches!((pos(new, Some(t.tier)), pos(new, to)), (Some(a), Some(b)) if a < b);
                if Some(t.tier) == to || below {
                    break;
                }
                if t.met && !met(new, t.tier) {
                    let other = new.iter().find(|n| n.tier == t.tier);
                    tiers.push(self.tier(competency, option, t.tier, Some(t), other, false));
                }
            }
        } else {
            let start = pos(new, to).map_or(0, |i| i + 1);
            for t in new[..start].iter().rev() {
                let below =
                    matches!((pos(old, Some(t.tier)), pos(old, from)), (Some(a), Some(b)) if a < b);
                if Some(t.tier) == from || below {
                    break;
                }
                if t.met && !met(old, t.tier) {
                    let other = old.iter().find(|o| o.tier == t.tier);
                    tiers.push(self.tier(competency, option, t.tier, other, Some(t), true));
                }
            }
        }
        Some(Move {
            competency,
            option,
            from,
            to,
            direction: if lost {
                Direction::Lost
            } else {
                Direction::Gained
            },
            tiers,
        })
    }

    /// Why `tier` is met under one version and not the other. `gained`:
    /// met under the new rules; else under the old.
    fn tier(
        &self,
        competency: &str,
        option: &str,
        tier: &'p str,
        before: Option<&TierOutcome<'p>>,
        after: Option<&TierOutcome<'p>>,
        gained: bool,
    ) -> TierMove<'p> {
        let (Some(b), Some(a)) = (before, after) else {
            let rule = match before {
                None => RuleChange::Added,
                Some(_) => RuleChange::Removed,
            };
            return TierMove {
                tier,
                rule,
                causes: Vec::new(),
            };
        };
        let old_rule = find_tier(self.old, competency, option, tier);
        let new_rule = find_tier(self.new, competency, option, tier);
        let rule_of = |t: Option<&'p Tier>, id: &str| {
            t.and_then(|t| t.requirements.iter().find(|r| r.id() == id))
        };
        // The side that is not met holds the causes.
        let (unmet, other) = if gained { (b, a) } else { (a, b) };
        let causes = (unmet.requirements.iter())
            .filter(|r| !r.met())
            .map(|r| {
                let id = r.id();
                let there = other.requirement(id);
                let change = match there {
                    None if gained => RuleChange::Removed,
                    None => RuleChange::Added,
                    Some(_) => {
                        let (o, n) = (rule_of(old_rule, id), rule_of(new_rule, id));
                        match (o, n) {
                            (Some(o), Some(n))
                                if canonical(self.old, o) == canonical(self.new, n) =>
                            {
                                RuleChange::Same
                            }
                            _ => RuleChange::Changed,
                        }
                    }
                };
                let here = Some(r.met());
                let there = there.map(|t| t.met());
                let (before, after) = if gained { (here, there) } else { (there, here) };
                Cause {
                    requirement: id,
                    rule: change,
                    before,
                    after,
                }
            })
            .collect::<Vec<_>>();
        let rule = match causes.iter().any(|c| c.rule != RuleChange::Same) {
            true => RuleChange::Changed,
            false => RuleChange::Same,
        };
        TierMove { tier, rule, causes }
    }
}

fn find_tier<'p>(
    program: &'p Program,
    competency: &str,
    option: &str,
    tier: &str,
) -> Option<&'p Tier> {
    let c = program.competencies.iter().find(|c| c.id == competency)?;
    let o = c.options.iter().find(|o| o.id == option)?;
    o.tiers.iter().find(|t| t.id == tier)
}

/// `requirement` as plain JSON that means the same under any program: every
/// catalog index replaced by the id it stands for, spans dropped, amounts
/// normalised (`100000.00` is `100000`). A field this does not know (of a
/// requirement kind added later) is compared as it is.
pub fn canonical(program: &Program, requirement: &Requirement) -> Value {
    let mut v = serde_json::to_value(requirement).unwrap_or(Value::Null);
    resolve(program, &mut v);
    v
}

fn resolve(program: &Program, v: &mut Value) {
    let id = |table: &str, i: &Value| -> Value {
        let Some(i) = i.as_u64().and_then(|i| usize::try_from(i).ok()) else {
            return i.clone();
        };
        let found = match table {
            "kinds" => program.kinds.get(i).map(|e| &e.id),
            "products" => program.products.get(i).map(|e| &e.id),
            "associations" => program.associations.get(i).map(|e| &e.id),
            "exams" => program.exams.get(i).map(|e| &e.id),
            "currency" => program.currencies.get(i).map(|e| &e.id),
            "metric" => program.metrics.get(i).map(|e| &e.id),
            "status" => program.statuses.get(i).map(|e| &e.id),
            "area" => program.areas.get(i).map(|e| &e.id),
            _ => None,
        };
        found.map_or_else(|| Value::from(i), |s| Value::String(s.clone()))
    };
    match v {
        Value::Object(map) => {
            map.remove("span");
            for (key, value) in map.iter_mut() {
                match (key.as_str(), &mut *value) {
                    ("kinds" | "products" | "associations" | "exams", Value::Array(items)) => {
                        for item in items.iter_mut() {
                            *item = id(key, item);
                        }
                    }
                    ("currency" | "metric" | "status" | "area", item) if item.is_u64() => {
                        *item = id(key, item);
                    }
                    ("amount", Value::String(s)) => {
                        if let Ok(d) = s.parse::<rust_decimal::Decimal>() {
                            *s = d.normalize().to_string();
                        }
                    }
                    ("amounts" | "counts", Value::Object(per_market)) => {
                        let taken = std::mem::take(per_market);
                        for (market, mut amount) in taken {
                            resolve(program, &mut amount);
                            let name = (market.parse::<usize>().ok())
                                .and_then(|i| program.markets.get(i))
                                .map_or(market, |m| m.id.clone());
                            per_market.insert(name, amount);
                        }
                    }
                    _ => resolve(program, value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| resolve(program, x)),
        _ => {}
    }
}

/// Counts of a diff run: partners, movements per option.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Summary {
    /// Partners compared under both versions.
    pub evaluated: usize,
    /// Partners whose every option kept its tier.
    pub unchanged: usize,
    /// Partners with some option gaining a tier.
    pub gained: usize,
    /// Partners with some option losing a tier.
    pub lost: usize,
    /// Partners that could not be loaded or evaluated.
    pub failed: usize,
    /// Partners evaluated with some requirement left undecided (data the
    /// rules cannot be applied to).
    pub undecided: usize,
    /// Per `(competency, option)`, in order of first movement: the partners
    /// per `(from, to)`.
    pub options: Vec<OptionSummary>,
}

/// The movements of one option in a run.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OptionSummary {
    /// The competency's id.
    pub competency: String,
    /// The option's id.
    pub option: String,
    /// Partners for whom the option gains a tier.
    pub gained: usize,
    /// Partners for whom the option loses a tier.
    pub lost: usize,
    /// `(from, to, partners)`, in order of first appearance.
    pub transitions: Vec<(Option<String>, Option<String>, usize)>,
}

impl Summary {
    /// Counts one partner compared.
    pub fn add(&mut self, d: &PartnerDiff) {
        self.evaluated += 1;
        self.undecided += usize::from(!d.before.errors.is_empty() || !d.after.errors.is_empty());
        if d.moves.is_empty() {
            self.unchanged += 1;
        }
        let has = |dir| d.moves.iter().any(|m| m.direction == dir);
        self.gained += usize::from(has(Direction::Gained));
        self.lost += usize::from(has(Direction::Lost));
        for m in &d.moves {
            let at = match (self.options.iter())
                .position(|o| o.competency == m.competency && o.option == m.option)
            {
                Some(i) => i,
                None => {
                    self.options.push(OptionSummary {
                        competency: m.competency.to_string(),
                        option: m.option.to_string(),
                        ..OptionSummary::default()
                    });
                    self.options.len() - 1
                }
            };
            let o = &mut self.options[at];
            match m.direction {
                Direction::Gained => o.gained += 1,
                Direction::Lost => o.lost += 1,
            }
            let key = (m.from.map(str::to_string), m.to.map(str::to_string));
            match o
                .transitions
                .iter_mut()
                .find(|t| (&t.0, &t.1) == (&key.0, &key.1))
            {
                Some(t) => t.2 += 1,
                None => o.transitions.push((key.0, key.1, 1)),
            }
        }
    }

    /// Counts one partner that could not be compared.
    pub fn add_failed(&mut self) {
        self.failed += 1;
    }
}
