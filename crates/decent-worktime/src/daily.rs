//! Working time day by day and week by week, in one pass over an employee's shifts.
//!
//! A shift's worked minutes (its break excluded) go either wholly to the day it starts, or each
//! calendar day takes its part ([`Split`]): the reading is the caller's, passed in as a value.
//! The break is placed where the input recorded it, else spread over the shift in proportion;
//! either way the parts add up to the shift's worked minutes exactly.

use decent_core::model::{Shift, NONE_U16};
use decent_core::time::{day_of, start_of_day, week_start, Day, Minute};

/// How a shift's minutes are given to days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// Each calendar day takes the part of the shift that falls on it.
    AtMidnight,
    /// The whole shift belongs to the day it starts.
    StartDay,
}

/// Break minutes of `s` before the instant `t` (clamped to the shift).
fn break_before(s: &Shift, t: Minute) -> i32 {
    let b = i32::from(s.break_minutes);
    if b == 0 || t <= s.start {
        return 0;
    }
    let clock = s.clock_minutes();
    if clock <= 0 {
        return 0;
    }
    let b = b.min(clock);
    if t >= s.end {
        return b;
    }
    if s.break_offset != NONE_U16 {
        let from = s.start + i32::from(s.break_offset);
        let to = (from + b).min(s.end);
        return (t.min(to) - from).max(0);
    }
    let elapsed = i64::from(t - s.start);
    ((elapsed * i64::from(b) + i64::from(clock) / 2) / i64::from(clock)) as i32
}

/// Worked minutes of `s` before the instant `t`: clock minutes from the start less the break
/// before `t`; at the end of the shift, [`Shift::worked_minutes`].
fn worked_before(s: &Shift, t: Minute) -> i32 {
    let t = t.clamp(s.start, s.end);
    if t == s.end {
        return s.worked_minutes();
    }
    (t - s.start - break_before(s, t)).clamp(0, s.worked_minutes())
}

/// Worked minutes of `s` in `[from, to)`, the break excluded. Over consecutive intervals the
/// parts add up exactly to the shift's worked minutes.
#[must_use]
pub fn worked_between(s: &Shift, from: Minute, to: Minute) -> i32 {
    if to <= from {
        return 0;
    }
    (worked_before(s, to) - worked_before(s, from)).max(0)
}

/// Calls `f(day, minutes)` for each day that takes worked minutes of `s`, in day order.
pub fn by_day(s: &Shift, split: Split, mut f: impl FnMut(Day, i32)) {
    let first = day_of(s.start);
    match split {
        Split::StartDay => f(first, s.worked_minutes()),
        Split::AtMidnight => {
            let last = if s.end > s.start { day_of(s.end - 1) } else { first };
            for d in first..=last {
                let m = worked_between(s, start_of_day(d).max(s.start), start_of_day(d + 1).min(s.end));
                if m > 0 || first == last {
                    f(d, m);
                }
            }
        }
    }
}

/// Daily totals of worked minutes, built in one pass over shifts ordered by start: `add` a shift,
/// and every day before the day it starts is final and handed to the callback.
#[derive(Debug, Default, Clone)]
pub struct Days {
    /// Days not yet final: `(day, minutes, line of the first shift counted on it)`, by day.
    open: Vec<(Day, i32, u32)>,
}

impl Days {
    /// An empty tally.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `s` (shifts come ordered by start), calling `f(day, minutes, line)` for each day
    /// that became final: the days before the one `s` starts on.
    pub fn add(&mut self, s: &Shift, split: Split, mut f: impl FnMut(Day, i32, u32)) {
        let start = day_of(s.start);
        let done = self.open.iter().take_while(|p| p.0 < start).count();
        for &(d, m, l) in &self.open[..done] {
            f(d, m, l);
        }
        self.open.drain(..done);
        let open = &mut self.open;
        by_day(s, split, |d, m| match open.iter().position(|p| p.0 >= d) {
            Some(i) if open[i].0 == d => open[i].1 += m,
            Some(i) => open.insert(i, (d, m, s.line)),
            None => open.push((d, m, s.line)),
        });
    }

    /// Hands over the days still open, in order, and empties the tally.
    pub fn finish(&mut self, mut f: impl FnMut(Day, i32, u32)) {
        for &(d, m, l) in &self.open {
            f(d, m, l);
        }
        self.open.clear();
    }
}

/// Calls `f(day, minutes, line)` for each day with worked minutes of the shifts `keep` selects
/// (ordered by start), in day order; `line` is the input line of the first shift counted on
/// that day.
pub fn daily_totals(shifts: &[Shift], split: Split, keep: impl Fn(&Shift) -> bool, mut f: impl FnMut(Day, i32, u32)) {
    let mut days = Days::new();
    for s in shifts.iter().filter(|s| keep(s)) {
        days.add(s, split, &mut f);
    }
    days.finish(f);
}

