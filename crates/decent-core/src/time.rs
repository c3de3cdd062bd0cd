//! Civil (wall-clock) time as plain integers, for the hot path.
//!
//! Rosters and timesheets carry local date-times without an offset. The engine keeps them as
//! **civil minutes**: minutes since 1970-01-01T00:00 on the wall clock, in an `i32` (enough for
//! ±4,000 years). A day is an `i32` count of days since 1970-01-01. Durations are wall-clock
//! differences; that a shift across a daylight-saving change lasts one hour more or less on the
//! clock than in physics is a documented interpretation of each pack, not a hidden choice here.
//!
//! Conversions to and from [`jiff::civil`] types are provided for everything off the hot path;
//! the integer forms exist so that ten million shifts fit in memory and evaluate quickly.

use jiff::civil::{Date, DateTime};

/// Minutes per day.
pub const MINUTES_PER_DAY: i32 = 1440;

/// A wall-clock instant: minutes since 1970-01-01T00:00 (civil, no time zone).
pub type Minute = i32;

/// A civil day: days since 1970-01-01.
pub type Day = i32;

/// Day of week, Monday = 0 … Sunday = 6.
pub type Weekday = u8;

/// The day that holds the instant.
#[must_use]
pub fn day_of(m: Minute) -> Day {
    m.div_euclid(MINUTES_PER_DAY)
}

/// Minute of the day, 0..1440.
#[must_use]
pub fn minute_of_day(m: Minute) -> i32 {
    m.rem_euclid(MINUTES_PER_DAY)
}

