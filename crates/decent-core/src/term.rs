//! Term arithmetic: jurisdiction-neutral calendar terms with every step of the reasoning.
//!
//! A term of N years, months, weeks or days runs from an event; it sets in on the day after the
//! event and expires on the day the length reaches: the same date N months (years) later, or the
//! last day of that month when it has no such date; the same weekday N weeks later; the N-th day
//! after the event. Periods a statute excludes from a term (sick leave, leave) extend it, one day
//! for each excluded day inside it. A term that expires on a day that is not a working day
//! expires on the next working day. A ceiling caps the result.
//!
//! The core names no country and no section: which days are not working days, and the section
//! that justifies each step, come from the caller (a jurisdiction pack), through [`Reckoning`]
//! and [`Term`]. Every step is returned as a [`Step`] with that section and a [`Message`] (a key
//! of `decent-i18n`'s `terms.ftl` with typed arguments), so that it reads in the user's language.

use crate::message::Message;
use crate::model::{Absence, AbsenceKind};
use crate::time::{civil_from_days, days_from_civil, days_in_month, Day};

/// The unit of a term's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Calendar days.
    Days,
    /// Weeks of seven days.
    Weeks,
    /// Calendar months.
    Months,
    /// Calendar years.
    Years,
}

/// A term's length: `n` units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Length {
    /// How many units (0 or more).
    pub n: i32,
    /// Which unit.
    pub unit: Unit,
}

impl Length {
    /// `n` days.
    #[must_use]
    pub fn days(n: i32) -> Self {
        Self { n, unit: Unit::Days }
    }
    /// `n` weeks.
    #[must_use]
    pub fn weeks(n: i32) -> Self {
        Self { n, unit: Unit::Weeks }
    }
    /// `n` months.
    #[must_use]
    pub fn months(n: i32) -> Self {
        Self { n, unit: Unit::Months }
    }
    /// `n` years.
    #[must_use]
    pub fn years(n: i32) -> Self {
        Self { n, unit: Unit::Years }
    }
}

impl Length {
    /// The length as a message (`term-length`: `3 months`, `3 mēneši`).
    #[must_use]
    pub fn message(self) -> Message {
        let unit = match self.unit {
            Unit::Days => "days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Years => "years",
        };
        Message::new("term-length").count("n", self.n).text("unit", unit)
    }
}

impl std::fmt::Display for Length {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            Unit::Days => "day",
            Unit::Weeks => "week",
            Unit::Months => "month",
            Unit::Years => "year",
        };
        write!(f, "{} {unit}{}", self.n, if self.n == 1 { "" } else { "s" })
    }
}

/// One step of the reasoning: what was decided, the section that justifies it, and the day it
/// concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// What was decided, as a message (a key of `terms.ftl` or of the pack's catalogue).
    pub message: Message,
    /// The section that justifies it, as the pack writes it (`257`).
    pub section: String,
    /// The day the step concerns.
    pub date: Day,
}

/// How a jurisdiction counts terms: the section stating the counting rules, and which days are
/// not working days.
pub struct Reckoning<'a> {
    /// The section of the counting rules (day after the event, month ends, holiday move).
    pub section: String,
    /// `Some(reason)` when the day is not a working day ("Sunday, the weekly holiday"), the
    /// reason a message of the pack's catalogue.
    pub non_working: &'a dyn Fn(Day) -> Option<Message>,
}

impl std::fmt::Debug for Reckoning<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reckoning").field("section", &self.section).finish_non_exhaustive()
    }
}

/// A period (inclusive days) that a section excludes from a term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excluded {
    /// First day.
    pub from: Day,
    /// Last day (inclusive).
    pub to: Day,
    /// What it is ("temporary disablement (sick)"), a message of the pack's catalogue.
    pub what: Message,
    /// The section that excludes it.
    pub section: String,
}

/// A ceiling: the term never runs past `length` after the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ceiling {
    /// The longest the term may run.
    pub length: Length,
    /// The section that sets it.
    pub section: String,
}

/// A term to compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// What the term is, for the steps ("the employee's notice of resignation"), a message of
    /// the pack's catalogue.
    pub label: Message,
    /// The section that sets the term.
    pub section: String,
    /// Its length.
    pub length: Length,
    /// Periods not counted in it.
    pub excluded: Vec<Excluded>,
    /// A ceiling, if any.
    pub ceiling: Option<Ceiling>,
    /// Whether a last day that is not a working day moves to the next working day.
    pub moves_off_non_working: bool,
}

