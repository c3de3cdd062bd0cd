//! Readings shared by several rules (and by pay): which day a shift belongs to, night minutes,
//! the norms, overtime in time order, weekly holidays, absences and protected status.
//!
//! Each function cites the section and names the interpretation it applies, so that a rule
//! built on it inherits the citation rather than re-deriving the reading.

use decent_core::model::{AbsenceKind, Shift, ShiftKind};
use decent_core::rule::Derived;
use decent_core::time::{day_of, split_by_day, week_start, weekday, Day, MINUTES_PER_DAY};
use decent_core::Ctx;

use crate::rules::working_time::util::day_length;

pub use decent_worktime::monthly::{month_args, named_starts, PerMonth};
pub use decent_worktime::period::month_of;
/// The summary-registration period `[first, last]` holding a day: periods of N months counted
/// from 1 January (s55).
pub use decent_worktime::period::reference_period as summary_period;
use decent_worktime::period::under_age_days;
pub use decent_worktime::window::worked_in_window;
pub use decent_worktime::Memo;

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

/// The worked night minutes (s50) of each of the employee's shifts, by index, in the night
/// window read on the first shift's day; `window` is `None` when a parameter changes value
/// between the first shift's day and the last's (then each rule reads the window per day).
#[derive(Default)]
struct NightMinutes {
    done: bool,
    window: Option<(i32, i32)>,
    minutes: Vec<i32>,
}

impl Derived for NightMinutes {
    fn clear(&mut self) {
        self.done = false;
        self.window = None;
        self.minutes.clear();
    }
}

/// Calls `f` with the night window `(from, to)` and the worked night minutes of every shift
/// ([`worked_in_window`], by shift index), worked out once per employee for the rules that read
/// night work (s50, s51, s169); `None` when the night window could differ from one shift's day
/// to another's, for the caller to count shift by shift.
pub fn with_night_minutes<R>(cx: &Ctx<'_>, f: impl FnOnce(Option<((i32, i32), &[i32])>) -> R) -> R {
    cx.cache.with(|n: &mut NightMinutes| {
        if !n.done {
            n.done = true;
            if let (Some(first), Some(last)) = (cx.shifts.first(), cx.shifts.last()) {
                let (d0, d1) = (day_of(first.start), day_of(last.start));
                let (lo, hi) = cx.law.params.stable_range(d0);
                if lo <= d0 && d1 < hi {
                    let (from, to) = night_window(cx, d0);
                    n.window = Some((from, to));
                    n.minutes.extend(cx.shifts.iter().map(|s| worked_in_window(s, from, to)));
                }
            }
        }
        f(n.window.map(|w| (w, n.minutes.as_slice())))
    })
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

/// Which day a shift's worked minutes belong to (s47, interpretation `s47.day_attribution`):
/// the start day, or each calendar day in proportion. The parts always add up to the shift's
/// worked minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    pub(crate) split: bool,
}

impl Attribution {
    /// The reading in force on `day`.
    #[must_use]
    pub fn of(cx: &Ctx<'_>, day: Day) -> Self {
        Self { split: cx.law.params.choice("s47.day_attribution", day) == "split-at-midnight" }
    }

    /// Calls `f(day, worked minutes)` for each day the shift's worked minutes belong to, in day
    /// order.
    #[inline]
    pub fn each(&self, s: &Shift, mut f: impl FnMut(Day, i32)) {
        if !self.split {
            f(day_of(s.start), s.worked_minutes());
            return;
        }
        Self::split(s, f);
    }

    /// [`Attribution::each`] when each calendar day takes its part.
    #[inline(never)]
    pub(crate) fn split(s: &Shift, mut f: impl FnMut(Day, i32)) {
        let worked = s.worked_minutes();
        let first = day_of(s.start);
        if s.end <= s.start {
            return;
        }
        let last = day_of(s.end - 1);
        if first == last {
            f(first, worked);
            return;
        }
        let clock = s.clock_minutes();
        let mut given = 0;
        for (d, m) in split_by_day(s.span()) {
            let share =
                if d == last { worked - given } else { ((i64::from(m) * i64::from(worked)) / i64::from(clock)) as i32 };
            given += share;
            f(d, share);
        }
    }
}

/// The worked minutes of a shift by the day they belong to (s47, interpretation
/// `s47.day_attribution`, read on the shift's first day), as [`Attribution::each`] gives them.
#[must_use]
pub fn worked_by_day(cx: &Ctx<'_>, s: &Shift) -> Vec<(Day, i32)> {
    let mut out = Vec::with_capacity(2);
    Attribution::of(cx, day_of(s.start)).each(s, |d, m| out.push((d, m)));
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
    let wd = weekday(day);
    let fixed = wd == 6 || (wd == 5 && cx.employee.week_days == 5);
    // The parameter is read only for a day that would otherwise be a holiday.
    fixed && !(under_summary(cx) && cx.law.params.flag("s61.schedule_holidays_under_summary", day))
}

