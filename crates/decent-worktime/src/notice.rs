//! Schedules made known ahead: the runs of an employee's consecutive shifts that share one
//! publication date, each taking effect on the day of its first shift, and the finding and
//! message of one made known later than its deadline. Which rows a schedule holds and how its
//! deadline is counted are the caller's (its law's) reading.

use decent_core::model::{Shift, NONE_DAY};
use decent_core::time::{day_of, Day, Minute, Span};
use decent_core::{Finding, Message, Severity, Unit};

/// A run of shifts made known together (a schedule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// The day it was made known (`published_on`).
    pub published: Day,
    /// The day of its first shift: the day it takes effect.
    pub first_day: Day,
    /// The start of its first shift.
    pub start: Minute,
    /// The latest end of its shifts.
    pub end: Minute,
    /// The input line of its first shift.
    pub line: u32,
    /// Its number of shifts.
    pub count: i32,
}

impl Schedule {
    /// A violation when the schedule was made known after `deadline` (made known on the deadline
    /// is in time): measured the days of notice given, limit the days of notice due, about its
    /// first shift, detail its number of shifts.
    #[must_use]
    pub fn late(&self, deadline: Day) -> Option<Finding> {
        (self.published > deadline).then(|| {
            Finding::new(Severity::Violation, Span::new(self.start, self.end))
                .measure(i64::from(self.first_day - self.published), i64::from(self.first_day - deadline), Unit::Days)
                .line(self.line)
                .detail(self.count)
        })
    }
}

/// Calls `each` with every schedule of `shifts` (in time order, rows without a publication date
/// skipped): a run of consecutive rows that share one `published_on` date.
pub fn schedules<'a>(shifts: impl IntoIterator<Item = &'a Shift>, mut each: impl FnMut(Schedule)) {
    let mut run: Option<Schedule> = None;
    for s in shifts.into_iter().filter(|s| s.published != NONE_DAY) {
        match run.as_mut() {
            Some(r) if r.published == s.published => {
                r.end = r.end.max(s.end);
                r.count += 1;
            }
            _ => {
                if let Some(r) = run {
                    each(r);
                }
                run = Some(Schedule {
                    published: s.published,
                    first_day: day_of(s.start),
                    start: s.start,
                    end: s.end,
                    line: s.line,
                    count: 1,
                });
            }
        }
    }
    if let Some(r) = run {
        each(r);
    }
}

/// The message `key` of a finding of [`Schedule::late`]: `$shifts` of the schedule, its `$first`
/// day, the day it was `$published`, the `$days` of notice given and the `$deadline`.
#[must_use]
pub fn late_message(key: &'static str, f: &Finding) -> Message {
    let first = day_of(f.from);
    let days = f.measured as i32;
    Message::new(key)
        .count("shifts", f.detail)
        .day("first", first)
        .day("published", first - days)
        .count("days", days)
        .day("deadline", first - f.limit as i32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::{days_from_civil, start_of_day};

    fn shift(day: Day, published: Day, line: u32) -> Shift {
        let start = start_of_day(day) + 8 * 60;
        let mut s = Shift::plain(0, start, start + 8 * 60, line);
        s.published = published;
        s
    }

    /// Rows sharing a publication date make one schedule from its first shift to its last end;
    /// a row without a date is skipped, a new date starts a new schedule; late is after the
    /// deadline, not on it.
    #[test]
    fn runs_of_one_publication_date() {
        let (p1, p2) = (days_from_civil(2026, 3, 10), days_from_civil(2026, 4, 10));
        let d = |n| days_from_civil(2026, 4, n);
        let rows = [shift(d(1), p1, 2), shift(d(2), NONE_DAY, 3), shift(d(3), p1, 4), shift(d(20), p2, 5)];
        let mut got = Vec::new();
        schedules(&rows, |s| got.push(s));
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].first_day, got[0].count, got[0].line, got[0].end), (d(1), 2, 2, rows[2].end));
        assert_eq!((got[1].first_day, got[1].count), (d(20), 1));
        let f = got[0].late(days_from_civil(2026, 3, 1)).map(|f| (f.measured, f.limit, f.detail));
        assert_eq!(f, Some((22, 31, 2)));
        assert!(got[0].late(p1).is_none());
        let m = late_message("k", &got[0].late(days_from_civil(2026, 3, 1)).unwrap_or_else(|| panic!("late")));
        assert_eq!(m.key, "k");
    }
}
