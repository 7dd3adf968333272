//! Credentials a person lists that a people requirement names but that do
//! not count on the as-of date — a pass after the credential's retirement,
//! an expired certification — so that a report says why rather than leaving
//! them out silently (issue 9; design §4.5). Passes dated after the as-of
//! date are counted separately (`report-late-passes`).

use chrono::NaiveDate;
use serde::Serialize;

use crate::data::ExamPass;
use crate::ir::{CredentialKind, Exam, ExamIdx, Individuals};

use super::Context;

/// Why a credential a person lists does not count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NotCountedReason {
    /// Passed or earned after the credential's retirement date.
    Retired,
    /// A certification whose `expires` date is before the as-of date.
    Expired,
}

/// A credential that does not count, and why.
#[derive(Clone, Debug)]
pub(super) struct NotCounted<'a> {
    /// Index of the person in the partner data.
    pub person: u32,
    /// The credential's id and kind.
    pub id: &'a str,
    pub kind: CredentialKind,
    /// When it was passed or earned.
    pub date: NaiveDate,
    pub reason: NotCountedReason,
    /// The retirement or expiry date.
    pub on: NaiveDate,
}

/// The credentials named by `req` that people list, dated on or before
/// `as_of`, that do not count; sorted by person id, then credential id and date,
/// so the list does not depend on input order.
pub(super) fn not_counted<'a>(
    cx: &Context<'a>,
    req: &Individuals,
    as_of: NaiveDate,
) -> Vec<NotCounted<'a>> {
    // Built only when some credential does not count: reports are written
    // for every partner of a stream, and most have none.
    let named_ids = || -> Vec<ExamIdx> {
        (req.groups.iter())
            .flat_map(|g| g.all_clauses())
            .flat_map(|c| c.exams.iter().copied())
            .collect()
    };
    let mut named: Option<Vec<ExamIdx>> = None;
    let mut out = Vec::new();
    for (p, person) in cx.partner.individuals.iter().enumerate() {
        for x in cx.partner.credentials_of(person) {
            let Some((e, c)) = x
                .exam
                .and_then(|e| Some((e, cx.program.exams.get(e.index())?)))
            else {
                continue;
            };
            let Some((reason, on)) = why(c, x, as_of) else {
                continue;
            };
            if named.get_or_insert_with(named_ids).contains(&e) {
                let (id, kind, date) = (c.id.as_str(), c.kind, x.passed);
                let person = p as u32;
                out.push(NotCounted {
                    person,
                    id,
                    kind,
                    date,
                    reason,
                    on,
                });
            }
        }
    }
    let people = &cx.partner.individuals;
    out.sort_by(|a, b| {
        let id = |n: &NotCounted| people[n.person as usize].id.as_str();
        (id(a), a.id, a.date).cmp(&(id(b), b.id, b.date))
    });
    out
}

impl NotCounted<'_> {
    /// `not counted: alice's exam MB2-710, passed on …: after its retirement on …`.
    pub(super) fn text(&self, cx: &Context, lang: crate::i18n::Lang) -> String {
        let args = crate::i18n::Args::new()
            .with("person", cx.person(self.person))
            .with("kind", self.kind.keyword())
            .with("credential", self.id)
            .with("date", self.date.to_string())
            .with("reason", self.reason.name())
            .with("on", self.on.to_string());
        crate::i18n::text(lang, "report-not-counted", &args)
    }
}

impl NotCountedReason {
    /// The name of the reason, as in the JSON report and message selectors.
    pub fn name(self) -> &'static str {
        match self {
            NotCountedReason::Retired => "retired",
            NotCountedReason::Expired => "expired",
        }
    }
}

/// Why `x`, a pass of credential `c`, does not count on `as_of` though dated
/// on or before it (with the retirement or expiry date); `None` if it counts.
fn why(c: &Exam, x: &ExamPass, as_of: NaiveDate) -> Option<(NotCountedReason, NaiveDate)> {
    match (c.retired, x.expires) {
        _ if x.passed > as_of => None,
        (Some(r), _) if x.passed > r => Some((NotCountedReason::Retired, r)),
        (_, Some(end)) if end < as_of => Some((NotCountedReason::Expired, end)),
        _ => None,
    }
}

/// Whether some credential of the partner does not count on `as_of`: one
/// look per partner, so that a report of many requirements looks for them
/// per requirement only when there are some.
pub(super) fn any(cx: &Context, as_of: NaiveDate) -> bool {
    let exams = &cx.program.exams;
    cx.partner.credentials.iter().any(|x| {
        x.exam
            .and_then(|e| why(exams.get(e.index())?, x, as_of))
            .is_some()
    })
}

/// [`not_counted`] for the JSON report (empty when `cx` has no as-of date).
pub(super) fn not_counted_json<'a>(
    cx: &Context<'a>,
    req: &Individuals,
) -> Vec<super::NotCountedJson<'a>> {
    let Some(as_of) = cx.as_of else {
        return Vec::new();
    };
    let people = &cx.partner.individuals;
    (not_counted(cx, req, as_of).into_iter())
        .map(|n| super::NotCountedJson {
            person: people.get(n.person as usize).map_or("", |p| p.id.as_str()),
            credential: n.id,
            kind: n.kind,
            date: super::json::Day(n.date),
            reason: n.reason,
            on: super::json::Day(n.on),
        })
        .collect()
}
