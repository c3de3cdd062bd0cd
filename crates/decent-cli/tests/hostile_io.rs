//! Hostile and unlucky input, end to end on the built binary (issue 8, item 8): each class of
//! input that once panicked, was read silently wrong, or came out unsafe, with the exit status
//! and message it must give now. `DECENT_BIN` runs the same tests against another binary (to
//! show that they fail on one built before the fixes).

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod common;

use common::{decent, Dir};

/// Runs `args`, which must be refused as bad input (exit 2, no panic); returns stderr.
fn refused(args: &[&str]) -> String {
    let (code, out, err) = decent(args);
    assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
    assert_eq!(code, 2, "{args:?}: expected exit 2; stdout: {out}; stderr: {err}");
    err
}

/// Five 10-hour days in one week: a weekly-norm violation (s45).
fn long_week(id: &str) -> String {
    let mut s = String::from("employee_id,start,end\n");
    for day in 6..=10 {
        s.push_str(&format!("{id},1995-03-{day:02}T07:00,1995-03-{day:02}T17:00\n"));
    }
    s
}

const OK_SHIFTS: &str = "employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T16:00\n";

#[test]
fn a_short_last_row_without_a_final_line_break_is_an_error_in_every_file() {
    let d = Dir::new("short");
    let shifts = d.file_str(
        "shifts.csv",
        "employee_id,start,end,break_minutes,kind,employer_id,published_on,break_start,feeding_minutes,idle_minutes\n\
         A,1995-03-06T08:00,1995-03-06T16:00,30,work,x,1995-01-01,12:00,0,0\n\
         A,1995-03-07T08:00,1995-03-07T16:00,30,work",
    );
    let err = refused(&["check", "--shifts", &shifts]);
    assert!(err.contains("shifts.csv:3") && err.contains("10 fields") && err.contains("has 5"), "{err}");
    let ok = d.file_str("ok.csv", OK_SHIFTS);
    let employees = d.file_str("employees.csv", "employee_id,sex,birth_date\nA,F,1960-01-01\nB,F");
    let err = refused(&["check", "--shifts", &ok, "--employees", &employees]);
    assert!(err.contains("employees.csv:3") && err.contains("has 2"), "{err}");
    let absences =
        d.file_str("absences.csv", "employee_id,kind,from,to\nA,sick,1995-01-02,1995-01-03\nA,sick,1995-02-01");
    let err = refused(&["check", "--shifts", &ok, "--absences", &absences]);
    assert!(err.contains("absences.csv:3") && err.contains("has 3"), "{err}");
    let earnings = d.file_str("earnings.csv", "employee_id,month,amount,days_worked\nA,1995-01,100,20\nA,1995-02,100");
    let err = refused(&["pay", "average", "--earnings", &earnings, "--employee", "A", "--on", "1995-03-10"]);
    assert!(err.contains("earnings.csv:3") && err.contains("has 3"), "{err}");
    let moved = d.file_str("moved.csv", "date,kind\n1995-05-02,day_off\n1995-05-06");
    let err = refused(&["deadline", "notice", "--event", "1995-05-01", "--moved-days", &moved]);
    assert!(err.contains("moved.csv:3") && err.contains("has 1"), "{err}");
}

