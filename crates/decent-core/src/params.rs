//! Effective-dated parameters and interpretations.
//!
//! A **parameter** is a number or switch the statute states (40 hours a week, 4 hours of overtime
//! in two successive days), with the section it comes from and the words it encodes. An
//! **interpretation** is the reading chosen where the statute is ambiguous: the same shape, plus
//! a rationale and, where it is a choice, the alternatives. Both may change over time: each holds
//! values with the day they take effect. Users override them (`--set name=value`), which is how a
//! collective agreement or a different reading is tried without touching code.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::time::Day;

/// A parameter's value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number (hours, days, a multiplier, money).
    Num(Decimal),
    /// A switch.
    Bool(bool),
    /// One of the listed choices, or free text.
    Text(String),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Num(n) => write!(f, "{n}"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Text(t) => f.write_str(t),
        }
    }
}

/// Statute figure or chosen reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamKind {
    /// A figure the statute states.
    Parameter,
    /// A reading of an ambiguous section.
    Interpretation,
}

/// Where a value in force comes from: its layer and the reference within it.
///
/// Serialised with its layer as a tag: `{"layer": "law", "section": "65"}`,
/// `{"layer": "override", "given": "x12.weekly_rest=36"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "layer", rename_all = "lowercase")]
pub enum ValueSource {
    /// The statute (or the pack's reading of it): the section the parameter cites.
    Law {
        /// Section number as the statute writes it (`65`, `171.1`).
        section: String,
    },
    /// A `--set` override: the assignment as the user gave it.
    Override {
        /// `NAME=VALUE` or `NAME@YYYY-MM-DD=VALUE`.
        given: String,
    },
    /// A clause of a collective agreement or a labour contract. Not produced yet: the layer of
    /// negotiated clauses over the law comes with agreements; declared now so that readers
    /// of this type already handle it.
    Agreement {
        /// Which agreement or contract.
        id: String,
        /// Its article or clause.
        article: String,
    },
}

/// A value with the day it takes effect.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dated {
    /// First day in force (`None`: from the beginning).
    #[serde(serialize_with = "ser_day")]
    pub from: Option<Day>,
    /// The value.
    pub value: Value,
    /// Where the value comes from (its layer: law, override, agreement).
    pub source: ValueSource,
    /// A note on the value's origin when not the statute's text itself (a later law, a public
    /// source).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Which direction of a parameter favours the employee, where the statute sets a minimum or a
/// maximum of a benefit (`favours` in a pack's parameter files).
///
/// Serialised as the word (`"higher"`, `"lower"`, `"none"`), the switch (`true`, `false`) or
/// the list of choices from most to least favourable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Favours {
    /// Not a floor or ceiling of a benefit (a definition, a reading without a protective side,
    /// a term whose length serves both parties).
    #[default]
    None,
    /// A floor: more is better for the employee (a rest length, a premium, a notice owed).
    Higher,
    /// A ceiling: less is better (a cap on hours, on overtime, on deductions).
    Lower,
    /// A switch: this setting is the more favourable.
    Flag(bool),
    /// A choice: its values from most to least favourable.
    Order(Vec<String>),
}

impl Favours {
    /// Reads the word form: `higher`, `lower`, `none`, `true`, `false`.
    ///
    /// # Errors
    /// Any other word, naming what was expected.
    pub fn parse_word(word: &str) -> Result<Self, String> {
        match word {
            "higher" => Ok(Self::Higher),
            "lower" => Ok(Self::Lower),
            "none" => Ok(Self::None),
            "true" => Ok(Self::Flag(true)),
            "false" => Ok(Self::Flag(false)),
            w => Err(format!(
                "favours {:?}: expected higher, lower, none, true, false or a list of the choices",
                short(w)
            )),
        }
    }
}

impl Serialize for Favours {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::None => s.serialize_str("none"),
            Self::Higher => s.serialize_str("higher"),
            Self::Lower => s.serialize_str("lower"),
            Self::Flag(b) => s.serialize_bool(*b),
            Self::Order(v) => v.serialize(s),
        }
    }
}

/// Who may set a parameter otherwise than the statute, in the direction that favours the
/// employee (a stipulation that worsens the employee's position does not take effect).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Changer {
    /// A collective labour agreement.
    Agreement,
    /// An individual labour contract.
    Contract,
}

impl Changer {
    /// Reads `agreement` or `contract`.
    ///
    /// # Errors
    /// Any other word, naming what was expected.
    pub fn parse(word: &str) -> Result<Self, String> {
        match word {
            "agreement" => Ok(Self::Agreement),
            "contract" => Ok(Self::Contract),
            w => Err(format!("changeable_by {:?}: expected agreement, contract or nobody", short(w))),
        }
    }
}

fn ser_day<S: serde::Serializer>(d: &Option<Day>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&crate::time::fmt_day(*d)),
        None => s.serialize_none(),
    }
}

/// A parameter or interpretation with its citation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Param {
    /// Stable dotted name, e.g. `x12.daily_cap`.
    pub name: String,
    /// Parameter or interpretation.
    pub kind: ParamKind,
    /// The section it comes from, e.g. `59`.
    pub section: String,
    /// Unit: `h`, `min`, `days`, `x` (multiplier), `money`, `bool`, `choice`, `text`.
    pub unit: String,
    /// What it is, in one line.
    pub doc: String,
    /// Why this reading (interpretations).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// The admissible values of a choice.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// Values in force, ordered by `from`. Empty: the user must supply it.
    pub values: Vec<Dated>,
    /// Which direction favours the employee (see [`Favours`]).
    pub favours: Favours,
    /// Who may set it otherwise, in the favourable direction; empty: nobody (the statute is
    /// absolute, or the parameter is a reading of the tool's, changed only by `--set`).
    pub changeable_by: Vec<Changer>,
    /// Why the direction or the parties were decided so, where that needs a sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction_note: Option<String>,
}

