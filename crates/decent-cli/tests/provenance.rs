//! Provenance end to end: a finding's `limit_source` says whether its limit is the law's or a
//! `--set` override's, and `decent rules`/`explain` show each parameter's direction, parties and
//! value sources. Run on the built binary.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod common;

use common::{decent, Dir};

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("{e}: {s}"))
}

/// The findings of `rule` in a `check --format json` document.
fn findings<'a>(doc: &'a serde_json::Value, rule: &str) -> Vec<&'a serde_json::Value> {
    doc["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == rule).collect()
}

/// Nine days of work in a row (Monday 6 to Tuesday 14 March 1995, 08:00–16:00): seven days and
/// more pass without a 42-hour rest.
/// Source: s65 ("The continuous weekly leisure shall last at least fourty-two hours").
#[test]
fn a_findings_limit_names_the_law_or_the_override() {
    let d = Dir::new("limit");
    let mut csv = String::from("employee_id,start,end\n");
    for day in 6..=14 {
        csv.push_str(&format!("A,1995-03-{day:02}T08:00,1995-03-{day:02}T16:00\n"));
    }
    let p = d.file("shifts.csv", csv.as_bytes());
    let shifts = p.to_str().unwrap();

    let (code, out, err) = decent(&["check", "--shifts", shifts, "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    let doc = json(&out);
    let rest = findings(&doc, "weekly-rest");
    assert!(!rest.is_empty(), "{out}");
    for f in &rest {
        assert_eq!(f["limit_source"], serde_json::json!({"layer": "law", "ref": "s65"}), "{f}");
        assert_eq!(f["limit"], 42.0, "existing keys keep their meaning");
    }
    // A rule without a single limit parameter cites its own section.
    for f in doc["findings"].as_array().unwrap() {
        assert_eq!(f["limit_source"]["layer"], "law", "{f}");
    }

    let (code, out, err) = decent(&["check", "--shifts", shifts, "--format", "json", "--set", "s65.weekly_rest=36"]);
    assert_eq!(code, 1, "{err}");
    let doc = json(&out);
    let rest = findings(&doc, "weekly-rest");
    assert!(!rest.is_empty(), "{out}");
    for f in &rest {
        assert_eq!(
            f["limit_source"],
            serde_json::json!({"layer": "override", "ref": "--set s65.weekly_rest=36"}),
            "{f}"
        );
        assert_eq!(f["limit"], 36.0);
    }
}

/// `rules` and `explain` show each parameter's direction, who may change it and where each
/// value comes from. Source: s7 (an agreement or contract may only improve on the Code), s65.
#[test]
fn rules_and_explain_show_direction_parties_and_sources() {
    let (code, out, err) = decent(&["explain", "s65.weekly_rest", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let p = json(&out);
    assert_eq!(p["favours"], "higher");
    assert_eq!(p["changeable_by"], serde_json::json!(["agreement", "contract"]));
    assert_eq!(p["values"][0]["source"], serde_json::json!({"layer": "law", "section": "65"}));

    let (code, out, err) = decent(&["rules", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc = json(&out);
    let window = doc["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "s50.night_from").unwrap();
    assert_eq!(window["favours"], "none");
    assert_eq!(window["changeable_by"], serde_json::json!([]));

    let (code, out, _) = decent(&["explain", "s65.weekly_rest"]);
    assert_eq!(code, 0);
    assert!(
        out.contains(
            "favours the employee: a higher value; may be changed by: a collective agreement or an individual contract"
        ),
        "{out}"
    );
    let (_, out, _) = decent(&["rules"]);
    assert!(out.contains("favours the employee: no direction; may be changed by: nobody"), "{out}");
}

/// A pay line names where its rate comes from: the law's section, or the `--set` that changed
/// a parameter it read. A night shift 22:00–06:00 paid at 2.00 an hour: the night line rests on
/// s95's multiplier. Source: s95.
#[test]
fn a_pay_lines_rate_names_the_law_or_the_override() {
    let d = Dir::new("rate");
    let shifts = d.file("shifts.csv", "employee_id,start,end\nA,1995-03-06T22:00,1995-03-07T06:00\n");
    let employees = d.file("employees.csv", "employee_id,hourly_rate\nA,2.00\n");
    let (s, e) = (shifts.to_str().unwrap(), employees.to_str().unwrap());
    let night = |extra: &[&str]| {
        let mut args = vec!["pay", "--shifts", s, "--employees", e, "--month", "1995-03", "--format", "json"];
        args.extend_from_slice(extra);
        let (code, out, err) = decent(&args);
        assert_eq!(code, 0, "{err}");
        let doc = json(&out);
        let lines = doc["payslips"][0]["lines"].as_array().unwrap().clone();
        lines.into_iter().find(|l| l["component"] == "night hours").unwrap_or_else(|| panic!("{out}"))
    };
    let by_law = night(&[]);
    assert_eq!(by_law["rate_source"], serde_json::json!({"layer": "law", "ref": "s95"}));
    assert_eq!(by_law["multiplier"], "1.5");
    let agreed = night(&["--set", "s95.night_multiplier=1.6"]);
    assert_eq!(
        agreed["rate_source"],
        serde_json::json!({"layer": "override", "ref": "--set s95.night_multiplier=1.6"})
    );
    assert_eq!(agreed["multiplier"], "1.6");
}
