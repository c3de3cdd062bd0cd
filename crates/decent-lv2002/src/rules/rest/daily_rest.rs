//! `daily-rest` (s142): 12 consecutive hours of rest in each 24-hour period, 14 for children.

use decent_core::rule::Derived;
use decent_core::time::{day_of, Day, Minute, Span, MINUTES_PER_DAY};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::rest::{longest_rest_after_starts, LongestRestIn};
use decent_worktime::Memo;

use decent_core::choices;
use decent_core::params::{Bind, Binder, Choice, Flag, Minutes};

use super::who::{AdultFrom, Minor, Minors};

choices! {
    /// Where the 24-hour period of s142 lies (`s142.period`).
    enum Period { FromShiftStart = "from-shift-start", CalendarDay = "calendar-day" }
}

/// Daily rest.
pub struct DailyRest {
    adult: Minutes,
    child: Minutes,
    period: Choice<Period>,
    exempt: Flag,
    minors: Minors,
    adult_from: AdultFrom,
}

impl Bind for DailyRest {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            adult: b.minutes("s142.daily_rest"),
            child: b.minutes("s142.daily_rest_children"),
            period: b.choice("s142.period"),
            exempt: b.flag("s142.summarised_exempt"),
            minors: b.bind(),
            adult_from: b.bind(),
        }
    }
}

/// An adult's (or adolescent's) 12 hours, s142(1).
const ADULT: i32 = 1;
/// A child's 14 hours, s142(2).
const CHILD: i32 = 2;

static META: RuleMeta = RuleMeta {
    id: "daily-rest",
    section: "142",
    title: "Daily rest of 12 consecutive hours (children 14)",
    doc: "s142(1): \"Diennakts atpūtas ilgums 24 stundu periodā nedrīkst būt īsāks par 12 stundām pēc \
          kārtas. Šo noteikumu var nepiemērot, ja noteikts summētais darba laiks.\" (Daily rest within \
          a 24-hour period may not be shorter than 12 consecutive hours; this may be disapplied where \
          summarised working time is set.) s142(2): children's daily rest may not be shorter than 14 \
          consecutive hours.\n\n\
          Rest is time with no shift of any kind; shifts that overlap or touch are one stretch of \
          work; work outside the data is taken not to exist. Where the 24-hour period lies follows \
          `s142.period`:\n\n\
          - `from-shift-start` (default): the 24 hours from the start of each stretch of work must \
          hold a rest of the limit, the rest after the last work in it cut at the period's end. \
          Periods that fail and overlap or touch are one finding, its window from the first period's start \
          to the last one's end, measured as the shortest of their longest rests.\n\
          - `calendar-day`: each calendar day with work must hold the rest inside it, cut at \
          midnight; failing days in a row are one finding.\n\n\
          The limit is `s142.daily_rest` (12 h), for a child (s37; `s37.child_by_age_only`) on the \
          period's first day `s142.daily_rest_children` (14 h). For employees on summarised working \
          time (`summary_period_months` > 0) the 12 hours are left unchecked when \
          `s142.summarised_exempt` holds (the exemption is s142(1)'s, not the children's of s142(2)); \
          s140(6)'s averages then apply (`summarised-average-rest`). A shortfall is a **violation**.",
    quote: "Diennakts atpūtas ilgums 24 stundu periodā nedrīkst būt īsāks par 12 stundām pēc kārtas.",
    example: "A shift 08:00–20:00 and the next 06:00–14:00: in the 24 hours from 08:00 the longest rest is 10 h, one violation (measured 10 h, limit 12 h).",
};

/// Limits in force on a stretch of days.
#[derive(Clone, Copy)]
struct Limits {
    adult: i32,
    child: i32,
    exempt: bool,
    adult_from: Day,
}

/// The stretches of work of the employee being read (their storage reused).
#[derive(Default)]
struct Buffers {
    st: Vec<(Minute, Minute)>,
    lines: Vec<u32>,
}

