//! Working time (chapter 31 of the Labour Law, s130–s138): normal working time, minors, the
//! working week, part-time work, the eve of a public holiday, overtime and night work.

pub mod common;
mod night;

mod holiday_eve;
mod minors_working_time;
mod night_minors;
mod night_parent_consent;
mod night_worker_day;
mod normal_working_time;
mod overtime_consent;
mod overtime_limit;
mod overtime_minors;
mod overtime_protected;
mod part_time_on_request;
mod working_week;

use decent_core::params::Binder;
use decent_core::rule::bind_rule;
use decent_core::Rule;

/// The working-time rules, in catalogue order (by section), bound through `b`.
pub fn rules(b: &mut Binder<'_>) -> Vec<Box<dyn Rule>> {
    vec![
        bind_rule::<normal_working_time::NormalWorkingTime>(b),
        bind_rule::<minors_working_time::MinorsWorkingTime>(b),
        bind_rule::<working_week::WorkingWeek>(b),
        bind_rule::<part_time_on_request::PartTimeOnRequest>(b),
        bind_rule::<holiday_eve::HolidayEve>(b),
        bind_rule::<overtime_consent::OvertimeConsent>(b),
        bind_rule::<overtime_limit::OvertimeLimit>(b),
        bind_rule::<overtime_minors::OvertimeMinors>(b),
        bind_rule::<overtime_protected::OvertimeProtected>(b),
        bind_rule::<night_worker_day::NightWorkerDay>(b),
        bind_rule::<night_minors::NightMinors>(b),
        bind_rule::<night_parent_consent::NightParentConsent>(b),
    ]
}