impl Param {
    /// Checks that [`Param::favours`] fits the unit: `higher`/`lower` on a number, `true`/
    /// `false` on a switch, on a choice a list holding every choice once, on text nothing.
    ///
    /// # Errors
    /// What does not fit, naming the parameter.
    pub fn check_direction(&self) -> Result<(), String> {
        let name = &self.name;
        let is_num = !matches!(self.unit.as_str(), "bool" | "choice" | "text");
        match &self.favours {
            Favours::None => Ok(()),
            Favours::Higher | Favours::Lower if is_num => Ok(()),
            Favours::Flag(_) if self.unit == "bool" => Ok(()),
            Favours::Order(order) if self.unit == "choice" => {
                let mut a: Vec<&String> = order.iter().collect();
                let mut b: Vec<&String> = self.choices.iter().collect();
                a.sort();
                b.sort();
                if a == b {
                    Ok(())
                } else {
                    Err(format!(
                        "{name}: favours [{}] must list each of its choices [{}] once",
                        order.join(", "),
                        self.choices.join(", ")
                    ))
                }
            }
            f => {
                let expected = match self.unit.as_str() {
                    "bool" => "true or false",
                    "choice" => "a list of its choices",
                    "text" => "none (text has no direction)",
                    _ => "higher or lower",
                };
                Err(format!(
                    "{name}: favours {} does not fit unit {}: expected {expected}",
                    serde_json::to_string(f).unwrap_or_default(),
                    self.unit
                ))
            }
        }
    }

    /// Which direction favours the employee and who may change the parameter, as a message
    /// (keys `param-direction*`, `param-favours-*`, `param-changers-*` of `decent-i18n`).
    #[must_use]
    pub fn direction_message(&self) -> crate::message::Message {
        use crate::message::Message;
        let by =
            match (self.changeable_by.contains(&Changer::Agreement), self.changeable_by.contains(&Changer::Contract)) {
                (true, true) => "param-changers-agreement-contract",
                (true, false) => "param-changers-agreement",
                (false, true) => "param-changers-contract",
                (false, false) => "param-changers-nobody",
            };
        let m = match &self.favours {
            Favours::Order(v) => {
                return Message::new("param-direction-order").text("order", v.join(" > ")).key("by", by)
            }
            Favours::None => Message::new("param-direction").key("favours", "param-favours-none"),
            Favours::Higher => Message::new("param-direction").key("favours", "param-favours-higher"),
            Favours::Lower => Message::new("param-direction").key("favours", "param-favours-lower"),
            Favours::Flag(true) => Message::new("param-direction").key("favours", "param-favours-true"),
            Favours::Flag(false) => Message::new("param-direction").key("favours", "param-favours-false"),
        };
        m.key("by", by)
    }

    /// The value in force on `day`.
    #[must_use]
    pub fn on(&self, day: Day) -> Option<&Value> {
        self.dated_on(day).map(|d| &d.value)
    }

    /// The dated value (with its source) in force on `day`.
    #[must_use]
    pub fn dated_on(&self, day: Day) -> Option<&Dated> {
        self.values.iter().rev().find(|d| d.from.is_none_or(|f| f <= day))
    }

    /// Parses `text` as a value of this parameter's unit.
    ///
    /// A number must lie in the range of its unit ([`unit_range`]): 0 to 8,784 hours (a leap
    /// year), 0 to 527,040 minutes, 0 to 36,600 days, 0 to 5,200 weeks, 0 to 1,200 months, 0 to
    /// 150 years, a multiplier (`x`) 0 to 100, a percentage 0 to 100, money 0 to 10⁹. A value
    /// beyond them is no reading of any statute, and would overflow the arithmetic or make a
    /// check walk for ages.
    ///
    /// # Errors
    /// A message saying what was expected.
    pub fn parse_value(&self, text: &str) -> Result<Value, String> {
        let text = text.trim();
        let shown = short(text);
        match self.unit.as_str() {
            "bool" => match text {
                "true" | "yes" | "1" => Ok(Value::Bool(true)),
                "false" | "no" | "0" => Ok(Value::Bool(false)),
                _ => Err(format!("expected true or false for {}, found {shown:?}", self.name)),
            },
            "choice" => {
                if self.choices.iter().any(|c| c == text) {
                    Ok(Value::Text(text.to_string()))
                } else {
                    Err(format!("expected one of {} for {}, found {shown:?}", self.choices.join(", "), self.name))
                }
            }
            "text" => Ok(Value::Text(text.to_string())),
            _ => {
                let n = text
                    .parse::<Decimal>()
                    .map_err(|_| format!("expected a number ({}) for {}, found {shown:?}", self.unit, self.name))?;
                match unit_range(&self.unit) {
                    Some(max) if n < Decimal::ZERO || n > max => Err(format!(
                        "expected a number from 0 to {max} ({}) for {}, found {shown:?}",
                        self.unit, self.name
                    )),
                    _ => Ok(Value::Num(n)),
                }
            }
        }
    }
}

/// `text` cut to its first 40 characters (with `…`), for an error that names a value.
fn short(text: &str) -> String {
    let mut it = text.char_indices();
    match it.nth(40) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// The largest value a number of `unit` may take (the least is 0); `None` for a unit without a
/// range. Hours: a leap year (8,784); minutes: the same (527,040); days: 100 years (36,600);
/// weeks: 5,200; months: 1,200; years: 150; `x` (a multiplier) and `percent`: 100; `money`:
/// 10⁹ in the currency.
#[must_use]
pub fn unit_range(unit: &str) -> Option<Decimal> {
    let max: i64 = match unit {
        "h" => 8_784,
        "min" => 527_040,
        "days" => 36_600,
        "weeks" => 5_200,
        "months" => 1_200,
        "years" => 150,
        "x" | "percent" => 100,
        "money" => 1_000_000_000,
        _ => return None,
    };
    Some(Decimal::from(max))
}

/// Why a parameter could not be read or set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParamError {
    /// No parameter of that name.
    #[error("unknown parameter {0:?} (see `decent rules` for the list)")]
    Unknown(String),
    /// A value that does not fit.
    #[error("{0}")]
    BadValue(String),
    /// A parameter the user must supply, not supplied.
    #[error("parameter {name} (s{section}) has no value on {day}: the statute states none; supply it with --set {name}=VALUE")]
    Missing {
        /// Name.
        name: String,
        /// Section.
        section: String,
        /// Day asked for.
        day: String,
    },
}

