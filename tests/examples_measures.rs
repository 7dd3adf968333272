//! The example partners of the measures of issue 8, evaluated by the CLI
//! against the shipped rules: tiers computed by hand in their comments.

mod common;

use common::{run, stdout};

fn eval(partner: &str, competency: &str, extra: &[&str]) -> String {
    let path = format!("examples/partners/{partner}");
    let mut args = vec![
        "eval",
        "--partner",
        path.as_str(),
        "--competency",
        competency,
    ];
    args.extend_from_slice(extra);
    let out = run(&args, None);
    assert!(out.status.success(), "{}", common::stderr(&out));
    stdout(&out)
}

/// Cloud Productivity, silver: fabrikam's latest Exchange snapshot (1,200,
/// not the older 1,500) + its SharePoint (600) + adatum's Yammer (400) =
/// 2,200 paid, associated entitlements ≥ 2,000; litware's 3,000 are a trial
/// and contoso's 900 carry no association. Ann holds 70-346 and 70-347.
/// Gold needs 4,000 and two people: 1,800 more, and Bob passes 70-347.
#[test]
fn seats_case_margie_is_cloud_productivity_silver() {
    let en = eval("margie-seats.json", "cloud-productivity", &[]);
    assert!(en.contains("attained: silver   next: gold"), "{en}");
    assert!(en.contains("2,200 of 2,000 required"), "{en}");
    assert!(
        en.contains("add 1,800 more paid active entitlements"),
        "{en}"
    );
    assert!(en.contains("Bob Martin (bob): pass 70-347"), "{en}");
    let json = eval(
        "margie-seats.json",
        "cloud-productivity",
        &["--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["competencies"][0]["attained"], "silver");
    let count = &v["competencies"][0]["tiers"][0]["requirements"][0];
    assert_eq!(
        (count["type"].as_str(), count["found"].as_u64()),
        (Some("count"), Some(2200))
    );
    let fr = eval("margie-seats.json", "cloud-productivity", &["--lang", "fr"]);
    assert!(fr.contains("2\u{202f}200 sur 2\u{202f}000 requis"), "{fr}");
}

/// Small and Midmarket Cloud Solutions, silver (4 new customers, no people):
/// northwind (two lines, counted once), tailspin, coho and fourth-coffee (a
/// trial converted in the window) are new and associated; proseware bought
/// before the window; lucerne has no association; humongous is only a trial.
#[test]
fn new_customers_case_wingtip_is_smb_silver() {
    let en = eval(
        "wingtip-new-customers.json",
        "small-and-midmarket-cloud-solutions",
        &[],
    );
    assert!(en.contains("attained: silver   next: gold"), "{en}");
    assert!(
        en.contains("new: `northwind`, `tailspin`, `coho` and `fourth-coffee`"),
        "{en}"
    );
    assert!(
        en.contains("customer before the window: `proseware`"),
        "{en}"
    );
    assert!(en.contains("add 21 more new customers"), "{en}");
}
