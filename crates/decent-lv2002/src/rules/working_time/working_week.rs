//! `working-week` (s133): a five-day week worked on six days or more; a day of a six-day week
//! above 7 hours (6 for special risk).

use decent_core::time::{day_of, start_of_day, Day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Unit};
use decent_worktime::daily::{Week, Weeks};
use decent_worktime::Memo;

use decent_core::params::{Bind, Binder, Minutes};

use super::common::{summarised, Days};
use crate::attrs::SPECIAL_RISK;

/// The working week of s133.
pub struct WorkingWeek {
    six_day: Minutes,
    six_day_risk: Minutes,
    days: Days,
}

impl Bind for WorkingWeek {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            six_day: b.minutes("s133.six_day_daily"),
            six_day_risk: b.minutes("s133.six_day_daily_special_risk"),
            days: b.bind(),
        }
    }
}

/// A day of a six-day week above its cap.
const SIX_DAY: i32 = 0;
/// A five-day week worked on more days.
const FIVE_DAY: i32 = 1;

static META: RuleMeta = RuleMeta {
    id: "working-week",
    section: "133",
    title: "Five-day week worked on more days, or a six-day week's day above 7 hours",
    doc: "s133(1): \"Darbiniekam ir noteikta piecu dienu darba nedēļa\" (an employee has a \
          five-day working week); a six-day week is set only where the nature of the work \
          requires it (`week_days` = 6 in employees.csv). For a five-day employee, a calendar \
          week (Monday–Sunday) with ordinary work (rows of kind `work`) on more than five days \
          is reported. s133(2): \"Ja noteikta sešu dienu darba nedēļa, dienas darba laika \
          ilgums nedrīkst pārsniegt septiņas stundas\" (where a six-day week is set, daily \
          working time may not exceed seven hours), six for an employee marked `special_risk` \
          (s131(3)); a day of a six-day employee above it is reported. Days follow `s131.day`. \
          Employees on summarised working time (s140) are not checked.",
    quote: "Ja noteikta sešu dienu darba nedēļa, dienas darba laika ilgums nedrīkst pārsniegt septiņas stundas.",
    example: "A six-day employee works 8 h on a Tuesday: one finding, measured 8 h, limit 7 h. A \
              five-day employee works Monday to Saturday: one finding, 6 days, limit 5.",
};

impl WorkingWeek {
    fn cap_on(&self, cx: &Ctx<'_>, day: Day) -> i32 {
        if cx.employee.has(SPECIAL_RISK) { self.six_day_risk } else { self.six_day }.on(cx, day)
    }
}

impl Rule for WorkingWeek {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if summarised(cx) {
            return;
        }
        if cx.employee.week_days >= 6 {
            let mut cap = Memo::default();
            self.days.ordinary(cx, |d, m, line| {
                let limit = cap.get(cx, d, |d| self.cap_on(cx, d));
                if m > limit {
                    let span = Span::new(start_of_day(d), start_of_day(d + 1));
                    out.push(Finding::new(Severity::Violation, span).minutes_vs(m, limit).line(line).detail(SIX_DAY));
                }
            });
            return;
        }
        let mut weeks = Weeks::default();
        let mut run = |w: &Week| {
            let days = w.days.iter().filter(|d| d.1 > 0).count() as i64;
            if days > 5 {
                let span = Span::new(start_of_day(w.monday), start_of_day(w.monday + 7));
                out.push(Finding::new(Severity::Violation, span).measure(days, 5, Unit::Days).detail(FIVE_DAY));
            }
        };
        self.days.ordinary(cx, |d, m, line| weeks.push(d, m, line, &mut run));
        weeks.finish(&mut run);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        if f.detail == FIVE_DAY {
            Message::new("working-week-five-day").count("days", f.measured).day("week", day_of(f.from))
        } else {
            Message::new("working-week-six-day")
                .minutes("hours", f.measured)
                .day("day", day_of(f.from))
                .minutes("limit", f.limit)
                .minutes("excess", f.measured - f.limit)
        }
    }
}
