//! Who is asking: accounts and roles, passwords (argon2id), sessions (HttpOnly SameSite
//! cookies), CSRF tokens, API tokens (`Authorization: Bearer …`) and the login rate limit.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use decent_i18n::Lang;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::store::Account;
use crate::AppState;

/// The name of the session cookie.
pub const SESSION_COOKIE: &str = "decent_session";
/// The name of the cookie holding the CSRF token of a visitor who has not signed in (the login
/// and language forms).
pub const CSRF_COOKIE: &str = "decent_csrf";
/// The name of the cookie remembering a visitor's language.
pub const LANG_COOKIE: &str = "decent_lang";
/// How long a session lasts.
pub const SESSION_SECONDS: i64 = 8 * 3600;

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Everything, on every employer; reads the audit log. Not the personal data protected for
    /// HR and the employee.
    Admin,
    /// An employer's HR: uploads its data, sees every employee's record, sensitive data included.
    Hr,
    /// A trade-union representative at an employer: findings and counts, no sensitive data.
    Union,
    /// An employee: their own record only.
    Employee,
    /// A labour inspector: read-only, the employers assigned.
    Inspector,
}

impl Role {
    /// Every role, in the order pages list them.
    pub const ALL: [Role; 5] = [Role::Admin, Role::Hr, Role::Union, Role::Employee, Role::Inspector];

    /// The role's name on the command line and in the database.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Hr => "hr",
            Role::Union => "union",
            Role::Employee => "employee",
            Role::Inspector => "inspector",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown role {s:?}: expected admin, hr, union, employee or inspector"))
    }
}

/// The signed-in account of a request.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Account row id.
    pub account_id: i64,
    /// Login name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// The employer of an HR, union or employee account.
    pub employer_id: Option<String>,
    /// The employee record of an employee account.
    pub employee_id: Option<String>,
    /// The account's language.
    pub lang: Lang,
    /// The session's CSRF token (empty for an API token: a bearer token is not sent by a
    /// browser on its own, so it needs none).
    pub csrf: String,
}

impl Actor {
    fn of(a: Account, csrf: String) -> Self {
        Self {
            account_id: a.id,
            name: a.name,
            role: a.role,
            employer_id: a.employer_id,
            employee_id: a.employee_id,
            lang: Lang::parse(&a.lang).unwrap_or(Lang::Lv),
            csrf,
        }
    }

    /// Whether this account may change `employer`'s data (upload, import settings): its HR and
    /// admins.
    #[must_use]
    pub fn may_change(&self, employer: &str) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Hr => self.employer_id.as_deref() == Some(employer),
            Role::Union | Role::Employee | Role::Inspector => false,
        }
    }

    /// The one employee whose records this account may see at an employer it sees, or `None`
    /// when it may see every employee's (everyone but an employee).
    #[must_use]
    pub fn only_employee(&self) -> Option<&str> {
        match self.role {
            Role::Employee => Some(self.employee_id.as_deref().unwrap_or("")),
            _ => None,
        }
    }

    /// Whether this account may see the sensitive personal data (pregnancy, children, sick
    /// leave) of `employee` at `employer`: that employer's HR, and the employee.
    #[must_use]
    pub fn sees_sensitive(&self, employer: &str, employee: &str) -> bool {
        let own_employer = self.employer_id.as_deref() == Some(employer);
        match self.role {
            Role::Hr => own_employer,
            Role::Employee => own_employer && self.employee_id.as_deref() == Some(employee),
            Role::Admin | Role::Union | Role::Inspector => false,
        }
    }

    /// Refuses a state-changing form whose CSRF token is not this session's.
    ///
    /// # Errors
    /// [`AppError::Csrf`].
    pub fn check_csrf(&self, token: &str) -> Result<(), AppError> {
        if self.csrf.is_empty() || !constant_eq(self.csrf.as_bytes(), token.as_bytes()) {
            return Err(AppError::Csrf);
        }
        Ok(())
    }
}

/// Compares two byte strings in time that depends only on their lengths.
#[must_use]
pub fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A new random token: 32 bytes from the operating system, in hex.
///
/// # Errors
/// The operating system has no randomness to give.
pub fn random_token() -> Result<String> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| anyhow!("no randomness: {e}"))?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

/// The SHA-256 of a token, in hex: what the store keeps of sessions and API tokens.
#[must_use]
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|x| format!("{x:02x}")).collect()
}

/// Hashes a password with argon2id (the crate's defaults: 19 MiB, two passes, one lane).
///
/// # Errors
/// No randomness for the salt, or a password argon2 refuses.
pub fn hash_password(password: &str) -> Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow!("no randomness: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow!("salt: {e}"))?;
    Ok(Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|e| anyhow!("hashing: {e}"))?.to_string())
}

