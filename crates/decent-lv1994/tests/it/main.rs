//! Integration tests of the lv-1994 pack: the registry, and every rule against its fixtures.
//!
//! Fixtures live in `tests/fixtures/<rule-id>/<case>/` as the files a user would give
//! (`shifts.csv`, and `employees.csv`, `absences.csv` when needed). Case `breaks` is a roster
//! that breaks the rule (from the statute's words) and must give at least one finding of it;
//! case `passes` is a near miss that must give none. Every case's findings are snapshotted.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod case;
mod properties;
mod registry;
