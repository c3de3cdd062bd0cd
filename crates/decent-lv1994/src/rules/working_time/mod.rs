//! Working time (chapter 4, s45–s59): norms, daily caps, night shifts, shifts, overtime.

mod festive_eve;
mod night_shift_length;
mod overtime_annual_cap;
mod overtime_two_day_cap;
mod overtime_without_consent;
mod schedule_publication;
mod shortened_week;
mod six_day_daily_cap;
mod successive_shifts;
mod summary_period_norm;
pub(crate) mod util;
mod weekly_norm;

use decent_core::Rule;

/// The rules of this chapter, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(weekly_norm::WeeklyNorm),
        Box::new(shortened_week::ShortenedWeek),
        Box::new(six_day_daily_cap::SixDayDailyCap),
        Box::new(festive_eve::FestiveEve),
        Box::new(night_shift_length::NightShiftLength),
        Box::new(successive_shifts::SuccessiveShifts),
        Box::new(schedule_publication::SchedulePublication),
        Box::new(summary_period_norm::SummaryPeriodNorm),
        Box::new(overtime_without_consent::OvertimeWithoutConsent),
        Box::new(overtime_two_day_cap::OvertimeTwoDayCap),
        Box::new(overtime_annual_cap::OvertimeAnnualCap),
    ]
}
