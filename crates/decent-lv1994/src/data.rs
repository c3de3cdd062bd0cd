//! Loads the pack's data files (embedded at build time) into the engine's types.
//!
//! The data lives in `law/` beside this crate: `sections.toml` (generated from the seed),
//! `notes.toml` (lost lists and their sources), `params.toml` (parameters and interpretations)
//! and `festive.toml` (festive-day rules). Loading validates every entry.

use decent_core::calendar::FestiveRule;
use decent_core::params::Param;
use decent_core::Section;
use serde::Deserialize;

/// The embedded files.
pub const SECTIONS: &str = include_str!("../law/sections.toml");
/// Notes on lost lists.
pub const NOTES: &str = include_str!("../law/notes.toml");
/// Parameters and interpretations, one file per part of the Code: `(file, text)`.
pub const PARAMS: &[(&str, &str)] = &[
    ("params/working_time.toml", include_str!("../law/params/working_time.toml")),
    ("params/rest.toml", include_str!("../law/params/rest.toml")),
    ("params/protection.toml", include_str!("../law/params/protection.toml")),
    ("params/pay.toml", include_str!("../law/params/pay.toml")),
    ("params/terms.toml", include_str!("../law/params/terms.toml")),
];
/// Rule id → the parameter that sets its limit (for a finding's `limit_source`).
pub const LIMITS: &str = include_str!("../law/limits.toml");
/// Festive-day rules.
pub const FESTIVE: &str = include_str!("../law/festive.toml");

/// A data file that does not load.
#[derive(Debug, thiserror::Error)]
#[error("lv-1994 pack, {file}: {message}")]
pub struct DataError {
    /// Which file.
    pub file: &'static str,
    /// What is wrong.
    pub message: String,
}

fn err(file: &'static str, message: impl Into<String>) -> DataError {
    DataError { file, message: message.into() }
}

#[derive(Deserialize)]
struct SectionsFile {
    section: Vec<RawSection>,
}

#[derive(Deserialize)]
struct RawSection {
    number: String,
    title: String,
    text: String,
    #[serde(default)]
    lost_list: bool,
}

#[derive(Deserialize)]
struct NotesFile {
    note: Vec<RawNote>,
}

#[derive(Deserialize)]
struct RawNote {
    section: String,
    text: String,
}

/// Sections with their notes.
///
/// # Errors
/// A malformed file or a note on a section the seed does not hold.
pub fn sections() -> Result<Vec<Section>, DataError> {
    let f: SectionsFile = toml::from_str(SECTIONS).map_err(|e| err("sections.toml", e.to_string()))?;
    let notes: NotesFile = toml::from_str(NOTES).map_err(|e| err("notes.toml", e.to_string()))?;
    let mut out: Vec<Section> = f
        .section
        .into_iter()
        .map(|s| Section {
            note: s
                .lost_list
                .then(|| "The seed's copy lost the list that follows a colon in this section.".to_string()),
            number: s.number,
            title: s.title,
            text: s.text,
        })
        .collect();
    for n in notes.note {
        let s = out
            .iter_mut()
            .find(|s| s.number == n.section)
            .ok_or_else(|| err("notes.toml", format!("note on s{}, which the seed does not hold", n.section)))?;
        s.note = Some(n.text);
    }
    Ok(out)
}

/// Every parameter and interpretation of the pack.
///
/// # Errors
/// A malformed entry, or a name declared twice.
pub fn params() -> Result<Vec<Param>, DataError> {
    decent_core::data::params(PARAMS).map_err(|(file, m)| err(file, m))
}

#[derive(Deserialize)]
struct LimitsFile {
    #[serde(default)]
    limit: std::collections::BTreeMap<String, String>,
}

/// Rule id → the parameter that sets its limit, from `limits.toml` (the law's validation
/// checks that both exist).
///
/// # Errors
/// A malformed file.
pub fn limits() -> Result<std::collections::BTreeMap<String, String>, DataError> {
    let f: LimitsFile = toml::from_str(LIMITS).map_err(|e| err("limits.toml", e.to_string()))?;
    Ok(f.limit)
}

/// Festive-day rules.
///
/// # Errors
/// A malformed entry.
pub fn festive() -> Result<Vec<FestiveRule>, DataError> {
    decent_core::data::festive(FESTIVE).map_err(|m| err("festive.toml", m))
}

#[cfg(test)]
mod tests {
    /// The limit map loads, and an entry naming a rule or a parameter the law lacks fails the
    /// law's validation naming it.
    #[test]
    fn the_limit_map_names_what_exists() {
        let mut law = crate::law().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(law.limits.get("weekly-rest").map(String::as_str), Some("s65.weekly_rest"));
        law.limits.insert("no-such-rule".into(), "s65.weekly_rest".into());
        law.limits.insert("weekly-rest".into(), "s65.no_such".into());
        let errs = law.validate().expect_err("bad entries").join("; ");
        assert!(errs.contains("rule no-such-rule"), "{errs}");
        assert!(errs.contains("s65.no_such"), "{errs}");
    }

    /// The map is a cross-reference of the limits the rules mark when bound: every rule marking
    /// a limit is listed with that parameter and no other rule is; an entry that disagrees with
    /// the rule's binding fails validation naming both.
    #[test]
    fn the_limit_map_matches_the_rules_bindings() {
        let mut law = crate::law().unwrap_or_else(|e| panic!("{e}"));
        let derived: std::collections::BTreeMap<String, String> =
            law.rules.iter().filter_map(|r| r.limit().map(|l| (r.meta().id.to_string(), l.to_string()))).collect();
        assert_eq!(derived, law.limits);
        assert_eq!(law.limit_param("weekly-rest").map(|p| p.name.as_str()), Some("s65.weekly_rest"));
        assert!(law.limit_param("overlapping-shifts").is_none());
        law.limits.insert("weekly-rest".into(), "s59.annual_overtime".into());
        let errs = law.validate().expect_err("disagreeing entry").join("; ");
        assert!(errs.contains("rule weekly-rest takes its limit from s59.annual_overtime"), "{errs}");
        assert!(errs.contains("binds s65.weekly_rest"), "{errs}");
    }
}
