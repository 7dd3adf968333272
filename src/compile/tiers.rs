//! The order of tiers: a higher tier should never ask less than a lower one.

use super::{error, Cx};
use crate::i18n::{Arg, Args};
use crate::ir::{Program, Quantity, Requirement, Threshold};

/// Warns where a tier asks less than a tier listed before it.
pub(super) fn check_order(cx: &mut Cx, program: &Program) {
    for option in program.competencies.iter().flat_map(|c| &c.options) {
        for (hi_pos, higher) in option.tiers.iter().enumerate() {
            for lower in &option.tiers[..hi_pos] {
                for hr in &higher.requirements {
                    for lr in &lower.requirements {
                        if let Some((detail, at, lower_at)) = asks_less(program, hr, lr) {
                            cx.push(error::tier_asks_less(
                                &higher.id, &lower.id, at, lower_at, detail,
                            ));
                        }
                    }
                }
            }
        }
    }
}

/// Whether `hr` (of the higher tier) is weaker than the comparable `lr`: how
/// (the arguments of the message), where, and where the lower tier asks more.
fn asks_less(
    program: &Program,
    hr: &Requirement,
    lr: &Requirement,
) -> Option<(Args, crate::span::Span, crate::span::Span)> {
    match (hr, lr) {
        (Requirement::Revenue(h), Requirement::Revenue(l))
        | (Requirement::Consumption(h), Requirement::Consumption(l))
            if comparable(h, l) =>
        {
            h.amounts
                .iter()
                .filter_map(|(m, hm)| Some((m.index(), hm, l.amounts.get(m)?)))
                .find_map(|(i, hm, lm)| {
                    (hm.currency == lm.currency && hm.amount < lm.amount).then(|| {
                        let c = &program.currencies[hm.currency.index()].id;
                        let detail = Args::new()
                            .with("hint", "revenue")
                            .with("amount", Arg::money(hm.amount, c))
                            .with("lower-amount", Arg::money(lm.amount, c))
                            .with("market", &program.markets[i].id);
                        (detail, hm.span, lm.span)
                    })
                })
        }
        (Requirement::Count(h), Requirement::Count(l))
        | (Requirement::NewCustomers(h), Requirement::NewCustomers(l))
            if comparable_counts(h, l) =>
        {
            let what = match h.metric {
                Some(m) => program.metrics[m.index()].id.as_str(),
                None => "new customers",
            };
            (h.counts.iter())
                .filter_map(|(m, hn)| Some((m.index(), *hn, *l.counts.get(m)?)))
                .find(|(_, hn, ln)| hn < ln)
                .map(|(i, hn, ln)| {
                    let detail = Args::new()
                        .with("hint", "count")
                        .with("what", what)
                        .with("amount", hn)
                        .with("lower-amount", ln)
                        .with("market", &program.markets[i].id);
                    (detail, h.span, l.span)
                })
        }
        // People requirements are compared by name (design §5).
        (Requirement::Individuals(h), Requirement::Individuals(l))
            if h.total < l.total && h.name == l.name =>
        {
            Some((
                Args::new()
                    .with("hint", "individuals")
                    .with("count", h.total)
                    .with("lower-count", l.total),
                h.span,
                l.span,
            ))
        }
        _ => None,
    }
}

/// Thresholds on the same revenue, whose amounts can be compared.
fn comparable(h: &Threshold, l: &Threshold) -> bool {
    let mut hp = h.products.clone();
    let mut lp = l.products.clone();
    hp.sort();
    lp.sort();
    let (mut ha, mut la) = (h.associations.clone(), l.associations.clone());
    ha.sort();
    la.sort();
    let (mut hk, mut lk) = (h.kinds.clone(), l.kinds.clone());
    hk.sort();
    lk.sort();
    (hk, h.any_kind) == (lk, l.any_kind)
        && hp == lp
        && h.window.months() == l.window.months()
        && ha == la
}

/// Counts of the same thing (metric, products, window, associations).
fn comparable_counts(h: &Quantity, l: &Quantity) -> bool {
    let sorted = |q: &Quantity| {
        let (mut p, mut a) = (q.products.clone(), q.associations.clone());
        p.sort();
        a.sort();
        (q.metric, p, q.window.months(), a)
    };
    sorted(h) == sorted(l)
}
