//! `festive-eve` (s49): the working day before a festive day not shortened by one hour, or the
//! day before the weekly holiday of a six-day week above six hours.

use decent_core::time::{day_of, start_of_day, Day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder, Flag, Minutes};

use super::util::{shortened, DayLength};
use crate::rules::common::{under_summary, Days, Holidays, Norm};
use crate::rules::words::festive_key;

/// The working day before a festive day or a holiday too long.
pub struct FestiveEve {
    days: Days,
    holidays: Holidays,
    norm: Norm,
    length: DayLength,
    eve_reduction: Minutes,
    six_day_eve_cap: Minutes,
    under_summary: Flag,
}

impl Bind for FestiveEve {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            norm: b.bind(),
            length: b.bind(),
            days: b.bind(),
            eve_reduction: b.minutes("s49.eve_reduction"),
            six_day_eve_cap: b.minutes("s49.six_day_eve_cap"),
            under_summary: b.flag("s49.under_summary_registration"),
            holidays: b.bind(),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "festive-eve",
    section: "49",
    title: "Working day before a festive day or holiday too long",
    doc: "Adds the ordinary hours (rows of kind `work`, breaks excluded) of each working day and \
          reports one that is too long for the day after it. s49: \"The length of the working \
          day before festive days (Section 68) for employees, except for the ones mentioned in \
          Section 46 of this Code, shall be reduced by one hour, if the working week is five days \
          long, as well as if it is six days long.\" The day before a festive day (the pack's \
          calendar) may last the employee's working day less one hour: 7 h on a five-day \
          40-hour week (8 h − 1 h); 6 h on a six-day 40-hour week (s47's 7 h − 1 h; \
          interpretation `s47.six_day_length`). Employees on a shortened norm (s46) are \
          excepted from this first part. \"The length of the working day before holidays shall \
          not exceed six hours, if the working week is six days long\": on a six-day week the \
          day before the weekly holiday may last at most 6 h, for everyone. A day that is itself \
          a festive day or weekly holiday is not a working day and is not checked here. \
          Employees under summary registration are checked only when \
          `s49.under_summary_registration` is true. A shift belongs to the day it starts unless \
          `s47.day_attribution` says otherwise.",
    quote: "The length of the working day before festive days (Section 68) for employees, except for the ones mentioned in Section 46 of this Code, shall be reduced by one hour",
    example: "A five-day, 40-hour employee works 8 h on Thursday 13 April 1995, the day before Good Friday: one violation, measured 8 h, limit 7 h.",
};

/// `detail` of a finding about the day before a festive day.
const FESTIVE: i32 = 1;
/// `detail` of a finding about the day before the weekly holiday of a six-day week.
const HOLIDAY: i32 = 2;

impl Rule for FestiveEve {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        if under_summary(cx) && !self.under_summary.on(cx, day_of(first.start)) {
            return;
        }
        let six_day = cx.employee.week_days >= 6;
        let cal = &cx.law.calendar;
        // (limit before a festive day or None when excepted, limit before a weekly holiday)
        let is_weekly_holiday = |d| self.holidays.is_weekly_holiday(cx, d);
        self.days.ordinary_daily_totals(cx, |d: Day, mins, line| {
            let next_festive = cal.is_festive(d + 1);
            let next_holiday = six_day && is_weekly_holiday(d + 1);
            if !(next_festive || next_holiday) || cal.is_festive(d) || is_weekly_holiday(d) {
                return;
            }
            let eve = (!shortened(cx, &self.norm, d)).then(|| self.length.on(cx, d) - self.eve_reduction.on(cx, d));
            let holiday = self.six_day_eve_cap.on(cx, d);
            let festive_limit = eve.filter(|_| next_festive);
            let holiday_limit = next_holiday.then_some(holiday);
            let (limit, limb) = match (festive_limit, holiday_limit) {
                (Some(f), Some(h)) if h < f => (h, HOLIDAY),
                (Some(f), _) => (f, FESTIVE),
                (None, Some(h)) => (h, HOLIDAY),
                (None, None) => return,
            };
            if mins > limit {
                let span = Span::new(start_of_day(d), start_of_day(d + 1));
                out.push(Finding::new(Severity::Violation, span).minutes_vs(mins, limit).line(line).detail(limb));
            }
        });
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        let (m, l) = (f.measured, f.limit);
        let d = day_of(f.from);
        let key = if f.detail == HOLIDAY { "festive-eve-holiday" } else { "festive-eve" };
        Message::new(key)
            .minutes("hours", m)
            .day("day", d)
            .day("festive_day", d + 1)
            .key("name", festive_key(law, d + 1))
            .minutes("limit", l)
            .minutes("excess", m - l)
    }
}
