//! `overlapping-shifts` (s45): two shifts of one employee overlap in time.

use decent_core::time::Span;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

/// Overlapping shifts of one employee.
pub struct OverlappingShifts;

impl decent_core::params::Bind for OverlappingShifts {
    fn bind(_: &mut decent_core::params::Binder<'_>) -> Self {
        Self
    }
}

static META: RuleMeta = RuleMeta {
    id: "overlapping-shifts",
    section: "45",
    title: "Overlapping shifts of one employee",
    doc: "Two shifts (or a shift and a duty) of the same employee overlap. One person cannot work \
          two shifts at once: the input double-books the employee, and both rows are kept and \
          reported, never silently merged. s45: \"The working time shall be fully used to \
          perform one's direct duties.\" Severity: warning (the timesheet, not the law, is \
          wrong; fix the rows before reading the other findings for this employee).",
    quote: "The working time shall be fully used to perform one's direct duties.",
    example: "A 08:00–16:00 and a 15:00–23:00 shift on the same day: one finding for the hour 15:00–16:00.",
};

impl Rule for OverlappingShifts {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        // Shifts are ordered by start; track the furthest end seen so far.
        let mut reach: Option<(i32, u32)> = None; // (end, line)
        for s in cx.shifts {
            if let Some((end, line)) = reach {
                if s.start < end {
                    let overlap = Span::new(s.start, end.min(s.end));
                    out.push(
                        Finding::new(Severity::Warning, overlap)
                            .minutes_vs(overlap.minutes(), 0)
                            .line(s.line)
                            .detail(i32::try_from(line).unwrap_or(i32::MAX)),
                    );
                }
            }
            if reach.is_none_or(|(e, _)| s.end > e) {
                reach = Some((s.end, s.line));
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        Message::new("overlapping-shifts")
            .text("line", f.line.to_string())
            .text("other", f.detail.to_string())
            .time("from", f.from)
            .time("to", f.to)
    }
}
