//! `decent termination` run as the built binary: exit 0 lawful, 1 refused with the section,
//! 2 bad input.

use std::process::{Command, Output};

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../decent-lv1994/tests/terms_fixtures");

fn terminate(who: &str, extra: &[&str]) -> Output {
    let (e, a) = (format!("{FIX}/employees.csv"), format!("{FIX}/absences.csv"));
    Command::new(env!("CARGO_BIN_EXE_decent"))
        .args(["termination", "--employee", who, "--employees", &e, "--absences", &a])
        .args(extra)
        .output()
        .unwrap_or_else(|e| panic!("running decent: {e}"))
}

/// Source: s35, s178: a lawful termination exits 0; a pregnant employee is refused under s178.
#[test]
fn lawful_and_refused() {
    let base = ["--date", "1994-11-30", "--ground", "s33-1", "--notice-given", "1994-10-28", "--format", "json"];
    let out = terminate("plain", &base);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["lawful"], true);
    assert_eq!(v["severance"]["months"], 1);

    let out = terminate("pregnant", &base);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["refused_by"], serde_json::json!(["s178"]));

    // s36 in the table output.
    let out = terminate("member", &base[..6]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("refused (s36)"));
    let out = terminate("member", &[&base[..6], &["--union-consent"]].concat());
    assert_eq!(out.status.code(), Some(0));
}

/// Source: s37 ("not less than the average wage of six months" on point 8) of s30), computed in
/// money by the pay module when the average earnings are given.
#[test]
fn severance_in_money_with_earnings() {
    let out =
        terminate("plain", &["--date", "1994-11-30", "--ground", "s30-8", "--earnings", "123.45", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["severance"]["months"], 6);
    assert_eq!(v["severance"]["amount"], "740.70");
}

#[test]
fn bad_input_exits_2() {
    let out = terminate("plain", &["--date", "1994-11-30", "--ground", "bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("s33-1.1"));
    let out = terminate("nobody", &["--date", "1994-11-30", "--ground", "s33-1"]);
    assert_eq!(out.status.code(), Some(2));
    let out = terminate("plain", &["--date", "30.11.1994", "--ground", "s33-1"]);
    assert_eq!(out.status.code(), Some(2));
    // s34.1 needs the retirement age, which the Code does not state.
    let out = terminate("retiree", &["--date", "1994-11-30", "--ground", "s33-1.1", "--notice-given", "1994-10-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("s34_1.retirement_age"));
}
