//! The account's own API tokens, and the audit log (admins).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use serde::Deserialize;

use super::{page, Chrome, VisitorCsrf};
use crate::auth::{random_token, token_hash, Actor, Role};
use crate::error::AppError;
use crate::store::{AuditEntry, TokenInfo};
use crate::AppState;

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/tokens", get(tokens).post(create_token))
        .route("/tokens/{id}/revoke", post(revoke_token))
        .route("/admin/audit", get(audit))
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    c: Chrome,
    title: String,
    tokens: Vec<TokenInfo>,
    created: Option<String>,
}

async fn tokens(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
) -> Result<Response, AppError> {
    let c = Chrome::new(&state, &headers, Some(&actor), &v, "/tokens");
    let tokens = state.store.tokens(&actor).await?;
    page(&TokensPage { title: c.t("tokens-title"), c, tokens, created: None })
}

/// The new-token form.
#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    csrf: String,
    name: String,
}

async fn create_token(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Form(f): Form<TokenForm>,
) -> Result<Response, AppError> {
    actor.check_csrf(&f.csrf)?;
    let name: String = f.name.trim().chars().filter(|c| !c.is_control()).take(100).collect();
    let c = Chrome::new(&state, &headers, Some(&actor), &v, "/tokens");
    if name.is_empty() {
        return Err(AppError::BadRequest(c.t("tokens-name-needed")));
    }
    let token = random_token()?;
    state.store.add_token(actor.account_id, &name, &token_hash(&token)).await?;
    state.store.audit(&actor, "token-create", actor.employer_id.as_deref(), &name).await?;
    let tokens = state.store.tokens(&actor).await?;
    page(&TokensPage { title: c.t("tokens-title"), c, tokens, created: Some(token) })
}

async fn revoke_token(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<i64>,
    Form(f): Form<super::session::CsrfForm>,
) -> Result<Response, AppError> {
    actor.check_csrf(&f.csrf)?;
    if !state.store.revoke_token(&actor, id).await? {
        return Err(AppError::NotFound);
    }
    state.store.audit(&actor, "token-revoke", actor.employer_id.as_deref(), &id.to_string()).await?;
    Ok(Redirect::to("/tokens").into_response())
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    c: Chrome,
    title: String,
    entries: Vec<AuditEntry>,
}

async fn audit(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
) -> Result<Response, AppError> {
    if actor.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let entries = state.store.audit_log(&actor, 500).await?;
    let c = Chrome::new(&state, &headers, Some(&actor), &v, "/admin/audit");
    page(&AuditPage { title: c.t("audit-title"), c, entries })
}
