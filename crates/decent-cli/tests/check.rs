//! `decent check` end to end: exit codes and the bad-input contract (file, line, column, value,
//! what was expected), run on the built binary.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod common;

use common::{decent, Dir};
use std::path::Path;
use std::process::Command;

fn check_file(p: &Path) -> (i32, String, String) {
    decent(&["check", "--shifts", p.to_str().unwrap()])
}

/// Runs a shifts file that must be refused, and returns stderr.
fn refused(name: &str, shifts: &[u8]) -> String {
    let d = Dir::new(name);
    let p = d.file("shifts.csv", shifts);
    let (code, _, err) = check_file(&p);
    assert_eq!(code, 2, "{name}: expected exit 2, stderr: {err}");
    assert!(!err.contains("panicked"), "{name}: {err}");
    err
}

#[test]
fn a_clean_roster_exits_0_and_a_violation_exits_1() {
    let d = Dir::new("codes");
    let ok = d.file("ok.csv", b"employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T16:00\n");
    assert_eq!(check_file(&ok).0, 0);
    let mut long = String::from("employee_id,start,end\n");
    for day in 6..=10 {
        long.push_str(&format!("A,1995-03-{day:02}T07:00,1995-03-{day:02}T17:00\n"));
    }
    let bad = d.file("bad.csv", long.as_bytes());
    let (code, out, _) = decent(&["check", "--shifts", bad.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let f = v["findings"].as_array().unwrap();
    let weekly = f.iter().find(|f| f["rule"] == "weekly-norm").expect("a weekly-norm finding");
    // Source: s45 — 5 × 10 h = 50 h against 40 h.
    assert_eq!(weekly["section"], "s45");
    assert_eq!(weekly["measured"], 50.0);
    assert_eq!(weekly["limit"], 40.0);
    for key in ["rule", "section", "severity", "employee_id", "from", "to", "measured", "limit", "unit", "message"] {
        assert!(weekly.get(key).is_some(), "finding lacks {key}");
    }
}

#[test]
fn a_bad_date_names_line_column_value_and_expectation() {
    let err = refused(
        "baddate",
        b"employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T16:00\nA,1995-02-30T08:00,1995-03-01T16:00\n",
    );
    assert!(err.contains("shifts.csv:3:2 (column `start`)"), "{err}");
    assert!(err.contains("1995-02-30T08:00") && err.contains("expected a local date-time"), "{err}");
}

#[test]
fn an_end_not_after_the_start_is_refused() {
    let err = refused("endstart", b"employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T08:00\n");
    assert!(err.contains("shifts.csv:2:3 (column `end`)") && err.contains("an end after the start"), "{err}");
}

#[test]
fn a_missing_required_column_is_named() {
    let err = refused("missing", b"employee_id,begin,end\nA,1995-03-06T08:00,1995-03-06T16:00\n");
    assert!(err.contains("shifts.csv:1") && err.contains("`start`") && err.contains("--map"), "{err}");
}

#[test]
fn map_renames_a_users_column() {
    let d = Dir::new("map");
    let p = d.file("s.csv", b"person,begin,finish\nA,1995-03-06T08:00,1995-03-06T16:00\n");
    let (code, _, err) = decent(&[
        "check",
        "--shifts",
        p.to_str().unwrap(),
        "--map",
        "person=employee_id",
        "--map",
        "begin=start",
        "--map",
        "finish=end",
    ]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_unknown_employee_is_refused_when_an_employees_file_is_given() {
    let d = Dir::new("unknown");
    let s = d.file(
        "shifts.csv",
        b"employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T16:00\nB,1995-03-06T08:00,1995-03-06T16:00\n",
    );
    let e = d.file("employees.csv", b"employee_id,sex\nA,F\n");
    let (code, _, err) = decent(&["check", "--shifts", s.to_str().unwrap(), "--employees", e.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("shifts.csv:3:1 (column `employee_id`)") && err.contains("\"B\""), "{err}");
}

#[test]
fn non_utf8_is_refused_with_its_line() {
    let err = refused(
        "utf8",
        b"employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T16:00\n\xE9mile,1995-03-06T08:00,1995-03-06T16:00\n",
    );
    assert!(err.contains("shifts.csv:3:1") && err.contains("UTF-8"), "{err}");
}

#[test]
fn empty_files_are_refused() {
    let err = refused("empty", b"");
    assert!(err.contains("empty"), "{err}");
    let err = refused("header-only", b"employee_id,start,end\n");
    assert!(err.contains("at least one shift row"), "{err}");
}

#[test]
fn a_bad_employee_field_names_its_column() {
    let d = Dir::new("empfield");
    let s = d.file("shifts.csv", b"employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T16:00\n");
    let e = d.file("employees.csv", b"employee_id,week_days\nA,7\n");
    let (code, _, err) = decent(&["check", "--shifts", s.to_str().unwrap(), "--employees", e.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("employees.csv:2:2 (column `week_days`)") && err.contains("5 or 6"), "{err}");
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(decent(&["check"]).0, 2);
    assert_eq!(decent(&["check", "--shifts", "/nonexistent/shifts.csv"]).0, 2);
    assert_eq!(decent(&["explain", "no-such-rule"]).0, 2);
    let d = Dir::new("set");
    let p = d.file("s.csv", b"employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T16:00\n");
    let (code, _, err) = decent(&["check", "--shifts", p.to_str().unwrap(), "--set", "s59.annual_overtime=lots"]);
    assert_eq!(code, 2);
    assert!(err.contains("s59.annual_overtime"), "{err}");
}

#[test]
fn rules_lists_every_rule_with_its_section() {
    let (code, out, _) = decent(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rules = v["rules"].as_array().unwrap();
    assert!(rules.iter().all(|r| r["section"].as_str().is_some_and(|s| s.starts_with('s'))));
    assert!(v["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["kind"] == "interpretation" && p["rationale"].is_string()));
    let (code, out, _) = decent(&["explain", "weekly-norm"]);
    assert_eq!(code, 0);
    assert!(out.contains("shall not exceed 40 hours a week"), "{out}");
}

/// `decent check … | head -1`: a reader that stops early ends the output quietly, in every
/// format (no "Broken pipe" error on stderr).
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = Dir::new("pipe");
    let mut text = String::from("employee_id,start,end\n");
    for day in 1..=28 {
        for e in 0..200 {
            // Twelve-hour days: each one a finding, so that the output outgrows a pipe's buffer.
            text.push_str(&format!("e{e},1995-02-{day:02}T07:00,1995-02-{day:02}T19:00\n"));
        }
    }
    let shifts = dir.file("shifts.csv", text.as_bytes());
    for format in ["table", "csv", "json", "jsonl"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_decent"))
            .args(["check", "--shifts", shifts.to_str().unwrap(), "--format", format])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        assert!(!first.is_empty(), "{format}: some output");
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("Broken pipe") && !stderr.contains("error"), "{format}: {stderr}");
    }
}