impl ParamError {
    /// The error as a message (keys `param-error-*` of `decent-i18n`'s `common.ftl`): what a
    /// user must supply is said in the reader's language; a value that does not fit keeps the
    /// words of its check.
    #[must_use]
    pub fn message(&self) -> crate::message::Message {
        use crate::message::Message;
        match self {
            Self::Unknown(name) => Message::new("param-error-unknown").text("name", name.clone()),
            Self::BadValue(text) => Message::new("param-error-bad").text("text", text.clone()),
            Self::Missing { name, section, day } => Message::new("param-error-missing")
                .text("name", name.clone())
                .section("section", section.clone())
                .text("day", day.clone()),
        }
    }
}

/// A parameter resolved once by name ([`Params::id`]), for reading without a name lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParamId(u32);

/// A dated value as the hot readers want it: decided once when the parameter is built or set,
/// so that reading it does no name lookup and no decimal arithmetic.
#[derive(Debug, Clone, Copy)]
struct Ready {
    /// First day in force (`Day::MIN` for "from the beginning").
    from: Day,
    /// Index of the value in [`Param::values`].
    at: u32,
    /// The value as whole minutes (by the parameter's unit), when a number that fits.
    minutes: Option<i32>,
    /// The value when a switch.
    flag: Option<bool>,
    /// The value's position among the parameter's choices when a choice (`u8::MAX` otherwise).
    choice: u8,
}

impl Ready {
    fn of(p: &Param) -> Vec<Ready> {
        p.values
            .iter()
            .enumerate()
            .map(|(at, d)| Ready {
                from: d.from.unwrap_or(Day::MIN),
                at: u32::try_from(at).unwrap_or(u32::MAX),
                minutes: match &d.value {
                    Value::Num(n) => Some(to_minutes(*n, &p.unit)),
                    _ => None,
                },
                flag: match d.value {
                    Value::Bool(b) => Some(b),
                    _ => None,
                },
                choice: match &d.value {
                    Value::Text(t) => {
                        p.choices.iter().position(|c| c == t).and_then(|i| u8::try_from(i).ok()).unwrap_or(u8::MAX)
                    }
                    _ => u8::MAX,
                },
            })
            .collect()
    }
}

/// A number of hours (or minutes, by `unit`) as whole minutes.
fn to_minutes(n: Decimal, unit: &str) -> i32 {
    let mins = if unit == "min" { n } else { n * Decimal::from(60) };
    mins.round().to_i32().unwrap_or(i32::MAX)
}

/// All parameters of a law, by name.
#[derive(Debug, Clone, Default)]
pub struct Params {
    list: Vec<Param>,
    index: FxHashMap<String, usize>,
    /// Per parameter (same order as `list`), its values ready to read.
    ready: Vec<Vec<Ready>>,
    /// Every day on which some parameter takes a new value, sorted, without repeats.
    changes: Vec<Day>,
}

impl Params {
    /// Builds the set; later duplicates replace earlier ones.
    #[must_use]
    pub fn new(list: Vec<Param>) -> Self {
        let mut p = Self::default();
        for x in list {
            p.insert(x);
        }
        p
    }

    /// Adds or replaces a parameter.
    pub fn insert(&mut self, p: Param) {
        let i = if let Some(&i) = self.index.get(&p.name) {
            self.list[i] = p;
            i
        } else {
            self.index.insert(p.name.clone(), self.list.len());
            self.list.push(p);
            self.ready.push(Vec::new());
            self.list.len() - 1
        };
        self.refresh(i);
    }

    /// Recomputes the ready values of parameter `i` and the days of change.
    fn refresh(&mut self, i: usize) {
        self.ready[i] = Ready::of(&self.list[i]);
        let mut changes: Vec<Day> = self.list.iter().flat_map(|p| p.values.iter().filter_map(|d| d.from)).collect();
        changes.sort_unstable();
        changes.dedup();
        self.changes = changes;
    }

    /// The handle of a parameter, for the `*_at` readers.
    #[must_use]
    pub fn id(&self, name: &str) -> Option<ParamId> {
        #[cfg(feature = "record-reads")]
        record::by_name(name);
        self.index.get(name).map(|&i| ParamId(u32::try_from(i).unwrap_or(u32::MAX)))
    }

    /// The days `[lo, hi)` around `day` in which no parameter changes value: whatever is
    /// computed from parameters on `day` holds on every day of that stretch.
    #[must_use]
    pub fn stable_range(&self, day: Day) -> (Day, Day) {
        let i = self.changes.partition_point(|&c| c <= day);
        let lo = if i == 0 { Day::MIN } else { self.changes[i - 1] };
        let hi = self.changes.get(i).copied().unwrap_or(Day::MAX);
        (lo, hi)
    }

    /// The ready value of parameter `i` in force on `day` (as [`Param::on`]).
    #[inline]
    fn ready_on(&self, i: usize, day: Day) -> Option<&Ready> {
        #[cfg(feature = "record-reads")]
        record::read(i);
        self.ready[i].iter().rev().find(|r| r.from <= day)
    }

    /// Every parameter, in declaration order.
    #[must_use]
    pub fn all(&self) -> &[Param] {
        &self.list
    }

