//! Festive-day calendars built from dated rules, with Easter computed.
//!
//! A pack describes its festive days as rules (a fixed date, an offset from Easter, the n-th
//! weekday of a month), each valid over a range of dates and citing its source; the calendar
//! expands them once into a per-day table so that a lookup is an array index.
//!
//! The table covers the years it was built for and no others: outside them no day is festive,
//! which would be a silent wrong answer, so whoever decides something by festive days asks
//! [`Calendar::require`] first and refuses a day outside ([`OutsideCalendar`]).

use serde::Serialize;

use crate::time::{civil_from_days, days_from_civil, weekday, ymd, Day};

/// A day outside the years a festive calendar covers: its festive days are not known, so
/// nothing that depends on them can be decided.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{day} is outside the years the festive calendar covers ({first}–{last}): its festive days are not known")]
pub struct OutsideCalendar {
    /// The day, `YYYY-MM-DD`.
    pub day: String,
    /// First year covered.
    pub first: i32,
    /// Last year covered.
    pub last: i32,
}

/// How a festive day's date is found each year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRule {
    /// The same month and day every year.
    Fixed {
        /// Month 1..=12.
        month: u32,
        /// Day of month.
        day: u32,
    },
    /// Days after (negative: before) Easter Sunday (Gregorian).
    Easter {
        /// Offset in days.
        offset: i32,
    },
    /// The n-th given weekday of a month (Mother's Day: 2nd Sunday of May).
    NthWeekday {
        /// Month 1..=12.
        month: u32,
        /// Monday = 0 … Sunday = 6.
        weekday: u8,
        /// 1-based.
        n: u32,
    },
}

/// A festive day rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FestiveRule {
    /// Name, e.g. "Good Friday".
    pub name: String,
    /// How its date is found.
    pub rule: DateRule,
    /// First day the rule is in force.
    pub valid_from: Day,
    /// Last day the rule is in force (inclusive), if it ended.
    pub valid_to: Option<Day>,
    /// Public source of the rule (the law that made it).
    pub source: String,
    /// When the day falls on a Saturday or Sunday, the next Monday is the festive day off from
    /// this date on (None: never moved).
    pub moved_from_weekend_since: Option<Day>,
}

/// One festive date as the calendar holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Festive {
    /// Index of the rule that made it.
    pub rule: usize,
    /// The day.
    pub day: Day,
    /// True when this is the Monday a weekend festive day was moved to.
    pub moved: bool,
}

/// Festive days expanded over a range of years.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    rules: Vec<FestiveRule>,
    /// The years the table covers (`from_year`, `to_year`).
    years: (i32, i32),
    first: Day,
    /// Per day from `first`: 0 none, else rule index + 1; high bit set for a moved day.
    table: Vec<u16>,
}

const MOVED: u16 = 0x8000;

/// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
#[must_use]
pub fn easter(year: i32) -> Day {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    days_from_civil(year, month as u32, day as u32)
}

impl DateRule {
    /// The date in `year`, if it exists (a 29 February rule in a common year does not).
    #[must_use]
    pub fn in_year(&self, year: i32) -> Option<Day> {
        match *self {
            DateRule::Fixed { month, day } => ymd(year, month, day),
            DateRule::Easter { offset } => Some(easter(year) + offset),
            DateRule::NthWeekday { month, weekday: wd, n } => {
                let first = ymd(year, month, 1)?;
                let shift = (i32::from(wd) - i32::from(weekday(first))).rem_euclid(7);
                let d = first + shift + 7 * (n as i32 - 1);
                (civil_from_days(d).1 == month).then_some(d)
            }
        }
    }
}

impl Calendar {
    /// Expands `rules` over the years `from_year..=to_year`.
    #[must_use]
    pub fn new(rules: Vec<FestiveRule>, from_year: i32, to_year: i32) -> Self {
        let first = days_from_civil(from_year, 1, 1);
        let last = days_from_civil(to_year, 12, 31);
        let mut table = vec![0u16; (last - first + 1).max(0) as usize];
        for (ri, r) in rules.iter().enumerate() {
            let tag = u16::try_from(ri + 1).unwrap_or(!MOVED);
            for y in from_year..=to_year {
                let Some(d) = r.rule.in_year(y) else { continue };
                if d < r.valid_from || r.valid_to.is_some_and(|t| d > t) || d < first || d > last {
                    continue;
                }
                let idx = (d - first) as usize;
                if table[idx] == 0 {
                    table[idx] = tag;
                }
                if r.moved_from_weekend_since.is_some_and(|s| d >= s) && weekday(d) >= 5 {
                    let monday = d + (7 - i32::from(weekday(d)));
                    // The next day that is not already festive.
                    let mut m = monday;
                    while m <= last && table[(m - first) as usize] != 0 {
                        m += 1;
                    }
                    if m <= last {
                        table[(m - first) as usize] = tag | MOVED;
                    }
                }
            }
        }
        Self { rules, years: (from_year, to_year), first, table }
    }

