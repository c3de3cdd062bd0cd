//! A shift's worked minutes inside a daily window (such as the night), the break excluded.
//!
//! The break is not working time. Where the input records when it starts (`break_start`), it is
//! placed there; where it does not, it is spread over the shift in proportion, so that a shift's
//! worked minutes split into the window and the rest never lose or gain a minute (a pack names
//! this reading as an interpretation of its own break section).

use decent_core::model::{Shift, NONE_U16};
use decent_core::time::{minutes_in_daily_window, Span};

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
