//! `work-break` (s145): a break of at least 30 minutes, within four hours of the start, when the
//! working day is longer than six hours (an adolescent's than four and a half).

use decent_core::model::{ShiftKind, NONE_U16};
use decent_core::time::{day_of, Day, Minute, Span};
use decent_core::{Column, Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Unit};
use decent_worktime::Memo;

use decent_core::choices;
use decent_core::params::{Bind, Binder, Choice, Minutes};

use super::who::{AdultFrom, Minor, Minors};

choices! {
    /// Whose working time earns the break (`s145.daily_time`).
    enum DailyTime { Shift = "shift", Day = "day" }
}

/// Breaks in work.
pub struct WorkBreak {
    after: Minutes,
    after_adolescent: Minutes,
    latest: Minutes,
    min: Minutes,
    part: Minutes,
    daily_time: Choice<DailyTime>,
    minors: Minors,
    adult_from: AdultFrom,
}

impl Bind for WorkBreak {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            after: b.minutes("s145.break_after"),
            after_adolescent: b.minutes("s145.break_after_adolescent"),
            latest: b.minutes("s145.break_latest_after"),
            min: b.minutes("s145.break_min"),
            part: b.minutes("s145.break_part_min"),
            daily_time: b.choice("s145.daily_time"),
            minors: b.bind(),
            adult_from: b.bind(),
        }
    }
}

/// No break recorded.
const MISSING: i32 = 1;
/// A break shorter than the minimum.
const SHORT: i32 = 2;
/// The (first) break starts too late.
const LATE: i32 = 3;

static META: RuleMeta = RuleMeta {
    id: "work-break",
    section: "145",
    title: "Break in work",
    doc: "s145(1): \"Ikvienam darbiniekam ir tiesības uz pārtraukumu darbā, ja viņa dienas darba laiks ir \
          ilgāks par sešām stundām. Pusaudžiem ir tiesības uz pārtraukumu darbā, ja viņu darba laiks ir \
          ilgāks par četrarpus stundām.\" s145(2): the break is granted not later than four hours after \
          the start of work and may not be shorter than 30 minutes (a collective agreement may set \
          another procedure); s145(5): a break for rest is granted in any case, and may be divided \
          into parts of at least 15 minutes.\n\n\
          Runs only when shifts.csv has a `break_minutes` column (the unpaid break inside the row). \
          Reads work and overtime rows. Whose working time earns the break follows `s145.daily_time`: \
          `shift` (default), each row; `day`, the rows starting on one calendar day, the gaps between \
          them of at least `s145.break_part_min` (15 min) counting as parts of the break. When the \
          working time (clock time less breaks) is longer than `s145.break_after` (6 h; an adolescent's \
          `s145.break_after_adolescent`, 4.5 h, s37):\n\n\
          - no break at all is a **warning**: a break counted as working time (s145(2), s145(3): the \
          employee may not leave the workplace) is not in `break_minutes`;\n\
          - a break shorter than `s145.break_min` (30 min) is a **violation**;\n\
          - with `break_start` recorded (or a gap between rows), a first break starting more than \
          `s145.break_latest_after` (4 h) after the start of work is a **violation**.\n\n\
          Not checked: how the parts of one recorded break are divided (`break_minutes` is a total), \
          and the additional break for special risk of s145(6), which counts as working time.",
    quote:
        "Ikvienam darbiniekam ir tiesības uz pārtraukumu darbā, ja viņa dienas darba laiks ir ilgāks par sešām stundām.",
    example: "A shift 08:00–16:30 with a 20-minute break: one violation, measured 20 min, limit 30 min.",
};

/// Parameters in force on a stretch of days.
#[derive(Clone, Copy)]
struct Limits {
    after: i32,
    after_adolescent: i32,
    latest: i32,
    min: i32,
    adult_from: Day,
}

/// A working day (or one row) being read.
#[derive(Clone, Copy)]
struct WorkDay {
    day: Day,
    start: Minute,
    end: Minute,
    line: u32,
    worked: i32,
    breaks: i32,
    /// When the first break (recorded or a gap) starts, when known.
    first_break: Option<Minute>,
}

