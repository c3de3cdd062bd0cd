//! Running one rule on one employee in the rules' unit tests.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test code: a failed unwrap is a failed test.

use decent_core::model::{Shift, ShiftColumns};
use decent_core::params::{Bind, Binder};
use decent_core::rule::bind_rule;
use decent_core::rule::EmployeeCache;
use decent_core::time::{days_from_civil, start_of_day, Minute};
use decent_core::{Ctx, Employee, Finding, Law, Out, Rule};

/// The pack's law with `sets` applied (`--set` syntax).
pub fn law(sets: &[&str]) -> Law {
    let mut law = crate::law().expect("the law loads");
    for s in sets {
        law.params.set(s).expect("a valid --set");
    }
    law
}

/// A minute: `y-m-d` at `h:min`.
pub fn at(y: i32, m: u32, d: u32, h: i32, min: i32) -> Minute {
    start_of_day(days_from_civil(y, m, d)) + h * 60 + min
}

/// Plain work shifts from spans.
pub fn shifts(spans: &[(Minute, Minute)]) -> Vec<Shift> {
    spans.iter().enumerate().map(|(i, &(a, b))| Shift::plain(0, a, b, i as u32 + 2)).collect()
}

/// The findings of `rule` for `e` working `shifts` (ordered by start), the input carrying
/// `columns`.
pub fn run(rule: &dyn Rule, law: &Law, e: &Employee, shifts: &[Shift], columns: ShiftColumns) -> Vec<Finding> {
    let cache = EmployeeCache::new();
    let cx = Ctx { law, emp: 0, employee: e, shifts, absences: &[], columns, cache: &cache };
    let mut got = Vec::new();
    let mut sink = |f: Finding| got.push(f);
    let mut out = Out::new(0, 0, &mut sink);
    rule.check(&cx, &mut out);
    got
}

/// Rule `R` bound to the parameters of `law`.
pub fn bound<R: Rule + Bind + 'static>(law: &Law) -> Box<dyn Rule> {
    bind_rule::<R>(&mut Binder::new(&law.params))
}