impl Derived for Buffers {
    fn clear(&mut self) {
        self.st.clear();
        self.lines.clear();
    }
}

/// Failing periods that overlap, gathered into one finding.
struct Pending {
    span: Span,
    longest: i32,
    limit: i32,
    line: u32,
    detail: i32,
}

impl Rule for DailyRest {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let mut memo: Memo<Limits> = Memo::default();
        let summarised = cx.employee.summary_period_months > 0;
        let calendar = self.period.on(cx, day_of(first.start)) == Period::CalendarDay;
        let mut limits = |day| {
            memo.get(cx, day, |d| Limits {
                adult: self.adult.on(cx, d),
                child: self.child.on(cx, d),
                exempt: summarised && self.exempt.on(cx, d),
                adult_from: self.adult_from.on(cx, d),
            })
        };
        // The limit for a period starting on `day`, none when exempt.
        let mut limit_on = |day| {
            let l = limits(day);
            if day < l.adult_from && self.minors.on(cx, day) == Minor::Child {
                Some((l.child, CHILD))
            } else {
                (!l.exempt).then_some((l.adult, ADULT))
            }
        };
        // Stretches of work and the line of the first row of each, in buffers kept from one
        // employee to the next.
        let (mut st, mut lines) =
            cx.cache.with(|b: &mut Buffers| (std::mem::take(&mut b.st), std::mem::take(&mut b.lines)));
        st.clear();
        lines.clear();
        for s in cx.shifts {
            match st.last_mut() {
                Some(last) if s.start <= last.1 => last.1 = last.1.max(s.end),
                _ => {
                    st.push((s.start, s.end));
                    lines.push(s.line);
                }
            }
        }
        let mut pending: Option<Pending> = None;
        let report = |p: Pending, out: &mut Out<'_>| {
            let f = Finding::new(Severity::Violation, p.span).minutes_vs(p.longest, p.limit);
            out.push(f.line(p.line).detail(p.detail));
        };
        let mut fail = |span: Span, longest: i32, (limit, detail): (i32, i32), line: u32, out: &mut Out<'_>| {
            match pending.as_mut() {
                Some(p) if span.start <= p.span.end && p.detail == detail => {
                    p.span.end = p.span.end.max(span.end);
                    p.longest = p.longest.min(longest);
                }
                _ => {
                    if let Some(p) = pending.take() {
                        report(p, out);
                    }
                    pending = Some(Pending { span, longest, limit, line, detail });
                }
            }
        };
        if calendar {
            let mut days = LongestRestIn::new(MINUTES_PER_DAY, 0);
            let mut k = 0; // the stretch whose line a day's finding names
            let mut emit = |ds: Minute, longest: i32, out: &mut Out<'_>| {
                while k + 1 < st.len() && st[k].1 <= ds {
                    k += 1;
                }
                if let Some(l) = limit_on(day_of(ds)).filter(|&(l, _)| longest < l) {
                    fail(Span::new(ds, ds + MINUTES_PER_DAY), longest, l, lines[k], out);
                }
            };
            for &(bs, be) in &st {
                days.push(bs, be, &mut |ds, r| emit(ds, r, out));
            }
            days.finish(&mut |ds, r| emit(ds, r, out));
        } else {
            longest_rest_after_starts(&st, MINUTES_PER_DAY, |i, longest| {
                let start = st[i].0;
                if let Some(l) = limit_on(day_of(start)).filter(|&(l, _)| longest < l) {
                    fail(Span::new(start, start + MINUTES_PER_DAY), longest, l, lines[i], out);
                }
            });
        }
        if let Some(p) = pending.take() {
            report(p, out);
        }
        cx.cache.with(|b: &mut Buffers| {
            b.st = st;
            b.lines = lines;
        });
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let key = if f.detail == CHILD { "daily-rest-child" } else { "daily-rest" };
        Message::new(key).time("from", f.from).time("to", f.to).minutes("longest", f.measured).minutes("limit", f.limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::ShiftColumns;
    use decent_core::time::days_from_civil;
    use decent_core::Employee;

    /// Source: s142(1) — 08:00–20:00, then 06:00–14:00 the next day: 10 h of rest in the 24
    /// hours from 08:00; with 12 h between them (08:00) none.
    #[test]
    fn twelve_consecutive_hours_in_the_24_from_each_start() {
        let law = law(&[]);
        let e = Employee::new("A");
        let s = shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 2, 20, 0)), (at(2026, 3, 3, 6, 0), at(2026, 3, 3, 14, 0))]);
        let f = run(&*bound::<DailyRest>(&law), &law, &e, &s, ShiftColumns::default());
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].measured, f[0].limit, f[0].from), (600, 720, at(2026, 3, 2, 8, 0)));
        let s = shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 2, 20, 0)), (at(2026, 3, 3, 8, 0), at(2026, 3, 3, 16, 0))]);
        assert!(run(&*bound::<DailyRest>(&law), &law, &e, &s, ShiftColumns::default()).is_empty());
        // A 24-hour stretch holds no rest; exempt when summarised and s142.summarised_exempt.
        let s = shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 3, 8, 0))]);
        assert_eq!(run(&*bound::<DailyRest>(&law), &law, &e, &s, ShiftColumns::default()).len(), 1);
        let mut sum = Employee::new("S");
        sum.summary_period_months = 1;
        assert_eq!(run(&*bound::<DailyRest>(&law), &law, &sum, &s, ShiftColumns::default()).len(), 1);
        let exempt = super::super::testing::law(&["s142.summarised_exempt=true"]);
        assert!(run(&*bound::<DailyRest>(&exempt), &exempt, &sum, &s, ShiftColumns::default()).is_empty());
    }

    /// Source: s142(2) — a child of 14 with 13 h between two days' work; an adult with the same
    /// has enough. Seven such days are one finding.
    #[test]
    fn children_fourteen_hours() {
        let law = law(&[]);
        let mut child = Employee::new("C");
        child.birth_date = Some(days_from_civil(2012, 1, 1));
        let spans: Vec<_> = (1..=7).map(|d| (at(2026, 7, d, 9, 0), at(2026, 7, d, 20, 0))).collect();
        let f = run(&*bound::<DailyRest>(&law), &law, &child, &shifts(&spans), ShiftColumns::default());
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].measured, f[0].limit, f[0].detail), (13 * 60, 14 * 60, CHILD));
        // The last day too: 11 h of work leave at most 13 h inside its 24 hours.
        assert_eq!(f[0].to, at(2026, 7, 7, 9, 0) + MINUTES_PER_DAY);
        assert!(run(&*bound::<DailyRest>(&law), &law, &Employee::new("A"), &shifts(&spans), ShiftColumns::default())
            .is_empty());
    }

    /// Source: s142(1) — calendar-day: nights 20:00–08:00 leave 12 h inside each day; 19:00–08:00
    /// leave 11 h inside the second and third days, one finding for the two.
    #[test]
    fn calendar_day_cuts_at_midnight() {
        let law = law(&["s142.period=calendar-day"]);
        let e = Employee::new("A");
        let nights = |h| -> Vec<_> { (1..=3).map(|d| (at(2026, 3, d, h, 0), at(2026, 3, d + 1, 8, 0))).collect() };
        assert!(run(&*bound::<DailyRest>(&law), &law, &e, &shifts(&nights(20)), ShiftColumns::default()).is_empty());
        let f = run(&*bound::<DailyRest>(&law), &law, &e, &shifts(&nights(19)), ShiftColumns::default());
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].measured, f[0].from, f[0].to), (11 * 60, at(2026, 3, 2, 0, 0), at(2026, 3, 4, 0, 0)));
    }
}
