//! `duty-restriction` (s171.1, reach s176): no duty after the working day, at night, on holidays
//! or festive days for pregnant women and women with a child under 14 (disabled under 16).

use decent_core::model::ShiftKind;
use decent_core::time::{day_of, weekday, Minute};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder, Flag};

use super::util::{may_be_protected_parent, NightWork};
use crate::rules::common::{Days, Holidays, ParentAges, ParentReach, Reach, Whole};
use crate::rules::words::who;

/// Duty barred by s171.1.
pub struct DutyRestriction {
    after_hours: Flag,
    child_age: Whole,
    disabled_child_age: Whole,
    ages: ParentAges,
    night: NightWork,
    days: Days,
    holidays: Holidays,
}

impl Bind for DutyRestriction {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            after_hours: b.flag("s171_1.duty_is_after_hours"),
            child_age: Whole::bind(b, "s171.child_age"),
            disabled_child_age: Whole::bind(b, "s171.disabled_child_age"),
            ages: b.bind(),
            night: b.bind(),
            days: b.bind(),
            holidays: b.bind(),
        }
    }
}

/// Limb bits of `detail`: after the end of the working day.
const AFTER_HOURS: i32 = 1;
/// During night-time.
const NIGHT: i32 = 2;
/// On a weekly holiday.
const HOLIDAY: i32 = 4;
/// On a festive day.
const FESTIVE: i32 = 8;

static META: RuleMeta = RuleMeta {
    id: "duty-restriction",
    section: "171.1",
    title: "No duty after hours, at night or on holidays for pregnant women and parents of children under 14",
    doc: "s171.1: \"It shall be prohibited to involve pregnant women and women with a child under the \
          age of 14 (a handicapped child - under the age of 16) in duty work after the end of the \
          working day, during night-time, on holidays and festive days.\" s176 extends it to single \
          fathers and trustees (`s176.age_reading`); such findings cite s176.\n\n\
          Each row of kind `duty` of an employee protected on the day it starts is one \
          **violation**, naming every limb it breaks: after the end of the working day (with \
          `s171_1.duty_is_after_hours`, every duty row on a day that is not a holiday or festive \
          day; without it, a duty row starting on the day a work or overtime shift ended, at or \
          after its end), during night-time (any minute \
          between 22:00 and 06:00, `s169.night_work_when`), on a weekly holiday (s61) or a festive \
          day (s68), counted on the day the hours belong to (`s47.day_attribution`). Ages follow \
          `s171.child_age` and `s171.disabled_child_age`.",
    quote: "It shall be prohibited to involve pregnant women and women with a child under the age of 14 (a handicapped child - under the age of 16) in duty work after the end of the working day, during night-time, on holidays and festive days.",
    example: "A pregnant woman on duty 18:00–23:00 on a Tuesday: one violation (after the working day, and during night-time).",
};

impl Rule for DutyRestriction {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let e = cx.employee;
        if e.pregnancies.is_empty() && !may_be_protected_parent(e) {
            return;
        }
        let Some(first) = cx.shifts.first() else { return };
        let day0 = day_of(first.start);
        let all_after_hours = self.after_hours.on(cx, day0);
        let age = self.child_age.on(cx, day0);
        let disabled_age = self.disabled_child_age.on(cx, day0);
        let mut parent = ParentReach::new(cx, self.ages, age, disabled_age);
        let mut night = self.night.on(cx, day0);
        let attr = self.days.on(cx, day0);
        let cal = &cx.law.calendar;
        let mut work_end: Minute = Minute::MIN;
        for s in cx.shifts {
            if s.kind != ShiftKind::Duty {
                work_end = work_end.max(s.end);
                continue;
            }
            let d = day_of(s.start);
            let r = if e.pregnant_on(d) { Reach::Direct } else { parent.on(cx, d) };
            if r == Reach::No {
                continue;
            }
            let mut limbs = 0;
            if all_after_hours || (work_end <= s.start && work_end != Minute::MIN && day_of(work_end) == d) {
                limbs |= AFTER_HOURS;
            }
            if night.night_work(cx, s) > 0 {
                limbs |= NIGHT;
            }
            if (d..=day_of(s.end - 1)).any(|x| weekday(x) >= 5 || cal.is_festive(x)) {
                attr.each(s, |x, m| {
                    if m > 0 && cal.is_festive(x) {
                        limbs |= FESTIVE;
                    } else if m > 0 && self.holidays.is_weekly_holiday(cx, x) {
                        limbs |= HOLIDAY;
                    }
                });
            }
            // On a holiday or festive day there is no working day for duty to follow.
            if limbs & (HOLIDAY | FESTIVE) != 0 {
                limbs &= !AFTER_HOURS;
            }
            if limbs != 0 {
                let f = Finding::new(Severity::Violation, s.span()).minutes_vs(s.worked_minutes(), 0);
                let f = f.line(s.line).detail(limbs);
                out.push(if r == Reach::S176 { f.also("176") } else { f });
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let names = [
            (AFTER_HOURS, "duty-after-hours"),
            (NIGHT, "duty-night"),
            (HOLIDAY, "duty-holiday"),
            (FESTIVE, "duty-festive"),
        ];
        let mut m = Message::new("duty-restriction").minutes("hours", f.measured).time("start", f.from);
        let mut n = 0;
        for (_, key) in names.iter().filter(|(b, _)| f.detail & b != 0) {
            n += 1;
            m = m.key(["limb1", "limb2", "limb3", "limb4"][n - 1], *key);
        }
        m.count("limbs", n as i64).text("who", who(f))
    }
}
