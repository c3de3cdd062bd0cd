//! A pack's data files in TOML, read the same way for every pack: its parameters and
//! interpretations (each with its section, unit, dated values, the direction that favours the
//! employee and who may change it), and its festive-day (public-holiday) rules.
//!
//! Errors are messages naming the entry; the pack adds its own name and the file's.

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::calendar::{DateRule, FestiveRule};
use crate::params::{Changer, Dated, Favours, Param, ParamKind, Value, ValueSource};
use crate::time::{days_from_date, Day};

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
fn favours(name: &str, v: Option<toml::Value>) -> Result<Favours, String> {
    let bad = |m: String| format!("{name}: {m}");
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
fn changeable_by(name: &str, v: Option<toml::Value>) -> Result<Vec<Changer>, String> {
    let bad = |m: String| format!("{name}: {m}");
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

fn parse_day(what: &str, s: &str) -> Result<Day, String> {
    s.parse::<jiff::civil::Date>()
        .map(days_from_date)
        .map_err(|_| format!("{what}: expected a date YYYY-MM-DD, found {s:?}"))
}

/// Every parameter and interpretation of a pack's parameter files `(file, text)`.
///
/// # Errors
/// The file and what is wrong: a malformed entry, or a name declared twice.
pub fn params(files: &[(&'static str, &str)]) -> Result<Vec<Param>, (&'static str, String)> {
    let mut all: Vec<Param> = Vec::new();
    for &(file, text) in files {
        for p in params_from(text).map_err(|m| (file, m))? {
            if all.iter().any(|q| q.name == p.name) {
                return Err((file, format!("{} is declared twice", p.name)));
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
pub fn params_from(text: &str) -> Result<Vec<Param>, String> {
    let f: ParamsFile = toml::from_str(text).map_err(|e| e.to_string())?;
    f.param
        .into_iter()
        .map(|p| {
            let kind = match p.kind.as_str() {
                "parameter" => ParamKind::Parameter,
                "interpretation" => ParamKind::Interpretation,
                k => return Err(format!("{}: kind {k:?}, expected parameter or interpretation", p.name)),
            };
            let values = p
                .values
                .into_iter()
                .map(|d| {
                    let from = d.from.as_deref().map(|s| parse_day(&p.name, s)).transpose()?;
                    let value = match d.value {
                        toml::Value::Integer(i) => Value::Num(Decimal::from(i)),
                        toml::Value::Float(x) => {
                            Value::Num(x.to_string().parse().map_err(|_| format!("{}: bad number {x}", p.name))?)
                        }
                        toml::Value::Boolean(b) => Value::Bool(b),
                        toml::Value::String(s) => Value::Text(s),
                        other => return Err(format!("{}: unsupported value {other}", p.name)),
                    };
                    Ok(Dated { from, value, source: ValueSource::Law { section: p.section.clone() }, note: d.source })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let param = Param {
                favours: favours(&p.name, p.favours)?,
                changeable_by: changeable_by(&p.name, p.changeable_by)?,
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
            param.check_direction()?;
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

/// Festive-day (public-holiday) rules from a pack's calendar file: each `[[day]]` with its
/// `name`, `rule` (`fixed = "MM-DD"`, `easter = OFFSET`, or `nth`, `weekday`, `month`),
/// `valid_from`, optional `valid_to` and `moved_from_weekend_since`, and its `source`.
///
/// # Errors
/// A malformed entry.
pub fn festive(text: &str) -> Result<Vec<FestiveRule>, String> {
    let f: FestiveFile = toml::from_str(text).map_err(|e| e.to_string())?;
    f.day
        .into_iter()
        .map(|d| {
            let r = &d.rule;
            let rule = match (&r.fixed, r.easter, r.nth, r.weekday, r.month) {
                (Some(md), None, None, None, None) => {
                    let (m, dd) = md
                        .split_once('-')
                        .and_then(|(m, dd)| Some((m.parse().ok()?, dd.parse().ok()?)))
                        .ok_or_else(|| format!("{}: fixed date {md:?}, expected MM-DD", d.name))?;
                    DateRule::Fixed { month: m, day: dd }
                }
                (None, Some(offset), None, None, None) => DateRule::Easter { offset },
                (None, None, Some(n), Some(weekday), Some(month)) if weekday < 7 && (1..=12).contains(&month) => {
                    DateRule::NthWeekday { month, weekday, n }
                }
                _ => return Err(format!("{}: rule must be fixed, easter, or nth+weekday+month", d.name)),
            };
            Ok(FestiveRule {
                rule,
                valid_from: parse_day(&d.name, &d.valid_from)?,
                valid_to: d.valid_to.as_deref().map(|s| parse_day(&d.name, s)).transpose()?,
                moved_from_weekend_since: d
                    .moved_from_weekend_since
                    .as_deref()
                    .map(|s| parse_day(&d.name, s))
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

    const HEAD: &str = "[[param]]\nname = \"x.rest\"\nkind = \"parameter\"\nsection = \"7\"\ndoc = \"d\"\n";

    fn load(extra: &str) -> Result<Vec<Param>, String> {
        params_from(&format!("{HEAD}{extra}values = [{{ value = 42 }}]\n"))
    }

    /// An unknown or misfitting direction or party is a load error naming the parameter; a good one loads with the value's source the law's section.
    #[test]
    fn direction_and_parties_are_validated_at_load() {
        let p = load("unit = \"h\"\nfavours = \"higher\"\nchangeable_by = [\"contract\", \"agreement\"]\n").unwrap();
        assert_eq!(p[0].favours, Favours::Higher);
        assert_eq!(p[0].changeable_by, vec![Changer::Agreement, Changer::Contract]);
        assert_eq!(p[0].values[0].source, ValueSource::Law { section: "7".into() });
        assert!(load("unit = \"h\"\nchangeable_by = \"nobody\"\n").unwrap()[0].changeable_by.is_empty());
        for (extra, says) in [
            ("unit = \"h\"\nfavours = \"more\"\n", "expected higher, lower"),
            ("unit = \"h\"\nfavours = true\n", "does not fit unit h"),
            ("unit = \"h\"\nchangeable_by = [\"employer\"]\n", "expected agreement, contract or nobody"),
            ("unit = \"h\"\nchangeable_by = 3\n", "expected agreement, contract or nobody"),
            ("unit = \"choice\"\nchoices = [\"a\", \"b\"]\nfavours = [\"a\"]\n", "each of its choices"),
        ] {
            let e = load(extra).expect_err(extra);
            assert!(e.contains("x.rest") && e.contains(says), "{e}");
        }
    }

    /// A file naming a parameter twice is refused with that file; a festive day with no rule it
    /// can follow is refused with its name.
    #[test]
    fn duplicates_and_bad_rules_are_refused_naming_them() {
        let one = format!("{HEAD}unit = \"h\"\nvalues = [{{ value = 42 }}]\n");
        let (file, e) = params(&[("a.toml", &one), ("b.toml", &one)]).expect_err("twice");
        assert_eq!(file, "b.toml");
        assert!(e.contains("x.rest is declared twice"), "{e}");
        let bad = "[[day]]\nname = \"X\"\nrule = { fixed = \"13-40\", easter = 1 }\nvalid_from = \"2000-01-01\"\nsource = \"s\"\n";
        assert!(festive(bad).expect_err("two rules").contains("X: rule must be"));
    }
}
