//! `rubric test --format junit`: the test report as JUnit XML, which CI
//! services show as test results. One suite per test file, one case per
//! test; requirements no case covered form a last suite of skipped cases, so
//! a coverage gap is visible without failing the run.

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use rubric::i18n::{self, Args as Words};
use rubric::testing::{CaseResult, TestReport};
use rubric::Lang;

/// The JUnit XML of `report`.
pub fn xml(report: &TestReport, lang: Lang) -> String {
    let mut out = Report::new("rubric test");
    for f in &report.files {
        let mut suite = TestSuite::new(f.name.as_str());
        if let Some(d) = &f.error {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
            status.set_message(d.message(lang));
            status.set_type(d.code);
            let mut case = TestCase::new(f.name.as_str(), status);
            case.set_classname(f.name.as_str());
            suite.add_test_case(case);
        }
        for c in &f.cases {
            let status = match &c.result {
                CaseResult::Pass => TestCaseStatus::success(),
                failed => {
                    let words: Vec<String> =
                        failed.findings().iter().map(|w| w.text(lang)).collect();
                    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    status.set_message(words.first().cloned().unwrap_or_default());
                    status.set_description(words.join("\n"));
                    status
                }
            };
            let mut case = TestCase::new(c.name.as_str(), status);
            case.set_classname(f.name.as_str());
            suite.add_test_case(case);
        }
        out.add_test_suite(suite);
    }
    if !report.uncovered.is_empty() {
        let mut suite = TestSuite::new("rule coverage");
        for u in &report.uncovered {
            let words = Words::new()
                .with("requirement", u.requirement.as_str())
                .with("never", u.never());
            let mut status = TestCaseStatus::skipped();
            status.set_message(i18n::text(lang, "test-never", &words));
            let mut case = TestCase::new(u.requirement.as_str(), status);
            case.set_classname("rule coverage");
            suite.add_test_case(case);
        }
        out.add_test_suite(suite);
    }
    out.to_string().unwrap_or_default()
}
