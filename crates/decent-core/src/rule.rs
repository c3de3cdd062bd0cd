//! Rules, findings and the context a rule reads.
//!
//! A rule is one check of one section, in one file of its pack: its id, its documentation
//! (what it checks, the statute quoted, an example, its interpretations), its message and its
//! check function together. The engine calls [`Rule::check`] once per employee, with that
//! employee's shifts and absences in time order; the rule pushes [`Finding`]s.

use std::any::{Any, TypeId};
use std::cell::{Cell, RefCell};

use serde::Serialize;

use crate::law::Law;
use crate::message::Message;
use crate::model::{Absence, Column, Dataset, Employee, EmployeeIdx, Shift, ShiftColumns};
use crate::time::{Minute, Span};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something to know (compensation owed, a lawful exception used).
    Info,
    /// Possibly unlawful: depends on facts the input does not carry.
    Warning,
    /// Unlawful on the input given.
    Violation,
}

impl Severity {
    /// Lower-case name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Violation => "violation",
        }
    }
}

/// Unit of a finding's measured value and limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Hours (shown with up to two decimals).
    Hours,
    /// Minutes.
    Minutes,
    /// Days.
    Days,
    /// A count.
    Count,
    /// Years of age.
    Years,
    /// No quantity (a yes/no fact).
    None,
}

impl Unit {
    /// Short name used in output.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Unit::Hours => "h",
            Unit::Minutes => "min",
            Unit::Days => "days",
            Unit::Count => "count",
            Unit::Years => "years",
            Unit::None => "",
        }
    }
}

/// One finding. Plain data: the message is rendered by the rule when output needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    /// Index of the rule in the law's rule list.
    pub rule: u16,
    /// Severity.
    pub severity: Severity,
    /// The employee.
    pub emp: EmployeeIdx,
    /// Window the finding is about, `[from, to)` civil minutes.
    pub from: Minute,
    /// End of the window.
    pub to: Minute,
    /// What was measured, in whole units of [`Finding::unit`] — minutes when the unit is
    /// hours (shown in hours, never decided on a rounded value).
    pub measured: i64,
    /// The limit it was held against, in the same units.
    pub limit: i64,
    /// Unit of `measured` and `limit`.
    pub unit: Unit,
    /// Input line of the shift (or absence) that shows it, 0 when it is about a period.
    pub line: u32,
    /// Rule-specific detail for the message (which limb of a section, a day…).
    pub detail: i32,
    /// A section other than the rule's own that this finding rests on (e.g. "176" when a
    /// protection reaches a single father), empty when none.
    pub also: &'static str,
}

impl Finding {
    /// A finding about `span` with no quantity yet.
    #[must_use]
    pub fn new(severity: Severity, span: Span) -> Self {
        Self {
            rule: 0,
            severity,
            emp: 0,
            from: span.start,
            to: span.end,
            measured: 0,
            limit: 0,
            unit: Unit::None,
            line: 0,
            detail: 0,
            also: "",
        }
    }

    /// Sets measured, limit and unit; minutes are shown in hours when `unit` is hours.
    #[must_use]
    pub fn minutes_vs(mut self, measured_min: i32, limit_min: i32) -> Self {
        self.measured = i64::from(measured_min);
        self.limit = i64::from(limit_min);
        self.unit = Unit::Hours;
        self
    }

    /// Sets measured, limit and unit.
    #[must_use]
    pub fn measure(mut self, measured: i64, limit: i64, unit: Unit) -> Self {
        self.measured = measured;
        self.limit = limit;
        self.unit = unit;
        self
    }

    /// Sets the input line.
    #[must_use]
    pub fn line(mut self, line: u32) -> Self {
        self.line = line;
        self
    }

    /// Sets the rule-specific detail.
    #[must_use]
    pub fn detail(mut self, detail: i32) -> Self {
        self.detail = detail;
        self
    }

    /// Names a further section the finding rests on.
    #[must_use]
    pub fn also(mut self, section: &'static str) -> Self {
        self.also = section;
        self
    }

    /// The window as a span.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.from, self.to)
    }
}

/// A rule's static description.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id, kebab-case, never reused (e.g. `overtime-two-day-cap`).
    pub id: &'static str,
    /// Section number it checks, e.g. `59` or `171.1`.
    pub section: &'static str,
    /// Short title.
    pub title: &'static str,
    /// Documentation (Markdown): what it checks, the statute quoted, limits.
    pub doc: &'static str,
    /// The statute's words the rule enforces, quoted from the seed (checked against the pack's
    /// section text by the registry test).
    pub quote: &'static str,
    /// A one-line worked example: input and what is found.
    pub example: &'static str,
}

