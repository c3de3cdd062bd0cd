//! Readings shared by several rules (and by pay): which day a shift belongs to, night minutes,
//! the norms, overtime in time order, weekly holidays, absences and protected status.
//!
//! Each function cites the section and names the interpretation it applies, so that a rule
//! built on it inherits the citation rather than re-deriving the reading.

use decent_core::model::{AbsenceKind, Shift, ShiftKind};
use decent_core::time::{
    civil_from_days, day_of, days_from_civil, minutes_in_daily_window, split_by_day, week_start, weekday, Day, Span,
};
use decent_core::Ctx;

/// Night window `(from, to)` as minutes of the day on `day` (s50: 22:00–06:00).
#[must_use]
pub fn night_window(cx: &Ctx<'_>, day: Day) -> (i32, i32) {
    let p = &cx.law.params;
    (p.minutes("s50.night_from", day), p.minutes("s50.night_to", day))
}

/// Minutes of the break that fall in the daily window `[from, to)`.
///
/// A break with a recorded start (`break_start`) is placed there; an unrecorded break is spread
/// over the shift in proportion (interpretation `s60.break_placement`), so a shift's worked
/// minutes split into night and day never lose or gain a minute.
fn break_in_window(s: &Shift, from: i32, to: i32) -> i32 {
    let b = i32::from(s.break_minutes);
    if b == 0 {
        return 0;
    }
    if s.break_offset != decent_core::model::NONE_U16 {
        let start = s.start + i32::from(s.break_offset);
        let span = Span::new(start, (start + b).min(s.end));
        return minutes_in_daily_window(span, from, to);
    }
    let clock = s.clock_minutes();
    if clock <= 0 {
        return 0;
    }
    let inside = minutes_in_daily_window(s.span(), from, to);
    // Proportional share, rounded to the nearest minute.
    ((i64::from(inside) * i64::from(b.min(clock)) + i64::from(clock) / 2) / i64::from(clock)) as i32
}

/// Worked minutes of a shift inside the daily window `[from, to)` (break excluded).
#[must_use]
pub fn worked_in_window(s: &Shift, from: i32, to: i32) -> i32 {
    (minutes_in_daily_window(s.span(), from, to) - break_in_window(s, from, to)).clamp(0, s.worked_minutes())
}

/// Worked minutes of a shift at night-time (s50).
#[must_use]
pub fn night_minutes(cx: &Ctx<'_>, s: &Shift) -> i32 {
    let (f, t) = night_window(cx, day_of(s.start));
    worked_in_window(s, f, t)
}

/// Whether a shift counts as work "during night-time" (s50, interpretation `s50.night_shift_when`).
#[must_use]
pub fn is_night_shift(cx: &Ctx<'_>, s: &Shift) -> bool {
    let night = night_minutes(cx, s);
    match cx.law.params.choice("s50.night_shift_when", day_of(s.start)) {
        "any" => night > 0,
        "more-than-2h" => night > 120,
        _ => night > 0 && 2 * night >= s.worked_minutes(),
    }
}

/// The worked minutes of a shift by the day they belong to (s47, interpretation
/// `s47.day_attribution`): the start day, or each calendar day in proportion. The parts always
/// add up to the shift's worked minutes.
#[must_use]
pub fn worked_by_day(cx: &Ctx<'_>, s: &Shift) -> Vec<(Day, i32)> {
    let worked = s.worked_minutes();
    let day = day_of(s.start);
    if cx.law.params.choice("s47.day_attribution", day) != "split-at-midnight" {
        return vec![(day, worked)];
    }
    let clock = s.clock_minutes().max(1);
    let parts: Vec<(Day, i32)> = split_by_day(s.span()).collect();
    let mut out = Vec::with_capacity(parts.len());
    let mut given = 0;
    for (i, (d, m)) in parts.iter().enumerate() {
        let share = if i + 1 == parts.len() {
            worked - given
        } else {
            ((i64::from(*m) * i64::from(worked)) / i64::from(clock)) as i32
        };
        given += share;
        out.push((*d, share));
    }
    out
}

