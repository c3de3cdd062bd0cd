//! `decent pay` end to end: the built binary on small files, JSON checked, bad input exits 2.

mod common;

use common::{decent_in as decent, dir_with as dir};

const SHIFTS: &str = "employee_id,start,end\n\
a,1994-10-04T18:00,1994-10-05T02:00\n\
a,1994-11-18T08:00,1994-11-18T16:00\n\
c,1994-10-04T08:00,1994-10-04T16:00\n";
const EMPLOYEES: &str = "employee_id,hourly_rate,monthly_salary\na,1.50,\nc,,336\nd,,\n";

#[test]
fn monthly_json_has_a_payslip_per_paid_employee() {
    let d = dir("json", &[("shifts.csv", SHIFTS), ("employees.csv", EMPLOYEES)]);
    let (code, out, err) = decent(
        &["pay", "--shifts", "shifts.csv", "--employees", "employees.csv", "--month", "1994-10", "--format", "json"],
        &d,
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let slips = v["payslips"].as_array().expect("payslips");
    assert_eq!(slips.len(), 2);
    let a = &slips[0];
    assert_eq!(a["employee_id"], "a");
    assert_eq!(a["total"], "15.00");
    let lines = a["lines"].as_array().expect("lines");
    assert_eq!(lines[1]["section"], "s95");
    assert_eq!(lines[1]["multiplier"], "1.5");
    assert!(lines[1].get("basis").is_none(), "basis only with --explain");
    assert_eq!(slips[1]["total"], "336.00");
    assert_eq!(v["skipped"][0]["employee_id"], "d");
    assert_eq!(a["minimum"]["status"], "not-checked");
}

#[test]
fn explain_names_the_shift_the_night_and_the_festive_day() {
    let d = dir("explain", &[("shifts.csv", SHIFTS), ("employees.csv", EMPLOYEES)]);
    let (code, out, err) = decent(
        &["pay", "--shifts", "shifts.csv", "--employees", "employees.csv", "--month", "1994-11", "--explain", "a"],
        &d,
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("festive day"), "{out}");
    assert!(out.contains("(line 3)"), "{out}");
    assert!(out.contains("s94.festive_multiplier"), "{out}");
}

#[test]
fn calculators_answer_in_json() {
    let earnings = "employee_id,month,amount\na,1994-09,254\na,1994-10,254\n";
    let d = dir("calc", &[("earnings.csv", earnings)]);
    let (code, out, err) = decent(
        &["pay", "average", "--earnings", "earnings.csv", "--employee", "a", "--on", "1994-11-14", "--format", "json"],
        &d,
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["monthly"], "254");
    assert_eq!(v["daily_leave"], "10");
    assert!(v["daily_other"].is_string());
    let (code, out, _) = decent(
        &[
            "pay",
            "leave",
            "--earnings",
            "earnings.csv",
            "--employee",
            "a",
            "--from",
            "1994-11-14",
            "--to",
            "1994-11-27",
            "--format",
            "json",
        ],
        &d,
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["total"], "110.00");
    // s101: one day before the leave, moved before Sunday 13 and Saturday 12 November (s61).
    assert_eq!(v["pay_by"], "1994-11-11");
    let (code, out, _) = decent(
        &[
            "pay",
            "severance",
            "--earnings",
            "earnings.csv",
            "--employee",
            "a",
            "--on",
            "1994-11-30",
            "--ground",
            "s30-8",
            "--format",
            "json",
        ],
        &d,
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["total"], "1524.00");
    let (code, out, _) = decent(&["pay", "deduction", "--amount", "200", "--deductions", "50", "--format", "json"], &d);
    assert_eq!(code, 1, "a deduction above the cap is a violation");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["lawful"], false);
}

#[test]
fn bad_input_exits_2_naming_the_line() {
    let bad = "employee_id,start,end\na,1994-10-04T18:00,1994-10-05T02:00\na,1994-10-06T25:00,1994-10-06T26:00\n";
    let d = dir(
        "bad",
        &[
            ("shifts.csv", bad),
            ("employees.csv", EMPLOYEES),
            ("earnings.csv", "employee_id,month,amount\na,1994-9,100\n"),
        ],
    );
    let (code, _, err) =
        decent(&["pay", "--shifts", "shifts.csv", "--employees", "employees.csv", "--month", "1994-10"], &d);
    assert_eq!(code, 2);
    assert!(err.contains("shifts.csv:3"), "{err}");
    let (code, _, err) =
        decent(&["pay", "average", "--earnings", "earnings.csv", "--employee", "a", "--on", "1994-11-01"], &d);
    assert_eq!(code, 2);
    assert!(err.contains("earnings.csv:2:2"), "{err}");
    let (code, _, _) =
        decent(&["pay", "--shifts", "shifts.csv", "--employees", "employees.csv", "--month", "1994-13"], &d);
    assert_eq!(code, 2);
}
