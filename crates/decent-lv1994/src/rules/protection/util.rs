//! Readings the protection rules share, with their parameters read once per employee.
//!
//! The hot path must not allocate per shift nor look a parameter up per shift: the night window
//! (s50) and the reading of `s169.night_work_when` are read once per employee, and the day a
//! shift's minutes belong to (s47) is `common`'s [`Attribution`].

use decent_core::model::{Shift, ShiftKind};
use decent_core::params::{Bind, Binder, Choice};
use decent_core::time::{day_of, Day};
use decent_core::{Ctx, Finding, Law, Message, Severity};

use crate::rules::words::festive_key;

use crate::rules::common::{
    mondays_to_fridays_only, worked_in_window, Attribution, Holidays, NightShiftReading, NightWindow,
};

decent_core::choices! {
    /// `s169.night_work_when`.
    enum NightWorkWhen { Any = "any", NightShift = "night-shift" }
}

/// When a shift is work "during night-time" for the protected employees (interpretation
/// `s169.night_work_when`): any minute of the night window (s50), or a night shift as s50 reads
/// it (`s50.night_shift_when`).
#[derive(Debug, Clone, Copy)]
pub struct NightWork {
    shift: NightShiftReading,
    when: Choice<NightWorkWhen>,
}

impl Bind for NightWork {
    fn bind(b: &mut Binder<'_>) -> Self {
        // Listed as read: the night window, the reading of s169, then s50's night shift.
        let _: NightWindow = b.bind();
        let when = b.choice("s169.night_work_when");
        Self { shift: b.bind(), when }
    }
}

impl NightWork {
    /// The reading in force on `day` (the night window and `s169.night_work_when`).
    #[must_use]
    pub fn on(&self, cx: &Ctx<'_>, day: Day) -> Night {
        let (from, to) = self.shift.window.on(cx, day);
        let any = self.when.on(cx, day) != NightWorkWhen::NightShift;
        Night { from, to, any, shift: self.shift }
    }
}

/// [`NightWork`] in force on a day: the night window and the reading read once.
#[derive(Debug, Clone, Copy)]
pub struct Night {
    from: i32,
    to: i32,
    any: bool,
    /// The s50 night-shift test, read on each shift's first day.
    shift: NightShiftReading,
}

impl Night {
    /// Worked minutes of the shift at night-time (s50), breaks excluded.
    #[must_use]
    pub fn minutes(&self, s: &Shift) -> i32 {
        worked_in_window(s, self.from, self.to)
    }

    /// The night minutes when the shift counts as night work under the reading, else 0.
    #[must_use]
    pub fn night_work(&mut self, cx: &Ctx<'_>, s: &Shift) -> i32 {
        let m = self.minutes(s);
        self.night_work_of(cx, s, m)
    }

    /// [`Night::night_work`] of a shift with `m` worked night minutes in this window.
    #[inline]
    fn night_work_of(&mut self, cx: &Ctx<'_>, s: &Shift, m: i32) -> i32 {
        if m == 0 || self.any {
            return m;
        }
        let test = self.shift.on(cx, day_of(s.start));
        let night = if (test.from, test.to) == (self.from, self.to) { m } else { test.minutes(s) };
        if test.holds(s, night) {
            m
        } else {
            0
        }
    }
}

pub use decent_worktime::period::days_span;

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
    night: &mut Night,
    attr: &Attribution,
    holidays: &Holidays,
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
    if mondays_to_fridays_only(s) && (d0..=d1).all(|d| !cal.is_festive(d)) {
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
        } else if holidays.is_weekly_holiday(cx, d) {
            HOLIDAY
        } else {
            return;
        };
        f(Finding::new(Severity::Violation, s.span()).minutes_vs(m, 0).line(s.line).detail(which | (d << 3)));
    });
}

/// The arguments of a limb found by [`barred_work`] or of a business trip: `limb` (`night`,
/// `overtime`, `holiday`, `festive` or `trip`) and what that limb's words need.
#[must_use]
pub fn limb_args(m: Message, f: &Finding, law: &Law) -> Message {
    let day = f.detail >> 3;
    let m = m.minutes("hours", f.measured).time("start", f.from);
    match limb(f.detail) {
        NIGHT => m.text("limb", "night"),
        OVERTIME => m.text("limb", "overtime"),
        HOLIDAY => m.text("limb", "holiday").day("day", day),
        FESTIVE => m.text("limb", "festive").day("day", day).key("name", festive_key(law, day)),
        _ => m.text("limb", "trip").day("first", day_of(f.from)).day("last", day_of(f.to - 1)),
    }
}

/// Reports every shift with night work (s50 night-time, as `s169.night_work_when` reads it) as
/// a finding of `severity`, measured in hours of night work: the whole check of s51 and s169
/// once the employee is known to be covered.
pub fn report_night_work(cx: &Ctx<'_>, night: &NightWork, severity: Severity, out: &mut decent_core::Out<'_>) {
    each_night_work(cx, night, |s, m| out.push(Finding::new(severity, s.span()).minutes_vs(m, 0).line(s.line)));
}

/// Calls `f(shift, night minutes)` for every shift with night work (s50 night-time, as
/// `s169.night_work_when` reads it), in time order.
pub fn each_night_work(cx: &Ctx<'_>, reading: &NightWork, mut f: impl FnMut(&decent_core::Shift, i32)) {
    let Some(first) = cx.shifts.first() else { return };
    let mut night = reading.on(cx, day_of(first.start));
    reading.shift.window.with_minutes(cx, |known| match known {
        // The night minutes the employee's other rules read too.
        Some((window, minutes)) if window == (night.from, night.to) => {
            for (s, &m) in cx.shifts.iter().zip(minutes) {
                if m > 0 {
                    let m = night.night_work_of(cx, s, m);
                    if m > 0 {
                        f(s, m);
                    }
                }
            }
        }
        _ => {
            for s in cx.shifts {
                let m = night.night_work(cx, s);
                if m > 0 {
                    f(s, m);
                }
            }
        }
    });
}

/// Whether a protection of parents can reach the employee at all: children recorded, and a
/// woman, a single father or a trustee (s176). A cheap test before any per-shift work.
#[must_use]
pub fn may_be_protected_parent(e: &decent_core::Employee) -> bool {
    let has_children = !e.children.is_empty() || !e.disabled_children.is_empty();
    has_children
        && (e.sex == decent_core::Sex::F
            || e.has(crate::attrs::TRUSTEE)
            || (e.sex == decent_core::Sex::M && e.has(crate::attrs::SINGLE_PARENT)))
}