#[test]
fn extra_or_missing_fields_are_errors_and_extra_columns_a_warning() {
    let d = Dir::new("width");
    let extra = d.file_str("extra.csv", "employee_id,start,end\nA,1995-03-06T08:00,1995-03-06T16:00,30\n");
    let err = refused(&["check", "--shifts", &extra]);
    assert!(err.contains("extra.csv:2") && err.contains("3 fields") && err.contains("has 4"), "{err}");
    let employees = d.file_str("employees.csv", "employee_id,sex\nA,F,1960-01-01\n");
    let ok = d.file_str("ok.csv", OK_SHIFTS);
    let err = refused(&["check", "--shifts", &ok, "--employees", &employees]);
    assert!(err.contains("employees.csv:2") && err.contains("has 3"), "{err}");
    // An extra column in the header (and in every row) is ignored with a warning, as before.
    let column = d.file_str("column.csv", "employee_id,start,end,note\nA,1995-03-06T08:00,1995-03-06T16:00,hi\n");
    let (code, _, err) = decent(&["check", "--shifts", &column]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning") && err.contains("`note` is not used"), "{err}");
}

#[test]
fn a_header_longer_than_the_read_block_is_refused_not_read_as_a_shift() {
    let d = Dir::new("header");
    let mut text = String::from("employee_id,start,end");
    let mut i = 0;
    while text.len() < 9 << 20 {
        text.push_str(&format!(",column{i}"));
        i += 1;
    }
    text.push('\n');
    text.push_str(&format!("A,1995-03-06T08:00,1995-03-06T16:00{}\n", ",".repeat(i)));
    let p = d.file_str("shifts.csv", &text);
    let err = refused(&["check", "--shifts", &p]);
    assert!(err.contains("shifts.csv:1") && err.contains("header row of at most"), "{}", &err[..err.len().min(500)]);
    assert!(err.len() < 2000, "the message is short: {} bytes", err.len());
}

#[test]
fn break_feeding_and_idle_longer_than_the_shift_are_an_error_naming_the_row() {
    let d = Dir::new("minutes");
    let p = d.file_str(
        "shifts.csv",
        "employee_id,start,end,break_minutes,feeding_minutes,idle_minutes\n\
         A,1995-03-06T08:00,1995-03-06T16:00,30,0,0\n\
         A,1995-03-07T08:00,1995-03-07T16:00,240,120,180\n",
    );
    let err = refused(&["check", "--shifts", &p]);
    assert!(err.contains("shifts.csv:3:6") && err.contains("at most the shift's length (480 min)"), "{err}");
}

#[test]
fn a_weekly_norm_that_rounds_to_no_minute_is_refused() {
    let d = Dir::new("norm");
    let shifts = d.file_str("shifts.csv", OK_SHIFTS);
    let employees = d.file_str("employees.csv", "employee_id,weekly_norm_hours\nA,0.001\n");
    let err = refused(&["check", "--shifts", &shifts, "--employees", &employees]);
    assert!(err.contains("employees.csv:2:2") && err.contains("0.001"), "{err}");
}

#[test]
fn a_moved_day_listed_twice_is_refused_naming_both_lines() {
    let d = Dir::new("moved");
    let moved = d.file_str("moved.csv", "date,kind\n1995-05-02,day_off\n1995-05-06,working\n1995-05-02,working\n");
    let err = refused(&["deadline", "notice", "--event", "1995-05-01", "--moved-days", &moved]);
    assert!(err.contains("moved.csv:4") && err.contains("also on line 2"), "{err}");
}

#[test]
fn from_and_to_beyond_the_years_files_accept_are_refused_not_wrapped() {
    let d = Dir::new("window");
    let p = d.file_str("shifts.csv", long_week("A"));
    // The whole range files accept still finds the violation.
    assert_eq!(decent(&["check", "--shifts", &p, "--from", "1000-01-01", "--to", "5000-12-31"]).0, 1);
    // Before: `--to 7000-01-01` wrapped the window's end below its start, and the roster came
    // out clean (exit 0, no finding).
    for (flag, day) in [
        ("--to", "7000-01-01"),
        ("--to", "9999-12-31"),
        ("--to", "6000-01-01"),
        ("--from", "0999-12-31"),
        ("--from", "-0001-01-01"),
    ] {
        let arg = format!("{flag}={day}");
        let err = refused(&["check", "--shifts", &p, &arg]);
        assert!(err.contains("years 1000 to 5000"), "{flag} {day}: {err}");
    }
}

#[test]
fn an_error_does_not_echo_a_huge_value() {
    let d = Dir::new("huge");
    let huge = "x".repeat(10 << 20);
    let p = d.file_str("shifts.csv", format!("employee_id,start,end\nA,{huge},1995-03-06T16:00\n"));
    let err = refused(&["check", "--shifts", &p]);
    assert!(err.len() < 1000, "the message is {} bytes", err.len());
    assert!(err.contains(&format!("({} bytes)", 10 << 20)), "{err}");
}

#[test]
fn control_characters_and_blank_ids_are_refused_and_24_00_30_is_no_time() {
    let d = Dir::new("ids");
    for (name, text, at) in [
        ("esc.csv", "employee_id,start,end\nA\u{1b}[2J,1995-03-06T08:00,1995-03-06T16:00\n", ":2:1"),
        ("nbsp.csv", "employee_id,start,end\n\u{a0},1995-03-06T08:00,1995-03-06T16:00\n", ":2:1"),
        ("bell.csv", "employee_id,start,end,employer_id\nA,1995-03-06T08:00,1995-03-06T16:00,x\u{7}\n", ":2:4"),
        ("late.csv", "employee_id,start,end\nA,1995-03-06T16:00,1995-03-06T24:00:30\n", ":2:3"),
    ] {
        let p = d.file_str(name, text);
        let err = refused(&["check", "--shifts", &p]);
        assert!(err.contains(&format!("{name}{at}")), "{name}: {err}");
        assert!(
            !err.contains('\u{1b}') && !err.contains('\u{7}'),
            "{name}: the message itself holds no control character"
        );
    }
    for end in ["1995-03-06T24:00", "1995-03-06T24:00:00"] {
        let p = d.file_str("midnight.csv", format!("employee_id,start,end\nA,1995-03-06T16:00,{end}\n"));
        assert_eq!(decent(&["check", "--shifts", &p]).0, 0, "{end}");
    }
}

#[test]
fn formulas_in_ids_are_neutralised_in_csv_output() {
    let d = Dir::new("formula");
    let p = d.file_str("shifts.csv", long_week("=HYPERLINK(\"http://x\";\"y\")"));
    let (code, out, err) = decent(&["check", "--shifts", &p, "--format", "csv"]);
    assert_eq!(code, 1, "{err}");
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let ids: Vec<String> = rdr.records().map(|r| r.unwrap()[3].to_string()).collect();
    assert!(!ids.is_empty());
    assert!(ids.iter().all(|id| id == "'=HYPERLINK(\"http://x\";\"y\")"), "{ids:?}");
    // Pay lines as CSV: the id is neutralised, the amounts are not touched.
    let shifts = d.file_str("pay-shifts.csv", "employee_id,start,end\n@evil,1994-10-04T08:00,1994-10-04T16:00\n");
    let employees = d.file_str("employees.csv", "employee_id,hourly_rate\n@evil,1.50\n");
    let (code, out, err) =
        decent(&["pay", "--shifts", &shifts, "--employees", &employees, "--month", "1994-10", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(out.as_bytes()).records().map(Result::unwrap).collect();
    assert!(!rows.is_empty(), "{out}");
    assert!(rows.iter().all(|r| &r[0] == "'@evil"), "{out}");
    assert!(rows.iter().any(|r| &r[1] == "total" && &r[7] == "12.00"), "{out}");
}

#[test]
fn bare_carriage_return_line_ends_read_like_line_feeds_in_every_file() {
    let d = Dir::new("cr");
    let shifts = long_week("A") + "B,1995-03-06T08:00,1995-03-06T16:00\n";
    let employees = "employee_id,sex,birth_date\nA,F,1960-01-01\nB,M,1970-01-01\n";
    let absences = "employee_id,kind,from,to\nB,sick,1995-03-07,1995-03-08\n";
    let run = |end: &str| {
        let tag = if end == "\r" { "cr" } else { "lf" };
        let f = |name: &str, text: &str| d.file_str(&format!("{tag}-{name}"), text.replace('\n', end));
        let (s, e, a) = (f("shifts.csv", &shifts), f("employees.csv", employees), f("absences.csv", absences));
        let (code, out, err) =
            decent(&["check", "--shifts", &s, "--employees", &e, "--absences", &a, "--format", "json"]);
        let mut v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{end:?}: {err}"));
        v.as_object_mut().unwrap().remove("input_warnings");
        (code, v)
    };
    let (lf, cr) = (run("\n"), run("\r"));
    assert_eq!(lf.0, 1);
    assert_eq!(cr, lf, "a file with bare CR line ends reads like one with LF");
    // And a bad row is named at the same line.
    let bad = d.file_str("bad-cr.csv", "employee_id,sex\rA,F\rB,X\r");
    let ok = d.file_str("ok.csv", OK_SHIFTS);
    let err = refused(&["check", "--shifts", &ok, "--employees", &bad]);
    assert!(err.contains("bad-cr.csv:3:2"), "{err}");
}