    /// One parameter.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Param> {
        self.index.get(name).map(|&i| &self.list[i])
    }

    /// Overrides a parameter from text: `name=value` for all dates, or `name@YYYY-MM-DD=value`
    /// from that day on.
    ///
    /// # Errors
    /// Unknown name, bad date or a value that does not fit the unit.
    pub fn set(&mut self, assignment: &str) -> Result<(), ParamError> {
        let (lhs, value) = assignment
            .split_once('=')
            .ok_or_else(|| ParamError::BadValue(format!("expected NAME=VALUE, found {assignment:?}")))?;
        let (name, from) = match lhs.split_once('@') {
            Some((n, d)) => {
                let day = d
                    .parse::<jiff::civil::Date>()
                    .map(crate::time::days_from_date)
                    .map_err(|_| ParamError::BadValue(format!("expected a date YYYY-MM-DD after @, found {d:?}")))?;
                (n.trim(), Some(day))
            }
            None => (lhs.trim(), None),
        };
        let &i = self.index.get(name).ok_or_else(|| ParamError::Unknown(name.to_string()))?;
        let p = &mut self.list[i];
        let v = p.parse_value(value).map_err(ParamError::BadValue)?;
        // The assignment as given, a long text value cut (as errors cut it) so that a finding's
        // `limit_source` never echoes megabytes.
        let given = format!("{}={}", short(lhs.trim()), short(value.trim()));
        let dated = Dated { from, value: v, source: ValueSource::Override { given }, note: None };
        match from {
            None => p.values = vec![dated],
            Some(f) => {
                p.values.retain(|d| d.from.is_some_and(|x| x < f) || d.from.is_none());
                p.values.push(dated);
            }
        }
        self.refresh(i);
        Ok(())
    }

    /// Where the value of a parameter in force on `day` comes from; `None` for an unknown
    /// parameter or one without a value that day.
    #[must_use]
    pub fn source_on(&self, name: &str, day: Day) -> Option<&ValueSource> {
        self.get(name)?.dated_on(day).map(|d| &d.source)
    }

    /// As [`Params::source_on`], by handle.
    #[must_use]
    pub fn source_at(&self, id: ParamId, day: Day) -> Option<&ValueSource> {
        self.list.get(id.0 as usize)?.dated_on(day).map(|d| &d.source)
    }

    fn value(&self, name: &str, day: Day) -> Result<&Value, ParamError> {
        #[cfg(feature = "record-reads")]
        record::by_name(name);
        let p = self.get(name).ok_or_else(|| ParamError::Unknown(name.to_string()))?;
        p.on(day).ok_or_else(|| ParamError::Missing {
            name: p.name.clone(),
            section: p.section.clone(),
            day: crate::time::fmt_day(day),
        })
    }

    /// A number on `day`.
    ///
    /// # Errors
    /// Unknown, missing, or not a number.
    pub fn try_num(&self, name: &str, day: Day) -> Result<Decimal, ParamError> {
        match self.value(name, day)? {
            Value::Num(n) => Ok(*n),
            other => Err(ParamError::BadValue(format!("{name} is {other}, not a number"))),
        }
    }

    /// A number on `day`. For rules: a name the pack does not declare is a programming error
    /// that the registry test catches, so this panics on it.
    ///
    /// # Panics
    /// When the parameter is unknown, has no value or is not a number.
    #[must_use]
    pub fn num(&self, name: &str, day: Day) -> Decimal {
        self.try_num(name, day).unwrap_or_else(|e| panic!("{e}"))
    }

    /// A number of hours (or minutes, by the parameter's unit) on `day`, as whole minutes.
    ///
    /// # Panics
    /// As [`Params::num`].
    #[must_use]
    pub fn minutes(&self, name: &str, day: Day) -> i32 {
        match self.id(name) {
            Some(id) => self.minutes_at(id, day),
            None => self.minutes_slow(name, day),
        }
    }

    /// As [`Params::minutes`], by handle.
    ///
    /// # Panics
    /// As [`Params::num`].
    #[must_use]
    pub fn minutes_at(&self, id: ParamId, day: Day) -> i32 {
        let i = id.0 as usize;
        match self.ready_on(i, day).and_then(|r| r.minutes) {
            Some(m) => m,
            None => self.minutes_slow(&self.list[i].name, day),
        }
    }

    /// [`Params::minutes`] from the stored value: reached only to panic with its message.
    fn minutes_slow(&self, name: &str, day: Day) -> i32 {
        let n = self.num(name, day);
        to_minutes(n, self.get(name).map_or("h", |p| p.unit.as_str()))
    }

    /// A switch on `day`.
    ///
    /// # Panics
    /// As [`Params::num`].
    #[must_use]
    pub fn flag(&self, name: &str, day: Day) -> bool {
        match self.id(name) {
            Some(id) => self.flag_at(id, day),
            None => self.flag_slow(name, day),
        }
    }

    /// As [`Params::flag`], by handle.
    ///
    /// # Panics
    /// As [`Params::num`].
    #[must_use]
    pub fn flag_at(&self, id: ParamId, day: Day) -> bool {
        let i = id.0 as usize;
        match self.ready_on(i, day).and_then(|r| r.flag) {
            Some(b) => b,
            None => self.flag_slow(&self.list[i].name, day),
        }
    }

    fn flag_slow(&self, name: &str, day: Day) -> bool {
        match self.value(name, day) {
            Ok(Value::Bool(b)) => *b,
            Ok(other) => panic!("{name} is {other}, not a switch"),
            Err(e) => panic!("{e}"),
        }
    }

    /// A choice (or text) on `day`.
    ///
    /// # Panics
    /// As [`Params::num`].
    #[must_use]
    pub fn choice(&self, name: &str, day: Day) -> &str {
        match self.id(name) {
            Some(id) => self.choice_at(id, day),
            None => self.choice_slow(name, day),
        }
    }

    /// As [`Params::choice`], by handle.
    ///
    /// # Panics
    /// As [`Params::num`].
    #[must_use]
    pub fn choice_at(&self, id: ParamId, day: Day) -> &str {
        let i = id.0 as usize;
        let p = &self.list[i];
        match self.ready_on(i, day).map(|r| &p.values[r.at as usize].value) {
            Some(Value::Text(t)) => t,
            _ => self.choice_slow(&p.name, day),
        }
    }

    fn choice_slow(&self, name: &str, day: Day) -> &str {
        match self.value(name, day) {
            Ok(Value::Text(t)) => t,
            Ok(other) => panic!("{name} is {other}, not a choice"),
            Err(e) => panic!("{e}"),
        }
    }

    /// A number on `day`, by handle.
    ///
    /// # Panics
    /// As [`Params::num`].
    #[must_use]
    pub fn num_at(&self, id: ParamId, day: Day) -> Decimal {
        let i = id.0 as usize;
        let p = &self.list[i];
        match self.ready_on(i, day).map(|r| &p.values[r.at as usize].value) {
            Some(Value::Num(n)) => *n,
            _ => self.num(&p.name, day),
        }
    }

    /// The value in force on `day`, by handle, or why there is none (a parameter the user must
    /// supply): no name lookup, for readers that report a missing value instead of panicking.
    ///
    /// # Errors
    /// [`ParamError::Missing`] when no value is in force on `day`.
    pub fn value_at(&self, id: ParamId, day: Day) -> Result<&Value, ParamError> {
        let i = id.0 as usize;
        let p = &self.list[i];
        match self.ready_on(i, day) {
            Some(r) => Ok(&p.values[r.at as usize].value),
            None => Err(ParamError::Missing {
                name: p.name.clone(),
                section: p.section.clone(),
                day: crate::time::fmt_day(day),
            }),
        }
    }

    /// The position of the value on `day` among the parameter's choices, by handle.
    ///
    /// # Panics
    /// As [`Params::num`] (a choice's values are checked against its choices when set).
    #[inline]
    #[must_use]
    fn choice_index_at(&self, id: ParamId, day: Day) -> usize {
        let i = id.0 as usize;
        match self.ready_on(i, day).map(|r| r.choice) {
            Some(c) if c != u8::MAX => usize::from(c),
            _ => panic!("{} has no choice on {day}: {}", self.list[i].name, self.choice_slow(&self.list[i].name, day)),
        }
    }
}

