//! `feeding-breaks` (s146): breaks for feeding a child under one and a half years.

use decent_core::time::day_of;
use decent_core::{Column, Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Unit};
use decent_worktime::Memo;

use decent_core::params::{Bind, Binder, Minutes, Num};

use crate::attrs::FEEDING_MINUTES;

/// Feeding breaks.
pub struct FeedingBreaks {
    months: Num,
    one: Minutes,
    two: Minutes,
    every: Minutes,
}

impl Bind for FeedingBreaks {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            months: b.num("s146.child_age_months"),
            one: b.minutes("s146.feeding_break"),
            two: b.minutes("s146.feeding_break_two_children"),
            every: b.minutes("s146.feeding_every"),
        }
    }
}

static META: RuleMeta = RuleMeta {
    id: "feeding-breaks",
    section: "146",
    title: "Breaks for feeding a child under one and a half years",
    doc: "s146(1): an employee who has a child under one and a half years is granted additional \
          breaks for feeding the child, and informs the employer of the need in good time. s146(2): \
          \"Pārtraukumus bērna barošanai, kas nav īsāki par 30 minūtēm, piešķir ne retāk kā pēc katrām \
          trim stundām. Ja darbiniekam ir divi vai vairāki bērni līdz pusotra gada vecumam, piešķirams \
          vismaz stundu ilgs pārtraukums.\" (Breaks of at least 30 minutes, not less often than every \
          three hours; with two or more such children, at least an hour.) s146(4): they count as \
          working time.\n\n\
          Runs only when shifts.csv has the `feeding_minutes` column, and skips rows where it is \
          blank. On the day a row starts, an employee of either sex with n children under \
          `s146.child_age_months` (18) is owed, for W worked minutes, one break for each full \
          `s146.feeding_every` (3 h) after which work goes on — (W − 1) ÷ 180, so 6 h earn one \
          and 8 h two — of `s146.feeding_break` (30 min), or `s146.feeding_break_two_children` \
          (1 h) when n ≥ 2. Fewer `feeding_minutes` is a **warning**: the breaks are owed once the \
          employee has told the employer of the need (s146(1)), which the input does not show. \
          Breaks joined to the break in work or moved to the end of the day (s146(3)) go in \
          `feeding_minutes` too.",
    quote: "Pārtraukumus bērna barošanai, kas nav īsāki par 30 minūtēm, piešķir ne retāk kā pēc katrām trim stundām.",
    example: "A mother of a child of 10 months works 8 h with 30 feeding minutes recorded: two breaks of 30 minutes are owed, one warning (measured 30 min, limit 60 min).",
};

/// Parameters in force on a stretch of days.
#[derive(Clone, Copy)]
struct Limits {
    months: u32,
    one: i32,
    two: i32,
    every: i32,
}

impl Rule for FeedingBreaks {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if !cx.columns.has(Column::Declared(FEEDING_MINUTES)) {
            return;
        }
        let e = cx.employee;
        if e.children.is_empty() && e.disabled_children.is_empty() {
            return;
        }
        let mut memo: Memo<Limits> = Memo::default();
        for s in cx.shifts {
            let Some(given) = s.extra(FEEDING_MINUTES) else { continue };
            let day = day_of(s.start);
            let l = memo.get(cx, day, |d| Limits {
                months: self.months.whole_on(cx, d),
                one: self.one.on(cx, d),
                two: self.two.on(cx, d),
                every: self.every.on(cx, d).max(1),
            });
            let n = e.children_under_months(l.months, day);
            if n == 0 {
                continue;
            }
            let each = if n >= 2 { l.two } else { l.one };
            let breaks = (s.worked_minutes() - 1).max(0) / l.every;
            let owed = breaks * each;
            let given = i32::from(given);
            if given < owed {
                out.push(
                    Finding::new(Severity::Warning, s.span())
                        .measure(i64::from(given), i64::from(owed), Unit::Minutes)
                        .line(s.line)
                        .detail(breaks),
                );
            }
        }
    }

    fn requires(&self) -> &'static [Column] {
        &[Column::Declared(FEEDING_MINUTES)]
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        let breaks = i64::from(f.detail.max(1));
        Message::new("feeding-breaks")
            .time("start", f.from)
            .count("given", f.measured)
            .count("breaks", breaks)
            .count("each", f.limit / breaks)
            .count("owed", f.limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rest::testing::{at, bound, law, run, shifts};
    use decent_core::model::ShiftColumns;
    use decent_core::time::days_from_civil;
    use decent_core::Employee;

    /// Source: s146(2) — a parent of a child of 10 months: 8 h owe two breaks of 30 minutes, 6 h
    /// one; with twins, an hour each. Without the column: nothing.
    #[test]
    fn thirty_minutes_every_three_hours() {
        let law = law(&[]);
        let mut e = Employee::new("M");
        e.children = vec![days_from_civil(2025, 5, 1)];
        let cols = ShiftColumns { extra: [true], ..ShiftColumns::default() };
        let row = |h: i32, fed: u16| {
            let mut s = shifts(&[(at(2026, 3, 2, 8, 0), at(2026, 3, 2, 8 + h, 0))]).remove(0);
            s.extra = [fed];
            s
        };
        let f = run(&*bound::<FeedingBreaks>(&law), &law, &e, &[row(8, 30)], cols);
        assert_eq!((f.len(), f[0].measured, f[0].limit, f[0].detail), (1, 30, 60, 2));
        assert!(run(&*bound::<FeedingBreaks>(&law), &law, &e, &[row(8, 60)], cols).is_empty());
        assert!(run(&*bound::<FeedingBreaks>(&law), &law, &e, &[row(6, 30)], cols).is_empty());
        assert!(run(&*bound::<FeedingBreaks>(&law), &law, &e, &[row(8, 30)], ShiftColumns::default()).is_empty());
        e.children.push(days_from_civil(2025, 5, 1));
        let f = run(&*bound::<FeedingBreaks>(&law), &law, &e, &[row(6, 30)], cols);
        assert_eq!((f.len(), f[0].limit), (1, 60));
        // A child of 18 months: none owed.
        e.children = vec![days_from_civil(2024, 9, 1)];
        assert!(run(&*bound::<FeedingBreaks>(&law), &law, &e, &[row(8, 0)], cols).is_empty());
    }
}
