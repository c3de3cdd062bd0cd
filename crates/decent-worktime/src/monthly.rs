//! One finding per employee and calendar month for a fact found shift by shift (night work by
//! a protected person, a missing break…), so that a year's roster reads in minutes, not pages.

use decent_core::message::Message;
use decent_core::model::Shift;
use decent_core::time::{civil_from_days, day_of, Day, Span};
use decent_core::{Finding, Out, Severity, Unit};

use crate::period::month_of;

/// Gathers a rule's shifts month by month (of the shift's start) and reports one finding per
/// month: `measured` is the count of shifts (unit count), the window runs from the start of the
/// first such shift of the month to the end of its last, `line` is the first shift's input line
/// and `detail` the sum of the minutes given with each shift, or a fixed value (a limb of the
/// rule) when `detail` is set.
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
            let f = Finding::new(self.severity, Span::new(from, to)).measure(i64::from(n), 0, Unit::Count);
            out.push(f.line(line).detail(self.detail.unwrap_or(m)));
        }
    }
}

/// The starts of a [`PerMonth`] finding's shifts among `starts` (those in its window and month),
/// in time order, for the message to name (it shows the first few and how many more).
#[must_use]
pub fn named_starts(f: &Finding, starts: impl Iterator<Item = i32>) -> Vec<i32> {
    let (first, next) = month_of(day_of(f.from));
    starts.filter(|&t| f.from <= t && t < f.to.max(f.from + 1) && (first..next).contains(&day_of(t))).collect()
}

/// The month of a [`PerMonth`] finding as message arguments: `month` (the catalogue key of the
/// month's name as it reads after "in", `month-in-3`, which `decent-i18n` holds) and `year`.
#[must_use]
pub fn month_args(m: Message, f: &Finding) -> Message {
    let (y, mo, _) = civil_from_days(day_of(f.from));
    m.key("month", format!("month-in-{mo}")).text("year", y.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::{days_from_civil, start_of_day};

    fn shift(day: Day, line: u32) -> Shift {
        let start = start_of_day(day) + 22 * 60;
        Shift::plain(0, start, start + 8 * 60, line)
    }

    /// Three nights in March and one in April: two findings, counting 3 and 1, each spanning its
    /// month's shifts, with the minutes summed; the April shift is not named in March's finding.
    #[test]
    fn one_finding_per_month() {
        let days = [(1995, 3, 6), (1995, 3, 7), (1995, 3, 31), (1995, 4, 1)];
        let shifts: Vec<Shift> =
            days.iter().enumerate().map(|(i, &(y, m, d))| shift(days_from_civil(y, m, d), i as u32 + 2)).collect();
        let mut got = Vec::new();
        let mut sink = |f: Finding| got.push(f);
        let mut out = Out::new(0, 0, &mut sink);
        let mut pm = PerMonth::new(Severity::Warning, None);
        for s in &shifts {
            pm.add(s, 120, &mut out);
        }
        pm.finish(&mut out);
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].measured, got[0].detail, got[0].line), (3, 360, 2));
        assert_eq!((got[0].from, got[0].to), (shifts[0].start, shifts[2].end));
        assert_eq!((got[1].measured, got[1].detail), (1, 120));
        let named = named_starts(&got[0], shifts.iter().map(|s| s.start));
        assert_eq!(named, vec![shifts[0].start, shifts[1].start, shifts[2].start]);
        let m = month_args(Message::new("x"), &got[1]);
        assert_eq!(m.args[0].1, decent_core::Arg::Key("month-in-4".into()));
    }
}
