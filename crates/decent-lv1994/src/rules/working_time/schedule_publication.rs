//! `schedule-publication` (s54): a shift schedule made known less than a month before it takes
//! effect.

use decent_core::model::ShiftKind;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta};
use decent_worktime::notice::{late_message, schedules};
use rust_decimal::prelude::ToPrimitive;

use decent_core::params::{Bind, Binder, Num};

use super::util::months_before;

/// A shift schedule published late.
pub struct SchedulePublication {
    notice: Num,
}

impl Bind for SchedulePublication {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { notice: b.limit(|b| b.num("s54.publication_notice")) }
    }
}

static META: RuleMeta = RuleMeta {
    id: "schedule-publication",
    section: "54",
    title: "Shift schedule made known less than a month ahead",
    doc: "Runs only when shifts.csv has a `published_on` column, and reads only the rows that \
          fill it. s54: \"The employees shall be acquainted with the shift schedules no later \
          than one month before they take effect.\" A schedule is the run of an employee's \
          consecutive work rows that share one `published_on` date; it takes effect on the day \
          of its first shift. It had to be made known by the same date one month earlier, or \
          that month's last day when it has no such date (the month arithmetic of s257: one \
          month before 31 March is 28 or 29 February); made known on that day is in time. One \
          finding per late schedule, about its first shift.",
    quote: "The employees shall be acquainted with the shift schedules no later than one month before they take effect.",
    example: "A schedule published on 1995-03-10 whose first shift is on 1995-04-03: it had to be made known by 1995-03-03; one violation, measured 24 days of notice, limit 31 days.",
};

impl Rule for SchedulePublication {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if !cx.columns.published_on {
            return;
        }
        let shifts = cx.shifts.iter().filter(|s| s.kind == ShiftKind::Work);
        schedules(shifts, |r| {
            let n = self.notice.on(cx, r.first_day).to_u32().unwrap_or(1);
            if let Some(f) = r.late(months_before(r.first_day, n)) {
                out.push(f);
            }
        });
    }

    fn requires(&self) -> &'static [decent_core::Column] {
        &[decent_core::Column::PublishedOn]
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        late_message("schedule-publication", f)
    }
}
