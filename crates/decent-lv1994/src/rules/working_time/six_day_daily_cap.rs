//! `six-day-daily-cap` (s47): a working day on a six-day week longer than s47 allows.

use decent_core::time::{day_of, start_of_day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use super::util::SixDayCap;
use crate::rules::common::{under_summary, Days};

/// A working day on a six-day week above 7 h (40-h norm), 6 h (35 h) or 4 h (24 h).
pub struct SixDayDailyCap {
    cap: SixDayCap,
    days: Days,
}

impl Bind for SixDayDailyCap {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { cap: b.bind(), days: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "six-day-daily-cap",
    section: "47",
    title: "Working day on a six-day week above the s47 cap",
    doc: "For an employee on a six-day week (`week_days` = 6), adds the ordinary hours (rows of \
          kind `work`, breaks excluded) of each day and reports a day above the cap. s47: \"Upon \
          a six day working week the length of the working day shall not exceed seven hours, if \
          the weekly norm is 40 hours; it shall not exceed six hours, if the weekly norm is 35 \
          hours; and it shall not exceed four hours, if the weekly norm is 24 hours.\" A weekly \
          norm the section does not list (e.g. 36 h) takes the cap of the next lower listed norm \
          (interpretation `s47.other_norms`). Employees under summary registration are not \
          checked day by day (s55 allows it where \"the length of working day ... cannot be \
          observed\"; `summary-period-norm` checks them). Overtime rows are not counted: they \
          are policed by s57 and s59. A shift belongs to the day it starts unless \
          `s47.day_attribution` says otherwise.",
    quote: "Upon a six day working week the length of the working day shall not exceed seven hours, if the weekly norm is 40 hours; it shall not exceed six hours, if the weekly norm is 35 hours; and it shall not exceed four hours, if the weekly norm is 24 hours.",
    example: "A six-day, 40-hour employee works 08:00–16:00 with a 30-minute break (7.5 h) on a Tuesday: one violation, measured 7.5 h, limit 7 h.",
};

impl Rule for SixDayDailyCap {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if cx.employee.week_days < 6 || under_summary(cx) {
            return;
        }
        self.days.ordinary_daily_totals(cx, |d, mins, line| {
            let limit = self.cap.on(cx, d);
            if mins > limit {
                let span = Span::new(start_of_day(d), start_of_day(d + 1));
                out.push(Finding::new(Severity::Violation, span).minutes_vs(mins, limit).line(line));
            }
        });
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let (m, l) = (f.measured, f.limit);
        Message::new("six-day-daily-cap")
            .minutes("hours", m)
            .day("day", day_of(f.from))
            .minutes("limit", l)
            .minutes("excess", m - l)
    }
}
