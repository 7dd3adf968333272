//! One order of tiers per competency: the overall result of a competency is
//! its highest tier attained by any option, which needs every option to rank
//! the tiers they share alike (design §2.10).

use super::codes::new;
use super::Cx;
use crate::syntax::ast::{CompetencyDecl, CompetencyMember, Ident, OptionMember};

/// Reports each pair of tiers that two options of `c` list in opposite orders,
/// once per pair, at the later option.
pub(super) fn check(cx: &mut Cx, c: &CompetencyDecl) {
    let options: Vec<(&Ident, Vec<&Ident>)> = (c.members.iter())
        .filter_map(|m| match m {
            CompetencyMember::Option(o) => Some((&o.id, tiers(&o.members))),
            _ => None,
        })
        .collect();
    for (bi, (b, b_tiers)) in options.iter().enumerate() {
        'pairs: for (hi, high) in b_tiers.iter().enumerate() {
            for low in &b_tiers[hi + 1..] {
                // In `b`, `low` is above `high`; an earlier option with `high` above `low`?
                for (a, a_tiers) in &options[..bi] {
                    let pos = |t: &Ident| a_tiers.iter().position(|x| x.node == t.node);
                    if let (Some(ph), Some(pl)) = (pos(high), pos(low)) {
                        if ph > pl {
                            cx.push(
                                new("rubric::validate::tier-order-conflict", low.span)
                                    .arg("option", &b.node)
                                    .arg("first-option", &a.node)
                                    .arg("higher", &low.node)
                                    .arg("lower", &high.node)
                                    .label(a_tiers[pl].span, "first"),
                            );
                            continue 'pairs;
                        }
                    }
                }
            }
        }
    }
}

/// The tier ids of an option, lowest first.
fn tiers(members: &[OptionMember]) -> Vec<&Ident> {
    (members.iter())
        .filter_map(|m| match m {
            OptionMember::Tier(t) => Some(&t.id),
            _ => None,
        })
        .collect()
}
