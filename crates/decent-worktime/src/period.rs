//! Calendar periods: months, reference periods of N months counted from 1 January, spans of
//! whole days, and the days on which a person born on a day is under an age.

use decent_core::model::whole_years;
use decent_core::pay::YearMonth;
use decent_core::rule::Derived;
use decent_core::time::{civil_from_days, days_from_civil, days_in_month, start_of_day, Day, Span};
use decent_core::Ctx;

use crate::Memo;

/// The reference period `[first, last]` of `months` months (counted from 1 January; 0 is read
/// as 1) that holds `day`.
#[must_use]
pub fn reference_period(months: u8, day: Day) -> (Day, Day) {
    let (y, m, _) = civil_from_days(day);
    let n = u32::from(months.max(1));
    let idx = (m - 1) / n;
    let first_m = idx * n + 1;
    let first = days_from_civil(y, first_m, 1);
    let next_m = first_m + n;
    let next = if next_m > 12 { days_from_civil(y + 1, next_m - 12, 1) } else { days_from_civil(y, next_m, 1) };
    (first, next - 1)
}

/// The calendar month holding `day`: its first day and the first day of the next.
#[must_use]
pub fn month_of(day: Day) -> (Day, Day) {
    let m = YearMonth::of(day);
    (m.first(), m.last() + 1)
}

/// A span of whole days `[first, last]` as civil minutes.
#[must_use]
pub fn days_span(first: Day, last: Day) -> Span {
    Span::new(start_of_day(first), start_of_day(last + 1))
}

/// The days `[from, to)` on which a person born on `birth` is under `years` (as
/// [`decent_core::Employee::has_child_under`] counts age: from birth to the birthday).
///
/// In closed form: the birthday `years` on (29 February counting on 1 March), found from the
/// date and then stepped at most a day or two; an age past the year 9999, beyond any date a file
/// holds, lasts for good (`to` is `Day::MAX`). No age costs more than a few steps.
#[must_use]
pub fn under_age_days(birth: Day, years: u32) -> (Day, Day) {
    let (y, m, d) = civil_from_days(birth);
    let Some(y) = i32::try_from(years).ok().and_then(|n| y.checked_add(n)).filter(|&y| y <= 9999) else {
        return (birth, Day::MAX);
    };
    let mut end = days_from_civil(y, m, d.min(days_in_month(y, m))).max(birth);
    while end > birth && whole_years(birth, end - 1) >= years {
        end -= 1;
    }
    while whole_years(birth, end) < years {
        end += 1;
    }
    (birth, end)
}

/// The norm of the period `[first, last]` counted in weeks: the weekly norm times the period's
/// days over seven, rounded down.
#[must_use]
pub fn norm_by_weeks(weekly: i32, first: Day, last: Day) -> i32 {
    let days = last - first + 1;
    ((i64::from(weekly) * i64::from(days)) / 7) as i32
}

/// The norm of the period `[first, last]` counted in working days: the sum of `daily(day)` over
/// the days `working_day` holds on which the employee of `cx` is not absent (an absence of any
/// kind). `daily` is asked once per stretch of days in which no parameter changes value.
#[must_use]
pub fn norm_by_working_days(
    cx: &Ctx<'_>,
    first: Day,
    last: Day,
    working_day: impl Fn(Day) -> bool,
    daily: impl Fn(Day) -> i32,
) -> i32 {
    let abs = cx.absences;
    if !abs.is_sorted_by_key(|a| a.from) {
        return (first..=last)
            .filter(|&d| working_day(d) && !abs.iter().any(|a| a.from <= d && d <= a.to))
            .map(&daily)
            .sum();
    }
    // Absences come ordered by first day: `d` is covered when the latest end among those begun
    // by `d` reaches it.
    let (mut next, mut covered_to) = (0, Day::MIN);
    let mut norm = Memo::default();
    let mut total = 0;
    for d in first..=last {
        while next < abs.len() && abs[next].from <= d {
            covered_to = covered_to.max(abs[next].to);
            next += 1;
        }
        if working_day(d) && covered_to < d {
            total += norm.get(cx, d, &daily);
        }
    }
    total
}

/// The norms of the periods asked about for the employee, as `(first, last, norm)`.
#[derive(Default)]
struct PeriodNorms(Vec<(Day, Day, i32)>);

impl Derived for PeriodNorms {
    fn clear(&mut self) {
        self.0.clear();
    }
}

