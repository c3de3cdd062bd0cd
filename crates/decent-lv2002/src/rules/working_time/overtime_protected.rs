//! `overtime-protected` (s136(7)): overtime of a pregnant woman, a woman within a year of giving
//! birth, or a breastfeeding woman (until the child is two), without her written consent.

use decent_core::model::{Sex, ShiftKind};
use decent_core::time::{day_of, Day};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder, Num};

use crate::attrs::BREASTFEEDING;

/// Overtime of the women s136(7) protects, without written consent.
pub struct OvertimeProtected {
    postnatal_months: Num,
    breastfeeding_child_months: Num,
}

impl Bind for OvertimeProtected {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            postnatal_months: b.num("s136.postnatal_months"),
            breastfeeding_child_months: b.num("s136.breastfeeding_child_months"),
        }
    }
}

/// Why s136(7) reaches her (detail).
const PREGNANT: i32 = 0;
const POSTNATAL: i32 = 1;
const BREASTFEEDING_: i32 = 2;

static META: RuleMeta = RuleMeta {
    id: "overtime-protected",
    section: "136",
    title: "Overtime of a pregnant, recently delivered or breastfeeding woman without her written consent",
    doc: "s136(7): \"Grūtnieci, sievieti pēcdzemdību periodā līdz vienam gadam un sievieti, kas \
          baro bērnu ar krūti, visā barošanas laikā, bet ne ilgāk kā līdz bērna divu gadu \
          vecumam, var nodarbināt virsstundu darbā, ja viņa devusi rakstveida piekrišanu\" (she \
          may be employed in overtime work only if she has given her written consent) — unlike \
          s136(3), with no exception. Each row of kind `overtime` without `overtime_consent` is \
          reported when, on the day it starts, the employee is pregnant (`pregnancies`), a woman \
          with a child born less than `s136.postnatal_months` before (`children_birth_dates`), \
          or marked `breastfeeding` with a child under `s136.breastfeeding_child_months`.",
    quote: "var nodarbināt virsstundu darbā, ja viņa devusi rakstveida piekrišanu",
    example: "A pregnant employee without overtime_consent works an overtime row 17:00–19:00: one \
              violation, measured 2 h.",
};

impl OvertimeProtected {
    /// Why s136(7) reaches the employee on `day`, if it does.
    fn reason(&self, cx: &Ctx<'_>, day: Day) -> Option<i32> {
        let e = cx.employee;
        if e.pregnant_on(day) {
            return Some(PREGNANT);
        }
        if e.sex == Sex::F && e.children_under_months(self.postnatal_months.whole_on(cx, day), day) > 0 {
            return Some(POSTNATAL);
        }
        if e.has(BREASTFEEDING) && e.children_under_months(self.breastfeeding_child_months.whole_on(cx, day), day) > 0 {
            return Some(BREASTFEEDING_);
        }
        None
    }
}

impl Rule for OvertimeProtected {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let e = cx.employee;
        if e.overtime_consent || (e.pregnancies.is_empty() && e.children.is_empty()) {
            return;
        }
        for s in cx.shifts.iter().filter(|s| s.kind == ShiftKind::Overtime) {
            if let Some(why) = self.reason(cx, day_of(s.start)) {
                out.push(
                    Finding::new(Severity::Violation, s.span())
                        .minutes_vs(s.worked_minutes(), 0)
                        .line(s.line)
                        .detail(why),
                );
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let why = match f.detail {
            PREGNANT => "pregnant",
            POSTNATAL => "postnatal",
            _ => "breastfeeding",
        };
        Message::new("overtime-protected")
            .minutes("hours", f.measured)
            .time("from", f.from)
            .time("to", f.to)
            .text("why", why)
    }
}
