//! `decent deadline` run as the built binary: JSON output, the steps with their sections, and
//! exit 2 with a clear message on a bad date, an unknown kind or an unknown option.

use std::process::{Command, Output};

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../decent-lv1994/tests/terms_fixtures");

fn decent(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_decent")).args(args).output().unwrap_or_else(|e| panic!("running decent: {e}"))
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = decent(args);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// Source: s257, s217: one month from 18 October 1994 ends on Proclamation Day (Friday 18
/// November), a festive day, so on Saturday 19 November.
#[test]
fn json_has_the_date_and_cited_steps() {
    let v = json(&["deadline", "dispute", "--event", "1994-10-18", "--format", "json"]);
    assert_eq!(v["date"], "1994-11-19");
    assert_eq!(v["section"], "s217");
    let steps = v["steps"].as_array().unwrap_or_else(|| panic!("steps: {v}"));
    assert!(steps.len() >= 4);
    for s in steps {
        assert!(s["text"].as_str().is_some_and(|t| !t.is_empty()), "{s}");
        assert!(s["section"].as_str().is_some_and(|t| t.starts_with('s')), "{s}");
        assert!(s["date"].as_str().is_some_and(|t| t.len() == 10), "{s}");
    }
    assert!(steps
        .iter()
        .any(|s| s["section"] == "s257" && s["text"].as_str().is_some_and(|t| t.contains("Proclamation"))));
}

/// Source: s31 ("The period of temporary disablement shall not be included into the term of
/// resignation"): the employee's sick leave from absences.csv extends the term.
#[test]
fn absences_extend_the_term() {
    let (e, a) = (format!("{FIX}/employees.csv"), format!("{FIX}/absences.csv"));
    let args =
        ["deadline", "resignation", "--event", "1994-10-28", "--employee", "sick", "--employees", &e, "--absences", &a];
    let v = json(&[&args[..], &["--format", "json"]].concat());
    // 28 November + 16 days of disablement (10–25 November) = Wednesday 14 December.
    assert_eq!(v["date"], "1994-12-14");
    assert_eq!(v["excluded_days"], 16);
    // A moved day off (19 November 1994) pushes the s217 term to Monday 21 November.
    let m = format!("{FIX}/moved_days.csv");
    let v = json(&["deadline", "dispute", "--event", "1994-10-18", "--moved-days", &m, "--format", "json"]);
    assert_eq!(v["date"], "1994-11-21");
    // Table output names the date.
    let out = decent(&["deadline", "maternity", "--event", "1994-03-01", "--option", "complications"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1994-07-04"));
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    let out = decent(&["deadline", "dispute", "--event", "1994-02-30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected a date YYYY-MM-DD"));

    let out = decent(&["deadline", "bogus", "--event", "1994-02-01"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown deadline kind \"bogus\""), "{err}");
    for k in ["resignation", "notice", "probation", "discipline", "discipline-expiry", "dispute", "decision"] {
        assert!(err.contains(k), "lists {k}: {err}");
    }

    let out = decent(&["deadline", "notice", "--event", "1994-02-01", "--option", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("point-5"));

    let out = decent(&["deadline", "notice", "--event", "1850-02-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("festive calendar"));
}
