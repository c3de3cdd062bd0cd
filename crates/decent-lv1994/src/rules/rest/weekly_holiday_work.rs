//! `weekly-holiday-work` (s66, compensation s67): work on a weekly holiday.

use decent_core::time::{day_of, weekday};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use crate::rules::common::{mondays_to_fridays_only, Days, Holidays};

/// Work on a weekly holiday.
pub struct WeeklyHolidayWork {
    days: Days,
    holidays: Holidays,
}

impl Bind for WeeklyHolidayWork {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { days: b.bind(), holidays: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "weekly-holiday-work",
    section: "66",
    title: "Work on a weekly holiday",
    doc: "Reports every shift (work, overtime or duty) with hours on one of the employee's weekly \
          holidays (s61: Sunday, and Saturday on a five-day week; under summary registration the \
          schedule decides, see `s61.schedule_holidays_under_summary`, and nothing is reported). \
          s66: \"Selected employees may be called to work on holidays upon consent of the \
          employees' trade union or the respective institution of the employees' trade union and \
          only in the exceptional cases stipulated by the law\", \"by a written order (directions) \
          of the administration\". The seed's copy lost the list of exceptional cases, and a roster \
          shows neither the union's consent nor the order, so the finding is a **warning**. \
          s67: \"The work on holidays shall be compensated upon mutual agreement of the parties by \
          granting another holiday or by paying a double remuneration.\" Festive days are left to \
          `festive-day-work` (s68). Hours are counted on the day they belong to \
          (`s47.day_attribution`).",
    quote: "Selected employees may be called to work on holidays upon consent of the employees' trade union",
    example: "An 8-hour shift on Sunday 1995-03-12 for an employee on a five-day week: one warning, measured 8 h, with the s67 compensation owed.",
};

impl Rule for WeeklyHolidayWork {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let attr = self.days.on(cx, day_of(first.start));
        let cal = &cx.law.calendar;
        let holiday = |d| self.holidays.is_weekly_holiday(cx, d);
        for s in cx.shifts {
            // Cheap exit: a shift touching no Saturday or Sunday cannot fall on a weekly holiday.
            if mondays_to_fridays_only(s) {
                continue;
            }
            attr.each(s, |d, m| {
                if m > 0 && holiday(d) && !cal.is_festive(d) {
                    let f = Finding::new(Severity::Warning, s.span()).minutes_vs(m, 0);
                    out.push(f.line(s.line).detail(d));
                }
            });
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let day = f.detail;
        Message::new("weekly-holiday-work")
            .minutes("hours", f.measured)
            .text("weekday", if weekday(day) == 6 { "sunday" } else { "saturday" })
            .day("day", day)
    }
}
