//! `pregnant-or-young-child` (s170, reach s176): pregnant women and women with a child under
//! three in night-time, overtime or holiday work, or on business trips.

use decent_core::model::AbsenceKind;
use decent_core::time::{day_of, Day};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Unit};

use decent_core::params::{Bind, Binder};

use super::util::{barred_work, days_span, limb_args, may_be_protected_parent, NightWork, TRIP};
use crate::rules::common::{Days, Holidays, ParentAges, ParentReach, Reach, Whole};
use crate::rules::words::who;

/// Night, overtime, holiday work and business trips barred by s170.
pub struct PregnantOrYoungChild {
    child_age: Whole,
    ages: ParentAges,
    night: NightWork,
    days: Days,
    holidays: Holidays,
}

impl Bind for PregnantOrYoungChild {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            child_age: Whole::bind(b, "s170.child_age"),
            ages: b.bind(),
            night: b.bind(),
            days: b.bind(),
            holidays: b.bind(),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "pregnant-or-young-child",
    section: "170",
    title: "Pregnant women and women with a child under three: no night, overtime, holiday work or business trips",
    doc: "s170: \"It shall be prohibited to involve pregnant women and women with children under \
          three years of age in night-time and overtime work, in work on holidays and festive days, \
          as well as to send them on business trips.\" s176 extends the guarantee to \"single \
          fathers of minors under the age of 14 or a handicapped child (under the age of 16), as \
          well as to the trustees of the children of the above mentioned ages\" (employees.csv \
          `single_parent` with sex M, or `trustee`; which child's age counts follows \
          `s176.age_reading`); such findings cite s176 too.\n\n\
          Status is taken on the day each shift starts (pregnancies are dated ranges; a child is \
          under three until the day before the third birthday, `s170.child_age`). Each limb a \
          shift breaks is one **violation**: night-time work (any worked minute between 22:00 and \
          06:00, `s169.night_work_when`), overtime (rows of kind `overtime`), work on a weekly \
          holiday (s61) or a festive day (s68), counted on the day the hours belong to \
          (`s47.day_attribution`); and each business trip (absence of kind `business_trip`) that \
          covers a day on which the employee is protected.\n\n\
          Limits: overtime is what the roster marks as overtime; ordinary hours past the norm are \
          checked under s57–s59.",
    quote: "It shall be prohibited to involve pregnant women and women with children under three years of age in night-time and overtime work, in work on holidays and festive days, as well as to send them on business trips.",
    example: "A woman whose child was born 1993-03-10 works 22:00–06:00 on 1996-03-09: one violation (night-time work); on 1996-03-10 the child is three and nothing is found.",
};

/// Whether s170 reaches the employee on `day` (pregnancy, a child under `age`, or s176).
fn reach(cx: &Ctx<'_>, parent: &mut ParentReach, day: Day) -> Reach {
    if cx.employee.pregnant_on(day) {
        return Reach::Direct;
    }
    parent.on(cx, day)
}

fn tag(f: Finding, r: Reach) -> Finding {
    if r == Reach::S176 {
        f.also("176")
    } else {
        f
    }
}

impl Rule for PregnantOrYoungChild {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let e = cx.employee;
        if e.pregnancies.is_empty() && !may_be_protected_parent(e) {
            return;
        }
        let Some(day0) = cx.shifts.first().map(|s| day_of(s.start)).or(cx.absences.first().map(|a| a.from)) else {
            return;
        };
        let age = self.child_age.on(cx, day0);
        let mut parent = ParentReach::new(cx, self.ages, age, age);
        let mut night = self.night.on(cx, day0);
        let attr = self.days.on(cx, day0);
        for s in cx.shifts {
            let r = reach(cx, &mut parent, day_of(s.start));
            if r == Reach::No {
                continue;
            }
            barred_work(cx, s, &mut night, &attr, &self.holidays, true, |f| out.push(tag(f, r)));
        }
        for a in cx.absences.iter().filter(|a| a.kind == AbsenceKind::BusinessTrip) {
            let (days, first_reach) = parent.days_reached(cx, a.from, a.to, &cx.employee.pregnancies);
            if days > 0 {
                let f = Finding::new(Severity::Violation, days_span(a.from, a.to))
                    .measure(i64::from(days), 0, Unit::Days)
                    .line(a.line)
                    .detail(TRIP);
                out.push(tag(f, first_reach));
            }
        }
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        let key = if f.detail == TRIP { "pregnant-or-young-child-trip" } else { "pregnant-or-young-child" };
        limb_args(Message::new(key).text("who", who(f)), f, law)
    }
}
