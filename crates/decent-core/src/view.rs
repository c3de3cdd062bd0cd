//! Findings as users read them: strings and numbers, ready to serialise (JSON, CSV, tables).

use serde::Serialize;

use crate::law::Law;
use crate::message::Render;
use crate::model::Dataset;
use crate::rule::Finding;
use crate::time::fmt_minute;

/// One finding in the interchange shape (`PRODUCT.md` §4).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingView {
    /// Stable rule id.
    pub rule: &'static str,
    /// Section, e.g. `s59`.
    pub section: String,
    /// `violation`, `warning` or `info`.
    pub severity: &'static str,
    /// Employee id as in the input.
    pub employee_id: String,
    /// Window start, `YYYY-MM-DDTHH:MM`.
    pub from: String,
    /// Window end.
    pub to: String,
    /// What was measured.
    pub measured: f64,
    /// The limit.
    pub limit: f64,
    /// Unit of both.
    pub unit: &'static str,
    /// Plain-language message.
    pub message: String,
    /// Input line of the shift or absence that shows it (omitted when about a period).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Further section the finding rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub also: Option<String>,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The view of one finding, its message rendered by `words` (a catalogue in the reader's
/// language).
#[must_use]
pub fn view(f: &Finding, law: &Law, data: &Dataset, words: &dyn Render) -> FindingView {
    let rule = &law.rules[f.rule as usize];
    let meta = rule.meta();
    FindingView {
        rule: meta.id,
        section: law.cite(meta.section),
        severity: f.severity.name(),
        employee_id: data.employees.get(f.emp as usize).map_or_else(String::new, |e| e.id.to_string()),
        from: fmt_minute(f.from),
        to: fmt_minute(f.to),
        measured: round2(f.measured),
        limit: round2(f.limit),
        unit: f.unit.name(),
        message: words.render(&rule.message_in(f, law, data)),
        line: (f.line > 0).then_some(f.line),
        also: (!f.also.is_empty()).then(|| law.cite(f.also)),
    }
}
