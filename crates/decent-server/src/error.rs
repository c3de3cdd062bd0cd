//! One error type for every handler. A handler's error becomes a response with a status and a
//! stable code; [`render`] (a middleware) turns it into an HTML page in the reader's language,
//! or, under `/api/`, into the one JSON shape of the API. Internal detail goes to the log only.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use crate::AppState;

/// What went wrong, as the client is told.
#[derive(Debug)]
pub enum AppError {
    /// No valid session or token.
    Unauthorized,
    /// Not there, or not for this account (the same answer, so that ids cannot be probed).
    NotFound,
    /// Signed in, but the role does not allow it.
    Forbidden,
    /// A state-changing request without its CSRF token.
    Csrf,
    /// Too many failed logins: wait this many seconds.
    TooMany(u64),
    /// The request is wrong: the message says how (already in the reader's language).
    BadRequest(String),
    /// An uploaded file is wrong: the message names file, line, column and value.
    BadInput(String),
    /// The request body is larger than allowed.
    TooLarge,
    /// A defect or a failure of the store: logged, never shown.
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for AppError {
    fn from(e: E) -> Self {
        AppError::Internal(e.into())
    }
}

/// The error as the response carries it to [`render`].
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// HTTP status.
    pub status: StatusCode,
    /// Stable code (`not_found`, `csrf`, `bad_input`, …), also the catalogue key `error-CODE`.
    pub code: &'static str,
    /// Words for the reader, when the error has its own (bad input).
    pub detail: Option<String>,
}

impl AppError {
    /// The status and stable code.
    #[must_use]
    pub fn info(&self) -> ErrorInfo {
        let (status, code, detail) = match self {
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized", None),
            AppError::NotFound => (StatusCode::NOT_FOUND, "not_found", None),
            AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden", None),
            AppError::Csrf => (StatusCode::FORBIDDEN, "csrf", None),
            AppError::TooMany(_) => (StatusCode::TOO_MANY_REQUESTS, "too_many_attempts", None),
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, "bad_request", Some(m.clone())),
            AppError::BadInput(m) => (StatusCode::UNPROCESSABLE_ENTITY, "bad_input", Some(m.clone())),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large", None),
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal", None),
        };
        ErrorInfo { status, code, detail }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(e) = &self {
            tracing::error!(error = format!("{e:#}"), "request failed");
        }
        let info = self.info();
        let mut r = info.status.into_response();
        if let AppError::TooMany(s) = self {
            if let Ok(v) = HeaderValue::from_str(&s.to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        r.extensions_mut().insert(info);
        r
    }
}

/// The API's one error shape: `{"error": {"code": "...", "message": "..."}}`.
#[derive(Debug, Serialize)]
pub struct ApiError {
    /// The error.
    pub error: ApiErrorBody,
}

/// The body of [`ApiError`].
#[derive(Debug, Serialize)]
pub struct ApiErrorBody {
    /// Stable code.
    pub code: String,
    /// Words for a person, in the account's language.
    pub message: String,
}

/// Middleware: gives an error response its body — JSON under `/api/`, otherwise an HTML page
/// in the reader's language (or, for a page that needs a session, a redirect to the login).
pub async fn render(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let lang = crate::i18n::request_lang(req.headers(), None);
    let path = req.uri().path_and_query().map_or_else(|| "/".to_string(), |p| p.as_str().to_string());
    let resp = next.run(req).await;
    // Errors from outside the handlers (the body limit, a bad form or path) carry no
    // `ErrorInfo`: give them one from the status.
    let info = resp.extensions().get::<ErrorInfo>().cloned().or_else(|| {
        let s = resp.status();
        (s.is_client_error() || s.is_server_error()).then(|| ErrorInfo {
            status: s,
            code: match s {
                StatusCode::PAYLOAD_TOO_LARGE => "too_large",
                StatusCode::NOT_FOUND => "not_found",
                StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
                StatusCode::UNSUPPORTED_MEDIA_TYPE | StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST => {
                    "bad_request"
                }
                s if s.is_server_error() => "internal",
                _ => "bad_request",
            },
            detail: None,
        })
    });
    let Some(info) = info else { return resp };
    // A response a handler already gave a body (JSON it built itself) is left alone.
    if resp.headers().contains_key(header::CONTENT_TYPE) && resp.extensions().get::<ErrorInfo>().is_none() {
        return resp;
    }
    let cat = state.laws.pages(lang);
    let message = info.detail.clone().unwrap_or_else(|| cat.text(&format!("error-{}", info.code.replace('_', "-"))));
    if api {
        let body = ApiError { error: ApiErrorBody { code: info.code.to_string(), message } };
        let mut r = (info.status, axum::Json(body)).into_response();
        if let Some(v) = resp.headers().get(header::RETRY_AFTER) {
            r.headers_mut().insert(header::RETRY_AFTER, v.clone());
        }
        return r;
    }
    if info.status == StatusCode::UNAUTHORIZED {
        let next = crate::pages::encode(&path);
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    let mut r = crate::pages::error_page(&state, lang, info.status, &message).into_response();
    if let Some(v) = resp.headers().get(header::RETRY_AFTER) {
        r.headers_mut().insert(header::RETRY_AFTER, v.clone());
    }
    r
}
