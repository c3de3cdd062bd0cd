//! `child-under-14-consent` (s171, reach s176): overtime and business trips of women with a child
//! under 14 (a disabled child under 16) only with their consent.

use decent_core::model::{AbsenceKind, ShiftKind};
use decent_core::time::{day_of, Day};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Unit};

use super::util::{days_span, limb_args, may_be_protected_parent, OVERTIME, TRIP};
use decent_core::params::{Bind, Binder};

use crate::attrs::BUSINESS_TRIP_CONSENT;
use crate::rules::common::{ParentAges, ParentReach, Reach, Whole};
use crate::rules::words::who;

/// Overtime or a business trip without the consent s171 requires.
pub struct ChildUnder14Consent {
    child_age: Whole,
    disabled_child_age: Whole,
    ages: ParentAges,
}

impl Bind for ChildUnder14Consent {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            child_age: Whole::bind(b, "s171.child_age"),
            disabled_child_age: Whole::bind(b, "s171.disabled_child_age"),
            ages: b.bind(),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "child-under-14-consent",
    section: "171",
    title: "Overtime and business trips of parents of children under 14 need their consent",
    doc: "s171: \"It shall be prohibited to involve women who have a child under 14 years of age (a \
          handicapped child - under 16 years of age) in overtime work or send on business trips \
          without their consent.\" s176 extends it to single fathers and trustees (employees.csv \
          `single_parent` with sex M, or `trustee`; `s176.age_reading`); such findings cite s176.\n\n\
          Status is taken on the day of each shift (`s171.child_age`, `s171.disabled_child_age`). \
          A row of kind `overtime` of a protected employee without `overtime_consent` is a \
          **violation**; so is a business trip (absence of kind `business_trip`) covering a day on \
          which the employee is protected, without `business_trip_consent`. Consent is recorded \
          per employee, not per occasion. Where the child is under three, s170 forbids overtime \
          and trips outright (`pregnant-or-young-child`).",
    quote: "It shall be prohibited to involve women who have a child under 14 years of age (a handicapped child - under 16 years of age) in overtime work or send on business trips without their consent.",
    example: "A woman with a 10-year-old child and no overtime_consent works a 2-hour overtime row: one violation.",
};

impl Rule for ChildUnder14Consent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let e = cx.employee;
        if e.overtime_consent && e.has(BUSINESS_TRIP_CONSENT) {
            return;
        }
        if !may_be_protected_parent(e) {
            return;
        }
        let Some(day0) = cx.shifts.first().map(|s| day_of(s.start)).or(cx.absences.first().map(|a| a.from)) else {
            return;
        };
        let age = self.child_age.on(cx, day0);
        let disabled_age = self.disabled_child_age.on(cx, day0);
        let mut parent = ParentReach::new(cx, self.ages, age, disabled_age);
        let mut reach = |d: Day| parent.on(cx, d);
        let tag = |f: Finding, r: Reach| if r == Reach::S176 { f.also("176") } else { f };
        if !e.overtime_consent {
            for s in cx.shifts.iter().filter(|s| s.kind == ShiftKind::Overtime) {
                let r = reach(day_of(s.start));
                if r != Reach::No {
                    let f = Finding::new(Severity::Violation, s.span()).minutes_vs(s.worked_minutes(), 0);
                    out.push(tag(f.line(s.line).detail(OVERTIME), r));
                }
            }
        }
        if !e.has(BUSINESS_TRIP_CONSENT) {
            for a in cx.absences.iter().filter(|a| a.kind == AbsenceKind::BusinessTrip) {
                let (days, first) = parent.days_reached(cx, a.from, a.to, &[]);
                if days > 0 {
                    let f = Finding::new(Severity::Violation, days_span(a.from, a.to))
                        .measure(i64::from(days), 0, Unit::Days)
                        .line(a.line)
                        .detail(TRIP);
                    out.push(tag(f, first));
                }
            }
        }
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        let key = if f.detail == TRIP { "child-under-14-consent-trip" } else { "child-under-14-consent-overtime" };
        limb_args(Message::new(key).text("who", who(f)), f, law)
    }
}
