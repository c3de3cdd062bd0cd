//! `decent-worktime`: readings of working time that are no one law's, shared by every pack.
//!
//! A pack's rule reads its own parameters (by its own names, with its own sections) and hands
//! the values to these functions; nothing here names a statute, a section or a parameter. Speed
//! devices that several rules share live here too ([`Memo`]), so that a rule file reads like
//! its statute.
//!
//! - [`daily`]: calendar weeks that keep their days (a longer day weighed against a shorter
//!   one), and a shift's worked minutes in any interval, its break placed or spread.
//! - [`days`]: which day a shift's minutes belong to (the start day or each day split at
//!   midnight, the caller's choice), daily and weekly totals, days off by weekday.
//! - [`window`]: a shift's worked minutes inside a daily window (the night), its break placed
//!   where it was recorded or spread in proportion, kept once per employee.
//! - [`period`]: calendar months, reference periods of N months and their norms (in weeks or in
//!   working days less absences), spans of whole days, the days on which a person born on a day
//!   is under an age.
//! - [`overtime`]: overtime by day, the minutes past a weekly or period norm attributed to days
//!   by the caller's reading (daily norm first, or time order).
//! - [`rest`]: stretches of work, the spans between rests of a length, the longest rest inside
//!   each day or week, and inside the window from each start.
//! - [`monthly`]: one finding per employee and month for a fact found shift by shift.
//! - [`notice`]: schedules made known ahead (runs of shifts sharing a publication date), and
//!   the finding and message of one made known late.
//! - [`Memo`]: a value kept while the law's parameters stay unchanged.

pub mod daily;
pub mod days;
pub mod monthly;
pub mod notice;
pub mod overtime;
pub mod period;
pub mod rest;
pub mod window;

use decent_core::time::Day;
use decent_core::Ctx;

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

#[cfg(test)]
pub(crate) mod test_util {
    use decent_core::model::Shift;
    use decent_core::rule::EmployeeCache;
    use decent_core::{Ctx, Employee, Law};

    /// A law with no sections, parameters or festive days: the toolkit reads no parameter.
    pub(crate) fn empty_law() -> Law {
        Law {
            id: "t".into(),
            title: "t".into(),
            source: String::new(),
            info: decent_core::pack::PackInfo {
                id: "t".into(),
                title: "t".into(),
                jurisdiction: "xx".into(),
                text_language: "en".into(),
                text_status: String::new(),
                valid_from: "1990-01-01".into(),
                valid_to: None,
                consolidated: "1990-01-01".into(),
                section_prefix: "s".into(),
                sources: Vec::new(),
                i18n: std::collections::BTreeMap::new(),
            },
            hash: String::new(),
            sections: Vec::new(),
            params: decent_core::params::Params::default(),
            calendar: decent_core::calendar::Calendar::new(Vec::new(), 1990, 2100),
            rules: Vec::new(),
            limits: std::collections::BTreeMap::new(),
        }
    }

    /// A context for employee `e` with `shifts`.
    pub(crate) fn ctx<'a>(law: &'a Law, e: &'a Employee, shifts: &'a [Shift], cache: &'a EmployeeCache) -> Ctx<'a> {
        Ctx {
            law,
            emp: 0,
            employee: e,
            shifts,
            absences: &[],
            columns: decent_core::model::ShiftColumns::default(),
            cache,
        }
    }
}
