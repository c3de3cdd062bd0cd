//! `two-shifts-in-a-row` (s139(2)): an employee assigned to two shifts in a row.

use decent_core::choices;
use decent_core::model::ShiftKind;
use decent_core::params::{Bind, Binder, Choice, Minutes};
use decent_core::time::{day_of, Minute, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::Memo;

choices! {
    /// When a second shift is in a row (`s139.in_a_row`).
    enum InARow { BackToBack = "back-to-back", WithinDailyRest = "within-daily-rest" }
}

/// Two shifts in a row.
pub struct TwoShiftsInARow {
    in_a_row: Choice<InARow>,
    break_min: Minutes,
    daily_rest: Minutes,
    daily_norm: Minutes,
    max_in_a_row: Minutes,
}

impl Bind for TwoShiftsInARow {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            in_a_row: b.choice("s139.in_a_row"),
            break_min: b.minutes("s145.break_min"),
            daily_rest: b.minutes("s142.daily_rest"),
            daily_norm: b.minutes("s131.daily_norm"),
            max_in_a_row: b.minutes("s140.max_in_a_row"),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "two-shifts-in-a-row",
    section: "139",
    title: "Two shifts in a row",
    doc: "s139(2): \"Aizliegts norīkot darbinieku divās maiņās pēc kārtas.\" (It is prohibited to \
          assign an employee to two shifts in a row.) Reads the rows of kind `work`: an overtime row \
          after a shift is s139(3)'s case (the employee not relieved continues, and that time is \
          overtime), and duty is not a shift. When a second shift is \"in a row\" follows \
          `s139.in_a_row`:\n\n\
          - `back-to-back` (default): it starts no more than `s145.break_min` (30 min) after the \
          previous one ends — the length of a break, not of a rest;\n\
          - `within-daily-rest`: it starts before the daily rest of s142 (`s142.daily_rest`, 12 h) \
          has passed.\n\n\
          Either way, two rows that together work no more than the normal daily working time \
          (`s131.daily_norm`, 8 h) are one shift written in parts, not two: s139(1) makes that the \
          longest a shift may be (for an employee on summarised working time, `s140.max_in_a_row`, \
          24 h: s140(4) lets a working day run that long). Each second shift is a **violation**, \
          measured as the rest between the two.",
    quote: "Aizliegts norīkot darbinieku divās maiņās pēc kārtas.",
    example:
        "A shift 06:00–14:00 and a second 14:00–22:00 the same day: one violation, measured 0 h of rest, limit 0.5 h.",
};

/// Parameters in force on a stretch of days.
#[derive(Clone, Copy)]
struct Limits {
    /// The rest between two shifts in a row is less than this (or equal, when `inclusive`).
    gap: i32,
    inclusive: bool,
    /// The normal daily working time: rows within it are one shift.
    one_shift: i32,
}

/// The shift that ended last: its start and end, and the minutes worked in it.
#[derive(Clone, Copy)]
struct Prev {
    start: Minute,
    end: Minute,
    worked: i32,
}

impl Rule for TwoShiftsInARow {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let mut memo: Memo<Limits> = Memo::default();
        let mut prev: Option<Prev> = None;
        let summarised = cx.employee.summary_period_months > 0;
        for s in cx.shifts.iter().filter(|s| s.kind == ShiftKind::Work) {
            let lim = memo.get(cx, day_of(s.start), |d| {
                let (gap, inclusive) = if self.in_a_row.on(cx, d) == InARow::WithinDailyRest {
                    (self.daily_rest.on(cx, d), false)
                } else {
                    (self.break_min.on(cx, d), true)
                };
                // Under summarised working time a working day may run to s140(4)'s cap.
                let one_shift = if summarised { self.max_in_a_row.on(cx, d) } else { self.daily_norm.on(cx, d) };
                Limits { gap, inclusive, one_shift }
            });
            let worked = s.worked_minutes();
            prev = Some(match prev {
                Some(p) if s.start - p.end < lim.gap || (lim.inclusive && s.start - p.end == lim.gap) => {
                    let rest = (s.start - p.end).max(0);
                    if p.worked + worked <= lim.one_shift {
                        Prev { start: p.start, end: p.end.max(s.end), worked: p.worked + worked }
                    } else {
                        out.push(
                            Finding::new(Severity::Violation, Span::new(p.start, s.end))
                                .minutes_vs(rest, lim.gap)
                                .line(s.line)
                                .detail(p.end - p.start),
                        );
                        Prev { start: s.start, end: s.end, worked }
                    }
                }
                Some(p) if s.end <= p.end => p,
                _ => Prev { start: s.start, end: s.end, worked },
            });
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let prev_end = f.from + f.detail;
        let rest = f.measured as i32;
        Message::new(if rest == 0 { "two-shifts-in-a-row-no-rest" } else { "two-shifts-in-a-row" })
            .time("start", prev_end + rest)
            .time("prev_start", f.from)
            .time("prev_end", prev_end)
            .minutes("rest", f.measured)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::ShiftColumns;
    use decent_core::Employee;

    /// Source: s139(2) — 06:00–14:00 then 14:00–22:00: two shifts in a row; 06:00–14:00 then
    /// 22:00–06:00: not back-to-back (8 h of rest), but within the daily rest under the other
    /// reading.
    #[test]
    fn a_double_shift() {
        let law = law(&[]);
        let e = Employee::new("A");
        let s =
            shifts(&[(at(2026, 3, 2, 6, 0), at(2026, 3, 2, 14, 0)), (at(2026, 3, 2, 14, 0), at(2026, 3, 2, 22, 0))]);
        let f = run(&*bound::<TwoShiftsInARow>(&law), &law, &e, &s, ShiftColumns::default());
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].measured, f[0].limit, f[0].line), (0, 30, 3));
        let s = shifts(&[(at(2026, 3, 2, 6, 0), at(2026, 3, 2, 14, 0)), (at(2026, 3, 2, 22, 0), at(2026, 3, 3, 6, 0))]);
        assert!(run(&*bound::<TwoShiftsInARow>(&law), &law, &e, &s, ShiftColumns::default()).is_empty());
        let wide = crate::rules::rest::testing::law(&["s139.in_a_row=within-daily-rest"]);
        let f = run(&*bound::<TwoShiftsInARow>(&wide), &wide, &e, &s, ShiftColumns::default());
        assert_eq!((f.len(), f[0].measured), (1, 8 * 60));
    }

    /// Source: s139(1) — a day written in two rows, 08:00–12:00 and 12:30–16:30, is one shift
    /// of 8 h; a third row 17:00–21:00 makes a second shift.
    #[test]
    fn a_day_in_parts_is_one_shift() {
        let law = law(&[]);
        let e = Employee::new("A");
        let mut spans =
            vec![(at(2026, 3, 2, 8, 0), at(2026, 3, 2, 12, 0)), (at(2026, 3, 2, 12, 30), at(2026, 3, 2, 16, 30))];
        assert!(run(&*bound::<TwoShiftsInARow>(&law), &law, &e, &shifts(&spans), ShiftColumns::default()).is_empty());
        spans.push((at(2026, 3, 2, 17, 0), at(2026, 3, 2, 21, 0)));
        let f = run(&*bound::<TwoShiftsInARow>(&law), &law, &e, &shifts(&spans), ShiftColumns::default());
        assert_eq!((f.len(), f[0].measured, f[0].from), (1, 30, at(2026, 3, 2, 8, 0)));
        // Source: s140(4) — on summarised time a 24-hour duty in two rows of 12 is one shift.
        let mut sum = Employee::new("S");
        sum.summary_period_months = 1;
        let day =
            shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 2, 20, 0)), (at(2026, 3, 2, 20, 0), at(2026, 3, 3, 8, 0))]);
        assert!(run(&*bound::<TwoShiftsInARow>(&law), &law, &sum, &day, ShiftColumns::default()).is_empty());
        assert_eq!(run(&*bound::<TwoShiftsInARow>(&law), &law, &e, &day, ShiftColumns::default()).len(), 1);
    }
}
