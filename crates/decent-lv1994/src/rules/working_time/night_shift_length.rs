//! `night-shift-length` (s50): a night shift not shortened by one hour.

use decent_core::model::ShiftKind;
use decent_core::rule::Derived;
use decent_core::time::{day_of, minutes_in_daily_window};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use super::util::shortened;
use crate::rules::common::{daily_norm, under_summary, with_night_minutes, Memo, NightShift};

/// A night shift as long as a day shift.
pub struct NightShiftLength;

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
    params: &[
        "s45.weekly_norm",
        "s50.night_from",
        "s50.night_to",
        "s50.night_reduction",
        "s50.night_shift_when",
        "s50.continuous_exempt",
        "s50.established_shift",
    ],
    example: "An employee whose day shifts are 08:00–16:30 with a 30-minute break (8 h) works 22:00–06:30 with a 30-minute break (8 h, all at night): one violation, measured 8 h, limit 7 h.",
};

/// Scratch space of the rule, kept per worker: lengths of day shifts and indices of night
/// shifts.
#[derive(Default)]
struct Scratch {
    lengths: Vec<(i32, u32)>,
    nights: Vec<u32>,
}

impl Derived for Scratch {
    fn clear(&mut self) {
        self.lengths.clear();
        self.nights.clear();
    }
}

impl Rule for NightShiftLength {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let day0 = day_of(first.start);
        if cx.employee.week_days >= 6 || (under_summary(cx) && cx.law.params.flag("s50.continuous_exempt", day0)) {
            return;
        }
        let by_roster = cx.law.params.choice("s50.established_shift", day0) == "day-shifts";
        // (excepted as shortened, reduction, night-shift test)
        let mut memo: Memo<(bool, i32, NightShift)> = Memo::default();
        cx.cache.with(|sc: &mut Scratch| {
            sc.clear();
            with_night_minutes(cx, |known| {
                // One pass: the night shifts, and the lengths of the day shifts.
                for (i, s) in cx.shifts.iter().enumerate() {
                    if s.kind != ShiftKind::Work {
                        continue;
                    }
                    let d = day_of(s.start);
                    let (short, cut, night) = memo.get(cx, d, |d| {
                        (shortened(cx, d), cx.law.params.minutes("s50.night_reduction", d), NightShift::of(cx, d))
                    });
                    let m = match known {
                        Some((window, minutes)) if window == (night.from, night.to) => minutes[i],
                        _ if minutes_in_daily_window(s.span(), night.from, night.to) == 0 => 0,
                        _ => night.minutes(s),
                    };
                    if m > 0 && night.holds(s, m) {
                        if !short && s.worked_minutes() > cut {
                            sc.nights.push(i as u32);
                        }
                    } else if by_roster {
                        let w = s.worked_minutes();
                        match sc.lengths.iter_mut().find(|l| l.0 == w) {
                            Some(l) => l.1 += 1,
                            None => sc.lengths.push((w, 1)),
                        }
                    }
                }
            });
            // The most common day-shift length; a tie goes to the longer, so that a finding
            // holds against every length as usual as it.
            let usual = sc.lengths.iter().max_by_key(|l| (l.1, l.0)).map(|l| l.0);
            let mut norm: Memo<i32> = Memo::default();
            for &i in &sc.nights {
                let s = &cx.shifts[i as usize];
                let d = day_of(s.start);
                let (_, cut, _) = memo.get(cx, d, |d| {
                    (shortened(cx, d), cx.law.params.minutes("s50.night_reduction", d), NightShift::of(cx, d))
                });
                let (established, detail) = match usual {
                    Some(u) => (u, u),
                    None => {
                        let n = norm.get(cx, d, |d| daily_norm(cx, d));
                        (n, n | FROM_NORM)
                    }
                };
                let limit = established - cut;
                let worked = s.worked_minutes();
                if worked > limit {
                    let f = Finding::new(Severity::Violation, s.span()).minutes_vs(worked, limit);
                    out.push(f.line(s.line).detail(detail));
                }
            }
        });
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