/// A computed term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The first day of the term (the day after the event).
    pub start: Day,
    /// The last day of the term.
    pub end: Day,
    /// Days excluded from the term (each counted once).
    pub excluded_days: i32,
    /// The reasoning, in order.
    pub steps: Vec<Step>,
}

/// `day` plus `length`, clamping to the month's last day when the month has no such date.
/// Negative lengths count backwards.
#[must_use]
pub fn add(day: Day, length: Length) -> Day {
    match length.unit {
        Unit::Days => day + length.n,
        Unit::Weeks => day + 7 * length.n,
        Unit::Months | Unit::Years => {
            let months = if length.unit == Unit::Years { 12 * length.n } else { length.n };
            let (y, m, d) = civil_from_days(day);
            let total = y * 12 + (m as i32 - 1) + months;
            let (y2, m2) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
            days_from_civil(y2, m2, d.min(days_in_month(y2, m2)))
        }
    }
}

/// True when adding `length` to `day` clamped a date the target month lacks (31 January + one
/// month in a 28-day February).
#[must_use]
pub fn clamped(day: Day, length: Length) -> bool {
    matches!(length.unit, Unit::Months | Unit::Years) && civil_from_days(add(day, length)).2 != civil_from_days(day).2
}

/// The first working day on or after `day` (searches at most ten years ahead; returns the day
/// found or the last day searched).
#[must_use]
pub fn next_working(day: Day, non_working: &dyn Fn(Day) -> Option<Message>) -> Day {
    let mut d = day;
    while non_working(d).is_some() && d < day + 3653 {
        d += 1;
    }
    d
}

/// The last working day on or before `day` (searches at most ten years back).
#[must_use]
pub fn previous_working(day: Day, non_working: &dyn Fn(Day) -> Option<Message>) -> Day {
    let mut d = day;
    while non_working(d).is_some() && d > day - 3653 {
        d -= 1;
    }
    d
}

/// Merged inclusive ranges, sorted.
fn merged(excluded: &[Excluded]) -> Vec<(Day, Day)> {
    let mut v: Vec<(Day, Day)> = excluded.iter().filter(|e| e.to >= e.from).map(|e| (e.from, e.to)).collect();
    v.sort_unstable();
    let mut out: Vec<(Day, Day)> = Vec::with_capacity(v.len());
    for (f, t) in v {
        match out.last_mut() {
            Some(last) if f <= last.1.saturating_add(1) => last.1 = last.1.max(t),
            _ => out.push((f, t)),
        }
    }
    out
}

/// On which day a term begins to run: the day after its event (a term "sets in on the next
/// day after" it) or the day of the event itself (a term "begins on the day of the event").
/// Which one is the law's (or the kind of term's) to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Start {
    /// The first day of the term is the day after the event.
    #[default]
    DayAfter,
    /// The first day of the term is the day of the event.
    OnEvent,
}

/// Computes a term that runs from `event`, with every step; the term begins on the day after
/// the event ([`compute_from`] with [`Start::DayAfter`]).
#[must_use]
pub fn compute(event: Day, term: &Term, r: &Reckoning<'_>) -> Outcome {
    compute_from(event, Start::DayAfter, term, r)
}

