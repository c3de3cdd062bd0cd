//! Who the rest rules' special limits reach, read on a day: children and adolescents (s37),
//! and the women s143(5) keeps out of call-ins during weekly rest.

use decent_core::model::Sex;
use decent_core::time::Day;
use decent_core::{Ctx, Employee};
use rust_decimal::prelude::ToPrimitive;

use crate::attrs::BREASTFEEDING;

/// A person's standing under s37 on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Minor {
    /// 18 or older, or the birth date is unknown.
    Adult,
    /// An adolescent (s37(4)): 15 to 18 and not a child.
    Adolescent,
    /// A child (s37(1)): under 15, or under 18 when `s37.child_by_age_only` is off (a pupil
    /// still acquiring basic education).
    Child,
}

/// A whole number of years (or months) a parameter holds.
pub fn whole(cx: &Ctx<'_>, name: &str, day: Day) -> u32 {
    cx.law.params.num(name, day).to_u32().unwrap_or(0)
}

/// The ages of s37 in force on a day, read once for a stretch of days (with a rule's other
/// parameters, in a [`decent_worktime::Memo`]).
#[derive(Debug, Clone, Copy)]
pub struct Ages {
    adolescent_under: u32,
    child_under: u32,
    by_age_only: bool,
}

impl Ages {
    /// The ages in force on `day`.
    pub fn on(cx: &Ctx<'_>, day: Day) -> Self {
        Self {
            adolescent_under: whole(cx, "s37.adolescent_under", day),
            child_under: whole(cx, "s37.child_under", day),
            by_age_only: cx.law.params.flag("s37.child_by_age_only", day),
        }
    }

    /// The standing of `e` under s37 on `day`.
    pub fn minor(&self, e: &Employee, day: Day) -> Minor {
        if e.birth_date.is_none() || !e.is_under(self.adolescent_under, day) {
            Minor::Adult
        } else if e.is_under(self.child_under, day) || !self.by_age_only {
            Minor::Child
        } else {
            Minor::Adolescent
        }
    }
}

/// The employee's standing under s37 on `day`.
pub fn minor(cx: &Ctx<'_>, day: Day) -> Minor {
    if cx.employee.birth_date.is_none() {
        return Minor::Adult;
    }
    Ages::on(cx, day).minor(cx.employee, day)
}

/// s143(5): under 18, pregnant, within a year after giving birth, or breastfeeding a child
/// under two — whom the call-ins of s143(4) may not reach.
pub fn kept_from_call_ins(cx: &Ctx<'_>, day: Day) -> bool {
    let e = cx.employee;
    let woman = e.sex == Sex::F;
    minor(cx, day) != Minor::Adult
        || e.pregnant_on(day)
        || (woman && e.children_under_months(12, day) > 0)
        || (e.has(BREASTFEEDING) && e.children_under_months(24, day) > 0)
}