/// A choice's readings as a Rust type: the name of each choice (as the pack's data spells it)
/// and the value it reads as. Declare one with [`crate::choices!`].
pub trait Choices: Copy + Send + Sync + 'static {
    /// Every choice: its name and its value.
    const ALL: &'static [(&'static str, Self)];
}

/// Declares an enum of a choice's readings and its [`Choices`]: each variant with the name of
/// the choice it stands for.
///
/// ```
/// decent_core::choices! {
///     /// Which day a shift belongs to.
///     pub enum Attribution { StartDay = "start-day", Split = "split-at-midnight" }
/// }
/// use decent_core::params::Choices;
/// assert_eq!(Attribution::ALL[1], ("split-at-midnight", Attribution::Split));
/// ```
#[macro_export]
macro_rules! choices {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name { $($(#[$vm])* $var),+ }
        impl $crate::params::Choices for $name {
            const ALL: &'static [(&'static str, Self)] = &[$(($s, Self::$var)),+];
        }
    };
}

/// A parameter in minutes (unit `h` or `min`), bound once at load ([`Binder::minutes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Minutes(ParamId);

/// A switch (unit `bool`), bound once at load ([`Binder::flag`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flag(ParamId);

/// A number of any numeric unit (years, months, a multiplier…), bound once at load
/// ([`Binder::num`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num(ParamId);

/// Free text (unit `text`), bound once at load ([`Binder::text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text(ParamId);

/// The most choices a [`Choice`] handle maps.
const MAX_CHOICES: usize = 8;

/// A choice (unit `choice`) read as `T`, bound once at load ([`Binder::choice`]): its choices
/// and `T`'s are the same names, checked when bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice<T: Choices> {
    id: ParamId,
    /// Position among the parameter's choices → position in `T::ALL`.
    map: [u8; MAX_CHOICES],
    _t: std::marker::PhantomData<T>,
}

impl Minutes {
    /// The value on `day`, in whole minutes.
    #[inline]
    #[must_use]
    pub fn at(self, p: &Params, day: Day) -> i32 {
        p.minutes_at(self.0, day)
    }

    /// The value on `day` in the law of `cx`.
    #[inline]
    #[must_use]
    pub fn on(self, cx: &crate::Ctx<'_>, day: Day) -> i32 {
        self.at(&cx.law.params, day)
    }

    /// The parameter's handle, for its source ([`Params::source_at`]).
    #[must_use]
    pub fn id(self) -> ParamId {
        self.0
    }
}

impl Flag {
    /// The value on `day`.
    #[inline]
    #[must_use]
    pub fn at(self, p: &Params, day: Day) -> bool {
        p.flag_at(self.0, day)
    }

    /// The value on `day` in the law of `cx`.
    #[inline]
    #[must_use]
    pub fn on(self, cx: &crate::Ctx<'_>, day: Day) -> bool {
        self.at(&cx.law.params, day)
    }
}

impl Num {
    /// The value on `day`.
    #[inline]
    #[must_use]
    pub fn at(self, p: &Params, day: Day) -> Decimal {
        p.num_at(self.0, day)
    }

    /// The value on `day` in the law of `cx`.
    #[inline]
    #[must_use]
    pub fn on(self, cx: &crate::Ctx<'_>, day: Day) -> Decimal {
        self.at(&cx.law.params, day)
    }

    /// The value on `day` in the law of `cx` as a whole number (0 when negative or too large;
    /// a fraction is cut).
    #[inline]
    #[must_use]
    pub fn whole_on(self, cx: &crate::Ctx<'_>, day: Day) -> u32 {
        self.on(cx, day).to_u32().unwrap_or(0)
    }
}

impl Num {
    /// The value on `day`, or why there is none (a parameter the user must supply).
    ///
    /// # Errors
    /// [`ParamError::Missing`], or [`ParamError::BadValue`] when the value is not a number.
    pub fn try_at(self, p: &Params, day: Day) -> Result<Decimal, ParamError> {
        match p.value_at(self.0, day)? {
            Value::Num(n) => Ok(*n),
            v => Err(ParamError::BadValue(format!("{} is {v}, not a number", p.list[self.0 .0 as usize].name))),
        }
    }

    /// The parameter's handle, for its source ([`Params::source_at`]) and name.
    #[must_use]
    pub fn id(self) -> ParamId {
        self.0
    }
}

impl Flag {
    /// The value on `day`, or why there is none.
    ///
    /// # Errors
    /// [`ParamError::Missing`], or [`ParamError::BadValue`] when the value is not a switch.
    pub fn try_at(self, p: &Params, day: Day) -> Result<bool, ParamError> {
        match p.value_at(self.0, day)? {
            Value::Bool(b) => Ok(*b),
            v => Err(ParamError::BadValue(format!("{} is {v}, not a switch", p.list[self.0 .0 as usize].name))),
        }
    }
}

impl Text {
    /// The value on `day`, or why there is none.
    ///
    /// # Errors
    /// [`ParamError::Missing`], or [`ParamError::BadValue`] when the value is not text.
    pub fn try_at(self, p: &Params, day: Day) -> Result<&str, ParamError> {
        match p.value_at(self.0, day)? {
            Value::Text(t) => Ok(t),
            v => Err(ParamError::BadValue(format!("{} is {v}, not text", p.list[self.0 .0 as usize].name))),
        }
    }

    /// The parameter's name (for an error about its value).
    #[must_use]
    pub fn name(self, p: &Params) -> &str {
        &p.list[self.0 .0 as usize].name
    }
}

impl ParamId {
    /// The parameter's name in `p` (for a list of what a result read, never to look it up).
    #[must_use]
    pub fn name(self, p: &Params) -> &str {
        p.list.get(self.0 as usize).map_or("", |x| x.name.as_str())
    }
}