/// Computes a term that runs from `event` and begins on the day `start` says, with every step.
///
/// A term of N days ends on its N-th day, counting its first day as the first; a term of weeks,
/// months or years ends on the corresponding day after the event, whichever day it begins on.
/// Excluded periods are counted from the term's first day.
///
/// Order: the first day; the expiry by the length; excluded periods extend the term
/// (one day for each excluded day inside the running term, until stable — found in one pass
/// over the sorted periods, so the cost is `n log n` in the number of periods); a last day
/// that is not a working day moves to the next working day; the ceiling (itself a term counted
/// the same way) caps the result.
#[must_use]
pub fn compute_from(event: Day, first: Start, term: &Term, r: &Reckoning<'_>) -> Outcome {
    let mut steps = Vec::new();
    let start = match first {
        Start::DayAfter => event + 1,
        Start::OnEvent => event,
    };
    steps.push(Step {
        message: Message::new("term-step-counted").msg("label", term.label.clone()).day("event", event),
        section: term.section.clone(),
        date: event,
    });
    let starts = match first {
        Start::DayAfter => "term-step-starts",
        Start::OnEvent => "term-step-starts-on-event",
    };
    steps.push(Step { message: Message::new(starts).day("start", start), section: r.section.clone(), date: start });
    let base = match (first, term.length.unit) {
        // The N-th day counting the day of the event as the first.
        (Start::OnEvent, Unit::Days) if term.length.n > 0 => event + term.length.n - 1,
        _ => add(event, term.length).max(event),
    };
    let expiry = match (first, term.length.unit) {
        (Start::OnEvent, Unit::Days) => Message::new("term-step-expires-days-on-event")
            .msg("length", term.length.message())
            .count("n", term.length.n)
            .day("end", base),
        _ => expiry_message(event, term.length, base),
    };
    steps.push(Step { message: expiry, section: r.section.clone(), date: base });

    // Excluded periods: the term runs `base - event` countable days; every excluded day inside it
    // pushes the end by one.
    let ranges = merged(&term.excluded);
    let mut end = base;
    let mut excluded_days = 0;
    if !ranges.is_empty() {
        // The least fixed point of `end = base + excluded days in [start, end]`, in one pass over
        // the sorted, disjoint ranges: a range that begins inside the running term is counted
        // whole, because every one of its days pushes the end one day further, so the end stays
        // ahead of the range (E ≥ g − 1 gives E + (t − g + 1) ≥ t); the first range that begins
        // after the end begins after every later end too.
        for &(f, t) in &ranges {
            if t < start {
                continue;
            }
            let g = f.max(start);
            if g > end {
                break;
            }
            let n = t - g + 1;
            excluded_days += n;
            end += n;
        }
        // Attribute each counted day to the first listed period (in order of its first day) that
        // covers it: a period's fresh days are those after the last day any earlier period
        // reached, since every earlier period begins no later than it.
        let mut sorted: Vec<&Excluded> = term.excluded.iter().collect();
        sorted.sort_by_key(|e| (e.from, e.to));
        let mut reached = start - 1;
        for e in sorted {
            let within = (e.from.max(start), e.to.min(end));
            if within.1 < within.0 {
                continue;
            }
            let fresh = within.1 - within.0.max(reached + 1) + 1;
            reached = reached.max(within.1);
            if fresh > 0 {
                steps.push(Step {
                    message: Message::new("term-step-excluded")
                        .msg("what", e.what.clone())
                        .day("from", e.from)
                        .day("to", e.to)
                        .count("days", fresh),
                    section: e.section.clone(),
                    date: within.0,
                });
            }
        }
        if excluded_days > 0 {
            steps.push(Step {
                message: Message::new("term-step-extended").count("days", excluded_days).day("end", end),
                section: term.section.clone(),
                date: end,
            });
        }
    }

    if term.moves_off_non_working {
        end = move_forward(end, r, &mut steps);
    }

    if let Some(c) = &term.ceiling {
        let raw = add(event, c.length).max(event);
        let mut cap_steps = Vec::new();
        let cap = if term.moves_off_non_working { move_forward(raw, r, &mut cap_steps) } else { raw };
        if end > cap {
            steps.push(Step {
                message: Message::new("term-step-ceiling")
                    .msg("length", c.length.message())
                    .day("cap", cap)
                    .day("end", end),
                section: c.section.clone(),
                date: cap,
            });
            if cap != raw {
                steps.extend(cap_steps);
            }
            end = cap;
        } else {
            steps.push(Step {
                message: Message::new("term-step-within-ceiling").msg("length", c.length.message()).day("cap", cap),
                section: c.section.clone(),
                date: cap,
            });
        }
    }
    Outcome { start, end, excluded_days, steps }
}

fn expiry_message(event: Day, length: Length, end: Day) -> Message {
    let (_, m0, d0) = civil_from_days(event);
    let (_, _, d1) = civil_from_days(end);
    let key = match length.unit {
        Unit::Days => "term-step-expires-days",
        Unit::Weeks => "term-step-expires-weeks",
        Unit::Months | Unit::Years if d1 != d0 => "term-step-expires-clamped",
        Unit::Months => "term-step-expires-months",
        Unit::Years => "term-step-expires-years",
    };
    Message::new(key)
        .msg("length", length.message())
        .count("n", length.n)
        .count("date", i64::from(d0))
        .text("month_day", format!("{m0:02}-{d0:02}"))
        .day("end", end)
}

