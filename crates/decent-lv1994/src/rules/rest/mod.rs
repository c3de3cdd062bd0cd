//! Time off (chapter 5, s60–s68): breaks, weekly rest, work on holidays and festive days.

mod festive_day_work;
mod meal_break;
mod weekly_holiday_work;
mod weekly_rest;

use decent_core::Rule;

/// The rules of this chapter, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(meal_break::MealBreak),
        Box::new(weekly_rest::WeeklyRest),
        Box::new(weekly_holiday_work::WeeklyHolidayWork),
        Box::new(festive_day_work::FestiveDayWork),
    ]
}
