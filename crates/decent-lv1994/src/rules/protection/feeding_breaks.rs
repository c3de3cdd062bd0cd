//! `feeding-breaks` (s177, reach s176): intervals for feeding a child under 18 months.

use decent_core::time::day_of;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Sex, Unit};

use decent_core::params::{Bind, Binder, Minutes};

use crate::attrs::{FEEDING_MINUTES, SINGLE_PARENT, TRUSTEE};
use crate::rules::common::Whole;
use crate::rules::words::who;

/// Feeding intervals short of s177.
pub struct FeedingBreaks {
    child_age_months: Whole,
    interval: Minutes,
    interval_two: Minutes,
    every: Minutes,
}

impl Bind for FeedingBreaks {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            child_age_months: Whole::bind(b, "s177.child_age_months"),
            interval: b.minutes("s177.interval"),
            every: b.minutes("s177.every"),
            interval_two: b.minutes("s177.interval_two_children"),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "feeding-breaks",
    section: "177",
    title: "Intervals for feeding a child under 18 months",
    doc: "s177: \"In addition to the routine intervals for rest and nourishment, the women who have \
          children under the age of 18 months shall be granted additional intervals for the \
          feeding of the child. Such intervals which are not shorter than 30 minutes shall be \
          granted not less than in every three hours. If there are two or more children under the \
          age of 18 months, the interval shall be at least one hour.\" s176 extends s177 to single \
          fathers and trustees (employees.csv `single_parent` with sex M, or `trustee`); for them \
          the child's age is s177's own 18 months whatever `s176.age_reading` says, since a \
          feeding interval for a child of 14 has no sense. Such findings cite s176.\n\n\
          Runs only when the shifts input has the `feeding_minutes` column, and skips rows where it \
          is blank. On the day a shift starts, with n children under 18 months \
          (`s177.child_age_months`), a shift of N worked hours is owed floor(N / 3) intervals \
          (`s177.every`) of 30 minutes (`s177.interval`), or of one hour when n ≥ 2 \
          (`s177.interval_two_children`). Fewer `feeding_minutes` than that is a **violation**.\n\n\
          Limits: s177 lets the mother join the intervals, add them to the lunch break or take \
          them at the end of the shift, which is then shortened; record such time in \
          `feeding_minutes` too.",
    quote: "Such intervals which are not shorter than 30 minutes shall be granted not less than in every three hours.",
    example: "A woman with a child of 10 months works 8 h with 30 feeding minutes recorded: 2 intervals of 30 minutes are owed, one violation (measured 30 min, limit 60 min).",
};

impl Rule for FeedingBreaks {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if !cx.columns.has(decent_core::Column::Declared(FEEDING_MINUTES)) {
            return;
        }
        let e = cx.employee;
        if e.children.is_empty() && e.disabled_children.is_empty() {
            return;
        }
        let via_176 = e.sex != Sex::F && (e.has(TRUSTEE) || (e.sex == Sex::M && e.has(SINGLE_PARENT)));
        if e.sex != Sex::F && !via_176 {
            return;
        }
        let Some(first) = cx.shifts.first() else { return };
        let day0 = day_of(first.start);
        let months = self.child_age_months.on(cx, day0);
        let one = self.interval.on(cx, day0);
        let two = self.interval_two.on(cx, day0);
        let every = self.every.on(cx, day0).max(1);
        for s in cx.shifts {
            let Some(given) = s.extra(FEEDING_MINUTES) else { continue };
            let n = e.children_under_months(months, day_of(s.start));
            if n == 0 {
                continue;
            }
            let interval = if n >= 2 { two } else { one };
            let owed = (s.worked_minutes() / every) * interval;
            let given = i32::from(given);
            if given < owed {
                let f = Finding::new(Severity::Violation, s.span())
                    .measure(i64::from(given), i64::from(owed), Unit::Minutes)
                    .line(s.line)
                    .detail(interval * 10 + n.min(9) as i32);
                out.push(if via_176 { f.also("176") } else { f });
            }
        }
    }

    fn requires(&self) -> &'static [decent_core::Column] {
        &[decent_core::Column::Declared(FEEDING_MINUTES)]
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let given = f.measured;
        let owed = f.limit;
        // detail: the interval in minutes, times ten, plus the number of children (at most 9).
        let interval = i64::from((f.detail / 10).max(1));
        Message::new("feeding-breaks")
            .time("start", f.from)
            .count("given", given)
            .text("who", who(f))
            .count("children", f.detail % 10)
            .count("intervals", owed / interval)
            .count("interval", interval)
            .count("owed", owed)
            .count("missing", owed - given)
    }
}
