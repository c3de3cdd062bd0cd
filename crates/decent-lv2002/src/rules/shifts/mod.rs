//! Shift work and summarised working time (s139, s140).

mod schedule_notice;
mod summarised_cap;
mod summarised_rest;
mod two_shifts_in_a_row;

use decent_core::params::Binder;
use decent_core::rule::bind_rule;
use decent_core::Rule;

/// The rules of these sections, in catalogue order, bound through `b`.
pub fn rules(b: &mut Binder<'_>) -> Vec<Box<dyn Rule>> {
    vec![
        bind_rule::<two_shifts_in_a_row::TwoShiftsInARow>(b),
        bind_rule::<schedule_notice::ScheduleNotice>(b),
        bind_rule::<summarised_cap::SummarisedCap>(b),
        bind_rule::<summarised_rest::SummarisedRest>(b),
    ]
}
