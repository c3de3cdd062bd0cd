//! `overtime-limit` (s136(5)): overtime above its limit over the reference period — 144 hours in
//! four months until 2014, on average 8 hours per 7 days from 2015.

use decent_core::model::ShiftKind;
use decent_core::time::{day_of, Day};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::daily::{Week, Weeks};
use decent_worktime::period::{days_span, reference_period};

use decent_core::params::{Bind, Binder, Choice, Minutes, Num};

use super::common::{summarised, Days};
use crate::attrs::SPECIAL_RISK;

decent_core::choices! {
    /// `s136.overtime_limit_basis`: how the limit is counted.
    pub enum Basis { Total = "total-in-period", Average = "average-per-7-days" }
}

decent_core::choices! {
    /// `s136.reference_period`: the period the limit is counted over.
    pub enum Period {
        FourMonths = "four-months-from-january",
        Month = "calendar-month",
        Summarised = "summarised-period",
    }
}

decent_core::choices! {
    /// `s136.overtime_reading`: what counts as overtime work.
    pub enum Reading { RowsAndExcess = "rows-and-excess", Rows = "rows" }
}

/// Overtime above the s136(5) limit in a reference period.
pub struct OvertimeLimit {
    limit: Minutes,
    basis: Choice<Basis>,
    months: Num,
    period: Choice<Period>,
    reading: Choice<Reading>,
    daily: Minutes,
    weekly: Minutes,
    offset: Minutes,
    risk_daily: Minutes,
    risk_weekly: Minutes,
    days: Days,
}

impl Bind for OvertimeLimit {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            limit: b.minutes("s136.overtime_limit"),
            basis: b.choice("s136.overtime_limit_basis"),
            months: b.num("s136.reference_months"),
            period: b.choice("s136.reference_period"),
            reading: b.choice("s136.overtime_reading"),
            daily: b.minutes("s131.daily_norm"),
            weekly: b.minutes("s131.weekly_norm"),
            offset: b.minutes("s131.offset"),
            risk_daily: b.minutes("s131.special_risk_daily"),
            risk_weekly: b.minutes("s131.special_risk_weekly"),
            days: b.bind(),
        }
    }
}

/// Counted as a total in the period (detail).
const TOTAL: i32 = 0;
/// Counted as an average per seven days (detail).
const AVERAGE: i32 = 1;

static META: RuleMeta = RuleMeta {
    id: "overtime-limit",
    section: "136",
    title: "Overtime above the s136(5) limit over the reference period",
    doc: "s136(5): \"Virsstundu darbs nedrīkst pārsniegt vidēji astoņas stundas septiņu dienu \
          periodā, ko aprēķina pārskata periodā, kas nepārsniedz četrus mēnešus\" (overtime may \
          not exceed on average eight hours in a period of seven days, calculated over a \
          reference period not exceeding four months); until 31 December 2014 it read 144 hours \
          in a period of four months (`s136.overtime_limit` and `s136.overtime_limit_basis`, \
          dated). Overtime is work \"virs normālā darba laika\" (beyond normal working time, \
          s136(1)): by `s136.overtime_reading`, the worked minutes of the rows of kind \
          `overtime` (by the day each starts) and, by default, the ordinary hours past the norm \
          of each calendar week (the larger of the hours above 8 h plus the one-hour extension \
          of s131(2) on each day and the hours above 40 h in the week; 7 h and 35 h for special \
          risk; counted on the week's last day of work; not for summarised working time). Adds \
          them up in each reference period (`s136.reference_period`: by default January–April, \
          May–August, September–December, `s136.reference_months` long) and reports a period \
          above the limit: the total, or the average limit × the period's days ÷ 7. Parameters \
          are read on the period's first day.",
    quote: "Virsstundu darbs nedrīkst pārsniegt vidēji astoņas stundas septiņu dienu periodā, ko aprēķina pārskata periodā, kas nepārsniedz četrus mēnešus.",
    example: "From January to April 2026 (120 days) an employee works 140 h of overtime: the limit \
              is 8 h × 120 ÷ 7 = 137.13 h, one violation, measured 140 h.",
};

