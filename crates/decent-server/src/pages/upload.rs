//! Uploading an employer's shifts, employees and absences: all or nothing. The files are
//! parsed and checked under the employer's law before anything is stored; a bad file gives a
//! page naming the file, line, column and value, and the store is left as it was.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Router};
use decent_core::Render;

use super::{page, Chrome, VisitorCsrf};
use crate::auth::Actor;
use crate::error::AppError;
use crate::store::{DatasetInfo, Employer, NewDataset};
use crate::AppState;

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/employers/{id}/upload", get(form).post(upload))
}

#[derive(Template)]
#[template(path = "upload.html")]
struct UploadPage {
    c: Chrome,
    title: String,
    e: Employer,
    error: Option<String>,
    history: Vec<DatasetInfo>,
    max_rows: usize,
    max_mb: usize,
}

async fn employer_for_upload(state: &AppState, actor: &Actor, id: &str) -> Result<Employer, AppError> {
    let e = state.store.employer(actor, id).await?.ok_or(AppError::NotFound)?;
    if !actor.may_change(&e.id) {
        return Err(AppError::Forbidden);
    }
    Ok(e)
}

async fn form(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let e = employer_for_upload(&state, &actor, &id).await?;
    let c = Chrome::new(&state, &headers, Some(&actor), &v, &format!("/employers/{}/upload", super::encode(&id)));
    let history = state.store.datasets(&actor, &e.id).await?;
    page(&UploadPage {
        title: c.t("upload-title"),
        c,
        e,
        error: None,
        history,
        max_rows: state.cfg.max_rows,
        max_mb: state.cfg.max_upload_bytes >> 20,
    })
}

/// The files of an upload form, by field.
#[derive(Debug, Default)]
pub struct Files {
    /// `shifts`: (file name as sent, bytes).
    pub shifts: Option<(String, Vec<u8>)>,
    /// `employees`.
    pub employees: Option<(String, Vec<u8>)>,
    /// `absences`.
    pub absences: Option<(String, Vec<u8>)>,
    /// Other text fields: (name, value).
    pub fields: Vec<(String, String)>,
}

impl Files {
    /// A text field's value.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// A file name as sent, made safe to show: its last path part, printable, at most 100
/// characters; the field's name when none was sent.
fn shown_name(sent: Option<&str>, field: &str) -> String {
    let base = sent.and_then(|s| s.rsplit(['/', '\\']).next()).unwrap_or("").trim();
    let clean: String = base.chars().filter(|c| !c.is_control()).take(100).collect();
    if clean.is_empty() {
        format!("{field}.csv")
    } else {
        clean
    }
}

/// Reads a multipart upload: the three files (an empty file field counts as not sent) and the
/// text fields.
///
/// # Errors
/// A body that is not multipart, is cut off, or exceeds the limit.
pub async fn read_files(mut mp: Multipart) -> Result<Files, AppError> {
    let mut files = Files::default();
    while let Some(field) = mp.next_field().await.map_err(|e| multipart_error(&e))? {
        let name = field.name().unwrap_or("").to_string();
        let sent = field.file_name().map(str::to_string);
        let bytes = field.bytes().await.map_err(|e| multipart_error(&e))?;
        let slot = match name.as_str() {
            "shifts" => &mut files.shifts,
            "employees" => &mut files.employees,
            "absences" => &mut files.absences,
            _ => {
                if files.fields.len() < 32 {
                    files.fields.push((name, String::from_utf8_lossy(&bytes).chars().take(10_000).collect()));
                }
                continue;
            }
        };
        if !bytes.is_empty() {
            *slot = Some((shown_name(sent.as_deref(), &name), bytes.to_vec()));
        }
    }
    Ok(files)
}

fn multipart_error(e: &axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::TooLarge
    } else {
        AppError::BadRequest(e.body_text())
    }
}

/// Parses the files of an upload under `law`, on a blocking thread: the dataset's row counts,
/// or the first error in the catalogue's words.
///
/// # Errors
/// No shifts file, or the first bad input.
pub async fn parse_files(
    state: &AppState,
    law: &str,
    files: &Files,
    cat: &decent_i18n::Catalog,
) -> Result<[usize; 3], AppError> {
    let Some((_, shifts)) = &files.shifts else { return Err(AppError::BadInput(cat.text("upload-no-shifts"))) };
    let law = state.laws.law(law).cloned().ok_or_else(|| anyhow::anyhow!("no law {law}"))?;
    let (s, e, a) = (shifts.clone(), files.employees.clone(), files.absences.clone());
    let names = [
        files.shifts.as_ref().map_or("shifts.csv".into(), |f| f.0.clone()),
        e.as_ref().map_or("employees.csv".into(), |f| f.0.clone()),
        a.as_ref().map_or("absences.csv".into(), |f| f.0.clone()),
    ];
    let max_rows = state.cfg.max_rows;
    let parsed = tokio::task::spawn_blocking(move || {
        crate::checks::parse_named(
            &law,
            &names,
            &s,
            e.as_ref().map(|f| f.1.as_slice()),
            a.as_ref().map(|f| f.1.as_slice()),
            max_rows,
        )
        .map(|(d, _)| [d.input_shifts().count(), d.employees.iter().filter(|x| x.line > 0).count(), d.absences.len()])
    })
    .await
    .map_err(|e| anyhow::anyhow!("parse task: {e}"))?;
    parsed.map_err(|e| AppError::BadInput(cat.render(&e.message())))
}

async fn upload(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path(id): Path<String>,
    mp: Multipart,
) -> Result<Response, AppError> {
    let e = employer_for_upload(&state, &actor, &id).await?;
    let files = read_files(mp).await?;
    actor.check_csrf(files.field("csrf").unwrap_or(""))?;
    let cat = state.laws.catalog(&e.law, actor.lang);
    match parse_files(&state, &e.law, &files, &cat).await {
        Ok(rows) => {
            let d = NewDataset {
                shifts: files.shifts.as_ref().map_or(&[][..], |f| &f.1),
                employees: files.employees.as_ref().map(|f| f.1.as_slice()),
                absences: files.absences.as_ref().map(|f| f.1.as_slice()),
                rows,
            };
            state.store.add_dataset(Some(&actor), &e.id, &d).await?;
            Ok(Redirect::to(&format!("/employers/{}", super::encode(&e.id))).into_response())
        }
        Err(AppError::BadInput(msg)) => {
            let c =
                Chrome::new(&state, &headers, Some(&actor), &v, &format!("/employers/{}/upload", super::encode(&id)));
            let history = state.store.datasets(&actor, &e.id).await?;
            let mut r = page(&UploadPage {
                title: c.t("upload-title"),
                c,
                e,
                error: Some(msg),
                history,
                max_rows: state.cfg.max_rows,
                max_mb: state.cfg.max_upload_bytes >> 20,
            })?;
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(other) => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use super::shown_name;

    #[test]
    fn a_sent_file_name_is_shown_safely() {
        assert_eq!(shown_name(Some("C:\\Users\\hr\\maiņas.csv"), "shifts"), "maiņas.csv");
        assert_eq!(shown_name(Some("../../etc/passwd"), "shifts"), "passwd");
        assert_eq!(shown_name(Some("a\r\nb.csv"), "shifts"), "ab.csv");
        assert_eq!(shown_name(None, "employees"), "employees.csv");
        assert_eq!(shown_name(Some("  "), "absences"), "absences.csv");
    }
}
