//! `decent laws` and the `--law` flag every command takes, run on the built binary: a result
//! names the law and the content hash of its data, the same hash `decent laws` lists.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod common;

use common::decent;
use std::path::PathBuf;

fn json(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = decent(args);
    assert!(code == 0 || code == 1, "{args:?}: exit {code}, {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {out}"))
}

fn dir(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("decent-laws-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

#[test]
fn laws_lists_the_pack_with_its_validity_sources_and_hash() {
    let doc = json(&["laws", "--format", "json"]);
    let laws = doc["laws"].as_array().unwrap();
    let lv = laws.iter().find(|l| l["id"] == "lv-1994").expect("lv-1994 is listed");
    assert_eq!(lv["jurisdiction"], "LV");
    assert_eq!(lv["consolidated"], "1994-10-25");
    assert_eq!(lv["valid_to"], "2002-05-31");
    assert_eq!(lv["default"], true);
    assert!(!lv["sources"].as_array().unwrap().is_empty());
    let hash = lv["hash"].as_str().unwrap();
    assert!(hash.starts_with("sha256:") && hash.len() == 71, "{hash}");
    let (code, table, _) = decent(&["laws"]);
    assert_eq!(code, 0);
    assert!(table.contains("lv-1994 (default)") && table.contains(hash), "{table}");
}

/// Every JSON result carries `law` and `law_hash`, and the hash is the one `decent laws` lists.
#[test]
fn every_json_result_names_the_law_and_its_hash() {
    let laws = json(&["laws", "--format", "json"]);
    let hash = laws["laws"][0]["hash"].as_str().unwrap().to_string();
    let d = dir("json");
    let shifts = d.join("shifts.csv");
    std::fs::write(
        &shifts,
        "employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T20:00\nA,1995-03-06T19:00,1995-03-06T23:00\n",
    )
    .unwrap();
    let employees = d.join("employees.csv");
    std::fs::write(&employees, "employee_id,hourly_rate\nA,2.00\n").unwrap();
    let earnings = d.join("earnings.csv");
    std::fs::write(&earnings, "employee_id,month,amount\nA,1995-01,300\nA,1995-02,320\n").unwrap();
    let (s, e, r) = (shifts.to_str().unwrap(), employees.to_str().unwrap(), earnings.to_str().unwrap());
    let docs = [
        json(&["check", "--shifts", s, "--format", "json"]),
        json(&["rules", "--format", "json"]),
        json(&["explain", "weekly-rest", "--format", "json"]),
        json(&["explain", "s65.weekly_rest", "--format", "json"]),
        json(&["pay", "--shifts", s, "--employees", e, "--month", "1995-03", "--format", "json"]),
        json(&["pay", "average", "--earnings", r, "--employee", "A", "--on", "1995-03-10", "--format", "json"]),
        json(&["deadline", "notice", "--event", "1995-03-01", "--format", "json"]),
    ];
    for (i, doc) in docs.iter().enumerate() {
        assert_eq!(doc["law"], "lv-1994", "result {i}: {doc}");
        assert_eq!(doc["law_hash"].as_str(), Some(hash.as_str()), "result {i}");
    }
    let (_, lines, _) = decent(&["check", "--shifts", s, "--format", "jsonl"]);
    assert!(!lines.trim().is_empty(), "overlapping shifts give a finding");
    for line in lines.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["law_hash"].as_str(), Some(hash.as_str()), "{line}");
        assert!(v["rule"].is_string(), "the finding's own keys are kept: {line}");
    }
    let _ = std::fs::remove_dir_all(d);
}

/// Every command takes `--law`, and an unknown id is bad usage (exit 2) naming the packs.
#[test]
fn every_command_takes_law_and_refuses_an_unknown_one() {
    let d = dir("unknown");
    let f = d.join("x.csv");
    std::fs::write(&f, "employee_id,start,end\n").unwrap();
    let f = f.to_str().unwrap();
    let out = d.join("demo");
    let commands: Vec<Vec<&str>> = vec![
        vec!["check", "--shifts", f],
        vec!["rules"],
        vec!["explain", "weekly-rest"],
        vec!["pay", "--shifts", f, "--employees", f, "--month", "1995-03"],
        vec!["pay", "average", "--earnings", f, "--employee", "A", "--on", "1995-03-01"],
        vec!["deadline", "notice", "--event", "1995-03-01"],
        vec!["termination", "--employee", "A", "--employees", f, "--date", "1995-03-01", "--ground", "s33-1"],
        vec!["demo", out.to_str().unwrap()],
    ];
    for mut c in commands {
        c.extend(["--law", "xx-0000"]);
        let (code, _, err) = decent(&c);
        assert_eq!(code, 2, "{c:?}: {err}");
        assert!(err.contains("unknown law \"xx-0000\"") && err.contains("lv-1994"), "{c:?}: {err}");
    }
    assert!(!out.exists(), "nothing is written under an unknown law");
    let _ = std::fs::remove_dir_all(d);
}

/// The columns a pack reads beyond the common ones are its own declaration: `decent laws`
/// lists them with type and section, the check reads them (a declared status changes a
/// finding), and a column the pack does not declare is reported as not read, never used.
#[test]
fn a_pack_declares_the_columns_it_reads() {
    let doc = json(&["laws", "--format", "json"]);
    let lv = doc["laws"].as_array().unwrap().iter().find(|l| l["id"] == "lv-1994").unwrap();
    let employees = lv["columns"]["employees"].as_array().unwrap();
    let night = employees.iter().find(|c| c["name"] == "night_barred").expect("night_barred is declared");
    assert_eq!((night["type"].as_str(), night["section"].as_str()), (Some("flag"), Some("s51")));
    assert_eq!(lv["columns"]["shifts"][0]["name"], "feeding_minutes");
    let (_, table, _) = decent(&["--lang", "lv", "laws"]);
    assert!(table.contains("employees.csv night_barred (jā/nē, s51)"), "{table}");

    // Source: s51 — a night shift of an employee in a category barred from night work.
    let d = dir("columns");
    let shifts = d.join("shifts.csv");
    std::fs::write(&shifts, "employee_id,start,end\nA,1995-03-06T22:00,1995-03-07T06:00\n").unwrap();
    let (s, e) = (shifts.to_str().unwrap(), d.join("employees.csv"));
    let run = |employees: &str| {
        std::fs::write(&e, employees).unwrap();
        let args = ["check", "--shifts", s, "--employees", e.to_str().unwrap(), "--rule", "night-barred"];
        decent(&args)
    };
    let (code, out, _) = run("employee_id,night_barred\nA,yes\n");
    assert_eq!(code, 1, "the declared status gives the s51 finding: {out}");
    assert!(out.contains("s51"), "{out}");
    let (code, out, err) = run("employee_id,night_barred_x\nA,yes\n");
    assert_eq!(code, 0, "an undeclared column is not read: {out}");
    assert!(err.contains("night_barred_x"), "and the user is told: {err}");
    let _ = std::fs::remove_dir_all(d);
}
