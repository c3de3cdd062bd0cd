//! A jurisdiction pack as every command reaches it: what the pack is ([`PackInfo`]), the data it
//! is built from (hashed, so that a result names exactly the law it was computed under) and the
//! [`Law`] it builds.
//!
//! A pack crate implements [`Pack`]; the command line and the server hold a list of packs and
//! look them up by id. Nothing here names a country: a pack's description is its own data
//! (`pack.toml` beside its law files).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::law::Law;
use crate::model::{Absence, Dataset, Employee};
use crate::pay::{Average, DeductionCheck, LeavePay, MonthEarnings, MonthPays, Severance, YearMonth};
use crate::term::{Deadline, MovedDays, TermKind, TerminationFacts, Verdict};
use crate::time::Day;
use rust_decimal::Decimal;

/// What a pack's calculation returns: its result, or its own error (shown to the user as it is).
pub type PackResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// A named choice a user passes on the command line (a ground, a kind of deduction): its name,
/// the section it comes from, and what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// The name on the command line.
    pub name: &'static str,
    /// The section it comes from, as the pack writes it (`33`).
    pub section: &'static str,
    /// What it means.
    pub help: &'static str,
}

/// A pack's table of termination grounds as choices, each under the section `section` gives
/// for its name.
#[must_use]
pub fn ground_choices<G>(
    grounds: &[crate::term::GroundRow<G>],
    section: impl Fn(&'static str) -> &'static str,
) -> Vec<Choice> {
    grounds.iter().map(|&(name, _, help)| Choice { name, section: section(name), help }).collect()
}

/// A pack's pay rules: monthly payslips as auditable lines and the calculators.
pub trait PayRules: Sync {
    /// Every employee's payslip for `month`, from their shifts, absences and rates.
    ///
    /// # Errors
    /// A month the law's calendar cannot decide, or an amount out of range (naming the employee).
    fn monthly(&self, law: &Law, data: &Dataset, month: YearMonth) -> PackResult<MonthPays>;

    /// Average earnings on `on` from monthly earnings (`days_worked`: in the last month, for
    /// short service; `week_days`: 5 or 6).
    ///
    /// # Errors
    /// Earnings missing for a month the average needs, or an amount out of range.
    fn average(
        &self,
        law: &Law,
        earnings: &[MonthEarnings],
        on: Day,
        days_worked: Option<u32>,
        week_days: u8,
    ) -> PackResult<Average>;

    /// Pay for a paid leave from `from` to `to` (inclusive) and the day it is due.
    ///
    /// # Errors
    /// A span the pack refuses (too long, outside the calendar), or an amount out of range.
    fn leave(
        &self,
        law: &Law,
        employee_id: &str,
        avg: &Average,
        from: Day,
        to: Day,
        week_days: u8,
    ) -> PackResult<LeavePay>;

    /// The grounds a severance can be owed on.
    fn severance_grounds(&self) -> Vec<Choice>;

    /// The severance owed on `ground` (a name of [`PayRules::severance_grounds`]).
    ///
    /// # Errors
    /// An unknown ground, or an amount out of range.
    fn severance(
        &self,
        law: &Law,
        employee_id: &str,
        ground: &str,
        monthly_average: Decimal,
        on: Day,
    ) -> PackResult<Severance>;

    /// The kinds of deduction (what they are for).
    fn deduction_kinds(&self) -> Vec<Choice>;

    /// The kinds of payment a deduction is made from.
    fn payment_kinds(&self) -> Vec<Choice>;

    /// Whether `deductions` from a payment of `amount` are within the law on `on`.
    ///
    /// # Errors
    /// An unknown kind or payment, or an amount out of range.
    fn deduction(
        &self,
        law: &Law,
        on: Day,
        payment: &str,
        kind: &str,
        amount: Decimal,
        deductions: Decimal,
    ) -> PackResult<DeductionCheck>;
}

/// A pack's terms: deadlines with every step cited, and the protections against termination.
pub trait Terms: Sync {
    /// The kinds of deadline, in the statute's order.
    fn kinds(&self) -> Vec<TermKind>;

    /// The deadline of `kind` (a name of [`Terms::kinds`]) running from `event`.
    ///
    /// # Errors
    /// An unknown kind or option, a missing parameter, a day outside the calendar.
    fn deadline(
        &self,
        law: &Law,
        kind: &str,
        event: Day,
        absences: &[Absence],
        options: &[String],
        moved: &MovedDays,
    ) -> PackResult<Deadline>;

    /// The grounds of a termination by the employer.
    fn grounds(&self) -> Vec<Choice>;

    /// Whether the employer may terminate on `date` on `ground` (a name of [`Terms::grounds`]).
    ///
    /// # Errors
    /// An unknown ground, a missing parameter, a day outside the calendar.
    fn termination(
        &self,
        law: &Law,
        employee: &Employee,
        absences: &[Absence],
        date: Day,
        ground: &str,
        facts: &TerminationFacts<'_>,
    ) -> PackResult<Verdict>;
}

/// One source a pack's text or data comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackSource {
    /// What it is: a statute's consolidated text, a translation, a law that fills a gap.
    pub title: String,
    /// Where it can be read, when it has an address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What the pack takes from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_for: Option<String>,
}

