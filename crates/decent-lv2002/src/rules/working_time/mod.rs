//! Working time (chapter 31 of the Labour Law, s130–s138): normal working time, minors, the
//! working week, part-time work, the eve of a public holiday, overtime and night work.

pub mod common;

mod normal_working_time;

use decent_core::Rule;

/// The working-time rules, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![Box::new(normal_working_time::NormalWorkingTime)]
}