fn move_forward(end: Day, r: &Reckoning<'_>, steps: &mut Vec<Step>) -> Day {
    match (r.non_working)(end) {
        None => end,
        Some(reason) => {
            let moved = next_working(end, r.non_working);
            // The other days passed over, each with its reason, as one list.
            let mut also: Option<Message> = None;
            for d in end + 1..moved {
                if let Some(why) = (r.non_working)(d) {
                    let item = Message::new("term-day-reason").day("day", d).msg("reason", why);
                    also = Some(match also {
                        None => item,
                        Some(list) => Message::new("term-list").msg("list", list).msg("item", item),
                    });
                }
            }
            let message = match also {
                None => Message::new("term-step-moved"),
                Some(list) => Message::new("term-step-moved-also").msg("also", list),
            };
            steps.push(Step {
                message: message.day("day", end).msg("reason", reason).day("moved", moved),
                section: r.section.clone(),
                date: moved,
            });
            moved
        }
    }
}

/// A deadline set by a calendar date ("no later than by January 15"), moved to the next working
/// day when it is not one and `moves` is set.
#[must_use]
pub fn on_date(date: Day, label: Message, section: &str, r: &Reckoning<'_>, moves: bool) -> Outcome {
    let mut steps = vec![Step {
        message: Message::new("term-step-on-date").msg("label", label).day("date", date),
        section: section.to_string(),
        date,
    }];
    let end = if moves { move_forward(date, r, &mut steps) } else { date };
    Outcome { start: end, end, excluded_days: 0, steps }
}

/// What to do when the latest day to act falls on a day that is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backward {
    /// Act on the last working day before it.
    PreviousWorkingDay,
    /// Keep the day.
    Keep,
}

