//! `summarised-time-cap` (s140(4)): under summarised working time, never more than 24 hours in
//! a row nor 56 hours a week.

use decent_core::choices;
use decent_core::params::{Bind, Binder, Choice, Minutes};
use decent_core::time::{day_of, start_of_day, week_start, Minute, Span, MINUTES_PER_DAY};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Shift};

choices! {
    /// The week of the 56-hour cap (`s140.week`).
    enum Week { CalendarWeek = "calendar-week", EverySevenDays = "every-seven-days" }
}

/// The caps of summarised working time.
pub struct SummarisedCap {
    in_a_row: Minutes,
    weekly: Minutes,
    week: Choice<Week>,
}

impl Bind for SummarisedCap {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            in_a_row: b.minutes("s140.max_in_a_row"),
            weekly: b.minutes("s140.max_weekly"),
            week: b.choice("s140.week"),
        }
    }
}

/// A stretch of work longer than the cap in a row.
const IN_A_ROW: i32 = 1;
/// A calendar week over the weekly cap.
const WEEK_CAL: i32 = 2;
/// Seven days in a row over the weekly cap.
const SEVEN_DAYS: i32 = 3;

const WEEK: i32 = 7 * MINUTES_PER_DAY;

static META: RuleMeta = RuleMeta {
    id: "summarised-time-cap",
    section: "140",
    title: "Summarised working time: at most 24 hours in a row and 56 hours a week",
    doc: "s140(4): \"Summētā darba laika ietvaros jebkurā gadījumā aizliegts nodarbināt darbinieku ilgāk \
          par 24 stundām pēc kārtas un 56 stundām nedēļā.\" (Within summarised working time it is in \
          any case prohibited to employ an employee for more than 24 hours in a row and 56 hours a \
          week.) Reads employees on summarised working time (`summary_period_months` > 0) and rows of \
          every kind.\n\n\
          - A stretch of work (rows that overlap or touch, breaks inside them included) longer than \
          `s140.max_in_a_row` (24 h) is a **violation**, measured as its length.\n\
          - Working time (clock time less breaks; a row across the week's edge counts in each week in \
          proportion to its clock time) above `s140.max_weekly` (56 h) in a week is a **violation**. \
          The week follows `s140.week`: `calendar-week` (default), Monday to Sunday; \
          `every-seven-days`, the seven days from the start of each row, failing periods that overlap \
          being one finding measured as the most worked in any of them.",
    quote: "Summētā darba laika ietvaros jebkurā gadījumā aizliegts nodarbināt darbinieku ilgāk par 24 stundām pēc kārtas un 56 stundām nedēļā.",
    example: "An employee on summarised time works 2026-03-02 08:00 to 2026-03-03 10:00: one violation, 26 h in a row, limit 24 h.",
};

/// Worked minutes of `s` inside `[from, to)`, in proportion to its clock time.
fn worked_in(s: &Shift, from: Minute, to: Minute) -> i64 {
    let clock = i64::from(s.clock_minutes().max(1));
    let overlap = i64::from((s.end.min(to) - s.start.max(from)).max(0));
    i64::from(s.worked_minutes()) * overlap / clock
}

impl Rule for SummarisedCap {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if cx.employee.summary_period_months == 0 {
            return;
        }
        let Some(first) = cx.shifts.first() else { return };
        let day = day_of(first.start);
        let in_a_row = self.in_a_row.on(cx, day);
        let weekly = i64::from(self.weekly.on(cx, day));
        let calendar = self.week.on(cx, day) == Week::CalendarWeek;

