//! `overtime-consent` (s136(2)): overtime with no written agreement on record.

use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::overtime::{row_message, rows_without_consent};

/// Overtime without the employee's written agreement.
pub struct OvertimeConsent;

impl decent_core::params::Bind for OvertimeConsent {
    fn bind(_: &mut decent_core::params::Binder<'_>) -> Self {
        Self
    }
}

static META: RuleMeta = RuleMeta {
    id: "overtime-consent",
    section: "136",
    title: "Overtime without a written agreement",
    doc: "s136(1): \"Virsstundu darbs ir darbs, kuru darbinieks veic virs normālā darba laika\" \
          (overtime is work beyond normal working time); the input marks it as rows of kind \
          `overtime` (ordinary rows beyond the norm are reported by `normal-working-time`). \
          s136(2): \"Virsstundu darbs ir pieļaujams, ja darbinieks un darba devējs par to \
          vienojušies rakstveidā\" (overtime is permitted if employee and employer have agreed \
          on it in writing). Each overtime row of an employee without `overtime_consent` is \
          reported as a warning: s136(3) allows overtime without consent in exceptional cases \
          (the most urgent needs of society, force majeure, urgent unforeseen work) the input \
          does not record — and for more than six days in a row only with the State Labour \
          Inspectorate's permission (s136(4)).",
    quote: "Virsstundu darbs ir pieļaujams, ja darbinieks un darba devējs par to vienojušies rakstveidā.",
    example: "An employee without overtime_consent works an overtime row 17:00–19:00: one warning, \
              measured 2 h.",
};

impl Rule for OvertimeConsent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        rows_without_consent(cx, Severity::Warning, out);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        row_message("overtime-consent", f)
    }
}
