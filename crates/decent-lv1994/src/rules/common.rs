//! Readings shared by several rules (and by pay): which day a shift belongs to, night minutes,
//! the norms, overtime in time order, weekly holidays, absences and protected status.
//!
//! Each function cites the section and names the interpretation it applies, so that a rule
//! built on it inherits the citation rather than re-deriving the reading.

use decent_core::model::Shift;
use decent_core::time::{day_of, Day};
use decent_core::Ctx;

pub use decent_worktime::days::{mondays_to_fridays_only, Attribution};
use decent_worktime::days::{weekend_day_off, working_weekday};
pub use decent_worktime::monthly::{month_args, named_starts, PerMonth};
use decent_worktime::overtime::{self, Excess, Reading};
pub use decent_worktime::period::month_of;
/// The summary-registration period `[first, last]` holding a day: periods of N months counted
/// from 1 January (s55).
pub use decent_worktime::period::reference_period as summary_period;
use decent_worktime::period::under_age_days;
use decent_worktime::period::{cached_norm, norm_by_weeks, norm_by_working_days};
use decent_worktime::window::with_window_minutes;
pub use decent_worktime::window::worked_in_window;
pub use decent_worktime::Memo;

use crate::rules::working_time::util::day_length;

/// Night window `(from, to)` as minutes of the day on `day` (s50: 22:00–06:00).
#[must_use]
pub fn night_window(cx: &Ctx<'_>, day: Day) -> (i32, i32) {
    let p = &cx.law.params;
    (p.minutes("s50.night_from", day), p.minutes("s50.night_to", day))
}

/// Worked minutes of a shift at night-time (s50).
#[must_use]
pub fn night_minutes(cx: &Ctx<'_>, s: &Shift) -> i32 {
    let (f, t) = night_window(cx, day_of(s.start));
    worked_in_window(s, f, t)
}

/// Calls `f` with the night window `(from, to)` and the worked night minutes of every shift
/// ([`worked_in_window`], by shift index), worked out once per employee for the rules that read
/// night work (s50, s51, s169); `None` when the night window could differ from one shift's day
/// to another's, for the caller to count shift by shift.
pub fn with_night_minutes<R>(cx: &Ctx<'_>, f: impl FnOnce(Option<((i32, i32), &[i32])>) -> R) -> R {
    with_window_minutes(cx, |d| night_window(cx, d), f)
}

/// The reading of `s50.night_shift_when`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NightWhen {
    Any,
    MoreThan2h,
    Half,
}

/// When a shift counts as work "during night-time" (s50, interpretation
/// `s50.night_shift_when`), with the night window and the reading read once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NightShift {
    /// Night window: start, minutes of the day.
    pub from: i32,
    /// Night window: end, minutes of the day.
    pub to: i32,
    when: NightWhen,
}

impl NightShift {
    /// The reading in force on `day`.
    #[must_use]
    pub fn of(cx: &Ctx<'_>, day: Day) -> Self {
        let (from, to) = night_window(cx, day);
        let when = match cx.law.params.choice("s50.night_shift_when", day) {
            "any" => NightWhen::Any,
            "more-than-2h" => NightWhen::MoreThan2h,
            _ => NightWhen::Half,
        };
        Self { from, to, when }
    }

    /// Worked minutes of the shift at night-time (s50), breaks excluded.
    #[must_use]
    pub fn minutes(&self, s: &Shift) -> i32 {
        worked_in_window(s, self.from, self.to)
    }

    /// Whether a shift with `night` minutes of night work is a night shift.
    #[must_use]
    pub fn holds(&self, s: &Shift, night: i32) -> bool {
        match self.when {
            NightWhen::Any => night > 0,
            NightWhen::MoreThan2h => night > 120,
            NightWhen::Half => night > 0 && 2 * night >= s.worked_minutes(),
        }
    }

    /// Whether the shift is a night shift.
    #[must_use]
    pub fn is_night_shift(&self, s: &Shift) -> bool {
        self.holds(s, self.minutes(s))
    }
}

/// Whether a shift counts as work "during night-time" (s50, interpretation `s50.night_shift_when`).
#[must_use]
pub fn is_night_shift(cx: &Ctx<'_>, s: &Shift) -> bool {
    NightShift::of(cx, day_of(s.start)).is_night_shift(s)
}

