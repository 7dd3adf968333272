//! Diagnostics of name resolution and validation: their codes, arguments and
//! places. The words, in the language of the run, are in
//! `messages/*/compile.ftl`; every diagnostic points at the exact place and
//! its help says how to fix it.

use super::codes::new;
use crate::diag::Diagnostic;
use crate::i18n::{Arg, Args, Conj};
use crate::span::Span;
use crate::suggest::Reach;

/// A kind of name that rules refer to, with the code of a reference that no
/// file declares.
pub(crate) struct NameKind {
    /// The keyword that declares it (`exam`); also the `$what` of messages.
    pub what: &'static str,
    /// The code of an unknown name of this kind.
    unknown: &'static str,
    /// How far a suggestion may be from a misspelt name of this kind.
    pub reach: Reach,
}

// Markets and currencies are short codes where one letter is another
// meaning (`developed` / `developing`, `USD` / `UDS`): only the same name up
// to case and punctuation is suggested.

/// Exams, assessments and certifications: one namespace of ids.
pub(crate) const CREDENTIAL: NameKind = NameKind {
    what: "credential",
    unknown: "rubric::resolve::unknown-credential",
    reach: Reach::OneLetter,
};
pub(crate) const PRODUCT: NameKind = NameKind {
    what: "product",
    unknown: "rubric::resolve::unknown-product",
    reach: Reach::OneLetter,
};
pub(crate) const KIND: NameKind = NameKind {
    what: "kind",
    unknown: "rubric::resolve::unknown-kind",
    reach: Reach::OneLetter,
};
pub(crate) const CURRENCY: NameKind = NameKind {
    what: "currency",
    unknown: "rubric::resolve::unknown-currency",
    reach: Reach::SameName,
};
/// Focus areas (`area ID TEXT [...]`), resolved within their competency.
pub(crate) const AREA: NameKind = NameKind {
    what: "area",
    unknown: "rubric::resolve::unknown-area",
    reach: Reach::OneLetter,
};
/// People requirements of one tier, named in `shares people with`.
pub(crate) const PEOPLE: NameKind = NameKind {
    what: "requirement",
    unknown: "rubric::resolve::unknown-people-requirement",
    reach: Reach::OneLetter,
};
pub(crate) const ASSOCIATION: NameKind = NameKind {
    what: "association",
    unknown: "rubric::resolve::unknown-association",
    reach: Reach::SameName,
};
pub(crate) const STATUS: NameKind = NameKind {
    what: "status",
    unknown: "rubric::resolve::unknown-status",
    reach: Reach::SameName,
};
/// Usage metrics (`metric seats "…" latest`), named by `count`.
pub(crate) const METRIC: NameKind = NameKind {
    what: "metric",
    unknown: "rubric::resolve::unknown-metric",
    reach: Reach::OneLetter,
};
pub(crate) const MARKET: NameKind = NameKind {
    what: "market",
    unknown: "rubric::resolve::unknown-market",
    reach: Reach::SameName,
};

/// A reference to a name that no file declares. `close`: a name of the same
/// kind that following cannot change the meaning of (`suggest::suggest`);
/// else `declared` lists some declared names of that kind for the help.
pub(crate) fn unknown(
    kind: &NameKind,
    name: &str,
    span: Span,
    close: Option<&str>,
    declared: &[&str],
) -> Diagnostic {
    let d = new(kind.unknown, span).arg("name", name);
    match (close, declared) {
        (Some(s), _) => d.arg("hint", "suggest").arg("suggestion", s),
        (None, []) => d.arg("hint", "declare"),
        (None, names) => d
            .arg("hint", "list")
            .arg("declared", Arg::ids(names.iter().copied(), Conj::Or)),
    }
}

/// `allow CODE` naming no warning rubric reports; `close` is a warning code
/// one letter away, else `warnings` lists the ones that can be allowed.
pub(crate) fn unknown_warning(
    name: &str,
    span: Span,
    close: Option<&str>,
    warnings: &[&str],
) -> Diagnostic {
    let d = new("rubric::resolve::unknown-warning", span).arg("name", name);
    match close {
        Some(s) => d.arg("hint", "suggest").arg("suggestion", s),
        None => d
            .arg("hint", "list")
            .arg("warnings", Arg::ids(warnings.iter().copied(), Conj::Or)),
    }
}

/// `allow CODE` naming an error (`hint` `error`), or `unused-allow` (`hint`
/// `unused-allow`): neither can be allowed.
pub(crate) fn not_a_warning(name: &str, span: Span, unused_allow: bool) -> Diagnostic {
    new("rubric::validate::not-a-warning", span)
        .arg("name", name)
        .arg(
            "hint",
            if unused_allow {
                "unused-allow"
            } else {
                "error"
            },
        )
}