/// Whether `password` matches the stored argon2 hash.
#[must_use]
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash no password matches, verified against when the name is unknown so that a wrong name
/// takes as long as a wrong password.
pub const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3MLx6fqBl3FN4v0+kwkNsi1YbYXzbW2trT2qtaCHuqg";

/// The shortest a password may be.
pub const MIN_PASSWORD: usize = 8;

/// Failed logins, by client address and by account name: after [`LoginLimiter::MAX_FAILURES`]
/// in [`LoginLimiter::WINDOW`], further attempts are refused until the window has passed.
#[derive(Debug, Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl LoginLimiter {
    /// Failures allowed in the window.
    pub const MAX_FAILURES: usize = 5;
    /// The window.
    pub const WINDOW: Duration = Duration::from_secs(300);

    fn keys(ip: Option<IpAddr>, name: &str) -> [String; 2] {
        [format!("ip:{}", ip.map_or_else(String::new, |i| i.to_string())), format!("name:{}", name.to_lowercase())]
    }

    /// The seconds to wait before another attempt, if the address or the name has failed too
    /// often.
    #[must_use]
    pub fn blocked(&self, ip: Option<IpAddr>, name: &str) -> Option<u64> {
        let mut map = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = Instant::now();
        let mut wait = None;
        for k in Self::keys(ip, name) {
            if let Some(v) = map.get_mut(&k) {
                v.retain(|t| now.duration_since(*t) < Self::WINDOW);
                if v.len() >= Self::MAX_FAILURES {
                    let left = Self::WINDOW.saturating_sub(now.duration_since(v[0])).as_secs().max(1);
                    wait = Some(wait.map_or(left, |w: u64| w.max(left)));
                }
            }
        }
        wait
    }

    /// Records a failed attempt.
    pub fn fail(&self, ip: Option<IpAddr>, name: &str) {
        let mut map = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Bounded memory: a flood of names cannot grow the map without limit.
        if map.len() > 100_000 {
            map.clear();
        }
        for k in Self::keys(ip, name) {
            map.entry(k).or_default().push(Instant::now());
        }
    }

    /// Forgets the failures of a name after a successful login.
    pub fn succeed(&self, name: &str) {
        let mut map = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        map.remove(&format!("name:{}", name.to_lowercase()));
    }
}

/// The actor of a request, if any: a bearer token, or a session cookie.
///
/// # Errors
/// A database error.
pub async fn actor_of(parts: &Parts, state: &AppState) -> Result<Option<Actor>, AppError> {
    if let Some(h) = parts.headers.get(axum::http::header::AUTHORIZATION) {
        let token = h.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")).ok_or(AppError::Unauthorized)?;
        let acc = state.store.token_account(&token_hash(token.trim())).await?.ok_or(AppError::Unauthorized)?;
        return Ok(Some(Actor::of(acc, String::new())));
    }
    let jar = CookieJar::from_headers(&parts.headers);
    let Some(c) = jar.get(SESSION_COOKIE) else { return Ok(None) };
    Ok(state.store.session(&token_hash(c.value())).await?.map(|(a, csrf)| Actor::of(a, csrf)))
}

impl FromRequestParts<AppState> for Actor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        actor_of(parts, state).await?.ok_or(AppError::Unauthorized)
    }
}

/// The actor of a request, or `None` for a visitor (public pages).
#[derive(Debug, Clone)]
pub struct MaybeActor(pub Option<Actor>);

impl FromRequestParts<AppState> for MaybeActor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        Ok(MaybeActor(actor_of(parts, state).await?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Source: argon2id is the hash the developers' guide asks for; a hash verifies its own
    /// password only, and the dummy hash verifies none of the demo passwords.
    #[test]
    fn argon2id_hashes_verify_their_password_only() {
        let h = hash_password("correct horse").expect("hashes");
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("correct hors", &h));
        assert!(!verify_password("demo-hr", DUMMY_HASH));
        assert!(PasswordHash::new(DUMMY_HASH).is_ok(), "the dummy hash parses, so it costs a full verification");
    }

    #[test]
    fn the_limiter_blocks_after_five_failures_of_a_name_from_any_address() {
        let l = LoginLimiter::default();
        let ip = |n: u8| Some(IpAddr::from([10, 0, 0, n]));
        for n in 0..5 {
            assert_eq!(l.blocked(ip(n), "Anna"), None);
            l.fail(ip(n), "Anna");
        }
        assert!(l.blocked(ip(9), "anna").is_some(), "the name is blocked from a new address");
        assert_eq!(l.blocked(ip(9), "berta"), None, "another name from a new address is not");
        assert!(l.blocked(ip(0), "berta").is_none(), "one failure from an address does not block it");
        l.succeed("anna");
        assert!(l.blocked(ip(9), "anna").is_none());
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (random_token().expect("random"), random_token().expect("random"));
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert!(constant_eq(b"abc", b"abc") && !constant_eq(b"abc", b"abd") && !constant_eq(b"ab", b"abc"));
    }
}
