//! An employer's data checked under its law: parsing the stored files, running the engine, and
//! keeping the newest results in memory so that paging and filtering cost no second check.
//!
//! Findings leave this module only through [`Checked::findings`], which applies the reader's
//! scope (an employee sees only their own).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use decent_core::model::Dataset;
use decent_core::time::{day_of, start_of_day, Day};
use decent_core::view::{view, FindingView};
use decent_core::{Law, Options, Report, Severity};
use decent_io::{ColumnMap, InputError, ShiftOptions, Warning};
use serde::Deserialize;

use crate::auth::Actor;
use crate::error::AppError;
use crate::AppState;

/// The files of one upload, parsed and grouped.
///
/// # Errors
/// The first bad input, naming file, line, column and value; a shift on a day outside the
/// years of the law's festive calendar (the law cannot be checked on it).
pub fn parse(
    law: &Law,
    shifts: &[u8],
    employees: Option<&[u8]>,
    absences: Option<&[u8]>,
    max_rows: usize,
) -> Result<(Dataset, Vec<Warning>), InputError> {
    parse_named(
        law,
        &["shifts.csv", "employees.csv", "absences.csv"].map(String::from),
        shifts,
        employees,
        absences,
        max_rows,
    )
}

/// As [`parse`], the files named `names` (shifts, employees, absences) in errors.
///
/// # Errors
/// As [`parse`].
pub fn parse_named(
    law: &Law,
    names: &[String; 3],
    shifts: &[u8],
    employees: Option<&[u8]>,
    absences: Option<&[u8]>,
    max_rows: usize,
) -> Result<(Dataset, Vec<Warning>), InputError> {
    let schema = decent_laws::schema(law).map_err(|e| InputError::file("the law pack", e.to_string()))?;
    let mut data = Dataset::with_schema(schema);
    let map = ColumnMap::default();
    let mut warnings = Vec::new();
    let known = employees.is_some();
    let too_many = |file: &str, n: usize| {
        if n > max_rows {
            Err(InputError::file(file, format!("at most {max_rows} rows"))
                .keyed(decent_core::Message::new("upload-too-many-rows").count("max", max_rows as i64)))
        } else {
            Ok(())
        }
    };
    if let Some(e) = employees {
        too_many(&names[1], e.iter().filter(|&&b| b == b'\n').count().saturating_sub(1))?;
        warnings.extend(decent_io::read_employees(&mut data, &names[1], e, &map)?);
    }
    let opts = ShiftOptions { map: map.clone(), known_employees_only: known, max_rows: Some(max_rows) };
    warnings.extend(decent_io::read_shifts(&mut data, &names[0], shifts, &opts)?);
    if let Some(a) = absences {
        too_many(&names[2], a.iter().filter(|&&b| b == b'\n').count().saturating_sub(1))?;
        warnings.extend(decent_io::read_absences(&mut data, &names[2], a, &map, known)?);
    }
    data.finish();
    if let Some(s) = data
        .input_shifts()
        .filter(|s| law.calendar.require(day_of(s.start), day_of(s.end - 1)).is_err())
        .min_by_key(|s| s.line)
    {
        let start = decent_core::time::fmt_minute(s.start);
        return Err(InputError::line(
            &names[0],
            u64::from(s.line),
            format!("a shift inside the years of the festive calendar of {} (the shift starting {start})", law.id),
        )
        .keyed(decent_core::Message::new("upload-outside-calendar").text("law", law.id.clone()).text("start", start)));
    }
    Ok((data, warnings))
}

/// An employer's newest data, checked.
pub struct Checked {
    /// The dataset's id in the store.
    pub dataset_id: i64,
    /// The employer.
    pub employer_id: String,
    /// The law it was checked under.
    pub law: Arc<Law>,
    /// The data.
    pub data: Dataset,
    /// Every finding and the counts.
    pub report: Report,
    /// When it was uploaded.
    pub uploaded_at: String,
}

impl std::fmt::Debug for Checked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checked")
            .field("dataset_id", &self.dataset_id)
            .field("law", &self.law.id)
            .finish_non_exhaustive()
    }
}

/// Which findings to show: the query string of the findings pages and the API.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Filter {
    /// From this day (`YYYY-MM-DD`).
    #[serde(default, deserialize_with = "empty_none")]
    pub from: Option<String>,
    /// Up to and including this day.
    #[serde(default, deserialize_with = "empty_none")]
    pub to: Option<String>,
    /// One rule's id.
    #[serde(default, deserialize_with = "empty_none")]
    pub rule: Option<String>,
    /// `violation`, `warning` or `info`.
    #[serde(default, deserialize_with = "empty_none")]
    pub severity: Option<String>,
    /// One employee's id.
    #[serde(default, deserialize_with = "empty_none")]
    pub employee: Option<String>,
    /// Page (from 1).
    #[serde(default)]
    pub page: Option<usize>,
}

fn empty_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s: Option<String> = Option::deserialize(d)?;
    Ok(s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()))
}

/// The days and severity of a [`Filter`], checked.
#[derive(Debug, Clone, Copy)]
struct Window {
    from: Option<Day>,
    to: Option<Day>,
    severity: Option<Severity>,
}

