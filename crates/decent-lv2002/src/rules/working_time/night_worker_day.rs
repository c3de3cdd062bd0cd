//! `night-worker-day` (s138(3)): a night worker's normal daily working time not shortened by one
//! hour.

use decent_core::time::{day_of, start_of_day, year_of, Day, Span, MINUTES_PER_DAY};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::daily::worked_between;
use decent_worktime::Memo;
use rust_decimal::prelude::ToPrimitive;

use decent_core::params::{Bind, Binder, Choice, Minutes, Num};

use super::common::{summarised, Days};
use super::night::{in_night, Night};
use crate::attrs::{NIGHT_WORKER, SPECIAL_RISK};

/// A night worker's day above the normal daily working time less one hour.
pub struct NightWorkerDay {
    reduction: Minutes,
    worker_days: Num,
    count: Choice<Count>,
    unit: Choice<Unit>,
    threshold: Minutes,
    daily: Minutes,
    six_day: Minutes,
    risk_night_cap: Minutes,
    night: Night,
    days: Days,
}

decent_core::choices! {
    /// `s138.night_worker_count`: from when the 50 days make a night worker.
    pub enum Count { WholeYear = "whole-year", ToDate = "to-date" }
}

decent_core::choices! {
    /// `s138.night_work_unit`: what the more than two hours of s138(1) are counted in.
    pub enum Unit { Shift = "shift", Night = "night" }
}

impl Bind for NightWorkerDay {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            reduction: b.minutes("s138.night_worker_reduction"),
            worker_days: b.num("s138.night_worker_days"),
            count: b.choice("s138.night_worker_count"),
            unit: b.choice("s138.night_work_unit"),
            threshold: b.minutes("s138.night_threshold"),
            daily: b.minutes("s131.daily_norm"),
            six_day: b.minutes("s133.six_day_daily"),
            risk_night_cap: b.minutes("s138.special_risk_night_cap"),
            night: b.bind(),
            days: b.bind(),
        }
    }
}

/// Marked `night_worker` (detail).
const MARKED: i32 = 0;
/// Read from the roster: night work on enough days of the year (detail).
const BY_DAYS: i32 = 1;
/// Added to the detail of a finding of the special-risk cap.
const RISK: i32 = 10;

static META: RuleMeta = RuleMeta {
    id: "night-worker-day",
    section: "138",
    title: "Night worker's working day not shortened by one hour",
    doc: "s138(3): \"Nakts darbiniekam normālais dienas darba laiks saīsināms par vienu stundu\" \
          (a night worker's normal daily working time is shortened by one hour), not for \
          employees on a normal shortened working time (here: `special_risk`, s131(3)); a night \
          worker in special-risk work may instead not be employed \"vairāk par astoņām stundām \
          diennakts periodā, kurā viņš veicis nakts darbu\" (more than eight hours in a 24-hour \
          period in which he or she has performed night work, `s138.special_risk_night_cap`): \
          read as the 24 hours from the start of each shift with night work, all rows counted. s138(2): \
          a night worker is an employee \"kurš parasti veic nakts darbu saskaņā ar maiņu grafiku \
          vai vismaz 50 dienas kalendāra gadā\" — marked `night_worker`, or read from the roster: \
          night work (s138(1): more than `s138.night_threshold` hours at night time, 22:00–06:00, \
          counted per `s138.night_work_unit`) on at least `s138.night_worker_days` days of a \
          calendar year, from 1 January or from the day the count is reached \
          (`s138.night_worker_count`). A night worker's day whose ordinary hours (rows of kind \
          `work`, days by `s131.day`) exceed the normal daily working time (8 h, or 7 h on a \
          six-day week, s133(2)) less `s138.night_worker_reduction` is reported. The exception \
          for the particular nature of the undertaking's operation is not in the input; \
          employees on summarised working time (s140) are not checked day by day.",
    quote: "Nakts darbiniekam normālais dienas darba laiks saīsināms par vienu stundu.",
    example: "An employee marked night_worker works 20:00–08:00 with no break: 8 h fall on the \
              second day, above 8 h − 1 h = 7 h, one violation.",
};

/// Per calendar year: the days with night work, and the day the count reached the threshold.
#[derive(Debug, Clone, Copy)]
struct Year {
    year: i32,
    days: u32,
    reached: Option<Day>,
}

