//! `minor-restrictions` (s186): no night-time, overtime or holiday work for persons under 18.

use decent_core::time::day_of;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta};

use decent_core::params::{Bind, Binder, Flag};

use super::util::{barred_work, limb_args, NightWork};
use crate::rules::common::{Days, Holidays, Whole};

/// Night, overtime and holiday work of a minor.
pub struct MinorRestrictions {
    minor_age: Whole,
    include_festive: Flag,
    night: NightWork,
    days: Days,
    holidays: Holidays,
}

impl Bind for MinorRestrictions {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            minor_age: Whole::bind(b, "s186.minor_age"),
            include_festive: b.flag("s186.holidays_include_festive"),
            night: b.bind(),
            days: b.bind(),
            holidays: b.bind(),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "minor-restrictions",
    section: "186",
    title: "Persons under 18: no night-time, overtime or holiday work",
    doc: "s186: \"It shall be prohibited to employ persons who are under 18 years of age in \
          night-time and overtime work and in work during holidays.\" Age is taken on the day each \
          shift starts (`s186.minor_age`; a person is 18 from the 18th birthday). Each limb a shift \
          breaks is one **violation**: night-time work (any worked minute between 22:00 and 06:00, \
          `s169.night_work_when`), overtime (rows of kind `overtime`), and work on a weekly holiday \
          (s61) — and on a festive day when `s186.holidays_include_festive` holds — counted on the \
          day the hours belong to (`s47.day_attribution`). Employees with no birth date are not \
          checked.",
    quote: "It shall be prohibited to employ persons who are under 18 years of age in night-time and overtime work and in work during holidays.",
    example: "An employee born 1977-06-15 works 18:00–23:00 on 1995-06-14: one violation (1 h of night-time work); on 1995-06-15 they are 18.",
};

impl Rule for MinorRestrictions {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if cx.employee.birth_date.is_none() {
            return;
        }
        let Some(first) = cx.shifts.first() else { return };
        let day0 = day_of(first.start);
        let age = self.minor_age.on(cx, day0);
        if !cx.employee.is_under(age, day0) {
            return;
        }
        let festive = self.include_festive.on(cx, day0);
        let mut night = self.night.on(cx, day0);
        let attr = self.days.on(cx, day0);
        for s in cx.shifts {
            // Shifts come in time order and age only grows: the first adult shift ends the check.
            if !cx.employee.is_under(age, day_of(s.start)) {
                break;
            }
            barred_work(cx, s, &mut night, &attr, &self.holidays, festive, |f| out.push(f));
        }
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        limb_args(Message::new("minor-restrictions"), f, law)
    }
}