/// What a pack is: the facts `decent laws` lists and every JSON result names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackInfo {
    /// Id on the command line, e.g. `xx-2000`: lower-case letters, digits and hyphens.
    pub id: String,
    /// The statute's title as the pack gives it.
    pub title: String,
    /// ISO 3166-1 alpha-2 code of the jurisdiction.
    pub jurisdiction: String,
    /// Language of the statute text the pack holds (ISO 639-1), e.g. `en` for a translation.
    pub text_language: String,
    /// Whether that text is the official one or a translation, and whose.
    pub text_status: String,
    /// First day the law (in the form the pack holds) applies, `YYYY-MM-DD`.
    pub valid_from: String,
    /// Last day it applies, when it was repealed or replaced, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    /// The day the text was consolidated to (amendments up to this day are in it), `YYYY-MM-DD`.
    pub consolidated: String,
    /// How a section number is written before the number in citations (a prefix `§ ` gives `§ 12`).
    pub section_prefix: String,
    /// Where the text and data come from.
    pub sources: Vec<PackSource>,
    /// The title and text status in other languages, by language code (`[i18n.lv]`).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub i18n: std::collections::BTreeMap<String, PackWords>,
}

/// A pack's title and text status in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackWords {
    /// The statute's title.
    pub title: String,
    /// What the text the pack holds is.
    pub text_status: String,
}

impl PackInfo {
    /// Reads a pack description (`pack.toml`) and checks its fields.
    ///
    /// # Errors
    /// Text that is not a valid description: a missing field, an id not in kebab-case, a date
    /// not `YYYY-MM-DD`, validity that ends before it starts, no source.
    pub fn from_toml(text: &str) -> Result<Self, String> {
        let info: PackInfo = toml::from_str(text).map_err(|e| e.to_string())?;
        info.validate()?;
        Ok(info)
    }

    fn validate(&self) -> Result<(), String> {
        if self.id.is_empty() || !self.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            return Err(format!("id {:?}: expected lower-case letters, digits and hyphens", self.id));
        }
        if self.jurisdiction.len() != 2 || !self.jurisdiction.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(format!("jurisdiction {:?}: expected an ISO 3166-1 alpha-2 code like LV", self.jurisdiction));
        }
        let date = |field: &str, v: &str| {
            v.parse::<jiff::civil::Date>().map_err(|_| format!("{field} {v:?}: expected a date YYYY-MM-DD"))
        };
        let from = date("valid_from", &self.valid_from)?;
        date("consolidated", &self.consolidated)?;
        if let Some(to) = &self.valid_to {
            if date("valid_to", to)? < from {
                return Err(format!("valid_to {to} is before valid_from {}", self.valid_from));
            }
        }
        if self.sources.is_empty() {
            return Err("sources: expected at least one source".into());
        }
        Ok(())
    }

    /// The title in `lang` (a language code), or the pack's own.
    #[must_use]
    pub fn title_in(&self, lang: &str) -> &str {
        self.i18n.get(lang).map_or(&self.title, |w| &w.title)
    }

    /// The text status in `lang`, or the pack's own.
    #[must_use]
    pub fn text_status_in(&self, lang: &str) -> &str {
        self.i18n.get(lang).map_or(&self.text_status, |w| &w.text_status)
    }

    /// A section number as the pack cites it: its prefix, then the number. A number that
    /// begins with a letter is a section of another statute the pack holds, named by that
    /// statute's abbreviation (`AL14`): it is cited as it is.
    #[must_use]
    pub fn cite(&self, section: &str) -> String {
        if section.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return section.to_string();
        }
        format!("{}{section}", self.section_prefix)
    }
}

