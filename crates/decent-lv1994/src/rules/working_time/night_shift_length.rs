//! `night-shift-length` (s50): a night shift not shortened by one hour.

use decent_core::model::ShiftKind;
use decent_core::params::{Bind, Binder, Choice, Flag, Minutes};
use decent_core::time::{day_of, minutes_in_daily_window};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use super::util::shortened;
use crate::rules::common::{under_summary, NightShiftReading, NightWindow, Norm};

decent_core::choices! {
    /// `s50.established_shift`.
    enum Established { DayShifts = "day-shifts", DailyNorm = "daily-norm" }
}

/// A night shift as long as a day shift.
pub struct NightShiftLength {
    norm: Norm,
    night: NightShiftReading,
    reduction: Minutes,
    continuous_exempt: Flag,
    established: Choice<Established>,
}

impl Bind for NightShiftLength {
    fn bind(b: &mut Binder<'_>) -> Self {
        // Listed as the section reads: the night window, the reduction, then when a shift is
        // a night shift.
        let norm = b.bind();
        let _: NightWindow = b.bind();
        let reduction = b.minutes("s50.night_reduction");
        Self {
            norm,
            night: b.bind(),
            reduction,
            continuous_exempt: b.flag("s50.continuous_exempt"),
            established: b.choice("s50.established_shift"),
        }
    }
}

/// The detail of a finding whose established length is the daily norm (no day shift to go by);
/// the length itself is in the low bits.
const FROM_NORM: i32 = 1 << 20;

static META: RuleMeta = RuleMeta {
    id: "night-shift-length",
    section: "50",
    title: "Night shift not shortened by one hour",
    doc: "s50: \"If the work takes place during night-time, the established working hours \
          (shift) shall be reduced by one hour.\" Reports a shift of kind `work` that counts as \
          work during night-time (22:00–06:00; interpretation `s50.night_shift_when`) and lasts \
          longer (breaks excluded) than the employee's established shift less one hour. The \
          established shift is, by interpretation `s50.established_shift`, the most common length \
          of the employee's day shifts in the roster (a night shift already an hour shorter than \
          the day shifts is lawful; on 12-hour shifts the limit is 11 h), or the daily norm \
          (weekly norm ÷ days of the working week) when there is no day shift or by choice. \
          \"This stipulation shall not apply to those employees which already have reduced \
          working hours\" — employees on a shortened norm (s46) are not checked; a reduced day or \
          week agreed under s52 (employees.csv `part_time`) is not the shortened hours of s46 and \
          is checked. \"The length of work during night-time shall be equal to that during \
          daytime in the cases when this is required by the conditions of production, especially \
          with continuous production processes, as well as during shift-work upon a six day \
          working week with one holiday\": employees on a six-day week are not checked, nor \
          employees under summary registration when `s50.continuous_exempt` is true (by default \
          it is false: the conditions of production are a fact the roster does not show).",
    quote: "If the work takes place during night-time, the established working hours (shift) shall be reduced by one hour.",
    example: "An employee whose day shifts are 08:00–16:30 with a 30-minute break (8 h) works 22:00–06:30 with a 30-minute break (8 h, all at night): one violation, measured 8 h, limit 7 h.",
};

impl Rule for NightShiftLength {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let day0 = day_of(first.start);
        if cx.employee.week_days >= 6 || (under_summary(cx) && self.continuous_exempt.on(cx, day0)) {
            return;
        }
        let by_roster = self.established.on(cx, day0) == Established::DayShifts;
        // The lengths of the day shifts (length, count) and the night shifts too long for a
        // shortened shift (by index).
        let (mut lengths, mut nights): (Vec<(i32, u32)>, Vec<usize>) = (Vec::new(), Vec::new());
        self.night.window.with_minutes(cx, |known| {
            // Known night minutes: no parameter changes over the employee's shifts.
            let steady = known.map(|(_, minutes)| (self.night.on(cx, day0), minutes));
            for (i, s) in cx.shifts.iter().enumerate() {
                if s.kind != ShiftKind::Work {
                    continue;
                }
                let d = day_of(s.start);
                let (night, m) = match steady {
                    Some((night, minutes)) => (night, minutes[i]),
                    None => {
                        let night = self.night.on(cx, d);
                        let inside = minutes_in_daily_window(s.span(), night.from, night.to) > 0;
                        (night, if inside { night.minutes(s) } else { 0 })
                    }
                };
                if m > 0 && night.holds(s, m) {
                    if !shortened(cx, &self.norm, d) && s.worked_minutes() > self.reduction.on(cx, d) {
                        nights.push(i);
                    }
                } else if by_roster {
                    let w = s.worked_minutes();
                    match lengths.iter_mut().find(|l| l.0 == w) {
                        Some(l) => l.1 += 1,
                        None => lengths.push((w, 1)),
                    }
                }
            }
        });
        // The most common day-shift length; a tie goes to the longer, so that a finding holds
        // against every length as usual as it.
        let usual = lengths.iter().max_by_key(|l| (l.1, l.0)).map(|l| l.0);
        for &i in &nights {
            let s = &cx.shifts[i];
            let d = day_of(s.start);
            let (established, detail) = match usual {
                Some(u) => (u, u),
                None => {
                    let n = self.norm.daily(cx, d);
                    (n, n | FROM_NORM)
                }
            };
            let limit = established - self.reduction.on(cx, d);
            let worked = s.worked_minutes();
            if worked > limit {
                let f = Finding::new(Severity::Violation, s.span()).minutes_vs(worked, limit);
                out.push(f.line(s.line).detail(detail));
            }
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let (m, l) = (f.measured, f.limit);
        let established = f.detail & (FROM_NORM - 1);
        Message::new("night-shift-length")
            .time("from", f.from)
            .time("to", f.to)
            .minutes("hours", m)
            .minutes("established", established)
            .key(
                "whence",
                if f.detail & FROM_NORM != 0 {
                    "night-shift-length-from-norm"
                } else {
                    "night-shift-length-from-day-shifts"
                },
            )
            .minutes("limit", l)
            .minutes("excess", m - l)
    }
}