/// The latest day to do something that must be done `length` before `date` ("no later than one
/// month before the schedules take effect"), with its steps.
///
/// `section` sets the duty; the counting steps cite the reckoning's section.
#[must_use]
pub fn latest_before(
    date: Day,
    length: Length,
    label: Message,
    section: &str,
    r: &Reckoning<'_>,
    backward: Backward,
) -> Outcome {
    let mut steps = vec![Step {
        message: Message::new("term-step-before").msg("label", label).msg("length", length.message()).day("date", date),
        section: section.to_string(),
        date,
    }];
    let back = Length { n: -length.n, unit: length.unit };
    let raw = add(date, back);
    let key = if clamped(date, back) { "term-step-back-clamped" } else { "term-step-back" };
    let message = Message::new(key).msg("length", length.message()).day("date", date).day("raw", raw);
    steps.push(Step { message, section: r.section.clone(), date: raw });
    let mut end = raw;
    if let Some(reason) = (r.non_working)(raw) {
        match backward {
            Backward::PreviousWorkingDay => {
                end = previous_working(raw, r.non_working);
                steps.push(Step {
                    message: Message::new("term-step-back-moved").day("raw", raw).msg("reason", reason).day("end", end),
                    section: r.section.clone(),
                    date: end,
                });
            }
            Backward::Keep => steps.push(Step {
                message: Message::new("term-step-back-kept").day("raw", raw).msg("reason", reason),
                section: r.section.clone(),
                date: raw,
            }),
        }
    }
    Outcome { start: end, end, excluded_days: 0, steps }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{weekday, ymd};
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> Day {
        days_from_civil(y, m, day)
    }

    fn sundays(day: Day) -> Option<Message> {
        (weekday(day) == 6).then(|| Message::new("sunday"))
    }

    /// The days an exclusion step says it added.
    fn days_added(m: &Message) -> i64 {
        assert_eq!(m.key, "term-step-excluded");
        m.args
            .iter()
            .find_map(|(n, a)| match a {
                crate::Arg::Count(c) if *n == "days" => Some(*c),
                _ => None,
            })
            .unwrap_or(0)
    }

    fn reck(f: &dyn Fn(Day) -> Option<Message>) -> Reckoning<'_> {
        Reckoning { section: "R".into(), non_working: f }
    }

    fn term(length: Length) -> Term {
        Term {
            label: Message::new("the-term"),
            section: "T".into(),
            length,
            excluded: vec![],
            ceiling: None,
            moves_off_non_working: true,
        }
    }

    #[test]
    fn month_ends_clamp() {
        assert_eq!(add(d(1994, 1, 31), Length::months(1)), d(1994, 2, 28));
        assert_eq!(add(d(1996, 1, 31), Length::months(1)), d(1996, 2, 29));
        assert_eq!(add(d(1994, 3, 31), Length::months(-1)), d(1994, 2, 28));
        assert_eq!(add(d(1996, 2, 29), Length::years(1)), d(1997, 2, 28));
        assert_eq!(add(d(1994, 11, 30), Length::months(3)), d(1995, 2, 28));
        assert!(clamped(d(1994, 1, 31), Length::months(1)));
        assert!(!clamped(d(1994, 1, 15), Length::months(1)));
    }

    #[test]
    fn excluded_days_extend_and_chain() {
        // 1 Feb 1994 + 1 month = 1 Mar (Tuesday). Sick 10–14 Feb (5 days) → 6 Mar, a Sunday →
        // 7 Mar. A second period 5–6 Mar falls into the extension and adds two more days.
        let f = sundays;
        let r = reck(&f);
        let mut t = term(Length::months(1));
        t.excluded.push(Excluded {
            from: d(1994, 2, 10),
            to: d(1994, 2, 14),
            what: Message::new("sick"),
            section: "S".into(),
        });
        let o = compute(d(1994, 2, 1), &t, &r);
        assert_eq!(o.end, d(1994, 3, 7));
        assert_eq!(o.excluded_days, 5);
        t.excluded.push(Excluded {
            from: d(1994, 3, 5),
            to: d(1994, 3, 6),
            what: Message::new("leave"),
            section: "S".into(),
        });
        // Overlapping duplicate counts once.
        t.excluded.push(Excluded {
            from: d(1994, 2, 12),
            to: d(1994, 2, 13),
            what: Message::new("dup"),
            section: "S".into(),
        });
        let o = compute(d(1994, 2, 1), &t, &r);
        assert_eq!(o.excluded_days, 7);
        assert_eq!(o.end, d(1994, 3, 8));
        assert!(o.steps.iter().all(|s| !s
            .message
            .args
            .iter()
            .any(|(_, a)| *a == crate::Arg::Msg(Box::new(Message::new("dup"))))));
    }

    /// Two hundred thousand excluded periods (every other day for a thousand years) inside a
    /// term: the fixed point and the attribution used to compare every period with every other
    /// (quadratic: this test did not finish); now one pass after a sort, with every day counted.
    #[test]
    fn many_excluded_periods_cost_a_sort() {
        let f = |_: Day| None;
        let r = reck(&f);
        let event = d(1990, 1, 1);
        let mut t = term(Length::years(1000));
        let base = add(event, t.length);
        let n = 200_000;
        t.excluded = (0..n)
            .map(|k| Excluded {
                from: event + 1 + 2 * k,
                to: event + 1 + 2 * k,
                what: Message::new("x"),
                section: "S".into(),
            })
            .collect();
        let o = compute(event, &t, &r);
        assert_eq!(o.excluded_days, n);
        assert_eq!(o.end, base + n);
        let added = o.steps.iter().filter(|s| s.section == "S").count();
        assert_eq!(added, n as usize);
    }

    /// A period listed twice, and one inside another, add their days once (the fresh days of a
    /// period are those no earlier period reached).
    #[test]
    fn nested_and_repeated_periods_count_once() {
        let f = |_: Day| None;
        let r = reck(&f);
        let mut t = term(Length::days(10));
        let ex = |a: u32, b: u32| Excluded {
            from: d(1994, 1, a),
            to: d(1994, 1, b),
            what: Message::new(format!("{a}-{b}")),
            section: "S".into(),
        };
        t.excluded = vec![ex(3, 8), ex(3, 8), ex(4, 5), ex(6, 12)];
        let o = compute(d(1994, 1, 1), &t, &r);
        // 2–11 January; 3–12 excluded = 10 days → ends 21 January.
        assert_eq!(o.excluded_days, 10);
        assert_eq!(o.end, d(1994, 1, 21));
        let added: Vec<i64> = o.steps.iter().filter(|s| s.section == "S").map(|s| days_added(&s.message)).collect();
        assert_eq!(added, [6, 4]);
    }

    /// A term that begins on the day of its event: days count the event's day as the first, a
    /// month ends on the corresponding date, and an excluded period on the event's day counts.
    #[test]
    fn a_term_may_begin_on_the_day_of_its_event() {
        let f = |_: Day| None;
        let r = reck(&f);
        let o = compute_from(d(2026, 3, 2), Start::OnEvent, &term(Length::days(10)), &r);
        assert_eq!((o.start, o.end), (d(2026, 3, 2), d(2026, 3, 11)));
        let o = compute(d(2026, 3, 2), &term(Length::days(10)), &r);
        assert_eq!((o.start, o.end), (d(2026, 3, 3), d(2026, 3, 12)));
        let o = compute_from(d(2026, 1, 31), Start::OnEvent, &term(Length::months(1)), &r);
        assert_eq!(o.end, d(2026, 2, 28));
        let mut t = term(Length::months(1));
        t.excluded.push(Excluded {
            from: d(2026, 3, 2),
            to: d(2026, 3, 2),
            what: Message::new("x"),
            section: "S".into(),
        });
        assert_eq!(compute_from(d(2026, 3, 2), Start::OnEvent, &t, &r).end, d(2026, 4, 3));
        assert_eq!(compute(d(2026, 3, 2), &t, &r).end, d(2026, 4, 2));
    }

    #[test]
    fn ceiling_caps() {
        let f = |_: Day| None;
        let r = reck(&f);
        let mut t = term(Length::months(1));
        t.excluded.push(Excluded {
            from: d(1994, 1, 10),
            to: d(1994, 12, 31),
            what: Message::new("sick"),
            section: "S".into(),
        });
        t.ceiling = Some(Ceiling { length: Length::months(6), section: "C".into() });
        let o = compute(d(1994, 1, 5), &t, &r);
        assert_eq!(o.end, d(1994, 7, 5));
        assert_eq!(o.steps.last().map(|s| s.section.as_str()), Some("C"));
    }

    #[test]
    fn latest_before_moves_back() {
        let f = sundays;
        let r = reck(&f);
        // 1 May 1994 was a Sunday: one month before 1 June 1994.
        let o =
            latest_before(d(1994, 6, 1), Length::months(1), Message::new("x"), "S", &r, Backward::PreviousWorkingDay);
        assert_eq!(o.end, d(1994, 4, 30));
        let o = latest_before(d(1994, 6, 1), Length::months(1), Message::new("x"), "S", &r, Backward::Keep);
        assert_eq!(o.end, d(1994, 5, 1));
    }

    fn length() -> impl Strategy<Value = Length> {
        (0i32..40, 0u8..4)
            .prop_map(|(n, u)| Length { n, unit: [Unit::Days, Unit::Weeks, Unit::Months, Unit::Years][u as usize] })
    }

    fn holidays(seed: u64) -> impl Fn(Day) -> Option<Message> {
        move |day: Day| {
            let h = (day as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ seed;
            (weekday(day) == 6 || h.is_multiple_of(11)).then(|| Message::new("holiday"))
        }
    }

    /// The fixed point as it was first written: repeat `end = base + excluded days in
    /// [start, end]` until stable (the reference for the one-pass form).
    fn fixed_point_reference(event: Day, t: &Term) -> (Day, i32) {
        let (start, base) = (event + 1, add(event, t.length).max(event));
        let mut end = base;
        loop {
            let n: i32 = (start..=end).filter(|&x| t.excluded.iter().any(|e| e.from <= x && x <= e.to)).count() as i32;
            if base + n == end {
                return (end, n);
            }
            end = base + n;
        }
    }

    proptest! {
        /// The one-pass extension finds the same end and count as repeating until stable.
        #[test]
        fn one_pass_matches_the_fixed_point(event in 0i32..40_000, len in length(),
                                            sick in proptest::collection::vec((-20i32..200, 0i32..40), 0..8)) {
            let f = |_: Day| None;
            let r = reck(&f);
            let mut t = term(len);
            for (off, n) in sick {
                t.excluded.push(Excluded { from: event + off, to: event + off + n, what: Message::new("x"), section: "S".into() });
            }
            let o = compute(event, &t, &r);
            prop_assert_eq!((o.end, o.excluded_days), fixed_point_reference(event, &t));
            let added: i32 = o.steps.iter().filter(|s| s.section == "S")
                .map(|s| days_added(&s.message) as i32)
                .sum();
            prop_assert_eq!(added, o.excluded_days);
        }

        /// The end of a term is never before its event, and never before its plain expiry.
        #[test]
        fn end_never_before_start(event in 0i32..40_000, len in length(), seed in any::<u64>(),
                                  sick in proptest::collection::vec((0i32..400, 0i32..60), 0..4)) {
            let f = holidays(seed);
            let r = reck(&f);
            let mut t = term(len);
            for (off, n) in sick {
                t.excluded.push(Excluded { from: event + off, to: event + off + n, what: Message::new("x"), section: "S".into() });
            }
            let o = compute(event, &t, &r);
            prop_assert!(o.end >= event);
            prop_assert!(o.end >= add(event, len));
            prop_assert!(o.start == event + 1);
            prop_assert!(f(o.end).is_none(), "lands on a working day");
        }

        /// A term whose expiry is a working day is not moved.
        #[test]
        fn working_day_end_not_moved(event in 0i32..40_000, len in length(), seed in any::<u64>()) {
            let f = holidays(seed);
            let r = reck(&f);
            let o = compute(event, &term(len), &r);
            let raw = add(event, len);
            if f(raw).is_none() {
                prop_assert_eq!(o.end, raw);
            } else {
                prop_assert!(o.end > raw);
                prop_assert!((raw..o.end).all(|x| f(x).is_some()));
            }
        }

        /// Adding months keeps the day of month or clamps to the month's last day.
        #[test]
        fn months_clamp(event in 0i32..40_000, n in -30i32..30) {
            let (_, _, d0) = civil_from_days(event);
            let out = add(event, Length::months(n));
            let (y, m, d1) = civil_from_days(out);
            prop_assert!(d1 == d0 || (d1 < d0 && d1 == days_in_month(y, m)));
            prop_assert!(ymd(y, m, d1).is_some());
        }
    }
}

