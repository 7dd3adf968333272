//! Words for what a measure counts: its revenue kinds and the association
//! types a line must carry, shared by the report and `rubric doc`.

use crate::i18n::{self, Conj, Lang};
use crate::ir::{Program, Threshold};

/// The titles of the kinds a threshold counts, joined with "or"; for
/// `of any kind`, the word for revenue of any kind.
pub(crate) fn kind_titles(program: &Program, t: &Threshold, lang: Lang) -> String {
    if t.any_kind {
        return i18n::word(lang, "measures-any-kind");
    }
    let titles: Vec<&str> = (t.kinds.iter())
        .filter_map(|k| program.kinds.get(k.index()))
        .map(|k| k.title.get(lang.tag()))
        .collect();
    i18n::join(lang, &titles, Conj::Or)
}

/// The titles of the association types a threshold asks for, joined with "or".
pub(crate) fn association_titles(program: &Program, t: &Threshold, lang: Lang) -> String {
    let titles: Vec<&str> = (t.associations.iter())
        .filter_map(|a| program.associations.get(a.index()))
        .map(|a| a.title.get(lang.tag()))
        .collect();
    i18n::join(lang, &titles, Conj::Or)
}

/// How a threshold filters by association: `no`, `yes` (DPOR only, as v1
/// words it) or `assoc` (other types: see [`association_titles`]).
pub(crate) fn association_case(t: &Threshold) -> &'static str {
    if t.associations.is_empty() {
        "no"
    } else if t.dpor_only() {
        "yes"
    } else {
        "assoc"
    }
}
