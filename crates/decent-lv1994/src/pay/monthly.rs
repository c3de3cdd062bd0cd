//! Monthly pay from shifts: the hours of a month split into cells by what they carry
//! (overtime s93, night s95, festive day s94 or weekly holiday s67, idle time s99), one pay line
//! per cell.
//!
//! The hours are read as the checks read them (`rules::common`): a shift's minutes belong to the
//! day `worked_by_day` gives (s47, `s47.day_attribution`); night minutes are `worked_in_window`
//! over the s50 window (break placement `s60.break_placement`); overtime per day is
//! `overtime_by_day` (s57: rows marked overtime plus, with `s57.derived_overtime`, work past the
//! norm in time order), placed on the day's overtime rows first and then on the day's last
//! minutes; weekly holidays are `is_weekly_holiday` (s61) and festive days the pack's calendar
//! (s68).
//!
//! Within one piece of a shift (its part on one day), idle minutes and overtime are spread over
//! its night and day minutes in proportion (`s99.idle_spread`; the same reading as an unrecorded
//! break). How the premiums of one cell combine is `s93.premium_combination`.
//!
//! An hourly rate or monthly salary is an amount from 0 to 10⁹ ([`decent_core::pay::MAX_MONEY`])
//! and every product is checked: an employee beyond it is an error naming the employee and the
//! line of the employees file, never a panic. A month outside the festive calendar's years is
//! refused: its festive days (s68) and their premium (s94) are not known.

use std::collections::BTreeMap;

use decent_core::model::{AbsenceKind, Dataset, Shift, ShiftKind, NONE_U16};
use decent_core::pay::{self as core_pay, Basis, PayLine, Payslip, YearMonth};
use decent_core::time::{day_of, start_of_day, Day};
use decent_core::{Ctx, Law, Message};
use rust_decimal::Decimal;

use super::minimum;
use super::PayError;
use crate::rules::common::{is_working_day, worked_in_window, Days, Holidays, NightWindow, Norm, Overtime};
use decent_core::params::{Bind, Binder};

/// The readings pay shares with the checks (day attribution, night, norms, weekly holidays,
/// overtime), bound to the law's parameters.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Readings {
    days: Days,
    night: NightWindow,
    norm: Norm,
    holidays: Holidays,
    overtime: Overtime,
}

impl Bind for Readings {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { days: b.bind(), night: b.bind(), norm: b.bind(), holidays: b.bind(), overtime: b.bind() }
    }
}

pub use decent_core::pay::{MonthPays, MonthlyPay};

/// What a day is for pay: an ordinary day, a festive day (s94) or a weekly holiday (s67).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum DayKind {
    Ordinary,
    Holiday,
    Festive,
}

/// The key of a cell: overtime, night, day kind, multiplier (parameters are dated, so two
/// parts of a month may carry different multipliers), idle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cell {
    idle: bool,
    overtime: bool,
    night: bool,
    day: DayKind,
    multiplier: Decimal,
}

/// A shift's part on one day.
struct Piece<'a> {
    shift: &'a Shift,
    day: Day,
    worked: i32,
    night: i32,
    idle: i32,
    overtime: i32,
}

fn share(a: i32, b: i32, of: i32) -> i32 {
    if of <= 0 {
        return 0;
    }
    ((i64::from(a) * i64::from(b) + i64::from(of) / 2) / i64::from(of)) as i32
}

fn pieces<'a>(cx: &Ctx<'a>, r: &Readings, s: &'a Shift) -> Vec<Piece<'a>> {
    let parts = r.days.worked_by_day(cx, s);
    let idle_total = i32::from(s.idle_minutes).min(s.worked_minutes());
    let mut out = Vec::with_capacity(parts.len());
    let mut idle_given = 0;
    let n = parts.len();
    for (i, (d, w)) in parts.into_iter().enumerate() {
        let night = if n == 1 {
            let (f, t) = r.night.on(cx, day_of(s.start));
            worked_in_window(s, f, t)
        } else {
            // split-at-midnight: the part of the shift on day `d`, its break spread as
            // `worked_by_day` spreads it.
            let start = s.start.max(start_of_day(d));
            let end = s.end.min(start_of_day(d + 1));
            let brk = u16::try_from((end - start - w).max(0)).unwrap_or(u16::MAX - 1);
            let sub = Shift { start, end, break_minutes: brk, break_offset: NONE_U16, ..*s };
            let (f, t) = r.night.on(cx, d);
            worked_in_window(&sub, f, t)
        };
        let idle = if i + 1 == n { idle_total - idle_given } else { share(idle_total, w, s.worked_minutes()) };
        idle_given += idle;
        out.push(Piece { shift: s, day: d, worked: w, night, idle: idle.clamp(0, w), overtime: 0 });
    }
    out
}

