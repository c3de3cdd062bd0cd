//! Terms and deadlines (s257 and the sections that set terms) and the termination protections,
//! as table-driven cases taken from the statute's words, plus property tests of the arithmetic
//! against the pack's festive calendar.

use decent_core::model::{Absence, AbsenceKind, Dataset};
use decent_core::time::{days_from_civil, fmt_day, weekday, Day};
use decent_core::Law;
use decent_lv1994::terms::termination::{self, Facts, Ground, Status};
use decent_lv1994::terms::{deadline, Holidays, Kind, MovedDays, Request, TermError};
use proptest::prelude::*;

fn d(s: &str) -> Day {
    let date: jiff::civil::Date = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
    decent_core::time::days_from_date(date)
}

fn law(sets: &[&str]) -> Law {
    let mut law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    for s in sets {
        law.params.set(s).unwrap_or_else(|e| panic!("{s}: {e}"));
    }
    law
}

fn absence(kind: AbsenceKind, from: &str, to: &str) -> Absence {
    Absence { emp: 0, kind, from: d(from), to: d(to), line: 2 }
}

/// Computes a deadline; returns the date and the sections its steps cite.
fn run(
    law: &Law,
    kind: &str,
    event: &str,
    absences: &[Absence],
    options: &[&str],
    moved: &MovedDays,
) -> (String, Vec<String>) {
    let kind = Kind::parse(kind).unwrap_or_else(|| panic!("kind {kind}"));
    let options: Vec<String> = options.iter().map(ToString::to_string).collect();
    let req = Request { kind, event: d(event), absences, options: &options, moved };
    let out = deadline(law, &req).unwrap_or_else(|e| panic!("{e}"));
    (fmt_day(out.date), out.steps.iter().map(|s| s.section.clone()).collect())
}

fn check(kind: &str, event: &str, absences: &[Absence], options: &[&str], expect: &str) -> Vec<String> {
    let (date, sections) = run(&law(&[]), kind, event, absences, options, &MovedDays::new());
    assert_eq!(date, expect, "{kind} from {event}");
    sections
}

/// Source: s257 ("If the end of the term which is expressed in months falls into a month which
/// does not have the respective date, the term shall expire on the last day of this month"), s31.
#[test]
fn month_end_31_january_plus_one_month() {
    // 28 February 1994 is a Monday; 29 February 1996 a Thursday (leap year).
    let s = check("resignation", "1994-01-31", &[], &[], "1994-02-28");
    assert!(s.contains(&"257".to_string()) && s.contains(&"31".to_string()));
    check("resignation", "1996-01-31", &[], &[], "1996-02-29");
    check("notice", "1995-01-31", &[], &[], "1995-02-28");
}

/// Source: s257 ("The term which is expressed in years shall expire on the month and date of
/// the last year"), s145: a punishment of 29 February 1996 lapses on 28 February 1997 (Friday).
#[test]
fn leap_years() {
    check("discipline-expiry", "1996-02-29", &[], &[], "1997-02-28");
    check("discipline-expiry", "1995-03-01", &[], &[], "1996-03-01");
    // s173: 112 calendar days from 1 February 1996 cross 29 February.
    check("maternity", "1996-02-01", &[], &[], "1996-05-22");
}

/// Source: s257 ("If the term expires on a holiday, the next working day shall be considered as
/// the last day of the term"), s61 ("The generally observed holiday is Sunday"), s217.
#[test]
fn term_ending_on_a_sunday() {
    // 16 October 1994 is a Sunday.
    assert_eq!(weekday(d("1994-10-16")), 6);
    let s = check("dispute", "1994-09-16", &[], &[], "1994-10-17");
    assert!(s.iter().filter(|x| *x == "257").count() >= 3);
}

/// Source: s257, s68 (festive days, PRODUCT.md §7): 18 November 1994, Proclamation Day, is a
/// Friday, so the next working day is Saturday 19 November — or Monday 21 November when
/// Saturday is read as a holiday too (interpretation s257.weekly_holiday) or is a moved day off.
#[test]
fn term_ending_on_a_festive_day() {
    assert_eq!(weekday(d("1994-11-18")), 4);
    check("dispute", "1994-10-18", &[], &[], "1994-11-19");
    let five_day = law(&["s257.weekly_holiday=saturday-and-sunday"]);
    assert_eq!(run(&five_day, "dispute", "1994-10-18", &[], &[], &MovedDays::new()).0, "1994-11-21");
    let mut moved = MovedDays::new();
    moved.insert(d("1994-11-19"), false);
    assert_eq!(run(&law(&[]), "dispute", "1994-10-18", &[], &[], &moved).0, "1994-11-21");
    // Good Friday 1 April 1994 ends a one-month notice given on 1 March: Saturday 2 April.
    check("resignation", "1994-03-01", &[], &[], "1994-04-02");
    // s221: ten days from 15 December 1994 end on Sunday 25 December; 26 December is festive.
    check("decision", "1994-12-15", &[], &[], "1994-12-27");
    // A moved working day is not a holiday: 1994-10-16 (Sunday) made a working day.
    let mut moved = MovedDays::new();
    moved.insert(d("1994-10-16"), true);
    assert_eq!(run(&law(&[]), "dispute", "1994-09-16", &[], &[], &moved).0, "1994-10-16");
}

