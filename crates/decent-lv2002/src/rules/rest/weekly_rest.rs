//! `weekly-rest` (s143): 42 consecutive hours of rest in each seven-day period, and the two
//! such rests in any 14 days that s143(4) keeps for an employee called in during weekly rest.

use std::collections::VecDeque;

use decent_core::model::ShiftKind;
use decent_core::time::{day_of, Minute, Span, MINUTES_PER_DAY};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity};
use decent_worktime::rest::{calendar_weeks_short_of_rest, shortfall_message, stretches, Between, BetweenRests, WEEK};
use rust_decimal::prelude::ToPrimitive;

use decent_core::choices;
use decent_core::params::{Bind, Binder, Choice, Flag, Minutes, Num};

use super::who::{kept_from_call_ins, Minors};

choices! {
    /// Where the rest of s143(1) is sought (`s143.window`).
    enum Window { EverySevenDays = "every-seven-days", CalendarWeek = "calendar-week" }
}

/// Weekly rest.
pub struct WeeklyRest {
    rest: Minutes,
    window: Choice<Window>,
    exempt: Flag,
    call_in_window: Num,
    call_in_rests: Num,
    minors: Minors,
}

impl Bind for WeeklyRest {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            rest: b.minutes("s143.weekly_rest"),
            window: b.choice("s143.window"),
            exempt: b.flag("s143.summarised_exempt"),
            call_in_window: b.num("s143.call_in_window"),
            call_in_rests: b.num("s143.call_in_rests"),
            minors: b.bind(),
        }
    }
}

/// Seven days or more of the schedule (work and duty rows) without a rest of the limit.
const SCHEDULED: i32 = 1;
/// Overtime rows take the rest away and fewer than two rests remain in some 14 days.
const CALL_IN_FOURTEEN: i32 = 2;
/// Overtime rows take the rest away from an employee s143(5) protects.
const CALL_IN_PROTECTED: i32 = 3;
/// Overtime rows take the rest away; lawful only as a call-in under s143(4).
const CALL_IN: i32 = 4;
/// A calendar week without the rest (`s143.window=calendar-week`).
const CALENDAR_WEEK: i32 = 5;

static META: RuleMeta = RuleMeta {
    id: "weekly-rest",
    section: "143",
    title: "Weekly rest of 42 consecutive hours",
    doc: "s143(1): \"Nedēļas atpūtas ilgums septiņu dienu periodā nedrīkst būt īsāks par 42 stundām pēc \
          kārtas. Šo noteikumu var nepiemērot, ja noteikts summētais darba laiks.\" (Weekly rest within \
          a seven-day period may not be shorter than 42 consecutive hours; this may be disapplied where \
          summarised working time is set.) s143(4) lets the employer call an employee in during weekly \
          rest by written order in urgent cases, \"nodrošinot ne mazāk kā divus šā panta pirmajā daļā \
          minētos nedēļas atpūtas periodus jebkurā 14 dienu laikā\" (ensuring not less than two such \
          weekly rests in any 14 days); s143(5) forbids it for persons under 18, pregnant women, women \
          up to a year after giving birth and women breastfeeding a child under two.\n\n\
          Rest is time with no shift of any kind; shifts that overlap or touch are one stretch; work \
          outside the data is taken not to exist. Where the rest is sought follows `s143.window`:\n\n\
          - `every-seven-days` (default): a rest of at least `s143.weekly_rest` (42 h) counts whole \
          wherever it lies, and no seven days (7 × 24 h) may pass without meeting one: from the end of \
          one such rest to the start of the next less than seven days may pass. A longer stretch is one \
          finding, its window the stretch. The input shows a call-in as far as it can: overtime rows \
          are work outside the schedule. A stretch found without them (work and duty rows alone) is a \
          **violation** of s143(1). A stretch only the overtime rows make is a call-in: a \
          **violation** when some `s143.call_in_window` (14) days around it meet fewer than \
          `s143.call_in_rests` (2) rests of 42 h, or when the employee is one s143(5) protects \
          (`s37.adolescent_under`, `pregnancies`, a child under one for a woman, `breastfeeding` with \
          a child under two), else a **warning**: lawful only by the employer's written order in a \
          case of s143(4), with equivalent compensatory rest, which the input does not show.\n\
          - `calendar-week`: each Monday–Sunday week with work must hold the rest inside it (cut at \
          Sunday midnight); a week without it is a **violation**.\n\n\
          For employees on summarised working time (`summary_period_months` > 0) the rule is left \
          unchecked when `s143.summarised_exempt` holds; s140(6)'s averages then apply. Not checked: \
          the 35 hours of s143(6) in a week whose working day was moved to a Saturday (the check \
          does not read moved days), and whether the two rest days of s143(2) are the usual ones.",
    quote: "Nedēļas atpūtas ilgums septiņu dienu periodā nedrīkst būt īsāks par 42 stundām pēc kārtas.",
    example: "Eight days in a row, Monday 2 to Monday 9 March 2026, 08:00–16:30: 7 days 8.5 h without a rest of 42 h, one violation (the longest rest in it is 15.5 h).",
};