impl Filter {
    fn window(&self) -> Result<Window, AppError> {
        let day = |s: &Option<String>, what: &str| {
            s.as_deref()
                .map(|v| {
                    decent_io::fields::date(v.as_bytes()).ok_or_else(|| {
                        AppError::BadRequest(format!(
                            "{what}: expected a date YYYY-MM-DD, found {:?}",
                            decent_io::error::cut(v)
                        ))
                    })
                })
                .transpose()
        };
        let severity = match self.severity.as_deref() {
            None => None,
            Some("violation") => Some(Severity::Violation),
            Some("warning") => Some(Severity::Warning),
            Some("info") => Some(Severity::Info),
            Some(s) => {
                return Err(AppError::BadRequest(format!(
                    "severity: expected violation, warning or info, found {:?}",
                    decent_io::error::cut(s)
                )))
            }
        };
        Ok(Window { from: day(&self.from, "from")?, to: day(&self.to, "to")?, severity })
    }
}

impl Checked {
    /// The findings `actor` may see that `filter` selects, as the check command's JSON shows
    /// them, in `cat`'s language; with the number selected before paging. `page_size` 0 gives
    /// them all.
    ///
    /// # Errors
    /// A filter value that is not a date, severity or rule of this law.
    pub fn findings(
        &self,
        actor: &Actor,
        filter: &Filter,
        cat: &decent_i18n::Catalog,
        page_size: usize,
    ) -> Result<(Vec<FindingView>, usize), AppError> {
        let w = filter.window()?;
        let rule = match filter.rule.as_deref() {
            Some(r) => Some(self.law.rule_index(r).ok_or_else(|| {
                AppError::BadRequest(format!("rule: no rule {:?} in {}", decent_io::error::cut(r), self.law.id))
            })?),
            None => None,
        };
        let only = actor.only_employee().or(filter.employee.as_deref());
        // An employee filter on someone the actor may not see selects nothing.
        if let (Some(own), Some(asked)) = (actor.only_employee(), filter.employee.as_deref()) {
            if own != asked {
                return Ok((Vec::new(), 0));
            }
        }
        let lo = w.from.map_or(i32::MIN, start_of_day);
        let hi = w.to.map_or(i32::MAX, |t| start_of_day(t + 1));
        let selected = self.report.findings.iter().filter(|f| {
            rule.is_none_or(|r| usize::from(f.rule) == r)
                && w.severity.is_none_or(|s| f.severity == s)
                && f.to > lo
                && f.from < hi
                && only.is_none_or(|e| &*self.data.employees[f.emp as usize].id == e)
        });
        let all: Vec<_> = selected.collect();
        let total = all.len();
        let page = filter.page.unwrap_or(1).max(1);
        let shown: Box<dyn Iterator<Item = _>> = if page_size == 0 {
            Box::new(all.into_iter())
        } else {
            Box::new(all.into_iter().skip((page - 1).saturating_mul(page_size)).take(page_size))
        };
        Ok((shown.map(|f| view(f, &self.law, &self.data, cat)).collect(), total))
    }

    /// Counts per rule (violation, warning, info) of the findings `actor` may see.
    #[must_use]
    pub fn counts(&self, actor: &Actor) -> Vec<(usize, [u64; 3])> {
        let mut c = vec![[0u64; 3]; self.law.rules.len()];
        match actor.only_employee() {
            None => {
                for (i, n) in self.report.counts.iter().enumerate() {
                    c[i] = [n[2], n[1], n[0]];
                }
            }
            Some(e) => {
                for f in &self.report.findings {
                    if &*self.data.employees[f.emp as usize].id == e {
                        c[usize::from(f.rule)][2 - f.severity as usize] += 1;
                    }
                }
            }
        }
        c.into_iter().enumerate().filter(|(_, n)| n.iter().any(|&x| x > 0)).collect()
    }
}

/// The newest checked data of a few employers.
#[derive(Debug, Default)]
pub struct CheckCache {
    recent: Mutex<VecDeque<Arc<Checked>>>,
}

/// How many checked datasets are kept in memory.
const KEPT: usize = 8;

impl CheckCache {
    /// The newest data of `employer`, checked, if `actor` may see it and it has any.
    ///
    /// # Errors
    /// A store error, or stored data that no longer parses (a defect: it parsed on upload).
    pub async fn get(&self, state: &AppState, actor: &Actor, employer: &str) -> Result<Option<Arc<Checked>>, AppError> {
        let Some(id) = state.store.current_dataset_id(actor, employer).await? else { return Ok(None) };
        if let Some(c) = self.lock().iter().find(|c| c.dataset_id == id) {
            return Ok(Some(c.clone()));
        }
        let Some(ds) = state.store.current_dataset(actor, employer).await? else { return Ok(None) };
        let law = state.laws.law(&ds.law).cloned().ok_or_else(|| anyhow::anyhow!("unknown law {}", ds.law))?;
        let max_rows = state.cfg.max_rows;
        let checked = tokio::task::spawn_blocking(move || {
            let (data, _) = parse(&law, &ds.shifts, ds.employees.as_deref(), ds.absences.as_deref(), max_rows)
                .map_err(|e| anyhow::anyhow!("stored dataset {} no longer parses: {e}", ds.id))?;
            let report = decent_core::check(&law, &data, &Options { window: None, collect: true, only: None });
            Ok::<_, anyhow::Error>(Checked {
                dataset_id: ds.id,
                employer_id: ds.employer_id,
                law,
                data,
                report,
                uploaded_at: ds.uploaded_at,
            })
        })
        .await
        .map_err(|e| anyhow::anyhow!("check task: {e}"))??;
        let c = Arc::new(checked);
        let mut q = self.lock();
        q.retain(|x| x.employer_id != c.employer_id);
        q.push_front(c.clone());
        q.truncate(KEPT);
        Ok(Some(c))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<Arc<Checked>>> {
        self.recent.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
