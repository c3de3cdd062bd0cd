//! Which day a shift's minutes belong to, daily and weekly totals, and days off by weekday.
//!
//! A shift that crosses midnight either belongs wholly to the day it starts, or each calendar
//! day takes its part: the reading is the caller's ([`Attribution`]), passed in as a value.
//! Either way the parts always add up to the shift's worked minutes.

use decent_core::model::{Shift, ShiftKind};
use decent_core::rule::Derived;
use decent_core::time::{day_of, split_by_day, week_start, weekday, Day, MINUTES_PER_DAY};
use decent_core::Ctx;

use crate::Memo;

/// Which day a shift's worked minutes belong to: the day it starts, or each calendar day in
/// proportion to its clock minutes on that day (the last day takes what rounding left).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attribution {
    /// Each calendar day takes its part (split at midnight); else the start day takes all.
    pub split: bool,
}

impl Attribution {
    /// The whole shift on the day it starts.
    pub const START_DAY: Self = Self { split: false };
    /// Each calendar day its part, split at midnight.
    pub const SPLIT_AT_MIDNIGHT: Self = Self { split: true };

    /// Split at midnight when `split`, else on the start day.
    #[must_use]
    pub const fn new(split: bool) -> Self {
        Self { split }
    }

    /// Calls `f(day, worked minutes)` for each day the shift's worked minutes belong to, in day
    /// order.
    #[inline]
    pub fn each(&self, s: &Shift, f: impl FnMut(Day, i32)) {
        if !self.split {
            let mut f = f;
            f(day_of(s.start), s.worked_minutes());
            return;
        }
        Self::split(s, f);
    }

    /// [`Attribution::each`] when each calendar day takes its part.
    #[inline(never)]
    pub fn split(s: &Shift, mut f: impl FnMut(Day, i32)) {
        let worked = s.worked_minutes();
        let first = day_of(s.start);
        if s.end <= s.start {
            return;
        }
        let last = day_of(s.end - 1);
        if first == last {
            f(first, worked);
            return;
        }
        let clock = s.clock_minutes();
        let mut given = 0;
        for (d, m) in split_by_day(s.span()) {
            let share =
                if d == last { worked - given } else { ((i64::from(m) * i64::from(worked)) / i64::from(clock)) as i32 };
            given += share;
            f(d, share);
        }
    }

    /// The worked minutes of a shift by the day they belong to, as [`Attribution::each`] gives
    /// them.
    #[must_use]
    pub fn by_day(&self, s: &Shift) -> Vec<(Day, i32)> {
        let mut out = Vec::with_capacity(2);
        self.each(s, |d, m| out.push((d, m)));
        out
    }
}

/// Appends to `out` one `(day, minutes, line)` per day with worked minutes of the shifts `keep`
/// selects, in day order; `line` is the input line of the first such shift counted on that day.
/// Days follow `attribution` (the reading in force on each shift's first day, asked once per
/// stretch of unchanged parameters). A shift adds to days from its first day on, and shifts come
/// ordered by start, so only the last few entries can still change: a day is final once a shift
/// starts on a later day.
pub fn daily_totals(
    cx: &Ctx<'_>,
    keep: impl Fn(&Shift) -> bool,
    attribution: impl Fn(Day) -> Attribution,
    out: &mut Vec<(Day, i32, u32)>,
) {
    let mut attr = Memo::default();
    for s in cx.shifts.iter().filter(|s| keep(s)) {
        let line = s.line;
        let d = day_of(s.start);
        let a: Attribution = attr.get(cx, d, &attribution);
        if a.split {
            Attribution::split(s, |d, m| add_to_day(out, d, m, line));
        } else {
            // The usual reading (start day): the whole shift on its first day, without a closure.
            add_to_day(out, d, s.worked_minutes(), line);
        }
    }
}

/// Adds `m` minutes to day `d` of [`daily_totals`]'s list, `line` the first shift's line.
#[inline(always)]
fn add_to_day(out: &mut Vec<(Day, i32, u32)>, d: Day, m: i32, line: u32) {
    match out.last_mut() {
        Some(b) if b.0 == d => b.1 += m,
        Some(b) if b.0 > d => {
            // A day before one a longer shift reached: among the days not yet final.
            let i = out.iter().rposition(|p| p.0 < d).map_or(0, |i| i + 1);
            if out[i].0 == d {
                out[i].1 += m;
            } else {
                out.insert(i, (d, m, line));
            }
        }
        _ => out.push((d, m, line)),
    }
}

