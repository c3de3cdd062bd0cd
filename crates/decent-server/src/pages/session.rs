//! Signing in and out, and the language switch.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use decent_i18n::Lang;
use serde::Deserialize;

use super::{page, Chrome, VisitorCsrf};
use crate::auth::{
    constant_eq, random_token, token_hash, verify_password, MaybeActor, DUMMY_HASH, LANG_COOKIE, SESSION_COOKIE,
    SESSION_SECONDS,
};
use crate::error::AppError;
use crate::store::unix_now;
use crate::AppState;

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/lang", post(set_lang))
}

/// `/`: the dashboard when signed in, the login otherwise.
pub async fn home(MaybeActor(actor): MaybeActor) -> Redirect {
    Redirect::to(if actor.is_some() { "/dashboard" } else { "/login" })
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    c: Chrome,
    title: String,
    next: String,
    error: Option<String>,
    name: String,
}

/// Query of the login page.
#[derive(Debug, Deserialize)]
pub struct NextQuery {
    /// Where to go after signing in (a path of this site).
    #[serde(default)]
    next: Option<String>,
}

/// Only a local path is followed after signing in (never another site).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/dashboard".to_string(),
    }
}

async fn login_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Query(q): Query<NextQuery>,
) -> Result<Response, AppError> {
    let c = Chrome::new(&state, &headers, None, &v, "/login");
    page(&LoginPage {
        title: c.t("login-title"),
        c,
        next: safe_next(q.next.as_deref()),
        error: None,
        name: String::new(),
    })
}

/// The login form.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    name: String,
    password: String,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    next: Option<String>,
}

async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    jar: CookieJar,
    Extension(v): Extension<VisitorCsrf>,
    Form(f): Form<LoginForm>,
) -> Result<Response, AppError> {
    // Double submit: the form repeats the visitor's CSRF cookie.
    let cookie = jar.get(crate::auth::CSRF_COOKIE).map(|c| c.value().to_string()).unwrap_or_default();
    if cookie.is_empty() || !constant_eq(cookie.as_bytes(), f.csrf.as_bytes()) {
        return Err(AppError::Csrf);
    }
    let ip = Some(peer.ip());
    let name: String = f.name.trim().chars().take(100).collect();
    if let Some(wait) = state.limiter.blocked(ip, &name) {
        state.store.audit_anonymous(&name, "login-refused", &format!("rate limit, {wait} s")).await?;
        return Err(AppError::TooMany(wait));
    }
    let stored = state.store.password_hash(&name).await?;
    let (id, hash) = stored.clone().unwrap_or((0, DUMMY_HASH.to_string()));
    let password = f.password.clone();
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(|e| anyhow::anyhow!("verify task: {e}"))?;
    if !ok || stored.is_none() {
        state.limiter.fail(ip, &name);
        state.store.audit_anonymous(&name, "login-failed", &peer.ip().to_string()).await?;
        let c = Chrome::new(&state, &headers, None, &v, "/login");
        let t = LoginPage {
            title: c.t("login-title"),
            error: Some(c.t("login-wrong")),
            c,
            next: safe_next(f.next.as_deref()),
            name,
        };
        let mut r = page(&t)?;
        *r.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
        return Ok(r);
    }
    state.limiter.succeed(&name);
    let token = random_token()?;
    let csrf = random_token()?;
    state.store.add_session(&token_hash(&token), id, &csrf, unix_now() + SESSION_SECONDS).await?;
    let acc = state.store.account_by_name(&name).await?.ok_or(AppError::Unauthorized)?;
    let actor = crate::auth::Actor {
        account_id: acc.id,
        name: acc.name.clone(),
        role: acc.role,
        employer_id: acc.employer_id.clone(),
        employee_id: acc.employee_id.clone(),
        lang: Lang::parse(&acc.lang).unwrap_or(Lang::Lv),
        csrf: String::new(),
    };
    state.store.audit(&actor, "login", acc.employer_id.as_deref(), &peer.ip().to_string()).await?;
    let session = Cookie::build((SESSION_COOKIE, token))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.cfg.secure_cookies)
        .path("/")
        .build();
    let lang = Cookie::build((LANG_COOKIE, acc.lang)).same_site(SameSite::Lax).path("/").build();
    Ok((jar.add(session).add(lang), Redirect::to(&safe_next(f.next.as_deref()))).into_response())
}

/// A form that carries only its CSRF token.
#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    /// The token.
    #[serde(default)]
    pub csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    MaybeActor(actor): MaybeActor,
    jar: CookieJar,
    Form(f): Form<CsrfForm>,
) -> Result<Response, AppError> {
    if let Some(a) = actor {
        a.check_csrf(&f.csrf)?;
        if let Some(c) = jar.get(SESSION_COOKIE) {
            state.store.end_session(&token_hash(c.value())).await?;
        }
        state.store.audit(&a, "logout", a.employer_id.as_deref(), "").await?;
    }
    Ok((jar.remove(Cookie::build(SESSION_COOKIE).path("/").build()), Redirect::to("/login")).into_response())
}

/// The language switch.
#[derive(Debug, Deserialize)]
pub struct LangForm {
    lang: String,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    back: Option<String>,
}

async fn set_lang(
    State(state): State<AppState>,
    MaybeActor(actor): MaybeActor,
    jar: CookieJar,
    Form(f): Form<LangForm>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&f.lang).ok_or_else(|| {
        AppError::BadRequest(format!("lang: expected en or lv, found {:?}", decent_io::error::cut(&f.lang)))
    })?;
    match &actor {
        Some(a) => {
            a.check_csrf(&f.csrf)?;
            state.store.set_lang(a.account_id, lang.code()).await?;
        }
        None => {
            let cookie = jar.get(crate::auth::CSRF_COOKIE).map(|c| c.value().to_string()).unwrap_or_default();
            if cookie.is_empty() || !constant_eq(cookie.as_bytes(), f.csrf.as_bytes()) {
                return Err(AppError::Csrf);
            }
        }
    }
    let c = Cookie::build((LANG_COOKIE, lang.code())).same_site(SameSite::Lax).path("/").build();
    let back = f.back.as_deref().filter(|b| b.starts_with('/') && !b.starts_with("//")).unwrap_or("/");
    Ok((jar.add(c), Redirect::to(back)).into_response())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed_after_login() {
        assert_eq!(safe_next(Some("/employers/x")), "/employers/x");
        assert_eq!(safe_next(Some("//evil.example/")), "/dashboard");
        assert_eq!(safe_next(Some("https://evil.example/")), "/dashboard");
        assert_eq!(safe_next(Some("/\\evil.example")), "/dashboard");
        assert_eq!(safe_next(None), "/dashboard");
    }
}
