//! `successive-shifts` (s54): an employee assigned to two shifts in succession.

use decent_core::model::ShiftKind;
use decent_core::time::{day_of, Day, Minute, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use super::util::day_length;
use crate::rules::common::Memo;

/// Two shifts with too short a rest between them.
pub struct SuccessiveShifts;

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
    params: &[
        "s54.successive_gap",
        "s54.one_shift_when",
        "s60.max_break",
        "s45.weekly_norm",
        "s47.six_day_length",
        "s47.six_day_cap_40",
        "s47.six_day_cap_35",
        "s47.six_day_cap_24",
        "s47.other_norms",
    ],
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

/// Parameters in force on a stretch of days.
#[derive(Clone, Copy)]
struct Limits {
    gap: i32,
    split_day: bool,
    max_break: i32,
    day_length: i32,
}

impl Rule for SuccessiveShifts {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let mut memo: Memo<Limits> = Memo::default();
        let mut prev: Option<Prev> = None;
        let mut day_work: (Day, i32) = (Day::MIN, 0); // work minutes of rows starting on a day
        for s in cx.shifts.iter().filter(|s| s.kind != ShiftKind::Duty) {
            let d = day_of(s.start);
            if s.kind == ShiftKind::Work {
                day_work = if day_work.0 == d { (d, day_work.1 + s.worked_minutes()) } else { (d, s.worked_minutes()) };
            }
            if let Some(p) = prev.filter(|p| s.start >= p.end) {
                let lim = memo.get(cx, d, |d| {
                    let ps = &cx.law.params;
                    Limits {
                        gap: ps.minutes("s54.successive_gap", d),
                        split_day: ps.choice("s54.one_shift_when", d) == "split-day",
                        max_break: ps.minutes("s60.max_break", d),
                        day_length: day_length(cx, d),
                    }
                });
                let rest = s.start - p.end;
                let overtime = s.kind == ShiftKind::Overtime || p.kind == ShiftKind::Overtime;
                let one_shift = lim.split_day
                    && ((overtime && rest <= lim.max_break)
                        || (!overtime && p.day == d && day_work.0 == d && day_work.1 <= lim.day_length));
                if rest < lim.gap && !one_shift {
                    out.push(
                        Finding::new(Severity::Violation, Span::new(p.start, s.end))
                            .minutes_vs(rest, lim.gap)
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