/// A span of work found too long, waiting for the spans after it (the 14-day rule looks ahead).
struct Pending {
    k: usize,
    b: Between,
    short_of_rests: bool,
}

impl Rule for WeeklyRest {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let day = day_of(first.start);
        if cx.employee.summary_period_months > 0 && self.exempt.on(cx, day) {
            return;
        }
        let limit = self.rest.on(cx, day);
        if self.window.on(cx, day) == Window::CalendarWeek {
            calendar_weeks_short_of_rest(limit, stretches(cx.shifts), CALENDAR_WEEK, out);
            return;
        }
        let window = self.call_in_window.on(cx, day).to_i32().unwrap_or(14).clamp(1, 36_600) * MINUTES_PER_DAY;
        let rests = self.call_in_rests.on(cx, day).to_usize().unwrap_or(2).clamp(1, 100);
        let too_long = |b: &Between| b.to - b.from >= WEEK;

        // The schedule alone: work and duty rows.
        let scheduled = || cx.shifts.iter().filter(|s| s.kind != ShiftKind::Overtime);
        let mut found: Vec<Between> = Vec::new();
        if let Some(s0) = scheduled().next() {
            let mut walk = BetweenRests::new(limit, s0.start);
            for (bs, be) in stretches(scheduled()) {
                found.extend(walk.push(bs, be).filter(too_long));
            }
            found.extend(Some(walk.finish()).filter(too_long));
        }
        for b in &found {
            out.push(
                Finding::new(Severity::Violation, Span::new(b.from, b.to))
                    .minutes_vs(b.longest, limit)
                    .detail(SCHEDULED),
            );
        }

