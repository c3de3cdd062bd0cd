//! Runs every rule on its fixtures and snapshots the findings.

use std::path::{Path, PathBuf};

use decent_core::view::view;
use decent_core::{check, Options};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read(dir: &Path, name: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(name)).ok()
}

/// Findings of every rule on the case in `dir`, one line each.
pub fn run_case(dir: &Path) -> Vec<(String, String)> {
    let law = decent_lv1994::law().expect("the pack loads");
    let shifts = read(dir, "shifts.csv").unwrap_or_else(|| panic!("{} has no shifts.csv", dir.display()));
    let data =
        decent_io::load_str(&shifts, read(dir, "employees.csv").as_deref(), read(dir, "absences.csv").as_deref())
            .unwrap_or_else(|e| panic!("fixture {} does not load: {e}", dir.display()));
    let report = check(&law, &data, &Options { collect: true, ..Options::default() });
    report
        .findings
        .iter()
        .map(|f| {
            let v = view(f, &law, &data);
            let line = format!(
                "{} {} {} {} {}..{} measured={}{u} limit={}{u} :: {}",
                v.rule,
                v.section,
                v.severity,
                v.employee_id,
                v.from,
                v.to,
                v.measured,
                v.limit,
                v.message,
                u = v.unit
            );
            (v.rule.to_string(), line)
        })
        .collect()
}

#[test]
fn every_rule_breaks_and_passes_its_fixtures() {
    let law = decent_lv1994::law().expect("the pack loads");
    let mut missing = Vec::new();
    for rule in &law.rules {
        let id = rule.meta().id;
        for case in ["breaks", "passes"] {
            let dir = root().join(id).join(case);
            if !dir.join("shifts.csv").exists() {
                missing.push(format!("{id}/{case}"));
                continue;
            }
            let found = run_case(&dir);
            let own = found.iter().filter(|(r, _)| r == id).count();
            if case == "breaks" {
                assert!(own > 0, "{id}/breaks gives no {id} finding; all findings: {found:#?}");
            } else {
                assert_eq!(own, 0, "{id}/passes gives {id} findings: {found:#?}");
            }
            let text: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
            insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
                insta::assert_snapshot!(format!("{id}__{case}"), text.join("\n"));
            });
        }
    }
    assert!(missing.is_empty(), "rules without fixtures: {missing:?}");
}
