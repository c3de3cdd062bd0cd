//! Readings of the working-time rules: the longest day on a six-day week and the established
//! length of a working day (s47), the shortened norm (s46), and month arithmetic (s257) for
//! s54's notice.

use decent_core::params::{Bind, Binder, Choice, Minutes};
use decent_core::time::Day;
use decent_core::Ctx;

use crate::rules::common::Norm;

decent_core::choices! {
    /// `s47.other_norms`.
    enum OtherNorms { NextLowerNorm = "next-lower-norm", ProRata = "pro-rata" }
}

decent_core::choices! {
    /// `s47.six_day_length`.
    enum SixDayLength { S47Cap = "s47-cap", NormPerDay = "norm-per-day" }
}

/// The longest working day on a six-day week (s47): 7 h for 40 h, 6 h for 35 h, 4 h for 24 h
/// (`s47.six_day_cap_*`); another norm by `s47.other_norms`.
#[derive(Debug, Clone, Copy)]
pub struct SixDayCap {
    norm: Norm,
    /// The caps of the listed norms, by norm in hours.
    listed: [(i32, Minutes); 3],
    other: Choice<OtherNorms>,
}

impl Bind for SixDayCap {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            norm: b.bind(),
            listed: [
                (40, b.minutes("s47.six_day_cap_40")),
                (35, b.minutes("s47.six_day_cap_35")),
                (24, b.minutes("s47.six_day_cap_24")),
            ],
            other: b.choice("s47.other_norms"),
        }
    }
}

impl SixDayCap {
    /// The cap in minutes for the employee's weekly norm on `day`: a listed norm's own; another
    /// norm the cap of the next lower listed norm (`next-lower-norm`) or the norm ÷ 6
    /// (`pro-rata`; below 24 h always the norm ÷ 6).
    #[must_use]
    pub fn on(&self, cx: &Ctx<'_>, day: Day) -> i32 {
        let norm = self.norm.weekly(cx, day);
        if let Some((_, cap)) = self.listed.iter().find(|(h, _)| h * 60 == norm) {
            return cap.on(cx, day);
        }
        let lower = self.listed.iter().find(|(h, _)| h * 60 < norm);
        match (self.other.on(cx, day), lower) {
            (OtherNorms::NextLowerNorm, Some((_, cap))) => cap.on(cx, day),
            _ => norm / 6,
        }
    }
}

/// The established length of the employee's working day (s47): the weekly norm over five days
/// on a five-day week; on a six-day week the s47 cap or the norm over six days, by
/// interpretation `s47.six_day_length`.
#[derive(Debug, Clone, Copy)]
pub struct DayLength {
    cap: SixDayCap,
    six_day: Choice<SixDayLength>,
}

impl Bind for DayLength {
    fn bind(b: &mut Binder<'_>) -> Self {
        // Listed as the section reads: the norm, the reading, then the caps.
        let _: Norm = b.bind();
        let six_day = b.choice("s47.six_day_length");
        Self { cap: b.bind(), six_day }
    }
}

impl DayLength {
    /// The length in minutes on `day`.
    #[must_use]
    pub fn on(&self, cx: &Ctx<'_>, day: Day) -> i32 {
        let norm = &self.cap.norm;
        if cx.employee.week_days >= 6 {
            if self.six_day.on(cx, day) == SixDayLength::S47Cap {
                return self.cap.on(cx, day);
            }
            return norm.weekly(cx, day) / 6;
        }
        norm.weekly(cx, day) / i32::from(cx.employee.week_days.max(1))
    }
}

/// Whether the employee is on a shortened weekly norm (s46): below the s45 norm on `day`, and
/// not a reduced week agreed under s52 (employees.csv `part_time`), which is not the
/// shortened hours of s46 (s50 exempts only the latter).
#[must_use]
pub fn shortened(cx: &Ctx<'_>, norm: &Norm, day: Day) -> bool {
    !cx.employee.has(crate::attrs::PART_TIME) && cx.employee.weekly_norm_minutes < norm.statute(cx, day)
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
