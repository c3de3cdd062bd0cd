//! `night-parent-consent` (s138(7)): an employee with a child under three employed at night
//! time without consent.

use decent_core::time::day_of;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder, Choice, Minutes, Num};
use decent_worktime::Memo;

use super::night::{in_night, Night};
use crate::attrs::NIGHT_CONSENT;

decent_core::choices! {
    /// `s138.consent_reach`: which work at night needs the parent's consent.
    pub enum Reach { NightTime = "night-time", NightWork = "night-work" }
}

/// Night-time work of a parent of a child under three without consent.
pub struct NightParentConsent {
    child_age: Num,
    reach: Choice<Reach>,
    threshold: Minutes,
    night: Night,
}

impl Bind for NightParentConsent {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            child_age: b.num("s138.consent_child_age"),
            reach: b.choice("s138.consent_reach"),
            threshold: b.minutes("s138.night_threshold"),
            night: b.bind(),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "night-parent-consent",
    section: "138",
    title: "Parent of a child under three employed at night time without consent",
    doc: "s138(7): \"Darbinieku, kuram ir bērns līdz triju gadu vecumam, nodarbināt nakts laikā \
          atļauts tikai ar viņa piekrišanu\" (an employee who has a child under three may be \
          employed at night time only with his or her consent). For an employee without \
          `night_consent` who, on the day a shift starts, has a child (`children_birth_dates`) \
          under `s138.consent_child_age`, the shift is reported when its worked minutes at night \
          time (22:00–06:00, s138(1)) reach what `s138.consent_reach` says: any minute \
          (night-time, the default, the words of s138(7)) or more than two hours (night-work, \
          the night work of s138(1)).",
    quote:
        "Darbinieku, kuram ir bērns līdz triju gadu vecumam, nodarbināt nakts laikā atļauts tikai ar viņa piekrišanu.",
    example: "A father of a 2-year-old without night_consent works 20:00–23:00: one violation, \
              measured 1 h at night time.",
};

impl Rule for NightParentConsent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let e = cx.employee;
        if e.has(NIGHT_CONSENT) || e.children.is_empty() {
            return;
        }
        let mut read = Memo::default();
        for s in cx.shifts {
            let d = day_of(s.start);
            let (age, window, least) = read.get(cx, d, |d| {
                let least = match self.reach.on(cx, d) {
                    Reach::NightWork => self.threshold.on(cx, d) + 1,
                    Reach::NightTime => 1,
                };
                (self.child_age.whole_on(cx, d), self.night.window(cx, d, false), least)
            });
            if !e.has_child_under(age, 0, d) {
                continue;
            }
            let m = in_night(s, window);
            if m >= least {
                out.push(Finding::new(Severity::Violation, s.span()).minutes_vs(m, 0).line(s.line));
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        Message::new("night-parent-consent").minutes("hours", f.measured).time("from", f.from).time("to", f.to)
    }
}
