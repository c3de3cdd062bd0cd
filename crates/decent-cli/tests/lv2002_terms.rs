//! `decent deadline` and `decent termination` under `--law lv-2002`, with hand-worked dates.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod common;

use common::{decent, Dir};

fn date_of(args: &[&str]) -> String {
    let mut all = vec!["deadline"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--law", "lv-2002", "--format", "json"]);
    let (code, out, err) = decent(&all);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["law"], "lv-2002");
    doc["date"].as_str().unwrap().to_string()
}

/// Source: s100(1), s16(1), s16(3). Notice given on Monday 2 March 2026: the term begins that
/// day and, counted in months, ends on the corresponding date, Thursday 2 April 2026.
#[test]
fn resignation_is_one_month_from_the_day_of_notice() {
    assert_eq!(date_of(&["resignation", "--event", "2026-03-02"]), "2026-04-02");
    let (_, out, _) =
        decent(&["deadline", "resignation", "--event", "2026-03-02", "--law", "lv-2002", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    // s16(1): the first day is the day of the event (lv-1994 s257: the day after).
    assert_eq!(doc["start"], "2026-03-02");
    assert!(doc["steps"].as_array().unwrap().iter().any(|s| s["message_key"] == "term-step-starts-on-event"), "{doc}");
}

/// Source: s16(3), s16(5). Notice on Saturday 31 January 2026: February has no 31st, so the
/// month ends on its last day, Saturday 28 February, a weekly rest day; the term ends on the next
/// working day, Monday 2 March.
#[test]
fn a_month_without_the_date_ends_on_its_last_day_and_moves_past_the_weekend() {
    assert_eq!(date_of(&["resignation", "--event", "2026-01-31"]), "2026-03-02");
    // Read with Sunday alone as the weekly rest day, Saturday 28 February stands.
    let (code, out, err) = decent(&[
        "deadline",
        "resignation",
        "--event",
        "2026-01-31",
        "--law",
        "lv-2002",
        "--set",
        "s16.weekly_rest_days=sunday",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"date\": \"2026-02-28\""), "{out}");
}

/// Source: s103(1) 2), s16(1), s16(5). The employer's notice on point 1 of s101(1) given on
/// Friday 24 April 2026: 10 days, the 24th the first, end on Sunday 3 May; Monday 4 May is the
/// Restoration of Independence Day, a public holiday: the term ends on Tuesday 5 May.
/// From Monday 20 April 2026 the ten days end on Wednesday 29 April; read with the day after the
/// event as the first (interpretation s16.day_terms), on Thursday 30 April.
#[test]
fn ten_days_count_the_day_of_notice_and_move_past_sunday_and_4_may() {
    assert_eq!(date_of(&["notice", "--event", "2026-04-24", "--option", "s101-1"]), "2026-05-05");
    assert_eq!(date_of(&["notice", "--event", "2026-04-20", "--option", "s101-1"]), "2026-04-29");
    let after = ["notice", "--event", "2026-04-20", "--option", "s101-1", "--set", "s16.day_terms=day-after-first"];
    assert_eq!(date_of(&after), "2026-04-30");
}

/// Source: s103(1) 3), 4), 1); s16(5). On point 9 (reduction) notice from 24 April 2026 is one
/// month, to Sunday 24 May, moved to Monday 25 May; for an employee with a disability two months,
/// to Wednesday 24 June, Midsummer Day, moved to Thursday 25 June. On point 2 notice takes
/// effect immediately.
#[test]
fn the_employers_notice_depends_on_the_ground_and_the_disability() {
    assert_eq!(date_of(&["notice", "--event", "2026-04-24", "--option", "s101-9"]), "2026-05-25");
    assert_eq!(
        date_of(&["notice", "--event", "2026-04-24", "--option", "s101-9", "--option", "disability"]),
        "2026-06-25"
    );
    assert_eq!(date_of(&["notice", "--event", "2026-04-24", "--option", "s101-2"]), "2026-04-24");
    let (code, _, err) = decent(&["deadline", "notice", "--event", "2026-04-24", "--law", "lv-2002"]);
    assert_eq!(code, 2);
    assert!(err.contains("exactly one ground") && err.contains("s101-9"), "{err}");
}

const EMPLOYEES: &str = "employee_id,sex,union_member,hired_on,disability\n\
                         A,M,true,2014-03-01,false\n\
                         T,F,false,2016-04-30,false\n";

/// Source: s110(1), s103(1) 3), s112(1) 3). A union member (of more than six months, the
/// interpretation s110.membership) dismissed on point 9: refused without the union's consent;
/// with it and notice from 30 March 2026 ending 30 April, lawful, with a severance of three
/// months' average earnings for 12 full years of service (1 March 2014 to 30 April 2026).
#[test]
fn a_union_members_dismissal_needs_the_unions_consent_and_owes_severance_by_service() {
    let d = Dir::new("lv2002-termination");
    let emp = d.file_str("employees.csv", EMPLOYEES);
    let base = [
        "termination",
        "--law",
        "lv-2002",
        "--employee",
        "A",
        "--employees",
        &emp,
        "--date",
        "2026-04-30",
        "--ground",
        "s101-9",
        "--notice-given",
        "2026-03-30",
        "--format",
        "json",
    ];
    let (code, out, err) = decent(&base);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("termination-2002-union-member"), "{out}");
    let mut with = base.to_vec();
    with.extend_from_slice(&["--union-consent", "--earnings", "1500"]);
    let (code, out, err) = decent(&with);
    assert_eq!(code, 0, "{out}{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["lawful"], true);
    assert_eq!(doc["notice"]["date"], "2026-04-30");
    assert!(out.contains("\"months\": 3") && out.contains("4500.00"), "{out}");
}

/// Source: s109(3), s112(1) 2)–3) (interpretation s112.band_edge). Notice given on a day of
/// temporary incapacity is refused; an employee with exactly ten years of service (30 April 2016
/// to 30 April 2026) is owed three months by default, two under the other reading.
#[test]
fn no_notice_during_incapacity_and_ten_years_of_service_is_the_third_band() {
    let d = Dir::new("lv2002-incapacity");
    let emp = d.file_str("employees.csv", EMPLOYEES);
    let abs = d.file_str("absences.csv", "employee_id,kind,from,to\nT,sick,2026-03-25,2026-04-02\n");
    let args = [
        "termination",
        "--law",
        "lv-2002",
        "--employee",
        "T",
        "--employees",
        &emp,
        "--absences",
        &abs,
        "--date",
        "2026-04-30",
        "--ground",
        "s101-9",
        "--format",
        "json",
    ];
    let mut sick = args.to_vec();
    sick.extend_from_slice(&["--notice-given", "2026-03-30"]);
    let (code, out, _) = decent(&sick);
    assert_eq!(code, 1);
    assert!(out.contains("termination-2002-absent"), "{out}");
    let mut ok = args.to_vec();
    ok.extend_from_slice(&["--notice-given", "2026-03-20"]);
    let (code, out, err) = decent(&ok);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("\"months\": 3"), "{out}");
    ok.extend_from_slice(&["--set", "s112.band_edge=lower-band"]);
    let (_, out, _) = decent(&ok);
    assert!(out.contains("\"months\": 2"), "{out}");
}
