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
    /// Section, as the law cites it.
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
    /// Plain-language message, in the reader's language.
    pub message: String,
    /// The message's catalogue key, the same in every language (for scripts to match on).
    pub message_key: String,
    /// Input line of the shift or absence that shows it (omitted when about a period).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Further section the finding rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub also: Option<String>,
    /// Where the limit comes from (the law's section or a `--set` override).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit_source: Option<LimitSource>,
}

/// The layer a finding's limit comes from and the reference within it:
/// `{"layer": "law", "ref": "§ 12"}`, `{"layer": "override", "ref": "--set x12.weekly_rest=36"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitSource {
    /// `law`, `override` or `agreement`.
    pub layer: &'static str,
    /// The section cited, the `--set` given, or the agreement's article.
    #[serde(rename = "ref")]
    pub reference: String,
}

/// The source of the limit of a finding of rule `rule_id` (section `section`) starting on
/// `day`: the value source of the rule's limit parameter ([`Law::limits`]) on that day, or the
/// rule's own section when no single parameter sets its limit.
#[must_use]
pub fn limit_source(law: &Law, rule_id: &str, section: &str, day: crate::time::Day) -> LimitSource {
    use crate::params::ValueSource;
    let own = || LimitSource { layer: "law", reference: law.cite(section) };
    let Some(p) = law.limit_param(rule_id) else { return own() };
    match p.dated_on(day).map(|d| &d.source) {
        Some(ValueSource::Law { section }) => LimitSource { layer: "law", reference: law.cite(section) },
        Some(ValueSource::Override { given }) => LimitSource { layer: "override", reference: format!("--set {given}") },
        Some(ValueSource::Agreement { id, article }) => {
            LimitSource { layer: "agreement", reference: format!("{id} {article}") }
        }
        None => LimitSource { layer: "law", reference: law.cite(&p.section) },
    }
}

/// The source of a pay line's rate on `day`: where a parameter the line read was set otherwise
/// than by the law (a `--set` override, an agreement's clause), that; else the law, citing the
/// sections the line rests on.
#[must_use]
pub fn rate_source(law: &Law, line: &crate::pay::PayLine, day: crate::time::Day) -> LimitSource {
    use crate::params::ValueSource;
    for name in &line.params {
        match law.params.source_on(name, day) {
            Some(ValueSource::Override { given }) => {
                return LimitSource { layer: "override", reference: format!("--set {given}") };
            }
            Some(ValueSource::Agreement { id, article }) => {
                return LimitSource { layer: "agreement", reference: format!("{id} {article}") };
            }
            _ => {}
        }
    }
    LimitSource { layer: "law", reference: line.section.clone() }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A finding's whole units as shown: minutes in hours (two decimals) when the unit is hours.
fn shown(units: i64, unit: crate::rule::Unit) -> f64 {
    if unit == crate::rule::Unit::Hours {
        round2(units as f64 / 60.0)
    } else {
        units as f64
    }
}

/// The view of one finding, its message rendered by `words` (a catalogue in the reader's
/// language).
#[must_use]
pub fn view(f: &Finding, law: &Law, data: &Dataset, words: &dyn Render) -> FindingView {
    let rule = &law.rules[f.rule as usize];
    let meta = rule.meta();
    let message = rule.message_in(f, law, data);
    FindingView {
        rule: meta.id,
        section: law.cite(meta.section),
        severity: f.severity.name(),
        employee_id: data.employees.get(f.emp as usize).map_or_else(String::new, |e| e.id.to_string()),
        from: fmt_minute(f.from),
        to: fmt_minute(f.to),
        measured: shown(f.measured, f.unit),
        limit: shown(f.limit, f.unit),
        unit: f.unit.name(),
        message: words.render(&message),
        message_key: message.key.to_string(),
        line: (f.line > 0).then_some(f.line),
        also: (!f.also.is_empty()).then(|| law.cite(f.also)),
        limit_source: Some(limit_source(law, meta.id, meta.section, crate::time::day_of(f.from))),
    }
}