impl OvertimeLimit {
    /// The reference period holding `day`: `[first, last]`.
    fn period_of(&self, cx: &Ctx<'_>, day: Day) -> (Day, Day) {
        let months = match self.period.on(cx, day) {
            Period::Month => 1,
            Period::Summarised => cx.employee.summary_period_months.max(1),
            Period::FourMonths => u8::try_from(self.months.whole_on(cx, day)).unwrap_or(4),
        };
        reference_period(months, day)
    }

    /// The limit in minutes for the period `[first, last]` and how it is counted.
    fn limit_of(&self, cx: &Ctx<'_>, first: Day, last: Day) -> (i32, i32) {
        let limit = self.limit.on(cx, first);
        if self.basis.on(cx, first) == Basis::Average {
            let days = i64::from(last - first + 1);
            (i32::try_from(i64::from(limit) * days / 7).unwrap_or(i32::MAX), AVERAGE)
        } else {
            (limit, TOTAL)
        }
    }

    /// The ordinary hours of the week past the norm: the larger of the hours above the day's
    /// norm and its extension (s131(1), (2)) and the hours above the weekly norm.
    fn week_excess(&self, cx: &Ctx<'_>, w: &Week) -> i32 {
        let risk = cx.employee.has(SPECIAL_RISK);
        let daily = if risk { self.risk_daily } else { self.daily }.on(cx, w.monday) + self.offset.on(cx, w.monday);
        let weekly = if risk { self.risk_weekly } else { self.weekly }.on(cx, w.monday);
        let by_days: i32 = w.days.iter().map(|d| (d.1 - daily).max(0)).sum();
        by_days.max(w.minutes() - weekly)
    }

    fn close(&self, cx: &Ctx<'_>, period: (Day, Day), minutes: i32, out: &mut Out<'_>) {
        let (limit, how) = self.limit_of(cx, period.0, period.1);
        if minutes > limit {
            out.push(
                Finding::new(Severity::Violation, days_span(period.0, period.1)).minutes_vs(minutes, limit).detail(how),
            );
        }
    }
}

impl Rule for OvertimeLimit {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        // The ordinary hours past the norm, week by week, on each week's last day of work.
        let mut excess: Vec<(Day, i32)> = Vec::new();
        if !summarised(cx) && self.reading.on(cx, day_of(first.start)) == Reading::RowsAndExcess {
            let mut weeks = Weeks::default();
            let mut run = |w: &Week| {
                let e = self.week_excess(cx, w);
                if let (true, Some(last)) = (e > 0, w.days.last()) {
                    excess.push((last.0, e));
                }
            };
            self.days.ordinary(cx, |d, m, line| weeks.push(d, m, line, &mut run));
            weeks.finish(&mut run);
        }
        // Overtime rows and the excess, merged in day order.
        let mut rows = cx
            .shifts
            .iter()
            .filter(|s| s.kind == ShiftKind::Overtime)
            .map(|s| (day_of(s.start), s.worked_minutes()))
            .peekable();
        let mut extra = excess.into_iter().peekable();
        let mut current: Option<((Day, Day), i32)> = None;
        loop {
            let next = match (rows.peek(), extra.peek()) {
                (Some(r), Some(e)) if e.0 < r.0 => extra.next(),
                (Some(_), _) => rows.next(),
                (None, _) => extra.next(),
            };
            let Some((d, minutes)) = next else { break };
            match &mut current {
                Some((p, m)) if p.0 <= d && d <= p.1 => *m += minutes,
                _ => {
                    if let Some((p, m)) = current.take() {
                        self.close(cx, p, m, out);
                    }
                    current = Some((self.period_of(cx, d), minutes));
                }
            }
        }
        if let Some((p, m)) = current {
            self.close(cx, p, m, out);
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let key = if f.detail == AVERAGE { "overtime-limit-average" } else { "overtime-limit-total" };
        Message::new(key)
            .minutes("hours", f.measured)
            .day("from", day_of(f.from))
            .day("to", day_of(f.to) - 1)
            .minutes("limit", f.limit)
            .minutes("excess", f.measured - f.limit)
    }
}