/// The employee's weekly norm in minutes on `day`: the user's (s46) or the statute's 40 h
/// (s45), whichever is lower.
#[must_use]
pub fn weekly_norm(cx: &Ctx<'_>, day: Day) -> i32 {
    cx.employee.weekly_norm_minutes.min(cx.law.params.minutes("s45.weekly_norm", day))
}

/// The daily norm in minutes: the weekly norm over the days of the working week (s47).
#[must_use]
pub fn daily_norm(cx: &Ctx<'_>, day: Day) -> i32 {
    weekly_norm(cx, day) / i32::from(cx.employee.week_days.max(1))
}

/// The absence covering `day`, if any.
#[must_use]
pub fn absence_on(cx: &Ctx<'_>, day: Day) -> Option<AbsenceKind> {
    cx.absences.iter().find(|a| a.from <= day && day <= a.to).map(|a| a.kind)
}

/// Whether the employee is under summary registration of working time (s55).
#[must_use]
pub fn under_summary(cx: &Ctx<'_>) -> bool {
    cx.employee.summary_period_months > 0
}

/// Whether `day` is one of the employee's weekly holidays (s61): Sunday, and Saturday on a
/// five-day week. Under summary registration the schedule decides (s63, s64; interpretation
/// `s61.schedule_holidays_under_summary`), so no day is a fixed holiday.
#[must_use]
pub fn is_weekly_holiday(cx: &Ctx<'_>, day: Day) -> bool {
    if under_summary(cx) && cx.law.params.flag("s61.schedule_holidays_under_summary", day) {
        return false;
    }
    let wd = weekday(day);
    wd == 6 || (wd == 5 && cx.employee.week_days == 5)
}

/// A working day of the employee's week that is not a festive day (for norms of a period).
#[must_use]
pub fn is_working_day(cx: &Ctx<'_>, day: Day) -> bool {
    let wd = weekday(day);
    let in_week = if cx.employee.week_days >= 6 { wd < 6 } else { wd < 5 };
    in_week && !cx.law.calendar.is_festive(day)
}

/// The summary-registration period `[first, last]` holding `day`: periods of N months counted
/// from 1 January (s55).
#[must_use]
pub fn summary_period(months: u8, day: Day) -> (Day, Day) {
    let (y, m, _) = civil_from_days(day);
    let n = u32::from(months.max(1));
    let idx = (m - 1) / n;
    let first_m = idx * n + 1;
    let first = days_from_civil(y, first_m, 1);
    let next_m = first_m + n;
    let next = if next_m > 12 { days_from_civil(y + 1, next_m - 12, 1) } else { days_from_civil(y, next_m, 1) };
    (first, next - 1)
}

/// The normal number of working hours (minutes) of a summary-registration period (s55,
/// interpretation `s55.period_norm`).
#[must_use]
pub fn period_norm(cx: &Ctx<'_>, first: Day, last: Day) -> i32 {
    match cx.law.params.choice("s55.period_norm", first) {
        "weeks" => {
            let days = last - first + 1;
            ((i64::from(weekly_norm(cx, first)) * i64::from(days)) / 7) as i32
        }
        _ => (first..=last)
            .filter(|&d| is_working_day(cx, d) && absence_on(cx, d).is_none())
            .map(|d| daily_norm(cx, d))
            .sum(),
    }
}