impl<T: Choices> Choice<T> {
    /// The reading on `day`.
    #[inline]
    #[must_use]
    pub fn at(self, p: &Params, day: Day) -> T {
        let i = p.choice_index_at(self.id, day);
        T::ALL[usize::from(self.map[i.min(MAX_CHOICES - 1)])].1
    }

    /// The reading on `day`, or why there is none.
    ///
    /// # Errors
    /// [`ParamError::Missing`] when no value is in force on `day`.
    pub fn try_at(self, p: &Params, day: Day) -> Result<T, ParamError> {
        p.value_at(self.id, day)?;
        Ok(self.at(p, day))
    }

    /// The reading on `day` in the law of `cx`.
    #[inline]
    #[must_use]
    pub fn on(self, cx: &crate::Ctx<'_>, day: Day) -> T {
        self.at(&cx.law.params, day)
    }
}

/// Binds parameters by name to typed handles, once, when a law loads: every name must be
/// declared, of the unit the handle reads (a choice with exactly the choices its type names),
/// else the law does not load. It keeps the names bound, so that whatever binds through it (a
/// rule, with the shared readings it calls) has its parameter list derived, not written by hand.
#[derive(Debug)]
pub struct Binder<'p> {
    params: &'p Params,
    names: Vec<&'static str>,
    errors: Vec<String>,
    /// The parameter marked as the limit of what is being bound ([`Binder::limit`]).
    limit: Option<&'static str>,
}

/// A set of handles bound together (a rule's, or a shared reading's), so that binding a rule
/// binds every parameter its readings read.
pub trait Bind: Sized {
    /// Binds the handles.
    fn bind(b: &mut Binder<'_>) -> Self;
}

impl<'p> Binder<'p> {
    /// A binder over `params`.
    #[must_use]
    pub fn new(params: &'p Params) -> Self {
        Self { params, names: Vec::new(), errors: Vec::new(), limit: None }
    }

    /// The parameter `name` when declared and `fits` its unit, else an error naming `what` was
    /// expected (the handle returned then is never read: the law does not load).
    fn find(&mut self, name: &'static str, what: &str, fits: impl Fn(&Param) -> bool) -> ParamId {
        if !self.names.contains(&name) {
            self.names.push(name);
        }
        match self.params.index.get(name) {
            None => self.errors.push(format!("parameter {name} is read by the rules but not declared by the law")),
            Some(&i) => {
                let p = &self.params.list[i];
                if fits(p) {
                    return ParamId(u32::try_from(i).unwrap_or(u32::MAX));
                }
                self.errors.push(format!("parameter {name} is of unit {}, but is read as {what}", p.unit));
            }
        }
        ParamId(0)
    }

    /// A parameter in minutes: unit `h` or `min`.
    pub fn minutes(&mut self, name: &'static str) -> Minutes {
        Minutes(self.find(name, "minutes (unit h or min)", |p| matches!(p.unit.as_str(), "h" | "min")))
    }

    /// A switch: unit `bool`.
    pub fn flag(&mut self, name: &'static str) -> Flag {
        Flag(self.find(name, "a switch (unit bool)", |p| p.unit == "bool"))
    }

    /// A number: any unit but `bool`, `choice` and `text`.
    pub fn num(&mut self, name: &'static str) -> Num {
        Num(self.find(name, "a number", |p| !matches!(p.unit.as_str(), "bool" | "choice" | "text")))
    }

    /// Free text: unit `text`.
    pub fn text(&mut self, name: &'static str) -> Text {
        Text(self.find(name, "text (unit text)", |p| p.unit == "text"))
    }

    /// A choice read as `T`: unit `choice`, its choices exactly `T`'s names.
    pub fn choice<T: Choices>(&mut self, name: &'static str) -> Choice<T> {
        let id = self.find(name, "a choice", |p| p.unit == "choice");
        let mut map = [0u8; MAX_CHOICES];
        if let Some(p) = self.params.list.get(id.0 as usize).filter(|p| p.name == name && p.unit == "choice") {
            let ours: Vec<&str> = T::ALL.iter().map(|c| c.0).collect();
            let mut same = p.choices.len() == ours.len() && p.choices.len() <= MAX_CHOICES;
            for (i, c) in p.choices.iter().enumerate().take(MAX_CHOICES) {
                match ours.iter().position(|o| o == c) {
                    Some(j) => map[i] = u8::try_from(j).unwrap_or(0),
                    None => same = false,
                }
            }
            if !same {
                self.errors.push(format!(
                    "parameter {name} has the choices [{}], but is read with the choices [{}]",
                    p.choices.join(", "),
                    ours.join(", ")
                ));
            }
        }
        Choice { id, map, _t: std::marker::PhantomData }
    }

    /// Binds one handle with `bind` and marks its parameter as the limit of the rule being bound
    /// (a finding's `limit_source` is where that parameter's value comes from): a rule's limit
    /// is derived from its bindings, not from a hand-written map. A rule marks one limit at most.
    pub fn limit<H>(&mut self, bind: impl FnOnce(&mut Self) -> H) -> H {
        let (h, names) = self.scope(bind);
        match (names.as_slice(), self.limit) {
            ([name], None) => self.limit = Some(name),
            ([name], Some(prev)) => {
                self.errors.push(format!("a rule marks two limits: {prev} and {name}"));
            }
            (names, _) => {
                self.errors.push(format!("a limit is one parameter, but [{}] were bound as one", names.join(", ")));
            }
        }
        h
    }

    /// The limit marked since the last call (see [`Binder::limit`]), clearing it.
    pub fn take_limit(&mut self) -> Option<&'static str> {
        self.limit.take()
    }

    /// Binds a set of handles.
    pub fn bind<B: Bind>(&mut self) -> B {
        B::bind(self)
    }

    /// Runs `f` and returns what it made with the names it bound (each once, in the order
    /// first bound), for a parameter list derived from the bindings.
    pub fn scope<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> (R, Vec<&'static str>) {
        let outer = std::mem::take(&mut self.names);
        let r = f(self);
        let inner = std::mem::replace(&mut self.names, outer);
        for n in &inner {
            if !self.names.contains(n) {
                self.names.push(n);
            }
        }
        (r, inner)
    }

