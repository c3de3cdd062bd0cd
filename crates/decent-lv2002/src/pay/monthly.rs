//! A month's pay from shifts: the time wage (s62(2)) or the monthly salary, and the supplements
//! of s67 and s68 (or of the Remuneration Law's s14) at the hourly rate.
//!
//! Readings, each one linear pass over the employee's shifts:
//! - a shift's worked minutes (its break excluded) fall on the calendar days it covers; a shift
//!   across midnight is cut there (`decent_worktime::window` places its break);
//! - night minutes are its worked minutes in the night time of s138(1) (`s138.night_from`,
//!   `s138.night_to`); they carry the supplement when the shift (or, with
//!   `s138.night_work_unit` = `night`, the night) holds more than `s138.night_threshold` of them —
//!   night work as s138(1) defines it;
//! - public-holiday minutes are those on a day of the holidays calendar;
//! - overtime (s136(1), s140(5)) is the toolkit's walk (`decent_worktime::overtime`): a row
//!   marked `overtime`, and ordinary work past the weekly norm (the employee's, else
//!   `s131.weekly_norm`), the minutes past each day's norm first — and, since s131(1) also sets
//!   a normal daily working time, a day's ordinary minutes past the daily norm (the employee's
//!   weekly norm over their working days, else `s131.daily_norm`) even in a week within its
//!   norm; with summarised working time, only the ordinary work past the normal hours of the
//!   reference period (its working days, less those of justified absence, by the daily norm and
//!   s135), in time order. Days follow `s131.day`.
//! - the hourly rate of a salary is the salary over the month's working hours, or with summarised
//!   working time over the average monthly working hours of the year (s75³; Remuneration Law
//!   s14(11)); working hours are the working days (not a public holiday, within the employee's
//!   5 or 6 days a week) by the daily norm, the day before a public holiday shorter by s135.

use std::collections::{BTreeMap, BTreeSet};

use decent_core::model::{Absence, Dataset, Employee, Shift, ShiftKind};
use decent_core::pay::{
    self as core_pay, Basis, MinimumCheck, MinimumStatus, MonthPays, MonthlyPay, PayLine, Payslip, Rounding, YearMonth,
};
use decent_core::time::{day_of, minute_of_day, split_by_day, Day};
use decent_core::Law;
use decent_core::{Ctx, Message};
use decent_worktime::days::{ordinary_daily_totals, working_weekday, Attribution};
use decent_worktime::overtime::{self, Excess, Norms, Reading};
use decent_worktime::window::worked_in_window;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::{PayError, Regime};