impl Rule for WorkBreak {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let by_day = self.daily_time.on(cx, day_of(first.start)) == DailyTime::Day;
        let mut memo: Memo<Limits> = Memo::default();
        let mut judge = |d: WorkDay, out: &mut Out<'_>| {
            let l = memo.get(cx, d.day, |day| Limits {
                after: self.after.on(cx, day),
                after_adolescent: self.after_adolescent.on(cx, day),
                latest: self.latest.on(cx, day),
                min: self.min.on(cx, day),
                adult_from: self.adult_from.on(cx, day),
            });
            if d.worked <= l.after.min(l.after_adolescent) {
                return;
            }
            let after = if d.day < l.adult_from && self.minors.on(cx, d.day) == Minor::Adolescent {
                l.after_adolescent
            } else {
                l.after
            };
            if d.worked <= after {
                return;
            }
            let span = Span::new(d.start, d.end);
            let f = if d.breaks == 0 {
                Finding::new(Severity::Warning, span).minutes_vs(d.worked, after).detail(MISSING)
            } else if d.breaks < l.min {
                Finding::new(Severity::Violation, span)
                    .measure(i64::from(d.breaks), i64::from(l.min), Unit::Minutes)
                    .detail(SHORT)
            } else if let Some(at) = d.first_break.filter(|&at| at - d.start > l.latest) {
                Finding::new(Severity::Violation, span).minutes_vs(at - d.start, l.latest).detail(LATE)
            } else {
                return;
            };
            out.push(f.line(d.line));
        };
        let mut cur: Option<WorkDay> = None;
        for s in cx.shifts.iter().filter(|s| s.kind != ShiftKind::Duty) {
            let day = day_of(s.start);
            let b = i32::from(s.break_minutes);
            let recorded = (b > 0 && s.break_offset != NONE_U16).then(|| s.start + i32::from(s.break_offset));
            match cur.as_mut() {
                Some(c) if by_day && c.day == day => {
                    let gap = s.start - c.end;
                    if gap >= self.part.on(cx, day) {
                        c.breaks += gap;
                        c.first_break = c.first_break.or(Some(c.end));
                    }
                    c.breaks += b;
                    if let Some(at) = recorded {
                        c.first_break = Some(c.first_break.map_or(at, |f| f.min(at)));
                    }
                    c.end = c.end.max(s.end);
                    c.worked += s.worked_minutes();
                }
                _ => {
                    if let Some(c) = cur.take() {
                        judge(c, out);
                    }
                    cur = Some(WorkDay {
                        day,
                        start: s.start,
                        end: s.end,
                        line: s.line,
                        worked: s.worked_minutes(),
                        breaks: b,
                        first_break: recorded,
                    });
                }
            }
        }
        if let Some(c) = cur {
            judge(c, out);
        }
    }

    fn requires(&self) -> &'static [Column] {
        &[Column::BreakMinutes]
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        match f.detail {
            // A break is counted in minutes.
            SHORT => Message::new("work-break-short")
                .time("start", f.from)
                .count("measured", f.measured)
                .count("limit", f.limit),
            d => Message::new(if d == MISSING { "work-break-missing" } else { "work-break-late" })
                .time("start", f.from)
                .minutes("measured", f.measured)
                .minutes("limit", f.limit),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::ShiftColumns;
    use decent_core::time::days_from_civil;
    use decent_core::Employee;

    fn cols() -> ShiftColumns {
        ShiftColumns { break_minutes: true, break_start: true, ..ShiftColumns::default() }
    }

    fn shift(from: (u32, i32, i32), to: (u32, i32, i32), brk: u16, offset: Option<u16>) -> decent_core::Shift {
        let mut s = shifts(&[(at(2026, 3, from.0, from.1, from.2), at(2026, 3, to.0, to.1, to.2))]).remove(0);
        s.break_minutes = brk;
        s.break_offset = offset.unwrap_or(NONE_U16);
        s
    }

    /// Source: s145(1), s145(2) — 08:00–16:30 with 20 minutes: short; with 30 starting at 12:00:
    /// lawful; starting at 12:30: late; with none: a warning; 08:00–14:00 (6 h): no break owed.
    #[test]
    fn a_break_of_thirty_minutes_within_four_hours() {
        let law = law(&[]);
        let e = Employee::new("A");
        let rule = bound::<WorkBreak>(&law);
        let one = |s| run(&*rule, &law, &e, &[s], cols());
        let f = one(shift((2, 8, 0), (2, 16, 30), 20, None));
        assert_eq!((f.len(), f[0].detail, f[0].measured, f[0].severity), (1, SHORT, 20, Severity::Violation));
        assert!(one(shift((2, 8, 0), (2, 16, 30), 30, Some(240))).is_empty());
        let f = one(shift((2, 8, 0), (2, 16, 30), 30, Some(270)));
        assert_eq!((f.len(), f[0].detail, f[0].measured), (1, LATE, 270));
        let f = one(shift((2, 8, 0), (2, 16, 30), 0, None));
        assert_eq!((f.len(), f[0].detail, f[0].severity), (1, MISSING, Severity::Warning));
        assert!(one(shift((2, 8, 0), (2, 14, 0), 0, None)).is_empty());
        // An adolescent of 16: 5 h of work earn a break.
        let mut teen = Employee::new("T");
        teen.birth_date = Some(days_from_civil(2010, 1, 1));
        let f = run(&*bound::<WorkBreak>(&law), &law, &teen, &[shift((2, 8, 0), (2, 13, 0), 0, None)], cols());
        assert_eq!((f.len(), f[0].limit), (1, 270));
        assert_eq!(bound::<WorkBreak>(&law).requires(), &[Column::BreakMinutes]);
    }

    /// Source: s145(1), s145(5) — two rows 08:00–11:30 and 11:40–15:30 on one day: by the row,
    /// neither is over 6 h; by the day, 7 h 20 min of work with a 10-minute gap, too short to be
    /// a part of the break (15 min): no break. With a 30-minute gap, the break is given.
    #[test]
    fn by_the_day_gaps_are_parts_of_the_break() {
        let e = Employee::new("A");
        let rows =
            |gap_end: i32| vec![shift((2, 8, 0), (2, 11, 30), 0, None), shift((2, 11, gap_end), (2, 15, 30), 0, None)];
        assert!(run(&*bound::<WorkBreak>(&law(&[])), &law(&[]), &e, &rows(40), cols()).is_empty());
        let by_day = law(&["s145.daily_time=day"]);
        let f = run(&*bound::<WorkBreak>(&by_day), &by_day, &e, &rows(40), cols());
        assert_eq!((f.len(), f[0].detail), (1, MISSING));
        let mut ok = rows(0);
        ok[1].start = at(2026, 3, 2, 12, 0);
        assert!(run(&*bound::<WorkBreak>(&by_day), &by_day, &e, &ok, cols()).is_empty());
    }
}
