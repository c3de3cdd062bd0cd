//! `summarised-average-rest` (s140(6)): under summarised working time, daily rest of at least
//! 12 hours per 24 hours and weekly rest of at least 35 hours a week, on average over the
//! reference period.

use decent_core::params::{Bind, Binder, Minutes, Num};
use decent_core::time::{day_of, split_by_day, start_of_day, week_start, Day, Minute, Span, MINUTES_PER_DAY};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::period::{days_span, reference_period};
use decent_worktime::rest::{stretches, LongestRestIn};
use rust_decimal::prelude::ToPrimitive;

/// Average rest under summarised working time.
pub struct SummarisedRest {
    agreement_max: Num,
    daily: Minutes,
    weekly: Minutes,
}

impl Bind for SummarisedRest {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            agreement_max: b.num("s140.reference_period_agreement_max"),
            daily: b.minutes("s140.average_daily_rest"),
            weekly: b.minutes("s140.average_weekly_rest"),
        }
    }
}

/// Daily rest below its average.
const DAILY: i32 = 1;
/// Weekly rest below its average.
const WEEKLY: i32 = 2;

const WEEK: i32 = 7 * MINUTES_PER_DAY;

static META: RuleMeta = RuleMeta {
    id: "summarised-average-rest",
    section: "140",
    title: "Summarised working time: average daily and weekly rest over the reference period",
    doc: "s140(6): \"Ja ir noteikts summētais darba laiks, darba devējs nodrošina, ka pārskata periodā \
          diennakts atpūtas laiks nav īsāks par vidēji 12 stundām diennaktī un nedēļas atpūtas laiks nav \
          īsāks par vidēji 35 stundām nedēļā, ieskaitot diennakts atpūtas laiku.\" (Where summarised \
          working time is set, the employer ensures that in the reference period daily rest is not \
          shorter than on average 12 hours per 24 hours and weekly rest not shorter than on average \
          35 hours a week, including daily rest.) These averages hold even where s142 and s143 are \
          disapplied (s140(2)).\n\n\
          Reads employees on summarised working time (`summary_period_months` > 0); their reference \
          period is that many months counted from 1 January (s140(3): one month unless the \
          employment contract sets up to `s140.reference_period_contract_max` or the collective \
          agreement up to `s140.reference_period_agreement_max`; a longer period given is read as \
          the latter). Only periods with work are read; rest is time with no row of any kind.\n\n\
          - Daily rest: the time of the period without work (rest, s141(1), in stretches of any \
          length; breaks inside a row count as work) divided by its days; below \
          `s140.average_daily_rest` (12 h) is a **violation**.\n\
          - Weekly rest: each Monday–Sunday week wholly inside the period counts its longest rest \
          inside the week (a week without work, 168 h); their average below \
          `s140.average_weekly_rest` (35 h) is a **violation**.\n\n\
          One finding for each average that falls short, its window the reference period, measured \
          as the average (rounded down to the minute).",
    quote: "diennakts atpūtas laiks nav īsāks par vidēji 12 stundām diennaktī un nedēļas atpūtas laiks nav īsāks par vidēji 35 stundām nedēļā",
    example: "An employee on summarised time with a one-month period works 24-hour shifts 08:00 to 08:00 every other day through March 2026: 12 h of rest a day on average, lawful, but no week holds more than 24 h of rest in a row, one violation of the weekly average (35 h).",
};

/// Sums over one reference period.
#[derive(Clone, Copy)]
struct Period {
    first: Day,
    last: Day,
    /// Minutes of work in the period.
    work: i64,
    /// Longest rests of the whole weeks with work inside the period, and how many.
    weekly: i64,
    worked_weeks: i64,
}

impl Rule for SummarisedRest {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let months = cx.employee.summary_period_months;
        if months == 0 {
            return;
        }
        let Some(first) = cx.shifts.first() else { return };
        let day0 = day_of(first.start);
        let max = self.agreement_max.on(cx, day0).to_u8().unwrap_or(12).max(1);
        let months = months.min(max);
        let daily_limit = i64::from(self.daily.on(cx, day0));
        let weekly_limit = i64::from(self.weekly.on(cx, day0));

        // Minutes of work on each day with work, and the longest rest inside each week with
        // work, in time order.
        let mut days: Vec<(Day, i32)> = Vec::new();
        let mut weeks: Vec<(Day, i32)> = Vec::new();
        let mut by_week = LongestRestIn::new(WEEK, start_of_day(week_start(0)));
        let mut week_push = |m: Minute, r: i32| weeks.push((day_of(m), r));
        for (bs, be) in stretches(cx.shifts) {
            for (d, m) in split_by_day(Span::new(bs, be)) {
                match days.last_mut() {
                    Some(last) if last.0 == d => last.1 += m,
                    _ => days.push((d, m)),
                }
            }
            by_week.push(bs, be, &mut week_push);
        }
        by_week.finish(&mut week_push);

