//! The rule catalogue of lv-1994: one rule per file, grouped by chapter.
//!
//! [`all`] is the registry: the order here is the order of `decent rules` and of finding
//! indices. A rule id, once published, is never renamed or reused.

pub mod common;
pub mod words;

mod overlapping_shifts;
mod protection;
mod rest;
mod working_time;

use decent_core::Rule;

/// Every rule of the pack, in catalogue order.
#[must_use]
pub fn all() -> Vec<Box<dyn Rule>> {
    let mut v: Vec<Box<dyn Rule>> = vec![Box::new(overlapping_shifts::OverlappingShifts)];
    v.extend(working_time::rules());
    v.extend(rest::rules());
    v.extend(protection::rules());
    v
}
