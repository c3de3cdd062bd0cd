//! The pack's fixtures: directories `tests/fixtures/<rule-id>/<case>/` holding the files a user
//! would give (`shifts.csv`, and `employees.csv`, `absences.csv` when needed), a `README.md`
//! saying what the case shows with `Source: sNNN` and the statute's words it comes from, and,
//! optionally, `set.txt` (overrides as `decent check --set` takes them). The layout, the loading
//! and the checks are the shared harness's (`decent-testkit`); this names the pack it runs.
//!
//! A case named `breaks…` must give at least one finding of its rule; a case named `passes…`
//! (a near miss) must give none.

// Each of the two test targets that include this module uses a different part of it.
#![allow(dead_code)]

pub use decent_testkit::Suite;

/// The pack under test and its fixtures.
pub const SUITE: Suite = Suite { pack: &decent_lv2002::Lv2002, manifest_dir: env!("CARGO_MANIFEST_DIR") };
