//! The pack's fixtures: directories `tests/fixtures/<rule-id>/<case>/` holding the files a user
//! would give (`shifts.csv`, and `employees.csv`, `absences.csv` when needed) and, optionally,
//! `set.txt` (overrides as `decent check --set` takes them). The layout, the loading and the
//! checks are the shared harness's (`decent-testkit`); this names the pack it runs.
//!
//! A case named `breaks…` must give at least one finding of its rule; a case named `passes…`
//! must give none. Shared by the `fixtures` harness (one test per case) and the registry tests
//! of the `it` target (every rule has cases, every snapshot belongs to a case, every choice of
//! every interpretation is run by a case).

// Each of the two test targets that include this module uses a different part of it.
#![allow(dead_code)]

use decent_i18n::{Catalog, Lang};
pub use decent_testkit::{Case, Suite};

/// The pack under test and its fixtures.
pub const SUITE: Suite = Suite { pack: &decent_lv1994::Lv1994, manifest_dir: env!("CARGO_MANIFEST_DIR") };

/// The pack's message catalogue in `lang`, as `decent check --lang` builds it.
pub fn catalog(lang: Lang) -> Catalog {
    SUITE.catalog(lang)
}

/// Every case directory under `tests/fixtures`, sorted by rule and case.
pub fn cases() -> Vec<Case> {
    SUITE.cases()
}
