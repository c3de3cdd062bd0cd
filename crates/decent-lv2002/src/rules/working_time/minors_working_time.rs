//! `minors-working-time` (s132): the working time of persons under 18 — a five-day week, and the
//! hours a day and a week of children (s132(2)) and adolescents (s132(3)).

use decent_core::model::ShiftKind;
use decent_core::time::{day_of, start_of_day, Day, Span};
use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Unit};
use decent_worktime::daily::{Week, Weeks};

use decent_core::params::{Bind, Binder, Choice, Minutes, Num};

use super::common::{Days, Minor, Minors};

decent_core::choices! {
    /// `s132.child_period`: which limits of s132(2) hold for a child.
    pub enum ChildPeriod { SchoolYear = "school-year", Holidays = "holidays" }
}

/// Working time of persons under 18.
pub struct MinorsWorkingTime {
    minors: Minors,
    days: Days,
    working_days: Num,
    period: Choice<ChildPeriod>,
    school: (Minutes, Minutes),
    holiday: (Minutes, Minutes),
    holiday_15: (Minutes, Minutes),
    adolescent: (Minutes, Minutes),
}

impl Bind for MinorsWorkingTime {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            minors: b.bind(),
            days: b.bind(),
            working_days: b.num("s132.working_days"),
            period: b.choice("s132.child_period"),
            school: (b.minutes("s132.child_school_daily"), b.minutes("s132.child_school_weekly")),
            holiday: (b.minutes("s132.child_holiday_daily"), b.minutes("s132.child_holiday_weekly")),
            holiday_15: (b.minutes("s132.child_15_holiday_daily"), b.minutes("s132.child_15_holiday_weekly")),
            adolescent: (b.minutes("s132.adolescent_daily"), b.minutes("s132.adolescent_weekly")),
        }
    }
}

/// Limbs (detail / 8).
const DAY: i32 = 0;
const WEEK: i32 = 1;
const DAYS: i32 = 2;

/// Who (detail % 8).
const CHILD_SCHOOL: i32 = 0;
const CHILD_HOLIDAY: i32 = 1;
const CHILD_15_HOLIDAY: i32 = 2;
const ADOLESCENT: i32 = 3;

static META: RuleMeta = RuleMeta {
    id: "minors-working-time",
    section: "132",
    title: "Working time of persons under 18 above s132's limits",
    doc: "For an employee under 18 on the day (from `birth_date`), adds all working time (rows of \
          kind `work` and `overtime`, breaks excluded; s132(5): with several employers the time \
          is added together, as one employee id does) of each day and calendar week. s132(1): \
          \"Personām, kuras ir jaunākas par 18 gadiem, tiek noteikta piecu dienu darba nedēļa\" — \
          a week with work on more than five days is reported. s132(2): children (s37(1): under \
          15; `s37.child_by_age_only`) may not be employed \"ilgāk par divām stundām dienā un \
          vairāk par 10 stundām nedēļā, ja darbs tiek veikts mācību gada laikā\", and in the \
          school holidays not more than four hours a day and 20 a week, or, from the age of 15, \
          seven and 35; the input does not say whether a week falls in the school year, so \
          `s132.child_period` says which limits hold (the school year by default). s132(3): \
          \"Pusaudžus nedrīkst nodarbināt ilgāk par septiņām stundām dienā un vairāk par 35 \
          stundām nedēļā.\" A week is held to the limits of the employee's standing on its first \
          day of work. Days follow `s131.day`. Study time (s132(4)) is not in the input.",
    quote: "Pusaudžus nedrīkst nodarbināt ilgāk par septiņām stundām dienā un vairāk par 35 stundām nedēļā.",
    example: "A 16-year-old works 08:00–16:30 with a 30-minute break (8 h) on a Monday: one \
              finding, measured 8 h, limit 7 h.",
};

impl MinorsWorkingTime {
    /// Who the employee is on `day` for s132, with the day's and the week's limits in minutes;
    /// `None` for an adult.
    fn limits(&self, cx: &Ctx<'_>, day: Day) -> Option<(i32, i32, i32)> {
        let (who, (d, w)) = match self.minors.on(cx, day) {
            Minor::Adult => return None,
            Minor::Adolescent => (ADOLESCENT, self.adolescent),
            Minor::Child if self.period.on(cx, day) == ChildPeriod::SchoolYear => (CHILD_SCHOOL, self.school),
            Minor::Child if cx.employee.is_under(15, day) => (CHILD_HOLIDAY, self.holiday),
            Minor::Child => (CHILD_15_HOLIDAY, self.holiday_15),
        };
        Some((who, d.on(cx, day), w.on(cx, day)))
    }

    /// The week's limits: its hours, and its days of work (s132(1)).
    fn check_week(&self, cx: &Ctx<'_>, w: &Week, out: &mut Out<'_>) {
        let Some(&(d0, _, _)) = w.days.first() else { return };
        let Some((who, _, weekly)) = self.limits(cx, d0) else { return };
        let span = Span::new(start_of_day(w.monday), start_of_day(w.monday + 7));
        let total = w.minutes();
        if total > weekly {
            out.push(Finding::new(Severity::Violation, span).minutes_vs(total, weekly).detail(WEEK * 8 + who));
        }
        let days = w.days.iter().filter(|d| d.1 > 0).count() as i64;
        let most = i64::from(self.working_days.whole_on(cx, d0));
        if days > most {
            out.push(Finding::new(Severity::Violation, span).measure(days, most, Unit::Days).detail(DAYS * 8 + who));
        }
    }
}

impl Rule for MinorsWorkingTime {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        let Some(first) = cx.shifts.first() else { return };
        let first_day = day_of(first.start);
        // An adult on the first shift's day stays one: nothing to read.
        if cx.employee.birth_date.is_none() || self.minors.on(cx, first_day) == Minor::Adult {
            return;
        }
        let mut days = Vec::new();
        self.days.totals(cx, |s| matches!(s.kind, ShiftKind::Work | ShiftKind::Overtime), &mut days);
        let mut weeks = Weeks::default();
        for (d, m, line) in days {
            if let Some((who, daily, _)) = self.limits(cx, d) {
                if m > daily {
                    let span = Span::new(start_of_day(d), start_of_day(d + 1));
                    out.push(
                        Finding::new(Severity::Violation, span).minutes_vs(m, daily).line(line).detail(DAY * 8 + who),
                    );
                }
                weeks.push(d, m, line, |w| self.check_week(cx, w, out));
            }
        }
        weeks.finish(|w| self.check_week(cx, w, out));
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let who = match f.detail % 8 {
            CHILD_SCHOOL => "child-school",
            CHILD_HOLIDAY => "child-holiday",
            CHILD_15_HOLIDAY => "child-15-holiday",
            _ => "adolescent",
        };
        match f.detail / 8 {
            DAY => Message::new("minors-working-time-day")
                .minutes("hours", f.measured)
                .day("day", day_of(f.from))
                .minutes("limit", f.limit)
                .text("who", who),
            WEEK => Message::new("minors-working-time-week")
                .minutes("hours", f.measured)
                .day("week", day_of(f.from))
                .minutes("limit", f.limit)
                .text("who", who),
            _ => Message::new("minors-working-time-days").count("days", f.measured).day("week", day_of(f.from)),
        }
    }
}
