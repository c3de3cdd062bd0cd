//! `decent-lv1994`: the Labour Code of Latvia as amended to 25 October 1994, as data plus rules.
//!
//! - `law/` holds the data: the sections (text from the seed), parameters and interpretations,
//!   festive-day rules, and notes on the lists the seed's copy lost.
//! - [`rules`] holds one rule per file, each quoting the statute it enforces.
//!
//! [`law`] assembles and validates the pack; the engine in `decent-core` evaluates it.

pub mod data;
pub mod pay;
pub mod rules;
pub mod terms;

use decent_core::calendar::Calendar;
use decent_core::params::Params;
use decent_core::Law;

/// The pack's id on the command line (`--law lv-1994`).
pub const ID: &str = "lv-1994";

/// First and last years the festive calendar is expanded for.
pub const CALENDAR_YEARS: (i32, i32) = (1990, 2100);

/// Builds the law with its default parameters.
///
/// # Errors
/// A data file that does not load, or a law that does not validate (a rule citing a section the
/// seed lacks, a quote not found in its section, a parameter without its section).
pub fn law() -> Result<Law, data::DataError> {
    let sections = data::sections()?;
    let params = Params::new(data::params()?);
    let calendar = Calendar::new(data::festive()?, CALENDAR_YEARS.0, CALENDAR_YEARS.1);
    let law = Law {
        id: ID.to_string(),
        title: "Labour Code of Latvia (as amended to 25 October 1994)".to_string(),
        source: "Unofficial English translation, ILO NATLEX E94LVA01 (seed 004_af6e250958ae3e35.txt)".to_string(),
        sections,
        params,
        calendar,
        rules: rules::all(),
    };
    law.validate().map_err(|errs| data::DataError { file: "pack", message: errs.join("; ") })?;
    Ok(law)
}
