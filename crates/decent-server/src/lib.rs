//! `decent serve`: the web application where employer HR, union representatives, employees and
//! labour inspectors look at the same findings, in Latvian or English.
//!
//! Server-rendered pages (askama templates, words from Fluent catalogues), an SQLite store
//! ([`store`], the only module that knows SQL), sessions and roles ([`auth`]), the checked data
//! of each employer kept in memory ([`checks`]). Every handler's error is one [`AppError`].

pub mod admin;
pub mod auth;
pub mod checks;
pub mod config;
pub mod demo;
pub mod error;
pub mod i18n;
pub mod pages;
pub mod store;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use axum::http::{header, HeaderValue};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

pub use config::Config;
pub use error::AppError;

/// What every handler shares.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The database.
    pub store: store::Store,
    /// The configuration.
    pub cfg: Arc<Config>,
    /// The laws and their catalogues.
    pub laws: Arc<i18n::Laws>,
    /// Checked data, newest first.
    pub checks: Arc<checks::CheckCache>,
    /// Failed logins.
    pub limiter: Arc<auth::LoginLimiter>,
}

impl AppState {
    /// Opens the store and loads the laws.
    ///
    /// # Errors
    /// The database cannot be opened or a law does not load.
    pub async fn new(cfg: Config) -> Result<Self> {
        let store = store::Store::open(&cfg.db.display().to_string()).await?;
        Ok(Self {
            store,
            cfg: Arc::new(cfg),
            laws: Arc::new(i18n::Laws::load()?),
            checks: Arc::default(),
            limiter: Arc::default(),
        })
    }
}

/// The content security policy: nothing inline, nothing from elsewhere, never in a frame.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                       form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The application: every route, with the security headers, the body limit and the error
/// pages.
pub fn app(state: AppState) -> Router {
    let limit = state.cfg.max_upload_bytes;
    pages::router()
        .layer(axum::middleware::from_fn_with_state(state.clone(), error::render))
        .layer(axum::middleware::from_fn(pages::csrf_cookie))
        .layer(axum::extract::DefaultBodyLimit::max(limit))
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves until Ctrl-C or SIGTERM, finishing the requests in flight. With `cfg.demo`, first
/// replaces the database with the demo's and prints the address and the logins. `ready` is
/// told the address once the server listens (tests bind port 0).
///
/// # Errors
/// The database, the address or the demo data.
pub async fn serve(cfg: Config, ready: Option<tokio::sync::oneshot::Sender<SocketAddr>>) -> Result<()> {
    if cfg.demo {
        demo::fresh_database(&cfg.db)?;
    }
    let state = AppState::new(cfg.clone()).await?;
    let logins = if cfg.demo { demo::fill(&state).await? } else { Vec::new() };
    let listener =
        tokio::net::TcpListener::bind(&cfg.addr).await.with_context(|| format!("listening on {}", cfg.addr))?;
    let addr = listener.local_addr()?;
    if cfg.demo {
        demo::print_welcome(addr, &logins);
    } else {
        println!("decent serve: http://{addr}/ (database {}; stop with Ctrl-C)", cfg.db.display());
    }
    // Scripts and tests read the address from the first line.
    let _ = std::io::Write::flush(&mut std::io::stdout());
    tracing::info!(%addr, db = %cfg.db.display(), "decent serve listening");
    if let Some(tx) = ready {
        let _ = tx.send(addr);
    }
    axum::serve(listener, app(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown())
        .await?;
    tracing::info!("decent serve stopped");
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = term => {} }
}

/// Runs [`serve`] on a new runtime, with logs on standard error (for the command line).
///
/// # Errors
/// As [`serve`].
pub fn serve_blocking(cfg: Config) -> Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_new(&cfg.log)
        .map_err(|e| anyhow::anyhow!("configuration: log filter {:?}: {e}", cfg.log))?;
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(ansi).with_writer(std::io::stderr).try_init();
    tokio::runtime::Runtime::new()?.block_on(serve(cfg, None))
}
