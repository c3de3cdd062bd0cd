//! Rest (chapters 33 and 34 of the Labour Law, s141–s146): daily and weekly rest, public
//! holidays, breaks and feeding breaks.

mod daily_rest;
mod feeding_breaks;
mod public_holiday_work;
#[cfg(test)]
pub(crate) mod testing;
mod weekly_rest;
pub(crate) mod who;
mod work_break;

use decent_core::Rule;

/// The rules of these chapters, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(daily_rest::DailyRest),
        Box::new(weekly_rest::WeeklyRest),
        Box::new(public_holiday_work::PublicHolidayWork),
        Box::new(work_break::WorkBreak),
        Box::new(feeding_breaks::FeedingBreaks),
    ]
}
