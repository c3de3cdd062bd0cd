//! Rest between stretches of work: the readings of daily and weekly rest that are no one law's.
//!
//! Rest is time with no shift of any kind; shifts that overlap or touch are one stretch of work
//! ([`stretches`]). Work outside the data is taken not to exist. On that, three readings:
//!
//! - [`BetweenRests`]: the spans of work from the end of one rest of at least a length to the
//!   start of the next (a rest counts whole wherever it lies), for "every seven days must meet a
//!   rest of 42 hours" and "two such rests in any 14 days";
//! - [`LongestRestIn`]: the longest rest inside each fixed period (a calendar day, a calendar
//!   week) in which there is work, a rest cut at the period's edges;
//! - [`longest_rest_after_starts`]: for each stretch, the longest rest inside the window of a
//!   given length from its start ("12 consecutive hours in each 24-hour period").
//!
//! Each is one pass over the stretches in time order.

use std::collections::VecDeque;

use decent_core::model::Shift;
use decent_core::time::{day_of, start_of_day, week_start, Minute, Span, MINUTES_PER_DAY};
use decent_core::{Finding, Message, Out, Severity};

/// The stretches of work `[start, end)` of `shifts` (ordered by start; a slice or a filtered
/// iterator): shifts that overlap or touch are merged, so consecutive stretches are separated by
/// a rest of at least a minute.
pub fn stretches<'a>(shifts: impl IntoIterator<Item = &'a Shift>) -> impl Iterator<Item = (Minute, Minute)> {
    let mut it = shifts.into_iter();
    let mut cur = it.next().map(|s| (s.start, s.end));
    std::iter::from_fn(move || {
        let (bs, mut be) = cur?;
        for s in it.by_ref() {
            if s.start > be {
                cur = Some((s.start, s.end));
                return Some((bs, be));
            }
            be = be.max(s.end);
        }
        cur = None;
        Some((bs, be))
    })
}

/// A span of work between two rests of at least the length asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Between {
    /// The end of the rest before (where the span starts).
    pub from: Minute,
    /// The start of the rest after (where the span ends).
    pub to: Minute,
    /// The longest rest inside the span (each shorter than the length asked for).
    pub longest: i32,
}

/// Walks stretches of work and yields each span between two rests of at least `min_rest`.
///
/// Before the data there is taken to be such a rest, ending where the data starts; after it,
/// one starting where the data ends ([`BetweenRests::finish`]).
#[derive(Debug, Clone, Copy)]
pub struct BetweenRests {
    min_rest: i32,
    since: Minute,
    longest: i32,
    last_end: Minute,
}

impl BetweenRests {
    /// A walk whose first stretch starts at `first_start`.
    #[must_use]
    pub fn new(min_rest: i32, first_start: Minute) -> Self {
        Self { min_rest, since: first_start, longest: 0, last_end: first_start.saturating_sub(min_rest) }
    }

    /// The next stretch `[bs, be)`: when a rest of at least `min_rest` comes before it, the
    /// span of work that rest closes.
    pub fn push(&mut self, bs: Minute, be: Minute) -> Option<Between> {
        let gap = bs - self.last_end;
        let done = if gap >= self.min_rest {
            // Before the first stretch the span is empty: the rest before the data.
            let b = Between { from: self.since, to: self.last_end, longest: self.longest };
            self.since = bs;
            self.longest = 0;
            (b.to > b.from).then_some(b)
        } else {
            self.longest = self.longest.max(gap);
            None
        };
        self.last_end = self.last_end.max(be);
        done
    }

    /// The span the end of the data closes (a rest is taken to start there).
    #[must_use]
    pub fn finish(&self) -> Between {
        Between { from: self.since, to: self.last_end, longest: self.longest }
    }
}

/// The longest rest inside each fixed period of `len` minutes (periods start at `origin` plus
/// a multiple of `len`) in which there is work, the rest counted only inside the period.
#[derive(Debug, Clone, Copy)]
pub struct LongestRestIn {
    len: i32,
    origin: Minute,
    /// (period start, end of work so far inside it, longest rest so far)
    cur: Option<(Minute, Minute, i32)>,
}

impl LongestRestIn {
    /// Periods of `len` minutes from `origin` (a calendar day: 1440 from 0; a calendar week:
    /// 10080 from a Monday's midnight).
    #[must_use]
    pub fn new(len: i32, origin: Minute) -> Self {
        Self { len: len.max(1), origin, cur: None }
    }

    fn close(&mut self, emit: &mut impl FnMut(Minute, i32)) {
        if let Some((ps, cursor, longest)) = self.cur.take() {
            emit(ps, longest.max(ps + self.len - cursor));
        }
    }

