//! The fixtures' registry, checked by the shared harness (`decent_testkit::registry`).

use decent_testkit::registry;

use crate::case::SUITE;

/// Every rule has a `breaks…` case (a roster from the statute's words that breaks it) and a
/// `passes…` case (a near miss that does not); every case directory names a rule.
#[test]
fn every_rule_has_a_breaks_and_a_passes_case_and_every_case_names_a_rule() {
    registry::every_rule_has_a_breaks_and_a_passes_case(SUITE);
}

/// Every case cites the statute it comes from: `Source: sNNN` in its `README.md` (or a `#`
/// comment of its `set.txt`, or its entry in the rule's `CASES.md`).
#[test]
fn every_case_cites_its_source() {
    registry::every_case_cites_its_source(SUITE);
}

/// Every `tests/snapshots/*.snap` belongs to a case directory that exists.
#[test]
fn every_snapshot_belongs_to_a_case() {
    registry::every_snapshot_belongs_to_a_case(SUITE);
}

/// Every choice of every interpretation a rule reads is the default or run by a case's `set.txt`.
#[test]
fn every_interpretation_choice_of_a_rule_is_run_by_a_fixture() {
    registry::every_interpretation_choice_of_a_rule_is_run_by_a_fixture(SUITE);
}

/// A case choosing a non-default interpretation shows what it changes.
#[test]
fn every_interpretation_fixture_differs_from_the_default() {
    registry::every_interpretation_fixture_differs_from_the_default(SUITE);
}

/// Every rule's finding renders in English and Latvian: each case's messages have their keys and
/// arguments in both catalogues.
#[test]
fn every_finding_of_every_case_renders_in_both_languages() {
    use decent_i18n::Lang;
    let cats = [SUITE.catalog(Lang::En), SUITE.catalog(Lang::Lv)];
    let mut errors = Vec::new();
    for case in SUITE.cases() {
        for (rule, m) in case.messages().unwrap_or_else(|e| panic!("{e}")) {
            for cat in &cats {
                if let Err(e) = cat.try_render(&m) {
                    errors.push(format!("{}: {rule}: {}: {e}", case.label(), cat.lang().code()));
                }
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