/// `allow CODE ""`: the reason is what a reader of the rules needs.
pub(crate) fn empty_reason(code: &str, span: Span) -> Diagnostic {
    new("rubric::validate::empty-reason", span).arg("name", code)
}

/// An `allow CODE` that silences no warning of its block (`what`:
/// `competency`, `option` or `tier`, called `block`).
pub(crate) fn unused_allow(code: &str, what: &'static str, block: &str, span: Span) -> Diagnostic {
    new(super::codes::UNUSED_ALLOW, span)
        .arg("name", code)
        .arg("what", what)
        .arg("block", block)
}

/// `at least 2000` on a `measure` (`revenue`): an amount without its
/// currency. `fix`: the amount to write, with the first declared currency
/// (`USD 2000`); `declared` lists them.
pub(crate) fn missing_currency(
    measure: &'static str,
    amount: &str,
    fix: &str,
    declared: &[&str],
    span: Span,
) -> Diagnostic {
    let d = new("rubric::validate::missing-currency", span)
        .arg("measure", measure)
        .arg("amount", amount)
        .arg("fix", fix);
    match declared {
        [] => d.arg("hint", "declare"),
        names => d
            .arg("hint", "write")
            .arg("declared", Arg::ids(names.iter().copied(), Conj::And)),
    }
}

/// A credential id that no file declares. `close`: an id that differs only
/// in case or punctuation, or by one letter; else `declared` lists some
/// declared ids (closest first) for the help.
pub(crate) fn unknown_credential(
    name: &str,
    span: Span,
    close: Option<&str>,
    declared: &[&str],
) -> Diagnostic {
    let d = new(CREDENTIAL.unknown, span).arg("name", name);
    match (close, declared) {
        (Some(s), _) => d.arg("hint", "suggest").arg("suggestion", s),
        (None, []) => d.arg("hint", "declare"),
        (None, ids) => d
            .arg("hint", "list")
            .arg("declared", Arg::ids(ids.iter().copied(), Conj::Or)),
    }
}

/// A credential id declared a second time, as a `what` (`exam`,
/// `assessment` or `certification`), first declared as a `first_what`.
pub(crate) fn duplicate_credential(
    what: &'static str,
    first_what: &'static str,
    name: &str,
    span: Span,
    first: Span,
) -> Diagnostic {
    let d = duplicate(what, name, span, first);
    match what == first_what {
        true => d,
        false => d.arg("hint", "other-kind").arg("first-what", first_what),
    }
}

/// `course N` on an exam or a certification (`what`).
pub(crate) fn course_on_non_assessment(
    what: &'static str,
    name: &str,
    course: u32,
    span: Span,
) -> Diagnostic {
    new("rubric::validate::course-on-non-assessment", span)
        .arg("what", what)
        .arg("name", name)
        .arg("course", course)
}

/// The same id declared twice (`what`: `exam`, …, `competency`, `option`, `tier`).
/// A first definition in another file is drawn as a note of its own.
pub(crate) fn duplicate(what: &'static str, name: &str, span: Span, first: Span) -> Diagnostic {
    let attr = if span.file == first.file {
        "first"
    } else {
        "first-elsewhere"
    };
    new("rubric::resolve::duplicate-definition", span)
        .arg("hint", "same")
        .arg("what", what)
        .arg("name", name)
        .label(first, attr)
}

/// The slot groups of an `individuals` block (at `groups`, `None` when it
/// has none) do not add up to its total (at `span`).
pub(crate) fn slot_count_mismatch(
    span: Span,
    groups: Option<Span>,
    sum: u64,
    total: u32,
) -> Diagnostic {
    let d = new("rubric::validate::slot-count-mismatch", span)
        .arg("sum", sum)
        .arg("total", total);
    match groups {
        Some(g) => d.arg("hint", "fix").label(g, "groups"),
        None => d.arg("hint", "no-groups"),
    }
}

/// `one of []` or `in []` (`what`: `exam` or `product`).
pub(crate) fn empty_list(what: &'static str, span: Span) -> Diagnostic {
    new("rubric::validate::empty-list", span).arg("what", what)
}

/// The same name twice in one list (`what`: `exam`, `product` or `country`).
pub(crate) fn listed_twice(what: &'static str, name: &str, span: Span, first: Span) -> Diagnostic {
    new("rubric::validate::listed-twice", span)
        .arg("what", what)
        .arg("name", name)
        .label(first, "first")
}

/// `3 of [A, B]` or `0 of [...]`.
pub(crate) fn impossible_clause(span: Span, need: u32, len: usize) -> Diagnostic {
    new("rubric::validate::impossible-clause", span)
        .arg("need", need)
        .arg("len", len)
        .arg("hint", if need == 0 { "zero" } else { "too-many" })
}

