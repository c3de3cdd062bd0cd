//! The dashboard, an employer's findings (by rule, by employee, filtered, paged, exported) and
//! the page of one employee with a month calendar.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use decent_core::model::AbsenceKind;
use decent_core::time::{civil_from_days, day_of, days_in_month, fmt_day, minute_of_day, weekday, ymd, Day};
use decent_core::view::FindingView;
use serde::Deserialize;

use super::{page, Chrome, VisitorCsrf};
use crate::auth::Actor;
use crate::checks::{Checked, Filter};
use crate::error::AppError;
use crate::store::Employer;
use crate::AppState;

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/dashboard", get(dashboard))
        .route("/employers/{id}", get(summary))
        .route("/employers/{id}/findings", get(findings))
        .route("/employers/{id}/findings.csv", get(export_csv))
        .route("/employers/{id}/findings.json", get(export_json))
        .route("/employers/{id}/report", get(report))
        .route("/employers/{id}/employees", get(employees))
        .route("/employers/{id}/employees/{emp}", get(employee))
}

/// Findings shown on one page.
pub const PAGE: usize = 100;

/// An employer's line on the dashboard.
struct EmployerLine {
    e: Employer,
    uploaded_at: String,
    employees: usize,
    shifts: usize,
    totals: [u64; 3],
    checked: bool,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct Dashboard {
    c: Chrome,
    title: String,
    lines: Vec<EmployerLine>,
}

async fn dashboard(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
) -> Result<Response, AppError> {
    let mut lines = Vec::new();
    for e in state.store.visible_employers(&actor).await? {
        let line = match state.checks.get(&state, &actor, &e.id).await? {
            Some(ch) => {
                let mut totals = [0u64; 3];
                for (_, n) in ch.counts(&actor) {
                    for i in 0..3 {
                        totals[i] += n[i];
                    }
                }
                EmployerLine {
                    uploaded_at: ch.uploaded_at.clone(),
                    employees: ch.report.employees,
                    shifts: ch.report.shifts,
                    totals,
                    checked: true,
                    e,
                }
            }
            None => {
                EmployerLine { e, uploaded_at: String::new(), employees: 0, shifts: 0, totals: [0; 3], checked: false }
            }
        };
        lines.push(line);
    }
    let c = Chrome::new(&state, &headers, Some(&actor), &v, "/dashboard");
    page(&Dashboard { title: c.t("dashboard-title"), c, lines })
}

/// The employer `id` checked, for `actor`; not found when the actor may not see it or it has
/// no data.
async fn checked(state: &AppState, actor: &Actor, id: &str) -> Result<(Employer, Arc<Checked>), AppError> {
    let e = state.store.employer(actor, id).await?.ok_or(AppError::NotFound)?;
    let ch = state.checks.get(state, actor, id).await?.ok_or(AppError::NotFound)?;
    Ok((e, ch))
}

/// A rule's line in an employer's summary.
struct RuleLine {
    id: &'static str,
    section: String,
    title: String,
    counts: [u64; 3],
}

#[derive(Template)]
#[template(path = "employer.html")]
struct Summary {
    c: Chrome,
    title: String,
    e: Employer,
    ch: Arc<Checked>,
    rules: Vec<RuleLine>,
    may_upload: bool,
    sees_all: bool,
}

fn rule_lines(ch: &Checked, actor: &Actor, cat: &decent_i18n::Catalog) -> Vec<RuleLine> {
    ch.counts(actor)
        .into_iter()
        .map(|(i, n)| {
            let m = ch.law.rules[i].meta();
            RuleLine { id: m.id, section: ch.law.cite(m.section), title: rule_title(cat, m), counts: n }
        })
        .collect()
}

/// A rule's title in the catalogue's language (the pack's English when it has no entry).
#[must_use]
pub fn rule_title(cat: &decent_i18n::Catalog, m: &decent_core::RuleMeta) -> String {
    let key = format!("rule-{}-title", m.id);
    if cat.has(&key) {
        cat.text(&key)
    } else {
        m.title.to_string()
    }
}

async fn summary(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (e, ch) = checked(&state, &actor, &id).await?;
    let c = Chrome::new(&state, &headers, Some(&actor), &v, &format!("/employers/{}", super::encode(&id)));
    let cat = state.laws.catalog(&e.law, actor.lang);
    let rules = rule_lines(&ch, &actor, &cat);
    page(&Summary {
        title: e.name.clone(),
        may_upload: actor.may_change(&e.id),
        sees_all: actor.only_employee().is_none(),
        c,
        e,
        ch,
        rules,
    })
}

#[derive(Template)]
#[template(path = "findings.html")]
struct FindingsPage {
    c: Chrome,
    title: String,
    e: Employer,
    filter: Filter,
    findings: Vec<FindingView>,
    total: usize,
    page: usize,
    pages: usize,
    query: String,
    rules: Vec<(&'static str, String)>,
}

/// The query string of a filter, without the page (for links that keep the filter).
fn query_of(f: &Filter) -> String {
    let mut parts = Vec::new();
    for (k, v) in
        [("from", &f.from), ("to", &f.to), ("rule", &f.rule), ("severity", &f.severity), ("employee", &f.employee)]
    {
        if let Some(v) = v {
            parts.push(format!("{k}={}", super::encode(v)));
        }
    }
    parts.join("&")
}

async fn findings(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path(id): Path<String>,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    let (e, ch) = checked(&state, &actor, &id).await?;
    let cat = state.laws.catalog(&e.law, actor.lang);
    let (findings, total) = ch.findings(&actor, &filter, &cat, PAGE)?;
    let c = Chrome::new(&state, &headers, Some(&actor), &v, &format!("/employers/{}/findings", super::encode(&id)));
    let rules = ch.law.rules.iter().map(|r| (r.meta().id, rule_title(&cat, r.meta()))).collect();
    page(&FindingsPage {
        title: c.t("findings-title"),
        page: filter.page.unwrap_or(1).max(1),
        pages: total.div_ceil(PAGE).max(1),
        query: query_of(&filter),
        c,
        e,
        filter,
        findings,
        total,
        rules,
    })
}

async fn export_csv(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    let (e, ch) = checked(&state, &actor, &id).await?;
    let cat = state.laws.catalog(&e.law, actor.lang);
    let (findings, _) = ch.findings(&actor, &filter, &cat, 0)?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "rule",
        "section",
        "severity",
        "employee_id",
        "from",
        "to",
        "measured",
        "limit",
        "unit",
        "message",
        "line",
    ])?;
    for f in &findings {
        w.write_record([
            f.rule,
            &f.section,
            f.severity,
            &f.employee_id,
            &f.from,
            &f.to,
            &f.measured.to_string(),
            &f.limit.to_string(),
            f.unit,
            &f.message,
            &f.line.map(|l| l.to_string()).unwrap_or_default(),
        ])?;
    }
    let body = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = format!("attachment; filename=\"findings-{}.csv\"", sanitize(&e.id));
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, name)], body)
        .into_response())
}

