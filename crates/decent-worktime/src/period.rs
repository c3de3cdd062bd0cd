//! Calendar periods: months, reference periods of N months counted from 1 January, spans of
//! whole days, and the days on which a person born on a day is under an age.

use decent_core::model::whole_years;
use decent_core::pay::YearMonth;
use decent_core::time::{civil_from_days, days_from_civil, days_in_month, start_of_day, Day, Span};

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
