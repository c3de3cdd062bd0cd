//! Average earnings (s103) and the pay for a paid leave (s103, s72, s101).
//!
//! s103: "calculated on the basis of the earnings during the last two months of the calendar"
//! — the two calendar months before the month of the day asked about; "dividing the sum total of
//! the earnings by two"; "if an employee has worked less than two months, ... for the last
//! calendar month, dividing it by the number of the days the employee has worked"
//! (`s103.short_service`). The day rate for leave is the monthly average ÷ 25.4
//! (`s103.leave_divisor`), for other cases ÷ the average number of work-days per month
//! (`s103.work_days_per_month`). Leave is paid for "the number of calendar work-days during the
//! period of the leave, including Saturdays" — Sundays and festive days (s72) excluded.
//!
//! s101: "The remuneration for a paid leave and for the period of work before the leave shall be
//! paid no later than one day before the leave", and "If the day when remuneration is paid
//! coincides with a holiday or a festive day, the remuneration shall be paid before these days."
//! So the day before the leave moves earlier past the employee's weekly holidays — s61: "If there
//! is a five day working week, the employees shall be granted two holidays per week, but if
//! there is a six day working week - one holiday. The generally observed holiday is Sunday." (on
//! a five-day week Saturday and Sunday, on a six-day week Sunday, as the pack reads s61
//! everywhere) — and past festive days (s68) ([`pay_by`]).
//!
//! The figures here are exact decimals; only a pay line's amount is rounded to cents. Earnings
//! are amounts from 0 to 10⁹ ([`decent_core::pay::MAX_MONEY`]) and every operation is checked: an
//! amount beyond the range is an error naming its month, never a panic. A leave is at most
//! [`MAX_LEAVE_DAYS`] long, and its days are counted in closed form (whole weeks at once), so
//! no flag costs more than a moment. Every day the festive calendar must decide (the reference
//! months, the leave, the day pay is due) lies in the calendar's years, or the pay is refused.

use decent_core::pay::{self as core_pay, Basis, MonthEarnings, PayLine, Payslip, YearMonth};
use decent_core::time::{days_from_civil, fmt_day, weekday, Day};
use decent_core::Law;
use decent_core::Message;
use rust_decimal::Decimal;

use super::PayError;
pub use decent_core::pay::{Average, LeavePay};

/// The longest leave computed: ten years of days (3,653). The Code's leaves are weeks long
/// (s66, s72: "not less than four calendar weeks"); a longer span is a mistyped date.
pub const MAX_LEAVE_DAYS: i32 = 3653;

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

/// Days of `from..=to` whose weekday is at most `last_wd` (Monday = 0), counted in closed form.
fn weekdays_upto(from: Day, to: Day, last_wd: u8) -> i64 {
    if to < from {
        return 0;
    }
    let n = i64::from(to) - i64::from(from) + 1;
    let per_week = i64::from(last_wd) + 1;
    let (weeks, rest) = (n / 7, n % 7);
    let w0 = i64::from(weekday(from));
    let tail = (0..rest).filter(|k| (w0 + k) % 7 <= i64::from(last_wd)).count() as i64;
    weeks * per_week + tail
}

/// Working days (Monday–Friday, or –Saturday on a six-day week) of `from..=to` that are not
/// festive days. Whole weeks are counted at once and festive days come from the calendar's
/// list, so the cost does not grow with the span.
#[must_use]
pub fn work_days(law: &Law, from: Day, to: Day, week_days: u8) -> u32 {
    let last_wd = if week_days >= 6 { 5 } else { 4 };
    let festive = law.calendar.between(from, to).iter().filter(|f| weekday(f.day) <= last_wd).count() as i64;
    u32::try_from(weekdays_upto(from, to, last_wd) - festive).unwrap_or(u32::MAX)
}