/// Source: s31 ("The period of temporary disablement shall not be included into the term of
/// resignation"), s35 (except point 5) of s33).
#[test]
fn term_extended_by_sick_leave() {
    let sick = [absence(AbsenceKind::Sick, "1994-03-10", "1994-03-14")];
    // 1 April + five days of disablement: Wednesday 6 April.
    let s = check("resignation", "1994-03-01", &sick, &[], "1994-04-06");
    assert!(s.contains(&"31".to_string()));
    check("notice", "1994-03-01", &sick, &[], "1994-04-06");
    check("notice", "1994-03-01", &sick, &["point-5"], "1994-04-02");
    // Annual leave does not extend a resignation.
    check(
        "resignation",
        "1994-03-01",
        &[absence(AbsenceKind::AnnualLeave, "1994-03-10", "1994-03-14")],
        &[],
        "1994-04-02",
    );
}

/// Source: s23 ("The period of probation shall not exceed three months. The period of temporary
/// disablement and other time of a justified absence of the employee shall not be included").
#[test]
fn probation_excludes_justified_absence() {
    // Hired 1 February 1994: 1 May is Labour Day and a Sunday, so Monday 2 May.
    check("probation", "1994-02-01", &[], &[], "1994-05-02");
    let abs = [
        absence(AbsenceKind::Sick, "1994-02-07", "1994-02-09"),
        absence(AbsenceKind::Unpaid, "1994-03-01", "1994-03-02"),
        absence(AbsenceKind::BusinessTrip, "1994-03-10", "1994-03-20"),
    ];
    // Five days excluded: 1 May + 5 = Friday 6 May.
    check("probation", "1994-02-01", &abs, &[], "1994-05-06");
}

/// Source: s143 ("not later than one month after the day it was discovered, excluding the time
/// when the employee has temporary disablement or is on leave ... shall not be applied in the
/// cases when more than six months have passed").
#[test]
fn discipline_and_the_six_month_ceiling() {
    let leave = [absence(AbsenceKind::AnnualLeave, "1994-02-07", "1994-02-20")];
    check("discipline", "1994-02-01", &leave, &[], "1994-03-15");
    let long = [absence(AbsenceKind::Sick, "1994-01-20", "1994-12-31")];
    let s = check("discipline", "1994-01-12", &long, &[], "1994-07-12");
    assert_eq!(s.iter().rev().nth(1).map(String::as_str), Some("143"), "the ceiling step cites s143");
    // Ceiling on Sunday 10 July 1994 moves to Monday 11 July (s257).
    check("discipline", "1994-01-10", &long, &[], "1994-07-11");
}

/// Source: s54 ("no later than one month before they take effect"), s70 ("no later than by
/// January 15"), s90, s106, s221, s173.
#[test]
fn other_kinds() {
    // 1 May 1994 is Labour Day: the last working day before it is Saturday 30 April.
    check("roster-publication", "1994-06-01", &[], &[], "1994-04-30");
    let keep = law(&["s257.backward_holiday=no-move"]);
    assert_eq!(run(&keep, "roster-publication", "1994-06-01", &[], &[], &MovedDays::new()).0, "1994-05-01");
    check("roster-publication", "1994-03-31", &[], &[], "1994-02-28");
    // 15 January 1995 is a Sunday.
    check("leave-schedule", "1995-06-01", &[], &[], "1995-01-16");
    check("leave-schedule", "1994-06-01", &[], &[], "1994-01-15");
    let s = check("change-notice", "1994-09-01", &[], &["work-quotas"], "1994-08-01");
    assert!(s.contains(&"106".to_string()) && !s.contains(&"90".to_string()));
    let s = check("change-notice", "1994-09-01", &[], &[], "1994-08-01");
    assert!(s.contains(&"90".to_string()));
    check("decision", "1994-10-03", &[], &[], "1994-10-13");
    check("maternity", "1994-03-01", &[], &[], "1994-06-20");
    check("maternity", "1994-03-01", &[], &["early-care", "complications"], "1994-07-18");
}

