//! `weekly-norm` (s45): ordinary hours in a calendar week above 40.

use decent_core::time::{start_of_day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use crate::rules::common::{under_summary, Days, Norm};

/// Normal working hours above 40 a week.
pub struct WeeklyNorm {
    norm: Norm,
    days: Days,
}

impl Bind for WeeklyNorm {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { norm: b.bind(), days: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "weekly-norm",
    section: "45",
    title: "Normal working hours above 40 a week",
    doc: "Adds the ordinary hours (rows of kind `work`, breaks excluded) of each calendar week \
          (Monday–Sunday) and reports a week above the norm. s45: \"The normal working hours of \
          the employees in enterprises, institutions or organisations shall not exceed 40 hours \
          a week.\" Hours beyond the norm are overtime (s57): they need written consent and \
          double pay (s93), and must be marked as overtime. Applies to employees on the full \
          40-hour norm and not under summary registration (s55 checks those over the period; \
          s46 checks shortened norms). A shift belongs to the day it starts unless \
          `s47.day_attribution` says otherwise.",
    quote: "The normal working hours of the employees in enterprises, institutions or organisations shall not exceed 40 hours a week.",
    example: "Five 9-hour shifts Monday to Friday (45 h): one violation, measured 45 h, limit 40 h.",
};

impl Rule for WeeklyNorm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if under_summary(cx) {
            return;
        }
        self.days.weekly_ordinary(cx, |monday, mins| {
            let limit = self.norm.statute(cx, monday);
            if cx.employee.weekly_norm_minutes >= limit && mins > limit {
                let span = Span::new(start_of_day(monday), start_of_day(monday + 7));
                out.push(Finding::new(Severity::Violation, span).minutes_vs(mins, limit));
            }
        });
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let (m, l) = (f.measured, f.limit);
        Message::new("weekly-norm")
            .minutes("hours", m)
            .day("week", decent_core::time::day_of(f.from))
            .minutes("limit", l)
            .minutes("excess", m - l)
    }
}
