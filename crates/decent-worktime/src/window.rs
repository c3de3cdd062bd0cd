//! A shift's worked minutes inside a daily window (such as the night), the break excluded.
//!
//! The break is not working time. Where the input records when it starts (`break_start`), it is
//! placed there; where it does not, it is spread over the shift in proportion, so that a shift's
//! worked minutes split into the window and the rest never lose or gain a minute (a pack names
//! this reading as an interpretation of its own break section).

use decent_core::model::{Shift, NONE_U16};
use decent_core::rule::Derived;
use decent_core::time::{day_of, minutes_in_daily_window, Day, Span};
use decent_core::Ctx;

/// Minutes of the break that fall in the daily window `[from, to)`, given the shift's minutes
/// in that window (`inside`).
fn break_in_window(s: &Shift, from: i32, to: i32, inside: i32) -> i32 {
    let b = i32::from(s.break_minutes);
    if b == 0 {
        return 0;
    }
    if s.break_offset != NONE_U16 {
        let start = s.start + i32::from(s.break_offset);
        let span = Span::new(start, (start + b).min(s.end));
        return minutes_in_daily_window(span, from, to);
    }
    let clock = s.clock_minutes();
    if clock <= 0 {
        return 0;
    }
    // Proportional share, rounded to the nearest minute.
    ((i64::from(inside) * i64::from(b.min(clock)) + i64::from(clock) / 2) / i64::from(clock)) as i32
}

/// Worked minutes of a shift inside the daily window `[from, to)` (minutes of the day; a window
/// with `from > to` wraps midnight), the break excluded.
#[inline]
#[must_use]
pub fn worked_in_window(s: &Shift, from: i32, to: i32) -> i32 {
    let inside = minutes_in_daily_window(s.span(), from, to);
    if inside == 0 {
        // The break lies within the shift, so none of it is in the window either.
        return 0;
    }
    (inside - break_in_window(s, from, to, inside)).clamp(0, s.worked_minutes())
}

/// The worked minutes of each of the employee's shifts in one daily window, by shift index, in
/// the window read on the first shift's day; `window` is `None` when a parameter changes value
/// between the first shift's day and the last's.
#[derive(Default)]
struct WindowMinutes {
    done: bool,
    window: Option<(i32, i32)>,
    minutes: Vec<i32>,
}

impl Derived for WindowMinutes {
    fn clear(&mut self) {
        self.done = false;
        self.window = None;
        self.minutes.clear();
    }
}

/// Calls `f` with the daily window `(from, to)` and the worked minutes in it of every shift of
/// the employee ([`worked_in_window`], by shift index), worked out once per employee for every
/// rule that reads the same window (`window(day)` is the window in force on a day, and must be
/// the same reading for every caller of one employee); `None` when the window could differ from
/// one shift's day to another's, for the caller to count shift by shift.
pub fn with_window_minutes<R>(
    cx: &Ctx<'_>,
    window: impl FnOnce(Day) -> (i32, i32),
    f: impl FnOnce(Option<((i32, i32), &[i32])>) -> R,
) -> R {
    cx.cache.with(|n: &mut WindowMinutes| {
        if !n.done {
            n.done = true;
            if let (Some(first), Some(last)) = (cx.shifts.first(), cx.shifts.last()) {
                let (d0, d1) = (day_of(first.start), day_of(last.start));
                let (lo, hi) = cx.law.params.stable_range(d0);
                if lo <= d0 && d1 < hi {
                    let (from, to) = window(d0);
                    n.window = Some((from, to));
                    n.minutes.extend(cx.shifts.iter().map(|s| worked_in_window(s, from, to)));
                }
            }
        }
        f(n.window.map(|w| (w, n.minutes.as_slice())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NIGHT: (i32, i32) = (22 * 60, 6 * 60);

    fn shift(start: i32, end: i32, brk: u16, offset: u16) -> Shift {
        Shift { break_minutes: brk, break_offset: offset, ..Shift::plain(0, start, end, 2) }
    }

    /// Worked out by hand: 22:00–06:30 with 30 minutes of break. Unplaced, the break is spread
    /// in proportion (480 of 510 clock minutes at night: 28 of the 30); placed at 02:00 it is all
    /// at night; placed at 06:00 none of it is.
    #[test]
    fn the_break_is_placed_or_spread() {
        let (start, end) = (22 * 60, 30 * 60 + 30);
        assert_eq!(worked_in_window(&shift(start, end, 30, NONE_U16), NIGHT.0, NIGHT.1), 480 - 28);
        assert_eq!(worked_in_window(&shift(start, end, 30, 4 * 60), NIGHT.0, NIGHT.1), 450);
        assert_eq!(worked_in_window(&shift(start, end, 30, 8 * 60), NIGHT.0, NIGHT.1), 480);
        assert_eq!(worked_in_window(&shift(8 * 60, 16 * 60, 30, NONE_U16), NIGHT.0, NIGHT.1), 0);
    }

    /// The minutes of every shift are worked out once per employee, in the window read on the
    /// first shift's day.
    #[test]
    fn window_minutes_are_kept_per_employee() {
        let law = crate::test_util::empty_law();
        let e = decent_core::Employee::new("a");
        let mut cache = decent_core::rule::EmployeeCache::new();
        cache.next_employee();
        let shifts = [shift(22 * 60, 30 * 60, 0, NONE_U16), shift(32 * 60, 40 * 60, 0, NONE_U16)];
        let cx = crate::test_util::ctx(&law, &e, &shifts, &cache);
        let got = with_window_minutes(&cx, |_| NIGHT, |k| k.map(|(w, m)| (w, m.to_vec())));
        assert_eq!(got, Some((NIGHT, vec![480, 0])));
        let again = with_window_minutes(&cx, |_| (0, 1), |k| k.map(|(w, m)| (w, m.to_vec())));
        assert_eq!(again, got, "kept, not read again");
    }

    proptest! {
        /// The minutes inside a window and inside its complement add up to the worked minutes:
        /// splitting a shift at the window never loses or gains a minute.
        #[test]
        fn a_window_and_its_complement_add_up(start in 0i32..10_000, len in 1i32..2_000, brk in 0u16..600, at in proptest::option::of(0u16..2_000), from in 0i32..1440, to in 0i32..1440) {
            prop_assume!(from != to);
            let brk = brk.min(len as u16);
            let offset = at.filter(|&a| i32::from(a) + i32::from(brk) <= len).unwrap_or(NONE_U16);
            let s = shift(start, start + len, brk, offset);
            let inside = worked_in_window(&s, from, to);
            let outside = worked_in_window(&s, to, from);
            prop_assert!(inside >= 0 && outside >= 0);
            let total = inside + outside;
            // Rounding each share to a minute may leave one minute either way.
            prop_assert!((total - s.worked_minutes()).abs() <= 1, "{inside} + {outside} vs {}", s.worked_minutes());
        }
    }
}
