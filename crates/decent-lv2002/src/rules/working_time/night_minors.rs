//! `night-minors` (s138(6)): a person under 18 employed at night time.

use decent_core::time::day_of;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use super::common::{Minor, Minors};
use super::night::{in_night, Night};

/// Work of a person under 18 at night time.
pub struct NightMinors {
    minors: Minors,
    night: Night,
}

impl Bind for NightMinors {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { minors: b.bind(), night: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "night-minors",
    section: "138",
    title: "Person under 18 employed at night time",
    doc: "s138(6): \"Aizliegts nodarbināt nakts laikā personas, kuras ir jaunākas par 18 \
          gadiem\" (it is prohibited to employ persons under 18 at night time). Night time is \
          22:00–06:00, and for children (s37(1)) 20:00–06:00 (s138(1): \"Attiecībā uz bērniem \
          nakts laiks šā likuma izpratnē ir laikposms no pulksten 20 līdz 6\"). Every shift (of \
          any kind) with worked minutes in the night time, starting on a day the employee is \
          under 18 (`birth_date`), is reported, however few the minutes: the ban is on \
          employment at night time, not only on night work of more than two hours.",
    quote: "Aizliegts nodarbināt nakts laikā personas, kuras ir jaunākas par 18 gadiem",
    example: "A 16-year-old works 18:00–23:00: one violation, measured 1 h at night time.",
};

impl Rule for NightMinors {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        // An adult on the first shift's day stays one: nothing to read.
        let Some(first) = cx.shifts.first() else { return };
        if cx.employee.birth_date.is_none() || !self.minors.under_18(cx, day_of(first.start)) {
            return;
        }
        for s in cx.shifts {
            let d = day_of(s.start);
            let who = self.minors.on(cx, d);
            if who == Minor::Adult {
                continue;
            }
            let m = in_night(s, self.night.window(cx, d, who == Minor::Child));
            if m > 0 {
                let child = i32::from(who == Minor::Child);
                out.push(Finding::new(Severity::Violation, s.span()).minutes_vs(m, 0).line(s.line).detail(child));
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        Message::new("night-minors")
            .minutes("hours", f.measured)
            .time("from", f.from)
            .time("to", f.to)
            .text("who", if f.detail == 1 { "child" } else { "adolescent" })
    }
}