/// Overtime minutes by day, in day order (s57): rows marked overtime, plus — where
/// `s57.derived_overtime` holds — ordinary work past the weekly norm (or, under summary
/// registration, past the period's norm), counted in time order.
#[must_use]
pub fn overtime_by_day(cx: &Ctx<'_>) -> Vec<(Day, i32)> {
    let mut out: Vec<(Day, i32)> = Vec::new();
    let mut add = |d: Day, m: i32| {
        if m <= 0 {
            return;
        }
        match out.last_mut() {
            Some((ld, lm)) if *ld == d => *lm += m,
            _ => out.push((d, m)),
        }
    };
    let derive = cx.shifts.first().is_some_and(|s| cx.law.params.flag("s57.derived_overtime", day_of(s.start)));
    let mut bucket: Option<(Day, i32, i32)> = None; // (bucket start, used minutes, norm)
    for s in cx.shifts {
        for (d, m) in worked_by_day(cx, s) {
            match s.kind {
                ShiftKind::Overtime => add(d, m),
                ShiftKind::Duty => {}
                ShiftKind::Work if derive => {
                    let key = if under_summary(cx) {
                        summary_period(cx.employee.summary_period_months, d).0
                    } else {
                        week_start(d)
                    };
                    if bucket.is_none_or(|b| b.0 != key) {
                        let norm = if under_summary(cx) {
                            let (f, l) = summary_period(cx.employee.summary_period_months, d);
                            period_norm(cx, f, l)
                        } else {
                            weekly_norm(cx, d)
                        };
                        bucket = Some((key, 0, norm));
                    }
                    if let Some(b) = bucket.as_mut() {
                        let before = b.1;
                        b.1 += m;
                        add(d, (b.1 - before.max(b.2)).min(m).max(0));
                    }
                }
                ShiftKind::Work => {}
            }
        }
    }
    out.sort_by_key(|x| x.0);
    // Merge days that arrived out of order (a split shift).
    let mut merged: Vec<(Day, i32)> = Vec::with_capacity(out.len());
    for (d, m) in out {
        match merged.last_mut() {
            Some((ld, lm)) if *ld == d => *lm += m,
            _ => merged.push((d, m)),
        }
    }
    merged
}

/// Who a protection reaches on `day`, and through which section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Not protected.
    No,
    /// Protected by the section itself.
    Direct,
    /// Protected because s176 extends the section to single fathers and trustees.
    S176,
}

/// Whether a protection for "women with a child under `years` (a disabled child under
/// `disabled_years`)" reaches the employee on `day`, directly or through s176 (single fathers
/// and trustees; interpretation `s176.age_reading`).
#[must_use]
pub fn parent_reach(cx: &Ctx<'_>, years: u32, disabled_years: u32, day: Day) -> Reach {
    let e = cx.employee;
    let women = e.sex == decent_core::Sex::F;
    if women && e.has_child_under(years, disabled_years, day) {
        return Reach::Direct;
    }
    let single_father = e.sex == decent_core::Sex::M && e.single_parent;
    if single_father || e.trustee {
        let (y, dy) = if cx.law.params.choice("s176.age_reading", day) == "s176-ages" {
            (14, 16)
        } else {
            (years, disabled_years)
        };
        if e.has_child_under(y, dy, day) {
            return Reach::S176;
        }
    }
    Reach::No
}

/// Years as a `u32` from a parameter.
#[must_use]
pub fn years_param(cx: &Ctx<'_>, name: &str, day: Day) -> u32 {
    use rust_decimal::prelude::ToPrimitive;
    cx.law.params.num(name, day).to_u32().unwrap_or(0)
}

/// Formats minutes as hours for messages: `7.5 h`, `8 h`.
#[must_use]
pub fn hours(min: i32) -> String {
    let h = f64::from(min) / 60.0;
    if min % 60 == 0 {
        format!("{} h", min / 60)
    } else {
        format!("{h:.2} h").replace(".50 h", ".5 h")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_periods_align_to_the_year() {
        let d = days_from_civil(1995, 5, 17);
        assert_eq!(summary_period(3, d), (days_from_civil(1995, 4, 1), days_from_civil(1995, 6, 30)));
        assert_eq!(summary_period(12, d), (days_from_civil(1995, 1, 1), days_from_civil(1995, 12, 31)));
        assert_eq!(summary_period(1, d), (days_from_civil(1995, 5, 1), days_from_civil(1995, 5, 31)));
    }

    #[test]
    fn hours_format() {
        assert_eq!(hours(480), "8 h");
        assert_eq!(hours(450), "7.5 h");
        assert_eq!(hours(470), "7.83 h");
    }
}
