//! `holiday-eve` (s135): the working day before a public holiday not shortened by one hour.

use decent_core::time::{day_of, start_of_day, Day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::Memo;

use decent_core::params::{Bind, Binder, Minutes};

use super::common::{summarised, Days};
use crate::attrs::SPECIAL_RISK;
use crate::data::holiday_key_of;

/// The day before a public holiday longer than the norm less one hour.
pub struct HolidayEve {
    reduction: Minutes,
    daily: Minutes,
    risk_daily: Minutes,
    six_day: Minutes,
    six_day_risk: Minutes,
    days: Days,
}

impl Bind for HolidayEve {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            reduction: b.minutes("s135.eve_reduction"),
            daily: b.minutes("s131.daily_norm"),
            risk_daily: b.minutes("s131.special_risk_daily"),
            six_day: b.minutes("s133.six_day_daily"),
            six_day_risk: b.minutes("s133.six_day_daily_special_risk"),
            days: b.bind(),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "holiday-eve",
    section: "135",
    title: "Working day before a public holiday not shortened by one hour",
    doc: "s135: \"Pirms svētku dienām darba dienas ilgums saīsināms par vienu stundu\" (before \
          public holidays the working day is shortened by one hour), unless a shorter working \
          time is set. For each day that is not itself a public holiday and is followed by one \
          (the pack's calendar of public holidays), the ordinary hours (rows of kind `work`, \
          breaks excluded) are held to the employee's normal daily working time less \
          `s135.eve_reduction`: 8 h (s131(1)), 7 h for special risk (s131(3)), or on a six-day \
          week 7 h and 6 h (s133(2)), so 7 h, 6 h or 5 h. Days follow `s131.day`. Employees on \
          summarised working time (s140) are not checked.",
    quote: "Pirms svētku dienām darba dienas ilgums saīsināms par vienu stundu",
    example: "Thursday 17 November 2026, the day before Proclamation Day, worked 08:00–16:30 with \
              a 30-minute break (8 h): one finding, measured 8 h, limit 7 h.",
};

impl HolidayEve {
    /// The employee's normal daily working time on `day` less the reduction, minutes.
    fn limit_on(&self, cx: &Ctx<'_>, day: Day) -> i32 {
        let risk = cx.employee.has(SPECIAL_RISK);
        let norm = match (cx.employee.week_days >= 6, risk) {
            (true, true) => self.six_day_risk,
            (true, false) => self.six_day,
            (false, true) => self.risk_daily,
            (false, false) => self.daily,
        };
        norm.on(cx, day) - self.reduction.on(cx, day)
    }
}

impl Rule for HolidayEve {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if summarised(cx) {
            return;
        }
        let cal = &cx.law.calendar;
        let mut limit = Memo::default();
        self.days.ordinary(cx, |d, m, line| {
            if !cal.is_festive(d + 1) || cal.is_festive(d) {
                return;
            }
            let l = limit.get(cx, d, |d| self.limit_on(cx, d));
            if m > l {
                let span = Span::new(start_of_day(d), start_of_day(d + 1));
                out.push(Finding::new(Severity::Violation, span).minutes_vs(m, l).line(line));
            }
        });
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        let d = day_of(f.from);
        let name = law.calendar.name(d + 1).map_or_else(|| "holiday-unnamed".to_string(), holiday_key_of);
        Message::new("holiday-eve")
            .minutes("hours", f.measured)
            .day("day", d)
            .day("holiday", d + 1)
            .key("name", name)
            .minutes("limit", f.limit)
            .minutes("excess", f.measured - f.limit)
    }
}
