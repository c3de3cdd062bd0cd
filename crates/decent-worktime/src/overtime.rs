//! Overtime by day: rows marked overtime, plus ordinary work past a weekly norm (or the norm of
//! a reference period), attributed to days.
//!
//! Which days a week's excess belongs to is the caller's reading ([`Excess`]): the minutes
//! beyond each day's norm first, in day order, and the rest to the last minutes of the week
//! ([`Excess::DailyNormFirst`]), or all to the minutes worked after the norm is reached
//! ([`Excess::TimeOrder`]). A reference period's excess is always counted in time order.

use decent_core::model::ShiftKind;
use decent_core::rule::Derived;
use decent_core::time::{day_of, week_start, Day};
use decent_core::{Ctx, Finding, Message, Out, Severity};

use crate::days::Attribution;
use crate::period::reference_period;
use crate::Memo;

/// Which days a week's ordinary minutes past its norm belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Excess {
    /// The minutes beyond each day's norm first, in day order; the rest to the week's last
    /// minutes.
    DailyNormFirst,
    /// The minutes worked after the week's norm is reached, in time order.
    TimeOrder,
}

/// The reading of overtime the caller's law makes, its values passed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// Whether ordinary work past the norm counts as overtime (else only rows marked overtime).
    pub derive: bool,
    /// Which days a week's excess belongs to.
    pub excess: Excess,
    /// A reference period of this many months (counted from 1 January) instead of weeks; its
    /// excess is counted in time order.
    pub period_months: Option<u8>,
}

/// The norms the walk holds ordinary minutes against, in minutes, read from the caller's
/// parameters on the day asked. Each is asked once per stretch of days in which no parameter
/// changes value.
pub trait Norms {
    /// Which day a shift's minutes belong to, in force on `day`.
    fn attribution(&self, day: Day) -> Attribution;
    /// The weekly norm in force on `day`.
    fn weekly(&self, day: Day) -> i32;
    /// The norm of one working day on `day`, for [`Excess::DailyNormFirst`].
    fn daily(&self, day: Day) -> i32;
    /// The norm of the reference period `[first, last]`.
    fn period(&self, first: Day, last: Day) -> i32;
}

/// Overtime minutes by day, in day order, into `out` (emptied first, so that its storage can be
/// reused); `pending` is scratch space. Duty rows never count.
pub fn by_day_into(
    cx: &Ctx<'_>,
    reading: Reading,
    norms: &impl Norms,
    out: &mut Vec<(Day, i32)>,
    pending: &mut Vec<(Day, i32)>,
) {
    out.clear();
    pending.clear();
    let by_day = reading.period_months.is_none() && reading.excess == Excess::DailyNormFirst;
    let mut walk = Walk {
        out,
        in_order: true,
        period_months: reading.period_months,
        by_day,
        pending,
        week_norm: Memo::default(),
        day_norm: Memo::default(),
        bucket: None,
    };
    let mut attr = Memo::default();
    for s in cx.shifts {
        if s.kind == ShiftKind::Duty || (s.kind == ShiftKind::Work && !reading.derive) {
            continue;
        }
        let overtime = s.kind == ShiftKind::Overtime;
        let d = day_of(s.start);
        let a: Attribution = attr.get(cx, d, |d| norms.attribution(d));
        if a.split {
            Attribution::split(s, |d, m| walk.minutes(cx, norms, d, m, overtime));
        } else {
            // The usual reading (start day): the whole shift on its first day, without a closure.
            walk.minutes(cx, norms, d, s.worked_minutes(), overtime);
        }
    }
    walk.close(cx, norms);
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

/// [`by_day_into`] into a new list.
#[must_use]
pub fn by_day(cx: &Ctx<'_>, reading: Reading, norms: &impl Norms) -> Vec<(Day, i32)> {
    let mut out = Vec::new();
    by_day_into(cx, reading, norms, &mut out, &mut Vec::new());
    out
}

/// The state of [`by_day_into`]'s walk over the shifts in time order.
struct Walk<'o> {
    out: &'o mut Vec<(Day, i32)>,
    /// Whether `out` is still in day order.
    in_order: bool,
    /// A reference period of this many months instead of weeks.
    period_months: Option<u8>,
    /// A week's excess goes to the minutes beyond each day's norm first.
    by_day: bool,
    /// With `by_day`: the ordinary minutes of the week's days so far, in day order.
    pending: &'o mut Vec<(Day, i32)>,
    week_norm: Memo<i32>,
    day_norm: Memo<i32>,
    /// (first day, last day, used minutes, norm) of the week or period being filled.
    bucket: Option<(Day, Day, i32, i32)>,
}