/// The ordinary (`kind=work`) minutes of each day of the employee, as [`daily_totals`] gives
/// them, once computed.
#[derive(Default)]
struct OrdinaryDays {
    done: bool,
    days: Vec<(Day, i32, u32)>,
}

impl Derived for OrdinaryDays {
    fn clear(&mut self) {
        self.done = false;
        self.days.clear();
    }
}

/// Calls `f(day, minutes, line)` for each day of [`daily_totals`] of the ordinary (`kind=work`)
/// rows, worked out once per employee (every rule that adds up ordinary hours reads the same
/// list). `attribution` must be the same reading for every caller of one employee.
pub fn ordinary_daily_totals(cx: &Ctx<'_>, attribution: impl Fn(Day) -> Attribution, mut f: impl FnMut(Day, i32, u32)) {
    cx.cache.with(|o: &mut OrdinaryDays| {
        if !o.done {
            daily_totals(cx, |s| s.kind == ShiftKind::Work, attribution, &mut o.days);
            o.done = true;
        }
        for &(d, m, line) in &o.days {
            f(d, m, line);
        }
    });
}

/// Calls `f(monday, minutes)` once per calendar week (Monday–Sunday) with the minutes of that
/// week's days, given in day order by `days` (a walk such as [`ordinary_daily_totals`]).
pub fn weekly_totals(days: impl FnOnce(&mut dyn FnMut(Day, i32)), mut f: impl FnMut(Day, i32)) {
    let mut week: Option<(Day, i32)> = None;
    days(&mut |d, m| match week.as_mut() {
        // A day of the week already open (its Monday to Sunday).
        Some((w, acc)) if *w <= d && d < *w + 7 => *acc += m,
        _ => {
            if let Some((w, acc)) = week {
                f(w, acc);
            }
            week = Some((week_start(d), m));
        }
    });
    if let Some((w, acc)) = week {
        f(w, acc);
    }
}

/// Whether `day` is a day off by the weekday alone: Sunday, and Saturday on a five-day week
/// (`week_days == 5`).
#[inline]
#[must_use]
pub fn weekend_day_off(day: Day, week_days: u8) -> bool {
    let wd = weekday(day);
    wd == 6 || (wd == 5 && week_days == 5)
}

/// Whether `day` is a working weekday of a week of `week_days` days: Monday to Saturday on a
/// week of six days or more, else Monday to Friday.
#[inline]
#[must_use]
pub fn working_weekday(day: Day, week_days: u8) -> bool {
    let wd = weekday(day);
    if week_days >= 6 {
        wd < 6
    } else {
        wd < 5
    }
}