/// Average earnings of an employee on `on` from their monthly earnings (s103).
/// `days_worked` overrides the days worked in the last month (for the short-service case);
/// `week_days` (5 or 6) is the employee's working week, for the work-day divisor.
///
/// # Errors
/// No earnings for the last reference month; fewer than two months and no days worked; an
/// amount of earnings outside 0 to 10⁹ (naming its month); a zero divisor; reference months
/// outside the festive calendar's years.
///
/// # Panics
/// When the pack lacks a parameter it declares (the registry test guards this).
pub fn average(
    law: &Law,
    earnings: &[MonthEarnings],
    on: Day,
    days_worked: Option<u32>,
    week_days: u8,
) -> Result<Average, PayError> {
    let last = YearMonth::of(on).prev();
    let earlier = last.prev();
    let find = |m: YearMonth| earnings.iter().find(|e| e.month == m);
    let l = find(last).ok_or(AverageError::NoEarnings(last))?;
    let amount = |e: &MonthEarnings| core_pay::money(&format!("earnings of {}", e.month), e.amount);
    let (h, p) = (super::params(law), &law.params);
    let (from, to) = match h.work_days.at(p, on) {
        super::WorkDaysBy::ReferenceMonths => (earlier.first(), last.last()),
        super::WorkDaysBy::CalendarYear => (days_from_civil(last.year, 1, 1), days_from_civil(last.year, 12, 31)),
    };
    law.calendar.require(from, to)?;
    let months_counted = Decimal::from(if from == earlier.first() { 2 } else { 12 });
    let wd = core_pay::div(
        "work-days per month (s103)",
        Decimal::from(work_days(law, from, to, week_days)),
        months_counted,
    )?;
    let leave_div = h.leave_divisor.at(p, on);
    match find(earlier) {
        Some(e) => {
            let sum = core_pay::add("the earnings of two months (s103)", amount(e)?, amount(l)?)?;
            let monthly = core_pay::div("average monthly earnings (s103)", sum, Decimal::from(2))?;
            Ok(Average {
                on,
                months: vec![earlier, last],
                monthly,
                daily_leave: core_pay::div("the day rate for leave (s103.leave_divisor)", monthly, leave_div)?,
                daily_other: core_pay::div("the day rate for other cases (s103)", monthly, wd)?,
                work_days_per_month: wd.normalize(),
                short_service: false,
                how: Message::new("pay-average-how")
                    .decimal("earlier_amount", e.amount)
                    .text("earlier", earlier.to_string())
                    .decimal("last_amount", l.amount)
                    .text("last", last.to_string())
                    .decimal("monthly", monthly)
                    .decimal("leave_divisor", leave_div)
                    .decimal("work_days", wd.normalize()),
            })
        }
        None => {
            let days = days_worked.or(l.days_worked).filter(|d| *d > 0);
            let days = days.ok_or(AverageError::DaysWorkedMissing { earlier, last })?;
            let daily = core_pay::div("the day rate (s103.short_service)", amount(l)?, Decimal::from(days))?;
            Ok(Average {
                on,
                months: vec![last],
                monthly: core_pay::mul("average monthly earnings (s103.short_service)", daily, wd)?,
                daily_leave: daily,
                daily_other: daily,
                work_days_per_month: wd.normalize(),
                short_service: true,
                how: Message::new("pay-average-short")
                    .decimal("amount", l.amount)
                    .text("last", last.to_string())
                    .count("days", days)
                    .decimal("daily", daily)
                    .decimal("work_days", wd.normalize()),
            })
        }
    }
}