    /// A stretch of work `[bs, be)`; stretches arrive in time order and do not overlap. Calls
    /// `emit(period start, longest rest)` for each period this closes.
    pub fn push(&mut self, bs: Minute, be: Minute, emit: &mut impl FnMut(Minute, i32)) {
        if let Some((ps, cursor, longest)) = self.cur.as_mut() {
            if *ps <= bs && be <= *ps + self.len {
                *longest = (*longest).max(bs - *cursor);
                *cursor = be;
                return;
            }
        }
        let mut p = self.origin + (bs - self.origin).div_euclid(self.len) * self.len;
        while p < be {
            if self.cur.is_none_or(|c| c.0 != p) {
                self.close(emit);
                self.cur = Some((p, p, 0));
            }
            if let Some((_, cursor, longest)) = self.cur.as_mut() {
                *longest = (*longest).max(bs.max(p) - *cursor);
                *cursor = be.min(p + self.len);
            }
            p += self.len;
        }
    }

    /// Closes the last period.
    pub fn finish(&mut self, emit: &mut impl FnMut(Minute, i32)) {
        self.close(emit);
    }
}

/// For each stretch `i` of `stretches` (in time order, not overlapping), the longest rest inside
/// `[start_i, start_i + window)`: the rests between later stretches starting in the window, and
/// the rest after the last of them cut at the window's end (after the data, rest). Calls
/// `emit(i, longest)`. One pass: the rests wholly inside the window are kept in a queue of
/// decreasing length.
pub fn longest_rest_after_starts(stretches: &[(Minute, Minute)], window: i32, mut emit: impl FnMut(usize, i32)) {
    // gaps[k] = stretches[k+1].0 - stretches[k].1, pushed as the window's end passes them.
    let mut queue: VecDeque<(usize, i32)> = VecDeque::new();
    let mut j = 0; // stretches[..j] start inside the window of i (j > i)
    for (i, &(start, _)) in stretches.iter().enumerate() {
        let w_end = start + window;
        if j <= i {
            j = i + 1;
        }
        while j < stretches.len() && stretches[j].0 < w_end {
            let gap = stretches[j].0 - stretches[j - 1].1;
            while queue.back().is_some_and(|&(_, g)| g <= gap) {
                queue.pop_back();
            }
            queue.push_back((j - 1, gap));
            j += 1;
        }
        while queue.front().is_some_and(|&(k, _)| k < i) {
            queue.pop_front();
        }
        let inside = queue.front().map_or(0, |&(_, g)| g);
        // The rest after the last stretch starting in the window, cut at the window's end.
        let last_end = stretches[j - 1].1;
        let next = stretches.get(j).map_or(Minute::MAX, |s| s.0);
        let tail = (next.min(w_end) - last_end).max(0);
        emit(i, inside.max(tail));
    }
}

/// The minutes of a week.
pub const WEEK: i32 = 7 * MINUTES_PER_DAY;

/// The calendar-week reading of a weekly rest: a violation (its span the week, measured the
/// longest rest counted inside it, its detail `detail`) for each Monday–Sunday week with work
/// in `stretches` (in time order, not overlapping) whose longest rest is shorter than `limit`.
pub fn calendar_weeks_short_of_rest(
    limit: i32,
    stretches: impl IntoIterator<Item = (Minute, Minute)>,
    detail: i32,
    out: &mut Out<'_>,
) {
    let mut weeks = LongestRestIn::new(WEEK, start_of_day(week_start(0)));
    let mut emit = |ws: Minute, longest: i32| {
        if longest < limit {
            let f = Finding::new(Severity::Violation, Span::new(ws, ws + WEEK)).minutes_vs(longest, limit);
            out.push(f.detail(detail));
        }
    };
    for (bs, be) in stretches {
        weeks.push(bs, be, &mut emit);
    }
    weeks.finish(&mut emit);
}

