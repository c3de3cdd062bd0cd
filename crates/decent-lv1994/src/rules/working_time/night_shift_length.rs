//! `night-shift-length` (s50): a night shift not shortened by one hour.

use decent_core::model::ShiftKind;
use decent_core::time::{day_of, minutes_in_daily_window};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use super::util::shortened;
use crate::rules::common::{daily_norm, under_summary, with_night_minutes, Memo, NightShift};
use crate::rules::words::min;

/// A night shift as long as a day shift.
pub struct NightShiftLength;

static META: RuleMeta = RuleMeta {
    id: "night-shift-length",
    section: "50",
    title: "Night shift not shortened by one hour",
    doc: "Reports a shift of kind `work` that counts as work during night-time (22:00–06:00; \
          interpretation `s50.night_shift_when`) and lasts longer (breaks excluded) than the \
          employee's daily norm less one hour. s50: \"If the work takes place during night-time, \
          the established working hours (shift) shall be reduced by one hour. This stipulation \
          shall not apply to those employees which already have reduced working hours\" — \
          employees on a shortened norm (s46) are not checked. \"The length of work during \
          night-time shall be equal to that during daytime in the cases when this is required by \
          the conditions of production, especially with continuous production processes, as well \
          as during shift-work upon a six day working week with one holiday\": employees on a \
          six-day week are not checked, nor employees under summary registration when \
          `s50.continuous_exempt` is true (by default it is false: the conditions of production \
          are a fact the roster does not show).",
    quote: "If the work takes place during night-time, the established working hours (shift) shall be reduced by one hour.",
    params: &[
        "s45.weekly_norm",
        "s50.night_from",
        "s50.night_to",
        "s50.night_reduction",
        "s50.night_shift_when",
        "s50.continuous_exempt",
    ],
    example: "A five-day, 40-hour employee works 22:00–06:30 with a 30-minute break (8 h, all at night): one violation, measured 8 h, limit 7 h.",
};

impl Rule for NightShiftLength {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        if cx.employee.week_days >= 6
            || (under_summary(cx) && cx.law.params.flag("s50.continuous_exempt", day_of(first.start)))
        {
            return;
        }
        // (excepted as shortened, limit, night-shift test)
        let mut memo: Memo<(bool, i32, NightShift)> = Memo::default();
        with_night_minutes(cx, |known| {
            for (i, s) in cx.shifts.iter().enumerate() {
                if s.kind != ShiftKind::Work {
                    continue;
                }
                let d = day_of(s.start);
                let (short, limit, night) = memo.get(cx, d, |d| {
                    let cut = cx.law.params.minutes("s50.night_reduction", d);
                    (shortened(cx, d), daily_norm(cx, d) - cut, NightShift::of(cx, d))
                });
                let worked = s.worked_minutes();
                if short || worked <= limit {
                    continue;
                }
                let m = match known {
                    Some((window, minutes)) if window == (night.from, night.to) => minutes[i],
                    // A shift that does not reach into the night window is no night shift on
                    // any reading.
                    _ if minutes_in_daily_window(s.span(), night.from, night.to) == 0 => continue,
                    _ => night.minutes(s),
                };
                // No worked night minute: no night shift on any reading either.
                if m > 0 && night.holds(s, m) {
                    out.push(Finding::new(Severity::Violation, s.span()).minutes_vs(worked, limit).line(s.line));
                }
            }
        });
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let (m, l) = (min(f.measured), min(f.limit));
        Message::new("night-shift-length")
            .time("from", f.from)
            .time("to", f.to)
            .minutes("hours", m)
            .minutes("limit", l)
            .minutes("excess", m - l)
    }
}
