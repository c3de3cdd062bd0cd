//! Average earnings (s103) and the pay for a paid leave (s103, s72, s101).
//!
//! s103: "calculated on the basis of the earnings during the last two months of the calendar"
//! — the two calendar months before the month of the day asked about; "dividing the sum total of
//! the earnings by two"; "if an employee has worked less than two months, ... for the last
//! calendar month, dividing it by the number of the days the employee has worked"
//! (`s103.short_service`). The day rate for leave is the monthly average ÷ 25.4
//! (`s103.leave_divisor`), for other cases ÷ the average number of work-days per month
//! (`s103.work_days_per_month`). Leave is paid for "the number of calendar work-days during the
//! period of the leave, including Saturdays" — Sundays and festive days (s72) excluded — and "no
//! later than one day before the leave" (s101).
//!
//! The figures here are exact decimals; only a pay line's amount is rounded to cents.

use decent_core::pay::{Basis, MonthEarnings, PayLine, Payslip, YearMonth};
use decent_core::time::{days_from_civil, fmt_day, weekday, Day};
use decent_core::Law;
use rust_decimal::Decimal;
use serde::Serialize;

/// Average earnings on a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Average {
    /// The day asked about.
    #[serde(serialize_with = "ser_day")]
    pub on: Day,
    /// The reference months used (one when the employee worked less than two months).
    pub months: Vec<YearMonth>,
    /// Average monthly earnings.
    pub monthly: Decimal,
    /// Average daily earnings for a paid leave.
    pub daily_leave: Decimal,
    /// Average daily earnings for other cases.
    pub daily_other: Decimal,
    /// The average number of work-days per month used.
    pub work_days_per_month: Decimal,
    /// True when the employee worked less than two months (`s103.short_service`).
    pub short_service: bool,
    /// How it was computed, in words.
    pub how: String,
}

fn ser_day<S: serde::Serializer>(d: &Day, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&fmt_day(*d))
}

/// Why an average cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AverageError {
    /// No earnings for the last calendar month before the day.
    #[error("no earnings for {0}, the last calendar month before the day asked about (s103)")]
    NoEarnings(YearMonth),
    /// Fewer than two months worked and the days worked are unknown.
    #[error("the employee worked less than two months (no earnings for {earlier}); s103 then divides the earnings of {last} by the days worked in it: give a days_worked column or --days-worked")]
    DaysWorkedMissing {
        /// The month without earnings.
        earlier: YearMonth,
        /// The last month.
        last: YearMonth,
    },
}

/// Working days (Monday–Friday, or –Saturday on a six-day week) of `from..=to` that are not
/// festive days.
#[must_use]
pub fn work_days(law: &Law, from: Day, to: Day, week_days: u8) -> u32 {
    let last_wd = if week_days >= 6 { 5 } else { 4 };
    (from..=to).filter(|&d| weekday(d) <= last_wd && !law.calendar.is_festive(d)).count() as u32
}