        // With the overtime rows: what only they take away is a call-in.
        let mut next_found = 0;
        let mut resolve = |pd: Pending, out: &mut Out<'_>| {
            while next_found < found.len() && found[next_found].to <= pd.b.from {
                next_found += 1;
            }
            if found.get(next_found).is_some_and(|f| f.from < pd.b.to) {
                return; // the schedule alone lacks the rest: reported above
            }
            let (severity, detail) = if kept_from_call_ins(&self.minors, cx, day_of(pd.b.from)) {
                (Severity::Violation, CALL_IN_PROTECTED)
            } else if pd.short_of_rests {
                (Severity::Violation, CALL_IN_FOURTEEN)
            } else {
                (Severity::Warning, CALL_IN)
            };
            let f = Finding::new(severity, Span::new(pd.b.from, pd.b.to)).minutes_vs(pd.b.longest, limit);
            out.push(f.detail(detail));
        };
        // The starts of the last `rests - 1` spans, for the windows of s143(4).
        let mut froms: VecDeque<Minute> = VecDeque::new();
        let mut pending: VecDeque<Pending> = VecDeque::new();
        let mut k = 0usize;
        let mut step = |b: Between, out: &mut Out<'_>| {
            // Some window from the start of the span `rests - 1` before this one to this one's
            // end meets only the rests between them: fewer than asked for.
            let earliest =
                if rests == 1 { Some(b.from) } else { froms.get(froms.len().wrapping_sub(rests - 1)).copied() };
            let short = froms.len() + 1 >= rests && earliest.is_some_and(|e| b.to - e >= window);
            if short {
                for pd in pending.iter_mut().filter(|pd| pd.k + rests > k) {
                    pd.short_of_rests = true;
                }
            }
            if too_long(&b) {
                pending.push_back(Pending { k, b, short_of_rests: short });
            }
            while pending.front().is_some_and(|pd| pd.k + rests <= k + 1) {
                if let Some(pd) = pending.pop_front() {
                    resolve(pd, out);
                }
            }
            froms.push_back(b.from);
            if froms.len() > rests {
                froms.pop_front();
            }
            k += 1;
        };
        let mut walk = BetweenRests::new(limit, first.start);
        for (bs, be) in stretches(cx.shifts) {
            if let Some(b) = walk.push(bs, be) {
                step(b, out);
            }
        }
        step(walk.finish(), out);
        while let Some(pd) = pending.pop_front() {
            resolve(pd, out);
        }
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let key = match f.detail {
            CALENDAR_WEEK => "weekly-rest-calendar-week",
            CALL_IN => "weekly-rest-call-in",
            CALL_IN_FOURTEEN => "weekly-rest-call-in-fourteen",
            CALL_IN_PROTECTED => "weekly-rest-call-in-protected",
            _ => "weekly-rest",
        };
        shortfall_message(key, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::{Sex, ShiftColumns};
    use decent_core::time::days_from_civil;
    use decent_core::Employee;

    fn days(first: u32, n: u32) -> Vec<(Minute, Minute)> {
        (first..first + n).map(|d| (at(2026, 3, d, 8, 0), at(2026, 3, d, 16, 30))).collect()
    }

    /// Source: s143(1) — eight days in a row, 08:00–16:30: one violation for the stretch; six
    /// days in a row straddling two weeks: none (the rest counts wherever it lies).
    #[test]
    fn seven_days_without_42_hours() {
        let law = law(&[]);
        let e = Employee::new("A");
        let f = run(&*bound::<WeeklyRest>(&law), &law, &e, &shifts(&days(2, 8)), ShiftColumns::default());
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].detail, f[0].severity, f[0].measured), (SCHEDULED, Severity::Violation, 15 * 60 + 30));
        assert_eq!((f[0].from, f[0].to), (at(2026, 3, 2, 8, 0), at(2026, 3, 9, 16, 30)));
        assert!(run(&*bound::<WeeklyRest>(&law), &law, &e, &shifts(&days(5, 6)), ShiftColumns::default()).is_empty());
        // Calendar weeks: the six days Thursday to Tuesday leave each week its rest too; a week
        // Monday 08:00 to Saturday 06:30 leaves 41.5 h inside it.
        let cal = super::super::testing::law(&["s143.window=calendar-week"]);
        assert!(run(&*bound::<WeeklyRest>(&cal), &cal, &e, &shifts(&days(5, 6)), ShiftColumns::default()).is_empty());
        let s = shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 7, 6, 30))]);
        let f = run(&*bound::<WeeklyRest>(&cal), &cal, &e, &s, ShiftColumns::default());
        assert_eq!((f.len(), f[0].measured, f[0].detail), (1, 41 * 60 + 30, CALENDAR_WEEK));
        // Summarised time, exemption claimed.
        let mut sum = Employee::new("S");
        sum.summary_period_months = 1;
        let ex = super::super::testing::law(&["s143.summarised_exempt=true"]);
        assert!(run(&*bound::<WeeklyRest>(&ex), &ex, &sum, &shifts(&days(2, 8)), ShiftColumns::default()).is_empty());
    }

    /// `spans` as shifts, those starting at a minute of `calls` of kind overtime.
    fn with_calls(mut spans: Vec<(Minute, Minute)>, calls: &[(Minute, Minute)]) -> Vec<decent_core::Shift> {
        spans.extend_from_slice(calls);
        spans.sort_unstable();
        let mut s = shifts(&spans);
        for sh in &mut s {
            if calls.iter().any(|c| c.0 == sh.start) {
                sh.kind = ShiftKind::Overtime;
            }
        }
        s
    }

    /// Source: s143(4), s143(5) — work Monday–Tuesday 2–3 March, Friday 6 to Monday 9 and
    /// Thursday–Friday 12–13, each block after 63.5 h of rest; a call-in on Wednesday 11 March
    /// joins the last two: 7 days 8.5 h without a 42-hour rest, yet every 14 days still meet two.
    /// A warning; for a pregnant woman a violation (s143(5)).
    #[test]
    fn a_call_in_that_keeps_two_rests_in_fourteen_days() {
        let law = law(&[]);
        let spans: Vec<_> = [days(2, 2), days(6, 4), days(12, 2)].concat();
        let call = (at(2026, 3, 11, 10, 0), at(2026, 3, 11, 14, 0));
        let s = with_calls(spans.clone(), &[call]);
        let e = Employee::new("A");
        let f = run(&*bound::<WeeklyRest>(&law), &law, &e, &s, ShiftColumns::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].severity, f[0].detail), (Severity::Warning, CALL_IN));
        assert_eq!((f[0].from, f[0].to), (at(2026, 3, 6, 8, 0), at(2026, 3, 13, 16, 30)));
        let mut pregnant = Employee::new("P");
        pregnant.sex = Sex::F;
        pregnant.pregnancies = vec![(days_from_civil(2026, 1, 1), days_from_civil(2026, 8, 1))];
        let f = run(&*bound::<WeeklyRest>(&law), &law, &pregnant, &s, ShiftColumns::default());
        assert_eq!((f.len(), f[0].severity, f[0].detail), (1, Severity::Violation, CALL_IN_PROTECTED));
        // Without the call-in: nothing.
        assert!(run(&*bound::<WeeklyRest>(&law), &law, &e, &shifts(&spans), ShiftColumns::default()).is_empty());
    }

    /// Source: s143(4) — three Monday–Friday weeks from 2 March 2026 and a call-in on Sunday
    /// 8 March: from Monday 2 March 08:00 to Monday 16 March 08:00 only one rest of 42 hours
    /// (13–16 March), a violation; the same Sunday row as scheduled work is s143(1)'s own.
    #[test]
    fn a_call_in_that_leaves_one_rest_in_fourteen_days() {
        let law = law(&[]);
        let spans: Vec<_> = [2, 9, 16].iter().flat_map(|&m| days(m, 5)).collect();
        let call = (at(2026, 3, 8, 10, 0), at(2026, 3, 8, 14, 0));
        let e = Employee::new("A");
        let f =
            run(&*bound::<WeeklyRest>(&law), &law, &e, &with_calls(spans.clone(), &[call]), ShiftColumns::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].severity, f[0].detail), (Severity::Violation, CALL_IN_FOURTEEN));
        let mut all = spans;
        all.push(call);
        all.sort_unstable();
        let f = run(&*bound::<WeeklyRest>(&law), &law, &e, &shifts(&all), ShiftColumns::default());
        assert_eq!((f.len(), f[0].detail), (1, SCHEDULED));
    }
}