#[test]
fn unknown_options_and_days_outside_the_calendar_are_errors() {
    let l = law(&[]);
    let m = MovedDays::new();
    let opts = ["nope".to_string()];
    let req = Request { kind: Kind::Dispute, event: d("1994-01-01"), absences: &[], options: &opts, moved: &m };
    assert!(matches!(deadline(&l, &req), Err(TermError::UnknownOption { .. })));
    let req = Request { kind: Kind::Dispute, event: d("1850-01-01"), absences: &[], options: &[], moved: &m };
    assert!(matches!(deadline(&l, &req), Err(TermError::OutsideCalendar(_))));
    assert!(Kind::parse("bogus").is_none());
}

// --- Termination --------------------------------------------------------------------------

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/terms_fixtures");

fn people() -> Dataset {
    let map = decent_io::ColumnMap::default();
    let mut data = Dataset::with_schema(&decent_lv1994::attrs::SCHEMA);
    let e = std::fs::read(format!("{FIX}/employees.csv")).unwrap_or_else(|e| panic!("{e}"));
    let a = std::fs::read(format!("{FIX}/absences.csv")).unwrap_or_else(|e| panic!("{e}"));
    decent_io::read_employees(&mut data, "employees.csv", &e, &map).unwrap_or_else(|e| panic!("{e}"));
    decent_io::read_absences(&mut data, "absences.csv", &a, &map, true).unwrap_or_else(|e| panic!("{e}"));
    data.finish();
    data
}

struct Case {
    who: &'static str,
    date: &'static str,
    ground: &'static str,
    consent: bool,
    notice: Option<&'static str>,
    refused_by: &'static [&'static str],
}