/// Whether every day the shift touches, from the day of its start to the day of its last
/// minute, is a Monday to Friday: `(day_of(start)..=day_of(end - 1)).all(|d| weekday(d) < 5)`,
/// from the shift's minute of the week instead of a walk over its days.
#[inline]
#[must_use]
pub fn mondays_to_fridays_only(s: &Shift) -> bool {
    if s.end > s.start {
        const WEEK: i64 = 7 * MINUTES_PER_DAY as i64;
        // Minutes since the Monday 00:00 before the start (day 4, 1970-01-05, was a Monday).
        let into_week = (i64::from(s.start) - 4 * i64::from(MINUTES_PER_DAY)).rem_euclid(WEEK);
        return into_week + i64::from(s.end - 1 - s.start) < 5 * i64::from(MINUTES_PER_DAY);
    }
    (day_of(s.start)..=day_of(s.end - 1)).all(|d| weekday(d) < 5)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{ctx, empty_law};
    use decent_core::time::{days_from_civil, start_of_day};
    use proptest::prelude::*;

    fn shift(start: i32, end: i32, brk: u16) -> Shift {
        Shift { break_minutes: brk, ..Shift::plain(0, start, end, 2) }
    }

    /// The split of a shift between days as first written (a `Vec` per shift).
    fn reference(split: bool, s: &Shift) -> Vec<(Day, i32)> {
        let worked = s.worked_minutes();
        if !split {
            return vec![(day_of(s.start), worked)];
        }
        let clock = s.clock_minutes().max(1);
        let parts: Vec<(Day, i32)> = split_by_day(s.span()).collect();
        let mut out = Vec::new();
        let mut given = 0;
        for (i, (d, m)) in parts.iter().enumerate() {
            let share = if i + 1 == parts.len() {
                worked - given
            } else {
                ((i64::from(*m) * i64::from(worked)) / i64::from(clock)) as i32
            };
            given += share;
            out.push((*d, share));
        }
        out
    }

    /// Worked by hand: 22:00–06:00 with a 60-minute break is 7 h; split at midnight, 2 of the 8
    /// clock hours fall on the first day (2/8 of 420 = 105 minutes) and the rest (315) on the
    /// second; on the start day all 420 are the first day's.
    #[test]
    fn a_night_shift_split_at_midnight() {
        let d = days_from_civil(1995, 3, 10);
        let s = shift(start_of_day(d) + 22 * 60, start_of_day(d + 1) + 6 * 60, 60);
        assert_eq!(Attribution::SPLIT_AT_MIDNIGHT.by_day(&s), vec![(d, 105), (d + 1, 315)]);
        assert_eq!(Attribution::START_DAY.by_day(&s), vec![(d, 420)]);
    }

    proptest! {
        /// Either reading gives the first form's split minute for minute, in day order, and the
        /// parts add up to the shift's worked minutes.
        #[test]
        fn attribution_agrees_with_the_reference(start in -5_000i32..20_000, len in 0i32..5_000, brk in 0u16..300, split in proptest::bool::ANY) {
            let s = shift(start, start + len, brk.min(len.max(0) as u16));
            let got = Attribution::new(split).by_day(&s);
            prop_assert_eq!(&got, &reference(split, &s));
            prop_assert!(got.windows(2).all(|w| w[0].0 < w[1].0));
            if len > 0 {
                prop_assert_eq!(got.iter().map(|p| p.1).sum::<i32>(), s.worked_minutes());
            }
        }

        /// Daily totals, kept in day order as shifts arrive by start, are the sums of the
        /// shifts' parts by day.
        #[test]
        fn daily_totals_are_the_sums_by_day(mut shifts in proptest::collection::vec((0i32..20_000, 1i32..3_000), 0..30), split in proptest::bool::ANY) {
            shifts.sort_unstable();
            let shifts: Vec<Shift> = shifts.iter().map(|&(s, l)| shift(s, s + l, 0)).collect();
            let law = empty_law();
            let e = decent_core::Employee::new("a");
            let cache = decent_core::rule::EmployeeCache::new();
            let cx = ctx(&law, &e, &shifts, &cache);
            let mut got = Vec::new();
            daily_totals(&cx, |_| true, |_| Attribution::new(split), &mut got);
            let mut want = std::collections::BTreeMap::<Day, i32>::new();
            for s in &shifts {
                Attribution::new(split).each(s, |d, m| *want.entry(d).or_default() += m);
            }
            let got: Vec<(Day, i32)> = got.iter().map(|g| (g.0, g.1)).collect();
            prop_assert_eq!(got, want.into_iter().collect::<Vec<_>>());
        }
    }

    /// Weeks run Monday to Sunday: a Sunday and the next Monday fall in two weeks.
    #[test]
    fn weeks_run_monday_to_sunday() {
        let sunday = days_from_civil(1995, 3, 12);
        let mut got = Vec::new();
        weekly_totals(
            |f| {
                f(sunday - 6, 60);
                f(sunday, 120);
                f(sunday + 1, 30);
            },
            |w, m| got.push((w, m)),
        );
        assert_eq!(got, vec![(sunday - 6, 180), (sunday + 1, 30)]);
    }

    /// Days off by weekday: Sunday always, Saturday on a five-day week; working weekdays the
    /// rest of the week.
    #[test]
    fn days_off_by_weekday() {
        let saturday = days_from_civil(1995, 3, 11);
        assert!(weekend_day_off(saturday, 5) && !weekend_day_off(saturday, 6));
        assert!(weekend_day_off(saturday + 1, 6) && weekend_day_off(saturday + 1, 5));
        assert!(!weekend_day_off(saturday - 1, 5));
        assert!(working_weekday(saturday, 6) && !working_weekday(saturday, 5));
        assert!(!working_weekday(saturday + 1, 6) && working_weekday(saturday - 5, 5));
    }

    /// The quick test of a shift on Monday to Friday only is the walk over its days.
    #[test]
    fn mondays_to_fridays_only_agrees_with_the_days() {
        let base = start_of_day(days_from_civil(1995, 3, 6));
        for start in (-3 * 1440..10 * 1440).step_by(53) {
            for len in [-100, -1, 0, 1, 60, 479, 480, 1439, 1440, 1441, 2 * 1440, 5 * 1440, 8 * 1440] {
                let mut s = shift(base + start, base + start + len.max(0), 0);
                s.end = base + start + len;
                let walk = (day_of(s.start)..=day_of(s.end - 1)).all(|d| weekday(d) < 5);
                assert_eq!(mondays_to_fridays_only(&s), walk, "{start} {len}");
            }
        }
    }
}
