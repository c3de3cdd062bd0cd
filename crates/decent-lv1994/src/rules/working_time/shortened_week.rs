//! `shortened-week` (s46): ordinary hours in a calendar week above the employee's shortened norm.

use decent_core::time::{day_of, start_of_day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use super::util::shortened;
use crate::rules::common::{under_summary, Days, Norm};

/// Normal working hours above a shortened weekly norm.
pub struct ShortenedWeek {
    norm: Norm,
    days: Days,
}

impl Bind for ShortenedWeek {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { norm: b.bind(), days: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "shortened-week",
    section: "46",
    title: "Normal working hours above a shortened weekly norm",
    doc: "For an employee whose weekly norm (`weekly_norm_hours` in employees.csv) is below the \
          40 hours of s45, adds the ordinary hours (rows of kind `work`, breaks excluded) of each \
          calendar week (Monday–Sunday) and reports a week above that norm. s46: \"The shortened \
          working hours shall be established for the following employees:\" — the list itself \
          did not survive in the text this pack is built from, and \"the laws shall stipulate \
          reduced working hours for specific categories of employees (teachers, doctors and \
          others)\", so who is entitled, and to how many hours, is the user's input. Hours \
          beyond the shortened norm are overtime (s57). Employees on the full norm are checked by \
          `weekly-norm`; employees under summary registration are checked over their period by \
          `summary-period-norm`. A shift belongs to the day it starts unless \
          `s47.day_attribution` says otherwise.",
    quote: "The shortened working hours shall be established for the following employees:",
    example:
        "An employee on a 36-hour norm works five 7.5-hour shifts (37.5 h): one violation, measured 37.5 h, limit 36 h.",
};

impl Rule for ShortenedWeek {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if under_summary(cx) || cx.shifts.is_empty() {
            return;
        }
        // Cheap exit for the usual employee, on the full norm all along the data.
        let first = day_of(cx.shifts[0].start);
        let last = cx.shifts.last().map_or(first, |s| day_of(s.start));
        let (lo, hi) = cx.law.params.stable_range(first);
        if lo <= last && last < hi && !shortened(cx, &self.norm, first) {
            return;
        }
        self.days.weekly_ordinary(cx, |monday, mins| {
            let limit = self.norm.weekly(cx, monday);
            if shortened(cx, &self.norm, monday) && mins > limit {
                let span = Span::new(start_of_day(monday), start_of_day(monday + 7));
                out.push(Finding::new(Severity::Violation, span).minutes_vs(mins, limit));
            }
        });
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let (m, l) = (f.measured, f.limit);
        Message::new("shortened-week")
            .minutes("hours", m)
            .day("week", day_of(f.from))
            .minutes("limit", l)
            .minutes("excess", m - l)
    }
}
