//! The qualification window (`qualified on any day of the current month and
//! the 5 before`) against day-by-day brute force, on the Business
//! Applications designation's example partners and variants of them:
//! `forecast` finds every change a day-by-day evaluation finds, and the
//! window search (which evaluates only the days the data changes on)
//! returns the day a day-by-day walk returns.

mod common;

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use proptest::prelude::*;
use rubric::data::{self, Catalog, Format, Partner};
use rubric::eval::{self, Options};
use rubric::{forecast, FileId};

const COMPETENCY: &str = "business-applications-2022";

fn example(name: &str) -> Partner {
    let path = format!("{}/examples/partners/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let program = &common::rules().program;
    data::load(&Catalog::new(program), &text, FileId(0), Format::Json)
        .expect("loads")
        .partner
}

/// The example partner with every dated record moved by `shift` days, so
/// that records leave their windows on other days of the month.
fn shifted(name: &str, shift: i64) -> Partner {
    let mut p = example(name);
    let by = |d: &mut NaiveDate| {
        *d = if shift >= 0 {
            *d + Days::new(shift as u64)
        } else {
            *d - Days::new((-shift) as u64)
        }
    };
    p.usage.iter_mut().for_each(|r| by(&mut r.line.date));
    p.revenue.iter_mut().for_each(|l| by(&mut l.date));
    p.consumption.iter_mut().for_each(|l| by(&mut l.date));
    for pass in &mut p.credentials {
        by(&mut pass.passed);
    }
    p
}

fn opts(day: NaiveDate) -> Options<'static> {
    Options::new(day).only(Some(COMPETENCY))
}

/// Whether the designation's requirements hold on `day` alone.
fn holds(p: &Partner, day: NaiveDate) -> bool {
    let o = eval::evaluate(&common::rules().program, p, opts(day).on_the_day()).unwrap();
    o.options[0].tiers[0].met
}

/// The first day of the window ending on `day`: the first of the month 5
/// months before.
fn first(day: NaiveDate) -> NaiveDate {
    let month = day.with_day(1).unwrap();
    month.checked_sub_months(Months::new(5)).unwrap()
}

/// Whether the requirements hold on each day from the first day of the
/// window of `from` to `until`: one evaluation a day.
fn daily(p: &Partner, from: NaiveDate, until: NaiveDate) -> BTreeMap<NaiveDate, bool> {
    let mut held = BTreeMap::new();
    let mut d = first(from);
    while d <= until {
        held.insert(d, holds(p, d));
        d = d.succ_opt().unwrap();
    }
    held
}

/// Attained on `day` by the definition: the requirements held on some day
/// of its window.
fn attained(held: &BTreeMap<NaiveDate, bool>, day: NaiveDate) -> bool {
    held.range(first(day)..=day).any(|(_, h)| *h)
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 10, 31).unwrap()
}

type Change = (NaiveDate, Option<String>, Option<String>);

/// Every change of the tier attained over `months` months, day by day.
fn day_by_day(p: &Partner, from: NaiveDate, months: u32) -> Vec<Change> {
    let until = from.checked_add_months(Months::new(months)).unwrap();
    let held = daily(p, from, until);
    let tier = |on: bool| on.then(|| "solutions-partner".to_string());
    let mut want = Vec::new();
    let mut before = attained(&held, from);
    let mut d = from;
    while d < until {
        d = d.succ_opt().unwrap();
        let now = attained(&held, d);
        if now != before {
            want.push((d, tier(before), tier(now)));
        }
        before = now;
    }
    want
}

fn forecast(p: &Partner, from: NaiveDate, months: u32) -> Vec<Change> {
    let until = from.checked_add_months(Months::new(months)).unwrap();
    let program = &common::rules().program;
    forecast::forecast(program, p, from, until, Some(COMPETENCY))
        .unwrap()
        .into_iter()
        .map(|c| (c.date, c.from.map(str::to_string), c.to.map(str::to_string)))
        .collect()
}

/// The 71-point partner's score rests on records of October 2022 counted
/// `over 1 month`: its requirements stop holding in November 2022, as
/// records leave the window, and the window keeps the designation until the
/// first month whose window (that month and the 5 before) no longer holds
/// a day on which they held: 2023-05-01.
#[test]
fn a_windowed_tier_is_lost_when_the_window_moves_past_its_last_day() {
    let p = example("contoso-bizapps-71.json");
    assert!(holds(&p, as_of()));
    let last = NaiveDate::from_ymd_opt(2022, 11, 30).unwrap();
    assert!(!holds(&p, last));
    let got = forecast(&p, as_of(), 8);
    let loss = (
        NaiveDate::from_ymd_opt(2023, 5, 1).unwrap(),
        Some("solutions-partner".to_string()),
        None,
    );
    assert_eq!(got, [loss]);
    assert_eq!(got, day_by_day(&p, as_of(), 8));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    #[test]
    fn forecast_of_a_windowed_tier_matches_a_day_by_day_evaluation(
        name in prop::sample::select(vec!["contoso-bizapps-69.json", "contoso-bizapps-71.json"]),
        shift in -200i64..200,
    ) {
        let p = shifted(name, shift);
        prop_assert_eq!(forecast(&p, as_of(), 12), day_by_day(&p, as_of(), 12));
    }

    #[test]
    fn the_window_search_finds_the_day_a_day_by_day_walk_finds(
        name in prop::sample::select(vec!["contoso-bizapps-69.json", "contoso-bizapps-71.json"]),
        shift in -200i64..200,
        step in 5u64..15,
    ) {
        let p = shifted(name, shift);
        let end = NaiveDate::from_ymd_opt(2023, 4, 30).unwrap();
        let held = daily(&p, as_of(), end);
        // As of days from 2022-10-31 on, every `step` days.
        let mut day = as_of();
        while day <= end {
            // The latest day before `day` in its window on which they held.
            let walk = (held.range(first(day)..day))
                .rev()
                .find(|(_, h)| **h)
                .map(|(d, _)| *d);
            let o = eval::evaluate(&common::rules().program, &p, opts(day)).unwrap();
            let tier = &o.options[0].tiers[0];
            let want = if held[&day] { None } else { walk };
            prop_assert_eq!(tier.qualified_on, want, "as of {}", day);
            prop_assert_eq!(tier.met, held[&day] || walk.is_some());
            day = day + Days::new(step);
        }
    }
}