    /// Every name bound so far, each once.
    #[must_use]
    pub fn names(&self) -> &[&'static str] {
        &self.names
    }

    /// Ends binding: every problem found, one line each.
    ///
    /// # Errors
    /// A name not declared, or of another unit than its handle reads.
    pub fn finish(self) -> Result<(), Vec<String>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// Which parameters were read, for a test that a rule's derived parameter list holds every
/// parameter it reads (feature `record-reads`; off in every build but such tests').
#[cfg(feature = "record-reads")]
pub mod record {
    use std::cell::RefCell;

    #[derive(Default)]
    struct Reads {
        by_index: Vec<usize>,
        by_name: Vec<String>,
    }

    thread_local! {
        static READS: RefCell<Option<Reads>> = const { RefCell::new(None) };
    }

    pub(super) fn read(i: usize) {
        READS.with(|r| {
            if let Some(r) = r.borrow_mut().as_mut() {
                if !r.by_index.contains(&i) {
                    r.by_index.push(i);
                }
            }
        });
    }

    pub(super) fn by_name(name: &str) {
        READS.with(|r| {
            if let Some(r) = r.borrow_mut().as_mut() {
                if !r.by_name.iter().any(|n| n == name) {
                    r.by_name.push(name.to_string());
                }
            }
        });
    }

