//! `festive-day-work` (s68; compensation s94): work on a festive day.

use decent_core::model::ShiftKind;
use decent_core::time::day_of;
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder};

use crate::rules::common::Days;
use crate::rules::words::festive_key;

/// Work on a festive day.
pub struct FestiveDayWork {
    days: Days,
}

impl Bind for FestiveDayWork {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { days: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "festive-day-work",
    section: "68",
    title: "Work on a festive day",
    doc: "Reports every shift with hours on a festive day of the calendar (the seed's copy of s68 \
          lost the list; see the note on s68). s68: \"The enterprises, institutions and \
          organisations shall not work on the following festive days\", but \"On festive days it \
          shall be permitted to perform work which cannot be interrupted due to the production and \
          technical circumstances (enterprises, institutions and organisations with continuous \
          regime of work), work which is necessary in order to provide services to the population, \
          as well as urgent repairs, loading and unloading.\" Whether the work was of that kind the \
          roster does not show, so the finding is **info**, stating the compensation owed. s94: \
          \"The remuneration for the work on festive days (second part of Section 68) shall be twice \
          the amount of the hourly or daily remuneration rate\"; \"If requested by the employee, the \
          work on festive days may be compensated by an additional day-off.\" Duty on a festive day \
          (kind `duty`) is compensated under s94's third part: \"another holiday or paying a double \
          amount of the average earnings\". Hours are counted on the day they belong to \
          (`s47.day_attribution`).",
    quote: "On festive days it shall be permitted to perform work which cannot be interrupted due to the production and technical circumstances",
    example: "An 8-hour shift on 1 May 1995 (Labour Day): one info finding, measured 8 h, naming the day and the double pay or extra day off owed under s94.",
};

impl Rule for FestiveDayWork {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let attr = self.days.on(cx, day_of(first.start));
        let cal = &cx.law.calendar;
        for s in cx.shifts {
            let (d0, d1) = (day_of(s.start), day_of(s.end - 1));
            if !(d0..=d1).any(|d| cal.is_festive(d)) {
                continue;
            }
            let duty = i32::from(s.kind == ShiftKind::Duty);
            attr.each(s, |d, m| {
                if m > 0 && cal.is_festive(d) {
                    // detail: the festive day, doubled, plus 1 for duty.
                    let f = Finding::new(Severity::Info, s.span()).minutes_vs(m, 0);
                    out.push(f.line(s.line).detail(2 * d + duty));
                }
            });
        }
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        let day = f.detail.div_euclid(2);
        let duty = f.detail.rem_euclid(2) == 1;
        Message::new(if duty { "festive-day-work-duty" } else { "festive-day-work" })
            .minutes("hours", f.measured)
            .day("day", day)
            .key("name", festive_key(law, day))
    }
}
