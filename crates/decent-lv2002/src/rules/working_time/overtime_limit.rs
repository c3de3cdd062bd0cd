//! `overtime-limit` (s136(5)): overtime above its limit over the reference period — 144 hours in
//! four months until 2014, on average 8 hours per 7 days from 2015.

use decent_core::model::ShiftKind;
use decent_core::time::{day_of, Day};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::period::{days_span, reference_period};

use decent_core::params::{Bind, Binder, Choice, Minutes, Num};

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

/// Overtime above the s136(5) limit in a reference period.
pub struct OvertimeLimit {
    limit: Minutes,
    basis: Choice<Basis>,
    months: Num,
    period: Choice<Period>,
}

impl Bind for OvertimeLimit {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            limit: b.minutes("s136.overtime_limit"),
            basis: b.choice("s136.overtime_limit_basis"),
            months: b.num("s136.reference_months"),
            period: b.choice("s136.reference_period"),
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
          dated). Adds the worked minutes of the rows of kind `overtime` (by the day each starts) \
          in each reference period (`s136.reference_period`: by default January–April, \
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
        let mut current: Option<((Day, Day), i32)> = None;
        for s in cx.shifts.iter().filter(|s| s.kind == ShiftKind::Overtime) {
            let d = day_of(s.start);
            match &mut current {
                Some((p, m)) if p.0 <= d && d <= p.1 => *m += s.worked_minutes(),
                _ => {
                    if let Some((p, m)) = current.take() {
                        self.close(cx, p, m, out);
                    }
                    current = Some((self.period_of(cx, d), s.worked_minutes()));
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