impl Walk<'_> {
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
    fn minutes(&mut self, cx: &Ctx<'_>, norms: &impl Norms, d: Day, m: i32, overtime: bool) {
        if overtime {
            self.add(d, m);
            return;
        }
        if self.bucket.is_none_or(|b| d < b.0 || d > b.1) {
            self.close(cx, norms);
            let (first, last, norm) = match self.period_months {
                Some(months) => {
                    let (f, l) = reference_period(months, d);
                    (f, l, norms.period(f, l))
                }
                None => {
                    let monday = week_start(d);
                    (monday, monday + 6, self.week_norm.get(cx, d, |d| norms.weekly(d)))
                }
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
    /// minutes beyond each day's norm, in day order, and what remains to the week's last
    /// minutes, as [`Walk::minutes`] counts them in time order.
    fn close(&mut self, cx: &Ctx<'_>, norms: &impl Norms) {
        let Some((_, _, used, norm)) = self.bucket.take() else { return };
        if !self.by_day {
            return;
        }
        let mut excess = used - norm;
        if excess <= 0 {
            self.pending.clear();
            return;
        }
        // Beyond each day's norm: the day's own excess, in day order.
        let mut days = std::mem::take(self.pending);
        let mut given: Vec<(Day, i32, i32)> = Vec::with_capacity(days.len());
        for &(d, m) in &days {
            let over = (m - self.day_norm.get(cx, d, |d| norms.daily(d))).max(0).min(excess);
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

/// [`by_day`] of the employee, once computed.
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

/// Calls `f` with [`by_day`], worked out once per employee (every rule that reads overtime by
/// day shares it). `reading` and `norms` must be the same for every caller of one employee.
pub fn with_by_day<R>(cx: &Ctx<'_>, reading: Reading, norms: &impl Norms, f: impl FnOnce(&[(Day, i32)]) -> R) -> R {
    cx.cache.with(|o: &mut OvertimeDays| {
        if !o.done {
            by_day_into(cx, reading, norms, &mut o.days, &mut o.pending);
            o.done = true;
        }
        f(&o.days)
    })
}

/// One finding of `severity` for each row marked overtime of an employee who has not recorded
/// consent to overtime (none when they have): measured its worked minutes against 0, about the
/// row.
pub fn rows_without_consent(cx: &Ctx<'_>, severity: Severity, out: &mut Out<'_>) {
    if cx.employee.overtime_consent {
        return;
    }
    for s in cx.shifts.iter().filter(|s| s.kind == ShiftKind::Overtime) {
        out.push(Finding::new(severity, s.span()).minutes_vs(s.worked_minutes(), 0).line(s.line));
    }
}

/// The message `key` of a finding of [`rows_without_consent`]: the row's `$hours`, `$from` and
/// `$to`.
#[must_use]
pub fn row_message(key: &'static str, f: &Finding) -> Message {
    Message::new(key).minutes("hours", f.measured).time("from", f.from).time("to", f.to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{ctx, empty_law};
    use decent_core::model::Shift;
    use decent_core::time::{days_from_civil, start_of_day};
    use proptest::prelude::*;

    /// A 40-hour week of five 8-hour days.
    struct Forty(Attribution);

    impl Norms for Forty {
        fn attribution(&self, _: Day) -> Attribution {
            self.0
        }
        fn weekly(&self, _: Day) -> i32 {
            40 * 60
        }
        fn daily(&self, _: Day) -> i32 {
            8 * 60
        }
        fn period(&self, first: Day, last: Day) -> i32 {
            (last - first + 1) * 8 * 60 * 5 / 7
        }
    }

    fn reading(excess: Excess) -> Reading {
        Reading { derive: true, excess, period_months: None }
    }

    fn work(day: Day, hours: i32) -> Shift {
        let start = start_of_day(day) + 8 * 60;
        Shift::plain(0, start, start + hours * 60, 2)
    }

    fn overtime(shifts: &[Shift], r: Reading) -> Vec<(Day, i32)> {
        let law = empty_law();
        let e = decent_core::Employee::new("a");
        let cache = decent_core::rule::EmployeeCache::new();
        by_day(&ctx(&law, &e, shifts, &cache), r, &Forty(Attribution::START_DAY))
    }

    /// Worked by hand: 9 h Monday to Friday (45 h) on a 40-hour week. Daily norm first, each
    /// day's hour past its 8 h is overtime (1 h a day); in time order, the 5 h past the 40th
    /// hour all fall on Friday.
    #[test]
    fn a_weeks_excess_by_day_or_at_its_end() {
        let monday = days_from_civil(1995, 3, 6);
        let shifts: Vec<Shift> = (0..5).map(|i| work(monday + i, 9)).collect();
        let each: Vec<(Day, i32)> = (0..5).map(|i| (monday + i, 60)).collect();
        assert_eq!(overtime(&shifts, reading(Excess::DailyNormFirst)), each);
        assert_eq!(overtime(&shifts, reading(Excess::TimeOrder)), vec![(monday + 4, 300)]);
        let no = Reading { derive: false, ..reading(Excess::TimeOrder) };
        assert!(overtime(&shifts, no).is_empty());
    }

    /// Worked by hand: 12, 12, 12 and 8 h (44 h) on Monday to Thursday. Daily norm first, the
    /// 4 h excess goes to Monday's 4 h past 8 h; the rest (none) to the last days. With 10 h on
    /// each of Monday to Friday (50 h, 10 over), each day's 2 h.
    #[test]
    fn the_excess_goes_first_to_the_long_days() {
        let monday = days_from_civil(1995, 3, 6);
        let shifts = [work(monday, 12), work(monday + 1, 12), work(monday + 2, 12), work(monday + 3, 8)];
        assert_eq!(overtime(&shifts, reading(Excess::DailyNormFirst)), vec![(monday, 240)]);
        assert_eq!(overtime(&shifts, reading(Excess::TimeOrder)), vec![(monday + 3, 240)]);
        // Rows marked overtime are overtime whatever the norm.
        let mut ot = work(monday + 5, 2);
        ot.kind = ShiftKind::Overtime;
        assert_eq!(overtime(&[ot], reading(Excess::TimeOrder)), vec![(monday + 5, 120)]);
    }

    proptest! {
        /// Either reading finds the same overtime in a week: each week's excess past its norm,
        /// plus rows marked overtime; duty rows never count; days come in order, once each.
        #[test]
        fn both_readings_find_the_weeks_excess(mut rows in proptest::collection::vec((0i32..40, 1i32..14, 0u8..3), 0..25)) {
            rows.sort_unstable();
            let base = days_from_civil(1995, 3, 6);
            let shifts: Vec<Shift> = rows.iter().map(|&(d, h, k)| {
                let mut s = work(base + d, h);
                s.kind = [ShiftKind::Work, ShiftKind::Overtime, ShiftKind::Duty][usize::from(k)];
                s
            }).collect();
            let mut want = 0;
            let mut weeks = std::collections::BTreeMap::<Day, i32>::new();
            for s in &shifts {
                match s.kind {
                    ShiftKind::Work => *weeks.entry(week_start(day_of(s.start))).or_default() += s.worked_minutes(),
                    ShiftKind::Overtime => want += s.worked_minutes(),
                    ShiftKind::Duty => {}
                }
            }
            want += weeks.values().map(|&m| (m - 2400).max(0)).sum::<i32>();
            for excess in [Excess::DailyNormFirst, Excess::TimeOrder] {
                let got = overtime(&shifts, reading(excess));
                prop_assert!(got.windows(2).all(|w| w[0].0 < w[1].0));
                prop_assert!(got.iter().all(|g| g.1 > 0));
                prop_assert_eq!(got.iter().map(|g| g.1).sum::<i32>(), want);
            }
        }
    }
}
