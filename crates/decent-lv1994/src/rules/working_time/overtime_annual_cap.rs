//! `overtime-annual-cap` (s59): more than 120 hours of overtime in a calendar year.

use decent_core::time::{civil_from_days, day_of, days_from_civil, start_of_day, year_of, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder, Minutes};

use crate::rules::common::Overtime;

/// Overtime above 120 h in a calendar year.
pub struct OvertimeAnnualCap {
    overtime: Overtime,
    cap: Minutes,
}

impl Bind for OvertimeAnnualCap {
    fn bind(b: &mut Binder<'_>) -> Self {
        let cap = b.limit(|b| b.minutes("s59.annual_overtime"));
        Self { cap, overtime: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "overtime-annual-cap",
    section: "59",
    title: "Overtime above 120 hours a year",
    doc: "Adds the overtime of each calendar year — rows of kind `overtime`, and, where \
          `s57.derived_overtime` holds, ordinary work beyond the weekly norm (or the period's \
          norm under summary registration), counted in time order — and reports a year above the \
          cap. s59: \"The overtime for each employee shall not exceed four hours in two \
          successive days and 120 hours a year.\" \"A year\" is read as the calendar year. One \
          finding per employee and year, measuring the year's total; the limit is the one in \
          force on 1 January.",
    quote: "The overtime for each employee shall not exceed four hours in two successive days and 120 hours a year.",
    example: "Sixty-one 2-hour overtime rows in 1995 (122 h): one violation for 1995, measured 122 h, limit 120 h.",
};

impl Rule for OvertimeAnnualCap {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if cx.shifts.is_empty() {
            return;
        }
        let mut year: Option<(i32, i32)> = None; // (year, minutes)
        let flush = |y: Option<(i32, i32)>, out: &mut Out<'_>| {
            if let Some((y, mins)) = y {
                let jan1 = days_from_civil(y, 1, 1);
                let limit = self.cap.on(cx, jan1);
                if mins > limit {
                    let span = Span::new(start_of_day(jan1), start_of_day(days_from_civil(y + 1, 1, 1)));
                    out.push(Finding::new(Severity::Violation, span).minutes_vs(mins, limit));
                }
            }
        };
        self.overtime.with_by_day(cx, |days| {
            for &(d, m) in days {
                let y = year_of(d);
                match year.as_mut() {
                    Some((cur, acc)) if *cur == y => *acc += m,
                    _ => {
                        flush(year, out);
                        year = Some((y, m));
                    }
                }
            }
        });
        flush(year, out);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let (m, l) = (f.measured, f.limit);
        let (y, _, _) = civil_from_days(day_of(f.from));
        Message::new("overtime-annual-cap")
            .minutes("hours", m)
            .text("year", y.to_string())
            .minutes("limit", l)
            .minutes("excess", m - l)
    }
}
