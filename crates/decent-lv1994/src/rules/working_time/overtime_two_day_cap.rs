//! `overtime-two-day-cap` (s59): more than four hours of overtime in two successive days.

use decent_core::time::{day_of, start_of_day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder, Minutes};

use crate::rules::common::Overtime;

/// Overtime above 4 h in two successive days.
pub struct OvertimeTwoDayCap {
    overtime: Overtime,
    cap: Minutes,
}

impl Bind for OvertimeTwoDayCap {
    fn bind(b: &mut Binder<'_>) -> Self {
        let cap = b.limit(|b| b.minutes("s59.two_day_overtime"));
        Self { cap, overtime: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "overtime-two-day-cap",
    section: "59",
    title: "Overtime above four hours in two successive days",
    doc: "Adds the overtime of each pair of successive calendar days — rows of kind `overtime`, \
          and, where `s57.derived_overtime` holds, ordinary work beyond the weekly norm (or the \
          period's norm under summary registration), counted in time order — and reports a pair \
          above the cap. s59: \"The overtime for each employee shall not exceed four hours in two \
          successive days and 120 hours a year.\" Each pair is reported once, named by its first \
          day; pairs start at each day with overtime, and a pair whose second day has none is left \
          out when the pair before it, already reported, ends on its first day. So a single day \
          of 5 h gives one finding, 3 h and 8 h on two days one, and 3 h on each of three days \
          two (days 1–2 and 2–3). A shift belongs \
          to the day it starts unless `s47.day_attribution` says otherwise.",
    quote: "The overtime for each employee shall not exceed four hours in two successive days",
    example: "2.5 h of overtime on Monday and 2 h on Tuesday (4.5 h): one violation for Monday–Tuesday, measured 4.5 h, limit 4 h; 2 h and 2 h pass.",
};

impl Rule for OvertimeTwoDayCap {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if cx.shifts.is_empty() {
            return;
        }
        self.overtime.with_by_day(cx, |days| {
            let mut reported_to: Option<i32> = None; // last day of the last pair reported
            for (i, &(d, m)) in days.iter().enumerate() {
                let next = days.get(i + 1).filter(|n| n.0 == d + 1).map_or(0, |n| n.1);
                // A day with no overtime after it adds nothing to a pair already reported that ends on it.
                if next == 0 && reported_to == Some(d) {
                    continue;
                }
                let limit = self.cap.on(cx, d);
                if m + next > limit {
                    reported_to = Some(d + 1);
                    let span = Span::new(start_of_day(d), start_of_day(d + 2));
                    out.push(Finding::new(Severity::Violation, span).minutes_vs(m + next, limit).detail(m));
                }
            }
        });
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let total = f.measured;
        let d = day_of(f.from);
        let first = i64::from(f.detail);
        let key = if total == first { "overtime-two-day-cap-one-day" } else { "overtime-two-day-cap" };
        Message::new(key)
            .minutes("hours", total)
            .day("day1", d)
            .day("day2", d + 1)
            .minutes("hours1", first)
            .minutes("hours2", total - first)
            .minutes("limit", f.limit)
    }
}