/// What a rule sees for one employee.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The law: sections, parameters (with the user's overrides), calendar.
    pub law: &'a Law,
    /// The employee's index.
    pub emp: EmployeeIdx,
    /// The employee's profile.
    pub employee: &'a Employee,
    /// Shifts ordered by start.
    pub shifts: &'a [Shift],
    /// Absences ordered by first day.
    pub absences: &'a [Absence],
    /// Which optional columns the shift input carried.
    pub columns: ShiftColumns,
    /// Values derived from this employee's data that several rules read: computed by the first
    /// rule that asks, reused by the others (see [`EmployeeCache`]).
    pub cache: &'a EmployeeCache,
}

impl<'a> Ctx<'a> {
    /// The context of employee `emp` of `data`, reading derived values through `cache`.
    #[must_use]
    pub fn of(law: &'a Law, data: &'a Dataset, emp: EmployeeIdx, cache: &'a EmployeeCache) -> Self {
        Ctx {
            law,
            emp,
            employee: &data.employees[emp as usize],
            shifts: data.shifts_of(emp),
            absences: data.absences_of(emp),
            columns: data.columns,
            cache,
        }
    }
}

/// Calls `f` with each employee's context, in input order, on one [`EmployeeCache`] started
/// afresh for each employee; stops at the first error `f` returns.
///
/// # Errors
/// The first error of `f`.
pub fn each_employee<E>(law: &Law, data: &Dataset, mut f: impl FnMut(&Ctx<'_>) -> Result<(), E>) -> Result<(), E> {
    let mut cache = EmployeeCache::new();
    for emp in 0..data.employees.len() as EmployeeIdx {
        cache.next_employee();
        f(&Ctx::of(law, data, emp, &cache))?;
    }
    Ok(())
}

/// A value a pack derives from one employee's data and keeps in an [`EmployeeCache`].
///
/// The cache keeps one value per type and hands it over as the pack left it; when the employee
/// has changed since, [`Derived::clear`] is called first, so a value never leaks from one
/// employee to the next while its storage (a `Vec`'s capacity) is reused.
pub trait Derived: Any + Send + Default {
    /// Forgets the previous employee's value (keeping allocations for reuse).
    fn clear(&mut self);
}

struct Slot {
    key: TypeId,
    /// The employee (by [`EmployeeCache`] generation) the value belongs to.
    generation: u64,
    /// `None` while the value is lent out.
    value: Option<Box<dyn Any + Send>>,
}

/// Per-employee memo of derived values, keyed by type: rules that need the same reading of an
/// employee's data (a pack decides which) compute it once per employee instead of once per rule.
///
/// The engine keeps one cache per worker and calls [`EmployeeCache::next_employee`] before each
/// employee. Values are lent to [`EmployeeCache::with`] by moving them out of the cache, so a
/// computation may itself read other cached values; a nested request for the type being
/// computed gets a fresh, uncached value.
#[derive(Default)]
pub struct EmployeeCache {
    generation: Cell<u64>,
    slots: RefCell<Vec<Slot>>,
}

impl std::fmt::Debug for EmployeeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmployeeCache").field("generation", &self.generation.get()).finish_non_exhaustive()
    }
}

impl EmployeeCache {
    /// An empty cache.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts the next employee: every value held becomes stale (cleared on its next use).
    pub fn next_employee(&mut self) {
        self.generation.set(self.generation.get() + 1);
    }

    /// Calls `f` with the current employee's value of type `T`: as a previous call for this
    /// employee left it, or cleared ([`Derived::clear`]) when it was made for another employee.
    pub fn with<T: Derived, R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        let key = TypeId::of::<T>();
        let generation = self.generation.get();
        let lent = {
            let mut slots = self.slots.borrow_mut();
            let i = match slots.iter().position(|s| s.key == key) {
                Some(i) => i,
                None => {
                    slots.push(Slot { key, generation, value: Some(Box::new(T::default())) });
                    slots.len() - 1
                }
            };
            let slot = &mut slots[i];
            let stale = slot.generation != generation;
            slot.generation = generation;
            slot.value.take().map(|v| (v, stale))
        };
        let Some((mut boxed, stale)) = lent else {
            // Nested request for the value being computed: work on a value of its own.
            return f(&mut T::default());
        };
        let r = match boxed.downcast_mut::<T>() {
            Some(v) => {
                if stale {
                    v.clear();
                }
                f(v)
            }
            None => f(&mut T::default()),
        };
        if let Some(slot) = self.slots.borrow_mut().iter_mut().find(|s| s.key == key) {
            slot.value = Some(boxed);
        }
        r
    }
}

/// Where a rule puts its findings; fills in the rule and employee.
pub struct Out<'a> {
    rule: u16,
    emp: EmployeeIdx,
    sink: &'a mut dyn FnMut(Finding),
}

impl<'a> Out<'a> {
    /// An output for `rule` and `emp` that forwards to `sink`.
    pub fn new(rule: u16, emp: EmployeeIdx, sink: &'a mut dyn FnMut(Finding)) -> Self {
        Self { rule, emp, sink }
    }

