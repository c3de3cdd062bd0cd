//! What the working-time rules (s131–s138) read alike: the ordinary hours of each day, once per
//! employee; who is a child or an adolescent (s37) on a day; whole numbers from parameters.

use decent_core::model::ShiftKind;
use decent_core::rule::Derived;
use decent_core::time::{day_of, Day};
use decent_core::Ctx;
use decent_worktime::daily::{daily_totals, Split};
use rust_decimal::prelude::ToPrimitive;

/// How `s131.day` gives a shift's minutes to days, read on `day`.
pub fn split_on(cx: &Ctx<'_>, day: Day) -> Split {
    if cx.law.params.choice("s131.day", day) == "from-shift-start" {
        Split::StartDay
    } else {
        Split::AtMidnight
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

/// Calls `f(day, minutes, line)` for each day with ordinary (`kind=work`) working time, in day
/// order (`line`: the first shift counted on the day), worked out once per employee for all the
/// rules that read it. `s131.day` is read on the employee's first shift's day.
pub fn ordinary_days(cx: &Ctx<'_>, mut f: impl FnMut(Day, i32, u32)) {
    cx.cache.with(|o: &mut OrdinaryDays| {
        if !o.done {
            let split = cx.shifts.first().map_or(Split::AtMidnight, |s| split_on(cx, day_of(s.start)));
            let days = &mut o.days;
            daily_totals(cx.shifts, split, |s| s.kind == ShiftKind::Work, |d, m, l| days.push((d, m, l)));
            o.done = true;
        }
        for &(d, m, l) in &o.days {
            f(d, m, l);
        }
    });
}

/// Whether the employee is on summarised working time (s140), to which the daily and weekly
/// norms of s131 and s133 do not apply day by day.
pub fn summarised(cx: &Ctx<'_>) -> bool {
    cx.employee.summary_period_months > 0
}

/// A whole number (years, hours) a parameter holds on `day`.
pub fn whole(cx: &Ctx<'_>, name: &str, day: Day) -> u32 {
    cx.law.params.num(name, day).to_u32().unwrap_or(0)
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

/// The employee's standing under s37 on `day`.
pub fn minor(cx: &Ctx<'_>, day: Day) -> Minor {
    let e = cx.employee;
    if !e.is_under(whole(cx, "s37.adolescent_under", day), day) {
        return Minor::Adult;
    }
    if e.is_under(whole(cx, "s37.child_under", day), day) || !cx.law.params.flag("s37.child_by_age_only", day) {
        Minor::Child
    } else {
        Minor::Adolescent
    }
}
