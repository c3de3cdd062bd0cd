//! The arguments several rules' messages share: durations in minutes, the festive day's name as
//! a catalogue key, whom a protection reaches. The words themselves live in the pack's message
//! catalogues (`i18n/{en,lv}/rules.ftl`).

use std::borrow::Cow;

use decent_core::time::Day;
use decent_core::{Finding, Law};

/// The catalogue key of a festive day's name: `festive-` and its English name in kebab case,
/// without the part in brackets (`Midsummer Eve (Līgo Day)` → `festive-midsummer-eve`);
/// `festive-unnamed` when the calendar has no name for the day.
#[must_use]
pub fn festive_key(law: &Law, day: Day) -> Cow<'static, str> {
    match law.calendar.name(day) {
        Some(name) => Cow::Owned(festive_key_of(name)),
        None => Cow::Borrowed("festive-unnamed"),
    }
}

/// [`festive_key`] of a name.
#[must_use]
pub fn festive_key_of(name: &str) -> String {
    decent_core::calendar::name_key("festive", name)
}

/// Whom a protection of parents reached: `s176` (a single father or trustee) or `own` (the
/// section's own words).
#[must_use]
pub fn who(f: &Finding) -> &'static str {
    if f.also == "176" {
        "s176"
    } else {
        "own"
    }
}

#[cfg(test)]
mod tests {
    use super::festive_key_of;

    #[test]
    fn festive_keys() {
        assert_eq!(festive_key_of("New Year's Day"), "festive-new-years-day");
        assert_eq!(festive_key_of("Midsummer Eve (Līgo Day)"), "festive-midsummer-eve");
        assert_eq!(
            festive_key_of("Proclamation Day of the Republic of Latvia"),
            "festive-proclamation-day-of-the-republic-of-latvia"
        );
    }
}
