//! Readings shared by several rules (and by pay): which day a shift belongs to, night minutes,
//! the norms, overtime in time order, weekly holidays, absences and protected status.
//!
//! Each function cites the section and names the interpretation it applies, so that a rule
//! built on it inherits the citation rather than re-deriving the reading.

use decent_core::model::{AbsenceKind, Shift, ShiftKind};
use decent_core::rule::Derived;
use decent_core::time::{
    civil_from_days, day_of, days_from_civil, minutes_in_daily_window, split_by_day, week_start, weekday, Day, Span,
    MINUTES_PER_DAY,
};
use decent_core::{Ctx, Finding, Out, Severity, Unit};

use crate::rules::working_time::util::day_length;

/// A value computed from the parameters in force on a day, kept while later days stay in the
/// stretch in which no parameter changes value ([`decent_core::params::Params::stable_range`]):
/// parameters are read once per employee, not per shift, and a dated change
/// (`--set name@DATE=...`) is still honoured from its day on.
#[derive(Debug, Clone, Copy)]
pub struct Memo<T: Copy> {
    lo: Day,
    hi: Day,
    val: Option<T>,
}

impl<T: Copy> Default for Memo<T> {
    fn default() -> Self {
        Self { lo: 0, hi: 0, val: None }
    }
}

impl<T: Copy> Memo<T> {
    /// The value on `day`, computed by `f` from the parameters in force on `day` when not
    /// already known for it.
    #[inline]
    pub fn get(&mut self, cx: &Ctx<'_>, day: Day, f: impl FnOnce(Day) -> T) -> T {
        if let Some(v) = self.val {
            if self.lo <= day && day < self.hi {
                return v;
            }
        }
        self.refresh(cx, day, f)
    }

    /// Computes the value for `day` and the stretch of days it holds for.
    #[cold]
    #[inline(never)]
    fn refresh(&mut self, cx: &Ctx<'_>, day: Day, f: impl FnOnce(Day) -> T) -> T {
        let (lo, hi) = cx.law.params.stable_range(day);
        let v = f(day);
        *self = Self { lo, hi, val: Some(v) };
        v
    }
}

/// Night window `(from, to)` as minutes of the day on `day` (s50: 22:00–06:00).
#[must_use]
pub fn night_window(cx: &Ctx<'_>, day: Day) -> (i32, i32) {
    let p = &cx.law.params;
    (p.minutes("s50.night_from", day), p.minutes("s50.night_to", day))
}

/// Minutes of the break that fall in the daily window `[from, to)`, given the shift's minutes
/// in that window (`inside`).
///
/// A break with a recorded start (`break_start`) is placed there; an unrecorded break is spread
/// over the shift in proportion (interpretation `s60.break_placement`), so a shift's worked
/// minutes split into night and day never lose or gain a minute.
fn break_in_window(s: &Shift, from: i32, to: i32, inside: i32) -> i32 {
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
    // Proportional share, rounded to the nearest minute.
    ((i64::from(inside) * i64::from(b.min(clock)) + i64::from(clock) / 2) / i64::from(clock)) as i32
}

