//! The HTML report, opened in a real browser (headless Chromium): the page
//! shows the tiers each partner reached, the browser's console has no error,
//! and a screenshot is saved (`RUBRIC_BLESS=1` copies it to
//! `docs/images/eval-report.png`, the README's picture).
//!
//! Runs when `chromium` is on the PATH; `.ci/run` installs it and sets
//! `RUBRIC_REQUIRE_BROWSER=1`, which turns its absence into a failure.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{run, stderr};

/// The browser, or `None` (then the test is skipped unless required).
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let ok = Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
            ok.then(|| PathBuf::from(name))
        });
    if found.is_none() {
        assert!(
            std::env::var_os("RUBRIC_REQUIRE_BROWSER").is_none(),
            "RUBRIC_REQUIRE_BROWSER is set but no chromium is on the PATH"
        );
        eprintln!("skipped: no chromium on the PATH");
    }
    found
}

/// Runs headless Chromium on `page` with `args`; returns stdout and stderr.
fn browse(browser: &Path, page: &Path, args: &[String]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let o = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn the_html_report_shows_each_partners_tier_in_a_browser() {
    let Some(browser) = chromium() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The four Cloud CRM example partners (the others use test rules).
    let mut args = vec!["eval", "--format", "html"];
    args.extend([
        "examples/partners/adatum.json",
        "examples/partners/contoso.json",
        "examples/partners/fabrikam-india.yaml",
        "examples/partners/northwind.json",
    ]);
    let o = run(&args, Some(root));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("report.html");
    std::fs::write(&page, &o.stdout).unwrap();

    let (dom, log) = browse(&browser, &page, &["--dump-dom".to_string()]);
    // The page as the browser built it, not as rubric wrote it.
    assert!(dom.contains("<h1>4 partners</h1>"), "{dom}");
    for (partner, attained) in [
        ("partner-adatum", Some("silver")),
        ("partner-contoso", Some("silver")),
        ("partner-fabrikam-in", Some("gold")),
        ("partner-northwind", None),
    ] {
        let start = dom
            .find(&format!("id=\"{partner}\""))
            .unwrap_or_else(|| panic!("no section {partner}"));
        let section = &dom[start..];
        let section = &section[..section.find("</section>").unwrap()];
        let shown = section
            .find("attained\">")
            .map(|i| &section[i + "attained\">".len()..])
            .map(|s| &s[..s.find('<').unwrap()]);
        assert_eq!(shown, attained, "{partner}: {section}");
    }
    // The summary links to the partners closest to their next tier.
    assert!(dom.contains("href=\"#partner-adatum\""), "{dom}");
    let console_errors: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("CONSOLE") && (l.contains("ERROR") || l.contains("Uncaught")))
        .collect();
    assert!(console_errors.is_empty(), "{console_errors:#?}");

    let shot = tmp.path().join("eval-report.png");
    browse(
        &browser,
        &page,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1200,1400".to_string(),
        ],
    );
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert!(png.starts_with(b"\x89PNG"), "a PNG image");
    assert!(png.len() > 10_000, "a page, not a blank image");
    if std::env::var_os("RUBRIC_BLESS").is_some() {
        std::fs::create_dir_all(root.join("docs/images")).unwrap();
        std::fs::write(root.join("docs/images/eval-report.png"), png).unwrap();
    }
}

#[test]
fn one_partner_is_one_page_without_a_summary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = run(
        &["eval", "--format", "html", "examples/partners/contoso.json"],
        Some(root),
    );
    assert_eq!(o.status.code(), Some(0));
    let page = String::from_utf8(o.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>"), "{page}");
    assert!(page.trim_end().ends_with("</html>"), "{page}");
    assert!(!page.contains("id=\"summary\""), "{page}");
    // Self-contained: nothing is fetched.
    for outside in ["http://", "https://", "<script", "<link"] {
        assert!(!page.contains(outside), "{outside}");
    }
    // Data from the partner file is escaped.
    assert!(page.contains("Contoso Ltd"), "{page}");
}

#[test]
fn a_failed_partner_has_its_section_and_the_page_is_still_whole() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("bad.json"),
        r#"{"id": "<b>x</b>", "country": "ZZ"}"#,
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("ok.json"),
        r#"{"id": "ok", "country": "FR", "as_of": "2017-07-01"}"#,
    )
    .unwrap();
    let o = run(&["eval", "--format", "html", "."], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(1));
    let page = String::from_utf8(o.stdout).unwrap();
    assert!(page.contains("class=\"partner failed\""), "{page}");
    assert!(page.contains("rubric::data::unknown-country"), "{page}");
    assert!(!page.contains("<b>x</b>"), "escaped: {page}");
    assert!(page.contains("<h1>1 partner</h1>"), "{page}");
    assert!(page.trim_end().ends_with("</html>"));
}
