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

use decent_core::params::Binder;
use decent_core::rule::bind_rule;
use decent_core::Rule;

/// The rules of this chapter, in catalogue order, each bound to the parameters it reads.
#[must_use]
pub fn rules(b: &mut Binder<'_>) -> Vec<Box<dyn Rule>> {
    vec![
        bind_rule::<weekly_norm::WeeklyNorm>(b),
        bind_rule::<shortened_week::ShortenedWeek>(b),
        bind_rule::<six_day_daily_cap::SixDayDailyCap>(b),
        bind_rule::<festive_eve::FestiveEve>(b),
        bind_rule::<night_shift_length::NightShiftLength>(b),
        bind_rule::<successive_shifts::SuccessiveShifts>(b),
        bind_rule::<schedule_publication::SchedulePublication>(b),
        bind_rule::<summary_period_norm::SummaryPeriodNorm>(b),
        bind_rule::<overtime_without_consent::OvertimeWithoutConsent>(b),
        bind_rule::<overtime_two_day_cap::OvertimeTwoDayCap>(b),
        bind_rule::<overtime_annual_cap::OvertimeAnnualCap>(b),
    ]
}
