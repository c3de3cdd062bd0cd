//! `weekly-rest` (s65): a continuous weekly rest of at least 42 hours.

use decent_core::time::{day_of, start_of_day, week_start, Minute, Span, MINUTES_PER_DAY};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use crate::rules::words::min;

/// The continuous weekly rest.
pub struct WeeklyRest;

/// Finding about a calendar week.
const CALENDAR_WEEK: i32 = 1;
/// Finding about a stretch between two rests (rolling reading).
const ROLLING: i32 = 2;

const WEEK: i32 = 7 * MINUTES_PER_DAY;

static META: RuleMeta = RuleMeta {
    id: "weekly-rest",
    section: "65",
    title: "Continuous weekly rest of 42 hours",
    doc: "s65: \"The continuous weekly leisure shall last at least fourty-two hours.\" Rest is \
          time with no shift of any kind (work, overtime or duty); shifts that overlap or touch \
          are one stretch of work. Work outside the data is assumed not to exist. Where the rest \
          is sought follows `s65.window`:\n\n\
          - `calendar-week` (default): in each Monday–Sunday week in which the employee works, \
          the longest rest counted only inside the week (from Monday 00:00 to Sunday 24:00) must \
          be at least 42 hours (`s65.weekly_rest`).\n\
          - `rolling`: from the end of one rest of at least 42 hours to the start of the next, at \
          most 7 days less 42 hours (126 h) may pass.\n\n\
          A shortfall is a **violation**, measured as the longest rest found.",
    quote: "The continuous weekly leisure shall last at least fourty-two hours.",
    params: &["s65.weekly_rest", "s65.window"],
    example: "Shifts Monday to Friday and a night shift Friday 22:00 to Saturday 06:30, nothing more that week: the longest rest inside the week is 41.5 h, one violation (limit 42 h).",
};

/// The longest rest inside each calendar week the employee works in.
struct Weeks {
    limit: i32,
    /// (Monday 00:00, end of work so far inside the week, longest rest so far)
    cur: Option<(Minute, Minute, i32)>,
}

impl Weeks {
    fn flush(&mut self, out: &mut Out<'_>) {
        if let Some((ws, cursor, longest)) = self.cur.take() {
            let longest = longest.max(ws + WEEK - cursor);
            if longest < self.limit {
                let f = Finding::new(Severity::Violation, Span::new(ws, ws + WEEK)).minutes_vs(longest, self.limit);
                out.push(f.detail(CALENDAR_WEEK));
            }
        }
    }

    /// A stretch of work `[bs, be)`; stretches arrive in time order and do not overlap.
    fn work(&mut self, bs: Minute, be: Minute, out: &mut Out<'_>) {
        // The usual stretch lies inside the week already open: no week to find or close.
        if let Some((ws, cursor, longest)) = self.cur.as_mut() {
            if *ws <= bs && bs < *ws + WEEK && *ws < be && be <= *ws + WEEK {
                *longest = (*longest).max(bs - *cursor);
                *cursor = be;
                return;
            }
        }
        let mut w = start_of_day(week_start(day_of(bs)));
        while w < be {
            if self.cur.is_none_or(|c| c.0 != w) {
                self.flush(out);
                self.cur = Some((w, w, 0));
            }
            if let Some((_, cursor, longest)) = self.cur.as_mut() {
                *longest = (*longest).max(bs.max(w) - *cursor);
                *cursor = be.min(w + WEEK);
            }
            w += WEEK;
        }
    }
}

/// From the end of one rest of at least the limit to the start of the next.
struct Rolling {
    limit: i32,
    max_between: i32,
    /// End of the last qualifying rest (start of the current stretch between rests).
    since: Minute,
    /// Longest rest since then.
    longest: i32,
    /// End of the last work seen.
    last_end: Minute,
}

impl Rolling {
    /// A qualifying rest starts at `at` (or the data ends there).
    fn rest_starts(&mut self, at: Minute, out: &mut Out<'_>) {
        if at - self.since > self.max_between {
            let f = Finding::new(Severity::Violation, Span::new(self.since, at)).minutes_vs(self.longest, self.limit);
            out.push(f.detail(ROLLING));
        }
    }

