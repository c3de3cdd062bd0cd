//! Time off (chapter 5, s60–s68): breaks, weekly rest, work on holidays and festive days.

use decent_core::Rule;

/// The rules of this chapter, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![]
}
