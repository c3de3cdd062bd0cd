//! `weekly-rest` (s65): a continuous weekly rest of at least 42 hours.

use decent_core::params::{Bind, Binder, Choice, Minutes};
use decent_core::time::{day_of, Minute, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::rest::{calendar_weeks_short_of_rest, shortfall_message, stretches, WEEK};

decent_core::choices! {
    /// `s65.window`.
    enum Window { SevenDays = "seven-days", CalendarWeek = "calendar-week", Rolling = "rolling" }
}

/// The continuous weekly rest.
pub struct WeeklyRest {
    rest: Minutes,
    window: Choice<Window>,
}

impl Bind for WeeklyRest {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { rest: b.limit(|b| b.minutes("s65.weekly_rest")), window: b.choice("s65.window") }
    }
}

/// Finding about a calendar week.
const CALENDAR_WEEK: i32 = 1;
/// Finding about a stretch between two rests (rolling reading).
const ROLLING: i32 = 2;
/// Finding about seven days or more without a rest (seven-days reading).
const SEVEN_DAYS: i32 = 3;

static META: RuleMeta = RuleMeta {
    id: "weekly-rest",
    section: "65",
    title: "Continuous weekly rest of 42 hours",
    doc: "s65: \"The continuous weekly leisure shall last at least fourty-two hours.\" Rest is \
          time with no shift of any kind (work, overtime or duty); shifts that overlap or touch \
          are one stretch of work. Work outside the data is assumed not to exist. Where the rest \
          is sought follows `s65.window`:\n\n\
          - `seven-days` (default): a rest counts whole wherever it lies (a rest from Saturday \
          to Monday spans the week's end and still counts); every period of seven days (7 × 24 h) \
          must contain or overlap a continuous rest of at least 42 hours (`s65.weekly_rest`). \
          Equivalently, from the end of one such rest to the start of the next less than seven \
          days may pass; a stretch of seven days or more is one finding, its window the stretch.\n\
          - `calendar-week`: in each Monday–Sunday week in which the employee works, the longest \
          rest counted only inside the week (from Monday 00:00 to Sunday 24:00) must be at least \
          42 hours (a rest is cut at Sunday midnight).\n\
          - `rolling`: every seven days must hold a whole 42-hour rest: from the end of one rest \
          of at least 42 hours to the start of the next, at most 7 days less 42 hours (126 h) may \
          pass.\n\n\
          A shortfall is a **violation**, measured as the longest rest found.",
    quote: "The continuous weekly leisure shall last at least fourty-two hours.",
    example: "Eight days in a row, Monday to the next Monday, 08:00–16:30: 176.5 h from the end of one 42-hour rest to the start of the next, one violation (the longest rest in it is 15.5 h, limit 42 h).",
};

/// From the end of one rest of at least the limit to the start of the next.
struct Rolling {
    limit: i32,
    /// The most minutes allowed from the end of one rest to the start of the next.
    max_between: i32,
    /// The finding's detail (which reading).
    detail: i32,
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
            out.push(f.detail(self.detail));
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
        let limit = self.rest.on(cx, day);
        let window = self.window.on(cx, day);
        let rolling = window != Window::CalendarWeek;
        // rolling: a whole rest inside every 7 days; seven-days: no 7 days without meeting one.
        let (max_between, detail) =
            if window == Window::Rolling { (WEEK - limit, ROLLING) } else { (WEEK - 1, SEVEN_DAYS) };
        if !rolling {
            calendar_weeks_short_of_rest(limit, stretches(cx.shifts), CALENDAR_WEEK, out);
            return;
        }
        // Before the data: no work, so a rest of any length ends where the data starts.
        let mut roll =
            Rolling { limit, max_between, detail, since: first.start, longest: 0, last_end: first.start - limit };
        for (bs, be) in stretches(cx.shifts) {
            roll.work(bs, be, out);
        }
        // After the data: no work, so a rest starts where the data ends.
        roll.rest_starts(roll.last_end, out);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let key = match f.detail {
            SEVEN_DAYS => "weekly-rest-seven-days",
            ROLLING => "weekly-rest-rolling",
            _ => "weekly-rest",
        };
        shortfall_message(key, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::{days_from_civil, start_of_day};

    fn run(rolling: bool, spans: &[(Minute, Minute)]) -> Vec<Finding> {
        let mut got = Vec::new();
        let mut sink = |f: Finding| got.push(f);
        let mut out = Out::new(0, 0, &mut sink);
        if !rolling {
            calendar_weeks_short_of_rest(42 * 60, spans.iter().copied(), CALENDAR_WEEK, &mut out);
            return got;
        }
        let mut r = Rolling {
            limit: 42 * 60,
            max_between: 126 * 60,
            detail: ROLLING,
            since: spans[0].0,
            longest: 0,
            last_end: spans[0].0 - 42 * 60,
        };
        for &(a, b) in spans {
            r.work(a, b, &mut out);
        }
        r.rest_starts(r.last_end, &mut out);
        got
    }

    /// Source: s65 — a week worked Monday 08:00 to Saturday 06:30 leaves 41.5 h inside it; a
    /// stretch running into the next week counts in both.
    #[test]
    fn calendar_week_counts_only_inside_the_week() {
        let mon = start_of_day(days_from_civil(1995, 3, 6));
        let f = run(false, &[(mon + 480, mon + 5 * 1440 + 390)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].measured, 41 * 60 + 30);
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
        assert_eq!(f[0].measured, 12 * 60);
        assert_eq!(f[0].to - f[0].from, 9 * 1440 + 720);
        // Exactly 126 h from the start of the data to the next rest: lawful.
        assert!(run(true, &[(t, t + 126 * 60)]).is_empty());
        assert_eq!(run(true, &[(t, t + 126 * 60 + 1)]).len(), 1);
    }

    /// Source: s65 — seven-days: a rest counts whole wherever it lies; less than 7 × 24 h from
    /// the end of one 42-h rest to the start of the next is lawful, 7 × 24 h or more is one
    /// finding whose window is the stretch.
    #[test]
    fn seven_days_without_a_rest_is_one_finding() {
        let seven = |spans: &[(Minute, Minute)]| {
            let mut got = Vec::new();
            let mut sink = |f: Finding| got.push(f);
            let mut out = Out::new(0, 0, &mut sink);
            let limit = 42 * 60;
            let mut r = Rolling {
                limit,
                max_between: WEEK - 1,
                detail: SEVEN_DAYS,
                since: spans[0].0,
                longest: 0,
                last_end: spans[0].0 - limit,
            };
            for &(a, b) in spans {
                r.work(a, b, &mut out);
            }
            r.rest_starts(r.last_end, &mut out);
            got
        };
        let t = start_of_day(days_from_civil(1995, 3, 6));
        assert!(seven(&[(t, t + WEEK - 1)]).is_empty());
        let f = seven(&[(t, t + WEEK)]);
        assert_eq!((f.len(), f[0].from, f[0].to, f[0].detail), (1, t, t + WEEK, SEVEN_DAYS));
        // Saturday 13:00 to Monday 08:00 is 43 h across the week's end: two six-day weeks pass.
        let week = |w: i32| [(t + w * WEEK + 480, t + w * WEEK + 5 * 1440 + 780)];
        assert!(seven(&[week(0)[0], week(1)[0]]).is_empty());
        // Twelve-hour blocks with twelve-hour gaps for ten days: one finding, not one per week.
        let blocks: Vec<_> = (0..10).map(|i| (t + i * 1440, t + i * 1440 + 720)).collect();
        assert_eq!(seven(&blocks).len(), 1);
    }
}
