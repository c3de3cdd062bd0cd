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

use decent_core::params::Binder;
use decent_core::rule::bind_rule;
use decent_core::Rule;

/// The rules of these chapters, in catalogue order, bound through `b`.
pub fn rules(b: &mut Binder<'_>) -> Vec<Box<dyn Rule>> {
    vec![
        bind_rule::<daily_rest::DailyRest>(b),
        bind_rule::<weekly_rest::WeeklyRest>(b),
        bind_rule::<public_holiday_work::PublicHolidayWork>(b),
        bind_rule::<work_break::WorkBreak>(b),
        bind_rule::<feeding_breaks::FeedingBreaks>(b),
    ]
}