/// Days an employer moved: a weekend day made a working day, or a weekday made a day off.
/// Supplied as data by the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MovedDays {
    days: std::collections::BTreeMap<Day, bool>,
}

impl MovedDays {
    /// No moved days.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `day` as a working day (`true`) or a day off (`false`); a later entry wins
    /// (readers refuse a file that lists a day twice).
    pub fn insert(&mut self, day: Day, working: bool) {
        self.days.insert(day, working);
    }

    /// `Some(true)` for a moved working day, `Some(false)` for a moved day off.
    #[must_use]
    pub fn get(&self, day: Day) -> Option<bool> {
        self.days.get(&day).copied()
    }

    /// How many days are recorded.
    #[must_use]
    pub fn len(&self) -> usize {
        self.days.len()
    }

    /// True when none are.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }
}

/// A kind of deadline a pack computes: its name on the command line, the section that sets the
/// term, what the event is, what the resulting date means, and its options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermKind {
    /// Name on the command line.
    pub name: &'static str,
    /// The section that sets the term.
    pub section: &'static str,
    /// What the event is.
    pub event: &'static str,
    /// What the resulting date is.
    pub meaning: &'static str,
    /// Options: `(name, what it does)`.
    pub options: &'static [(&'static str, &'static str)],
}

/// The catalogue key of a deadline kind's `event` or `meaning` (`deadline-notice-meaning`), or
/// of one of its options (`deadline-notice-option-NAME`).
#[must_use]
pub fn kind_key(kind: &str, what: &str) -> String {
    format!("deadline-{kind}-{what}")
}

