//! An evaluation outcome as JSON for integrators: ids instead of indices,
//! amounts as exact decimal strings.

use serde_json::{json, Value};

use super::outcome::{reason_words, Context};
use crate::eval::{
    Candidate, Gap, IndividualsOutcome, Missing, OptionOutcome, Outcome, RequirementOutcome,
    RevenueOutcome,
};
use crate::ir::{Individuals, Requirement, Threshold};

/// Version of the evaluation JSON format.
pub const EVAL_JSON_VERSION: u32 = 1;

/// The outcome of one partner: `{ "partner", "as_of", "competencies": [...] }`.
pub fn outcome_json(cx: &Context, outcome: &Outcome) -> Value {
    let p = cx.partner;
    json!({
        "format": EVAL_JSON_VERSION,
        "partner": {
            "id": p.id,
            "name": p.name,
            "country": p.country,
            "market": cx.program.markets[outcome.market.index()].id,
        },
        "as_of": outcome.as_of.to_string(),
        "competencies": outcome.options.iter().map(|o| option(cx, o)).collect::<Vec<_>>(),
    })
}

fn option(cx: &Context, o: &OptionOutcome) -> Value {
    let comp = &cx.program.competencies[o.competency];
    let opt = &comp.options[o.option];
    let tiers: Vec<Value> = opt
        .tiers
        .iter()
        .zip(&o.tiers)
        .map(|(t, r)| {
            json!({
                "tier": t.id,
                "met": r.met,
                "requirements": t.requirements.iter().zip(&r.requirements).map(|(req, r)| match (req, r) {
                    (Requirement::Revenue(th), RequirementOutcome::Revenue(r)) => revenue(cx, th, r),
                    (Requirement::Individuals(i), RequirementOutcome::Individuals(r)) => individuals(cx, i, r),
                    _ => Value::Null,
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "competency": comp.id,
        "option": opt.id,
        "attained": o.attained.map(|t| opt.tiers[t].id.clone()),
        "next": o.gap.as_ref().map(|g| opt.tiers[g.tier].id.clone()),
        "tiers": tiers,
        "gap": o.gap.as_ref().map(|g| gap(cx, o, g)),
    })
}

fn revenue(cx: &Context, t: &Threshold, r: &RevenueOutcome) -> Value {
    let line = |i: u32| {
        let l = &cx.partner.revenue[i as usize];
        json!({
            "line": i,
            "customer": l.customer,
            "product": l.product_id,
            "kind": l.kind_id,
            "amount": l.amount.to_string(),
            "currency": l.currency_id,
            "date": l.date.to_string(),
            "dpor": l.dpor,
        })
    };
    json!({
        "type": "revenue",
        "met": r.met,
        "kind": cx.program.kinds[t.kind.index()].id,
        "products": t.products.iter().map(|p| &cx.program.products[p.index()].id).collect::<Vec<_>>(),
        "dpor": t.dpor,
        "window": { "months": t.window.months(), "after": r.window_start.to_string(), "until": r.window_end.to_string() },
        "currency": cx.program.currencies.get(r.currency.index()).map(|c| c.id.clone()),
        "required": r.required.to_string(),
        "found": r.found.to_string(),
        "shortfall": r.shortfall.map(|s| s.to_string()),
        "counted": r.counted.iter().map(|i| line(*i)).collect::<Vec<_>>(),
        "excluded": r.excluded.iter().map(|e| {
            let mut v = line(e.line);
            v["reason"] = json!(e.reason);
            v["why"] = json!(reason_words(e.reason));
            v
        }).collect::<Vec<_>>(),
    })
}

fn missing(cx: &Context, m: &[Missing]) -> Value {
    m.iter()
        .map(|m| {
            json!({
                "need": m.need,
                "of": m.exams.iter().map(|e| &cx.program.exams[e.index()].id).collect::<Vec<_>>(),
            })
        })
        .collect()
}

fn person_id(cx: &Context, p: u32) -> Value {
    cx.partner
        .individuals
        .get(p as usize)
        .map_or(Value::Null, |i| json!(i.id))
}

fn candidate(cx: &Context, c: &Candidate) -> Value {
    json!({ "person": person_id(cx, c.person), "busy": c.busy, "missing": missing(cx, &c.missing) })
}

fn individuals(cx: &Context, req: &Individuals, r: &IndividualsOutcome) -> Value {
    json!({
        "type": "individuals",
        "met": r.met,
        "required": r.required,
        "filled": r.filled,
        "groups": req.groups.iter().map(|g| json!({
            "count": g.count,
            "clauses": g.clauses.iter().map(|c| json!({
                "need": c.need,
                "of": c.exams.iter().map(|e| &cx.program.exams[e.index()].id).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "slots": r.slots.iter().map(|s| json!({
            "group": s.group,
            "person": s.person.map(|p| person_id(cx, p)),
            "candidates": s.candidates.iter().map(|c| candidate(cx, c)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

fn gap(cx: &Context, o: &OptionOutcome, g: &Gap) -> Value {
    let tier = &cx.program.competencies[o.competency].options[o.option].tiers[g.tier];
    json!({
        "tier": tier.id,
        "revenue": g.revenue.iter().map(|r| json!({
            "requirement": r.requirement,
            "currency": cx.program.currencies.get(r.currency.index()).map(|c| c.id.clone()),
            "shortfall": r.shortfall.to_string(),
        })).collect::<Vec<_>>(),
        "individuals": g.individuals.iter().map(|i| json!({
            "requirement": i.requirement,
            "exam_passes": i.exam_passes,
            "impossible": i.impossible,
            "plan": i.plan.iter().map(|p| json!({
                "person": person_id(cx, p.person),
                "group": p.group,
                "pass": missing(cx, &p.pass),
            })).collect::<Vec<_>>(),
            "new_people": i.new_people.iter().map(|n| json!({
                "group": n.group,
                "pass": missing(cx, &n.pass),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