    /// Runs `f` on this thread and returns its result, the parameters it read (indices into
    /// [`super::Params::all`]) and the names it looked up while running (by a reader that takes
    /// a name instead of a handle).
    pub fn reads<R>(f: impl FnOnce() -> R) -> (R, Vec<usize>, Vec<String>) {
        READS.with(|r| *r.borrow_mut() = Some(Reads::default()));
        let out = f();
        let got = READS.with(|r| r.borrow_mut().take()).unwrap_or_default();
        (out, got.by_index, got.by_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> Params {
        Params::new(vec![Param {
            name: "x12.annual_cap".into(),
            kind: ParamKind::Parameter,
            section: "12".into(),
            unit: "h".into(),
            doc: "overtime a year".into(),
            rationale: None,
            choices: vec![],
            values: vec![Dated {
                from: Some(100),
                value: Value::Num(Decimal::from(120)),
                source: ValueSource::Law { section: "12".into() },
                note: None,
            }],
            favours: Favours::Lower,
            changeable_by: vec![Changer::Agreement, Changer::Contract],
            direction_note: None,
        }])
    }

    /// Every value in force says where it comes from: the law's section until a `--set`
    /// replaces it, then the assignment as given; an unknown name or a day without a value has
    /// no source.
    #[test]
    fn values_carry_their_source() {
        let mut ps = p();
        let law = ValueSource::Law { section: "12".into() };
        assert_eq!(ps.source_on("x12.annual_cap", 150), Some(&law));
        assert_eq!(ps.source_on("x12.annual_cap", 99), None);
        assert_eq!(ps.source_on("nope", 150), None);
        ps.set("x12.annual_cap@1970-07-01=100").unwrap();
        let over = ValueSource::Override { given: "x12.annual_cap@1970-07-01=100".into() };
        assert_eq!(ps.source_on("x12.annual_cap", 150), Some(&law));
        assert_eq!(ps.source_on("x12.annual_cap", 181), Some(&over));
        let id = ps.id("x12.annual_cap").unwrap();
        assert_eq!(ps.source_at(id, 181), Some(&over));
        let json = serde_json::to_value(ps.get("x12.annual_cap").unwrap()).unwrap();
        assert_eq!(json["values"][0]["source"], serde_json::json!({"layer": "law", "section": "12"}));
        assert_eq!(json["values"][1]["source"]["layer"], "override");
        assert_eq!(json["favours"], "lower");
        assert_eq!(json["changeable_by"], serde_json::json!(["agreement", "contract"]));
    }

    fn with(unit: &str, choices: &[&str], favours: Favours) -> Param {
        let mut x = p().all()[0].clone();
        x.unit = unit.into();
        x.choices = choices.iter().map(|c| (*c).to_string()).collect();
        x.favours = favours;
        x
    }

    /// A direction must fit the unit: higher/lower on numbers, true/false on switches, on a
    /// choice a permutation of its choices, on text none; a bad word is refused by name.
    #[test]
    fn direction_fits_the_unit() {
        let order = |v: &[&str]| Favours::Order(v.iter().map(|c| (*c).to_string()).collect());
        assert!(with("h", &[], Favours::Higher).check_direction().is_ok());
        assert!(with("x", &[], Favours::Lower).check_direction().is_ok());
        assert!(with("text", &[], Favours::None).check_direction().is_ok());
        assert!(with("bool", &[], Favours::Flag(true)).check_direction().is_ok());
        assert!(with("choice", &["a", "b"], order(&["b", "a"])).check_direction().is_ok());
        let e = with("bool", &[], Favours::Higher).check_direction().unwrap_err();
        assert!(e.contains("x12.annual_cap") && e.contains("true or false"), "{e}");
        assert!(with("h", &[], Favours::Flag(false)).check_direction().is_err());
        assert!(with("text", &[], Favours::Lower).check_direction().is_err());
        assert!(with("choice", &["a", "b"], Favours::Higher).check_direction().is_err());
        let e = with("choice", &["a", "b"], order(&["a"])).check_direction().unwrap_err();
        assert!(e.contains("each of its choices"), "{e}");
        assert!(with("choice", &["a", "b"], order(&["a", "a"])).check_direction().is_err());
        assert!(with("choice", &["a", "b"], order(&["a", "b", "c"])).check_direction().is_err());
        assert!(Favours::parse_word("more").unwrap_err().contains("expected higher, lower"));
        assert_eq!(Favours::parse_word("lower"), Ok(Favours::Lower));
        assert!(Changer::parse("employer").unwrap_err().contains("expected agreement, contract or nobody"));
    }

    #[test]
    fn dated_values_and_overrides() {
        let mut ps = p();
        assert!(matches!(ps.try_num("x12.annual_cap", 99), Err(ParamError::Missing { .. })));
        assert_eq!(ps.minutes("x12.annual_cap", 100), 7200);
        ps.set("x12.annual_cap@1970-07-01=100").unwrap();
        assert_eq!(ps.minutes("x12.annual_cap", 150), 7200);
        assert_eq!(ps.minutes("x12.annual_cap", 181), 6000);
        assert_eq!(ps.stable_range(150), (100, 181));
        assert_eq!(ps.stable_range(181), (181, Day::MAX));
        assert_eq!(ps.stable_range(5), (Day::MIN, 100));
        let id = ps.id("x12.annual_cap").unwrap();
        assert_eq!(ps.minutes_at(id, 181), 6000);
        assert!(matches!(ps.set("nope=1"), Err(ParamError::Unknown(_))));
        assert!(matches!(ps.set("x12.annual_cap=lots"), Err(ParamError::BadValue(_))));
    }

    crate::choices! {
        /// A test choice.
        enum Ab { A = "a", B = "b" }
    }

    fn params() -> Params {
        let mut list = vec![p().all()[0].clone()];
        let mut c = with("choice", &["b", "a"], Favours::None);
        c.name = "x12.reading".into();
        c.values[0].value = Value::Text("b".into());
        list.push(c);
        let mut f = with("bool", &[], Favours::None);
        f.name = "x12.switch".into();
        f.values[0].value = Value::Bool(true);
        list.push(f);
        Params::new(list)
    }

    /// Handles bound once read what the names read, a dated override included, and a choice
    /// reads as its type whatever order the data lists the choices in.
    #[test]
    fn handles_read_what_names_read() {
        let mut ps = params();
        ps.set("x12.annual_cap@1970-07-01=100").unwrap();
        ps.set("x12.reading@1970-07-01=a").unwrap();
        let mut b = Binder::new(&ps);
        let cap = b.minutes("x12.annual_cap");
        let n = b.num("x12.annual_cap");
        let reading: Choice<Ab> = b.choice("x12.reading");
        let switch = b.flag("x12.switch");
        assert_eq!(b.names(), ["x12.annual_cap", "x12.reading", "x12.switch"]);
        b.finish().unwrap();
        for day in [150, 181] {
            assert_eq!(cap.at(&ps, day), ps.minutes("x12.annual_cap", day));
            assert_eq!(n.at(&ps, day), ps.num("x12.annual_cap", day));
            assert_eq!(switch.at(&ps, day), ps.flag("x12.switch", day));
        }
        assert_eq!(reading.at(&ps, 150), Ab::B);
        assert_eq!(reading.at(&ps, 181), Ab::A);
    }

    /// A name the law does not declare, a unit other than the handle reads, or a choice whose
    /// choices are not the type's, fails at load with a line naming the parameter.
    #[test]
    fn binding_fails_at_load_with_a_clear_error() {
        let ps = params();
        let mut b = Binder::new(&ps);
        let _ = b.minutes("x12.nope");
        let _ = b.flag("x12.annual_cap");
        let _ = b.minutes("x12.reading");
        let _ = b.num("x12.switch");
        crate::choices! {
            /// Another test choice.
            enum Abc { A = "a", B = "b", C = "c" }
        }
        let _: Choice<Abc> = b.choice("x12.reading");
        let errs = b.finish().unwrap_err();
        assert_eq!(errs.len(), 5, "{errs:?}");
        assert!(errs[0].contains("x12.nope") && errs[0].contains("not declared"), "{}", errs[0]);
        assert!(errs[1].contains("x12.annual_cap is of unit h") && errs[1].contains("a switch"), "{}", errs[1]);
        assert!(errs[2].contains("x12.reading is of unit choice") && errs[2].contains("minutes"), "{}", errs[2]);
        assert!(errs[3].contains("x12.switch is of unit bool") && errs[3].contains("a number"), "{}", errs[3]);
        assert!(errs[4].contains("choices [b, a]") && errs[4].contains("[a, b, c]"), "{}", errs[4]);
    }

    /// A scope's names are those bound inside it, each once, and the binder keeps them all.
    #[test]
    fn a_scope_lists_what_it_bound() {
        let ps = params();
        let mut b = Binder::new(&ps);
        let _ = b.flag("x12.switch");
        let ((), inner) = b.scope(|b| {
            let _ = b.minutes("x12.annual_cap");
            let _ = b.minutes("x12.annual_cap");
            let _: Choice<Ab> = b.choice("x12.reading");
        });
        assert_eq!(inner, ["x12.annual_cap", "x12.reading"]);
        assert_eq!(b.names(), ["x12.switch", "x12.annual_cap", "x12.reading"]);
    }

    /// A rule's limit is the one handle it marks; marking two, or a group of handles, fails at
    /// load naming them.
    #[test]
    fn a_limit_is_one_marked_handle() {
        let ps = params();
        let mut b = Binder::new(&ps);
        let _ = b.flag("x12.switch");
        let _ = b.limit(|b| b.minutes("x12.annual_cap"));
        assert_eq!(b.take_limit(), Some("x12.annual_cap"));
        assert_eq!(b.take_limit(), None);
        b.finish().unwrap();
        let mut b = Binder::new(&ps);
        let _ = b.limit(|b| b.minutes("x12.annual_cap"));
        let _ = b.limit(|b| b.flag("x12.switch"));
        let _ = b.limit(|b| (b.flag("x12.switch"), b.minutes("x12.annual_cap")));
        let errs = b.finish().unwrap_err();
        assert!(errs[0].contains("two limits: x12.annual_cap and x12.switch"), "{errs:?}");
        assert!(errs[1].contains("one parameter"), "{errs:?}");
    }

    /// A `--set` value far beyond its unit's range used to be taken (and overflowed the minutes
    /// or the pay arithmetic later); now it is refused naming the parameter and the range.
    #[test]
    fn set_values_have_a_range() {
        let mut ps = p();
        let e = ps.set("x12.annual_cap=79228162514264337593543950335").expect_err("beyond a year of hours");
        assert!(e.to_string().contains("from 0 to 8784 (h) for x12.annual_cap"), "{e}");
        assert!(ps.set("x12.annual_cap=-1").is_err());
        assert!(ps.set("x12.annual_cap=8784").is_ok());
        assert!(ps.set("x12.annual_cap=0").is_ok());
        assert_eq!(unit_range("x"), Some(Decimal::from(100)));
        assert_eq!(unit_range("money"), Some(Decimal::from(1_000_000_000)));
        assert_eq!(unit_range("choice"), None);
    }
}
