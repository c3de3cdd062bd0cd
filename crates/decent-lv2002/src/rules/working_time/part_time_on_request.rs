//! `part-time-on-request` (s134(2)): an employee s134(2) names asked for part-time work, and the
//! roster still gives a full week.

use decent_core::model::Sex;
use decent_core::time::{day_of, start_of_day, Day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::daily::{Week, Weeks};

use decent_core::params::{Bind, Binder, Minutes, Num};

use super::common::{summarised, Days};
use crate::attrs::{BREASTFEEDING, DISABILITY, PART_TIME_REQUESTED, SPECIAL_RISK};

/// Full-time weeks for an employee who asked for part-time work under s134(2).
pub struct PartTimeOnRequest {
    postnatal_months: Num,
    child_under: Num,
    disabled_child_under: Num,
    weekly: Minutes,
    risk_weekly: Minutes,
    days: Days,
}

impl Bind for PartTimeOnRequest {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            postnatal_months: b.num("s134.postnatal_months"),
            child_under: b.num("s134.child_under"),
            disabled_child_under: b.num("s134.disabled_child_under"),
            weekly: b.minutes("s131.weekly_norm"),
            risk_weekly: b.minutes("s131.special_risk_weekly"),
            days: b.bind(),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "part-time-on-request",
    section: "134",
    title: "Full-time weeks after a request for part-time work under s134(2)",
    doc: "s134(2): \"Darba devējs nosaka nepilnu darba laiku, ja to pieprasa grūtniece, sieviete \
          pēcdzemdību periodā līdz vienam gadam, bet, ja sieviete baro bērnu ar krūti, — visā \
          barošanas laikā, darbinieks ar invaliditāti, darbinieks, kuram ir bērns līdz 14 gadu \
          vecumam vai bērns ar invaliditāti līdz 18 gadu vecumam\" (the employer sets part-time \
          work when one of these employees requests it). For an employee marked \
          `part_time_requested` who is, on the first working day of a calendar week, pregnant \
          (`pregnancies`), a woman within `s134.postnatal_months` of a birth (`children_birth_dates`), \
          `breastfeeding`, marked `disability`, or the parent of a child under `s134.child_under` \
          or of a disabled child under `s134.disabled_child_under`, a week whose ordinary hours \
          (rows of kind `work`) reach the normal weekly working time (s131: 40 h, 35 h for \
          special risk) is reported: part-time work is \"īsāks par normālo dienas vai nedēļas \
          darba laiku\" (s134(1)). Employees on summarised working time (s140) are not checked; \
          an adult child with a disability cared for since childhood is not in the input.",
    quote: "Darba devējs nosaka nepilnu darba laiku, ja to pieprasa grūtniece",
    example: "A mother of a 5-year-old who asked for part-time work is rostered 8 h Monday to \
              Friday: one finding a week, measured 40 h, limit (full time) 40 h.",
};

impl PartTimeOnRequest {
    /// Whether the employee is one of those s134(2) names on `day`.
    fn named(&self, cx: &Ctx<'_>, day: Day) -> bool {
        let e = cx.employee;
        let postnatal = self.postnatal_months.whole_on(cx, day);
        e.pregnant_on(day)
            || (e.sex == Sex::F && e.children_under_months(postnatal, day) > 0)
            || e.has(BREASTFEEDING)
            || e.has(DISABILITY)
            || e.has_child_under(self.child_under.whole_on(cx, day), self.disabled_child_under.whole_on(cx, day), day)
    }

    fn check_week(&self, cx: &Ctx<'_>, w: &Week, out: &mut Out<'_>) {
        let Some(&(d0, _, _)) = w.days.first() else { return };
        if !self.named(cx, d0) {
            return;
        }
        let full = if cx.employee.has(SPECIAL_RISK) { self.risk_weekly } else { self.weekly }.on(cx, d0);
        let total = w.minutes();
        if total >= full {
            let span = Span::new(start_of_day(w.monday), start_of_day(w.monday + 7));
            out.push(Finding::new(Severity::Violation, span).minutes_vs(total, full));
        }
    }
}

impl Rule for PartTimeOnRequest {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if !cx.employee.has(PART_TIME_REQUESTED) || summarised(cx) {
            return;
        }
        let mut weeks = Weeks::default();
        self.days.ordinary(cx, |d, m, line| weeks.push(d, m, line, |w| self.check_week(cx, w, out)));
        weeks.finish(|w| self.check_week(cx, w, out));
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        Message::new("part-time-on-request")
            .minutes("hours", f.measured)
            .day("week", day_of(f.from))
            .minutes("limit", f.limit)
    }
}
