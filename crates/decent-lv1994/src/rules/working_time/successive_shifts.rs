//! `successive-shifts` (s54): an employee assigned to two shifts in succession.

use decent_core::model::ShiftKind;
use decent_core::time::{day_of, Day, Minute, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder, Choice, Minutes};

use super::util::DayLength;

decent_core::choices! {
    /// `s54.one_shift_when`.
    enum OneShiftWhen { SplitDay = "split-day", Never = "never" }
}

/// Two shifts with too short a rest between them.
pub struct SuccessiveShifts {
    gap: Minutes,
    one_shift: Choice<OneShiftWhen>,
    max_break: Minutes,
    day_length: DayLength,
}

impl Bind for SuccessiveShifts {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            gap: b.limit(|b| b.minutes("s54.successive_gap")),
            one_shift: b.choice("s54.one_shift_when"),
            max_break: b.minutes("s60.max_break"),
            day_length: b.bind(),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "successive-shifts",
    section: "54",
    title: "Two successive shifts",
    doc: "Reports a shift (row of kind `work` or `overtime`) that starts less than \
          `s54.successive_gap` (12 h) after the employee's previous shift ended. s54: \"It shall \
          be prohibited to assign an employee to work in two successive shifts.\" The Code does \
          not say when shifts are successive; a rest shorter than 12 h between them is taken as \
          back-to-back work. Two rows are one shift, not two, when they are one working day \
          written in parts (interpretation `s54.one_shift_when`): work rows that start on the \
          same day and together do not exceed the day's length (s47, s56), or an overtime row \
          within s60's longest interval (2 h) of a shift (overtime is policed by s57 and s59). \
          Overlapping rows are left to `overlapping-shifts`; duty rows are not shifts.",
    quote: "It shall be prohibited to assign an employee to work in two successive shifts.",
    example: "A shift 06:00–14:00 followed by a shift 22:00–06:00 the same day (8 h of rest): one violation, measured 8 h, limit 12 h.",
};

/// What is remembered of the shift that ended last.
#[derive(Clone, Copy)]
struct Prev {
    start: Minute,
    end: Minute,
    kind: ShiftKind,
    day: Day,
}

impl Rule for SuccessiveShifts {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let mut prev: Option<Prev> = None;
        let mut day_work: (Day, i32) = (Day::MIN, 0); // work minutes of rows starting on a day
        for s in cx.shifts.iter().filter(|s| s.kind != ShiftKind::Duty) {
            let d = day_of(s.start);
            if s.kind == ShiftKind::Work {
                day_work = if day_work.0 == d { (d, day_work.1 + s.worked_minutes()) } else { (d, s.worked_minutes()) };
            }
            if let Some(p) = prev.filter(|p| s.start >= p.end) {
                let rest = s.start - p.end;
                let gap = self.gap.on(cx, d);
                let overtime = s.kind == ShiftKind::Overtime || p.kind == ShiftKind::Overtime;
                // Two rows are one shift (s54.one_shift_when): overtime within s60's longest
                // interval of a shift, or work rows of one day within its established length.
                let one_shift = || {
                    self.one_shift.on(cx, d) == OneShiftWhen::SplitDay
                        && ((overtime && rest <= self.max_break.on(cx, d))
                            || (!overtime && p.day == d && day_work.0 == d && day_work.1 <= self.day_length.on(cx, d)))
                };
                if rest < gap && !one_shift() {
                    out.push(
                        Finding::new(Severity::Violation, Span::new(p.start, s.end))
                            .minutes_vs(rest, gap)
                            .line(s.line)
                            .detail(p.end - p.start),
                    );
                }
            }
            if prev.is_none_or(|p| s.end > p.end) {
                prev = Some(Prev { start: s.start, end: s.end, kind: s.kind, day: d });
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let rest = f.measured;
        let prev_end = f.from + f.detail;
        let key = if rest == 0 { "successive-shifts-no-rest" } else { "successive-shifts" };
        Message::new(key)
            .time("start", prev_end + rest as i32)
            .time("prev_start", f.from)
            .time("prev_end", prev_end)
            .minutes("rest", rest)
            .minutes("gap", f.limit)
    }
}