        let flush = |pd: Period, out: &mut Out<'_>| {
            let n_days = i64::from(pd.last - pd.first + 1);
            let total = i64::from(MINUTES_PER_DAY) * n_days - pd.work;
            let span = days_span(pd.first, pd.last);
            if total < daily_limit * n_days {
                out.push(
                    Finding::new(Severity::Violation, span)
                        .measure(total / n_days, daily_limit, decent_core::Unit::Hours)
                        .detail(DAILY),
                );
            }
            // Whole weeks inside the period: Mondays from the first on or after its first day.
            let monday = week_start(pd.first);
            let first_monday = if monday < pd.first { monday + 7 } else { monday };
            let n_weeks = i64::from((pd.last + 1 - first_monday).max(0) / 7);
            if n_weeks > 0 {
                let total = pd.weekly + i64::from(WEEK) * (n_weeks - pd.worked_weeks);
                if total < weekly_limit * n_weeks {
                    out.push(
                        Finding::new(Severity::Violation, span)
                            .measure(total / n_weeks, weekly_limit, decent_core::Unit::Hours)
                            .detail(WEEKLY),
                    );
                }
            }
        };
        let mut cur: Option<Period> = None;
        let mut w = 0usize;
        for &(d, m) in &days {
            if cur.is_none_or(|c| d > c.last) {
                if let Some(c) = cur.take() {
                    flush(c, out);
                }
                let (first, last) = reference_period(months, d);
                let mut pd = Period { first, last, work: 0, weekly: 0, worked_weeks: 0 };
                // The whole weeks of this period with work.
                while w < weeks.len() && weeks[w].0 < first {
                    w += 1;
                }
                let mut k = w;
                while k < weeks.len() && weeks[k].0 + 6 <= last {
                    pd.weekly += i64::from(weeks[k].1);
                    pd.worked_weeks += 1;
                    k += 1;
                }
                cur = Some(pd);
            }
            if let Some(c) = cur.as_mut() {
                c.work += i64::from(m);
            }
        }
        if let Some(c) = cur {
            flush(c, out);
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let first = day_of(f.from);
        let last = day_of(f.to) - 1;
        Message::new(if f.detail == WEEKLY {
            "summarised-average-rest-weekly"
        } else {
            "summarised-average-rest-daily"
        })
        .day("first", first)
        .day("last", last)
        .minutes("average", f.measured)
        .minutes("limit", f.limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::ShiftColumns;
    use decent_core::Employee;

    fn summarised(months: u8) -> Employee {
        let mut e = Employee::new("S");
        e.summary_period_months = months;
        e
    }

    /// Source: s140(6) — every day of March 2026 08:00–22:00: 10 h of rest a day on average,
    /// and each whole week's longest rest is 10 h; 24 hours on and 24 off: 12 h a day, but no
    /// week holds more than 24 h in a row; two days on (36 h) and two off: both averages met.
    #[test]
    fn averages_over_the_month() {
        let law = law(&[]);
        let every_day: Vec<_> = (1..=31).map(|d| (at(2026, 3, d, 8, 0), at(2026, 3, d, 22, 0))).collect();
        let f =
            run(&*bound::<SummarisedRest>(&law), &law, &summarised(1), &shifts(&every_day), ShiftColumns::default());
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].detail, f[0].measured), (DAILY, 10 * 60));
        assert_eq!((f[1].detail, f[1].measured), (WEEKLY, 10 * 60));
        assert!(run(
            &*bound::<SummarisedRest>(&law),
            &law,
            &Employee::new("A"),
            &shifts(&every_day),
            ShiftColumns::default()
        )
        .is_empty());
        let alternate: Vec<_> = (0..15).map(|i| (at(2026, 3, 1 + 2 * i, 8, 0), at(2026, 3, 2 + 2 * i, 8, 0))).collect();
        let f =
            run(&*bound::<SummarisedRest>(&law), &law, &summarised(1), &shifts(&alternate), ShiftColumns::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].detail, f[0].measured), (WEEKLY, 24 * 60));
        let two_two: Vec<_> =
            (0..8).map(|i| (at(2026, 3, 1 + 4 * i, 8, 0), at(2026, 3, 1 + 4 * i, 8, 0) + 36 * 60)).collect();
        let f = run(&*bound::<SummarisedRest>(&law), &law, &summarised(1), &shifts(&two_two), ShiftColumns::default());
        assert!(f.is_empty(), "{f:?}");
        // Over a reference period of 12 months (a collective agreement's), March's short rests
        // average out.
        assert!(run(
            &*bound::<SummarisedRest>(&law),
            &law,
            &summarised(12),
            &shifts(&every_day),
            ShiftColumns::default()
        )
        .is_empty());
    }
}