fn terminate(law: &Law, c: &Case) -> termination::Verdict {
    let data = people();
    let i = data.lookup(c.who).unwrap_or_else(|| panic!("{}", c.who));
    let moved = MovedDays::new();
    let facts = Facts { union_consent: c.consent, notice_given: c.notice.map(d), moved: &moved };
    termination::check(
        &data.employees[i as usize],
        data.absences_of(i),
        d(c.date),
        Ground::parse(c.ground).unwrap_or_else(|e| panic!("{e}")),
        &facts,
        law,
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// Source: s34, s34.1, s35, s36, s178 (with s176), s239 — each protected case refused with its
/// section; the lawful case passes.
#[test]
fn termination_refuses_each_protected_case_with_its_section() {
    let n = Some("1994-10-28");
    let cases = [
        // Lawful: notice 28 October runs to 28 November; no protection applies.
        Case { who: "plain", date: "1994-11-30", ground: "s33-1", consent: false, notice: n, refused_by: &[] },
        // s35: no written notice; notice too late.
        Case { who: "plain", date: "1994-11-30", ground: "s33-1", consent: false, notice: None, refused_by: &["35"] },
        Case { who: "plain", date: "1994-11-25", ground: "s33-1", consent: false, notice: n, refused_by: &["35"] },
        // s34: temporary disablement on the day; and disablement extends the notice term (s35).
        Case {
            who: "sick",
            date: "1994-11-21",
            ground: "s33-2",
            consent: false,
            notice: Some("1994-10-01"),
            refused_by: &["34"],
        },
        Case { who: "sick", date: "1994-11-30", ground: "s33-1", consent: false, notice: n, refused_by: &["35"] },
        // s34: point 5) of s33 is excepted from the disablement bar.
        Case {
            who: "sick",
            date: "1994-11-21",
            ground: "s33-5",
            consent: false,
            notice: Some("1994-10-01"),
            refused_by: &[],
        },
        // s34: on leave.
        Case { who: "onleave", date: "1994-11-30", ground: "s33-1", consent: false, notice: n, refused_by: &["34"] },
        // s36: union member without consent; with consent lawful.
        Case { who: "member", date: "1994-11-30", ground: "s33-1", consent: false, notice: n, refused_by: &["36"] },
        Case { who: "member", date: "1994-11-30", ground: "s33-1", consent: true, notice: n, refused_by: &[] },
        // s239: elected official.
        Case { who: "official", date: "1994-11-30", ground: "s33-1", consent: false, notice: n, refused_by: &["239"] },
        // s178: pregnant; mother of a child under three; s176 single father.
        Case { who: "pregnant", date: "1994-11-30", ground: "s33-1", consent: false, notice: n, refused_by: &["178"] },
        Case { who: "mother", date: "1994-11-30", ground: "s33-1", consent: false, notice: n, refused_by: &["178"] },
        Case { who: "father", date: "1994-11-30", ground: "s33-1", consent: false, notice: n, refused_by: &["178"] },
        // s178 and s34 yield to liquidation.
        Case { who: "pregnant", date: "1994-11-30", ground: "liquidation", consent: false, notice: n, refused_by: &[] },
        Case { who: "onleave", date: "1994-11-30", ground: "liquidation", consent: false, notice: n, refused_by: &[] },
        // s33-other: no s35 notice needed.
        Case { who: "plain", date: "1994-11-30", ground: "s33-other", consent: false, notice: None, refused_by: &[] },
    ];
    let law = law(&[]);
    for c in &cases {
        let v = terminate(&law, c);
        let got: Vec<&str> = v.refusals().map(|x| x.section.as_str()).collect();
        assert_eq!(got, c.refused_by, "{} on {} ({}): {:#?}", c.who, c.date, c.ground, v.checks);
        assert_eq!(v.lawful, c.refused_by.is_empty());
    }
}

/// Source: s34.1 (point 1.1) of s33: employees who have reached the age of retirement), s37.
#[test]
fn retirement_age_and_severance() {
    let c = Case {
        who: "retiree",
        date: "1994-11-30",
        ground: "s33-1.1",
        consent: false,
        notice: Some("1994-10-01"),
        refused_by: &[],
    };
    // The Code states no retirement age: it must be supplied.
    let data = people();
    let i = data.lookup("retiree").unwrap_or_else(|| panic!("retiree"));
    let moved = MovedDays::new();
    let facts = Facts { union_consent: false, notice_given: Some(d("1994-10-01")), moved: &moved };
    let e = termination::check(&data.employees[i as usize], &[], d("1994-11-30"), Ground::S33P1_1, &facts, &law(&[]));
    assert!(matches!(e, Err(TermError::Param(_))));
    let l = law(&["s34_1.retirement_age=60"]);
    let v = terminate(&l, &c);
    assert!(v.lawful, "{:#?}", v.checks);
    assert_eq!(v.severance.as_ref().map(|s| s.months), Some(1));
    let young = Case { who: "plain", ..c };
    let v = terminate(&l, &young);
    assert_eq!(v.refusals().map(|x| x.section.as_str()).collect::<Vec<_>>(), ["34.1"]);
    // s37: six months on point 8) of s30; none on point 5) of s33.
    let v = terminate(&l, &Case { who: "plain", ground: "s30-8", notice: None, ..young });
    assert_eq!(v.severance.map(|s| s.months), Some(6));
    let v = terminate(&l, &Case { who: "plain", ground: "s33-5", notice: Some("1994-10-01"), ..young });
    assert!(v.severance.is_none());
    assert!(v.checks.iter().any(|c| c.section == "35" && c.status == Status::Pass));
    assert!(matches!(Ground::parse("bogus"), Err(TermError::UnknownGround(_))));
}

// --- Properties ----------------------------------------------------------------------------

fn any_kind() -> impl Strategy<Value = Kind> {
    proptest::sample::select(decent_lv1994::terms::KINDS.iter().map(|k| k.0).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Source: s257. A forward term never ends before its event, and always on a working day;
    /// a term whose plain expiry is a working day is not moved.
    #[test]
    fn forward_terms_end_on_working_days(kind in any_kind(), off in 0i32..36_000,
                                         sick in proptest::collection::vec((0i32..200, 0i32..40), 0..3),
                                         saturday in any::<bool>()) {
        let l = if saturday { law(&["s257.weekly_holiday=saturday-and-sunday"]) } else { law(&[]) };
        let event = days_from_civil(1991, 1, 1) + off;
        let abs: Vec<Absence> = sick.iter().map(|&(o, n)| Absence { emp: 0, kind: AbsenceKind::Sick, from: event + o, to: event + o + n, line: 2 }).collect();
        let moved = MovedDays::new();
        let req = Request { kind, event, absences: &abs, options: &[], moved: &moved };
        let out = deadline(&l, &req).unwrap_or_else(|e| panic!("{e}"));
        let hol = Holidays::new(&l, &moved, event).unwrap_or_else(|e| panic!("{e}"));
        if let Some(start) = out.start {
            prop_assert_eq!(start, event + 1);
            prop_assert!(out.date >= event);
            prop_assert!(hol.non_working(out.date).is_none(), "{} lands on a working day", fmt_day(out.date));
            if abs.is_empty() && kind != Kind::Discipline {
                // Without exclusions, the expiry only moves when it is not a working day.
                let plain = out.steps.iter().find(|s| s.message.key.starts_with("term-step-expires-")).map(|s| s.date).unwrap_or(out.date);
                if hol.non_working(plain).is_none() {
                    prop_assert_eq!(out.date, plain);
                } else {
                    prop_assert!(out.date > plain);
                    prop_assert!((plain..out.date).all(|x| hol.non_working(x).is_some()));
                }
            }
        } else if matches!(kind, Kind::RosterPublication | Kind::ChangeNotice) {
            prop_assert!(out.date < event);
            prop_assert!(hol.non_working(out.date).is_none());
        }
    }
}