/// Places each day's overtime (from `overtime_by_day`) on that day's pieces: rows marked
/// overtime first, then the day's last minutes of ordinary work, in time order backwards.
fn place_overtime(cx: &Ctx<'_>, r: &Readings, pieces: &mut [Piece<'_>]) {
    let by_day = r.overtime.by_day(cx);
    for (d, mut ot) in by_day {
        let idx: Vec<usize> = pieces.iter().enumerate().filter(|(_, p)| p.day == d).map(|(i, _)| i).collect();
        for &i in &idx {
            if pieces[i].shift.kind == ShiftKind::Overtime && ot > 0 {
                let take = pieces[i].worked.min(ot);
                pieces[i].overtime = take;
                ot -= take;
            }
        }
        for &i in idx.iter().rev() {
            if pieces[i].shift.kind == ShiftKind::Work && ot > 0 {
                let take = pieces[i].worked.min(ot);
                pieces[i].overtime = take;
                ot -= take;
            }
        }
    }
}

struct Rates {
    overtime: Decimal,
    night: Decimal,
    festive: Decimal,
    holiday: Decimal,
    idle: Decimal,
    additive: bool,
}

fn rates(law: &Law, day: Day) -> Rates {
    let (h, p) = (super::params(law), &law.params);
    Rates {
        overtime: h.overtime.at(p, day),
        night: h.night.at(p, day),
        festive: h.festive.at(p, day),
        holiday: h.holiday.at(p, day),
        idle: h.idle.at(p, day),
        additive: h.combination.at(p, day) != super::Combination::Highest,
    }
}

fn combine(r: &Rates, overtime: bool, night: bool, day: DayKind) -> Decimal {
    let mut ms = Vec::new();
    if overtime {
        ms.push(r.overtime);
    }
    if night {
        ms.push(r.night);
    }
    match day {
        DayKind::Festive => ms.push(r.festive),
        DayKind::Holiday => ms.push(r.holiday),
        DayKind::Ordinary => {}
    }
    if r.additive {
        Decimal::ONE + ms.iter().map(|m| *m - Decimal::ONE).sum::<Decimal>()
    } else {
        ms.into_iter().fold(Decimal::ONE, Decimal::max)
    }
}

/// Messages joined with `, ` (`pay-list`).
fn joined(parts: Vec<Message>) -> Option<Message> {
    parts.into_iter().reduce(|list, item| Message::new("pay-list").msg("list", list).msg("item", item))
}

/// Messages one after another (`pay-concat`), or nothing (`pay-nothing`).
fn concat(parts: Vec<Message>) -> Message {
    parts
        .into_iter()
        .reduce(|a, b| Message::new("pay-concat").msg("a", a).msg("b", b))
        .unwrap_or_else(|| Message::new("pay-nothing"))
}

fn describe(c: &Cell) -> (Message, String, Vec<&'static str>) {
    if c.idle {
        return (Message::new("pay-idle-time"), "s99".into(), vec!["s99.idle_multiplier", "s99.idle_spread"]);
    }
    let mut what = Vec::new();
    let mut secs = Vec::new();
    let mut params = Vec::new();
    if c.overtime {
        what.push(Message::new("pay-overtime"));
        secs.push("s93");
        params.extend(["s93.overtime_multiplier", "s57.derived_overtime", "s57.overtime_days"]);
    }
    if c.night {
        what.push(Message::new("pay-night-hours"));
        secs.push("s95");
        params.extend(["s95.night_multiplier", "s50.night_from", "s50.night_to"]);
    }
    match c.day {
        DayKind::Festive => {
            what.push(Message::new("pay-festive-day-work"));
            secs.push("s94");
            params.extend(["s94.festive_multiplier", "s94.day_off_compensation"]);
        }
        DayKind::Holiday => {
            what.push(Message::new("pay-weekly-holiday-work"));
            secs.push("s67");
            params.extend(["s67.holiday_multiplier", "s94.day_off_compensation"]);
        }
        DayKind::Ordinary => {}
    }
    if what.len() > 1 {
        params.push("s93.premium_combination");
    }
    let Some(what) = joined(what) else {
        return (Message::new("pay-normal-hours"), "s88".into(), vec!["s47.day_attribution"]);
    };
    params.push("s47.day_attribution");
    (what, secs.join("+"), params)
}