impl NightWorkerDay {
    /// The days with night work in each year of the employee's shifts, in one pass: a shift's night
    /// work belongs to the day the night starts (`unit` night: all shifts of one night added up).
    fn night_years(&self, cx: &Ctx<'_>) -> Vec<Year> {
        let mut years: Vec<Year> = Vec::new();
        let count = |day: Day, years: &mut Vec<Year>| {
            let y = year_of(day);
            if years.last().is_none_or(|l| l.year != y) {
                years.push(Year { year: y, days: 0, reached: None });
            }
            if let Some(l) = years.last_mut() {
                l.days += 1;
                if l.reached.is_none() && l.days >= self.worker_days.whole_on(cx, day) {
                    l.reached = Some(day);
                }
            }
        };
        // The night (its first day) being added up, its minutes, and the last day counted.
        let mut night: Option<(Day, i32)> = None;
        let mut last_counted: Option<Day> = None;
        let mut read = Memo::default();
        for s in cx.shifts {
            let d = day_of(s.start);
            let (w, threshold, by_night) = read.get(cx, d, |d| {
                (self.night.window(cx, d, false), self.threshold.on(cx, d), self.unit.on(cx, d) == Unit::Night)
            });
            let m = in_night(s, w);
            if m == 0 {
                continue;
            }
            // The night this shift's night minutes belong to: the day its window opens.
            let key = day_of(s.start - w.1);
            if by_night {
                match &mut night {
                    Some((k, total)) if *k == key => *total += m,
                    _ => {
                        if let Some((k, total)) = night.take() {
                            if total > threshold && last_counted != Some(k) {
                                count(k, &mut years);
                                last_counted = Some(k);
                            }
                        }
                        night = Some((key, m));
                    }
                }
            } else if m > threshold && last_counted != Some(key) {
                count(key, &mut years);
                last_counted = Some(key);
            }
        }
        if let Some((k, total)) = night {
            let threshold = self.threshold.on(cx, k);
            if total > threshold && last_counted != Some(k) {
                count(k, &mut years);
            }
        }
        years
    }
}

impl NightWorkerDay {
    /// s138(3), last sentence: a night worker in special-risk work, in the 24 hours from the start
    /// of each shift with night work, works at most `s138.special_risk_night_cap` (all rows).
    fn risk_cap(&self, cx: &Ctx<'_>, night_worker: &dyn Fn(Day) -> Option<i32>, out: &mut Out<'_>) {
        let mut read = Memo::default();
        for (i, s) in cx.shifts.iter().enumerate() {
            let d = day_of(s.start);
            let Some(how) = night_worker(d) else { continue };
            let (w, threshold, cap) = read.get(cx, d, |d| {
                (self.night.window(cx, d, false), self.threshold.on(cx, d), self.risk_night_cap.on(cx, d))
            });
            if in_night(s, w) <= threshold {
                continue;
            }
            let end = s.start + MINUTES_PER_DAY;
            let worked: i32 =
                cx.shifts[i..].iter().take_while(|t| t.start < end).map(|t| worked_between(t, s.start, end)).sum();
            if worked > cap {
                let span = Span::new(s.start, end);
                out.push(
                    Finding::new(Severity::Violation, span).minutes_vs(worked, cap).line(s.line).detail(how + RISK),
                );
            }
        }
    }
}

impl Rule for NightWorkerDay {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let e = cx.employee;
        if summarised(cx) || cx.shifts.is_empty() {
            return;
        }
        let marked = e.has(NIGHT_WORKER);
        let years = if marked { Vec::new() } else { self.night_years(cx) };
        if !marked && years.iter().all(|y| y.reached.is_none()) {
            return;
        }
        // How the employee is a night worker on `d`, if he or she is one.
        let night_worker = |d: Day| -> Option<i32> {
            if marked {
                return Some(MARKED);
            }
            let y = year_of(d);
            let reached = years.iter().find(|x| x.year == y).and_then(|x| x.reached)?;
            (self.count.on(cx, d) == Count::WholeYear || d >= reached).then_some(BY_DAYS)
        };
        if e.has(SPECIAL_RISK) {
            self.risk_cap(cx, &night_worker, out);
            return;
        }
        let mut limit = Memo::default();
        self.days.ordinary(cx, |d, m, line| {
            let Some(how) = night_worker(d) else { return };
            let l = limit.get(cx, d, |d| {
                let norm = if e.week_days >= 6 { self.six_day } else { self.daily };
                norm.on(cx, d) - self.reduction.on(cx, d)
            });
            if m > l {
                let span = Span::new(start_of_day(d), start_of_day(d + 1));
                out.push(Finding::new(Severity::Violation, span).minutes_vs(m, l).line(line).detail(how));
            }
        });
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        let d = day_of(f.from);
        let key = if f.detail >= RISK { "night-worker-day-special-risk" } else { "night-worker-day" };
        Message::new(key)
            .time("from", f.from)
            .minutes("hours", f.measured)
            .day("day", d)
            .minutes("limit", f.limit)
            .minutes("excess", f.measured - f.limit)
            .text("whence", if f.detail % RISK == MARKED { "marked" } else { "days" })
            .count("days", self.worker_days.at(&law.params, d).to_i64().unwrap_or(50))
    }
}
