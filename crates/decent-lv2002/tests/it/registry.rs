//! The fixtures' registry, checked by the shared harness (`decent_testkit::registry`).

use decent_testkit::registry;

use crate::case::SUITE;

decent_testkit::registry_tests!(SUITE);

/// Every case cites the statute it comes from: `Source: sNNN` in its `README.md` (or a `#`
/// comment of its `set.txt`, or its entry in the rule's `CASES.md`).
#[test]
fn every_case_cites_its_source() {
    registry::every_case_cites_its_source(SUITE);
}

/// Every rule's finding renders in English and Latvian: each case's messages have their keys and
/// arguments in both catalogues.
#[test]
fn every_finding_of_every_case_renders_in_both_languages() {
    registry::every_finding_of_every_case_renders_in_both_languages(SUITE);
}