/// The first minute of `day`.
#[must_use]
pub fn start_of_day(day: Day) -> Minute {
    day * MINUTES_PER_DAY
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
#[must_use]
pub fn weekday(day: Day) -> Weekday {
    // (day + 3) mod 7 is in 0..7, so the narrowing cannot lose information.
    (day + 3).rem_euclid(7) as u8
}

/// The Monday of the ISO week that holds `day`.
#[must_use]
pub fn week_start(day: Day) -> Day {
    day - Day::from(weekday(day))
}

/// Days since 1970-01-01 of a proleptic Gregorian date; `month` 1..=12, `day` 1..=31.
///
/// No validation: use [`days_from_date`] or [`ymd`] for checked input.
#[must_use]
pub fn days_from_civil(year: i32, month: u32, day: u32) -> Day {
    // Howard Hinnant's algorithm, "chrono-Compatible Low-Level Date Algorithms".
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day count; the inverse of [`days_from_civil`].
#[must_use]
pub fn civil_from_days(z: Day) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The calendar year of a day.
#[must_use]
pub fn year_of(day: Day) -> i32 {
    civil_from_days(day).0
}

/// Days of `month` in `year`.
#[must_use]
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// A checked day count: `None` when the date does not exist.
#[must_use]
pub fn ymd(year: i32, month: u32, day: u32) -> Option<Day> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// The day count of a [`jiff::civil::Date`].
#[must_use]
pub fn days_from_date(d: Date) -> Day {
    days_from_civil(i32::from(d.year()), d.month() as u32, d.day() as u32)
}

/// The [`jiff::civil::Date`] of a day count (clamped to jiff's supported range).
#[must_use]
pub fn date_of(day: Day) -> Date {
    let (y, m, d) = civil_from_days(day);
    let y = y.clamp(-9999, 9999) as i16;
    Date::new(y, m as i8, d as i8).unwrap_or(Date::MIN)
}

/// The civil minute of a [`jiff::civil::DateTime`] (seconds are dropped).
#[must_use]
pub fn minute_from_datetime(dt: DateTime) -> Minute {
    start_of_day(days_from_date(dt.date())) + i32::from(dt.hour()) * 60 + i32::from(dt.minute())
}

/// The [`jiff::civil::DateTime`] of a civil minute.
#[must_use]
pub fn datetime_of(m: Minute) -> DateTime {
    let mod_ = minute_of_day(m);
    date_of(day_of(m)).at((mod_ / 60) as i8, (mod_ % 60) as i8, 0, 0)
}

/// `YYYY-MM-DD` for a day.
#[must_use]
pub fn fmt_day(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DDTHH:MM` for a minute.
#[must_use]
pub fn fmt_minute(m: Minute) -> String {
    let mod_ = minute_of_day(m);
    format!("{}T{:02}:{:02}", fmt_day(day_of(m)), mod_ / 60, mod_ % 60)
}

/// A half-open interval of civil minutes `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First minute inside.
    pub start: Minute,
    /// First minute after.
    pub end: Minute,
}

impl Span {
    /// A span; `end` before `start` gives an empty span at `start`.
    #[must_use]
    pub fn new(start: Minute, end: Minute) -> Self {
        Self { start, end: end.max(start) }
    }

    /// Length in minutes.
    #[must_use]
    pub fn minutes(self) -> i32 {
        self.end - self.start
    }

    /// Minutes shared with `other`.
    #[must_use]
    pub fn overlap(self, other: Span) -> i32 {
        (self.end.min(other.end) - self.start.max(other.start)).max(0)
    }
}

/// Splits `span` at every midnight: yields `(day, minutes of span on that day)`, in order.
///
/// The parts always add up to `span.minutes()`.
pub fn split_by_day(span: Span) -> impl Iterator<Item = (Day, i32)> {
    let first = day_of(span.start);
    let last = if span.end > span.start { day_of(span.end - 1) } else { first - 1 };
    (first..=last).map(move |d| {
        let day = Span::new(start_of_day(d), start_of_day(d + 1));
        (d, span.overlap(day))
    })
}

/// Minutes of `span` that fall inside the daily window `[from, to)` given as minutes of the day.
///
/// A window with `from > to` wraps midnight (the night window 22:00–06:00 is `(1320, 360)`).
/// A window with `from == to` is empty.
#[inline]
#[must_use]
pub fn minutes_in_daily_window(span: Span, from: i32, to: i32) -> i32 {
    if span.minutes() <= 0 || from == to {
        return 0;
    }
    if !(0..=MINUTES_PER_DAY).contains(&from) || !(0..=MINUTES_PER_DAY).contains(&to) {
        return minutes_in_daily_window_by_day(span, from, to);
    }
    // The usual span (a shift: after 1970, ending within a day of its first midnight) meets only
    // the windows of its first day and the next, measured from that midnight.
    if span.start >= 0 {
        let a = (span.start as u32 % MINUTES_PER_DAY as u32) as i32;
        let b = a + span.minutes();
        if b <= 2 * MINUTES_PER_DAY {
            return window_minutes_near(a, b, from, to);
        }
    }
    minutes_in_daily_window_far(span, from, to)
}

/// Minutes of `[a, b)`, counted from one midnight with `0 <= a < b <= 2 * MINUTES_PER_DAY`,
/// inside the daily window `[from, to)` (`from != to`, both within the day). Only the windows
/// of that day and the next can meet such a span (the window of the day before ends by `to`,
/// which a wrapping window counts as the complement of the part of the day outside it).
#[inline]
fn window_minutes_near(a: i32, b: i32, from: i32, to: i32) -> i32 {
    let overlap = |lo: i32, hi: i32| (b.min(hi) - a.max(lo)).max(0);
    let (lo, hi) = if from < to { (from, to) } else { (to, from) };
    let k = overlap(lo, hi) + overlap(MINUTES_PER_DAY + lo, MINUTES_PER_DAY + hi);
    if from < to {
        k
    } else {
        // The window wraps midnight: the span less its minutes in the day's part outside it.
        (b - a) - k
    }
}

/// [`minutes_in_daily_window`] for any span, a window within the day.
#[inline(never)]
fn minutes_in_daily_window_far(span: Span, from: i32, to: i32) -> i32 {
    // The windows of successive days are disjoint and repeat daily, so the minutes inside the
    // window before an instant are a running total: the span's share is the difference. Whole
    // days between the ends count the window once each; the ends' minutes of the day the rest.
    let (d0, r0) = (day_of(span.start), minute_of_day(span.start));
    let (d1, r1) = (day_of(span.end), minute_of_day(span.end));
    let days = i64::from(d1 - d0);
    let part = if from < to {
        let before = |r: i32| (r - from).clamp(0, to - from);
        days * i64::from(to - from) + i64::from(before(r1) - before(r0))
    } else {
        let before = |r: i32| r.min(to) + (r - from).max(0);
        days * i64::from(MINUTES_PER_DAY - from + to) + i64::from(before(r1) - before(r0))
    };
    part as i32
}

/// [`minutes_in_daily_window`] day by day: the reference form, and the one used for a window
/// whose bounds lie outside the day.
fn minutes_in_daily_window_by_day(span: Span, from: i32, to: i32) -> i32 {
    // Walk the days the span touches, one day before to catch a window that started yesterday.
    let mut total = 0;
    let first = day_of(span.start) - 1;
    let last = day_of(span.end - 1);
    for d in first..=last {
        let base = start_of_day(d);
        let w = if from < to {
            Span::new(base + from, base + to)
        } else {
            Span::new(base + from, base + MINUTES_PER_DAY + to)
        };
        total += span.overlap(w);
    }
    total
}

/// Splits `span` into the pieces inside and outside the daily window, in time order.
///
/// Each piece is `(span, inside)`; pieces are contiguous and cover `span` exactly.
#[must_use]
pub fn split_by_window(span: Span, from: i32, to: i32) -> Vec<(Span, bool)> {
    let mut cuts = vec![span.start, span.end];
    if from != to {
        let first = day_of(span.start) - 1;
        let last = day_of(span.end.max(span.start + 1) - 1) + 1;
        for d in first..=last {
            for b in [start_of_day(d) + from, start_of_day(d) + to] {
                if b > span.start && b < span.end {
                    cuts.push(b);
                }
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let piece = Span::new(w[0], w[1]);
            (piece, minutes_in_daily_window(piece, from, to) == piece.minutes())
        })
        .filter(|(p, _)| p.minutes() > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn epoch_and_known_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(weekday(0), 3, "1970-01-01 was a Thursday");
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(ymd(1994, 2, 29), None);
        assert_eq!(ymd(1996, 2, 29).map(civil_from_days), Some((1996, 2, 29)));
        assert_eq!(fmt_minute(start_of_day(days_from_civil(1994, 10, 25)) + 22 * 60), "1994-10-25T22:00");
    }

    #[test]
    fn night_window_of_an_evening_shift() {
        // 18:00–02:00: 22:00–02:00 is night, four hours.
        let d = start_of_day(100);
        let s = Span::new(d + 18 * 60, d + 26 * 60);
        assert_eq!(minutes_in_daily_window(s, 22 * 60, 6 * 60), 240);
        let parts = split_by_window(s, 22 * 60, 6 * 60);
        assert_eq!(parts, vec![(Span::new(d + 1080, d + 1320), false), (Span::new(d + 1320, d + 1560), true)]);
    }

    /// The quick answer for the usual span is the day-by-day walk's, for windows inside and
    /// wrapping midnight, empty and whole-day windows, and spans of any length around midnight.
    #[test]
    fn the_usual_span_agrees_with_the_walk() {
        let base = start_of_day(days_from_civil(1995, 3, 10));
        let bounds = [0, 1, 359, 360, 361, 600, 1319, 1320, 1321, 1439, 1440, -5, 1500];
        let mut checked = 0;
        for &from in &bounds {
            for &to in &bounds {
                for start in (-1500..3000).step_by(37) {
                    for len in [-10, 0, 1, 59, 360, 479, 480, 720, 1080, 1439, 1440, 1441, 3000] {
                        let span = Span { start: base + start, end: base + start + len };
                        let walk =
                            if len <= 0 || from == to { 0 } else { minutes_in_daily_window_by_day(span, from, to) };
                        assert_eq!(minutes_in_daily_window(span, from, to), walk, "{from} {to} {start} {len}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 200_000);
    }

    proptest! {
        #[test]
        fn civil_round_trip_agrees_with_jiff(z in -200_000i32..200_000) {
            let (y, m, d) = civil_from_days(z);
            prop_assert_eq!(days_from_civil(y, m, d), z);
            let j = date_of(z);
            prop_assert_eq!((i32::from(j.year()), j.month() as u32, j.day() as u32), (y, m, d));
            prop_assert_eq!(weekday(z), j.weekday().to_monday_zero_offset() as u8);
        }

        /// The running-total form counts the same minutes as the day-by-day walk.
        #[test]
        fn daily_window_agrees_with_the_walk(
            start in -1_000_000i32..1_000_000,
            len in -10i32..20_000,
            from in 0i32..=1440,
            to in 0i32..=1440,
        ) {
            let span = Span::new(start, start + len);
            let walk = if span.minutes() <= 0 || from == to { 0 } else { minutes_in_daily_window_by_day(span, from, to) };
            prop_assert_eq!(minutes_in_daily_window(span, from, to), walk);
        }

        /// Splitting at midnight never loses or double-counts a minute.
        #[test]
        fn split_by_day_conserves_minutes(start in -1_000_000i32..1_000_000, len in 0i32..20_000) {
            let s = Span::new(start, start + len);
            let parts: Vec<_> = split_by_day(s).collect();
            prop_assert_eq!(parts.iter().map(|p| p.1).sum::<i32>(), len);
            prop_assert!(parts.iter().all(|p| p.1 > 0 && p.1 <= MINUTES_PER_DAY));
            prop_assert!(parts.windows(2).all(|w| w[1].0 == w[0].0 + 1));
        }

        /// Splitting at the night window (22:00/06:00, or any window) never loses a minute, and
        /// the inside pieces add up to the window count.
        #[test]
        fn split_by_window_conserves_minutes(start in -1_000_000i32..1_000_000, len in 0i32..10_000,
                                             from in 0i32..1440, to in 0i32..1440) {
            let s = Span::new(start, start + len);
            let parts = split_by_window(s, from, to);
            prop_assert_eq!(parts.iter().map(|p| p.0.minutes()).sum::<i32>(), len);
            let inside: i32 = parts.iter().filter(|p| p.1).map(|p| p.0.minutes()).sum();
            prop_assert_eq!(inside, minutes_in_daily_window(s, from, to));
            prop_assert!(parts.windows(2).all(|w| w[0].0.end == w[1].0.start));
            // Night and day minutes of each calendar day add up to that day's minutes.
            for (day, mins) in split_by_day(s) {
                let on_day = Span::new(s.start.max(start_of_day(day)), s.end.min(start_of_day(day + 1)));
                prop_assert_eq!(on_day.minutes(), mins);
            }
        }
    }
}