/// Which day a shift's worked minutes belong to (s47, interpretation `s47.day_attribution`) on
/// `day`: the start day, or each calendar day in proportion (`split-at-midnight`).
#[must_use]
pub fn attribution(cx: &Ctx<'_>, day: Day) -> Attribution {
    Attribution::new(cx.law.params.choice("s47.day_attribution", day) == "split-at-midnight")
}

/// The worked minutes of a shift by the day they belong to (s47, interpretation
/// `s47.day_attribution`, read on the shift's first day), as [`Attribution::each`] gives them.
#[must_use]
pub fn worked_by_day(cx: &Ctx<'_>, s: &Shift) -> Vec<(Day, i32)> {
    attribution(cx, day_of(s.start)).by_day(s)
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
    // The parameter is read only for a day that would otherwise be a holiday.
    weekend_day_off(day, cx.employee.week_days)
        && !(under_summary(cx) && cx.law.params.flag("s61.schedule_holidays_under_summary", day))
}

/// A working day of the employee's week that is not a festive day (for norms of a period).
#[must_use]
pub fn is_working_day(cx: &Ctx<'_>, day: Day) -> bool {
    working_weekday(day, cx.employee.week_days) && !cx.law.calendar.is_festive(day)
}

/// The normal number of working hours (minutes) of a summary-registration period (s55,
/// interpretation `s55.period_norm`): the weekly norm over the period's weeks (`weeks`), or the
/// daily norm times the working days that are not festive days, less days of absence; worked out
/// once per employee and period (the period rule and overtime in time order both read it).
#[must_use]
pub fn period_norm(cx: &Ctx<'_>, first: Day, last: Day) -> i32 {
    cached_norm(cx, first, last, || match cx.law.params.choice("s55.period_norm", first) {
        "weeks" => norm_by_weeks(weekly_norm(cx, first), first, last),
        _ => norm_by_working_days(cx, first, last, |d| is_working_day(cx, d), |d| daily_norm(cx, d)),
    })
}

/// The norms overtime is counted against (s57): the weekly norm (s45, s46), the established
/// length of a day (s47, [`day_length`]) and the period's norm under summary registration (s55);
/// days as `s47.day_attribution` reads them.
struct OvertimeNorms<'c, 'a>(&'c Ctx<'a>);

impl overtime::Norms for OvertimeNorms<'_, '_> {
    fn attribution(&self, day: Day) -> Attribution {
        attribution(self.0, day)
    }
    fn weekly(&self, day: Day) -> i32 {
        weekly_norm(self.0, day)
    }
    fn daily(&self, day: Day) -> i32 {
        day_length(self.0, day)
    }
    fn period(&self, first: Day, last: Day) -> i32 {
        period_norm(self.0, first, last)
    }
}

/// The reading of overtime (s57) read on the employee's first shift's day: whether ordinary work
/// past the norm is overtime (`s57.derived_overtime`), which days a week's excess belongs to
/// (`s57.overtime_days`), and the summary-registration period (s55) in place of weeks.
fn overtime_reading(cx: &Ctx<'_>) -> Reading {
    let day0 = cx.shifts.first().map_or(0, |s| day_of(s.start));
    let p = &cx.law.params;
    Reading {
        derive: p.flag("s57.derived_overtime", day0),
        excess: if p.choice("s57.overtime_days", day0) == "daily-norm-first" {
            Excess::DailyNormFirst
        } else {
            Excess::TimeOrder
        },
        period_months: under_summary(cx).then_some(cx.employee.summary_period_months),
    }
}

/// Overtime minutes by day, in day order (s57): rows marked overtime, plus — where
/// `s57.derived_overtime` holds — ordinary work past the weekly norm (or, under summary
/// registration, past the period's norm). Which days a week's excess belongs to follows
/// `s57.overtime_days`: the hours beyond each day's norm first, in time order, and the rest to
/// the last hours of the week (`daily-norm-first`, the default), or all to the hours after the
/// norm is reached (`time-order`). A summary period's excess is always counted in time order.
#[must_use]
pub fn overtime_by_day(cx: &Ctx<'_>) -> Vec<(Day, i32)> {
    if cx.shifts.is_empty() {
        return Vec::new();
    }
    overtime::by_day(cx, overtime_reading(cx), &OvertimeNorms(cx))
}

