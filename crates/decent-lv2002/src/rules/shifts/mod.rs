//! Shift work and summarised working time (s139, s140).

mod schedule_notice;
mod summarised_cap;
mod summarised_rest;
mod two_shifts_in_a_row;

use decent_core::Rule;

/// The rules of these sections, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(two_shifts_in_a_row::TwoShiftsInARow),
        Box::new(schedule_notice::ScheduleNotice),
        Box::new(summarised_cap::SummarisedCap),
        Box::new(summarised_rest::SummarisedRest),
    ]
}
