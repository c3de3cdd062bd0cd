//! Pay under the Labour Law and the Remuneration Law, from hand-worked examples.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use decent_core::pay::{MonthPays, YearMonth};
use decent_core::PayRules;
use decent_lv2002::Pay;

fn law(set: &[&str]) -> decent_core::Law {
    let mut law = decent_lv2002::law().unwrap_or_else(|e| panic!("{e}"));
    for s in set {
        law.params.set(s).unwrap_or_else(|e| panic!("{s}: {e}"));
    }
    law
}

fn pay(law: &decent_core::Law, employees: &str, shifts: &str, month: &str) -> MonthPays {
    let data = decent_io::load_str_with(&decent_lv2002::attrs::SCHEMA, shifts, Some(employees), None)
        .unwrap_or_else(|e| panic!("{e}"));
    Pay.monthly(law, &data, YearMonth::parse(month).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

/// `(component, section, amount)` of each line of the `i`-th payslip, and its total.
fn lines(p: &MonthPays, i: usize) -> (Vec<(String, String, String)>, String) {
    let slip = &p.pays[i].payslip;
    let v = slip.lines().iter().map(|l| (l.label.key.to_string(), l.section.clone(), l.amount.to_string())).collect();
    (v, slip.total().to_string())
}

fn line(c: &str, s: &str, a: &str) -> (String, String, String) {
    (c.to_string(), s.to_string(), a.to_string())
}

const HOURLY: &str = "employee_id,hourly_rate\nA,10.00\n";

/// Source: s67(1), s138(1). "Night work is any work performed during the night time for more than
/// two hours. Night time means the period from 22:00 to 06:00." A shift 22:00–06:00 at 10.00 an
/// hour: 8 h × 10.00 = 80.00 wage, and the supplement "of not less than 50 per cent": 8 h × 10.00
/// × 0.5 = 40.00. A shift 20:00–23:00 holds one night hour, not more than two: no night work, no
/// supplement.
#[test]
fn night_work_carries_half_the_hourly_rate() {
    let shifts = "employee_id,start,end\nA,2026-03-03T22:00,2026-03-04T06:00\nA,2026-03-11T20:00,2026-03-11T23:00\n";
    let p = pay(&law(&[]), HOURLY, shifts, "2026-03");
    let (l, total) = lines(&p, 0);
    assert_eq!(
        l,
        vec![line("pay2002-time-wage", "s62(2)", "110.00"), line("pay2002-night-supplement", "s67(1)", "40.00"),]
    );
    assert_eq!(total, "150.00");
    // An agreement may give more (s67(2)).
    let p = pay(&law(&["s67.night_supplement=60"]), HOURLY, shifts, "2026-03");
    assert_eq!(lines(&p, 0).0[1].2, "48.00");
}

/// Source: s68(1), s131(1), s136(1). Tuesday 10 March 2026, 08:00–20:00 with a 30-minute break:
/// 11.5 h worked, the normal day is 8 h (40 h over five days), so 3.5 h are overtime: wage
/// 11.5 × 10.00 = 115.00, supplement "of not less than 100 per cent" 3.5 × 10.00 = 35.00. Under a
/// general agreement of s68(3) the supplement may be 50 %: 17.50; below 50 % it is refused.
#[test]
fn overtime_past_the_daily_norm_carries_the_full_rate() {
    let shifts = "employee_id,start,end,break_minutes\nA,2026-03-10T08:00,2026-03-10T20:00,30\n";
    let p = pay(&law(&[]), HOURLY, shifts, "2026-03");
    let (l, total) = lines(&p, 0);
    assert_eq!(
        l,
        vec![line("pay2002-time-wage", "s62(2)", "115.00"), line("pay2002-overtime-supplement", "s68(1)", "35.00")]
    );
    assert_eq!(total, "150.00");
    let ga = law(&["s68.general_agreement=true", "s68.general_agreement_overtime=50"]);
    let (l, _) = lines(&pay(&ga, HOURLY, shifts, "2026-03"), 0);
    assert_eq!(l[1], line("pay2002-overtime-supplement", "s68(3)", "17.50"));
    let low = law(&["s68.general_agreement=true", "s68.general_agreement_overtime=40"]);
    let data = decent_io::load_str_with(&decent_lv2002::attrs::SCHEMA, shifts, Some(HOURLY), None).unwrap();
    let e = Pay.monthly(&low, &data, YearMonth::parse("2026-03").unwrap()).unwrap_err().to_string();
    assert!(e.contains("s68.general_agreement_overtime") && e.contains("s68(3)"), "{e}");
}

/// Source: s68(1), s138(1); the Law On Public Holidays, s1 (1 May). Thursday 30 April 2026 22:00
/// to Friday 1 May 07:00, Labour Day: 2 h fall in April, 7 h on the public holiday. May's pay:
/// wage 7 × 10.00 = 70.00; night supplement for 00:00–06:00, 6 × 10.00 × 0.5 = 30.00; the
/// public-holiday supplement 7 × 10.00 = 70.00. April's: wage 20.00, night 2 × 5.00 = 10.00, no
/// holiday supplement.
#[test]
fn public_holiday_work_across_midnight_is_cut_at_midnight() {
    let shifts = "employee_id,start,end\nA,2026-04-30T22:00,2026-05-01T07:00\n";
    let l0 = law(&[]);
    let (may, total) = lines(&pay(&l0, HOURLY, shifts, "2026-05"), 0);
    assert_eq!(
        may,
        vec![
            line("pay2002-time-wage", "s62(2)", "70.00"),
            line("pay2002-night-supplement", "s67(1)", "30.00"),
            line("pay2002-holiday-supplement", "s68(1)", "70.00"),
        ]
    );
    assert_eq!(total, "170.00");
    let (april, total) = lines(&pay(&l0, HOURLY, shifts, "2026-04"), 0);
    assert_eq!(
        april,
        vec![line("pay2002-time-wage", "s62(2)", "20.00"), line("pay2002-night-supplement", "s67(1)", "10.00")]
    );
    assert_eq!(total, "30.00");
}

/// Source: s68(1) "overtime work or work on a public holiday" (interpretation
/// s68.overtime_on_holiday). Friday 1 May 2026 08:00–18:00, no break: 10 h on a public holiday,
/// 2 h past the daily norm. Both supplements (default): 2 × 10.00 + 10 × 10.00 = 120.00; one:
/// the holiday supplement for the 8 h that are not overtime, 80.00.
#[test]
fn overtime_on_a_public_holiday_carries_both_supplements_unless_read_otherwise() {
    let shifts = "employee_id,start,end\nA,2026-05-01T08:00,2026-05-01T18:00\n";
    let (l, _) = lines(&pay(&law(&[]), HOURLY, shifts, "2026-05"), 0);
    assert_eq!(l[1], line("pay2002-overtime-supplement", "s68(1)", "20.00"));
    assert_eq!(l[2], line("pay2002-holiday-supplement", "s68(1)", "100.00"));
    let (l, _) = lines(&pay(&law(&["s68.overtime_on_holiday=one"]), HOURLY, shifts, "2026-05"), 0);
    assert_eq!(l[2], line("pay2002-holiday-supplement", "s68(1)", "80.00"));
}

/// Source: s75³, s67(1), s68(1), s68(3); Remuneration Law s14(4), (6), (11). The same roster for
/// a municipal care home's employee (pay_regime remuneration-law) and a private care provider's
/// (labour-law), each on a salary of 1,200.00. March 2026 has 22 working days, 176 h: the hourly
/// rate is 1,200.00 ÷ 176 = 6.8181… A night shift Thursday 5 March 22:00–06:00 (8 night hours)
/// and a row of overtime Friday 6 March 16:00–18:00 (2 h):
/// - overtime hours 2 × 6.8181… = 13.64; night supplement 8 × 6.8181… × 0.5 = 27.27; overtime
///   supplement 2 × 6.8181… = 13.64 — the same amounts, cited from different laws;
/// - under a general agreement of s68(3) setting 50 %, the private employee's overtime
///   supplement is 6.82 (total 1,247.73); the municipal employee's stays 13.64 (1,254.55), for the
///   Remuneration Law's s14(6) sets it at 100 %.
#[test]
fn a_municipal_employee_under_the_remuneration_law_against_a_private_one() {
    let employees = "employee_id,monthly_salary,pay_regime\nM,1200.00,remuneration-law\nP,1200.00,labour-law\n";
    let shifts = "employee_id,start,end,kind\n\
                  M,2026-03-05T22:00,2026-03-06T06:00,work\nM,2026-03-06T16:00,2026-03-06T18:00,overtime\n\
                  P,2026-03-05T22:00,2026-03-06T06:00,work\nP,2026-03-06T16:00,2026-03-06T18:00,overtime\n";
    let p = pay(&law(&[]), employees, shifts, "2026-03");
    let (m, m_total) = lines(&p, 0);
    assert_eq!(
        m,
        vec![
            line("pay2002-salary", "s2(2)", "1200.00"),
            line("pay2002-overtime-hours", "AL14(8)+AL14(11)", "13.64"),
            line("pay2002-night-supplement", "AL14(4)+AL14(11)", "27.27"),
            line("pay2002-overtime-supplement", "AL14(6)+AL14(11)", "13.64"),
        ]
    );
    assert_eq!(m_total, "1254.55");
    let (pr, p_total) = lines(&p, 1);
    assert_eq!(
        pr,
        vec![
            line("pay2002-salary", "s62(2)", "1200.00"),
            line("pay2002-overtime-hours", "s62(2)+s75.3", "13.64"),
            line("pay2002-night-supplement", "s67(1)+s75.3", "27.27"),
            line("pay2002-overtime-supplement", "s68(1)+s75.3", "13.64"),
        ]
    );
    assert_eq!(p_total, "1254.55");
    let ga = law(&["s68.general_agreement=true", "s68.general_agreement_overtime=50"]);
    let p = pay(&ga, employees, shifts, "2026-03");
    assert_eq!(lines(&p, 0).1, "1254.55");
    assert_eq!(lines(&p, 1).0[3], line("pay2002-overtime-supplement", "s68(3)+s75.3", "6.82"));
    assert_eq!(lines(&p, 1).1, "1247.73");
}

/// Source: s140(5), s135; Remuneration Law s14(9). Summarised working time with a one-month
/// period in the employees file, an hourly rate of 10.00, 170 h worked in April 2026 (17 days of
/// 10 h). April has 22 weekdays, less Good Friday (3 April) and Easter Monday (6 April): 20
/// working days of 8 h, less an hour on each day before a public holiday (2 and 30 April): 158 h.
/// Under the Labour Law the period is the employee's month: 12 h overtime, 120.00 supplement.
/// Under the Remuneration Law the period is four months (January–April), whose norm the 170 h are
/// far within: no overtime yet.
#[test]
fn the_reference_period_of_summarised_time_is_four_months_under_the_remuneration_law() {
    let employees =
        "employee_id,hourly_rate,summary_period_months,pay_regime\nM,10.00,1,remuneration-law\nP,10.00,1,labour-law\n";
    let mut shifts = String::from("employee_id,start,end\n");
    for d in [1, 2, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24, 27] {
        for who in ["M", "P"] {
            shifts.push_str(&format!("{who},2026-04-{d:02}T08:00,2026-04-{d:02}T18:00\n"));
        }
    }
    let p = pay(&law(&[]), employees, &shifts, "2026-04");
    let (m, _) = lines(&p, 0);
    assert_eq!(m, vec![line("pay2002-time-wage", "s62(2)", "1700.00")]);
    let (pr, _) = lines(&p, 1);
    assert_eq!(pr[1], line("pay2002-overtime-supplement", "s68(1)", "120.00"));
    // A period the year cannot hold is refused, naming the parameter (not read as four months).
    let bad = law(&["AL14.reference_months=13"]);
    let data = decent_io::load_str_with(&decent_lv2002::attrs::SCHEMA, &shifts, Some(employees), None).unwrap();
    let e = Pay.monthly(&bad, &data, YearMonth::parse("2026-04").unwrap()).unwrap_err().to_string();
    assert!(e.contains("AL14.reference_months") && e.contains("employee M"), "{e}");
}

/// Source: s75(1), (3), (4). Earnings of 1,000.00 and 20 days worked in each of the six calendar
/// months before 15 March 2026 (September 2025 – February 2026): 6,000.00 ÷ 120 = 50.00 a day.
/// Working days of those months (public holidays out): 22 + 23 + 19 (18 November) + 19 (24–26,
/// 31 December) + 21 (1 January) + 20 = 124, ÷ 6 = 20.6667 a month: 50.00 × 20.6667 = 1,033.34.
/// Severance for 5 to 10 years (s112(1) 2)): two months, 2,066.68.
#[test]
fn average_earnings_of_six_months_and_severance() {
    use decent_core::pay::MonthEarnings;
    let l = law(&[]);
    let earnings: Vec<MonthEarnings> = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]
        .iter()
        .map(|m| MonthEarnings {
            month: YearMonth::parse(m).unwrap(),
            amount: "1000".parse().unwrap(),
            days_worked: Some(20),
        })
        .collect();
    let on = decent_core::time::days_from_civil(2026, 3, 15);
    let a = Pay.average(&l, &earnings, on, None, 5).unwrap();
    assert_eq!(a.daily_other.to_string(), "50");
    assert_eq!(a.work_days_per_month.to_string(), "20.6667");
    assert_eq!(a.monthly.to_string(), "1033.34");
    let s = Pay.severance(&l, "A", "5-to-10-years", a.monthly, on).unwrap();
    assert_eq!(s.payslip.total().to_string(), "2066.68");
    assert_eq!(s.payslip.lines()[0].section, "s112(1)");
    // A month without its days worked cannot be divided (s75(4)).
    let mut missing = earnings.clone();
    missing[2].days_worked = None;
    assert!(Pay.average(&l, &missing, on, None, 5).unwrap_err().to_string().contains("2025-11"));
}

/// Source: s131(1) "normal weekly working time 40 hours", s136(1), s68(1). Six days of 8 h,
/// Monday 9 to Saturday 14 March 2026: no day past its 8 h, but 48 h in the week, 8 h past its
/// norm: 8 × 10.00 = 80.00 overtime supplement (on Saturday, the week's last minutes).
#[test]
fn overtime_past_the_weekly_norm() {
    let mut shifts = String::from("employee_id,start,end\n");
    for d in 9..=14 {
        shifts.push_str(&format!("A,2026-03-{d:02}T08:00,2026-03-{d:02}T16:00\n"));
    }
    let p = pay(&law(&[]), HOURLY, &shifts, "2026-03");
    let (l, total) = lines(&p, 0);
    assert_eq!(
        l,
        vec![line("pay2002-time-wage", "s62(2)", "480.00"), line("pay2002-overtime-supplement", "s68(1)", "80.00")]
    );
    assert_eq!(total, "560.00");
    let ot = &p.pays[0].payslip.lines()[1];
    assert_eq!(
        ot.basis.iter().map(|b| b.day).collect::<Vec<_>>(),
        vec![Some(decent_core::time::days_from_civil(2026, 3, 14))]
    );
}

/// Every message a payslip, its bases, an average and a leave carry renders in English and in
/// Latvian (no key or argument missing), and the pay lines read in Latvian.
#[test]
fn pay_messages_render_in_both_languages() {
    use decent_core::pay::MonthEarnings;
    use decent_core::Pack;
    use decent_i18n::{Catalog, Lang};
    let l = law(&[]);
    let shifts = "employee_id,start,end,kind\nA,2026-04-30T22:00,2026-05-01T10:00,work\nA,2026-05-04T08:00,2026-05-04T10:00,overtime\n";
    let p = pay(&l, HOURLY, shifts, "2026-05");
    let mut msgs = Vec::new();
    for line in p.pays[0].payslip.lines() {
        msgs.push(line.label.clone());
        msgs.extend(line.basis.iter().map(|b| b.note.clone()));
    }
    msgs.push(p.pays[0].minimum.note.clone());
    let earnings = vec![MonthEarnings {
        month: YearMonth::parse("2026-04").unwrap(),
        amount: "900".parse().unwrap(),
        days_worked: Some(18),
    }];
    let on = decent_core::time::days_from_civil(2026, 5, 20);
    let a = Pay.average(&l, &earnings, on, None, 5).unwrap();
    msgs.push(a.how.clone());
    let leave = Pay.leave(&l, "A", &a, on, on + 10, 5).unwrap();
    msgs.extend(leave.festive_excluded.iter().map(|f| f.1.clone()));
    msgs.extend(leave.payslip.lines().iter().map(|x| x.label.clone()));
    let s = Pay.severance(&l, "A", "over-20-years", a.monthly, on).unwrap();
    msgs.extend(s.payslip.lines().iter().map(|x| x.label.clone()));
    assert!(msgs.len() > 8, "{msgs:?}");
    for lang in [Lang::En, Lang::Lv] {
        let cat = Catalog::new(lang, &decent_lv2002::PACK.messages(lang.code()), "s").unwrap();
        for m in &msgs {
            cat.try_render(m).unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
        }
    }
    let lv = Catalog::new(Lang::Lv, &decent_lv2002::PACK.messages("lv"), "s").unwrap();
    assert_eq!(lv.try_render(&p.pays[0].payslip.lines()[1].label).unwrap(), "piemaksa par nakts darbu");
}
