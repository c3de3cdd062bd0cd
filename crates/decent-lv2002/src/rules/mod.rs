//! The rule catalogue of lv-2002: one rule per file, grouped by chapter.
//!
//! [`all`] is the registry: the order here is the order of `decent rules` and of finding
//! indices. A rule id, once published, is never renamed or reused.

use decent_core::Rule;

pub mod rest;
pub mod shifts;

/// Every rule of the pack, in catalogue order.
#[must_use]
pub fn all() -> Vec<Box<dyn Rule>> {
    let mut all = Vec::new();
    all.extend(shifts::rules());
    all.extend(rest::rules());
    all
}
