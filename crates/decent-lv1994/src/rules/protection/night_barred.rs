//! `night-barred` (s51): employees on the s51 list working at night.

use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use super::util::{report_night_work, NightWork};

/// Night work by an employee on the s51 list.
pub struct NightBarred {
    night: NightWork,
}

impl Bind for NightBarred {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { night: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "night-barred",
    section: "51",
    title: "Night work of an employee barred from it",
    doc: "s51: \"It shall be prohibited to employ during night-time:\" — the seed's copy lost the \
          list that follows (see the note on s51). decent does not invent it: the user marks the \
          employees in a category on the list with employees.csv `night_barred`, and every shift of \
          theirs with worked minutes between 22:00 and 06:00 (s50; interpretation \
          `s169.night_work_when`) is a **violation**. The categories the Code names elsewhere are \
          checked under their own sections (s169, s170, s186). s176 extends s51 to single fathers \
          and trustees of children under 14; mark them `night_barred` when they fall in a listed \
          category.",
    quote: "It shall be prohibited to employ during night-time:",
    example: "An employee marked night_barred works 20:00–24:00: one violation, measured 2 h of night work, limit 0.",
};

impl Rule for NightBarred {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if !cx.employee.has(crate::attrs::NIGHT_BARRED) {
            return;
        }
        report_night_work(cx, &self.night, Severity::Violation, out);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        Message::new("night-barred").minutes("hours", f.measured).time("start", f.from)
    }
}