/// A per-market threshold that leaves a declared market out.
pub(crate) fn missing_market(market: &str, span: Span) -> Diagnostic {
    new("rubric::validate::missing-market-threshold", span).arg("market", market)
}

/// A market named twice in one threshold.
pub(crate) fn duplicate_market_amount(market: &str, span: Span, first: Span) -> Diagnostic {
    new("rubric::validate::duplicate-market-threshold", span)
        .arg("market", market)
        .label(first, "first")
}

/// A block given the same property twice (`what`: `title`, `summary`,
/// `default` or `individuals`).
pub(crate) fn duplicate_property(what: &'static str, span: Span, first: Span) -> Diagnostic {
    new("rubric::validate::duplicate-property", span)
        .arg("what", what)
        .label(first, "first")
}

/// Market `name` marked `default` at `span` when `previous` already is, at `first`.
pub(crate) fn several_defaults(previous: &str, name: &str, span: Span, first: Span) -> Diagnostic {
    new("rubric::validate::several-default-markets", span)
        .arg("previous", previous)
        .arg("name", name)
        .label(first, "first")
}

/// `country` listed by `market` at `span`, and first by `previous` at `first`.
pub(crate) fn country_in_two_markets(
    country: &str,
    previous: &str,
    market: &str,
    span: Span,
    first: Span,
) -> Diagnostic {
    new("rubric::validate::country-in-two-markets", span)
        .arg("country", country)
        .arg("previous", previous)
        .arg("market", market)
        .label(first, "first")
}

/// Not a two-letter ISO 3166-1 code.
pub(crate) fn bad_country_code(code: &str, span: Span) -> Diagnostic {
    new("rubric::validate::bad-country-code", span).arg("code", code)
}

/// `over 0 months`.
pub(crate) fn empty_window(span: Span) -> Diagnostic {
    new("rubric::validate::empty-window", span)
}

/// A competency without any option, or an option without any tier (`what`:
/// `competency` or `option`).
pub(crate) fn empty_block(what: &'static str, name: &str, span: Span) -> Diagnostic {
    new("rubric::validate::empty-block", span)
        .arg("what", what)
        .arg("name", name)
}

/// A text that gives the same language (`None`: no language) twice.
pub(crate) fn duplicate_language(lang: Option<&str>, span: Span, first: Span) -> Diagnostic {
    let d = new("rubric::validate::duplicate-language", span).label(first, "first");
    match lang {
        Some(l) => d.arg("hint", "tagged").arg("lang", l),
        None => d.arg("hint", "untagged"),
    }
}

/// A tier with no requirement: every partner attains it.
pub(crate) fn empty_tier(tier: &str, span: Span) -> Diagnostic {
    new("rubric::validate::empty-tier", span).arg("tier", tier)
}

/// Tier `higher` asks less at `span` than the lower tier `lower` at
/// `lower_at`; `detail` says how (`hint` `revenue` or `individuals` and
/// its amounts or counts).
pub(crate) fn tier_asks_less(
    higher: &str,
    lower: &str,
    span: Span,
    lower_at: Span,
    detail: Args,
) -> Diagnostic {
    let mut d = new("rubric::validate::tier-asks-less", span)
        .arg("higher", higher)
        .arg("lower", lower)
        .label(lower_at, "lower");
    for (name, value) in detail.iter() {
        d.args.set(name, value.clone());
    }
    d
}

/// A count (`what`: a metric id, or `new customers`) written with a unit:
/// `count seats … at least USD 250`. `fix`: the figure without it.
pub(crate) fn wrong_unit(what: &str, unit: &str, fix: &str, span: Span) -> Diagnostic {
    new("rubric::validate::wrong-unit", span)
        .arg("measure", what)
        .arg("unit", unit)
        .arg("fix", fix)
}

