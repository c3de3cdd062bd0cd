//! Readings shared by several rules (and by pay): which day a shift belongs to, night minutes,
//! the norms, overtime in time order, weekly holidays, absences and protected status.
//!
//! Each reading cites the section and names the interpretation it applies, so that a rule
//! built on it inherits the citation rather than re-deriving the reading. A reading is a set of
//! parameter handles bound once when the law loads ([`Bind`]); a rule that binds it has its
//! parameters in its own list. What is no law's own (day attribution, the overtime walk, period
//! norms, the per-employee caches) is `decent-worktime`'s: the readings here read this law's
//! parameters and pass their values in.

use decent_core::model::Shift;
use decent_core::params::{Bind, Binder, Choice, Flag, Minutes, Num};
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

use crate::rules::working_time::util::DayLength;

decent_core::choices! {
    /// `s47.day_attribution`.
    enum DayAttribution { StartDay = "start-day", Split = "split-at-midnight" }
}

decent_core::choices! {
    /// `s50.night_shift_when`.
    enum NightWhen { Any = "any", MoreThan2h = "more-than-2h", Half = "half" }
}

decent_core::choices! {
    /// `s55.period_norm`.
    enum PeriodNormBy { WorkingDays = "working-days", Weeks = "weeks" }
}

decent_core::choices! {
    /// `s57.overtime_days`.
    enum OvertimeDays { DailyNormFirst = "daily-norm-first", TimeOrder = "time-order" }
}

decent_core::choices! {
    /// `s176.age_reading`.
    enum AgeReading { SectionAges = "section-ages", S176Ages = "s176-ages" }
}

/// The night window of s50 (22:00–06:00): `s50.night_from`, `s50.night_to`.
#[derive(Debug, Clone, Copy)]
pub struct NightWindow {
    from: Minutes,
    to: Minutes,
}

impl Bind for NightWindow {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { from: b.minutes("s50.night_from"), to: b.minutes("s50.night_to") }
    }
}

impl NightWindow {
    /// The window `(from, to)` as minutes of the day on `day`.
    #[must_use]
    pub fn on(&self, cx: &Ctx<'_>, day: Day) -> (i32, i32) {
        self.at(&cx.law.params, day)
    }

    /// As [`NightWindow::on`], from the law's parameters.
    #[must_use]
    pub fn at(&self, p: &decent_core::params::Params, day: Day) -> (i32, i32) {
        (self.from.at(p, day), self.to.at(p, day))
    }

    /// Calls `f` with the night window `(from, to)` and the worked night minutes of every shift
    /// ([`worked_in_window`], by shift index), worked out once per employee for the rules that
    /// read night work (s50, s51, s169); `None` when the night window could differ from one
    /// shift's day to another's, for the caller to count shift by shift.
    pub fn with_minutes<R>(&self, cx: &Ctx<'_>, f: impl FnOnce(Option<((i32, i32), &[i32])>) -> R) -> R {
        with_window_minutes(cx, |d| self.on(cx, d), f)
    }
}

/// When a shift counts as work "during night-time" (s50, interpretation
/// `s50.night_shift_when`): the night window and the reading.
#[derive(Debug, Clone, Copy)]
pub struct NightShiftReading {
    /// The night window.
    pub window: NightWindow,
    when: Choice<NightWhen>,
}

impl Bind for NightShiftReading {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { window: b.bind(), when: b.choice("s50.night_shift_when") }
    }
}

impl NightShiftReading {
    /// The reading in force on `day`.
    #[must_use]
    pub fn on(&self, cx: &Ctx<'_>, day: Day) -> NightShift {
        let (from, to) = self.window.on(cx, day);
        NightShift { from, to, when: self.when.on(cx, day) }
    }
}

/// When a shift counts as work "during night-time" (s50, interpretation
/// `s50.night_shift_when`), with the night window and the reading in force on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NightShift {
    /// Night window: start, minutes of the day.
    pub from: i32,
    /// Night window: end, minutes of the day.
    pub to: i32,
    when: NightWhen,
}

