//! Every rule against its fixtures: one test per case directory
//! `tests/fixtures/<rule-id>/<case>/`, found on disk when the tests start (a new case directory
//! is a new test, with no list to edit), named `rule_case::<rule-id>/<case>/shifts.csv`.
//!
//! A case named `breaks…` must give at least one finding of its rule; `passes…` none. The case's
//! snapshot `tests/snapshots/<rule-id>__<case>.snap` holds only its own rule's findings, so a
//! change in another rule never touches it. `set.txt` in the case overrides parameters as
//! `decent check --set` does (see `case.rs`).
//!
//! A `harness = false` target driven by `datatest-stable`, which works with `cargo test` and with
//! nextest (where each case runs as its own process).

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod case;

use std::path::Path;

use case::{Case, Expect};

/// A failure, printed as its text (the harness prints an error with `{:?}`, which would quote it
/// and escape its line breaks).
struct Failure(String);

impl std::fmt::Debug for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failure {}

fn rule_case(path: &Path) -> datatest_stable::Result<()> {
    check_case(path).map_err(|e| Failure(e).into())
}

fn check_case(path: &Path) -> Result<(), String> {
    let case = Case::from_shifts(path)?;
    let expect = case.expect()?;
    let law = case.law()?;
    let id = case.rule.as_str();
    if !law.rules.iter().any(|r| r.meta().id == id) {
        return Err(format!(
            "{}: the directory tests/fixtures/{id} names no rule of the pack (see `decent rules`)",
            case.label()
        ));
    }
    let found = case.findings()?;
    let own: Vec<&str> = found.iter().filter(|(r, _)| r == id).map(|(_, l)| l.as_str()).collect();
    match expect {
        Expect::Breaks if own.is_empty() => {
            return Err(format!(
                "{}: a breaks case gives no {id} finding; findings of other rules: {:#?}",
                case.label(),
                found.iter().map(|(_, l)| l).collect::<Vec<_>>()
            ));
        }
        Expect::Passes if !own.is_empty() => {
            return Err(format!("{}: a passes case gives {} {id} finding(s): {own:#?}", case.label(), own.len()));
        }
        _ => {}
    }
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        description => case.label(),
        omit_expression => true,
    }, {
        insta::assert_snapshot!(case.snapshot_name(), own.join("\n"));
    });
    Ok(())
}

datatest_stable::harness! {
    { test = rule_case, root = "tests/fixtures", pattern = r"^[^/]+/[^/]+/shifts\.csv$" },
}
