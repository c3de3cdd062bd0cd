//! Helpers of the working-time rules: daily and weekly sums of ordinary minutes (the toolkit's,
//! with s47's day attribution), the established length of a working day (s47), and month
//! arithmetic (s257) for s54's notice.

use decent_core::time::Day;
use decent_core::Ctx;
use decent_worktime::days::{self, weekly_totals};

use crate::rules::common::{attribution, weekly_norm};

/// Calls `f(day, minutes, line)` for each day with ordinary (`kind=work`) minutes, in day
/// order, `line` the input line of the first shift counted on that day; days follow
/// `s47.day_attribution` (read on each shift's first day). Worked out once per employee: the
/// weekly norms, the six-day cap, the festive eve and the summary period all add them up.
pub fn ordinary_daily_totals(cx: &Ctx<'_>, f: impl FnMut(Day, i32, u32)) {
    days::ordinary_daily_totals(cx, |d| attribution(cx, d), f);
}

/// Calls `f(monday, minutes)` once per calendar week (Monday–Sunday) with the ordinary
/// (`kind=work`) minutes of that week, in week order (s45, s46); days follow
/// [`ordinary_daily_totals`].
pub fn weekly_ordinary(cx: &Ctx<'_>, f: impl FnMut(Day, i32)) {
    weekly_totals(|add| ordinary_daily_totals(cx, |d, m, _| add(d, m)), f);
}

/// The longest working day on a six-day week (s47), in minutes, for the employee's weekly norm
/// on `day`: 7 h for 40 h, 6 h for 35 h, 4 h for 24 h; another norm by `s47.other_norms` (the
/// cap of the next lower listed norm, or the norm ÷ 6; below 24 h always the norm ÷ 6).
#[must_use]
pub fn six_day_cap(cx: &Ctx<'_>, day: Day) -> i32 {
    let p = &cx.law.params;
    let norm = weekly_norm(cx, day);
    let listed = [(40, "s47.six_day_cap_40"), (35, "s47.six_day_cap_35"), (24, "s47.six_day_cap_24")];
    if let Some((_, name)) = listed.iter().find(|(h, _)| h * 60 == norm) {
        return p.minutes(name, day);
    }
    let lower = listed.iter().find(|(h, _)| h * 60 < norm);
    match (p.choice("s47.other_norms", day), lower) {
        ("next-lower-norm", Some((_, name))) => p.minutes(name, day),
        _ => norm / 6,
    }
}

/// The established length of the employee's working day in minutes (s47): the weekly norm over
/// five days on a five-day week; on a six-day week the s47 cap or the norm over six days, by
/// interpretation `s47.six_day_length`.
#[must_use]
pub fn day_length(cx: &Ctx<'_>, day: Day) -> i32 {
    if cx.employee.week_days >= 6 {
        if cx.law.params.choice("s47.six_day_length", day) == "s47-cap" {
            return six_day_cap(cx, day);
        }
        return weekly_norm(cx, day) / 6;
    }
    weekly_norm(cx, day) / i32::from(cx.employee.week_days.max(1))
}

/// Whether the employee is on a shortened weekly norm (s46): below the s45 norm on `day`, and
/// not a reduced week agreed under s52 (employees.csv `part_time`), which is not the
/// shortened hours of s46 (s50 exempts only the latter).
#[must_use]
pub fn shortened(cx: &Ctx<'_>, day: Day) -> bool {
    !cx.employee.part_time && cx.employee.weekly_norm_minutes < cx.law.params.minutes("s45.weekly_norm", day)
}

/// The day `months` months before `day` (s257): the same date of that month, or its last day
/// when the month has no such date (one month before 31 March is the last day of February).
/// The engine's term arithmetic does the counting.
#[must_use]
pub fn months_before(day: Day, months: u32) -> Day {
    decent_core::term::add(day, decent_core::term::Length::months(-(months as i32)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::days_from_civil as ymd;

    /// Source: s257 ("If the end of the term which is expressed in months falls into a month
    /// which does not have the respective date, the term shall expire on the last day of this
    /// month"), counted back from the day a schedule takes effect (s54).
    #[test]
    fn one_month_before() {
        assert_eq!(months_before(ymd(1995, 3, 15), 1), ymd(1995, 2, 15));
        assert_eq!(months_before(ymd(1995, 3, 31), 1), ymd(1995, 2, 28));
        assert_eq!(months_before(ymd(1996, 3, 30), 1), ymd(1996, 2, 29));
        assert_eq!(months_before(ymd(1995, 1, 10), 1), ymd(1994, 12, 10));
        assert_eq!(months_before(ymd(1995, 5, 31), 3), ymd(1995, 2, 28));
        assert_eq!(months_before(ymd(1995, 7, 31), 1), ymd(1995, 6, 30));
    }
}