impl NightShift {
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

/// Which day a shift's worked minutes belong to (s47, interpretation `s47.day_attribution`):
/// the start day, or each calendar day in proportion (`split-at-midnight`).
#[derive(Debug, Clone, Copy)]
pub struct Days {
    attribution: Choice<DayAttribution>,
}

impl Bind for Days {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { attribution: b.choice("s47.day_attribution") }
    }
}

impl Days {
    /// The reading in force on `day`.
    #[must_use]
    pub fn on(&self, cx: &Ctx<'_>, day: Day) -> Attribution {
        Attribution::new(self.attribution.on(cx, day) == DayAttribution::Split)
    }

    /// The worked minutes of a shift by the day they belong to (the reading on the shift's first
    /// day), as [`Attribution::each`] gives them.
    #[must_use]
    pub fn worked_by_day(&self, cx: &Ctx<'_>, s: &Shift) -> Vec<(Day, i32)> {
        self.on(cx, day_of(s.start)).by_day(s)
    }

    /// Calls `f(day, minutes, line)` for each day with ordinary (`kind=work`) minutes, in day
    /// order, `line` the input line of the first shift counted on that day (worked out once per
    /// employee: the weekly norms, the six-day cap, the festive eve and the summary period all
    /// add them up).
    pub fn ordinary_daily_totals(&self, cx: &Ctx<'_>, f: impl FnMut(Day, i32, u32)) {
        decent_worktime::days::ordinary_daily_totals(cx, |d| self.on(cx, d), f);
    }

    /// Calls `f(monday, minutes)` once per calendar week (Monday–Sunday) with the ordinary
    /// (`kind=work`) minutes of that week, in week order (s45, s46).
    pub fn weekly_ordinary(&self, cx: &Ctx<'_>, f: impl FnMut(Day, i32)) {
        decent_worktime::days::weekly_totals(|add| self.ordinary_daily_totals(cx, |d, m, _| add(d, m)), f);
    }
}

/// The weekly norm: the statute's 40 h (s45, `s45.weekly_norm`), or the employee's own when
/// lower (s46).
#[derive(Debug, Clone, Copy)]
pub struct Norm {
    statute: Minutes,
}

impl Bind for Norm {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { statute: b.minutes("s45.weekly_norm") }
    }
}

impl Norm {
    /// The statute's weekly norm on `day` (s45), in minutes.
    #[must_use]
    pub fn statute(&self, cx: &Ctx<'_>, day: Day) -> i32 {
        self.statute.on(cx, day)
    }

    /// The employee's weekly norm in minutes on `day`: the user's (s46) or the statute's
    /// (s45), whichever is lower.
    #[must_use]
    pub fn weekly(&self, cx: &Ctx<'_>, day: Day) -> i32 {
        cx.employee.weekly_norm_minutes.min(self.statute(cx, day))
    }

    /// The daily norm in minutes: the weekly norm over the days of the working week (s47).
    #[must_use]
    pub fn daily(&self, cx: &Ctx<'_>, day: Day) -> i32 {
        self.weekly(cx, day) / i32::from(cx.employee.week_days.max(1))
    }
}

/// Whether the employee is under summary registration of working time (s55).
#[must_use]
pub fn under_summary(cx: &Ctx<'_>) -> bool {
    cx.employee.summary_period_months > 0
}

/// The employee's weekly holidays (s61): Sunday, and Saturday on a five-day week. Under summary
/// registration the schedule decides (s63, s64; interpretation
/// `s61.schedule_holidays_under_summary`), so no day is a fixed holiday.
#[derive(Debug, Clone, Copy)]
pub struct Holidays {
    scheduled: Flag,
}

impl Bind for Holidays {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { scheduled: b.flag("s61.schedule_holidays_under_summary") }
    }
}

