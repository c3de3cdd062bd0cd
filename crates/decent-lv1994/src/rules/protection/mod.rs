//! Protected employees (s51, chapters 11 and 12): pregnant women, parents of young or disabled
//! children (with s176's single fathers and trustees), minors, and the s51 list.

mod child_under_14_consent;
mod duty_restriction;
mod feeding_breaks;
mod minor_restrictions;
mod night_barred;
mod pregnant_or_young_child;
pub(crate) mod util;
mod women_night_work;

use decent_core::Rule;

/// The rules of this group, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(night_barred::NightBarred),
        Box::new(women_night_work::WomenNightWork),
        Box::new(pregnant_or_young_child::PregnantOrYoungChild),
        Box::new(child_under_14_consent::ChildUnder14Consent),
        Box::new(duty_restriction::DutyRestriction),
        Box::new(minor_restrictions::MinorRestrictions),
        Box::new(feeding_breaks::FeedingBreaks),
    ]
}
