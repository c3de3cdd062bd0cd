//! The rule catalogue of lv-2002: one rule per file, grouped by chapter.
//!
//! [`all`] is the registry: the order here is the order of `decent rules` and of finding
//! indices. A rule id, once published, is never renamed or reused.

use decent_core::params::{Binder, Params};
use decent_core::Rule;

pub mod rest;
pub mod shifts;
pub mod working_time;

/// Every rule of the pack, in catalogue order, bound to the parameters of `params` it reads
/// (each rule's [`Rule::params`] are the names it bound, those of the shared readings it calls
/// included).
///
/// # Errors
/// Every parameter a rule reads that `params` does not declare, or declares with another unit
/// (or other choices) than the rule reads it with, one line each.
pub fn all(params: &Params) -> Result<Vec<Box<dyn Rule>>, Vec<String>> {
    let mut b = Binder::new(params);
    let mut all = Vec::new();
    all.extend(working_time::rules(&mut b));
    all.extend(shifts::rules(&mut b));
    all.extend(rest::rules(&mut b));
    b.finish()?;
    Ok(all)
}