/// The content hash of a pack's data: SHA-256 over each file's name and bytes, in the order
/// given, each length-prefixed so that moving bytes between files changes the hash. Shown as
/// `sha256:` and 64 hex digits.
#[must_use]
pub fn content_hash(files: &[(&str, &str)]) -> String {
    let mut h = Sha256::new();
    for (name, text) in files {
        h.update((name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        h.update((text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    }
    let digest = h.finalize();
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for b in digest {
        out.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(b & 15), 16).unwrap_or('0'));
    }
    out
}

/// A jurisdiction pack: data plus rules, in a crate of its own.
pub trait Pack: Send + Sync {
    /// The pack's id on the command line (the `id` of its description), known without parsing
    /// the description: registries look packs up by it.
    fn id(&self) -> &'static str;

    /// The pack's description.
    ///
    /// # Errors
    /// A description that does not load (a defect of the pack, caught by its tests).
    fn info(&self) -> Result<PackInfo, String>;

    /// The data files the law is built from, `(path, text)`: what [`Pack::hash`] covers.
    fn data_files(&self) -> Vec<(&'static str, &'static str)>;

    /// The content hash of [`Pack::data_files`] (see [`content_hash`]).
    fn hash(&self) -> String {
        content_hash(&self.data_files())
    }

    /// The pack's message catalogues for a language (`en`, `lv`): Fluent sources `(file, text)`
    /// with the messages of its rules, parameters, pay lines and deadline steps. Empty when the
    /// pack does not speak the language.
    fn messages(&self, lang: &str) -> Vec<(&'static str, &'static str)>;

    /// The employee statuses and shift columns the pack's rules read beyond the neutral model,
    /// which the input layer reads from this declaration.
    fn schema(&self) -> &'static crate::attr::Schema {
        &crate::attr::EMPTY
    }

    /// The pack's pay rules, when it has them.
    fn pay(&self) -> Option<&dyn PayRules> {
        None
    }

    /// The pack's terms and termination protections, when it has them.
    fn terms(&self) -> Option<&dyn Terms> {
        None
    }

    /// Builds and validates the law with its default parameters.
    ///
    /// # Errors
    /// A data file that does not load or a law that does not validate.
    fn law(&self) -> Result<Law, String>;
}

#[cfg(test)]
mod tests {
    use super::*;

    const INFO: &str = r#"
        id = "xx-2000"
        title = "A Test Act"
        jurisdiction = "XX"
        text_language = "en"
        text_status = "official"
        valid_from = "2000-01-01"
        consolidated = "2001-02-03"
        section_prefix = "§ "
        [[sources]]
        title = "The Act"
    "#;

    #[test]
    fn a_description_loads_and_cites() {
        let info = PackInfo::from_toml(INFO).expect("loads");
        assert_eq!(info.id, "xx-2000");
        assert_eq!(info.cite("10-4"), "§ 10-4");
        // A section of another statute the pack holds keeps its own name.
        assert_eq!(info.cite("AL14"), "AL14");
        assert_eq!(info.valid_to, None);
    }

    #[test]
    fn a_bad_description_is_refused_with_its_field() {
        let bad_id = INFO.replace("xx-2000", "XX 2000");
        assert!(PackInfo::from_toml(&bad_id).unwrap_err().contains("id \"XX 2000\""));
        let bad_date = INFO.replace("2001-02-03", "3 Feb 2001");
        assert!(PackInfo::from_toml(&bad_date).unwrap_err().contains("consolidated"));
        let reversed = INFO.replace("consolidated =", "valid_to = \"1999-12-31\"\nconsolidated =");
        assert!(PackInfo::from_toml(&reversed).unwrap_err().contains("before valid_from"));
        let unknown = INFO.replace("title = \"A Test Act\"", "title = \"A\"\ncountry = \"X\"");
        assert!(PackInfo::from_toml(&unknown).is_err());
    }

    /// The hash is SHA-256 (checked against a known digest of the empty input) and changes
    /// when a byte moves from one file to the next.
    #[test]
    fn the_hash_is_sha256_and_sees_file_boundaries() {
        let mut h = Sha256::new();
        h.update(b"");
        assert_eq!(format!("{:x}", h.finalize()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        let a = content_hash(&[("a", "xy"), ("b", "z")]);
        let b = content_hash(&[("a", "x"), ("b", "yz")]);
        assert_ne!(a, b);
        assert_eq!(a, content_hash(&[("a", "xy"), ("b", "z")]));
        assert!(a.starts_with("sha256:") && a.len() == 71);
    }
}