    /// Reports a finding.
    pub fn push(&mut self, mut f: Finding) {
        f.rule = self.rule;
        f.emp = self.emp;
        (self.sink)(f);
    }
}

/// A check of one section.
pub trait Rule: Send + Sync {
    /// The rule's description.
    fn meta(&self) -> &'static RuleMeta;

    /// Checks one employee.
    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>);

    /// The message of a finding this rule made: a catalogue key and typed arguments, rendered
    /// in the reader's language only when output needs it.
    fn message(&self, f: &Finding, law: &Law) -> Message;

    /// The message of a finding with the data it was made on at hand, for a rule whose message
    /// names more than the finding holds (the shifts a monthly finding counts); by default
    /// [`Rule::message`].
    fn message_in(&self, f: &Finding, law: &Law, data: &Dataset) -> Message {
        let _ = data;
        self.message(f, law)
    }

    /// Optional shift columns without which this rule checks nothing: when the input lacks one,
    /// the engine does not run the rule and the report says so ([`crate::Report::not_checked`]).
    fn requires(&self) -> &'static [Column] {
        &[]
    }

    /// The parameters and interpretations the rule reads (those of the shared readings it calls
    /// included): derived from the handles it bound ([`bind_rule`]), never written by hand.
    fn params(&self) -> &[&'static str] {
        &[]
    }

    /// The parameter that sets the limit of the rule's findings, when one does: the handle the
    /// rule marked with [`crate::params::Binder::limit`] when bound ([`bind_rule`]). A finding's
    /// `limit_source` is where that parameter's value in force comes from; a rule without one
    /// (a prohibition, a limit built from several parameters or the employee's own norm) has its
    /// own section as the source.
    fn limit(&self) -> Option<&'static str> {
        None
    }
}

/// A rule with the names of the parameters it bound.
struct Bound<R> {
    rule: R,
    params: Vec<&'static str>,
    limit: Option<&'static str>,
}

impl<R: Rule> Rule for Bound<R> {
    fn meta(&self) -> &'static RuleMeta {
        self.rule.meta()
    }
    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        self.rule.check(cx, out);
    }
    fn message(&self, f: &Finding, law: &Law) -> Message {
        self.rule.message(f, law)
    }
    fn message_in(&self, f: &Finding, law: &Law, data: &Dataset) -> Message {
        self.rule.message_in(f, law, data)
    }
    fn requires(&self) -> &'static [Column] {
        self.rule.requires()
    }
    fn params(&self) -> &[&'static str] {
        &self.params
    }
    fn limit(&self) -> Option<&'static str> {
        self.limit
    }
}

/// Makes a rule from the parameter handles it binds through `b` (its own and its shared
/// readings'): its [`Rule::params`] are the names bound while making it, and its
/// [`Rule::limit`] the one it marked as its limit.
pub fn bind_rule<R: Rule + crate::params::Bind + 'static>(b: &mut crate::params::Binder<'_>) -> Box<dyn Rule> {
    // A limit marked outside a rule is no rule's.
    let _ = b.take_limit();
    let (rule, params) = b.scope(|b| R::bind(b));
    let limit = b.take_limit();
    Box::new(Bound { rule, params, limit })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Sum {
        done: bool,
        total: i32,
        cap: Vec<i32>,
    }

    impl Derived for Sum {
        fn clear(&mut self) {
            self.done = false;
            self.total = 0;
            self.cap.clear();
        }
    }

    #[derive(Default)]
    struct Other(u32);

    impl Derived for Other {
        fn clear(&mut self) {
            self.0 = 0;
        }
    }

    fn sum(cache: &EmployeeCache, data: &[i32], computed: &mut u32) -> i32 {
        cache.with(|s: &mut Sum| {
            if !s.done {
                *computed += 1;
                s.cap.extend_from_slice(data);
                s.total = s.cap.iter().sum();
                s.done = true;
            }
            s.total
        })
    }

    /// A value is computed once per employee, never seen by the next employee, and a
    /// computation may read another cached value (or, nested, its own type afresh).
    #[test]
    fn cache_is_per_employee() {
        let mut cache = EmployeeCache::new();
        let mut computed = 0;
        cache.next_employee();
        assert_eq!(sum(&cache, &[1, 2, 3], &mut computed), 6);
        assert_eq!(sum(&cache, &[100], &mut computed), 6);
        assert_eq!(computed, 1);
        cache.next_employee();
        assert_eq!(sum(&cache, &[4], &mut computed), 4);
        assert_eq!(computed, 2);
        let nested = cache.with(|o: &mut Other| {
            o.0 += 1;
            let inner = cache.with(|o: &mut Other| o.0);
            (o.0, inner, sum(&cache, &[9], &mut computed))
        });
        assert_eq!(nested, (1, 0, 4));
        assert_eq!(cache.with(|o: &mut Other| o.0), 1);
        cache.next_employee();
        assert_eq!(cache.with(|o: &mut Other| o.0), 0);
    }
}
