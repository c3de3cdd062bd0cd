//! Readings the protection rules share, with their parameters read once per employee.
//!
//! The hot path must not allocate per shift nor look a parameter up per shift, so the readings of
//! `common` the protection rules need (which day a shift's minutes belong to, s47; night minutes,
//! s50) are taken here from parameters read once, and give the same numbers as `common` (the unit
//! tests hold them equal).

use decent_core::model::{Shift, ShiftKind};
use decent_core::time::{day_of, fmt_day, fmt_minute, split_by_day, weekday, Day, Span};
use decent_core::{Ctx, Finding, Law, Severity};

use crate::rules::common::{hours, is_night_shift, is_weekly_holiday, night_window, worked_in_window};

/// Which day a shift's worked minutes belong to (s47, interpretation `s47.day_attribution`),
/// read once; the same split as `common::worked_by_day`, without a `Vec` per shift.
#[derive(Debug, Clone, Copy)]
pub struct Attribution {
    split: bool,
}

impl Attribution {
    /// The reading in force on `day`.
    #[must_use]
    pub fn of(cx: &Ctx<'_>, day: Day) -> Self {
        Self { split: cx.law.params.choice("s47.day_attribution", day) == "split-at-midnight" }
    }

    /// Calls `f(day, worked minutes)` for each day the shift's worked minutes belong to.
    pub fn each(&self, s: &Shift, mut f: impl FnMut(Day, i32)) {
        let worked = s.worked_minutes();
        if !self.split || day_of(s.start) == day_of(s.end - 1) {
            f(day_of(s.start), worked);
            return;
        }
        let clock = s.clock_minutes().max(1);
        let last = day_of(s.end - 1);
        let mut given = 0;
        for (d, m) in split_by_day(s.span()) {
            let share =
                if d == last { worked - given } else { ((i64::from(m) * i64::from(worked)) / i64::from(clock)) as i32 };
            given += share;
            f(d, share);
        }
    }
}

/// When a shift is work "during night-time" for the protected employees (interpretation
/// `s169.night_work_when`), with the night window (s50) read once.
#[derive(Debug, Clone, Copy)]
pub struct Night {
    from: i32,
    to: i32,
    any: bool,
}

impl Night {
    /// The reading in force on `day`.
    #[must_use]
    pub fn of(cx: &Ctx<'_>, day: Day) -> Self {
        let (from, to) = night_window(cx, day);
        Self { from, to, any: cx.law.params.choice("s169.night_work_when", day) != "night-shift" }
    }

    /// Worked minutes of the shift at night-time (s50), breaks excluded.
    #[must_use]
    pub fn minutes(&self, s: &Shift) -> i32 {
        worked_in_window(s, self.from, self.to)
    }

    /// The night minutes when the shift counts as night work under the reading, else 0.
    #[must_use]
    pub fn night_work(&self, cx: &Ctx<'_>, s: &Shift) -> i32 {
        let m = self.minutes(s);
        if m == 0 || self.any || is_night_shift(cx, s) {
            m
        } else {
            0
        }
    }
}

/// A span of whole days `[first, last]` as civil minutes.
#[must_use]
pub fn days_span(first: Day, last: Day) -> Span {
    Span::new(decent_core::time::start_of_day(first), decent_core::time::start_of_day(last + 1))
}

/// Limb of a protection: night-time work (measured: night minutes).
pub const NIGHT: i32 = 1;
/// Limb: overtime (a row of kind `overtime`; measured: its worked minutes).
pub const OVERTIME: i32 = 2;
/// Limb: work on a weekly holiday (measured: minutes on that day; the day in `detail >> 3`).
pub const HOLIDAY: i32 = 3;
/// Limb: work on a festive day (measured: minutes on that day; the day in `detail >> 3`).
pub const FESTIVE: i32 = 4;
/// Limb: a business trip (an absence of kind `business_trip`; measured: days).
pub const TRIP: i32 = 5;

/// The limb of a finding's `detail`.
#[must_use]
pub fn limb(detail: i32) -> i32 {
    detail & 7
}

