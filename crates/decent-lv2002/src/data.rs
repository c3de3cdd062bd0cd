//! Loads the pack's data files (embedded at build time) into the engine's types.
//!
//! The data lives in `law/` beside this crate: `sections.toml` (the official Latvian text of
//! each section, quoted verbatim, with an unofficial English working translation),
//! `params/*.toml` (parameters and interpretations) and `holidays.toml` (the public holidays).
//! Loading validates every entry.

use decent_core::calendar::FestiveRule;
use decent_core::params::Param;
use decent_core::Section;
use serde::Deserialize;

/// The sections: Latvian text and English working translation.
pub const SECTIONS: &str = include_str!("../law/sections.toml");
/// Parameters and interpretations, one file per part of the law: `(file, text)`.
pub const PARAMS: &[(&str, &str)] = &[
    ("params/working_time.toml", include_str!("../law/params/working_time.toml")),
    ("params/rest.toml", include_str!("../law/params/rest.toml")),
    ("params/protection.toml", include_str!("../law/params/protection.toml")),
    ("params/pay2002.toml", include_str!("../law/params/pay2002.toml")),
    ("params/rules2002a.toml", include_str!("../law/params/rules2002a.toml")),
];
/// The public holidays.
pub const HOLIDAYS: &str = include_str!("../law/holidays.toml");

/// A data file that does not load.
#[derive(Debug, thiserror::Error)]
#[error("lv-2002 pack, {file}: {message}")]
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
#[serde(deny_unknown_fields)]
struct SectionsFile {
    #[serde(default)]
    section: Vec<RawSection>,
}

/// One section as `sections.toml` holds it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    /// Number as the statute writes it (`131`, `14.1`).
    pub number: String,
    /// The Latvian title, verbatim.
    pub title: String,
    /// The Latvian text, verbatim (parts "(1) …" on lines of their own).
    pub text: String,
    /// The English working translation of the title (unofficial).
    pub title_en: String,
    /// The English working translation of the text (unofficial).
    pub text_en: String,
}

/// Every section as the file holds it, Latvian and English.
///
/// # Errors
/// A malformed file, a section declared twice or with an empty text.
pub fn raw_sections() -> Result<Vec<RawSection>, DataError> {
    let mut all = raw_sections_from(SECTIONS)?;
    // The Remuneration Law's sections the pay reads ("AL14"), in the same shape.
    for (file, text) in MORE_SECTIONS {
        all.extend(raw_sections_from(text).map_err(|e| DataError { file, ..e })?);
    }
    Ok(all)
}

/// Sections in files of their own, in the shape of `sections.toml`: the Labour Law's sections
/// the pay reads beyond it, and the Remuneration Law's (numbered `AL14`, …).
pub const MORE_SECTIONS: &[(&str, &str)] = &[
    ("pay_sections.toml", include_str!("../law/pay_sections.toml")),
    ("remuneration.toml", include_str!("../law/remuneration.toml")),
];

/// [`raw_sections`] of a text.
///
/// # Errors
/// See [`raw_sections`].
pub fn raw_sections_from(text: &str) -> Result<Vec<RawSection>, DataError> {
    const F: &str = "sections.toml";
    let f: SectionsFile = toml::from_str(text).map_err(|e| err(F, e.to_string()))?;
    for (i, s) in f.section.iter().enumerate() {
        if f.section[..i].iter().any(|t| t.number == s.number) {
            return Err(err(F, format!("s{} is declared twice", s.number)));
        }
        if [&s.title, &s.text, &s.title_en, &s.text_en].iter().any(|t| t.trim().is_empty()) {
            return Err(err(F, format!("s{}: title, text, title_en and text_en must not be empty", s.number)));
        }
    }
    Ok(f.section)
}

/// The sections as the engine holds them: the official Latvian text.
///
/// # Errors
/// See [`raw_sections`].
pub fn sections() -> Result<Vec<Section>, DataError> {
    Ok(raw_sections()?
        .into_iter()
        .map(|s| Section { number: s.number, title: s.title, text: s.text, note: None })
        .collect())
}

/// The catalogue key prefix of a section's English working translation: `statute-` and the
/// number with its points as hyphens (`75.3` → `statute-75-3`); `-title` and `-text` follow.
#[must_use]
pub fn statute_key(number: &str) -> String {
    format!("statute-{}", number.replace('.', "-"))
}

