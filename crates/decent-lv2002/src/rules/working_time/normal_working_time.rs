//! `normal-working-time` (s131): a day above 8 hours (7 for special risk), an extension of
//! s131(2) with no shorter day to offset it, a week above 40 hours (35).

use decent_core::time::{day_of, start_of_day, Day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::daily::{Week, Weeks};
use decent_worktime::Memo;

use decent_core::params::{Bind, Binder, Choice, Minutes};

use super::common::{summarised, Days};
use crate::attrs::SPECIAL_RISK;

decent_core::choices! {
    /// `s131.offset_pairing`: how many days one shorter day lets be extended.
    pub enum Pairing { OneForOne = "one-for-one", AnyShorterDay = "any-shorter-day" }
}

/// Normal working time above the day's or the week's norm.
pub struct NormalWorkingTime {
    daily: Minutes,
    weekly: Minutes,
    offset: Minutes,
    risk_daily: Minutes,
    risk_weekly: Minutes,
    pairing: Choice<Pairing>,
    days: Days,
}

impl Bind for NormalWorkingTime {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            daily: b.minutes("s131.daily_norm"),
            weekly: b.minutes("s131.weekly_norm"),
            offset: b.minutes("s131.offset"),
            risk_daily: b.minutes("s131.special_risk_daily"),
            risk_weekly: b.minutes("s131.special_risk_weekly"),
            pairing: b.choice("s131.offset_pairing"),
            days: b.bind(),
        }
    }
}

/// A day above the norm and the offset.
const DAY: i32 = 0;
/// A day extended within the offset with no shorter day in the week to offset it.
const UNOFFSET: i32 = 1;
/// A week above the weekly norm.
const WEEK: i32 = 2;

static META: RuleMeta = RuleMeta {
    id: "normal-working-time",
    section: "131",
    title: "Normal working time above 8 hours a day or 40 hours a week",
    doc: "Adds the ordinary hours (rows of kind `work`, breaks excluded) of each day and of each \
          calendar week (Monday–Sunday). s131(1): \"Darbinieka normālais dienas darba laiks \
          nedrīkst pārsniegt astoņas stundas, bet normālais nedēļas darba laiks — 40 stundas\" \
          (normal daily working time may not exceed eight hours, and weekly 40 hours); daily \
          working time is \"darba laiks diennakts periodā\", read by `s131.day`. s131(2): when \
          one working day of the week is shorter than the norm, another working day of that \
          week \"var pagarināt, bet ne vairāk kā par vienu stundu\" (may be extended by not more \
          than one hour), the weekly norm still holding; `s131.offset_pairing` says how many \
          days one shorter day lets be extended. s131(3): for an employee marked `special_risk` \
          the norms are \"septiņas stundas dienā un 35 stundas nedēļā\" (seven hours a day and \
          35 a week). Reported: a day above the norm plus the offset; a day above the norm with \
          no shorter day to offset it; a week above the weekly norm. Hours beyond the norm are \
          overtime (s136(1)): record them as rows of kind `overtime`, with written consent. \
          Employees on summarised working time (`summary_period_months` > 0, s140) are not held \
          to the daily and weekly norm.",
    quote: "Darbinieka normālais dienas darba laiks nedrīkst pārsniegt astoņas stundas, bet normālais nedēļas darba laiks — 40 stundas.",
    example: "Monday to Thursday 08:00–17:00 with a 30-minute break (8.5 h) and Friday 8 h: four \
              days extended with no shorter day, four findings (limit 8 h), and a week of 42 h \
              above 40 h.",
};

/// The norms in force on a day, minutes.
#[derive(Debug, Clone, Copy)]
struct Norms {
    daily: i32,
    weekly: i32,
    offset: i32,
    one_for_one: bool,
}

impl NormalWorkingTime {
    fn norms(&self, cx: &Ctx<'_>, day: Day) -> Norms {
        let risk = cx.employee.has(SPECIAL_RISK);
        Norms {
            daily: if risk { self.risk_daily } else { self.daily }.on(cx, day),
            weekly: if risk { self.risk_weekly } else { self.weekly }.on(cx, day),
            offset: self.offset.on(cx, day),
            one_for_one: self.pairing.on(cx, day) == Pairing::OneForOne,
        }
    }
}

fn day_span(d: Day) -> Span {
    Span::new(start_of_day(d), start_of_day(d + 1))
}

fn check_week(w: &Week, n: Norms, out: &mut Out<'_>) {
    let shorter = w.days.iter().filter(|d| d.1 > 0 && d.1 < n.daily).count();
    let allowed = if n.one_for_one {
        shorter
    } else if shorter > 0 {
        usize::MAX
    } else {
        0
    };
    let mut extended = 0usize;
    for &(d, m, line) in &w.days {
        if m > n.daily + n.offset {
            out.push(
                Finding::new(Severity::Violation, day_span(d)).minutes_vs(m, n.daily + n.offset).line(line).detail(DAY),
            );
        } else if m > n.daily {
            extended += 1;
            if extended > allowed {
                out.push(
                    Finding::new(Severity::Violation, day_span(d)).minutes_vs(m, n.daily).line(line).detail(UNOFFSET),
                );
            }
        }
    }
    let total = w.minutes();
    if total > n.weekly {
        let span = Span::new(start_of_day(w.monday), start_of_day(w.monday + 7));
        out.push(Finding::new(Severity::Violation, span).minutes_vs(total, n.weekly).detail(WEEK));
    }
}

impl Rule for NormalWorkingTime {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if summarised(cx) {
            return;
        }
        let mut norms = Memo::default();
        let mut weeks = Weeks::default();
        let mut run = |w: &Week| {
            let n = norms.get(cx, w.monday, |d| self.norms(cx, d));
            check_week(w, n, out);
        };
        self.days.ordinary(cx, |d, m, line| weeks.push(d, m, line, &mut run));
        weeks.finish(&mut run);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let key = match f.detail {
            DAY => "normal-working-time-day",
            UNOFFSET => "normal-working-time-unoffset",
            _ => "normal-working-time-week",
        };
        let m = Message::new(key)
            .minutes("hours", f.measured)
            .minutes("limit", f.limit)
            .minutes("excess", f.measured - f.limit);
        if f.detail == WEEK {
            m.day("week", day_of(f.from))
        } else {
            m.day("day", day_of(f.from))
        }
    }
}