/// The day leave pay is due for a leave starting on `from` (s101): one day before the leave,
/// moved earlier while that day is a weekly holiday of the employee's week (s61: Sunday, and
/// Saturday on a five-day week; `week_days` is 5 or 6) or a festive day (s68). Returns the day
/// and why each day passed over was passed over.
///
/// # Errors
/// A day it must look at lies outside the festive calendar's years.
pub fn pay_by(law: &Law, from: Day, week_days: u8) -> Result<(Day, Vec<Message>), PayError> {
    let mut d = from - 1;
    let mut passed = Vec::new();
    // No run of holidays and festive days is a fortnight long; the bound only keeps the loop
    // finite whatever a calendar holds.
    for _ in 0..14 {
        law.calendar.require(d, d)?;
        let why = if law.calendar.name(d).is_some() {
            Message::new("pay-due-festive").day("day", d).key("name", crate::rules::words::festive_key(law, d))
        } else if weekday(d) == 6 {
            Message::new("pay-due-sunday").day("day", d)
        } else if weekday(d) == 5 && week_days < 6 {
            Message::new("pay-due-saturday").day("day", d)
        } else {
            break;
        };
        passed.push(why);
        d -= 1;
    }
    Ok((d, passed))
}

/// Leave pay for `from..=to` at `avg.daily_leave` (s103, s72, s101), for an employee on a
/// `week_days`-day week (5 or 6; it decides which days before the leave are holidays, s61).
///
/// # Errors
/// A leave longer than [`MAX_LEAVE_DAYS`] or ending before it starts; a day outside the festive
/// calendar's years; a total that does not fit.
///
/// # Panics
/// When the pack lacks a parameter it declares.
pub fn leave(
    law: &Law,
    employee_id: &str,
    avg: &Average,
    from: Day,
    to: Day,
    week_days: u8,
) -> Result<LeavePay, PayError> {
    let span = i64::from(to) - i64::from(from) + 1;
    if span < 1 || span > i64::from(MAX_LEAVE_DAYS) {
        return Err(PayError::LeaveTooLong { from: fmt_day(from), to: fmt_day(to), days: span, max: MAX_LEAVE_DAYS });
    }
    law.calendar.require(from, to)?;
    let (due, passed) = pay_by(law, from, week_days)?;
    let mut festive = Vec::new();
    let mut basis = Vec::new();
    let holidays = law.calendar.between(from, to);
    for f in &holidays {
        let name = crate::rules::words::festive_key(law, f.day);
        festive.push((f.day, Message::new(name.clone())));
        basis.push(Basis {
            line: 0,
            day: Some(f.day),
            minutes: 0,
            note: Message::new("pay-basis-festive-excluded").key("name", name),
        });
    }
    // Calendar work-days: every day but Sundays, less the festive days that are not Sundays.
    let sundays = weekdays_upto(from, to, 6) - weekdays_upto(from, to, 5);
    let festive_not_sunday = holidays.iter().filter(|f| weekday(f.day) != 6).count() as i64;
    let days = u32::try_from(span - sundays - festive_not_sunday).unwrap_or(0);
    if sundays > 0 {
        basis.push(Basis {
            line: 0,
            day: None,
            minutes: 0,
            note: Message::new("pay-basis-sundays").count("count", sundays),
        });
    }
    basis.push(Basis {
        line: 0,
        day: None,
        minutes: 0,
        note: Message::new("pay-basis-day-rate").msg("how", avg.how.clone()),
    });
    let due_note =
        match passed.into_iter().reduce(|list, item| Message::new("pay-list").msg("list", list).msg("item", item)) {
            None => Message::new("pay-basis-due").day("day", due),
            Some(passed) => Message::new("pay-basis-due-moved").day("day", due).msg("passed", passed),
        };
    basis.push(Basis { line: 0, day: Some(due), minutes: 0, note: due_note });
    let line = PayLine::new(
        Message::new("pay-leave"),
        "s103",
        (Decimal::from(days), "days"),
        avg.daily_leave,
        Decimal::ONE,
        super::rounding(law, from),
    )?
    .with_params(&["s103.leave_divisor", "s103.short_service", "s101.rounding"])
    .with_basis(basis);
    Ok(LeavePay {
        from,
        to,
        days,
        festive_excluded: festive,
        daily_leave: avg.daily_leave,
        payslip: Payslip::new(employee_id, vec![line])?,
        pay_by: due,
    })
}