/// The English working translation of every section as Fluent messages (`statute-N-title`,
/// `statute-N-text`), so that a command shows it beside the Latvian text in either language.
/// Generated from `sections.toml`: the translation lives beside the text it translates.
///
/// # Errors
/// A section that does not load, or a translation Fluent cannot hold as plain text (a brace, or a
/// line that starts with `[`, `*` or `.`), naming the section.
pub fn translation_ftl() -> Result<String, DataError> {
    translation_ftl_of(&raw_sections()?)
}

/// [`translation_ftl`] of sections.
///
/// # Errors
/// See [`translation_ftl`].
pub fn translation_ftl_of(sections: &[RawSection]) -> Result<String, DataError> {
    const F: &str = "sections.toml";
    let mut out = String::from("# Generated from law/sections.toml: the unofficial English working translation.\n");
    for s in sections {
        let key = statute_key(&s.number);
        for (what, t) in [("title_en", &s.title_en), ("text_en", &s.text_en)] {
            if t.contains(['{', '}']) {
                return Err(err(F, format!("s{} {what}: a brace, which the catalogue cannot hold as text", s.number)));
            }
            if t.lines().any(|l| l.starts_with(['[', '*', '.']) || l.starts_with(' ')) {
                return Err(err(
                    F,
                    format!(
                        "s{} {what}: a line starts with a space, [, * or ., which the catalogue cannot hold",
                        s.number
                    ),
                ));
            }
        }
        out.push_str(&format!("{key}-title = {}\n{key}-text =\n", s.title_en.replace('\n', " ")));
        for line in s.text_en.lines() {
            if line.is_empty() {
                out.push('\n');
            } else {
                out.push_str("    ");
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Ok(out)
}

/// The catalogue key of a public holiday's name: `holiday-` and its English name in kebab case,
/// without the part in brackets (`Midsummer Eve (Līgo Day)` → `holiday-midsummer-eve`).
#[must_use]
pub fn holiday_key_of(name: &str) -> String {
    decent_core::calendar::name_key("holiday", name)
}

/// Every parameter and interpretation of the pack.
///
/// # Errors
/// A malformed entry, or a name declared twice.
pub fn params() -> Result<Vec<Param>, DataError> {
    decent_core::data::params(PARAMS).map_err(|(file, m)| err(file, m))
}

/// The public holidays.
///
/// # Errors
/// A malformed entry.
pub fn holidays() -> Result<Vec<FestiveRule>, DataError> {
    decent_core::data::festive(HOLIDAYS).map_err(|m| err("holidays.toml", m))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "[[section]]\nnumber = \"1\"\ntitle = \"T\"\ntext = \"(1) A.\\n\\n(2) B:\\n1) c;\"\ntitle_en = \"T\"\ntext_en = \"(1) A.\\n\\n(2) B:\\n1) c;\"\n";

    /// A malformed or incomplete sections file is an error naming the file and the section, and
    /// a translation the catalogue cannot hold as plain text is refused, naming the section.
    #[test]
    fn bad_sections_are_refused_with_the_file_and_section() {
        let ok = raw_sections_from(ONE).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ok.len(), 1);
        let ftl = translation_ftl_of(&ok).unwrap_or_else(|e| panic!("{e}"));
        assert!(ftl.contains("statute-1-title = T\nstatute-1-text =\n    (1) A.\n\n    (2) B:\n    1) c;\n"), "{ftl}");
        for (text, says) in [
            (format!("{ONE}{ONE}"), "s1 is declared twice"),
            (ONE.replace("title_en = \"T\"", "title_en = \" \""), "s1: title, text, title_en and text_en"),
            (ONE.replace("title_en = \"T\"\n", ""), "missing field `title_en`"),
            (ONE.replace("number", "numero"), "unknown field `numero`"),
        ] {
            let e = raw_sections_from(&text).expect_err(says).to_string();
            assert!(e.contains("lv-2002 pack, sections.toml") && e.contains(says), "{e}");
        }
        for (bad, says) in [("(1) {x}", "a brace"), ("(1) A\n.b", "a line starts")] {
            let mut s = ok.clone();
            s[0].text_en = bad.to_string();
            let e = translation_ftl_of(&s).expect_err(bad).to_string();
            assert!(e.contains("s1 text_en") && e.contains(says), "{e}");
        }
    }

    /// A holiday's catalogue key is its English name in kebab case without the bracketed part.
    #[test]
    fn holiday_keys() {
        assert_eq!(holiday_key_of("Midsummer Eve (Līgo Day)"), "holiday-midsummer-eve");
        assert_eq!(
            holiday_key_of("Day of the hockey team's bronze medal"),
            "holiday-day-of-the-hockey-teams-bronze-medal"
        );
    }
}
