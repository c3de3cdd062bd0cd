//! Loads the pack's data files (embedded at build time) into the engine's types.
//!
//! The data lives in `law/` beside this crate: `sections.toml` (the official Latvian text of
//! each section, quoted verbatim, with an unofficial English working translation),
//! `params/*.toml` (parameters and interpretations) and `holidays.toml` (the public holidays).
//! Loading validates every entry.

use decent_core::calendar::{DateRule, FestiveRule};
use decent_core::params::{Changer, Dated, Favours, Param, ParamKind, Value, ValueSource};
use decent_core::time::{days_from_date, Day};
use decent_core::Section;
use rust_decimal::Decimal;
use serde::Deserialize;

/// The sections: Latvian text and English working translation.
pub const SECTIONS: &str = include_str!("../law/sections.toml");
/// Parameters and interpretations, one file per part of the law: `(file, text)`.
pub const PARAMS: &[(&str, &str)] = &[
    ("params/working_time.toml", include_str!("../law/params/working_time.toml")),
    ("params/rest.toml", include_str!("../law/params/rest.toml")),
    ("params/protection.toml", include_str!("../law/params/protection.toml")),
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
    raw_sections_from(SECTIONS)
}

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
    let name = name.split(" (").next().unwrap_or(name);
    let mut key = String::from("holiday");
    let mut dash = true;
    for c in name.chars().filter(|c| *c != '\'') {
        if c.is_ascii_alphanumeric() {
            if dash {
                key.push('-');
            }
            key.push(c.to_ascii_lowercase());
            dash = false;
        } else {
            dash = true;
        }
    }
    key
}

#[derive(Deserialize)]
struct ParamsFile {
    #[serde(default)]
    param: Vec<RawParam>,
}

#[derive(Deserialize)]
struct RawParam {
    name: String,
    kind: String,
    section: String,
    unit: String,
    doc: String,
    #[serde(default)]
    rationale: Option<String>,
    #[serde(default)]
    choices: Vec<String>,
    #[serde(default)]
    values: Vec<RawDated>,
    #[serde(default)]
    favours: Option<toml::Value>,
    #[serde(default)]
    changeable_by: Option<toml::Value>,
    #[serde(default)]
    direction_note: Option<String>,
}