/// The normal hours (minutes) of a month: its working days that are not festive days × the
/// daily norm (s45–s47).
fn month_norm(cx: &Ctx<'_>, r: &Readings, month: YearMonth) -> i32 {
    (month.first()..=month.last()).filter(|&d| is_working_day(cx, d)).map(|d| r.norm.daily(cx, d)).sum()
}

/// Pay of one employee for `month`; `None` when the employee has neither an hourly rate nor a
/// monthly salary.
///
/// # Errors
/// A month outside the festive calendar's years; a rate or salary outside 0 to 10⁹; a product
/// that does not fit.
///
/// # Panics
/// When the pack lacks a parameter it declares (the registry test guards this).
pub fn monthly(cx: &Ctx<'_>, month: YearMonth) -> Result<Option<MonthlyPay>, PayError> {
    let e = cx.employee;
    let law = cx.law;
    let (first, last) = (month.first(), month.last());
    law.calendar.require(first, last)?;
    let rounding = super::rounding(law, first);
    let readings = super::params(law).readings;
    let norm = month_norm(cx, &readings, month);
    let (rate, salary) = match (e.monthly_salary, e.hourly_rate) {
        (Some(s), _) => {
            let s = core_pay::money("monthly_salary", s)?;
            let rate = if norm > 0 {
                core_pay::div("the hourly rate of the salary (s93)", s * Decimal::from(60), Decimal::from(norm))?
            } else {
                Decimal::ZERO
            };
            (rate, Some(s))
        }
        (None, Some(r)) => (core_pay::money("hourly_rate", r)?, None),
        (None, None) => return Ok(None),
    };
    let mut notes = Vec::new();

    // The pieces of the month, in time order (shifts of nearby months are read for overtime).
    let mut all: Vec<Piece<'_>> = Vec::new();
    for s in cx.shifts {
        if s.kind == ShiftKind::Duty {
            if day_of(s.start) <= last && day_of(s.end - 1) >= first {
                notes.push(
                    Message::new("pay-note-duty")
                        .time("from", s.start)
                        .time("to", s.end)
                        .text("line", s.line.to_string()),
                );
            }
            continue;
        }
        all.extend(pieces(cx, &readings, s));
    }
    place_overtime(cx, &readings, &mut all);
    all.retain(|p| p.day >= first && p.day <= last && p.worked > 0);

    // Days off that compensate festive or weekly-holiday work (s94, s67).
    let mut comp_days: Vec<Day> = if super::params(law).day_off.at(&law.params, first) == super::DayOff::SameMonth {
        cx.absences
            .iter()
            .filter(|a| a.kind == AbsenceKind::DayOff)
            .flat_map(|a| a.from.max(first)..=a.to.min(last))
            .collect()
    } else {
        Vec::new()
    };
    comp_days.sort_unstable();
    comp_days.dedup();
    let kind_of = |d: Day| {
        if law.calendar.is_festive(d) {
            DayKind::Festive
        } else if readings.holidays.is_weekly_holiday(cx, d) {
            DayKind::Holiday
        } else {
            DayKind::Ordinary
        }
    };
    let mut rest_days: Vec<Day> = all.iter().map(|p| p.day).filter(|&d| kind_of(d) != DayKind::Ordinary).collect();
    rest_days.dedup();
    let compensated: BTreeMap<Day, Day> = rest_days.iter().copied().zip(comp_days.iter().copied()).collect();
    for (worked, off) in &compensated {
        let name = if law.calendar.name(*worked).is_some() {
            crate::rules::words::festive_key(law, *worked)
        } else {
            "pay-weekly-holiday".into()
        };
        notes.push(Message::new("pay-note-compensated").day("worked", *worked).key("name", name).day("off", *off));
    }

    // Cells.
    let mut cells: BTreeMap<Cell, (i64, Vec<Basis>)> = BTreeMap::new();
    for p in &all {
        let r = rates(law, p.day);
        let day = if compensated.contains_key(&p.day) { DayKind::Ordinary } else { kind_of(p.day) };
        let w_eff = p.worked - p.idle;
        let night = p.night - share(p.idle, p.night, p.worked);
        let ot = p.overtime.min(w_eff);
        let ot_night = share(ot, night, w_eff);
        let parts = [
            (false, true, true, ot_night),
            (false, true, false, ot - ot_night),
            (false, false, true, night - ot_night),
            (false, false, false, w_eff - night - (ot - ot_night)),
            (true, false, false, p.idle),
        ];
        for (idle, overtime, at_night, minutes) in parts {
            if minutes <= 0 {
                continue;
            }
            let multiplier = if idle { r.idle } else { combine(&r, overtime, at_night, day) };
            let cell =
                Cell { idle, overtime, night: at_night, day: if idle { DayKind::Ordinary } else { day }, multiplier };
            let mut more = Vec::new();
            if at_night {
                let (f, t) = readings.night.on(cx, p.day);
                more.push(
                    Message::new("pay-basis-night")
                        .text("from", format!("{:02}:{:02}", f / 60, f % 60))
                        .text("to", format!("{:02}:{:02}", t / 60, t % 60)),
                );
            }
            if overtime {
                more.push(Message::new(if p.shift.kind == ShiftKind::Overtime {
                    "pay-basis-overtime-row"
                } else {
                    "pay-basis-overtime-derived"
                }));
            }
            match cell.day {
                DayKind::Festive => more
                    .push(Message::new("pay-basis-festive").key("name", crate::rules::words::festive_key(law, p.day))),
                DayKind::Holiday => more.push(Message::new("pay-basis-holiday")),
                DayKind::Ordinary => {}
            }
            if idle {
                more.push(Message::new("pay-basis-idle"));
            }
            let note = Message::new("pay-basis-shift")
                .time("from", p.shift.start)
                .time("to", p.shift.end)
                .text("line", p.shift.line.to_string())
                .minutes("hours", minutes)
                .day("day", p.day)
                .msg("more", concat(more));
            let entry = cells.entry(cell).or_default();
            entry.0 += i64::from(minutes);
            entry.1.push(Basis { line: p.shift.line, day: Some(p.day), minutes, note });
        }
    }

    let mut lines = Vec::new();
    if let Some(s) = salary {
        lines.push(
            PayLine::new(
                Message::new("pay-monthly-salary"),
                "s88",
                (Decimal::ONE, "month"),
                s,
                Decimal::ONE,
                rounding,
            )?
            .with_params(&["s101.rounding"])
            .with_basis(vec![Basis {
                line: e.line,
                day: None,
                minutes: 0,
                note: Message::new("pay-basis-salary").minutes("hours", norm),
            }]),
        );
    }
    for (cell, (minutes, basis)) in cells {
        let (component, section, params) = describe(&cell);
        let beyond_salary = cell.overtime || cell.day != DayKind::Ordinary;
        let (component, multiplier) = match salary {
            // A salary pays the normal hours (idle time within them included) at the single
            // rate; night hours within them get the premium part only.
            Some(_) if !beyond_salary && (cell.idle || !cell.night) => continue,
            Some(_) if !beyond_salary => {
                (Message::new("pay-premium-over-salary").msg("what", component), cell.multiplier - Decimal::ONE)
            }
            _ => (component, cell.multiplier),
        };
        let mut params = params;
        if salary.is_some() {
            params.push("s93.salary_hourly_rate");
        }
        params.push("s101.rounding");
        lines.push(
            PayLine::hours(component, section, minutes, rate, multiplier, rounding)?
                .with_params(&params)
                .with_basis(basis),
        );
    }
    let payslip = Payslip::new(e.id.to_string(), lines)?;
    let normal_minutes: i32 = all.iter().map(|p| (p.worked - p.overtime.min(p.worked - p.idle)).max(0)).sum::<i32>();
    let minimum = minimum::check(cx, month, salary, rate, normal_minutes)?;
    Ok(Some(MonthlyPay { payslip, minimum, notes }))
}

/// Pay of every employee of `data` for `month`.
///
/// # Errors
/// As [`monthly`]: the month outside the festive calendar, or the first employee (in input
/// order) whose pay is out of range, named with the line of the employees file.
///
/// # Panics
/// As [`monthly`].
pub fn monthly_all(law: &Law, data: &Dataset, month: YearMonth) -> Result<MonthPays, PayError> {
    law.calendar.require(month.first(), month.last())?;
    core_pay::month_pays(law, data, month, monthly).map_err(|(e, err)| PayError::Employee {
        id: e.id.to_string(),
        line: e.line,
        source: Box::new(err),
    })
}