/// Worked minutes of a shift inside the daily window `[from, to)` (break excluded).
#[inline]
#[must_use]
pub fn worked_in_window(s: &Shift, from: i32, to: i32) -> i32 {
    let inside = minutes_in_daily_window(s.span(), from, to);
    if inside == 0 {
        // The break lies within the shift, so none of it is in the window either.
        return 0;
    }
    (inside - break_in_window(s, from, to, inside)).clamp(0, s.worked_minutes())
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

/// The days `[from, to)` on which a child born on `birth` is under `years` (as
/// [`decent_core::Employee::has_child_under`] counts age: from birth to the birthday).
///
/// In closed form: the birthday `years` on (29 February counting on 1 March), found from the
/// date and then stepped at most a day or two; an age past the year 9999, beyond any date a file
/// holds, protects for good (`to` is `Day::MAX`). No age costs more than a few steps.
fn under_age_days(birth: Day, years: u32) -> (Day, Day) {
    use decent_core::model::whole_years;
    let (y, m, d) = civil_from_days(birth);
    let Some(y) = i32::try_from(years).ok().and_then(|n| y.checked_add(n)).filter(|&y| y <= 9999) else {
        return (birth, Day::MAX);
    };
    let mut end = days_from_civil(y, m, d.min(decent_core::time::days_in_month(y, m))).max(birth);
    while end > birth && whole_years(birth, end - 1) >= years {
        end -= 1;
    }
    while whole_years(birth, end) < years {
        end += 1;
    }
    (birth, end)
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

/// One finding per employee and calendar month (of the shift's start) for a fact found shift by
/// shift, so that a year's roster reads in minutes: `measured` is the count of shifts (unit
/// count), the window runs from the start of the first such shift of the month to the end of
/// its last, `line` is the first shift's input line and `detail` the sum of the minutes given
/// with each shift, or a fixed value (a limb of the rule) when `detail` is set.
#[derive(Debug, Clone, Copy)]
pub struct PerMonth {
    severity: Severity,
    detail: Option<i32>,
    /// (first day of the month, first day of the next, first start, last end, first line,
    /// count, sum of minutes)
    cur: Option<(Day, Day, i32, i32, u32, u32, i32)>,
}

impl PerMonth {
    /// Findings of `severity`; `detail` fixed, or `None` for the sum of the shifts' minutes.
    #[must_use]
    pub fn new(severity: Severity, detail: Option<i32>) -> Self {
        Self { severity, detail, cur: None }
    }

    /// Counts shift `s` (shifts come in time order), with `minutes` of the fact.
    pub fn add(&mut self, s: &Shift, minutes: i32, out: &mut Out<'_>) {
        let d = day_of(s.start);
        match self.cur.as_mut() {
            Some(c) if c.0 <= d && d < c.1 => {
                c.3 = c.3.max(s.end);
                c.5 += 1;
                c.6 = c.6.saturating_add(minutes);
            }
            _ => {
                self.finish(out);
                let (first, next) = month_of(d);
                self.cur = Some((first, next, s.start, s.end, s.line, 1, minutes));
            }
        }
    }

    /// Reports the month open, if any.
    pub fn finish(&mut self, out: &mut Out<'_>) {
        if let Some((_, _, from, to, line, n, m)) = self.cur.take() {
            let f = Finding::new(self.severity, Span::new(from, to)).measure(f64::from(n), 0.0, Unit::Count);
            out.push(f.line(line).detail(self.detail.unwrap_or(m)));
        }
    }
}

/// The calendar month holding `day`: its first day and the first day of the next.
#[must_use]
pub fn month_of(day: Day) -> (Day, Day) {
    let (y, m, _) = civil_from_days(day);
    let next = if m == 12 { days_from_civil(y + 1, 1, 1) } else { days_from_civil(y, m + 1, 1) };
    (days_from_civil(y, m, 1), next)
}

/// The starts of a [`PerMonth`] finding's shifts among `starts` (those in its window and month),
/// in time order, for the message to name (it shows the first few and how many more).
#[must_use]
pub fn named_starts(f: &Finding, starts: impl Iterator<Item = i32>) -> Vec<i32> {
    let (first, next) = month_of(day_of(f.from));
    starts.filter(|&t| f.from <= t && t < f.to.max(f.from + 1) && (first..next).contains(&day_of(t))).collect()
}

/// The month of a [`PerMonth`] finding as message arguments: `month` (the catalogue key of the
/// month's name as it reads after "in", `month-in-3`) and `year`.
#[must_use]
pub fn month_args(m: decent_core::Message, f: &Finding) -> decent_core::Message {
    let (y, mo, _) = civil_from_days(day_of(f.from));
    m.key("month", format!("month-in-{mo}")).text("year", y.to_string())
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

    /// A child-age parameter far beyond any life used to be walked to day by day from the year
    /// 9999 (hundreds of millions of steps); now the protected days end "never" at once, and a
    /// plain age is the birthday itself (29 February counts on 1 March).
    #[test]
    fn child_age_is_found_in_closed_form() {
        let birth = days_from_civil(1992, 2, 29);
        assert_eq!(under_age_days(birth, 1_000_000), (birth, Day::MAX));
        assert_eq!(under_age_days(birth, u32::MAX), (birth, Day::MAX));
        assert_eq!(under_age_days(birth, 3), (birth, days_from_civil(1995, 3, 1)));
        assert_eq!(under_age_days(birth, 4), (birth, days_from_civil(1996, 2, 29)));
        assert_eq!(under_age_days(birth, 0), (birth, birth));
        let b = days_from_civil(1990, 6, 15);
        assert_eq!(under_age_days(b, 9000), (b, Day::MAX));
        assert_eq!(under_age_days(b, 14), (b, days_from_civil(2004, 6, 15)));
    }

    #[test]
    fn summary_periods_align_to_the_year() {
        let d = days_from_civil(1995, 5, 17);
        assert_eq!(summary_period(3, d), (days_from_civil(1995, 4, 1), days_from_civil(1995, 6, 30)));
        assert_eq!(summary_period(12, d), (days_from_civil(1995, 1, 1), days_from_civil(1995, 12, 31)));
        assert_eq!(summary_period(1, d), (days_from_civil(1995, 5, 1), days_from_civil(1995, 5, 31)));
    }

    fn shift(start: i32, end: i32, brk: u16) -> Shift {
        Shift {
            start,
            end,
            emp: 0,
            line: 2,
            published: decent_core::model::NONE_DAY,
            break_minutes: brk,
            break_offset: decent_core::model::NONE_U16,
            feeding_minutes: decent_core::model::NONE_U16,
            employer: decent_core::model::NONE_U16,
            kind: ShiftKind::Work,
            idle_minutes: 0,
        }
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