/// The days of one calendar week (Monday–Sunday) that have worked minutes, gathered from days
/// given in order: `(day, minutes, line)`, at most seven.
#[derive(Debug, Default, Clone)]
pub struct Week {
    /// The Monday of the week.
    pub monday: Day,
    /// Its days with minutes, in order.
    pub days: Vec<(Day, i32, u32)>,
}

impl Week {
    /// Minutes of the whole week.
    #[must_use]
    pub fn minutes(&self) -> i32 {
        self.days.iter().map(|d| d.1).sum()
    }
}

/// Groups days given in order into calendar weeks: `push` each day; a day of a later week hands
/// the finished week to the callback.
#[derive(Debug, Default, Clone)]
pub struct Weeks {
    week: Week,
}

impl Weeks {
    /// Adds a day (in day order), calling `f` with the previous week when `day` starts another.
    pub fn push(&mut self, day: Day, minutes: i32, line: u32, mut f: impl FnMut(&Week)) {
        let monday = week_start(day);
        if !self.week.days.is_empty() && monday != self.week.monday {
            f(&self.week);
            self.week.days.clear();
        }
        self.week.monday = monday;
        self.week.days.push((day, minutes, line));
    }

    /// Hands over the last week, if any.
    pub fn finish(&mut self, mut f: impl FnMut(&Week)) {
        if !self.week.days.is_empty() {
            f(&self.week);
            self.week.days.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::days_from_civil;
    use proptest::prelude::*;

    fn shift(start: Minute, end: Minute, brk: u16, offset: u16, line: u32) -> Shift {
        Shift { break_minutes: brk, break_offset: offset, ..Shift::plain(0, start, end, line) }
    }

    fn at(d: u32, h: i32) -> Minute {
        start_of_day(days_from_civil(2026, 3, d)) + h * 60
    }

    fn collect(shifts: &[Shift], split: Split) -> Vec<(Day, i32, u32)> {
        let mut v = Vec::new();
        daily_totals(shifts, split, |_| true, |d, m, l| v.push((d, m, l)));
        v
    }

    /// Worked out by hand: 20:00–08:00 with a 60-minute break placed at 02:00 (all on the second
    /// day): 240 minutes on the first day, 480 − 60 = 420 on the second; unplaced, the break is
    /// spread in proportion (4 of 12 hours before midnight: 20 minutes), 220 and 440 — 720 − 60
    /// either way.
    #[test]
    fn a_night_shift_splits_at_midnight_with_its_break() {
        let d = day_of(at(2, 0));
        let placed = shift(at(2, 20), at(3, 8), 60, 6 * 60, 2);
        assert_eq!(collect(&[placed], Split::AtMidnight), vec![(d, 240, 2), (d + 1, 420, 2)]);
        let spread = shift(at(2, 20), at(3, 8), 60, NONE_U16, 2);
        assert_eq!(collect(&[spread], Split::AtMidnight), vec![(d, 220, 2), (d + 1, 440, 2)]);
        assert_eq!(collect(&[spread], Split::StartDay), vec![(d, 660, 2)]);
    }

    /// A day reached by a night shift and by the next shift that starts on it adds both; a day
    /// is handed over only when final, in order, with the line of its first shift.
    #[test]
    fn days_add_up_in_order() {
        let d = day_of(at(2, 0));
        let v = collect(
            &[shift(at(2, 22), at(3, 6), 0, NONE_U16, 2), shift(at(3, 14), at(3, 18), 0, NONE_U16, 3)],
            Split::AtMidnight,
        );
        assert_eq!(v, vec![(d, 120, 2), (d + 1, 360 + 240, 2)]);
    }

    /// Days group into Monday–Sunday weeks (2 March 2026 is a Monday).
    #[test]
    fn weeks_run_monday_to_sunday() {
        let mon = days_from_civil(2026, 3, 2);
        let mut weeks = Weeks::default();
        let mut got = Vec::new();
        for d in [mon, mon + 6, mon + 7] {
            weeks.push(d, 60, 2, |w| got.push((w.monday, w.minutes())));
        }
        weeks.finish(|w| got.push((w.monday, w.minutes())));
        assert_eq!(got, vec![(mon, 120), (mon + 7, 60)]);
    }

    proptest! {
        /// Split at midnight, a shift's parts add up to its worked minutes, whatever its break.
        #[test]
        fn parts_add_up(start in 0i32..5000, len in 1i32..4000, brk in 0u16..600, off in proptest::option::of(0u16..4000)) {
            let s = shift(start, start + len, brk, off.unwrap_or(NONE_U16), 2);
            let mut sum = 0;
            by_day(&s, Split::AtMidnight, |_, m| { assert!(m >= 0); sum += m });
            prop_assert_eq!(sum, s.worked_minutes());
        }
    }
}