/// Calls `f` with [`overtime_by_day`], worked out once per employee (both overtime caps read it).
pub fn with_overtime_by_day<R>(cx: &Ctx<'_>, f: impl FnOnce(&[(Day, i32)]) -> R) -> R {
    if cx.shifts.is_empty() {
        return f(&[]);
    }
    overtime::with_by_day(cx, overtime_reading(cx), &OvertimeNorms(cx), f)
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

/// The days on which a child of the employee is under `years` (a disabled child under
/// `disabled_years`, or `years` when that is higher).
fn child_days(e: &decent_core::Employee, years: u32, disabled_years: u32) -> Vec<(Day, Day)> {
    let dy = disabled_years.max(years);
    e.children
        .iter()
        .map(|&b| under_age_days(b, years))
        .chain(e.disabled_children.iter().map(|&b| under_age_days(b, dy)))
        .filter(|r| r.0 < r.1)
        .collect()
}

/// [`parent_reach`] for one employee and fixed ages, with each child's protected days worked
/// out once instead of the child's age on every day asked about.
#[derive(Debug, Clone)]
pub struct ParentReach {
    women: bool,
    s176: bool,
    /// Days under the section's own ages.
    own: Vec<(Day, Day)>,
    /// Days under s176's ages (14, a disabled child 16).
    s176_ages: Vec<(Day, Day)>,
    /// The reading of `s176.age_reading`: s176's own ages.
    reading: Memo<bool>,
}

impl ParentReach {
    /// Protection of "women with a child under `years` (a disabled child under
    /// `disabled_years`)" for the employee of `cx`.
    #[must_use]
    pub fn new(cx: &Ctx<'_>, years: u32, disabled_years: u32) -> Self {
        let e = cx.employee;
        let women = e.sex == decent_core::Sex::F;
        let s176 = (e.sex == decent_core::Sex::M && e.single_parent) || e.trustee;
        let own = if women || s176 { child_days(e, years, disabled_years) } else { Vec::new() };
        let s176_ages = if s176 { child_days(e, 14, 16) } else { Vec::new() };
        Self { women, s176, own, s176_ages, reading: Memo::default() }
    }

    /// Whether the protection reaches the employee on `day`: as [`parent_reach`] finds.
    pub fn on(&mut self, cx: &Ctx<'_>, day: Day) -> Reach {
        let inside = |v: &[(Day, Day)]| v.iter().any(|&(f, t)| f <= day && day < t);
        if self.women && inside(&self.own) {
            return Reach::Direct;
        }
        if self.s176 {
            let ages = self.reading.get(cx, day, |d| cx.law.params.choice("s176.age_reading", d) == "s176-ages");
            if inside(if ages { &self.s176_ages } else { &self.own }) {
                return Reach::S176;
            }
        }
        Reach::No
    }
}

impl ParentReach {
    /// The days of `from..=to` on which the protection reaches the employee, and the reach on
    /// the first of them (`Reach::No` when none). `direct` lists inclusive ranges on which the
    /// employee is reached directly whatever the children (pregnancies, for s170).
    ///
    /// Counted by stretches, not day by day: the reach can change only where a child's protected
    /// days, a `direct` range or a parameter begins or ends, so the cost grows with the number of
    /// children and ranges, never with the length of the span (an absence of thousands of years
    /// costs what a day costs).
    pub fn days_reached(&mut self, cx: &Ctx<'_>, from: Day, to: Day, direct: &[(Day, Day)]) -> (u32, Reach) {
        if to < from {
            return (0, Reach::No);
        }
        let (lo, hi) = (i64::from(from), i64::from(to) + 1);
        let mut cuts: Vec<i64> = self
            .own
            .iter()
            .chain(&self.s176_ages)
            .flat_map(|&(f, t)| [i64::from(f), i64::from(t)])
            .chain(direct.iter().flat_map(|&(f, t)| [i64::from(f), i64::from(t) + 1]))
            .filter(|&c| lo < c && c < hi)
            .collect();
        cuts.push(hi);
        cuts.sort_unstable();
        cuts.dedup();
        let (mut days, mut first, mut at) = (0i64, Reach::No, lo);
        for cut in cuts {
            while at < cut {
                // `at` lies in `[from, to]`, so it fits a day; the parameters are stable up to `next`.
                let day = Day::try_from(at).unwrap_or(Day::MAX);
                let next = i64::from(cx.law.params.stable_range(day).1).min(cut);
                let r =
                    if direct.iter().any(|&(f, t)| f <= day && day <= t) { Reach::Direct } else { self.on(cx, day) };
                if r != Reach::No {
                    days += next - at;
                    if first == Reach::No {
                        first = r;
                    }
                }
                at = next.max(at + 1);
            }
        }
        (u32::try_from(days).unwrap_or(u32::MAX), first)
    }
}

/// Years as a `u32` from a parameter.
#[must_use]
pub fn years_param(cx: &Ctx<'_>, name: &str, day: Day) -> u32 {
    use rust_decimal::prelude::ToPrimitive;
    cx.law.params.num(name, day).to_u32().unwrap_or(0)
}

/// A context for one employee of `data` made after the check, for a message that re-reads the
/// employee's shifts (the cache is the caller's, fresh).
#[must_use]
pub fn ctx_of<'a>(
    law: &'a decent_core::Law,
    data: &'a decent_core::Dataset,
    emp: decent_core::EmployeeIdx,
    cache: &'a decent_core::rule::EmployeeCache,
) -> Option<Ctx<'a>> {
    Some(Ctx {
        law,
        emp,
        employee: data.employees.get(emp as usize)?,
        shifts: data.shifts_of(emp),
        absences: data.absences_of(emp),
        columns: data.columns,
        cache,
    })
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
    use decent_core::time::days_from_civil;

    proptest::proptest! {
        /// Counting a trip's protected days by stretches gives what a walk over its days gives:
        /// the same count and the same reach on the first protected day, with children,
        /// disabled children, pregnancies, s176 and a reading of s176 that changes mid-trip.
        #[test]
        fn days_reached_agrees_with_a_walk(
            sex_f in proptest::bool::ANY, single in proptest::bool::ANY, trustee in proptest::bool::ANY,
            kids in proptest::collection::vec(0i32..4000, 0..3),
            disabled in proptest::collection::vec(0i32..4000, 0..2),
            preg in proptest::collection::vec((0i32..4000, 0i32..300), 0..2),
            change in 0i32..6000, from in 0i32..6000, len in 0i32..3000, ages in (0u32..5, 0u32..8),
        ) {
            let base = days_from_civil(1992, 1, 1);
            let mut law = crate::law().expect("the pack loads");
            let on = decent_core::time::fmt_day(base + change);
            law.params.set(&format!("s176.age_reading@{on}=s176-ages")).expect("a choice");
            let mut e = decent_core::Employee::new("a");
            e.sex = if sex_f { decent_core::Sex::F } else { decent_core::Sex::M };
            e.single_parent = single;
            e.trustee = trustee;
            e.children = kids.iter().map(|k| base + k).collect();
            e.disabled_children = disabled.iter().map(|k| base + k).collect();
            e.pregnancies = preg.iter().map(|&(f, n)| (base + f, base + f + n)).collect();
            let cache = decent_core::rule::EmployeeCache::new();
            let cx = Ctx {
                law: &law,
                emp: 0,
                employee: &e,
                shifts: &[],
                absences: &[],
                columns: decent_core::model::ShiftColumns::default(),
                cache: &cache,
            };
            let (a, b) = (base + from, base + from + len);
            let mut walk = ParentReach::new(&cx, ages.0, ages.1);
            let (mut days, mut first) = (0u32, Reach::No);
            for d in a..=b {
                let r = if e.pregnant_on(d) { Reach::Direct } else { walk.on(&cx, d) };
                if r != Reach::No {
                    days += 1;
                    if first == Reach::No {
                        first = r;
                    }
                }
            }
            let mut stretches = ParentReach::new(&cx, ages.0, ages.1);
            proptest::prop_assert_eq!(stretches.days_reached(&cx, a, b, &e.pregnancies), (days, first));
        }
    }

    #[test]
    fn hours_format() {
        assert_eq!(hours(480), "8 h");
        assert_eq!(hours(450), "7.5 h");
        assert_eq!(hours(470), "7.83 h");
    }
}
