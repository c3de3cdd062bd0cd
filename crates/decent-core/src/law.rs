//! A law as the engine sees it: sections, parameters, a festive calendar and rules.
//!
//! A jurisdiction pack builds a [`Law`]; the engine evaluates it. Nothing here names a country.

use serde::Serialize;

use crate::calendar::Calendar;
use crate::pack::PackInfo;
use crate::params::Params;
use crate::rule::Rule;

/// One section of the statute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Number as the statute writes it: `59`, `171.1`.
    pub number: String,
    /// Title.
    pub title: String,
    /// Text (paragraphs separated by blank lines).
    pub text: String,
    /// A note on the text: a list the copy lost, where the data for the gap comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A law ready to evaluate.
pub struct Law {
    /// Pack id, e.g. `xx-2000`.
    pub id: String,
    /// Human title.
    pub title: String,
    /// Where the text comes from.
    pub source: String,
    /// The pack's description (id, validity, consolidation date, sources).
    pub info: PackInfo,
    /// The content hash of the pack's data files (see [`crate::pack::content_hash`]): a result
    /// that names it can be reproduced under exactly this law.
    pub hash: String,
    /// Sections by number, in statute order.
    pub sections: Vec<Section>,
    /// Parameters and interpretations (with the user's overrides applied).
    pub params: Params,
    /// Festive days.
    pub calendar: Calendar,
    /// The rules, in catalogue order; a finding's `rule` indexes this list.
    pub rules: Vec<Box<dyn Rule>>,
    /// A cross-reference, checked when the law validates: rule id → the parameter the rule binds
    /// as its limit ([`Rule::limit`], from which a finding's `limit_source` is derived). An entry
    /// that disagrees with the rule's binding stops the law from loading; the map may be empty.
    pub limits: std::collections::BTreeMap<String, String>,
}

impl std::fmt::Debug for Law {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Law").field("id", &self.id).field("rules", &self.rules.len()).finish_non_exhaustive()
    }
}

/// Collapses runs of white space so quotes can be matched across line breaks.
#[must_use]
pub fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a pack builds a [`Law`] from, besides its description and hash.
pub struct LawParts {
    /// Where the text comes from.
    pub source: String,
    /// Sections by number, in statute order.
    pub sections: Vec<Section>,
    /// Parameters and interpretations.
    pub params: Params,
    /// Festive days.
    pub calendar: Calendar,
    /// The rules, in catalogue order.
    pub rules: Vec<Box<dyn Rule>>,
    /// Rule id → the parameter it binds as its limit (see [`Law::limits`]).
    pub limits: std::collections::BTreeMap<String, String>,
}

impl std::fmt::Debug for LawParts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LawParts")
            .field("source", &self.source)
            .field("rules", &self.rules.len())
            .finish_non_exhaustive()
    }
}

impl Law {
    /// The law of the pack described by `info`, whose data files hash to `hash`, validated.
    ///
    /// # Errors
    /// What [`Law::validate`] finds, joined with `; `.
    pub fn of_pack(info: PackInfo, hash: String, parts: LawParts) -> Result<Law, String> {
        let LawParts { source, sections, params, calendar, rules, limits } = parts;
        let law = Law {
            id: info.id.clone(),
            title: info.title.clone(),
            hash,
            source,
            info,
            sections,
            params,
            calendar,
            rules,
            limits,
        };
        law.validate().map_err(|errs| errs.join("; "))?;
        Ok(law)
    }

    /// A section number as this law cites it (the pack's prefix, then the number).
    #[must_use]
    pub fn cite(&self, section: &str) -> String {
        self.info.cite(section)
    }

    /// A section by number.
    #[must_use]
    pub fn section(&self, number: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.number == number)
    }

    /// A rule's index by id.
    #[must_use]
    pub fn rule_index(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.meta().id == id)
    }

    /// The parameter that sets rule `id`'s limit, when one does: the one the rule marked when
    /// bound ([`Rule::limit`]).
    #[must_use]
    pub fn limit_param(&self, id: &str) -> Option<&crate::params::Param> {
        let rule = self.rules.iter().find(|r| r.meta().id == id)?;
        rule.limit().and_then(|p| self.params.get(p))
    }

    /// Checks the law's internal references: every rule and parameter cites a section the law
    /// holds, rule ids are unique kebab-case, every parameter a rule reads exists, every
    /// rule's quote is found in its section's text, every parameter's direction fits its unit,
    /// and every entry of the limit map names a rule and a parameter the law holds.
    ///
    /// # Errors
    /// Every problem found, one line each.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut errs = Vec::new();
        let mut ids = std::collections::BTreeSet::new();
        for r in &self.rules {
            let m = r.meta();
            if !ids.insert(m.id) {
                errs.push(format!("rule id {} is used twice", m.id));
            }
            if m.id.is_empty() || !m.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                errs.push(format!("rule id {:?} is not kebab-case", m.id));
            }
            match self.section(m.section) {
                None => errs.push(format!("rule {} cites s{}, which the law does not hold", m.id, m.section)),
                Some(s) => {
                    if m.quote.is_empty() || !normalize_ws(&s.text).contains(&normalize_ws(m.quote)) {
                        errs.push(format!("rule {}: its quote is not in the text of s{}", m.id, m.section));
                    }
                }
            }
            if m.doc.trim().is_empty() || m.example.trim().is_empty() {
                errs.push(format!("rule {} has no documentation or example", m.id));
            }
            for p in r.params() {
                if self.params.get(p).is_none() {
                    errs.push(format!("rule {} reads parameter {p}, which the law does not declare", m.id));
                }
            }
        }
        for p in self.params.all() {
            if self.section(&p.section).is_none() {
                errs.push(format!("parameter {} cites s{}, which the law does not hold", p.name, p.section));
            }
            if p.kind == crate::params::ParamKind::Interpretation && p.rationale.as_deref().is_none_or(str::is_empty) {
                errs.push(format!("interpretation {} has no rationale", p.name));
            }
            if let Err(e) = p.check_direction() {
                errs.push(format!("parameter {e}"));
            }
            if p.unit == "choice" {
                for d in &p.values {
                    let v = d.value.to_string();
                    if !p.choices.contains(&v) {
                        errs.push(format!("parameter {} has value {v}, not one of its choices", p.name));
                    }
                }
            }
        }
        for (rule, param) in &self.limits {
            match self.rule_index(rule) {
                None => errs.push(format!("limit map: rule {rule}, which the law does not hold")),
                Some(i) if self.rules[i].limit() != Some(param.as_str()) => errs.push(format!(
                    "limit map: rule {rule} takes its limit from {param}, but the rule binds {} as its limit",
                    self.rules[i].limit().unwrap_or("none")
                )),
                Some(_) => {}
            }
            if self.params.get(param).is_none() {
                errs.push(format!(
                    "limit map: rule {rule} takes its limit from {param}, which the law does not declare"
                ));
            }
        }
        if errs.is_empty() {
            Ok(())
        } else {
            Err(errs)
        }
    }
}