/// Whether every day the shift touches, from the day of its start to the day of its last
/// minute, is a Monday to Friday: `(day_of(start)..=day_of(end - 1)).all(|d| weekday(d) < 5)`,
/// from the shift's minute of the week instead of a walk over its days.
#[inline]
#[must_use]
pub fn mondays_to_fridays_only(s: &Shift) -> bool {
    if s.end > s.start {
        const WEEK: i64 = 7 * MINUTES_PER_DAY as i64;
        // Minutes since the Monday 00:00 before the start (day 4, 1970-01-05, was a Monday).
        let into_week = (i64::from(s.start) - 4 * i64::from(MINUTES_PER_DAY)).rem_euclid(WEEK);
        return into_week + i64::from(s.end - 1 - s.start) < 5 * i64::from(MINUTES_PER_DAY);
    }
    (day_of(s.start)..=day_of(s.end - 1)).all(|d| weekday(d) < 5)
}

/// A working day of the employee's week that is not a festive day (for norms of a period).
#[must_use]
pub fn is_working_day(cx: &Ctx<'_>, day: Day) -> bool {
    let wd = weekday(day);
    let in_week = if cx.employee.week_days >= 6 { wd < 6 } else { wd < 5 };
    in_week && !cx.law.calendar.is_festive(day)
}

/// The norms of the summary-registration periods asked about for the employee, as
/// `(first, last, norm)`.
#[derive(Default)]
struct PeriodNorms(Vec<(Day, Day, i32)>);

impl Derived for PeriodNorms {
    fn clear(&mut self) {
        self.0.clear();
    }
}

/// The normal number of working hours (minutes) of a summary-registration period (s55,
/// interpretation `s55.period_norm`), worked out once per employee and period (the period rule
/// and overtime in time order both read it).
#[must_use]
pub fn period_norm(cx: &Ctx<'_>, first: Day, last: Day) -> i32 {
    cx.cache.with(|norms: &mut PeriodNorms| {
        if let Some(&(_, _, n)) = norms.0.iter().find(|p| p.0 == first && p.1 == last) {
            return n;
        }
        let n = period_norm_uncached(cx, first, last);
        norms.0.push((first, last, n));
        n
    })
}

/// [`period_norm`], computed afresh.
fn period_norm_uncached(cx: &Ctx<'_>, first: Day, last: Day) -> i32 {
    match cx.law.params.choice("s55.period_norm", first) {
        "weeks" => {
            let days = last - first + 1;
            ((i64::from(weekly_norm(cx, first)) * i64::from(days)) / 7) as i32
        }
        _ => {
            let abs = cx.absences;
            if !abs.is_sorted_by_key(|a| a.from) {
                return (first..=last)
                    .filter(|&d| is_working_day(cx, d) && absence_on(cx, d).is_none())
                    .map(|d| daily_norm(cx, d))
                    .sum();
            }
            // Absences come ordered by first day: `d` is covered when the latest end among those
            // begun by `d` reaches it.
            let (mut next, mut covered_to) = (0, Day::MIN);
            let mut norm = Memo::default();
            let mut total = 0;
            for d in first..=last {
                while next < abs.len() && abs[next].from <= d {
                    covered_to = covered_to.max(abs[next].to);
                    next += 1;
                }
                if is_working_day(cx, d) && covered_to < d {
                    total += norm.get(cx, d, |d| daily_norm(cx, d));
                }
            }
            total
        }
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
    let mut out = Vec::new();
    overtime_by_day_into(cx, &mut out, &mut Vec::new());
    out
}

/// [`overtime_by_day`] into `out` (emptied first), so that its storage can be reused; `pending`
/// is scratch space.
fn overtime_by_day_into(cx: &Ctx<'_>, out: &mut Vec<(Day, i32)>, pending: &mut Vec<(Day, i32)>) {
    out.clear();
    pending.clear();
    let Some(first) = cx.shifts.first() else { return };
    let day0 = day_of(first.start);
    let derive = cx.law.params.flag("s57.derived_overtime", day0);
    let summary = under_summary(cx);
    let by_day = !summary && cx.law.params.choice("s57.overtime_days", day0) == "daily-norm-first";
    let mut walk = OvertimeWalk {
        out,
        in_order: true,
        summary,
        by_day,
        pending,
        week_norm: Memo::default(),
        day_norm: Memo::default(),
        bucket: None,
    };
    let mut attr = Memo::default();
    for s in cx.shifts {
        if s.kind == ShiftKind::Duty || (s.kind == ShiftKind::Work && !derive) {
            continue;
        }
        let overtime = s.kind == ShiftKind::Overtime;
        let d = day_of(s.start);
        let a: Attribution = attr.get(cx, d, |d| Attribution::of(cx, d));
        if a.split {
            Attribution::split(s, |d, m| walk.minutes(cx, d, m, overtime));
        } else {
            // The usual reading (start-day): the whole shift on its first day, without a closure.
            walk.minutes(cx, d, s.worked_minutes(), overtime);
        }
    }
    walk.close(cx);
    if walk.in_order {
        return;
    }
    let out = walk.out;
    out.sort_by_key(|x| x.0);
    // Merge days that arrived out of order (a split shift, a week's excess given at its end).
    let mut w = 0;
    for r in 0..out.len() {
        let (d, m) = out[r];
        if w > 0 && out[w - 1].0 == d {
            out[w - 1].1 += m;
        } else {
            out[w] = (d, m);
            w += 1;
        }
    }
    out.truncate(w);
}

/// The state of [`overtime_by_day_into`]'s walk over the shifts in time order.
struct OvertimeWalk<'o> {
    out: &'o mut Vec<(Day, i32)>,
    /// Whether `out` is still in day order.
    in_order: bool,
    /// Under summary registration (s55): the period's norm, else the week's.
    summary: bool,
    /// A week's excess goes to the hours beyond each day's norm first (`daily-norm-first`).
    by_day: bool,
    /// With `by_day`: the ordinary minutes of the week's days so far, in day order.
    pending: &'o mut Vec<(Day, i32)>,
    week_norm: Memo<i32>,
    day_norm: Memo<i32>,
    /// (first day, last day, used minutes, norm) of the week or period being filled.
    bucket: Option<(Day, Day, i32, i32)>,
}

