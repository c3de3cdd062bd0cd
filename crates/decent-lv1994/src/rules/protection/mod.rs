//! Protected employees (s51, chapters 11 and 12): pregnant women, parents of young or disabled
//! children (with s176's single fathers and trustees), minors, and the s51 list.

use decent_core::Rule;

/// The rules of this group, in catalogue order.
#[must_use]
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![]
}
