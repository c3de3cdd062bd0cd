//! Rules, findings and the context a rule reads.
//!
//! A rule is one check of one section, in one file of its pack: its id, its documentation
//! (what it checks, the statute quoted, an example, its interpretations), its message and its
//! check function together. The engine calls [`Rule::check`] once per employee, with that
//! employee's shifts and absences in time order; the rule pushes [`Finding`]s.

use serde::Serialize;

use crate::law::Law;
use crate::model::{Absence, Employee, EmployeeIdx, Shift, ShiftColumns};
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
#[derive(Debug, Clone, Copy, PartialEq)]
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
    /// What was measured.
    pub measured: f64,
    /// The limit it was held against.
    pub limit: f64,
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
            measured: 0.0,
            limit: 0.0,
            unit: Unit::None,
            line: 0,
            detail: 0,
            also: "",
        }
    }

    /// Sets measured, limit and unit; minutes are shown in hours when `unit` is hours.
    #[must_use]
    pub fn minutes_vs(mut self, measured_min: i32, limit_min: i32) -> Self {
        self.measured = f64::from(measured_min) / 60.0;
        self.limit = f64::from(limit_min) / 60.0;
        self.unit = Unit::Hours;
        self
    }

    /// Sets measured, limit and unit.
    #[must_use]
    pub fn measure(mut self, measured: f64, limit: f64, unit: Unit) -> Self {
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
    /// Parameters and interpretations the rule reads.
    pub params: &'static [&'static str],
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

    /// The plain-language message of a finding this rule made.
    fn message(&self, f: &Finding, law: &Law) -> String;
}