/// Reports, as violations, the limbs of "night-time and overtime work, … work on holidays and
/// festive days" (s170, s186) that a shift breaks: night minutes (`night`), a row of kind
/// `overtime`, and worked minutes on a weekly holiday (s61) or — when `festive` — a festive day,
/// each day counted as `attr` attributes it. One finding per limb (and per day) of the shift.
pub fn barred_work(
    cx: &Ctx<'_>,
    s: &Shift,
    night: &Night,
    attr: &Attribution,
    festive: bool,
    mut f: impl FnMut(Finding),
) {
    let n = night.night_work(cx, s);
    if n > 0 {
        f(Finding::new(Severity::Violation, s.span()).minutes_vs(n, 0).line(s.line).detail(NIGHT));
    }
    if s.kind == ShiftKind::Overtime {
        f(Finding::new(Severity::Violation, s.span()).minutes_vs(s.worked_minutes(), 0).line(s.line).detail(OVERTIME));
    }
    let (d0, d1) = (day_of(s.start), day_of(s.end - 1));
    let cal = &cx.law.calendar;
    if (d0..=d1).all(|d| weekday(d) < 5 && !cal.is_festive(d)) {
        return;
    }
    attr.each(s, |d, m| {
        if m <= 0 {
            return;
        }
        let which = if cal.is_festive(d) {
            if !festive {
                return;
            }
            FESTIVE
        } else if is_weekly_holiday(cx, d) {
            HOLIDAY
        } else {
            return;
        };
        f(Finding::new(Severity::Violation, s.span()).minutes_vs(m, 0).line(s.line).detail(which | (d << 3)));
    });
}

/// Plain words for a limb found by [`barred_work`] or a business trip.
#[must_use]
pub fn limb_words(f: &Finding, law: &Law) -> String {
    let m = (f.measured * 60.0).round() as i32;
    let day = f.detail >> 3;
    match limb(f.detail) {
        NIGHT => format!("night-time work ({} at night in the shift starting {})", hours(m), fmt_minute(f.from)),
        OVERTIME => format!("overtime work ({} of overtime in the shift starting {})", hours(m), fmt_minute(f.from)),
        HOLIDAY => format!("work on a holiday ({} on the weekly holiday {})", hours(m), fmt_day(day)),
        FESTIVE => format!(
            "work on a festive day ({} on {}, {})",
            hours(m),
            fmt_day(day),
            law.calendar.name(day).unwrap_or("a festive day")
        ),
        _ => format!("a business trip ({} to {})", fmt_day(day_of(f.from)), fmt_day(day_of(f.to - 1))),
    }
}

/// Reports every shift with night work (s50 night-time, as `s169.night_work_when` reads it) as
/// a finding of `severity`, measured in hours of night work: the whole check of s51 and s169
/// once the employee is known to be covered.
pub fn report_night_work(cx: &Ctx<'_>, severity: Severity, out: &mut decent_core::Out<'_>) {
    let Some(first) = cx.shifts.first() else { return };
    let night = Night::of(cx, day_of(first.start));
    for s in cx.shifts {
        let m = night.night_work(cx, s);
        if m > 0 {
            out.push(Finding::new(severity, s.span()).minutes_vs(m, 0).line(s.line));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::common::worked_by_day;
    use decent_core::model::ShiftColumns;
    use decent_core::model::{ShiftKind, NONE_DAY, NONE_U16};
    use decent_core::time::{days_from_civil, start_of_day};
    use decent_core::Employee;

    fn shift(start: i32, end: i32, brk: u16) -> Shift {
        Shift {
            start,
            end,
            emp: 0,
            line: 2,
            published: NONE_DAY,
            break_minutes: brk,
            break_offset: NONE_U16,
            feeding_minutes: NONE_U16,
            employer: NONE_U16,
            kind: ShiftKind::Work,
            idle_minutes: 0,
        }
    }

    /// Source: s47 (the attribution here is `common::worked_by_day`'s, minute for minute).
    #[test]
    fn attribution_agrees_with_common() {
        for reading in ["start-day", "split-at-midnight"] {
            let mut law = crate::law().expect("the pack loads");
            law.params.set(&format!("s47.day_attribution={reading}")).expect("a choice");
            let e = Employee::new("a");
            let cx =
                Ctx { law: &law, emp: 0, employee: &e, shifts: &[], absences: &[], columns: ShiftColumns::default() };
            let d = start_of_day(days_from_civil(1995, 3, 10));
            let a = Attribution::of(&cx, 0);
            for (s, e, b) in
                [(d + 600, d + 1000, 30), (d + 1320, d + 1800, 45), (d + 1000, d + 4000, 7), (d, d + 1440, 0)]
            {
                let s = shift(s, e, b);
                let mut got = Vec::new();
                a.each(&s, |d, m| got.push((d, m)));
                assert_eq!(got, worked_by_day(&cx, &s), "{reading}");
            }
        }
    }
}
