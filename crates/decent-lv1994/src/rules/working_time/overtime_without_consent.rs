//! `overtime-without-consent` (s57): overtime worked by an employee who gave no written consent.

use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::overtime::{row_message, rows_without_consent};

/// Overtime without the employee's written consent.
pub struct OvertimeWithoutConsent;

impl decent_core::params::Bind for OvertimeWithoutConsent {
    fn bind(_: &mut decent_core::params::Binder<'_>) -> Self {
        Self
    }
}

static META: RuleMeta = RuleMeta {
    id: "overtime-without-consent",
    section: "57",
    title: "Overtime without written consent",
    doc: "Reports each row of kind `overtime` of an employee whose profile does not record \
          written consent to overtime (`overtime_consent` in employees.csv). s57: \"Overtime work \
          is work performed after the established working hours (Sections 45, 46, 47, 48, 55). \
          It shall be permitted only in the cases when the employee has given a written consent \
          to the instructions of the employer.\" One finding per overtime row, measuring its \
          hours (breaks excluded). Ordinary rows that run past the norm are reported by the norm \
          rules (`weekly-norm`, `shortened-week`, `summary-period-norm`).",
    quote: "It shall be permitted only in the cases when the employee has given a written consent to the instructions of the employer.",
    example: "An employee without recorded consent has a 2-hour overtime row: one violation, measured 2 h, limit 0 h.",
};

impl Rule for OvertimeWithoutConsent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        rows_without_consent(cx, Severity::Violation, out);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        row_message("overtime-without-consent", f)
    }
}
