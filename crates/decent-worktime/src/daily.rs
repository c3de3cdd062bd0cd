//! Working time week by week with its days, and a shift's worked minutes in any interval.
//!
//! [`Weeks`] groups days given in order (such as [`crate::days::daily_totals`] gives them) into
//! calendar weeks that keep their days, for readings that weigh a week's days against each
//! other (a longer day offset by a shorter one, the days of work in a week).
//! [`worked_between`] is a shift's worked minutes in an interval, the break placed where the
//! input recorded it, else spread over the shift in proportion; over consecutive intervals the
//! parts add up to the shift's worked minutes exactly.

use decent_core::model::{Shift, NONE_U16};
use decent_core::time::{week_start, Day, Minute};

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
    use decent_core::time::{days_from_civil, start_of_day};
    use proptest::prelude::*;

    fn shift(start: Minute, end: Minute, brk: u16, offset: u16) -> Shift {
        Shift { break_minutes: brk, break_offset: offset, ..Shift::plain(0, start, end, 2) }
    }

    fn at(d: u32, h: i32) -> Minute {
        start_of_day(days_from_civil(2026, 3, d)) + h * 60
    }

    /// Worked out by hand: 20:00–08:00 with a 60-minute break placed at 02:00 (all after
    /// midnight): 240 minutes before midnight, 480 − 60 = 420 after; unplaced, the break is
    /// spread in proportion (4 of 12 hours before midnight: 20 minutes), 220 and 440 — 720 − 60
    /// either way.
    #[test]
    fn a_night_shift_splits_at_midnight_with_its_break() {
        let midnight = at(3, 0);
        let placed = shift(at(2, 20), at(3, 8), 60, 6 * 60);
        assert_eq!(worked_between(&placed, placed.start, midnight), 240);
        assert_eq!(worked_between(&placed, midnight, placed.end), 420);
        let spread = shift(at(2, 20), at(3, 8), 60, NONE_U16);
        assert_eq!(worked_between(&spread, spread.start, midnight), 220);
        assert_eq!(worked_between(&spread, midnight, spread.end), 440);
        assert_eq!(worked_between(&spread, at(1, 0), at(5, 0)), 660, "an interval around the shift holds all of it");
    }

    /// Days group into Monday–Sunday weeks (2 March 2026 is a Monday).
    #[test]
    fn weeks_run_monday_to_sunday() {
        let mon = days_from_civil(2026, 3, 2);
        let mut weeks = Weeks::default();
        let mut got = Vec::new();
        for d in [mon, mon + 6, mon + 7] {
            weeks.push(d, 60, 2, |w| got.push((w.monday, w.minutes(), w.days.len())));
        }
        weeks.finish(|w| got.push((w.monday, w.minutes(), w.days.len())));
        assert_eq!(got, vec![(mon, 120, 2), (mon + 7, 60, 1)]);
    }

    proptest! {
        /// Cut anywhere, a shift's parts add up to its worked minutes, whatever its break.
        #[test]
        fn parts_add_up(start in 0i32..5000, len in 1i32..4000, brk in 0u16..600, off in proptest::option::of(0u16..4000), cut in 0i32..4000) {
            let s = shift(start, start + len, brk, off.unwrap_or(NONE_U16));
            let t = start + cut.min(len);
            let (a, b) = (worked_between(&s, s.start, t), worked_between(&s, t, s.end));
            prop_assert!(a >= 0 && b >= 0);
            prop_assert_eq!(a + b, s.worked_minutes());
        }
    }
}
