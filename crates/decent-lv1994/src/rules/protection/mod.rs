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

use decent_core::params::Binder;
use decent_core::rule::bind_rule;
use decent_core::Rule;

/// The rules of this group, in catalogue order.
#[must_use]
pub fn rules(b: &mut Binder<'_>) -> Vec<Box<dyn Rule>> {
    vec![
        bind_rule::<night_barred::NightBarred>(b),
        bind_rule::<women_night_work::WomenNightWork>(b),
        bind_rule::<pregnant_or_young_child::PregnantOrYoungChild>(b),
        bind_rule::<child_under_14_consent::ChildUnder14Consent>(b),
        bind_rule::<duty_restriction::DutyRestriction>(b),
        bind_rule::<minor_restrictions::MinorRestrictions>(b),
        bind_rule::<feeding_breaks::FeedingBreaks>(b),
    ]
}