/// The supplements in force on a day, as fractions of the hourly rate, with the section of each.
struct Supplements {
    night: (Decimal, &'static str, &'static [&'static str]),
    overtime: (Decimal, &'static str, &'static [&'static str]),
    holiday: (Decimal, &'static str, &'static [&'static str]),
    both_on_holiday: bool,
}

fn percent(law: &Law, name: &'static str, day: Day) -> Result<Decimal, PayError> {
    Ok(law.params.try_num(name, day).map_err(|e| PayError::Param {
        name,
        value: e.to_string(),
        expected: "a percentage",
    })? / Decimal::ONE_HUNDRED)
}

fn supplements(law: &Law, regime: Regime, day: Day) -> Result<Supplements, PayError> {
    Ok(match regime {
        Regime::LabourLaw => {
            let overtime = if law.params.flag("s68.general_agreement", day) {
                let p = percent(law, "s68.general_agreement_overtime", day)?;
                if p < Decimal::new(5, 1) {
                    return Err(PayError::Param {
                        name: "s68.general_agreement_overtime",
                        value: (p * Decimal::ONE_HUNDRED).normalize().to_string(),
                        expected: "not lower than 50 per cent of the hourly wage rate (s68(3))",
                    });
                }
                (p, "s68(3)", &["s68.general_agreement", "s68.general_agreement_overtime"][..])
            } else {
                (percent(law, "s68.overtime_supplement", day)?, "s68(1)", &["s68.overtime_supplement"][..])
            };
            Supplements {
                night: (percent(law, "s67.night_supplement", day)?, "s67(1)", &["s67.night_supplement"]),
                overtime,
                holiday: (percent(law, "s68.holiday_supplement", day)?, "s68(1)", &["s68.holiday_supplement"]),
                both_on_holiday: law.params.choice("s68.overtime_on_holiday", day) == "both",
            }
        }
        Regime::RemunerationLaw => Supplements {
            night: (percent(law, "AL14.night_supplement", day)?, "AL14(4)", &["AL14.night_supplement"]),
            overtime: (percent(law, "AL14.overtime_supplement", day)?, "AL14(6)", &["AL14.overtime_supplement"]),
            holiday: (percent(law, "AL14.holiday_supplement", day)?, "AL14(5¹)", &["AL14.holiday_supplement"]),
            // Separate parts of s14 ((5¹) and (6)), each paying for its own.
            both_on_holiday: true,
        },
    })
}

/// The employee's normal daily working time, minutes.
fn daily_norm(law: &Law, e: &Employee, day: Day) -> i32 {
    if e.weekly_norm_minutes > 0 && e.week_days > 0 {
        e.weekly_norm_minutes / i32::from(e.week_days)
    } else {
        law.params.minutes("s131.daily_norm", day)
    }
}

/// Whether `day` is one of the employee's working days: within their days of the week, not a
/// public holiday.
fn is_working_day(law: &Law, e: &Employee, day: Day) -> bool {
    working_weekday(day, e.week_days) && !law.calendar.is_festive(day)
}

/// The norms the toolkit's overtime walk holds ordinary minutes against (s131(1), s140(5)).
struct PayNorms<'a> {
    law: &'a Law,
    e: &'a Employee,
    absences: &'a [Absence],
}

impl Norms for PayNorms<'_> {
    fn attribution(&self, day: Day) -> Attribution {
        Attribution::new(self.law.params.choice("s131.day", day) == "calendar-day")
    }

    fn weekly(&self, day: Day) -> i32 {
        if self.e.weekly_norm_minutes > 0 {
            self.e.weekly_norm_minutes
        } else {
            self.law.params.minutes("s131.weekly_norm", day)
        }
    }

    fn daily(&self, day: Day) -> i32 {
        daily_norm(self.law, self.e, day)
    }

    /// The normal hours of the period, less its working days of justified absence (Remuneration
    /// Law s14(9) says so; the Labour Law's normal working time is the same hours).
    fn period(&self, first: Day, last: Day) -> i32 {
        let absent: BTreeSet<Day> = self
            .absences
            .iter()
            .flat_map(|x| x.from.max(first)..=x.to.min(last))
            .filter(|&d| is_working_day(self.law, self.e, d))
            .collect();
        i32::try_from(working_minutes(self.law, self.e, first, last, &absent)).unwrap_or(i32::MAX)
    }
}

/// The working minutes of `[first, last]`: each working day by the daily norm, the day before a
/// public holiday shorter by s135.
fn working_minutes(law: &Law, e: &Employee, first: Day, last: Day, skip: &BTreeSet<Day>) -> i64 {
    (first..=last)
        .filter(|&d| is_working_day(law, e, d) && !skip.contains(&d))
        .map(|d| {
            let cut = if law.calendar.is_festive(d + 1) { law.params.minutes("s135.eve_reduction", d) } else { 0 };
            i64::from((daily_norm(law, e, d) - cut).max(0))
        })
        .sum()
}

/// A shift's worked and night minutes on each calendar day it covers.
fn day_parts(s: &Shift, night: (i32, i32)) -> Vec<(Day, i32, i32)> {
    let total = s.worked_minutes();
    let night_total = worked_in_window(s, night.0, night.1);
    let (d0, d1) = (day_of(s.start), day_of(s.end - 1));
    if d0 == d1 {
        return vec![(d0, total, night_total)];
    }
    if d1 == d0 + 1 && s.end - s.start <= 1440 {
        let st = minute_of_day(s.start);
        let w0 = worked_in_window(s, st, 1440);
        let n0 = if night.0 > night.1 {
            worked_in_window(s, night.0.max(st), 1440)
        } else if st < night.1 {
            worked_in_window(s, night.0.max(st), night.1)
        } else {
            0
        };
        return vec![(d0, w0, n0), (d1, total - w0, night_total - n0)];
    }
    // Longer shifts: in proportion to the clock minutes of each day.
    let parts: Vec<(Day, i32)> = split_by_day(s.span()).collect();
    let clock = s.clock_minutes().max(1);
    let (mut w_given, mut n_given) = (0, 0);
    let mut out = Vec::with_capacity(parts.len());
    for (i, (d, c)) in parts.iter().enumerate() {
        let (w, n) = if i + 1 == parts.len() {
            (total - w_given, night_total - n_given)
        } else {
            let share = |x: i32| ((i64::from(x) * i64::from(*c)) / i64::from(clock)) as i32;
            (share(total), share(night_total))
        };
        w_given += w;
        n_given += n;
        out.push((*d, w, n));
    }
    out
}

fn note(s: &Shift) -> Message {
    Message::new("pay2002-basis-shift").time("from", s.start).time("to", s.end).text("line", s.line.to_string())
}

/// The month's pay of one employee; `None` without an hourly rate or a monthly salary.
///
/// # Errors
/// A month outside the public-holiday calendar, a rate or salary out of range, a supplement the
/// law does not allow (s68(3) below 50 %), or a product that does not fit.
pub fn monthly(cx: &Ctx<'_>, month: YearMonth) -> Result<Option<MonthlyPay>, PayError> {
    let (law, e, shifts) = (cx.law, cx.employee, cx.shifts);
    let (first, last) = (month.first(), month.last());
    law.calendar.require(first, last)?;
    let regime = Regime::of(e);
    let rounding = Rounding::HalfUp;
    let sup = supplements(law, regime, first)?;
    let summarised = e.summary_period_months > 0;
    let none = BTreeSet::new();

    // The hourly rate.
    let (rate, salary, rate_section) = match (e.monthly_salary, e.hourly_rate) {
        (Some(s), _) => {
            let s = core_pay::money("monthly_salary", s)?;
            let hours = if summarised {
                let year = decent_core::time::year_of(first);
                let (a, b) = (YearMonth { year, month: 1 }.first(), YearMonth { year, month: 12 }.last());
                law.calendar.require(a, b)?;
                working_minutes(law, e, a, b, &none) / 12
            } else {
                working_minutes(law, e, first, last, &none)
            };
            let rate = if hours > 0 {
                core_pay::div(
                    "the hourly wage rate of the salary (s75.3)",
                    s * Decimal::from(60),
                    Decimal::from(hours),
                )?
            } else {
                Decimal::ZERO
            };
            let section = if regime == Regime::RemunerationLaw { "AL14(11)" } else { "s75.3" };
            (rate, Some(s), section)
        }
        (None, Some(r)) => (core_pay::money("hourly_rate", r)?, None, "s62(2)"),
        (None, None) => return Ok(None),
    };

    // Night work: the shift's (or the night's) minutes in the night time above the threshold.
    let nf = law.params.minutes("s138.night_from", first);
    let nt = law.params.minutes("s138.night_to", first);
    let threshold = law.params.minutes("s138.night_threshold", first);
    let per_night = law.params.choice("s138.night_work_unit", first) == "night";
    let window_of = |s: &Shift| if minute_of_day(s.start) < nt { day_of(s.start) - 1 } else { day_of(s.start) };
    let mut nights: BTreeMap<Day, i32> = BTreeMap::new();
    if per_night {
        for s in shifts.iter().filter(|s| s.kind != ShiftKind::Duty) {
            *nights.entry(window_of(s)).or_default() += worked_in_window(s, nf, nt);
        }
    }

    // Overtime by day (s136(1), s140(5)): rows marked overtime, and ordinary work past the
    // weekly norm (the minutes past each day's norm first) or past the norm of the reference
    // period, as the toolkit's walk counts it.
    let period_months = match (summarised, regime) {
        (false, _) => None,
        (true, Regime::LabourLaw) => Some(e.summary_period_months),
        (true, Regime::RemunerationLaw) => {
            let n = law.params.try_num("AL14.reference_months", first).map_err(|err| PayError::Param {
                name: "AL14.reference_months",
                value: err.to_string(),
                expected: "a number of months",
            })?;
            Some(n.to_u8().filter(|m| n.fract().is_zero() && (1..=12).contains(m)).ok_or(PayError::Param {
                name: "AL14.reference_months",
                value: n.to_string(),
                expected: "a whole number of months from 1 to 12 (a reference period within the year)",
            })?)
        }
    };
    let reading = Reading { derive: true, excess: Excess::DailyNormFirst, period_months };
    let norms = PayNorms { law, e, absences: cx.absences };
    if let Some(months) = period_months {
        let (a, b) = decent_worktime::period::reference_period(months, last);
        law.calendar.require(a, b)?;
    }
    let mut by_day: BTreeMap<Day, i32> = overtime::by_day(cx, reading, &norms).into_iter().collect();
    if period_months.is_none() {
        // s131(1) sets a normal daily working time too: a day's ordinary minutes past it are
        // overtime even in a week within its norm. The walk gave each day its marked rows and
        // its share of the week's excess, the minutes past the day's norm first, so a day's
        // overtime is its marked rows and the larger of that share and its own excess.
        let mut marked: BTreeMap<Day, i32> = BTreeMap::new();
        for s in shifts.iter().filter(|s| s.kind == ShiftKind::Overtime) {
            norms.attribution(day_of(s.start)).each(s, |d, m| *marked.entry(d).or_default() += m);
        }
        ordinary_daily_totals(
            cx,
            |d| norms.attribution(d),
            |d, m, _| {
                let own = (m - daily_norm(law, e, d)).max(0);
                let mark = marked.get(&d).copied().unwrap_or(0);
                let entry = by_day.entry(d).or_default();
                *entry = mark + (*entry - mark).max(own);
            },
        );
    }
    let (mut overtime, mut ot_on_holiday) = (0i64, 0i64);
    let mut b_ot = Vec::new();
    for (d, m) in by_day {
        if d < first || d > last || m <= 0 {
            continue;
        }
        overtime += i64::from(m);
        if law.calendar.is_festive(d) {
            ot_on_holiday += i64::from(m);
        }
        b_ot.push(Basis {
            line: 0,
            day: Some(d),
            minutes: m,
            note: Message::new("pay2002-basis-overtime").day("day", d),
        });
    }

    // One pass over the shifts: the month's minutes worked, at night and on public holidays.
    let (mut worked, mut night, mut holiday) = (0i64, 0i64, 0i64);
    let (mut b_night, mut b_holiday) = (Vec::new(), Vec::new());
    for s in shifts.iter().filter(|s| s.kind != ShiftKind::Duty) {
        let eligible = if per_night {
            nights.get(&window_of(s)).copied().unwrap_or(0) > threshold
        } else {
            worked_in_window(s, nf, nt) > threshold
        };
        for (d, w, n) in day_parts(s, (nf, nt)) {
            if d < first || d > last || w <= 0 {
                continue;
            }
            worked += i64::from(w);
            if eligible && n > 0 {
                night += i64::from(n);
                b_night.push(Basis { line: s.line, day: Some(d), minutes: n, note: note(s) });
            }
            if law.calendar.is_festive(d) {
                holiday += i64::from(w);
                b_holiday.push(Basis {
                    line: s.line,
                    day: Some(d),
                    minutes: w,
                    note: Message::new("pay2002-basis-holiday")
                        .time("from", s.start)
                        .time("to", s.end)
                        .text("line", s.line.to_string())
                        .text("name", law.calendar.name(d).unwrap_or_default().to_string()),
                });
            }
        }
    }

    let mut lines = Vec::new();
    let p = |l: PayLine, params: &[&str]| l.with_params(params);
    match salary {
        Some(s) => {
            let section = if regime == Regime::RemunerationLaw { "s2(2)" } else { "s62(2)" };
            lines.push(PayLine::new(
                Message::new("pay2002-salary"),
                section,
                (Decimal::ONE, "month"),
                s,
                Decimal::ONE,
                rounding,
            )?);
            if overtime > 0 {
                let section = match (regime, summarised) {
                    (Regime::LabourLaw, _) => "s62(2)",
                    (Regime::RemunerationLaw, false) => "AL14(8)",
                    (Regime::RemunerationLaw, true) => "AL14(9)",
                };
                lines.push(p(
                    PayLine::hours(
                        Message::new("pay2002-overtime-hours"),
                        section,
                        overtime,
                        rate,
                        Decimal::ONE,
                        rounding,
                    )?,
                    &[],
                ));
            }
        }
        None => {
            lines.push(PayLine::hours(
                Message::new("pay2002-time-wage"),
                rate_section,
                worked,
                rate,
                Decimal::ONE,
                rounding,
            )?);
        }
    }
    if night > 0 {
        lines.push(
            p(
                PayLine::hours(
                    Message::new("pay2002-night-supplement"),
                    sup.night.1,
                    night,
                    rate,
                    sup.night.0,
                    rounding,
                )?,
                sup.night.2,
            )
            .with_params(&["s138.night_from", "s138.night_to", "s138.night_threshold", "s138.night_work_unit"])
            .with_basis(b_night),
        );
    }
    if overtime > 0 {
        lines.push(
            p(
                PayLine::hours(
                    Message::new("pay2002-overtime-supplement"),
                    sup.overtime.1,
                    overtime,
                    rate,
                    sup.overtime.0,
                    rounding,
                )?,
                sup.overtime.2,
            )
            .with_basis(b_ot),
        );
    }
    let holiday_paid = if sup.both_on_holiday { holiday } else { holiday - ot_on_holiday };
    if holiday_paid > 0 {
        let mut l = p(
            PayLine::hours(
                Message::new("pay2002-holiday-supplement"),
                sup.holiday.1,
                holiday_paid,
                rate,
                sup.holiday.0,
                rounding,
            )?,
            sup.holiday.2,
        )
        .with_basis(b_holiday);
        if regime == Regime::LabourLaw {
            l = l.with_params(&["s68.overtime_on_holiday"]);
        }
        lines.push(l);
    }
    if salary.is_some() {
        // The supplements' rate is the salary's hourly rate.
        for l in lines.iter_mut().skip(1) {
            l.section = format!("{}+{rate_section}", l.section);
        }
    }
    let payslip = Payslip::new(e.id.to_string(), lines)?;
    let minimum = MinimumCheck {
        status: MinimumStatus::NotChecked,
        section: "61".into(),
        minimum: None,
        required: None,
        normal_pay: Decimal::ZERO,
        shortfall: Decimal::ZERO,
        note: Message::new("pay2002-minimum-not-checked"),
    };
    Ok(Some(MonthlyPay { payslip, minimum, notes: Vec::new() }))
}

/// Every employee's pay for `month`.
///
/// # Errors
/// As [`monthly`], naming the first employee (in input order) whose pay fails.
pub fn monthly_all(law: &Law, data: &Dataset, month: YearMonth) -> Result<MonthPays, PayError> {
    law.calendar.require(month.first(), month.last())?;
    core_pay::month_pays(law, data, month, monthly).map_err(|(e, err)| PayError::Employee {
        id: e.id.to_string(),
        line: e.line,
        source: Box::new(err),
    })
}