        // In a row.
        let mut cur: Option<(Minute, Minute, u32)> = None;
        let stretch = |c: (Minute, Minute, u32), out: &mut Out<'_>| {
            if c.1 - c.0 > in_a_row {
                let f = Finding::new(Severity::Violation, Span::new(c.0, c.1)).minutes_vs(c.1 - c.0, in_a_row);
                out.push(f.line(c.2).detail(IN_A_ROW));
            }
        };
        for s in cx.shifts {
            match cur.as_mut() {
                Some(c) if s.start <= c.1 => c.1 = c.1.max(s.end),
                _ => {
                    if let Some(c) = cur.take() {
                        stretch(c, out);
                    }
                    cur = Some((s.start, s.end, s.line));
                }
            }
        }
        if let Some(c) = cur {
            stretch(c, out);
        }

        // A week.
        let report = |from: Minute, to: Minute, worked: i64, detail: i32, out: &mut Out<'_>| {
            let f = Finding::new(Severity::Violation, Span::new(from, to)).measure(
                worked,
                weekly,
                decent_core::Unit::Hours,
            );
            out.push(f.detail(detail));
        };
        if calendar {
            let origin = start_of_day(week_start(0));
            let mut week: Option<(Minute, i64)> = None;
            for s in cx.shifts {
                let mut w = origin + (s.start - origin).div_euclid(WEEK) * WEEK;
                while w < s.end {
                    let add = worked_in(s, w, w + WEEK);
                    match week.as_mut() {
                        Some((ws, sum)) if *ws == w => *sum += add,
                        _ => {
                            if let Some((ws, sum)) = week.take().filter(|&(_, sum)| sum > weekly) {
                                report(ws, ws + WEEK, sum, WEEK_CAL, out);
                            }
                            week = Some((w, add));
                        }
                    }
                    w += WEEK;
                }
            }
            if let Some((ws, sum)) = week.filter(|&(_, sum)| sum > weekly) {
                report(ws, ws + WEEK, sum, WEEK_CAL, out);
            }
        } else {
            // The seven days from each row's start: rows starting inside, the last cut at the end.
            let sh = cx.shifts;
            let (mut j, mut sum) = (0usize, 0i64);
            let mut pending: Option<(Minute, Minute, i64)> = None;
            for (i, s) in sh.iter().enumerate() {
                let end = s.start + WEEK;
                if j < i {
                    j = i;
                    sum = 0;
                }
                while j < sh.len() && sh[j].start < end {
                    sum += i64::from(sh[j].worked_minutes());
                    j += 1;
                }
                let last = &sh[j - 1];
                let worked = sum - (i64::from(last.worked_minutes()) - worked_in(last, last.start, end));
                if worked > weekly {
                    match pending.as_mut() {
                        Some(p) if s.start < p.1 => {
                            p.1 = end;
                            p.2 = p.2.max(worked);
                        }
                        _ => {
                            if let Some(p) = pending.take() {
                                report(p.0, p.1, p.2, SEVEN_DAYS, out);
                            }
                            pending = Some((s.start, end, worked));
                        }
                    }
                }
                sum -= i64::from(s.worked_minutes());
            }
            if let Some(p) = pending {
                report(p.0, p.1, p.2, SEVEN_DAYS, out);
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let key = match f.detail {
            IN_A_ROW => "summarised-time-cap-in-a-row",
            WEEK_CAL => "summarised-time-cap-week",
            _ => "summarised-time-cap-seven-days",
        };
        Message::new(key)
            .time("from", f.from)
            .time("to", f.to)
            .day("week", day_of(f.from))
            .minutes("measured", f.measured)
            .minutes("limit", f.limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::ShiftColumns;
    use decent_core::Employee;

    fn summarised() -> Employee {
        let mut e = Employee::new("S");
        e.summary_period_months = 1;
        e
    }

    /// Source: s140(4) — 26 hours in a row; 24 exactly is lawful; someone not on summarised time
    /// is not read.
    #[test]
    fn twenty_four_hours_in_a_row() {
        let law = law(&[]);
        let s = shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 3, 10, 0))]);
        let f = run(&*bound::<SummarisedCap>(&law), &law, &summarised(), &s, ShiftColumns::default());
        assert_eq!((f.len(), f[0].measured, f[0].detail), (1, 26 * 60, IN_A_ROW));
        let s = shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 2, 20, 0)), (at(2026, 3, 2, 20, 0), at(2026, 3, 3, 8, 0))]);
        assert!(run(&*bound::<SummarisedCap>(&law), &law, &summarised(), &s, ShiftColumns::default()).is_empty());
        let s = shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 3, 10, 0))]);
        assert!(run(&*bound::<SummarisedCap>(&law), &law, &Employee::new("A"), &s, ShiftColumns::default()).is_empty());
    }

    /// Source: s140(4) — three 24-hour shifts from Monday, Wednesday and Friday are 72 h in the
    /// week; two and a 12-hour one, 60 h; two 24-hour shifts and an 8-hour one, 56 h, lawful.
    /// Every seven days: Friday, Sunday and Tuesday 24 h each straddle two calendar weeks.
    #[test]
    fn fifty_six_hours_a_week() {
        let law = law(&[]);
        let day = |d: u32, h: i32| (at(2026, 3, d, 8, 0), at(2026, 3, d, 8, 0) + h * 60);
        let f = run(
            &*bound::<SummarisedCap>(&law),
            &law,
            &summarised(),
            &shifts(&[day(2, 24), day(4, 24), day(6, 12)]),
            ShiftColumns::default(),
        );
        assert_eq!((f.len(), f[0].measured, f[0].detail), (1, 60 * 60, WEEK_CAL));
        assert!(run(
            &*bound::<SummarisedCap>(&law),
            &law,
            &summarised(),
            &shifts(&[day(2, 24), day(4, 24), day(6, 8)]),
            ShiftColumns::default()
        )
        .is_empty());
        let straddle = shifts(&[day(6, 24), day(8, 24), day(10, 24)]);
        assert!(run(&*bound::<SummarisedCap>(&law), &law, &summarised(), &straddle, ShiftColumns::default()).is_empty());
        let seven = crate::rules::rest::testing::law(&["s140.week=every-seven-days"]);
        let f = run(&*bound::<SummarisedCap>(&seven), &seven, &summarised(), &straddle, ShiftColumns::default());
        assert_eq!((f.len(), f[0].measured, f[0].detail), (1, 72 * 60, SEVEN_DAYS));
    }
}