/// The kind named `name` in a pack's table of kinds.
#[must_use]
pub fn kind_named<K: Copy>(kinds: &[(K, TermKind)], name: &str) -> Option<K> {
    kinds.iter().find(|k| k.1.name == name).map(|k| k.0)
}

/// The description of `kind` in a pack's table of kinds (the first row's if it has none).
///
/// # Panics
/// When the table is empty.
#[must_use]
pub fn kind_info<K: PartialEq>(kinds: &'static [(K, TermKind)], kind: K) -> &'static TermKind {
    kinds.iter().find(|k| k.0 == kind).map_or(&kinds[0].1, |k| &k.1)
}

/// Every name of a pack's table of kinds, comma-separated (for messages).
#[must_use]
pub fn kind_names<K>(kinds: &[(K, TermKind)]) -> String {
    kinds.iter().map(|k| k.1.name).collect::<Vec<_>>().join(", ")
}

/// The descriptions of a pack's table of kinds, in its order.
#[must_use]
pub fn kind_list<K>(kinds: &[(K, TermKind)]) -> Vec<TermKind> {
    kinds.iter().map(|(_, k)| *k).collect()
}

/// A row of a pack's table of termination grounds: `(name, ground, what the law says of it)`.
pub type GroundRow<G> = (&'static str, G, &'static str);

/// The ground named `name` in a pack's table of grounds.
#[must_use]
pub fn ground_named<G: Copy>(grounds: &[GroundRow<G>], name: &str) -> Option<G> {
    grounds.iter().find(|g| g.0 == name).map(|g| g.1)
}

/// The name of `ground` in a pack's table of grounds, if it has a row.
#[must_use]
pub fn ground_name<G: PartialEq>(grounds: &[GroundRow<G>], ground: G) -> Option<&'static str> {
    grounds.iter().find(|g| g.1 == ground).map(|g| g.0)
}

/// Every name of a pack's table of grounds, comma-separated (for messages).
#[must_use]
pub fn ground_names<G>(grounds: &[GroundRow<G>]) -> String {
    grounds.iter().map(|g| g.0).collect::<Vec<_>>().join(", ")
}

