//! Shift work and summarised working time (s139, s140).

use decent_core::Rule;

/// The rules of these sections, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![]
}
