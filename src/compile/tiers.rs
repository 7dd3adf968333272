//! The order of tiers: a higher tier should never ask less than a lower one.

use super::{CompileError, Cx};
use crate::ir::{Program, Requirement, Threshold};

/// Warns where a tier asks less than a tier listed before it.
pub(super) fn check_order(cx: &mut Cx, program: &Program) {
    for option in program.competencies.iter().flat_map(|c| &c.options) {
        for (hi_pos, higher) in option.tiers.iter().enumerate() {
            for lower in &option.tiers[..hi_pos] {
                for hr in &higher.requirements {
                    for lr in &lower.requirements {
                        if let Some((what, at, lower_at)) = asks_less(program, hr, lr) {
                            cx.push(CompileError::TierAsksLess {
                                higher: higher.id.clone(),
                                lower: lower.id.clone(),
                                what,
                                span: at.into(),
                                lower_at: vec![
                                    cx.note(format!("`{}` asks for more here", lower.id), lower_at)
                                ],
                                src: cx.src(at),
                            });
                        }
                    }
                }
            }
        }
    }
}

/// Whether `hr` (of the higher tier) is weaker than the comparable `lr`.
fn asks_less(
    program: &Program,
    hr: &Requirement,
    lr: &Requirement,
) -> Option<(String, crate::span::Span, crate::span::Span)> {
    match (hr, lr) {
        (Requirement::Revenue(h), Requirement::Revenue(l)) if comparable(h, l) => h
            .amounts
            .iter()
            .filter_map(|(m, hm)| Some((m.index(), hm, l.amounts.get(m)?)))
            .find_map(|(i, hm, lm)| {
                (hm.currency == lm.currency && hm.amount < lm.amount).then(|| {
                    let c = &program.currencies[hm.currency.index()].id;
                    (
                        format!(
                            "{} {} instead of {} {} in market `{}`",
                            c, hm.amount, c, lm.amount, program.markets[i].id
                        ),
                        hm.span,
                        lm.span,
                    )
                })
            }),
        (Requirement::Individuals(h), Requirement::Individuals(l)) if h.total < l.total => Some((
            format!("{} individuals instead of {}", h.total, l.total),
            h.span,
            l.span,
        )),
        _ => None,
    }
}

/// Thresholds on the same revenue, whose amounts can be compared.
fn comparable(h: &Threshold, l: &Threshold) -> bool {
    let mut hp = h.products.clone();
    let mut lp = l.products.clone();
    hp.sort();
    lp.sort();
    h.kind == l.kind && hp == lp && h.window.months() == l.window.months() && h.dpor == l.dpor
}
