//! `shift-schedule-notice` (s139(5)): shift schedules made known at least one month before they
//! take effect.

use decent_core::model::ShiftKind;
use decent_core::params::{Bind, Binder, Num};
use decent_core::term::{add, Length};
use decent_core::{Column, Ctx, Finding, Law, Message, Out, Rule, RuleMeta};
use decent_worktime::notice::{late_message, schedules};
use decent_worktime::Memo;
use rust_decimal::prelude::ToPrimitive;

/// A shift schedule made known late.
pub struct ScheduleNotice {
    months: Num,
}

impl Bind for ScheduleNotice {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { months: b.num("s139.publication") }
    }
}

static META: RuleMeta = RuleMeta {
    id: "shift-schedule-notice",
    section: "139",
    title: "Shift schedule made known less than a month ahead",
    doc: "s139(5): \"Darba devējam ir pienākums iepazīstināt darbiniekus ar maiņu grafikiem ne vēlāk kā \
          vienu mēnesi pirms to stāšanās spēkā.\" (The employer must acquaint employees with the shift \
          schedules not later than one month before they take effect.) Runs only when shifts.csv has \
          a `published_on` column, and reads the rows that fill it (not overtime rows, which no \
          schedule holds). A schedule is the run of an employee's consecutive rows that share one \
          `published_on` date; it takes effect on the day of its first shift and had to be made \
          known by the same date `s139.publication` (1) months earlier, or that month's last day when \
          it has no such date (one month before 31 March is 28 or 29 February); made known on that \
          day is in time. One **violation** per late schedule, about its first shift.",
    quote: "Darba devējam ir pienākums iepazīstināt darbiniekus ar maiņu grafikiem ne vēlāk kā vienu mēnesi pirms to stāšanās spēkā.",
    example: "A schedule published on 2026-03-10 whose first shift is on 2026-04-01: it had to be made known by 2026-03-01; one violation, measured 22 days of notice, limit 31 days.",
};

impl Rule for ScheduleNotice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if !cx.columns.published_on {
            return;
        }
        let mut months: Memo<i32> = Memo::default();
        let shifts = cx.shifts.iter().filter(|s| s.kind != ShiftKind::Overtime);
        schedules(shifts, |r| {
            let n = months.get(cx, r.first_day, |d| self.months.on(cx, d).to_i32().unwrap_or(1).clamp(0, 1200));
            if let Some(f) = r.late(add(r.first_day, Length::months(-n))) {
                out.push(f);
            }
        });
    }

    fn requires(&self) -> &'static [Column] {
        &[Column::PublishedOn]
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        late_message("shift-schedule-notice", f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::ShiftColumns;
    use decent_core::time::{days_from_civil, Day, Minute};
    use decent_core::Employee;

    fn published(spans: &[(Minute, Minute)], on: Day) -> Vec<decent_core::Shift> {
        let mut s = shifts(spans);
        for sh in &mut s {
            sh.published = on;
        }
        s
    }

    /// Source: s139(5) — April's schedule made known on 10 March is late (due 1 March); made
    /// known on 1 March it is in time; one month before 31 March is 28 February.
    #[test]
    fn one_month_before() {
        let law = law(&[]);
        let e = Employee::new("A");
        let cols = ShiftColumns { published_on: true, ..ShiftColumns::default() };
        let spans = [(at(2026, 4, 1, 8, 0), at(2026, 4, 1, 16, 0)), (at(2026, 4, 2, 8, 0), at(2026, 4, 2, 16, 0))];
        let f = run(&*bound::<ScheduleNotice>(&law), &law, &e, &published(&spans, days_from_civil(2026, 3, 10)), cols);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].measured, f[0].limit, f[0].detail), (22, 31, 2));
        assert!(run(&*bound::<ScheduleNotice>(&law), &law, &e, &published(&spans, days_from_civil(2026, 3, 1)), cols)
            .is_empty());
        let end = [(at(2026, 3, 31, 8, 0), at(2026, 3, 31, 16, 0))];
        assert!(run(&*bound::<ScheduleNotice>(&law), &law, &e, &published(&end, days_from_civil(2026, 2, 28)), cols)
            .is_empty());
        assert_eq!(
            run(&*bound::<ScheduleNotice>(&law), &law, &e, &published(&end, days_from_civil(2026, 3, 1)), cols).len(),
            1
        );
        // Without the column: nothing, and the rule says what it needs.
        let none = ShiftColumns::default();
        assert!(run(&*bound::<ScheduleNotice>(&law), &law, &e, &published(&spans, days_from_civil(2026, 3, 10)), none)
            .is_empty());
        assert_eq!(bound::<ScheduleNotice>(&law).requires(), &[Column::PublishedOn]);
    }
}