impl Holidays {
    /// Whether `day` is one of the employee's weekly holidays.
    #[must_use]
    pub fn is_weekly_holiday(&self, cx: &Ctx<'_>, day: Day) -> bool {
        // The parameter is read only for a day that would otherwise be a holiday.
        weekend_day_off(day, cx.employee.week_days) && !(under_summary(cx) && self.scheduled.on(cx, day))
    }
}

/// A working day of the employee's week that is not a festive day (for norms of a period).
#[must_use]
pub fn is_working_day(cx: &Ctx<'_>, day: Day) -> bool {
    working_weekday(day, cx.employee.week_days) && !cx.law.calendar.is_festive(day)
}

/// The normal number of working hours of a summary-registration period (s55, interpretation
/// `s55.period_norm`).
#[derive(Debug, Clone, Copy)]
pub struct PeriodNorm {
    norm: Norm,
    by: Choice<PeriodNormBy>,
}

impl Bind for PeriodNorm {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { norm: b.bind(), by: b.choice("s55.period_norm") }
    }
}

impl PeriodNorm {
    /// The norm (minutes) of the period `[first, last]`: the weekly norm over the period's
    /// weeks (`weeks`), or the daily norm times the working days that are not festive days, less
    /// days of absence; worked out once per employee and period (the period rule and overtime
    /// both read it).
    #[must_use]
    pub fn of(&self, cx: &Ctx<'_>, first: Day, last: Day) -> i32 {
        cached_norm(cx, first, last, || match self.by.on(cx, first) {
            PeriodNormBy::Weeks => norm_by_weeks(self.norm.weekly(cx, first), first, last),
            PeriodNormBy::WorkingDays => {
                norm_by_working_days(cx, first, last, |d| is_working_day(cx, d), |d| self.norm.daily(cx, d))
            }
        })
    }
}

/// Overtime by day (s57): rows marked overtime, plus — where `s57.derived_overtime` holds —
/// ordinary work past the weekly norm (or, under summary registration, past the period's norm,
/// s55). Which days a week's excess belongs to follows `s57.overtime_days`: the hours beyond each
/// day's established length (s47) first, and the rest to the last hours of the week
/// (`daily-norm-first`, the default), or all to the hours after the norm is reached
/// (`time-order`). A summary period's excess is always counted in time order.
#[derive(Debug, Clone, Copy)]
pub struct Overtime {
    days: Days,
    length: DayLength,
    period: PeriodNorm,
    derived: Flag,
    excess: Choice<OvertimeDays>,
}

impl Bind for Overtime {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            days: b.bind(),
            length: b.bind(),
            period: b.bind(),
            derived: b.flag("s57.derived_overtime"),
            excess: b.choice("s57.overtime_days"),
        }
    }
}

/// [`Overtime`]'s norms for one employee, as the toolkit's walk asks for them.
struct OvertimeNorms<'r, 'c, 'a>(&'r Overtime, &'c Ctx<'a>);

impl overtime::Norms for OvertimeNorms<'_, '_, '_> {
    fn attribution(&self, day: Day) -> Attribution {
        self.0.days.on(self.1, day)
    }
    fn weekly(&self, day: Day) -> i32 {
        self.0.period.norm.weekly(self.1, day)
    }
    fn daily(&self, day: Day) -> i32 {
        self.0.length.on(self.1, day)
    }
    fn period(&self, first: Day, last: Day) -> i32 {
        self.0.period.of(self.1, first, last)
    }
}

impl Overtime {
    /// The reading read on the employee's first shift's day.
    fn reading(&self, cx: &Ctx<'_>) -> Reading {
        let day0 = cx.shifts.first().map_or(0, |s| day_of(s.start));
        Reading {
            derive: self.derived.on(cx, day0),
            excess: match self.excess.on(cx, day0) {
                OvertimeDays::DailyNormFirst => Excess::DailyNormFirst,
                OvertimeDays::TimeOrder => Excess::TimeOrder,
            },
            period_months: under_summary(cx).then_some(cx.employee.summary_period_months),
        }
    }

