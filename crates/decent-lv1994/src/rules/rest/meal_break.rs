//! `meal-break` (s60): the interval for rest and nourishment — at most two hours, usually no
//! later than four hours after the start of work.

use decent_core::model::NONE_U16;
use decent_core::time::day_of;
use decent_core::{Ctx, Dataset, Finding, Law, Message, Out, Rule, RuleMeta, Severity};

use decent_core::params::{Bind, Binder, Flag, Minutes};

use crate::rules::common::{month_args, named_starts, PerMonth};

/// The interval for rest and nourishment.
pub struct MealBreak {
    max_break: Minutes,
    latest: Minutes,
    warn_missing: Flag,
}

impl Bind for MealBreak {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            max_break: b.minutes("s60.max_break"),
            latest: b.minutes("s60.break_latest_after"),
            warn_missing: b.flag("s60.warn_missing_break"),
        }
    }
}

/// A recorded break longer than s60 allows.
const TOO_LONG: i32 = 1;
/// A long shift with no break recorded.
const MISSING: i32 = 2;
/// A break that starts later than four hours into the shift.
const LATE: i32 = 3;

static META: RuleMeta = RuleMeta {
    id: "meal-break",
    section: "60",
    title: "Interval for rest and nourishment",
    doc: "Checks each shift's break against s60: \"The employees shall be given an interval for rest \
          and nourishment, which shall not exceed two hours. The interval shall not be included into \
          the working time. The intervals for rest and nourishment shall usually be given no later \
          than four hours after the beginning of the work.\"\n\n\
          - A recorded break (`break_minutes`) above two hours (`s60.max_break`) is a **violation**.\n\
          - Shifts longer than four hours (`s60.break_latest_after`) with `break_minutes` 0 are \
          one **warning** per calendar month (measured: the count of such shifts, which the \
          message names) when `s60.warn_missing_break` holds: s60 lets the employer give meals during working time \"where the \
          production conditions do not permit the establishment of an interval\", a fact the roster \
          does not show.\n\
          - With `break_start` recorded, a break starting more than four hours after the shift's \
          start is a **warning**: the statute says \"usually\".\n\n\
          Without a `break_minutes` column the rule checks nothing and the output says so.\n\n\
          Limits: `break_minutes` is the shift's whole unpaid break; several short breaks adding up \
          to more than two hours are read as one interval.",
    quote: "The employees shall be given an interval for rest and nourishment, which shall not exceed two hours.",
    example: "A 10-hour shift with a 150-minute break: one violation, measured 2.5 h, limit 2 h.",
};

impl Rule for MealBreak {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let day = day_of(first.start);
        let max_break = self.max_break.on(cx, day);
        let latest = self.latest.on(cx, day);
        let warn_missing = cx.columns.break_minutes && self.warn_missing.on(cx, day);
        let mut missing = PerMonth::new(Severity::Warning, Some(MISSING));
        for s in cx.shifts {
            let b = i32::from(s.break_minutes);
            if b > max_break {
                let f = Finding::new(Severity::Violation, s.span()).minutes_vs(b, max_break);
                out.push(f.line(s.line).detail(TOO_LONG));
            }
            if b == 0 {
                if warn_missing && s.clock_minutes() > latest {
                    missing.add(s, s.clock_minutes(), out);
                }
            } else if s.break_offset != NONE_U16 && i32::from(s.break_offset) > latest {
                let f = Finding::new(Severity::Warning, s.span()).minutes_vs(i32::from(s.break_offset), latest);
                out.push(f.line(s.line).detail(LATE));
            }
        }
        missing.finish(out);
    }

    fn requires(&self) -> &'static [decent_core::Column] {
        &[decent_core::Column::BreakMinutes]
    }

    fn message_in(&self, f: &Finding, law: &Law, data: &Dataset) -> Message {
        if f.detail != MISSING {
            return self.message(f, law);
        }
        let latest = self.latest.at(&law.params, day_of(f.from));
        let starts = data
            .shifts_of(f.emp)
            .iter()
            .filter(|s| s.break_minutes == 0 && s.clock_minutes() > latest)
            .map(|s| s.start);
        missing_message(f, latest, Some(named_starts(f, starts)))
    }

    fn message(&self, f: &Finding, law: &Law) -> Message {
        match f.detail {
            TOO_LONG => Message::new("meal-break-too-long").minutes("measured", f.measured).minutes("limit", f.limit),
            MISSING => missing_message(f, self.latest.at(&law.params, day_of(f.from)), None),
            _ => Message::new("meal-break-late").minutes("measured", f.measured).minutes("limit", f.limit),
        }
    }
}

/// The message of the monthly finding of shifts with no break, naming them when known.
fn missing_message(f: &Finding, latest: i32, named: Option<Vec<i32>>) -> Message {
    let m = Message::new("meal-break-missing")
        .count("count", f.measured)
        .minutes("limit", latest)
        .times("starts", named.unwrap_or_default());
    month_args(m, f)
}