/// The message `key` of a finding about a span of work `[from, to)` without a rest of the limit
/// (measured the longest rest in it): `$from`, `$to`, the `$week` of its first day, its length
/// as `$days` and `$and` minutes, the `$longest` rest and the `$limit`.
#[must_use]
pub fn shortfall_message(key: &'static str, f: &Finding) -> Message {
    let span = f.to - f.from;
    Message::new(key)
        .time("from", f.from)
        .time("to", f.to)
        .day("week", day_of(f.from))
        .count("days", span / MINUTES_PER_DAY)
        .minutes("and", span % MINUTES_PER_DAY)
        .minutes("longest", f.measured)
        .minutes("limit", f.limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shifts(spans: &[(Minute, Minute)]) -> Vec<Shift> {
        spans.iter().enumerate().map(|(i, &(a, b))| Shift::plain(0, a, b, i as u32 + 2)).collect()
    }

    #[test]
    fn touching_and_overlapping_shifts_are_one_stretch() {
        let s = shifts(&[(0, 60), (60, 120), (100, 110), (121, 200)]);
        assert_eq!(stretches(&s).collect::<Vec<_>>(), vec![(0, 120), (121, 200)]);
        assert_eq!(stretches(&[]).count(), 0);
        assert_eq!(
            stretches(s.iter().filter(|s| s.start != 60)).collect::<Vec<_>>(),
            vec![(0, 60), (100, 110), (121, 200)]
        );
    }

    /// Twelve-hour blocks with twelve-hour gaps for ten days: no rest of 42 h between the data's
    /// start and its end; a 42-hour gap closes a span.
    #[test]
    fn spans_between_rests() {
        let d = 1440;
        let mut w = BetweenRests::new(42 * 60, 0);
        for i in 0..10 {
            assert_eq!(w.push(i * d, i * d + 720), None);
        }
        assert_eq!(w.finish(), Between { from: 0, to: 9 * d + 720, longest: 720 });
        let mut w = BetweenRests::new(42 * 60, 0);
        assert_eq!(w.push(0, 600), None);
        let b = w.push(600 + 42 * 60, 700 + 42 * 60);
        assert_eq!(b, Some(Between { from: 0, to: 600, longest: 0 }));
        assert_eq!(w.finish(), Between { from: 600 + 42 * 60, to: 700 + 42 * 60, longest: 0 });
        // A gap of 42 h less a minute is not such a rest.
        let mut w = BetweenRests::new(42 * 60, 0);
        assert_eq!(w.push(0, 600), None);
        assert_eq!(w.push(600 + 42 * 60 - 1, 700 + 42 * 60), None);
        assert_eq!(w.finish().longest, 42 * 60 - 1);
    }

    /// A week worked Monday 08:00 to Saturday 06:30 leaves 41.5 h inside it; a stretch running
    /// into the next period counts in both.
    #[test]
    fn longest_rest_inside_each_period() {
        let week = 7 * 1440;
        let mut got = Vec::new();
        let mut l = LongestRestIn::new(week, 0);
        l.push(480, 5 * 1440 + 390, &mut |p, r| got.push((p, r)));
        l.push(6 * 1440 + 1200, 7 * 1440 + 240, &mut |p, r| got.push((p, r)));
        l.finish(&mut |p, r| got.push((p, r)));
        // Week 0: Saturday 06:30 to Sunday 20:00 (37.5 h); week 1: Monday 04:00 to its end.
        assert_eq!(got, vec![(0, 37 * 60 + 30), (week, week - 240)]);
        let mut got = Vec::new();
        let mut l = LongestRestIn::new(week, 0);
        l.push(480, 5 * 1440 + 390, &mut |p, r| got.push((p, r)));
        l.finish(&mut |p, r| got.push((p, r)));
        assert_eq!(got, vec![(0, 41 * 60 + 30)]);
        // Days: nights 22:00–06:00 leave 22 h inside the first day, 16 h inside the second, 18 h
        // inside the third.
        let mut got = Vec::new();
        let mut l = LongestRestIn::new(1440, 0);
        l.push(1320, 1440 + 360, &mut |p, r| got.push((p, r)));
        l.push(1440 + 1320, 2 * 1440 + 360, &mut |p, r| got.push((p, r)));
        l.finish(&mut |p, r| got.push((p, r)));
        assert_eq!(got, vec![(0, 1320), (1440, 16 * 60), (2880, 18 * 60)]);
    }

    /// The 24 hours from each stretch's start: a rest of 8 h then 16 h.
    #[test]
    fn longest_rest_in_the_window_from_each_start() {
        let h = 60;
        // 08–16, 00–08 next day (8 h rest), 08 the day after (24 h after 08:00).
        let st = [(8 * h, 16 * h), (24 * h, 32 * h), (56 * h, 64 * h)];
        let mut got = Vec::new();
        longest_rest_after_starts(&st, 24 * h, |i, r| got.push((i, r)));
        assert_eq!(got, vec![(0, 8 * h), (1, 16 * h), (2, 16 * h)]);
        // A 24-hour stretch has no rest inside its own window.
        let mut got = Vec::new();
        longest_rest_after_starts(&[(0, 24 * h), (30 * h, 31 * h)], 24 * h, |i, r| got.push((i, r)));
        assert_eq!(got, vec![(0, 0), (1, 23 * h)]);
        // Many short stretches: the longest gap inside wins, and a gap leaves the queue with its
        // stretch.
        let st = [(0, 10), (100, 110), (115, 120), (500, 510), (1500, 1510)];
        let mut got = Vec::new();
        longest_rest_after_starts(&st, 1440, |i, r| got.push((i, r)));
        // From 0 the rest after 00:00–08:30 is cut at the window's end (930); from 100 it is whole.
        assert_eq!(got, vec![(0, 930), (1, 990), (2, 990), (3, 990), (4, 1430)]);
        // The rest before a stretch is not inside the window from its start.
        let mut got = Vec::new();
        longest_rest_after_starts(&[(0, 10), (1000, 1010), (1020, 2500)], 1440, |i, r| got.push((i, r)));
        assert_eq!(got, vec![(0, 990), (1, 10), (2, 0)]);
    }
}
