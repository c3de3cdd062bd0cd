//! `decent demo` end to end: the real binary writes the demo, then checks it.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

fn decent(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_decent")).args(args).output().expect("the decent binary runs")
}

fn tmp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("decent-demo-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn files(dir: &Path) -> Vec<Vec<u8>> {
    ["shifts.csv", "employees.csv", "absences.csv"]
        .iter()
        .map(|f| std::fs::read(dir.join(f)).expect("written"))
        .collect()
}

#[test]
fn demo_is_deterministic_and_prints_commands() {
    let (a, b) = (tmp("a"), tmp("b"));
    let out = decent(&["demo", a.to_str().expect("UTF-8 path")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("decent check --shifts"), "{text}");
    assert!(text.contains("decent explain weekly-rest"), "{text}");
    assert!(decent(&["demo", b.to_str().expect("UTF-8 path")]).status.success());
    assert_eq!(files(&a), files(&b), "two runs write the same bytes");
    let _ = std::fs::remove_dir_all(&a);
    let _ = std::fs::remove_dir_all(&b);
}

/// The acceptance check of issue 2: findings from at least 12 distinct sections, each naming
/// its section.
#[test]
fn check_on_the_demo_reports_at_least_twelve_sections() {
    let dir = tmp("check");
    assert!(decent(&["demo", dir.to_str().expect("UTF-8 path")]).status.success());
    let p = |f: &str| dir.join(f).display().to_string();
    let out = decent(&[
        "check",
        "--shifts",
        &p("shifts.csv"),
        "--employees",
        &p("employees.csv"),
        "--absences",
        &p("absences.csv"),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1), "violations found: {}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let findings = doc["findings"].as_array().expect("findings");
    let sections: BTreeSet<String> =
        findings.iter().map(|f| f["section"].as_str().expect("every finding names its section").to_string()).collect();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(sections.len() >= 12, "{} sections: {sections:?}", sections.len());
}
