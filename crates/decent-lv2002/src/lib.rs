//! `decent-lv2002`: the Labour Law of Latvia (Darba likums), in force since 1 June 2002, as data
//! plus rules.
//!
//! - `law/` holds the data: the sections (the official Latvian text, quoted verbatim, with an
//!   unofficial English working translation), parameters and interpretations, and the public
//!   holidays.
//! - [`rules`] holds one rule per file, each quoting the statute it enforces.
//!
//! [`law`] assembles and validates the pack; the engine in `decent-core` evaluates it.

pub mod attrs;
pub mod data;
mod pack;
pub mod pay;
pub mod rules;
pub mod terms;

pub use pack::{Pay, TermRules};

use decent_core::calendar::Calendar;
use decent_core::law::LawParts;
use decent_core::pack::{Pack, PackInfo};
use decent_core::params::Params;
use decent_core::Law;

/// The pack's id on the command line (`--law lv-2002`).
pub const ID: &str = "lv-2002";

/// The pack's description (`law/pack.toml`).
pub const PACK_TOML: &str = include_str!("../law/pack.toml");

/// The pack as the commands reach it.
#[derive(Debug, Clone, Copy)]
pub struct Lv2002;

/// The pack, for a registry of packs.
pub static PACK: Lv2002 = Lv2002;

impl Pack for Lv2002 {
    fn id(&self) -> &'static str {
        ID
    }

    fn info(&self) -> Result<PackInfo, String> {
        PackInfo::from_toml(PACK_TOML).map_err(|e| format!("{ID} pack, pack.toml: {e}"))
    }

    fn data_files(&self) -> Vec<(&'static str, &'static str)> {
        let mut files =
            vec![("pack.toml", PACK_TOML), ("sections.toml", data::SECTIONS), ("holidays.toml", data::HOLIDAYS)];
        files.extend(data::MORE_SECTIONS.iter().copied());
        files.extend(data::PARAMS.iter().copied());
        files
    }

    fn messages(&self, lang: &str) -> Vec<(&'static str, &'static str)> {
        // The English working translation of the sections goes with both languages: a command
        // shows it beside the official Latvian text whatever the reader's language.
        let translation = ("decent-lv2002/law/sections.toml (text_en)", translation());
        match lang {
            "en" => vec![
                ("decent-lv2002/i18n/en/rules.ftl", include_str!("../i18n/en/rules.ftl")),
                ("decent-lv2002/i18n/en/pay2002.ftl", include_str!("../i18n/en/pay2002.ftl")),
                translation,
            ],
            // The Latvian catalogue of parameters: the English is in law/params/*.toml.
            "lv" => vec![
                ("decent-lv2002/i18n/lv/rules.ftl", include_str!("../i18n/lv/rules.ftl")),
                ("decent-lv2002/i18n/lv/pay2002.ftl", include_str!("../i18n/lv/pay2002.ftl")),
                ("decent-lv2002/i18n/lv/catalogue.ftl", include_str!("../i18n/lv/catalogue.ftl")),
                ("decent-lv2002/i18n/lv/attrs.ftl", include_str!("../i18n/lv/attrs.ftl")),
                // The Latvian of the working-time rules' titles, docs and examples (s131–s138).
                (
                    "decent-lv2002/i18n/lv/catalogue-working-time.ftl",
                    include_str!("../i18n/lv/catalogue-working-time.ftl"),
                ),
                // The Latvian of the rest rules' titles, docs and examples (s139–s146).
                ("decent-lv2002/i18n/lv/catalogue-rest.ftl", include_str!("../i18n/lv/catalogue-rest.ftl")),
                translation,
            ],
            _ => Vec::new(),
        }
    }

    fn schema(&self) -> &'static decent_core::Schema {
        &attrs::SCHEMA
    }

    fn pay(&self) -> Option<&dyn decent_core::PayRules> {
        Some(&Pay)
    }

    fn terms(&self) -> Option<&dyn decent_core::Terms> {
        Some(&TermRules)
    }

    fn law(&self) -> Result<Law, String> {
        law().map_err(|e| e.to_string())
    }
}

/// The sections' English working translation as Fluent messages ([`data::translation_ftl`]),
/// built once. Empty when `sections.toml` does not load (then [`law`] fails, naming the defect).
fn translation() -> &'static str {
    static FTL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FTL.get_or_init(|| data::translation_ftl().unwrap_or_default())
}

/// First and last years the public-holiday calendar is expanded for.
pub const CALENDAR_YEARS: (i32, i32) = (2002, 2100);

/// Builds the law with its default parameters.
///
/// # Errors
/// A data file that does not load, or a law that does not validate (a rule citing a section the
/// pack lacks, a quote not found in its section, a parameter without its section).
pub fn law() -> Result<Law, data::DataError> {
    let sections = data::sections()?;
    let params = Params::new(data::params()?);
    let rules = rules::all(&params).map_err(|errs| data::DataError { file: "params", message: errs.join("; ") })?;
    let calendar = Calendar::new(data::holidays()?, CALENDAR_YEARS.0, CALENDAR_YEARS.1);
    let info = PackInfo::from_toml(PACK_TOML).map_err(|e| data::DataError { file: "pack.toml", message: e })?;
    let source =
        format!("Darba likums, official consolidated Latvian text (likumi.lv), consolidated {}", info.consolidated);
    let limits = std::collections::BTreeMap::new();
    let parts = LawParts { source, sections, params, calendar, rules, limits };
    Law::of_pack(info, PACK.hash(), parts).map_err(|message| data::DataError { file: "pack", message })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The description names this pack, in force with no end, and the law it builds carries it;
    /// the hash covers every data file.
    #[test]
    fn the_pack_describes_and_hashes_its_law() {
        let info = PACK.info().expect("pack.toml loads");
        assert_eq!(info.id, ID);
        assert_eq!(PACK.id(), info.id);
        assert_eq!(info.valid_from, "2002-06-01");
        assert_eq!(info.valid_to, None);
        assert_eq!(info.text_language, "lv");
        assert!(info.i18n.contains_key("lv"));
        let law = PACK.law().expect("the law loads");
        assert_eq!(law.info, info);
        assert_eq!(law.hash, PACK.hash());
        let files = PACK.data_files();
        for (name, _) in data::PARAMS {
            assert!(files.iter().any(|(n, _)| n == name), "{name} is not hashed");
        }
    }
}
