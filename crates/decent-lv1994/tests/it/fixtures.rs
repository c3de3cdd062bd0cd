//! Every rule against its fixtures: one test per case directory
//! `tests/fixtures/<rule-id>/<case>/`, found on disk when the tests start (a new case directory
//! is a new test, with no list to edit), named `rule_case::<rule-id>/<case>/shifts.csv`.
//!
//! A case named `breaks…` must give at least one finding of its rule; `passes…` none. The case's
//! snapshot `tests/snapshots/<rule-id>__<case>.snap` holds only its own rule's findings, so a
//! change in another rule never touches it. `set.txt` in the case overrides parameters as
//! `decent check --set` does (see `case.rs`).
//!
//! A `harness = false` target driven by `datatest-stable` (the shared harness of
//! `decent-testkit`), which works with `cargo test` and with nextest (where each case runs as its
//! own process).

mod case;

decent_testkit::fixture_harness!(case::SUITE);