    /// Overtime minutes by day, in day order.
    #[must_use]
    pub fn by_day(&self, cx: &Ctx<'_>) -> Vec<(Day, i32)> {
        if cx.shifts.is_empty() {
            return Vec::new();
        }
        overtime::by_day(cx, self.reading(cx), &OvertimeNorms(self, cx))
    }

    /// Calls `f` with [`Overtime::by_day`], worked out once per employee (both overtime caps
    /// read it).
    pub fn with_by_day<R>(&self, cx: &Ctx<'_>, f: impl FnOnce(&[(Day, i32)]) -> R) -> R {
        if cx.shifts.is_empty() {
            return f(&[]);
        }
        overtime::with_by_day(cx, self.reading(cx), &OvertimeNorms(self, cx), f)
    }
}

/// Which ages s176 extends a protection of mothers to single fathers and trustees with
/// (interpretation `s176.age_reading`).
#[derive(Debug, Clone, Copy)]
pub struct ParentAges {
    reading: Choice<AgeReading>,
}

impl Bind for ParentAges {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { reading: b.choice("s176.age_reading") }
    }
}

/// A number of years (or months) from a parameter, as a whole number.
#[derive(Debug, Clone, Copy)]
pub struct Whole(Num);

impl Whole {
    /// Binds the parameter `name`.
    pub fn bind(b: &mut Binder<'_>, name: &'static str) -> Self {
        Self(b.num(name))
    }

    /// The value on `day`.
    #[must_use]
    pub fn on(&self, cx: &Ctx<'_>, day: Day) -> u32 {
        self.0.whole_on(cx, day)
    }
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

/// Whether a protection for "women with a child under `years` (a disabled child under
/// `disabled_years`)" reaches the employee, directly or through s176 (single fathers and
/// trustees; interpretation `s176.age_reading`), for one employee and fixed ages, with each
/// child's protected days worked out once instead of the child's age on every day asked about.
#[derive(Debug, Clone)]
pub struct ParentReach {
    women: bool,
    s176: bool,
    /// Days under the section's own ages.
    own: Vec<(Day, Day)>,
    /// Days under s176's ages (14, a disabled child 16).
    s176_ages: Vec<(Day, Day)>,
    /// The reading of `s176.age_reading`.
    ages: ParentAges,
}

impl ParentReach {
    /// Protection of "women with a child under `years` (a disabled child under
    /// `disabled_years`)" for the employee of `cx`.
    #[must_use]
    pub fn new(cx: &Ctx<'_>, ages: ParentAges, years: u32, disabled_years: u32) -> Self {
        let e = cx.employee;
        let women = e.sex == decent_core::Sex::F;
        let s176 = (e.sex == decent_core::Sex::M && e.has(crate::attrs::SINGLE_PARENT)) || e.has(crate::attrs::TRUSTEE);
        let own = if women || s176 { child_days(e, years, disabled_years) } else { Vec::new() };
        let s176_ages = if s176 { child_days(e, 14, 16) } else { Vec::new() };
        Self { women, s176, own, s176_ages, ages }
    }

    /// Whether the protection reaches the employee on `day`.
    pub fn on(&mut self, cx: &Ctx<'_>, day: Day) -> Reach {
        let inside = |v: &[(Day, Day)]| v.iter().any(|&(f, t)| f <= day && day < t);
        if self.women && inside(&self.own) {
            return Reach::Direct;
        }
        if self.s176 {
            let ages = self.ages.reading.on(cx, day) == AgeReading::S176Ages;
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
            e.set(crate::attrs::SINGLE_PARENT, single);
            e.set(crate::attrs::TRUSTEE, trustee);
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
            let mut binder = Binder::new(&law.params);
            let reading: ParentAges = binder.bind();
            binder.finish().expect("bound");
            let mut walk = ParentReach::new(&cx, reading, ages.0, ages.1);
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
            let mut stretches = ParentReach::new(&cx, reading, ages.0, ages.1);
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
