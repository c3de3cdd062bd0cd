//! Average earnings (s75), leave pay (s75(8), s69(4)) and severance (s112).
//!
//! s75(1): average earnings are "calculated over the last six calendar months"; s75(4): the daily
//! average is the total remuneration of those months divided by the days worked in them; s75(3):
//! the monthly average is the daily average times the average number of working days a month of
//! those six months (their working days added up and divided by six); s75(6): with less than six
//! months of employment, the months there are. The daily average is kept to four decimals; money
//! is rounded to cents once, on the pay line.

use decent_core::pay::{
    self as core_pay, Average, LeavePay, MonthEarnings, PayLine, Payslip, Rounding, Severance, YearMonth,
};
use decent_core::time::{fmt_day, weekday, Day};
use decent_core::{Law, Message};
use rust_decimal::Decimal;

use super::PayError;
use crate::terms::termination::SEVERANCE_BANDS;

/// The calendar working days of `[first, last]` in a week of `week_days` days (5: Monday to
/// Friday, 6: to Saturday), public holidays excluded.
fn working_days(law: &Law, first: Day, last: Day, week_days: u8) -> u32 {
    let days = if week_days == 6 { 6 } else { 5 };
    (first..=last).filter(|&d| i32::from(weekday(d)) < days && !law.calendar.is_festive(d)).count() as u32
}

/// Average earnings on `on` from the months before it.
///
/// # Errors
/// No earnings in the six calendar months before `on`'s month, a month without `days_worked`
/// (s75(4) divides by it), no day worked, a month outside the holidays calendar, or an amount
/// out of range.
pub fn average(
    law: &Law,
    earnings: &[MonthEarnings],
    on: Day,
    _days_worked: Option<u32>,
    week_days: u8,
) -> Result<Average, PayError> {
    let mut months = Vec::with_capacity(6);
    let mut m = YearMonth::of(on);
    for _ in 0..6 {
        m = m.prev();
        months.push(m);
    }
    months.reverse();
    law.calendar.require(months[0].first(), months[5].last())?;
    let (mut total, mut days, mut used) = (Decimal::ZERO, 0u32, Vec::new());
    for ym in &months {
        for e in earnings.iter().filter(|e| e.month == *ym) {
            let amount = core_pay::money(&format!("earnings of {ym}"), e.amount)?;
            let worked = e.days_worked.ok_or_else(|| {
                PayError::Average(format!(
                    "{ym} has no days_worked: s75(4) divides the six months' remuneration by the days worked"
                ))
            })?;
            total = core_pay::add("the six months' remuneration", total, amount)?;
            days += worked;
            used.push(*ym);
        }
    }
    if used.is_empty() {
        return Err(PayError::Average(format!(
            "no earnings in the six calendar months before {} ({} to {})",
            fmt_day(on),
            months[0],
            months[5]
        )));
    }
    if days == 0 {
        return Err(PayError::Average("no day worked in the months given".into()));
    }
    let daily = core_pay::div("the daily average (s75(4))", total, Decimal::from(days))?.round_dp(4);
    let wd: u32 = months.iter().map(|ym| working_days(law, ym.first(), ym.last(), week_days)).sum();
    let per_month = (Decimal::from(wd) / Decimal::from(6)).round_dp(4);
    let monthly = core_pay::mul("the monthly average (s75(3))", daily, per_month)?.round_dp(2);
    let short = used.len() < 6;
    let how = Message::new("pay2002-average-how")
        .decimal("total", total)
        .count("days", days)
        .key("months", if short { "pay2002-months-employed" } else { "pay2002-months-six" })
        .decimal("daily", daily)
        .count("working", wd)
        .decimal("per_month", per_month)
        .decimal("monthly", monthly);
    Ok(Average {
        on,
        months: used,
        monthly,
        daily_leave: daily,
        daily_other: daily,
        work_days_per_month: per_month,
        short_service: short,
        how,
    })
}

/// The most days of leave computed (ten years).
pub const MAX_LEAVE_DAYS: i32 = 3653;

/// Pay for a leave from `from` to `to`: the daily average times the working days in it (s75(8)),
/// due one day before the leave (s69(4)).
///
/// # Errors
/// A leave longer than ten years or outside the holidays calendar, or an amount out of range.
pub fn leave(
    law: &Law,
    employee_id: &str,
    avg: &Average,
    from: Day,
    to: Day,
    week_days: u8,
) -> Result<LeavePay, PayError> {
    if to < from || to - from >= MAX_LEAVE_DAYS {
        return Err(PayError::Average(format!(
            "a leave from {} to {}: expected a last day on or after the first, at most ten years on",
            fmt_day(from),
            fmt_day(to)
        )));
    }
    law.calendar.require(from, to)?;
    let days = working_days(law, from, to, week_days);
    let festive_excluded = law
        .calendar
        .between(from, to)
        .into_iter()
        .map(|f| {
            let name = law.calendar.name(f.day).unwrap_or_default().to_string();
            (f.day, Message::new("pay2002-holiday-name").text("name", name))
        })
        .collect();
    let line = PayLine::new(
        Message::new("pay2002-leave"),
        "s75(8)",
        (Decimal::from(days), "days"),
        avg.daily_leave,
        Decimal::ONE,
        Rounding::HalfUp,
    )?;
    let payslip = Payslip::new(employee_id, vec![line])?;
    Ok(LeavePay { from, to, days, festive_excluded, daily_leave: avg.daily_leave, payslip, pay_by: from - 1 })
}

/// The severance of s112(1) on a band (`under-5-years`, `5-to-10-years`, `10-to-20-years`,
/// `over-20-years`): that many months of average earnings, due on `on` (the last day of work).
///
/// # Errors
/// An unknown band, or an amount out of range.
pub fn severance(employee_id: &str, band: &str, monthly_average: Decimal, on: Day) -> Result<Severance, PayError> {
    let Some(&(name, months, _)) = SEVERANCE_BANDS.iter().find(|b| b.0 == band) else {
        return Err(PayError::Average(format!(
            "unknown severance band {band:?}: expected one of {}",
            SEVERANCE_BANDS.iter().map(|b| b.0).collect::<Vec<_>>().join(", ")
        )));
    };
    let monthly = core_pay::money("the monthly average earnings", monthly_average)?;
    let line = PayLine::new(
        Message::new("pay2002-severance").count("months", months),
        "s112(1)",
        (Decimal::from(months), "months"),
        monthly,
        Decimal::ONE,
        Rounding::HalfUp,
    )?;
    Ok(Severance {
        ground: name,
        months: Decimal::from(months),
        monthly,
        payslip: Payslip::new(employee_id, vec![line])?,
        pay_by: on,
        deductions_allowed: false,
    })
}
