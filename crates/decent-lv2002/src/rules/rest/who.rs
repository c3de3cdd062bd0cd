//! Who the rest rules' special limits reach, read on a day: children and adolescents (s37, the
//! working-time rules' shared reading), and the women s143(5) keeps out of call-ins during
//! weekly rest.

use decent_core::model::Sex;
use decent_core::time::Day;
use decent_core::Ctx;

pub use crate::rules::working_time::common::{Minor, Minors};

use decent_core::params::{Bind, Binder, Num};
use decent_worktime::period::under_age_days;

/// The first day an employee is no longer a minor (`s37.adolescent_under`), so that a rule
/// reads s37 only on the days before it, not for every row of an adult.
#[derive(Debug, Clone, Copy)]
pub struct AdultFrom(Num);

impl Bind for AdultFrom {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self(b.num("s37.adolescent_under"))
    }
}

impl AdultFrom {
    /// The day the employee turns the age in force on `day` (the first day when the birth date
    /// is unknown: an adult throughout).
    pub fn on(self, cx: &Ctx<'_>, day: Day) -> Day {
        cx.employee.birth_date.map_or(Day::MIN, |b| under_age_days(b, self.0.whole_on(cx, day)).1)
    }
}

use crate::attrs::BREASTFEEDING;

/// s143(5): under 18, pregnant, within a year after giving birth, or breastfeeding a child
/// under two — whom the call-ins of s143(4) may not reach.
pub fn kept_from_call_ins(minors: &Minors, cx: &Ctx<'_>, day: Day) -> bool {
    let e = cx.employee;
    let woman = e.sex == Sex::F;
    minors.under_18(cx, day)
        || e.pregnant_on(day)
        || (woman && e.children_under_months(12, day) > 0)
        || (e.has(BREASTFEEDING) && e.children_under_months(24, day) > 0)
}
