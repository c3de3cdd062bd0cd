//! `decent-lv1994`: the Labour Code of Latvia as amended to 25 October 1994, as data plus rules.
//!
//! - `law/` holds the data: the sections (text from the seed), parameters and interpretations,
//!   festive-day rules, and notes on the lists the seed's copy lost.
//! - [`rules`] holds one rule per file, each quoting the statute it enforces.
//!
//! [`law`] assembles and validates the pack; the engine in `decent-core` evaluates it.

pub mod attrs;
pub mod bound;
pub mod data;
pub mod pack;
pub mod pay;
pub mod rules;
pub mod terms;

use decent_core::calendar::Calendar;
use decent_core::law::LawParts;
use decent_core::pack::{Pack, PackInfo};
use decent_core::params::Params;
use decent_core::Law;

/// The pack's id on the command line (`--law lv-1994`).
pub const ID: &str = "lv-1994";

/// The pack's description (`law/pack.toml`).
pub const PACK_TOML: &str = include_str!("../law/pack.toml");

/// The pack as the commands reach it.
#[derive(Debug, Clone, Copy)]
pub struct Lv1994;

/// The pack, for a registry of packs.
pub static PACK: Lv1994 = Lv1994;

impl Pack for Lv1994 {
    fn id(&self) -> &'static str {
        ID
    }

    fn info(&self) -> Result<PackInfo, String> {
        PackInfo::from_toml(PACK_TOML).map_err(|e| format!("{ID} pack, pack.toml: {e}"))
    }

    fn data_files(&self) -> Vec<(&'static str, &'static str)> {
        let mut files = vec![
            ("pack.toml", PACK_TOML),
            ("sections.toml", data::SECTIONS),
            ("notes.toml", data::NOTES),
            ("festive.toml", data::FESTIVE),
            ("limits.toml", data::LIMITS),
        ];
        files.extend(data::PARAMS.iter().copied());
        files
    }

    fn messages(&self, lang: &str) -> Vec<(&'static str, &'static str)> {
        match lang {
            "en" => vec![
                ("decent-lv1994/i18n/en/rules.ftl", include_str!("../i18n/en/rules.ftl")),
                ("decent-lv1994/i18n/en/terms.ftl", include_str!("../i18n/en/terms.ftl")),
                ("decent-lv1994/i18n/en/pay.ftl", include_str!("../i18n/en/pay.ftl")),
            ],
            // The Latvian catalogue of rules and parameters: the English is in the rules' own
            // `RuleMeta` and in law/params/*.toml.
            "lv" => vec![
                ("decent-lv1994/i18n/lv/rules.ftl", include_str!("../i18n/lv/rules.ftl")),
                ("decent-lv1994/i18n/lv/terms.ftl", include_str!("../i18n/lv/terms.ftl")),
                ("decent-lv1994/i18n/lv/pay.ftl", include_str!("../i18n/lv/pay.ftl")),
                ("decent-lv1994/i18n/lv/catalogue.ftl", include_str!("../i18n/lv/catalogue.ftl")),
                ("decent-lv1994/i18n/lv/attrs.ftl", include_str!("../i18n/lv/attrs.ftl")),
            ],
            _ => Vec::new(),
        }
    }

    fn schema(&self) -> &'static decent_core::Schema {
        &attrs::SCHEMA
    }

    fn pay(&self) -> Option<&dyn decent_core::pack::PayRules> {
        Some(&pack::Pay)
    }

    fn terms(&self) -> Option<&dyn decent_core::pack::Terms> {
        Some(&pack::TermRules)
    }

    fn law(&self) -> Result<Law, String> {
        law().map_err(|e| e.to_string())
    }
}

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
    let rules = rules::all(&params).map_err(|errs| data::DataError { file: "params", message: errs.join("; ") })?;
    bound::init(&params).map_err(|errs| data::DataError { file: "params", message: errs.join("; ") })?;
    let calendar = Calendar::new(data::festive()?, CALENDAR_YEARS.0, CALENDAR_YEARS.1);
    let info = PackInfo::from_toml(PACK_TOML).map_err(|e| data::DataError { file: "pack.toml", message: e })?;
    let source = "Unofficial English translation, ILO NATLEX E94LVA01 (seed 004_af6e250958ae3e35.txt)".to_string();
    let parts = LawParts { source, sections, params, calendar, rules, limits: data::limits()? };
    Law::of_pack(info, PACK.hash(), parts).map_err(|message| data::DataError { file: "pack", message })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The description names this pack, the law it builds carries it, and the hash covers every
    /// data file the law is built from (a change to any parameter file changes it).
    #[test]
    fn the_pack_describes_and_hashes_its_law() {
        let info = PACK.info().expect("pack.toml loads");
        assert_eq!(info.id, ID);
        assert_eq!(PACK.id(), info.id);
        assert_eq!(info.valid_to.as_deref(), Some("2002-05-31"));
        let law = PACK.law().expect("the law loads");
        assert_eq!(law.info, info);
        assert_eq!(law.hash, PACK.hash());
        let files = PACK.data_files();
        for (name, _) in data::PARAMS {
            assert!(files.iter().any(|(n, _)| n == name), "{name} is not hashed");
        }
        let mut changed = files.clone();
        changed[1].1 = "";
        assert_ne!(decent_core::pack::content_hash(&changed), law.hash);
    }
}
