//! `overtime-minors` (s136(6)): overtime of a person under 18.

use decent_core::model::ShiftKind;
use decent_core::time::day_of;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use super::common::Minors;

/// Overtime of a person under 18.
pub struct OvertimeMinors {
    minors: Minors,
}

impl Bind for OvertimeMinors {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { minors: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "overtime-minors",
    section: "136",
    title: "Overtime of a person under 18",
    doc: "s136(6): \"Aizliegts nodarbināt virsstundu darbā personas, kas ir jaunākas par 18 \
          gadiem\" (it is prohibited to employ persons under 18 in overtime work). Each row of \
          kind `overtime` that starts on a day the employee is under `s37.adolescent_under` \
          (from `birth_date`) is reported, consent or not.",
    quote: "Aizliegts nodarbināt virsstundu darbā personas, kas ir jaunākas par 18 gadiem.",
    example: "A 17-year-old works an overtime row 16:00–18:00: one violation, measured 2 h.",
};

impl Rule for OvertimeMinors {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        // An adult on the first shift's day stays one: nothing to read.
        let Some(first) = cx.shifts.first() else { return };
        if cx.employee.birth_date.is_none() || !self.minors.under_18(cx, day_of(first.start)) {
            return;
        }
        for s in cx.shifts.iter().filter(|s| s.kind == ShiftKind::Overtime) {
            let d = day_of(s.start);
            if self.minors.under_18(cx, d) {
                let age = i64::from(cx.employee.age_on(d).unwrap_or(0));
                let mut f = Finding::new(Severity::Violation, s.span()).minutes_vs(s.worked_minutes(), 0).line(s.line);
                f.detail = i32::try_from(age).unwrap_or(0);
                out.push(f);
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        Message::new("overtime-minors")
            .minutes("hours", f.measured)
            .time("from", f.from)
            .time("to", f.to)
            .count("age", f.detail)
    }
}