/// `favours`: absent or a word (`higher`, `lower`, `none`), a switch, or a list of choices.
fn favours(file: &'static str, name: &str, v: Option<toml::Value>) -> Result<Favours, DataError> {
    let bad = |m: String| err(file, format!("{name}: {m}"));
    match v {
        None => Ok(Favours::None),
        Some(toml::Value::String(w)) => Favours::parse_word(&w).map_err(bad),
        Some(toml::Value::Boolean(b)) => Ok(Favours::Flag(b)),
        Some(toml::Value::Array(items)) => items
            .into_iter()
            .map(|i| match i {
                toml::Value::String(s) => Ok(s),
                other => Err(bad(format!("favours lists choices as strings, found {other}"))),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Favours::Order),
        Some(other) => {
            Err(bad(format!("favours {other}: expected higher, lower, none, true, false or a list of the choices")))
        }
    }
}

/// `changeable_by`: absent, `"nobody"`, or a list of `agreement` / `contract`.
fn changeable_by(file: &'static str, name: &str, v: Option<toml::Value>) -> Result<Vec<Changer>, DataError> {
    let bad = |m: String| err(file, format!("{name}: {m}"));
    let mut out = match v {
        None => Vec::new(),
        Some(toml::Value::String(w)) if w == "nobody" => Vec::new(),
        Some(toml::Value::String(w)) => vec![Changer::parse(&w).map_err(bad)?],
        Some(toml::Value::Array(items)) => items
            .into_iter()
            .map(|i| match i {
                toml::Value::String(s) => Changer::parse(&s).map_err(bad),
                other => Err(bad(format!("changeable_by: expected agreement, contract or nobody, found {other}"))),
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(other) => return Err(bad(format!("changeable_by {other}: expected agreement, contract or nobody"))),
    };
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

#[derive(Deserialize)]
struct RawDated {
    #[serde(default)]
    from: Option<String>,
    value: toml::Value,
    #[serde(default)]
    source: Option<String>,
}

fn parse_day(file: &'static str, what: &str, s: &str) -> Result<Day, DataError> {
    s.parse::<jiff::civil::Date>()
        .map(days_from_date)
        .map_err(|_| err(file, format!("{what}: expected a date YYYY-MM-DD, found {s:?}")))
}

/// Every parameter and interpretation of the pack.
///
/// # Errors
/// A malformed entry, or a name declared twice.
pub fn params() -> Result<Vec<Param>, DataError> {
    let mut all: Vec<Param> = Vec::new();
    for (file, text) in PARAMS {
        for p in params_from(file, text)? {
            if all.iter().any(|q| q.name == p.name) {
                return Err(err(file, format!("{} is declared twice", p.name)));
            }
            all.push(p);
        }
    }
    Ok(all)
}

/// Parameters and interpretations from one file's text.
///
/// # Errors
/// A malformed entry.
pub fn params_from(file: &'static str, text: &str) -> Result<Vec<Param>, DataError> {
    let f: ParamsFile = toml::from_str(text).map_err(|e| err(file, e.to_string()))?;
    f.param
        .into_iter()
        .map(|p| {
            let kind = match p.kind.as_str() {
                "parameter" => ParamKind::Parameter,
                "interpretation" => ParamKind::Interpretation,
                k => return Err(err(file, format!("{}: kind {k:?}, expected parameter or interpretation", p.name))),
            };
            let values = p
                .values
                .into_iter()
                .map(|d| {
                    let from = d.from.as_deref().map(|s| parse_day(file, &p.name, s)).transpose()?;
                    let value = match d.value {
                        toml::Value::Integer(i) => Value::Num(Decimal::from(i)),
                        toml::Value::Float(x) => Value::Num(
                            x.to_string().parse().map_err(|_| err(file, format!("{}: bad number {x}", p.name)))?,
                        ),
                        toml::Value::Boolean(b) => Value::Bool(b),
                        toml::Value::String(s) => Value::Text(s),
                        other => return Err(err(file, format!("{}: unsupported value {other}", p.name))),
                    };
                    Ok(Dated { from, value, source: ValueSource::Law { section: p.section.clone() }, note: d.source })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let param = Param {
                favours: favours(file, &p.name, p.favours)?,
                changeable_by: changeable_by(file, &p.name, p.changeable_by)?,
                direction_note: p.direction_note,
                name: p.name,
                kind,
                section: p.section,
                unit: p.unit,
                doc: p.doc,
                rationale: p.rationale,
                choices: p.choices,
                values,
            };
            param.check_direction().map_err(|e| err(file, e))?;
            Ok(param)
        })
        .collect()
}

#[derive(Deserialize)]
struct FestiveFile {
    #[serde(default)]
    day: Vec<RawFestive>,
}

#[derive(Deserialize)]
struct RawFestive {
    name: String,
    rule: RawDateRule,
    valid_from: String,
    #[serde(default)]
    valid_to: Option<String>,
    #[serde(default)]
    moved_from_weekend_since: Option<String>,
    source: String,
}

#[derive(Deserialize)]
struct RawDateRule {
    #[serde(default)]
    fixed: Option<String>,
    #[serde(default)]
    easter: Option<i32>,
    #[serde(default)]
    nth: Option<u32>,
    #[serde(default)]
    weekday: Option<u8>,
    #[serde(default)]
    month: Option<u32>,
}

/// The public holidays.
///
/// # Errors
/// A malformed entry.
pub fn holidays() -> Result<Vec<FestiveRule>, DataError> {
    const F: &str = "holidays.toml";
    let f: FestiveFile = toml::from_str(HOLIDAYS).map_err(|e| err(F, e.to_string()))?;
    f.day
        .into_iter()
        .map(|d| {
            let r = &d.rule;
            let rule = match (&r.fixed, r.easter, r.nth, r.weekday, r.month) {
                (Some(md), None, None, None, None) => {
                    let (m, dd) = md
                        .split_once('-')
                        .and_then(|(m, dd)| Some((m.parse().ok()?, dd.parse().ok()?)))
                        .ok_or_else(|| err(F, format!("{}: fixed date {md:?}, expected MM-DD", d.name)))?;
                    DateRule::Fixed { month: m, day: dd }
                }
                (None, Some(offset), None, None, None) => DateRule::Easter { offset },
                (None, None, Some(n), Some(weekday), Some(month)) if weekday < 7 && (1..=12).contains(&month) => {
                    DateRule::NthWeekday { month, weekday, n }
                }
                _ => return Err(err(F, format!("{}: rule must be fixed, easter, or nth+weekday+month", d.name))),
            };
            Ok(FestiveRule {
                rule,
                valid_from: parse_day(F, &d.name, &d.valid_from)?,
                valid_to: d.valid_to.as_deref().map(|s| parse_day(F, &d.name, s)).transpose()?,
                moved_from_weekend_since: d
                    .moved_from_weekend_since
                    .as_deref()
                    .map(|s| parse_day(F, &d.name, s))
                    .transpose()?,
                source: d.source,
                name: d.name,
            })
        })
        .collect()
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