    /// The first and last years the calendar covers.
    #[must_use]
    pub fn years(&self) -> (i32, i32) {
        self.years
    }

    /// `Ok` when every day of `from..=to` lies in the years the calendar covers; else the first
    /// day outside, as an error that says the festive days of it are not known.
    ///
    /// # Errors
    /// A day of the range outside the calendar's years.
    pub fn require(&self, from: Day, to: Day) -> Result<(), OutsideCalendar> {
        let outside = [from, to].into_iter().find(|&d| !self.covers(d));
        match outside {
            None => Ok(()),
            Some(d) => Err(OutsideCalendar { day: crate::time::fmt_day(d), first: self.years.0, last: self.years.1 }),
        }
    }

    /// The rules the calendar was built from.
    #[must_use]
    pub fn rules(&self) -> &[FestiveRule] {
        &self.rules
    }

    /// The festive day on `day`, if any.
    #[must_use]
    pub fn festive(&self, day: Day) -> Option<Festive> {
        let idx = usize::try_from(day - self.first).ok()?;
        let v = *self.table.get(idx)?;
        (v != 0).then(|| Festive { rule: usize::from(v & !MOVED) - 1, day, moved: v & MOVED != 0 })
    }

    /// True when `day` is a festive day.
    #[must_use]
    pub fn is_festive(&self, day: Day) -> bool {
        self.festive(day).is_some()
    }

    /// The name of the festive day on `day`.
    #[must_use]
    pub fn name(&self, day: Day) -> Option<&str> {
        self.festive(day).map(|f| self.rules[f.rule].name.as_str())
    }

    /// Festive days in `from..=to`, in order.
    #[must_use]
    pub fn between(&self, from: Day, to: Day) -> Vec<Festive> {
        (from..=to).filter_map(|d| self.festive(d)).collect()
    }

    /// The range of years the table covers.
    #[must_use]
    pub fn covers(&self, day: Day) -> bool {
        day.checked_sub(self.first).and_then(|i| usize::try_from(i).ok()).is_some_and(|i| i < self.table.len())
    }
}

/// A catalogue key for a festive day's name: `prefix`, then the name's words in kebab case,
/// without a part in brackets or apostrophes (`("holiday", "Midsummer Eve (Līgo Day)")` →
/// `holiday-midsummer-eve`).
#[must_use]
pub fn name_key(prefix: &str, name: &str) -> String {
    let name = name.split(" (").next().unwrap_or(name);
    let mut key = String::from(prefix);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_known_years() {
        // Gregorian Easter Sundays: 1994-04-03, 2000-04-23, 2024-03-31, 2025-04-20, 2038-04-25.
        assert_eq!(civil_from_days(easter(1994)), (1994, 4, 3));
        assert_eq!(civil_from_days(easter(2000)), (2000, 4, 23));
        assert_eq!(civil_from_days(easter(2024)), (2024, 3, 31));
        assert_eq!(civil_from_days(easter(2025)), (2025, 4, 20));
        assert_eq!(civil_from_days(easter(2038)), (2038, 4, 25));
    }

    #[test]
    fn nth_weekday_and_moves() {
        let mothers = DateRule::NthWeekday { month: 5, weekday: 6, n: 2 };
        assert_eq!(mothers.in_year(1994).map(civil_from_days), Some((1994, 5, 8)));
        let rules = vec![FestiveRule {
            name: "X".into(),
            rule: DateRule::Fixed { month: 11, day: 18 },
            valid_from: days_from_civil(1990, 1, 1),
            valid_to: None,
            source: "test".into(),
            moved_from_weekend_since: Some(days_from_civil(2007, 1, 1)),
        }];
        let c = Calendar::new(rules, 1994, 2030);
        // 18 Nov 2007 was a Sunday: moved to Monday 19 Nov.
        let d = days_from_civil(2007, 11, 19);
        assert!(c.festive(d).is_some_and(|f| f.moved));
        assert!(c.is_festive(days_from_civil(2007, 11, 18)));
        // 18 Nov 1995 was a Saturday, before moves existed.
        assert!(!c.is_festive(days_from_civil(1995, 11, 20)));
        assert!(c.festive(days_from_civil(1800, 1, 1)).is_none());
        assert_eq!(c.years(), (1994, 2030));
        assert!(c.require(days_from_civil(1994, 1, 1), days_from_civil(2030, 12, 31)).is_ok());
        let e = c.require(days_from_civil(1993, 12, 31), days_from_civil(1994, 1, 2)).expect_err("1993 is outside");
        assert_eq!(e.day, "1993-12-31");
        assert!(c.require(days_from_civil(2000, 1, 1), days_from_civil(2031, 1, 1)).is_err());
    }

    #[test]
    fn a_names_key_is_its_words_in_kebab_case() {
        assert_eq!(name_key("holiday", "Midsummer Eve (Līgo Day)"), "holiday-midsummer-eve");
        assert_eq!(name_key("festive", "Mother's Day"), "festive-mothers-day");
        assert_eq!(name_key("festive", "New Year's Eve"), "festive-new-years-eve");
    }
}
