//! Time off (chapter 5, s60–s68): breaks, weekly rest, work on holidays and festive days.

mod festive_day_work;
mod meal_break;
mod weekly_holiday_work;
mod weekly_rest;

use decent_core::params::Binder;
use decent_core::rule::bind_rule;
use decent_core::Rule;

/// The rules of this chapter, in catalogue order, each bound to the parameters it reads.
#[must_use]
pub fn rules(b: &mut Binder<'_>) -> Vec<Box<dyn Rule>> {
    vec![
        bind_rule::<meal_break::MealBreak>(b),
        bind_rule::<weekly_rest::WeeklyRest>(b),
        bind_rule::<weekly_holiday_work::WeeklyHolidayWork>(b),
        bind_rule::<festive_day_work::FestiveDayWork>(b),
    ]
}