/// Average earnings of an employee on `on` from their monthly earnings (s103).
/// `days_worked` overrides the days worked in the last month (for the short-service case);
/// `week_days` (5 or 6) is the employee's working week, for the work-day divisor.
///
/// # Errors
/// No earnings for the last reference month; fewer than two months and no days worked.
///
/// # Panics
/// When the pack lacks a parameter it declares (the registry test guards this).
pub fn average(
    law: &Law,
    earnings: &[MonthEarnings],
    on: Day,
    days_worked: Option<u32>,
    week_days: u8,
) -> Result<Average, AverageError> {
    let last = YearMonth::of(on).prev();
    let earlier = last.prev();
    let find = |m: YearMonth| earnings.iter().find(|e| e.month == m);
    let l = find(last).ok_or(AverageError::NoEarnings(last))?;
    let p = &law.params;
    let wd = match p.choice("s103.work_days_per_month", on) {
        "reference-months" => Decimal::from(work_days(law, earlier.first(), last.last(), week_days)) / Decimal::from(2),
        _ => {
            let y = last.year;
            Decimal::from(work_days(law, days_from_civil(y, 1, 1), days_from_civil(y, 12, 31), week_days))
                / Decimal::from(12)
        }
    };
    let leave_div = p.num("s103.leave_divisor", on);
    match find(earlier) {
        Some(e) => {
            let monthly = (e.amount + l.amount) / Decimal::from(2);
            Ok(Average {
                on,
                months: vec![earlier, last],
                monthly,
                daily_leave: monthly / leave_div,
                daily_other: monthly / wd,
                work_days_per_month: wd.normalize(),
                short_service: false,
                how: format!(
                    "({} for {earlier} + {} for {last}) ÷ 2 = {monthly}; leave: ÷ {leave_div}; other cases: ÷ {} work-days per month",
                    e.amount,
                    l.amount,
                    wd.normalize()
                ),
            })
        }
        None => {
            let days = days_worked.or(l.days_worked).filter(|d| *d > 0);
            let days = days.ok_or(AverageError::DaysWorkedMissing { earlier, last })?;
            let daily = l.amount / Decimal::from(days);
            Ok(Average {
                on,
                months: vec![last],
                monthly: daily * wd,
                daily_leave: daily,
                daily_other: daily,
                work_days_per_month: wd.normalize(),
                short_service: true,
                how: format!(
                    "worked less than two months: {} for {last} ÷ {days} days worked = {daily} a day (s103.short_service); monthly = that × {} work-days per month",
                    l.amount,
                    wd.normalize()
                ),
            })
        }
    }
}

/// The pay for a paid leave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeavePay {
    /// First day of the leave.
    #[serde(serialize_with = "ser_day")]
    pub from: Day,
    /// Last day of the leave (inclusive).
    #[serde(serialize_with = "ser_day")]
    pub to: Day,
    /// Calendar work-days paid (Saturdays included; Sundays and festive days excluded).
    pub days: u32,
    /// Festive days within the leave, excluded (s72).
    pub festive_excluded: Vec<String>,
    /// The day rate (average daily earnings for leave).
    pub daily_leave: Decimal,
    /// The payslip of the leave pay (one line).
    pub payslip: Payslip,
    /// Pay no later than this day (s101: one day before the leave).
    #[serde(serialize_with = "ser_day")]
    pub pay_by: Day,
}

/// Leave pay for `from..=to` at `avg.daily_leave` (s103, s72, s101).
///
/// # Panics
/// When the pack lacks a parameter it declares.
#[must_use]
pub fn leave(law: &Law, employee_id: &str, avg: &Average, from: Day, to: Day) -> LeavePay {
    let mut days = 0u32;
    let mut festive = Vec::new();
    let mut basis = Vec::new();
    for d in from..=to {
        if let Some(name) = law.calendar.name(d) {
            festive.push(format!("{} ({name})", fmt_day(d)));
            basis.push(Basis {
                line: 0,
                day: Some(d),
                minutes: 0,
                note: format!("festive day {name}: excluded (s72)"),
            });
        } else if weekday(d) == 6 {
            basis.push(Basis { line: 0, day: Some(d), minutes: 0, note: "Sunday: not a calendar work-day".into() });
        } else {
            days += 1;
        }
    }
    basis.push(Basis { line: 0, day: None, minutes: 0, note: format!("day rate: {}", avg.how) });
    let line = PayLine::new(
        "leave pay",
        "s103",
        (Decimal::from(days), "days"),
        avg.daily_leave,
        Decimal::ONE,
        super::rounding(law, from),
    )
    .with_params(&["s103.leave_divisor", "s103.short_service", "s101.rounding"])
    .with_basis(basis);
    LeavePay {
        from,
        to,
        days,
        festive_excluded: festive,
        daily_leave: avg.daily_leave,
        payslip: Payslip::new(employee_id, vec![line]),
        pay_by: from - 1,
    }
}
