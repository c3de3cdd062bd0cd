//! `minor-restrictions` (s186): no night-time, overtime or holiday work for persons under 18.

use decent_core::time::day_of;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta};

use super::util::{barred_work, limb_args, Night};
use crate::rules::common::{attribution, years_param};

/// Night, overtime and holiday work of a minor.
pub struct MinorRestrictions;

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
    params: &[
        "s186.minor_age",
        "s186.holidays_include_festive",
        "s169.night_work_when",
        "s50.night_from",
        "s50.night_to",
        "s47.day_attribution",
    ],
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
        let age = years_param(cx, "s186.minor_age", day0);
        if !cx.employee.is_under(age, day0) {
            return;
        }
        let festive = cx.law.params.flag("s186.holidays_include_festive", day0);
        let mut night = Night::of(cx, day0);
        let attr = attribution(cx, day0);
        for s in cx.shifts {
            // Shifts come in time order and age only grows: the first adult shift ends the check.
            if !cx.employee.is_under(age, day_of(s.start)) {
                break;
            }
            barred_work(cx, s, &mut night, &attr, festive, |f| out.push(f));
        }
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        limb_args(Message::new("minor-restrictions"), f, law)
    }
}
