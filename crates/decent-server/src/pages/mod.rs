//! The pages: server-rendered HTML from askama templates, every word from the catalogues.
//!
//! Each area is a module with its own routes: [`session`] (login, logout, language),
//! [`employer`] (dashboard, findings, exports, employee pages), [`upload`], [`laws`] (the public
//! rule pages), [`account`] (API tokens, the audit log).

pub mod account;
pub mod employer;
pub mod laws;
pub mod session;
pub mod upload;

use std::sync::Arc;

use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use decent_core::Render;
use decent_i18n::{Catalog, Lang};

use crate::auth::{random_token, Actor, Role, CSRF_COOKIE};
use crate::error::AppError;
use crate::AppState;

/// Every page route.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(session::home))
        .route("/static/style.css", get(style))
        .route("/static/app.js", get(script))
        .merge(session::router())
        .merge(employer::router())
        .merge(upload::router())
        .merge(laws::router())
        .merge(account::router())
}

async fn style() -> impl IntoResponse {
    (
        [("content-type", "text/css; charset=utf-8"), ("cache-control", "max-age=3600")],
        include_str!("../../static/style.css"),
    )
}

async fn script() -> impl IntoResponse {
    (
        [("content-type", "text/javascript; charset=utf-8"), ("cache-control", "max-age=3600")],
        include_str!("../../static/app.js"),
    )
}

/// The CSRF token of a visitor who has not signed in, set by [`csrf_cookie`].
#[derive(Debug, Clone)]
pub struct VisitorCsrf(pub String);

/// Middleware: gives every visitor a CSRF cookie (HttpOnly, SameSite=Strict) that the login and
/// language forms repeat in a hidden field.
pub async fn csrf_cookie(mut req: Request, next: Next) -> Response {
    let jar = CookieJar::from_headers(req.headers());
    let existing = jar.get(CSRF_COOKIE).map(|c| c.value().to_string()).filter(|v| v.len() == 64);
    let (token, fresh) = match existing {
        Some(t) => (t, false),
        None => (random_token().unwrap_or_default(), true),
    };
    req.extensions_mut().insert(VisitorCsrf(token.clone()));
    let mut resp = next.run(req).await;
    if fresh && !token.is_empty() {
        let c = Cookie::build((CSRF_COOKIE, token)).http_only(true).same_site(SameSite::Strict).path("/").build();
        if let Ok(v) = c.to_string().parse() {
            resp.headers_mut().append(axum::http::header::SET_COOKIE, v);
        }
    }
    resp
}

/// Percent-encodes a path or query value for a URL.
#[must_use]
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// What every page shows around its content: the reader, the language, the navigation.
#[derive(Debug, Clone)]
pub struct Chrome {
    /// The catalogue of the page's language.
    pub cat: Arc<Catalog>,
    /// The page's language code.
    pub lang: &'static str,
    /// The signed-in account's name.
    pub user: Option<String>,
    /// Its role, in words.
    pub role: String,
    /// Whether it is an admin (the audit log link).
    pub admin: bool,
    /// The CSRF token for the page's forms.
    pub csrf: String,
    /// The page's own path (the language switch returns to it).
    pub path: String,
}

impl Chrome {
    /// The chrome of a page for `actor` (or a visitor) in the request's language.
    #[must_use]
    pub fn new(
        state: &AppState,
        headers: &HeaderMap,
        actor: Option<&Actor>,
        visitor: &VisitorCsrf,
        path: &str,
    ) -> Self {
        let lang = crate::i18n::request_lang(headers, actor);
        Self::in_lang(state, lang, actor, visitor, path)
    }

    /// As [`Chrome::new`] in a given language.
    #[must_use]
    pub fn in_lang(state: &AppState, lang: Lang, actor: Option<&Actor>, visitor: &VisitorCsrf, path: &str) -> Self {
        let cat = state.laws.pages(lang);
        Self {
            role: actor.map(|a| cat.text(&format!("role-{}", a.role.as_str()))).unwrap_or_default(),
            cat,
            lang: lang.code(),
            user: actor.map(|a| a.name.clone()),
            admin: actor.is_some_and(|a| a.role == Role::Admin),
            csrf: actor.map_or_else(|| visitor.0.clone(), |a| a.csrf.clone()),
            path: path.to_string(),
        }
    }

    /// The words of `key`.
    #[must_use]
    pub fn t(&self, key: &str) -> String {
        self.cat.text(key)
    }

    /// The words of `key` with one argument.
    #[must_use]
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.cat.render(&decent_core::Message::new(key.to_string()).text(name, value.to_string()))
    }
}

/// Renders a template as a page.
///
/// # Errors
/// A template that fails to render (a defect).
pub fn page(t: &impl Template) -> Result<Response, AppError> {
    Ok(Html(t.render().map_err(|e| anyhow::anyhow!("template: {e}"))?).into_response())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    c: Chrome,
    title: String,
    status: u16,
    message: String,
}

/// The page of an error, in `lang`.
#[must_use]
pub fn error_page(state: &AppState, lang: Lang, status: StatusCode, message: &str) -> Response {
    let c = Chrome::in_lang(state, lang, None, &VisitorCsrf(String::new()), "/");
    let t = ErrorPage { title: c.t("error-title"), c, status: status.as_u16(), message: message.to_string() };
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => (status, message.to_string()).into_response(),
    }
}