/// The catalogue key of a kind of absence (`absence-sick`).
#[must_use]
pub fn absence_key(k: AbsenceKind) -> &'static str {
    match k {
        AbsenceKind::Sick => "absence-sick",
        AbsenceKind::AnnualLeave => "absence-annual-leave",
        AbsenceKind::Maternity => "absence-maternity",
        AbsenceKind::Childcare => "absence-childcare",
        AbsenceKind::Unpaid => "absence-unpaid",
        AbsenceKind::Study => "absence-study",
        AbsenceKind::BusinessTrip => "absence-business-trip",
        AbsenceKind::DayOff => "absence-day-off",
        AbsenceKind::Other => "absence-other",
    }
}

/// The days of the `absences` whose kind `keep` accepts, excluded from a term under `section`,
/// each named by its kind and input line (`term-absence`).
#[must_use]
pub fn excluded_absences(absences: &[Absence], keep: impl Fn(AbsenceKind) -> bool, section: &str) -> Vec<Excluded> {
    absences
        .iter()
        .filter(|a| keep(a.kind))
        .map(|a| Excluded {
            from: a.from,
            to: a.to,
            what: Message::new("term-absence").key("kind", absence_key(a.kind)).text("line", a.line.to_string()),
            section: section.to_string(),
        })
        .collect()
}

/// The first of `absences` that `pick` accepts by kind and that covers `day`.
#[must_use]
pub fn absence_covering(absences: &[Absence], day: Day, pick: impl Fn(AbsenceKind) -> bool) -> Option<&Absence> {
    absences.iter().find(|a| pick(a.kind) && a.from <= day && day <= a.to)
}

/// A computed deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// The kind's name.
    pub kind: &'static str,
    /// The event it runs from.
    pub event: Day,
    /// The day the kind is about (see [`TermKind::meaning`]).
    pub date: Day,
    /// The first day of the term, where the term runs forward from the event.
    pub start: Option<Day>,
    /// Days excluded from the term.
    pub excluded_days: i32,
    /// The reasoning, each step with its section.
    pub steps: Vec<Step>,
}

/// The outcome of one check of a termination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckStatus {
    /// The protection does not bar the termination.
    Pass,
    /// The protection bars it.
    Refused,
    /// Something the data cannot decide; stated, does not bar.
    Note,
}

impl CheckStatus {
    /// Lower-case name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            CheckStatus::Pass => "pass",
            CheckStatus::Refused => "refused",
            CheckStatus::Note => "note",
        }
    }
}

/// One check of a termination, with its section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The section.
    pub section: String,
    /// Outcome.
    pub status: CheckStatus,
    /// Why, as a message of the pack's catalogue.
    pub message: Message,
}

/// The severance a termination owes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeveranceOwed {
    /// The severance ground, as the pack's pay rules name it (to compute the amount).
    pub ground: &'static str,
    /// At least this many months of average earnings.
    pub months: u32,
    /// The section.
    pub section: String,
    /// In words, as a message of the pack's catalogue.
    pub message: Message,
}

impl Check {
    /// A check under `section`.
    #[must_use]
    pub fn new(section: &str, status: CheckStatus, message: Message) -> Self {
        Check { section: section.to_string(), status, message }
    }
}

/// The verdict on a termination by the employer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// True when no check refuses.
    pub lawful: bool,
    /// Every check, in the order of the statute.
    pub checks: Vec<Check>,
    /// The severance owed, when the ground carries one.
    pub severance: Option<SeveranceOwed>,
    /// The notice term, when notice was given and the ground requires it.
    pub notice: Option<Deadline>,
}

impl Verdict {
    /// The verdict of `checks`: lawful when none refuses.
    #[must_use]
    pub fn of(checks: Vec<Check>, severance: Option<SeveranceOwed>, notice: Option<Deadline>) -> Self {
        let lawful = !checks.iter().any(|c| c.status == CheckStatus::Refused);
        Verdict { lawful, checks, severance, notice }
    }

    /// The checks that refuse.
    pub fn refusals(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| c.status == CheckStatus::Refused)
    }
}

/// What only the user knows about a termination.
#[derive(Debug, Clone, Copy)]
pub struct TerminationFacts<'a> {
    /// The trade union consented in advance.
    pub union_consent: bool,
    /// The day written notice was given personally.
    pub notice_given: Option<Day>,
    /// Days moved by the employer.
    pub moved: &'a MovedDays,
}