    fn work(&mut self, bs: Minute, be: Minute, out: &mut Out<'_>) {
        let gap = bs - self.last_end;
        if gap >= self.limit {
            self.rest_starts(self.last_end, out);
            self.since = bs;
            self.longest = 0;
        } else {
            self.longest = self.longest.max(gap);
        }
        self.last_end = be;
    }
}

impl Rule for WeeklyRest {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let day = day_of(first.start);
        let limit = cx.law.params.minutes("s65.weekly_rest", day);
        let rolling = cx.law.params.choice("s65.window", day) == "rolling";
        let mut weeks = Weeks { limit, cur: None };
        // Before the data: no work, so a rest of any length ends where the data starts.
        let mut roll =
            Rolling { limit, max_between: WEEK - limit, since: first.start, longest: 0, last_end: first.start - limit };
        let mut emit = |bs: Minute, be: Minute, out: &mut Out<'_>| {
            if rolling {
                roll.work(bs, be, out);
            } else {
                weeks.work(bs, be, out);
            }
        };
        // Merge shifts into stretches of work (shifts come ordered by start).
        let (mut bs, mut be) = (first.start, first.end);
        for s in &cx.shifts[1..] {
            if s.start > be {
                emit(bs, be, out);
                bs = s.start;
            }
            be = be.max(s.end);
        }
        emit(bs, be, out);
        if rolling {
            // After the data: no work, so a rest starts where the data ends.
            roll.rest_starts(roll.last_end, out);
        } else {
            weeks.flush(out);
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let m = Message::new(if f.detail == ROLLING { "weekly-rest-rolling" } else { "weekly-rest" });
        m.time("from", f.from)
            .time("to", f.to)
            .day("week", day_of(f.from))
            .minutes("longest", min(f.measured))
            .minutes("limit", min(f.limit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::days_from_civil;

    fn run(rolling: bool, spans: &[(Minute, Minute)]) -> Vec<Finding> {
        let mut got = Vec::new();
        let mut sink = |f: Finding| got.push(f);
        let mut out = Out::new(0, 0, &mut sink);
        let mut w = Weeks { limit: 42 * 60, cur: None };
        let mut r = Rolling {
            limit: 42 * 60,
            max_between: 126 * 60,
            since: spans[0].0,
            longest: 0,
            last_end: spans[0].0 - 42 * 60,
        };
        for &(a, b) in spans {
            if rolling {
                r.work(a, b, &mut out);
            } else {
                w.work(a, b, &mut out);
            }
        }
        if rolling {
            r.rest_starts(r.last_end, &mut out);
        } else {
            w.flush(&mut out);
        }
        got
    }

    /// Source: s65 — a week worked Monday 08:00 to Saturday 06:30 leaves 41.5 h inside it; a
    /// stretch running into the next week counts in both.
    #[test]
    fn calendar_week_counts_only_inside_the_week() {
        let mon = start_of_day(days_from_civil(1995, 3, 6));
        let f = run(false, &[(mon + 480, mon + 5 * 1440 + 390)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].measured, 41.5);
        // Saturday 06:00: 42 h exactly, lawful.
        assert!(run(false, &[(mon + 480, mon + 5 * 1440 + 360)]).is_empty());
        // Sunday 20:00 to Monday 04:00: the first week has its rest before, the second after.
        assert!(run(false, &[(mon + 6 * 1440 + 1200, mon + 7 * 1440 + 240)]).is_empty());
    }

    /// Source: s65 — rolling: 126 h of work between two 42-h rests is the most allowed.
    #[test]
    fn rolling_allows_126_hours_between_rests() {
        let t = start_of_day(days_from_civil(1995, 3, 6));
        // Work in 12-h blocks with 12-h gaps: no 42-h rest for 10 days.
        let blocks: Vec<_> = (0..10).map(|i| (t + i * 1440, t + i * 1440 + 720)).collect();
        let f = run(true, &blocks);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].measured, 12.0);
        assert_eq!(f[0].to - f[0].from, 9 * 1440 + 720);
        // Exactly 126 h from the start of the data to the next rest: lawful.
        assert!(run(true, &[(t, t + 126 * 60)]).is_empty());
        assert_eq!(run(true, &[(t, t + 126 * 60 + 1)]).len(), 1);
    }
}
