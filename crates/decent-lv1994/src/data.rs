//! Loads the pack's data files (embedded at build time) into the engine's types.
//!
//! The data lives in `law/` beside this crate: `sections.toml` (generated from the seed),
//! `notes.toml` (lost lists and their sources), `params.toml` (parameters and interpretations)
//! and `festive.toml` (festive-day rules). Loading validates every entry.

use decent_core::calendar::{DateRule, FestiveRule};
use decent_core::params::{Changer, Dated, Favours, Param, ParamKind, Value, ValueSource};
use decent_core::time::{days_from_date, Day};
use decent_core::Section;
use rust_decimal::Decimal;
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

#[derive(Deserialize)]
struct FestiveFile {
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

/// Festive-day rules.
///
/// # Errors
/// A malformed entry.
pub fn festive() -> Result<Vec<FestiveRule>, DataError> {
    const F: &str = "festive.toml";
    let f: FestiveFile = toml::from_str(FESTIVE).map_err(|e| err(F, e.to_string()))?;
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

    const HEAD: &str = "[[param]]\nname = \"s65.weekly_rest\"\nkind = \"parameter\"\nsection = \"65\"\ndoc = \"d\"\n";

    fn load(extra: &str) -> Result<Vec<Param>, DataError> {
        params_from("params/test.toml", &format!("{HEAD}{extra}values = [{{ value = 42 }}]\n"))
    }

    /// An unknown or misfitting direction or party is a load error naming the file and the
    /// parameter; a good one loads with the value's source the law's section.
    #[test]
    fn direction_and_parties_are_validated_at_load() {
        let p = load("unit = \"h\"\nfavours = \"higher\"\nchangeable_by = [\"contract\", \"agreement\"]\n").unwrap();
        assert_eq!(p[0].favours, Favours::Higher);
        assert_eq!(p[0].changeable_by, vec![Changer::Agreement, Changer::Contract]);
        assert_eq!(p[0].values[0].source, ValueSource::Law { section: "65".into() });
        assert!(load("unit = \"h\"\nchangeable_by = \"nobody\"\n").unwrap()[0].changeable_by.is_empty());
        for (extra, says) in [
            ("unit = \"h\"\nfavours = \"more\"\n", "expected higher, lower"),
            ("unit = \"h\"\nfavours = true\n", "does not fit unit h"),
            ("unit = \"h\"\nchangeable_by = [\"employer\"]\n", "expected agreement, contract or nobody"),
            ("unit = \"h\"\nchangeable_by = 3\n", "expected agreement, contract or nobody"),
            ("unit = \"choice\"\nchoices = [\"a\", \"b\"]\nfavours = [\"a\"]\n", "each of its choices"),
        ] {
            let e = load(extra).expect_err(extra).to_string();
            assert!(e.contains("params/test.toml") && e.contains("s65.weekly_rest") && e.contains(says), "{e}");
        }
    }

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
}