/// An id made safe for a file name.
fn sanitize(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

/// The findings of an employer as JSON: the shape of `decent check --format json`.
///
/// # Errors
/// A bad filter.
pub fn findings_json(
    ch: &Checked,
    actor: &Actor,
    filter: &Filter,
    cat: &decent_i18n::Catalog,
) -> Result<serde_json::Value, AppError> {
    let (findings, _) = ch.findings(actor, filter, cat, 0)?;
    let mut totals = [0u64; 3];
    for f in &findings {
        let i = match f.severity {
            "violation" => 0,
            "warning" => 1,
            _ => 2,
        };
        totals[i] += 1;
    }
    Ok(serde_json::json!({
        "law": ch.law.id,
        "law_hash": ch.law.hash,
        "employer": ch.employer_id,
        "dataset": ch.dataset_id,
        "from": filter.from,
        "to": filter.to,
        "totals": {"violation": totals[0], "warning": totals[1], "info": totals[2]},
        "findings": findings,
    }))
}

async fn export_json(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    let (e, ch) = checked(&state, &actor, &id).await?;
    let cat = state.laws.catalog(&e.law, actor.lang);
    let doc = findings_json(&ch, &actor, &filter, &cat)?;
    let name = format!("attachment; filename=\"findings-{}.json\"", sanitize(&e.id));
    Ok(([(header::CONTENT_DISPOSITION, name)], axum::Json(doc)).into_response())
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    c: Chrome,
    title: String,
    e: Employer,
    ch: Arc<Checked>,
    filter: Filter,
    rules: Vec<RuleLine>,
    findings: Vec<FindingView>,
    total: usize,
}

/// The printable report of a period: counts by rule, then the findings (the first thousand).
async fn report(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path(id): Path<String>,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    let (e, ch) = checked(&state, &actor, &id).await?;
    let cat = state.laws.catalog(&e.law, actor.lang);
    let (findings, total) = ch.findings(&actor, &Filter { page: Some(1), ..filter.clone() }, &cat, 1000)?;
    let c = Chrome::new(&state, &headers, Some(&actor), &v, &format!("/employers/{}/report", super::encode(&id)));
    let rules = rule_lines(&ch, &actor, &cat);
    page(&ReportPage { title: c.t("report-title"), c, e, ch, filter, rules, findings, total })
}

/// An employee's line in the list.
struct EmployeeLine {
    id: String,
    counts: [u64; 3],
}

#[derive(Template)]
#[template(path = "employees.html")]
struct EmployeesPage {
    c: Chrome,
    title: String,
    e: Employer,
    lines: Vec<EmployeeLine>,
}

async fn employees(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (e, ch) = checked(&state, &actor, &id).await?;
    let mut lines: Vec<EmployeeLine> = ch
        .data
        .employees
        .iter()
        .filter(|x| actor.only_employee().is_none_or(|o| o == &*x.id))
        .map(|x| EmployeeLine { id: x.id.to_string(), counts: [0; 3] })
        .collect();
    for f in &ch.report.findings {
        let emp = &ch.data.employees[f.emp as usize].id;
        if let Some(l) = lines.iter_mut().find(|l| l.id == **emp) {
            l.counts[2 - f.severity as usize] += 1;
        }
    }
    let c = Chrome::new(&state, &headers, Some(&actor), &v, &format!("/employers/{}/employees", super::encode(&id)));
    page(&EmployeesPage { title: c.t("employees-title"), c, e, lines })
}

/// One day of the month calendar.
struct CalDay {
    day: u32,
    date: String,
    weekend: bool,
    festive: bool,
    shifts: Vec<String>,
    absence: Option<String>,
    findings: usize,
}

/// A fact about the employee shown on the page.
struct Fact {
    label: String,
    value: String,
    sensitive: bool,
}

#[derive(Template)]
#[template(path = "employee.html")]
struct EmployeePage {
    c: Chrome,
    title: String,
    e: Employer,
    emp: String,
    facts: Vec<Fact>,
    sees_sensitive: bool,
    month: String,
    prev: String,
    next: String,
    lead: usize,
    days: Vec<CalDay>,
    findings: Vec<FindingView>,
}

/// Query of the employee page.
#[derive(Debug, Deserialize)]
pub struct MonthQuery {
    /// `YYYY-MM`.
    #[serde(default)]
    month: Option<String>,
}

fn parse_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    let (y, m) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
    ((1990..=2100).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

#[allow(clippy::too_many_lines)]
async fn employee(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path((id, emp)): Path<(String, String)>,
    Query(q): Query<MonthQuery>,
) -> Result<Response, AppError> {
    if actor.only_employee().is_some_and(|o| o != emp) {
        return Err(AppError::NotFound);
    }
    let (e, ch) = checked(&state, &actor, &id).await?;
    let idx = ch.data.lookup(&emp).ok_or(AppError::NotFound)?;
    let person = &ch.data.employees[idx as usize];
    let sees_sensitive = actor.sees_sensitive(&e.id, &emp);
    let c = Chrome::new(
        &state,
        &headers,
        Some(&actor),
        &v,
        &format!("/employers/{}/employees/{}", super::encode(&id), super::encode(&emp)),
    );
    let shifts = ch.data.shifts_of(idx);
    let (y, m) = match q.month.as_deref() {
        Some(s) => parse_month(s)
            .ok_or_else(|| AppError::BadRequest(c.t1("employee-bad-month", "value", &decent_io::error::cut(s))))?,
        None => shifts.first().map_or((2026, 1), |s| {
            let (y, m, _) = civil_from_days(day_of(s.start));
            (y, m)
        }),
    };
    let first = ymd(y, m, 1).ok_or(AppError::NotFound)?;
    let n = days_in_month(y, m);
    let filter = Filter {
        from: Some(fmt_day(first)),
        to: Some(fmt_day(first + n as Day - 1)),
        employee: Some(emp.clone()),
        ..Filter::default()
    };
    let cat = state.laws.catalog(&e.law, actor.lang);
    let (findings, _) = ch.findings(&actor, &filter, &cat, 0)?;
    let absences = ch.data.absences_of(idx);
    let sensitive_kind =
        |k: AbsenceKind| matches!(k, AbsenceKind::Sick | AbsenceKind::Maternity | AbsenceKind::Childcare);
    let days = (0..n)
        .map(|i| {
            let d = first + i as Day;
            let date = fmt_day(d);
            let on_day: Vec<String> = shifts
                .iter()
                .filter(|s| day_of(s.start) == d)
                .map(|s| {
                    let (a, b) = (minute_of_day(s.start), minute_of_day(s.end));
                    format!("{:02}:{:02}–{:02}:{:02}", a / 60, a % 60, b / 60, b % 60)
                })
                .collect();
            let absence = absences.iter().find(|a| a.from <= d && d <= a.to).map(|a| {
                if sensitive_kind(a.kind) && !sees_sensitive {
                    c.t("day-absence-hidden")
                } else {
                    c.t(&format!("day-absence-{}", a.kind.name().replace('_', "-")))
                }
            });
            let n_findings = findings
                .iter()
                .filter(|f| {
                    f.from.get(..10).is_some_and(|x| x <= date.as_str())
                        && f.to.get(..10).is_some_and(|x| x >= date.as_str())
                })
                .count();
            CalDay {
                day: i + 1,
                weekend: weekday(d) >= 5,
                festive: ch.law.calendar.is_festive(d),
                date,
                shifts: on_day,
                absence,
                findings: n_findings,
            }
        })
        .collect();
    let mut facts = vec![
        Fact { label: c.t("fact-sex"), value: format!("{:?}", person.sex), sensitive: false },
        Fact {
            label: c.t("fact-weekly-norm"),
            value: format!("{} h", f64::from(person.weekly_norm_minutes) / 60.0),
            sensitive: false,
        },
        Fact { label: c.t("fact-hired-on"), value: person.hired_on.map(fmt_day).unwrap_or_default(), sensitive: false },
    ];
    if sees_sensitive {
        let days = |v: &[Day]| v.iter().map(|d| fmt_day(*d)).collect::<Vec<_>>().join(", ");
        facts.push(Fact { label: c.t("fact-children"), value: days(&person.children), sensitive: true });
        facts.push(Fact {
            label: c.t("fact-disabled-children"),
            value: days(&person.disabled_children),
            sensitive: true,
        });
        facts.push(Fact {
            label: c.t("fact-pregnancies"),
            value: person
                .pregnancies
                .iter()
                .map(|(a, b)| format!("{} – {}", fmt_day(*a), fmt_day(*b)))
                .collect::<Vec<_>>()
                .join(", "),
            sensitive: true,
        });
        let sick: Vec<String> = absences
            .iter()
            .filter(|a| a.kind == AbsenceKind::Sick)
            .map(|a| format!("{} – {}", fmt_day(a.from), fmt_day(a.to)))
            .collect();
        facts.push(Fact { label: c.t("fact-sick-leave"), value: sick.join(", "), sensitive: true });
        state.store.audit(&actor, "read-employee", Some(&e.id), &format!("{emp} (sensitive data)")).await?;
    }
    let prev = if m == 1 { format!("{}-12", y - 1) } else { format!("{y}-{:02}", m - 1) };
    let next = if m == 12 { format!("{}-01", y + 1) } else { format!("{y}-{:02}", m + 1) };

    page(&EmployeePage {
        title: emp.clone(),
        lead: usize::from(weekday(first)),
        month: format!("{y}-{m:02}"),
        prev,
        next,
        c,
        e,
        emp,
        facts,
        sees_sensitive,
        days,
        findings,
    })
}
