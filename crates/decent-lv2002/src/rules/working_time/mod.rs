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

use decent_core::Rule;

/// The working-time rules, in catalogue order (by section).
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(normal_working_time::NormalWorkingTime),
        Box::new(minors_working_time::MinorsWorkingTime),
        Box::new(working_week::WorkingWeek),
        Box::new(part_time_on_request::PartTimeOnRequest),
        Box::new(holiday_eve::HolidayEve),
        Box::new(overtime_consent::OvertimeConsent),
        Box::new(overtime_limit::OvertimeLimit),
        Box::new(overtime_minors::OvertimeMinors),
        Box::new(overtime_protected::OvertimeProtected),
        Box::new(night_worker_day::NightWorkerDay),
        Box::new(night_minors::NightMinors),
        Box::new(night_parent_consent::NightParentConsent),
    ]
}