impl OvertimeWalk<'_> {
    /// Adds `m` overtime minutes to day `d`.
    #[inline(always)]
    fn add(&mut self, d: Day, m: i32) {
        if m <= 0 {
            return;
        }
        match self.out.last_mut() {
            Some((ld, lm)) if *ld == d => *lm += m,
            Some((ld, _)) => {
                self.in_order &= *ld < d;
                self.out.push((d, m));
            }
            None => self.out.push((d, m)),
        }
    }

    /// Counts `m` worked minutes of day `d`: all overtime on a row marked overtime, else the
    /// part past the norm of the week (or period) in time order.
    #[inline(always)]
    fn minutes(&mut self, cx: &Ctx<'_>, d: Day, m: i32, overtime: bool) {
        if overtime {
            self.add(d, m);
            return;
        }
        if self.bucket.is_none_or(|b| d < b.0 || d > b.1) {
            self.close(cx);
            let (first, last, norm) = if self.summary {
                let (f, l) = summary_period(cx.employee.summary_period_months, d);
                (f, l, period_norm(cx, f, l))
            } else {
                let monday = week_start(d);
                (monday, monday + 6, self.week_norm.get(cx, d, |d| weekly_norm(cx, d)))
            };
            self.bucket = Some((first, last, 0, norm));
        }
        if self.by_day {
            match self.pending.iter().rposition(|p| p.0 <= d) {
                Some(i) if self.pending[i].0 == d => self.pending[i].1 += m,
                Some(i) => self.pending.insert(i + 1, (d, m)),
                None => self.pending.insert(0, (d, m)),
            }
            if let Some(b) = self.bucket.as_mut() {
                b.2 += m;
            }
            return;
        }
        if let Some(b) = self.bucket.as_mut() {
            let before = b.2;
            b.2 += m;
            let extra = (b.2 - before.max(b.3)).min(m).max(0);
            self.add(d, extra);
        }
    }

    /// Ends the week open (with `by_day`): its excess over the weekly norm goes first to the
    /// minutes beyond each day's established length (s47: the weekly norm ÷ 5 on a five-day
    /// week, the s47 figure on a six-day week, see [`day_length`]), in day order, and what remains to the week's last
    /// minutes, as [`OvertimeWalk::minutes`] counts them in time order.
    fn close(&mut self, cx: &Ctx<'_>) {
        let Some((_, _, used, norm)) = self.bucket.take() else { return };
        if !self.by_day {
            return;
        }
        let mut excess = used - norm;
        if excess <= 0 {
            self.pending.clear();
            return;
        }
        // Beyond each day's norm: the day's own excess, in day order. `pending` keeps
        // (day, minutes) and is overwritten with (day, overtime) as it goes.
        let mut days = std::mem::take(self.pending);
        let mut given: Vec<(Day, i32, i32)> = Vec::with_capacity(days.len());
        for &(d, m) in &days {
            let over = (m - self.day_norm.get(cx, d, |d| day_length(cx, d))).max(0).min(excess);
            excess -= over;
            given.push((d, m, over));
        }
        // The rest: the last minutes of the week, latest first.
        for g in given.iter_mut().rev() {
            if excess <= 0 {
                break;
            }
            let more = (g.1 - g.2).min(excess);
            g.2 += more;
            excess -= more;
        }
        for &(d, _, over) in &given {
            self.add(d, over);
        }
        days.clear();
        *self.pending = days;
    }
}

