//! `summary-period-norm` (s55): ordinary hours in a summary-registration period above its norm.

use decent_core::time::{day_of, start_of_day, Day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use crate::rules::common::{summary_period, under_summary, Days, PeriodNorm};

/// Ordinary hours of a reference period above the period's norm.
pub struct SummaryPeriodNorm {
    days: Days,
    norm: PeriodNorm,
}

impl Bind for SummaryPeriodNorm {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { norm: b.bind(), days: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "summary-period-norm",
    section: "55",
    title: "Working time of a summary-registration period above its norm",
    doc: "For an employee under summary registration (`summary_period_months` > 0), adds the \
          ordinary hours (rows of kind `work`, breaks excluded) of each reference period — \
          periods of that many months counted from 1 January — and reports a period above its \
          norm. s55 allows summary registration \"provided that the working time during the \
          period of registration does not exceed the normal number of working hours (Sections 45 \
          and 46)\". The period's norm follows interpretation `s55.period_norm`: by default the \
          daily norm times the period's working days that are not festive days, less days of \
          absence. Only periods holding shifts are reported; a period the data covers only in \
          part is still checked, since hours not in the data can only add to the total. Hours \
          beyond the norm are overtime (s57).",
    quote: "provided that the working time during the period of registration does not exceed the normal number of working hours (Sections 45 and 46)",
    example: "A 40-hour employee on a one-month period works 23 shifts of 8 h in March 1995 (184 h) against 23 working days × 8 h = 184 h: no finding; a 24th shift gives one violation, measured 192 h, limit 184 h.",
};

impl Rule for SummaryPeriodNorm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if !under_summary(cx) {
            return;
        }
        let months = cx.employee.summary_period_months;
        let mut period: Option<(Day, Day, i32)> = None; // (first, last, minutes)
        let flush = |p: Option<(Day, Day, i32)>, out: &mut Out<'_>| {
            if let Some((first, last, mins)) = p {
                let norm = self.norm.of(cx, first, last);
                if mins > norm {
                    let span = Span::new(start_of_day(first), start_of_day(last + 1));
                    out.push(Finding::new(Severity::Violation, span).minutes_vs(mins, norm));
                }
            }
        };
        self.days.ordinary_daily_totals(cx, |d, m, _| match period.as_mut() {
            Some((first, last, acc)) if *first <= d && d <= *last => *acc += m,
            _ => {
                flush(period, out);
                let (first, last) = summary_period(months, d);
                period = Some((first, last, m));
            }
        });
        flush(period, out);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let (m, l) = (f.measured, f.limit);
        Message::new("summary-period-norm")
            .minutes("hours", m)
            .day("first", day_of(f.from))
            .day("last", day_of(f.to) - 1)
            .minutes("limit", l)
            .minutes("excess", m - l)
    }
}