/// The norm of the period `[first, last]` for the employee of `cx`, computed by `norm` the first
/// time it is asked for the employee and kept (several rules read the same periods). `norm`
/// must be the same reading for every caller of one employee.
#[must_use]
pub fn cached_norm(cx: &Ctx<'_>, first: Day, last: Day, norm: impl FnOnce() -> i32) -> i32 {
    cx.cache.with(|norms: &mut PeriodNorms| {
        if let Some(&(_, _, n)) = norms.0.iter().find(|p| p.0 == first && p.1 == last) {
            return n;
        }
        let n = norm();
        norms.0.push((first, last, n));
        n
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::days_from_civil as ymd;

    #[test]
    fn reference_periods_count_from_january() {
        assert_eq!(reference_period(3, ymd(1995, 5, 17)), (ymd(1995, 4, 1), ymd(1995, 6, 30)));
        assert_eq!(reference_period(1, ymd(1996, 2, 10)), (ymd(1996, 2, 1), ymd(1996, 2, 29)));
        assert_eq!(reference_period(4, ymd(1995, 12, 31)), (ymd(1995, 9, 1), ymd(1995, 12, 31)));
        assert_eq!(reference_period(12, ymd(1995, 7, 1)), (ymd(1995, 1, 1), ymd(1995, 12, 31)));
        assert_eq!(reference_period(0, ymd(1995, 7, 1)), reference_period(1, ymd(1995, 7, 1)));
    }

    /// Worked by hand: March 1995 has 23 weekdays; on a 40-hour five-day week (8 h a day) its
    /// norm is 184 h, less 8 h for each weekday of absence (an absence over 6–7 March: 168 h),
    /// whether the absences come in order or not; by weeks it is 40 × 31 / 7 = 177 h 8 min.
    #[test]
    fn period_norms() {
        let (first, last) = (ymd(1995, 3, 1), ymd(1995, 3, 31));
        let law = crate::test_util::empty_law();
        let e = decent_core::Employee::new("a");
        let cache = decent_core::rule::EmployeeCache::new();
        let mut cx = crate::test_util::ctx(&law, &e, &[], &cache);
        let weekday = |d: Day| crate::days::working_weekday(d, 5);
        assert_eq!(norm_by_working_days(&cx, first, last, weekday, |_| 480), 184 * 60);
        let absence = |from, to| decent_core::model::Absence {
            emp: 0,
            kind: decent_core::model::AbsenceKind::Sick,
            from,
            to,
            line: 2,
        };
        let sorted = [absence(ymd(1995, 3, 6), ymd(1995, 3, 7)), absence(ymd(1995, 3, 7), ymd(1995, 3, 7))];
        cx.absences = &sorted;
        assert_eq!(norm_by_working_days(&cx, first, last, weekday, |_| 480), 168 * 60);
        let unsorted = [sorted[1], sorted[0]];
        cx.absences = &unsorted;
        assert_eq!(norm_by_working_days(&cx, first, last, weekday, |_| 480), 168 * 60);
        assert_eq!(norm_by_weeks(2400, first, last), 2400 * 31 / 7);
        assert_eq!(cached_norm(&cx, first, last, || 7), 7);
        assert_eq!(cached_norm(&cx, first, last, || 8), 7, "kept for the employee");
    }

    #[test]
    fn months_and_spans() {
        assert_eq!(month_of(ymd(1995, 12, 31)), (ymd(1995, 12, 1), ymd(1996, 1, 1)));
        let s = days_span(ymd(1995, 3, 6), ymd(1995, 3, 7));
        assert_eq!(s.end - s.start, 2 * 1440);
    }

    /// A child-age parameter far beyond any life used to be walked to day by day from the year
    /// 9999 (hundreds of millions of steps); now the protected days end "never" at once, and a
    /// plain age is the birthday itself (29 February counts on 1 March).
    #[test]
    fn child_age_is_found_in_closed_form() {
        let birth = ymd(1992, 2, 29);
        assert_eq!(under_age_days(birth, 1_000_000), (birth, Day::MAX));
        assert_eq!(under_age_days(birth, u32::MAX), (birth, Day::MAX));
        assert_eq!(under_age_days(birth, 3), (birth, ymd(1995, 3, 1)));
        assert_eq!(under_age_days(birth, 4), (birth, ymd(1996, 2, 29)));
        assert_eq!(under_age_days(birth, 0), (birth, birth));
        let b = ymd(1990, 6, 15);
        assert_eq!(under_age_days(b, 9000), (b, Day::MAX));
        assert_eq!(under_age_days(b, 14), (b, ymd(2004, 6, 15)));
    }

    /// Worked by hand: born 29 February 1992, under three until 1 March 1995 (no 29 February in
    /// 1995, so the birthday counts on 1 March); born 10 June 1994, under one until 10 June 1995.
    #[test]
    fn an_age_ends_on_its_birthday() {
        assert_eq!(under_age_days(ymd(1992, 2, 29), 3), (ymd(1992, 2, 29), ymd(1995, 3, 1)));
        assert_eq!(under_age_days(ymd(1994, 6, 10), 1), (ymd(1994, 6, 10), ymd(1995, 6, 10)));
        assert_eq!(under_age_days(ymd(1994, 6, 10), 1_000_000).1, Day::MAX);
        for years in [0u32, 1, 3, 14, 16, 18] {
            let b = ymd(1990, 1, 31);
            let (_, to) = under_age_days(b, years);
            assert!(whole_years(b, to) >= years && (to == b || whole_years(b, to - 1) < years));
        }
    }
}