/// [`overtime_by_day`] of the employee, once computed.
#[derive(Default)]
struct OvertimeDays {
    done: bool,
    days: Vec<(Day, i32)>,
    pending: Vec<(Day, i32)>,
}

impl Derived for OvertimeDays {
    fn clear(&mut self) {
        self.done = false;
        self.days.clear();
        self.pending.clear();
    }
}

/// Calls `f` with [`overtime_by_day`], worked out once per employee (both overtime caps read it).
pub fn with_overtime_by_day<R>(cx: &Ctx<'_>, f: impl FnOnce(&[(Day, i32)]) -> R) -> R {
    cx.cache.with(|o: &mut OvertimeDays| {
        if !o.done {
            overtime_by_day_into(cx, &mut o.days, &mut o.pending);
            o.done = true;
        }
        f(&o.days)
    })
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
    let single_father = e.sex == decent_core::Sex::M && e.has(crate::attrs::SINGLE_PARENT);
    if single_father || e.has(crate::attrs::TRUSTEE) {
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
        let s176 = (e.sex == decent_core::Sex::M && e.has(crate::attrs::SINGLE_PARENT)) || e.has(crate::attrs::TRUSTEE);
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

    fn shift(start: i32, end: i32, brk: u16) -> Shift {
        Shift { break_minutes: brk, ..Shift::plain(0, start, end, 2) }
    }

    /// The split of a shift between days as first written (a `Vec` per shift).
    fn worked_by_day_reference(split: bool, s: &Shift) -> Vec<(Day, i32)> {
        let worked = s.worked_minutes();
        if !split {
            return vec![(day_of(s.start), worked)];
        }
        let clock = s.clock_minutes().max(1);
        let parts: Vec<(Day, i32)> = split_by_day(s.span()).collect();
        let mut out = Vec::new();
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

    /// Source: s47 (the non-allocating attribution gives the first form's split, minute for minute).
    #[test]
    fn attribution_agrees_with_the_reference() {
        for reading in ["start-day", "split-at-midnight"] {
            let mut law = crate::law().expect("the pack loads");
            law.params.set(&format!("s47.day_attribution={reading}")).expect("a choice");
            let e = decent_core::Employee::new("a");
            let cx = Ctx {
                law: &law,
                emp: 0,
                employee: &e,
                shifts: &[],
                absences: &[],
                columns: decent_core::model::ShiftColumns::default(),
                cache: &decent_core::rule::EmployeeCache::new(),
            };
            let d = decent_core::time::start_of_day(days_from_civil(1995, 3, 10));
            let a = Attribution::of(&cx, 0);
            for (s, e, b) in [
                (d + 600, d + 1000, 30),
                (d + 1320, d + 1800, 45),
                (d + 1000, d + 4000, 7),
                (d, d + 1440, 0),
                (d + 1439, d + 1441, 0),
                (d + 5, d + 5, 0),
                (d, d, 0),
            ] {
                let s = shift(s, e, b);
                let mut got = Vec::new();
                a.each(&s, |d, m| got.push((d, m)));
                assert_eq!(got, worked_by_day_reference(reading != "start-day", &s), "{reading}");
                assert_eq!(got, worked_by_day(&cx, &s), "{reading}");
            }
        }
    }

    /// Source: s61 — the quick test of a shift on Monday to Friday only is the walk over its days.
    #[test]
    fn mondays_to_fridays_only_agrees_with_the_days() {
        let base = decent_core::time::start_of_day(days_from_civil(1995, 3, 6));
        for start in (-3 * 1440..10 * 1440).step_by(53) {
            for len in [-100, -1, 0, 1, 60, 479, 480, 1439, 1440, 1441, 2 * 1440, 5 * 1440, 8 * 1440] {
                let mut s = shift(base + start, base + start + len, 0);
                s.end = base + start + len;
                let walk = (day_of(s.start)..=day_of(s.end - 1)).all(|d| weekday(d) < 5);
                assert_eq!(mondays_to_fridays_only(&s), walk, "{start} {len}");
            }
        }
    }

    #[test]
    fn hours_format() {
        assert_eq!(hours(480), "8 h");
        assert_eq!(hours(450), "7.5 h");
        assert_eq!(hours(470), "7.83 h");
    }
}
