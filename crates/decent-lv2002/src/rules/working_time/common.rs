//! What the working-time rules (s131–s138) read alike: the ordinary hours of each day, once per
//! employee; who is a child or an adolescent (s37) on a day; whole numbers from parameters.

use decent_core::model::{Shift, ShiftKind};
use decent_core::params::{Bind, Binder, Choice, Flag, Num};
use decent_core::rule::Derived;
use decent_core::time::Day;
use decent_core::Ctx;
use decent_worktime::days::{daily_totals, Attribution};

decent_core::choices! {
    /// `s131.day`: the "diennakts periods" in which daily working time is counted.
    pub enum DayReading {
        /// Midnight to midnight: a shift across midnight counts on each day for its part.
        CalendarDay = "calendar-day",
        /// The 24 hours from the start of each shift: the shift counts whole on its first day.
        FromShiftStart = "from-shift-start",
    }
}

/// How `s131.day` gives a shift's minutes to days.
#[derive(Debug, Clone, Copy)]
pub struct Days {
    day: Choice<DayReading>,
}

impl Bind for Days {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { day: b.choice("s131.day") }
    }
}

/// The ordinary (`kind=work`) minutes of each day, as `s131.day` gives them to days.
#[derive(Default)]
struct OrdinaryDays {
    done: bool,
    days: Vec<(Day, i32, u32)>,
}

impl Derived for OrdinaryDays {
    fn clear(&mut self) {
        self.done = false;
        self.days.clear();
    }
}

impl Days {
    /// How a shift's minutes go to days, read on `day` (the toolkit's reading, passed in).
    pub fn attribution(&self, cx: &Ctx<'_>, day: Day) -> Attribution {
        Attribution::new(self.day.on(cx, day) == DayReading::CalendarDay)
    }

    /// Appends to `out` one `(day, minutes, line)` per day with working time of the shifts
    /// `keep` selects, in day order, days by `s131.day`.
    pub fn totals(&self, cx: &Ctx<'_>, keep: impl Fn(&Shift) -> bool, out: &mut Vec<(Day, i32, u32)>) {
        daily_totals(cx, keep, |d| self.attribution(cx, d), out);
    }

    /// Calls `f(day, minutes, line)` for each day with ordinary (`kind=work`) working time, in
    /// day order (`line`: the first shift counted on the day), worked out once per employee for
    /// all the working-time rules that read it (kept apart from other readings' lists, which
    /// may give days otherwise).
    pub fn ordinary(&self, cx: &Ctx<'_>, mut f: impl FnMut(Day, i32, u32)) {
        cx.cache.with(|o: &mut OrdinaryDays| {
            if !o.done {
                self.totals(cx, |s| s.kind == ShiftKind::Work, &mut o.days);
                o.done = true;
            }
            for &(d, m, l) in &o.days {
                f(d, m, l);
            }
        });
    }
}

/// Whether the employee is on summarised working time (s140), to which the daily and weekly
/// norms of s131 and s133 do not apply day by day.
pub fn summarised(cx: &Ctx<'_>) -> bool {
    cx.employee.summary_period_months > 0
}

/// A person's standing under s37 on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Minor {
    /// 18 or older, or the birth date is unknown.
    Adult,
    /// An adolescent (s37(4)): 15 to 18 and not a child.
    Adolescent,
    /// A child (s37(1)): under 15, or under 18 when `s37.child_by_age_only` is off.
    Child,
}

/// Who is a child and who an adolescent (s37).
#[derive(Debug, Clone, Copy)]
pub struct Minors {
    adolescent_under: Num,
    child_under: Num,
    by_age_only: Flag,
}

impl Bind for Minors {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            adolescent_under: b.num("s37.adolescent_under"),
            child_under: b.num("s37.child_under"),
            by_age_only: b.flag("s37.child_by_age_only"),
        }
    }
}

impl Minors {
    /// Whether the employee is under 18 (`s37.adolescent_under`) on `day`.
    pub fn under_18(&self, cx: &Ctx<'_>, day: Day) -> bool {
        cx.employee.is_under(self.adolescent_under.whole_on(cx, day), day)
    }

    /// The employee's standing under s37 on `day`.
    pub fn on(&self, cx: &Ctx<'_>, day: Day) -> Minor {
        let e = cx.employee;
        if !self.under_18(cx, day) {
            return Minor::Adult;
        }
        if e.is_under(self.child_under.whole_on(cx, day), day) || !self.by_age_only.on(cx, day) {
            Minor::Child
        } else {
            Minor::Adolescent
        }
    }
}
