//! `public-holiday-work` (s144): work on a public holiday.

use decent_core::params::{Bind, Binder};
use decent_core::time::{split_by_day, start_of_day, Span, MINUTES_PER_DAY};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

/// Work on a public holiday.
pub struct PublicHolidayWork;

impl Bind for PublicHolidayWork {
    fn bind(_: &mut Binder<'_>) -> Self {
        Self
    }
}

static META: RuleMeta = RuleMeta {
    id: "public-holiday-work",
    section: "144",
    title: "Work on a public holiday",
    doc: "s144(1): \"Darbinieki netiek nodarbināti likumā noteiktajās svētku dienās.\" (Employees are not \
          employed on the public holidays set by law.) s144(2): where continuous operation must be \
          ensured, an employee may be employed on a public holiday, being granted rest on another \
          day of the week or paid appropriate compensation (s68 sets the pay).\n\n\
          Each row's clock minutes falling on a public holiday of the pack's calendar (a row across \
          midnight counts on each day with its own part) are one **warning** per row and holiday: \
          lawful only where continuous operation must be ensured, a fact the roster does not show, \
          and then with rest on another day or the compensation of s68.",
    quote: "Darbinieki netiek nodarbināti likumā noteiktajās svētku dienās.",
    example:
        "A shift 2026-12-24 20:00 to 2026-12-25 08:00: two warnings, 4 h on Christmas Eve and 8 h on Christmas Day.",
};

impl Rule for PublicHolidayWork {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let cal = &cx.law.calendar;
        for s in cx.shifts {
            for (day, minutes) in split_by_day(s.span()) {
                if minutes > 0 && cal.is_festive(day) {
                    let from = start_of_day(day).max(s.start);
                    let to = (start_of_day(day) + MINUTES_PER_DAY).min(s.end);
                    let f = Finding::new(Severity::Warning, Span::new(from, to)).minutes_vs(minutes, 0);
                    out.push(f.line(s.line).detail(day));
                }
            }
        }
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        let day = f.detail;
        let name = law.calendar.name(day).map_or_else(|| "holiday-unnamed".to_string(), crate::data::holiday_key_of);
        Message::new("public-holiday-work").minutes("hours", f.measured).day("day", day).key("name", name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::ShiftColumns;
    use decent_core::Employee;

    /// Source: s144(1) — a night from Christmas Eve into Christmas Day counts on each; 23
    /// December is no public holiday.
    #[test]
    fn hours_on_each_holiday() {
        let law = law(&[]);
        let e = Employee::new("A");
        let s = shifts(&[(at(2026, 12, 24, 20, 0), at(2026, 12, 25, 8, 0))]);
        let f = run(&*bound::<PublicHolidayWork>(&law), &law, &e, &s, ShiftColumns::default());
        assert_eq!(f.iter().map(|f| f.measured).collect::<Vec<_>>(), vec![240, 480]);
        assert_eq!(f[0].severity, Severity::Warning);
        let s = shifts(&[(at(2026, 12, 23, 8, 0), at(2026, 12, 23, 16, 0))]);
        assert!(run(&*bound::<PublicHolidayWork>(&law), &law, &e, &s, ShiftColumns::default()).is_empty());
    }
}
