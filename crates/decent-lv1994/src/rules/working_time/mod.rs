//! Working time (chapter 4, s45–s59): norms, daily caps, night shifts, shifts, overtime.

mod weekly_norm;

use decent_core::Rule;

/// The rules of this chapter, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![Box::new(weekly_norm::WeeklyNorm)]
}