/// A count (`what`) that is not a whole number: `at least 2_000.5`.
pub(crate) fn fractional_count(what: &str, amount: &str, fix: &str, span: Span) -> Diagnostic {
    new("rubric::validate::fractional-count", span)
        .arg("measure", what)
        .arg("amount", amount)
        .arg("fix", fix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Arg, Lang};
    use crate::span::FileId;

    /// Every variant of every message, in both languages: a sentence from the
    /// catalog with every argument it uses, a label and a help.
    #[test]
    fn every_variant_is_worded_in_both_languages() {
        let s = Span::new(FileId(0), 0, 1);
        let t = Span::new(FileId(1), 0, 1);
        let mut all = Vec::new();
        for kind in [&PRODUCT, &KIND, &CURRENCY, &MARKET] {
            all.push(unknown(kind, "x", s, Some("y"), &[]));
            all.push(unknown(kind, "x", s, None, &[]));
            all.push(unknown(kind, "x", s, None, &["a", "b"]));
        }
        all.push(unknown_warning("x", s, Some("y"), &[]));
        all.push(unknown_warning("x", s, None, &["a", "b"]));
        all.push(not_a_warning("x", s, false));
        all.push(not_a_warning("unused-allow", s, true));
        all.push(empty_reason("x", s));
        for what in ["competency", "option", "tier"] {
            all.push(unused_allow("x", what, "b", s));
        }
        all.push(missing_currency("revenue", "1", "USD 1", &["USD"], s));
        all.push(missing_currency("revenue", "1", "USD 1", &[], s));
        all.push(unknown_credential("x", s, Some("y"), &[]));
        all.push(unknown_credential("x", s, None, &[]));
        all.push(unknown_credential("x", s, None, &["a", "b"]));
        for kind in ["exam", "assessment", "certification"] {
            for first in ["exam", "assessment", "certification"] {
                all.push(duplicate_credential(kind, first, "x", s, t));
            }
        }
        all.push(course_on_non_assessment("exam", "x", 1, s));
        all.push(course_on_non_assessment("certification", "x", 1, s));
        for what in [
            "exam",
            "assessment",
            "certification",
            "product",
            "kind",
            "currency",
            "market",
            "competency",
            "option",
            "tier",
        ] {
            all.push(duplicate(what, "x", s, s));
            all.push(duplicate(what, "x", s, t));
        }
        all.push(slot_count_mismatch(s, Some(s), 1, 2));
        all.push(slot_count_mismatch(s, None, 0, 1));
        for what in ["credential", "product"] {
            all.push(empty_list(what, s));
        }
        for what in ["credential", "product", "country"] {
            all.push(listed_twice(what, "x", s, s));
        }
        all.push(impossible_clause(s, 0, 1));
        all.push(impossible_clause(s, 3, 2));
        all.push(missing_market("m", s));
        all.push(duplicate_market_amount("m", s, s));
        for what in [
            "title",
            "summary",
            "default",
            "individuals",
            "retired",
            "course",
        ] {
            all.push(duplicate_property(what, s, s));
        }
        all.push(several_defaults("a", "b", s, t));
        all.push(country_in_two_markets("FR", "a", "b", s, t));
        all.push(bad_country_code("fr", s));
        all.push(empty_window(s));
        all.push(empty_block("competency", "c", s));
        all.push(empty_block("option", "o", s));
        all.push(duplicate_language(Some("en"), s, s));
        all.push(duplicate_language(None, s, s));
        all.push(empty_tier("t", s));
        let money = |n: i64| Arg::money(n.into(), "USD");
        all.push(tier_asks_less(
            "gold",
            "silver",
            s,
            s,
            Args::new()
                .with("hint", "revenue")
                .with("amount", money(1))
                .with("lower-amount", money(2))
                .with("market", "m"),
        ));
        all.push(tier_asks_less(
            "gold",
            "silver",
            s,
            s,
            Args::new()
                .with("hint", "individuals")
                .with("count", 1u32)
                .with("lower-count", 2u32),
        ));
        for d in &all {
            assert!(
                super::super::codes::CODES.iter().any(|(c, _)| *c == d.code),
                "{} is not in codes::CODES",
                d.code
            );
            for lang in Lang::ALL {
                let mut words = vec![d.message(lang)];
                words.extend(d.primary_label(lang));
                words.extend(d.help(lang));
                words.extend(d.labels.iter().filter_map(|l| d.attribute(lang, l.attr)));
                assert_eq!(words.len(), 3 + d.labels.len(), "{lang:?} {d:?}: {words:?}");
                for w in &words {
                    assert!(
                        !w.contains("{$") && !w.contains("rubric::"),
                        "{lang:?}: {w}"
                    );
                }
            }
        }
        let fr = |d: &Diagnostic| d.message(Lang::Fr);
        let currency = all
            .iter()
            .find(|d| d.args.get("what") == Some(&Arg::Str("currency".into())))
            .unwrap();
        assert_eq!(fr(currency), "la devise `x` est définie plusieurs fois");
        let across = all
            .iter()
            .find(|d| d.args.get("first-what").is_some())
            .unwrap();
        assert_eq!(
            fr(across),
            "`x` est déclaré deux fois : comme évaluation et comme examen"
        );
        assert_eq!(
            fr(all.last().unwrap()),
            "le niveau `gold` demande moins que le niveau inférieur `silver` : 1 personne au lieu de 2"
        );
    }
}
