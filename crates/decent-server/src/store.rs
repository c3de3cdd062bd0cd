//! The store: the only code of the server that knows SQL.
//!
//! Every read of an employer's data takes the [`Actor`] who asks and is scoped here, in the
//! query, to the employers that actor may see ([`Store::visible_employers`]); handlers and
//! templates never filter. The store is SQLite (WAL, foreign keys on) through sqlx; its methods
//! take and return plain Rust values, so that a PostgreSQL store can implement the same methods
//! without touching a handler.

use std::str::FromStr;

use anyhow::{anyhow, bail, Context, Result};
use serde::Serialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::Row;

use crate::auth::{Actor, Role};

/// The database of one `decent serve`.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
}

/// An employer as the pages list it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Employer {
    /// Identifier (the `employer_id` of the data).
    pub id: String,
    /// Display name.
    pub name: String,
    /// The law pack its data is checked under.
    pub law: String,
}

/// An account, without its password.
#[derive(Debug, Clone, Serialize)]
pub struct Account {
    /// Row id.
    pub id: i64,
    /// Login name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Employer (HR, union representative, employee).
    pub employer_id: Option<String>,
    /// Employee record (employee).
    pub employee_id: Option<String>,
    /// Preferred language code.
    pub lang: String,
    /// Employers an inspector is assigned to.
    pub assigned: Vec<String>,
}

/// One stored upload.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// Row id (grows with every upload).
    pub id: i64,
    /// The employer it belongs to.
    pub employer_id: String,
    /// The law it is checked under.
    pub law: String,
    /// When it was stored.
    pub uploaded_at: String,
    /// The shifts file as sent.
    pub shifts: Vec<u8>,
    /// The employees file as sent.
    pub employees: Option<Vec<u8>>,
    /// The absences file as sent.
    pub absences: Option<Vec<u8>>,
}

/// A dataset's description without its bytes.
#[derive(Debug, Clone, Serialize)]
pub struct DatasetInfo {
    /// Row id.
    pub id: i64,
    /// The employer.
    pub employer_id: String,
    /// The law.
    pub law: String,
    /// Uploader's account name (none for the demo data).
    pub uploaded_by: Option<String>,
    /// When.
    pub uploaded_at: String,
    /// Rows of each file.
    pub shift_rows: i64,
    /// Rows of the employees file.
    pub employee_rows: i64,
    /// Rows of the absences file.
    pub absence_rows: i64,
}

/// A new upload, checked already.
#[derive(Debug, Clone)]
pub struct NewDataset<'a> {
    /// The shifts file.
    pub shifts: &'a [u8],
    /// The employees file.
    pub employees: Option<&'a [u8]>,
    /// The absences file.
    pub absences: Option<&'a [u8]>,
    /// Rows of each file: shifts, employees, absences.
    pub rows: [usize; 3],
}

/// An entry of the audit log.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    /// Row id.
    pub id: i64,
    /// When (UTC, RFC 3339).
    pub at: String,
    /// Who.
    pub account_name: String,
    /// What: `login`, `login-failed`, `read-employee`, `upload`, `token-create`, …
    pub action: String,
    /// The employer concerned.
    pub employer_id: Option<String>,
    /// The record concerned (an employee id, a file, a token name).
    pub subject: String,
}

/// An API token's description (never the token).
#[derive(Debug, Clone, Serialize)]
pub struct TokenInfo {
    /// Row id.
    pub id: i64,
    /// The name its owner gave it.
    pub name: String,
    /// When it was made.
    pub created_at: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

/// The current time as RFC 3339 UTC.
#[must_use]
pub fn now() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Unix seconds now.
#[must_use]
pub fn unix_now() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn account_from(row: &sqlx::sqlite::SqliteRow) -> Result<Account> {
    let role: String = row.try_get("role")?;
    Ok(Account {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        role: Role::from_str(&role).map_err(|e| anyhow!(e))?,
        employer_id: row.try_get("employer_id")?,
        employee_id: row.try_get("employee_id")?,
        lang: row.try_get("lang")?,
        assigned: Vec::new(),
    })
}

impl Store {
    /// Opens (creating if missing) the database at `path` and brings its schema up to date.
    /// `:memory:` gives a private in-memory database (tests).
    ///
    /// # Errors
    /// The file cannot be opened or a migration fails.
    pub async fn open(path: &str) -> Result<Self> {
        let opts = if path == ":memory:" {
            SqliteConnectOptions::from_str("sqlite::memory:")?
        } else {
            SqliteConnectOptions::new().filename(path).create_if_missing(true)
        }
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(std::time::Duration::from_secs(5));
        let max = if path == ":memory:" { 1 } else { 8 };
        let pool = SqlitePoolOptions::new()
            .max_connections(max)
            .connect_with(opts)
            .await
            .with_context(|| format!("opening the database {path}"))?;
        sqlx::migrate!("./migrations").run(&pool).await.context("migrating the database")?;
        Ok(Self { pool })
    }

    // ---- employers -------------------------------------------------------------------------

    /// Adds an employer (or renames one and changes its law).
    ///
    /// # Errors
    /// A database error.
    pub async fn put_employer(&self, id: &str, name: &str, law: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO employers (id, name, law, created_at) VALUES (?, ?, ?, ?)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, law = excluded.law",
        )
        .bind(id)
        .bind(name)
        .bind(law)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every employer (for the command line and admins).
    ///
    /// # Errors
    /// A database error.
    pub async fn all_employers(&self) -> Result<Vec<Employer>> {
        let rows = sqlx::query("SELECT id, name, law FROM employers ORDER BY id").fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| Ok(Employer { id: r.try_get("id")?, name: r.try_get("name")?, law: r.try_get("law")? }))
            .collect()
    }

    /// The employers `actor` may see: all for an admin, the assigned ones for an inspector, the
    /// account's own for HR, union representatives and employees.
    ///
    /// # Errors
    /// A database error.
    pub async fn visible_employers(&self, actor: &Actor) -> Result<Vec<Employer>> {
        let rows = sqlx::query(
            "SELECT e.id, e.name, e.law FROM employers e, accounts a
             WHERE a.id = ?1 AND (
                 a.role = 'admin'
                 OR (a.role IN ('hr', 'union', 'employee') AND e.id = a.employer_id)
                 OR (a.role = 'inspector' AND EXISTS (
                     SELECT 1 FROM inspector_assignments i WHERE i.account_id = a.id AND i.employer_id = e.id)))
             ORDER BY e.id",
        )
        .bind(actor.account_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok(Employer { id: r.try_get("id")?, name: r.try_get("name")?, law: r.try_get("law")? }))
            .collect()
    }

    /// The employer `id` if `actor` may see it; `None` otherwise (the same answer as for an
    /// employer that does not exist, so that ids cannot be probed).
    ///
    /// # Errors
    /// A database error.
    pub async fn employer(&self, actor: &Actor, id: &str) -> Result<Option<Employer>> {
        Ok(self.visible_employers(actor).await?.into_iter().find(|e| e.id == id))
    }

    /// Assigns an inspector to an employer.
    ///
    /// # Errors
    /// Unknown account or employer, or the account is not an inspector.
    pub async fn assign_inspector(&self, account: &str, employer: &str) -> Result<()> {
        let acc = self.account_by_name(account).await?.ok_or_else(|| anyhow!("no account named {account:?}"))?;
        if acc.role != Role::Inspector {
            bail!("{account:?} is not an inspector");
        }
        sqlx::query("INSERT OR IGNORE INTO inspector_assignments (account_id, employer_id) VALUES (?, ?)")
            .bind(acc.id)
            .bind(employer)
            .execute(&self.pool)
            .await
            .with_context(|| format!("assigning {account:?} to {employer:?} (does the employer exist?)"))?;
        Ok(())
    }

    // ---- accounts --------------------------------------------------------------------------

    /// Creates an account; returns its id.
    ///
    /// # Errors
    /// The name is taken, the employer does not exist, or the role's links are wrong (HR, union
    /// and employee accounts need an employer; an employee account an employee id).
    pub async fn add_account(
        &self,
        name: &str,
        password_hash: &str,
        role: Role,
        employer_id: Option<&str>,
        employee_id: Option<&str>,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO accounts (name, password, role, employer_id, employee_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(name)
        .bind(password_hash)
        .bind(role.as_str())
        .bind(employer_id)
        .bind(employee_id)
        .bind(now())
        .execute(&self.pool)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_unique_violation() => anyhow!("an account named {name:?} exists"),
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                anyhow!("no employer {:?}", employer_id.unwrap_or_default())
            }
            sqlx::Error::Database(d) if d.is_check_violation() => anyhow!(
                "a {} account {}",
                role.as_str(),
                match role {
                    Role::Employee => "needs --employer and --employee",
                    Role::Hr | Role::Union => "needs --employer and no --employee",
                    Role::Admin | Role::Inspector => "takes neither --employer nor --employee",
                }
            ),
            e => e.into(),
        })?;
        Ok(r.last_insert_rowid())
    }

    /// Sets an account's password.
    ///
    /// # Errors
    /// No such account.
    pub async fn set_password(&self, name: &str, password_hash: &str) -> Result<()> {
        let r = sqlx::query("UPDATE accounts SET password = ? WHERE name = ?")
            .bind(password_hash)
            .bind(name)
            .execute(&self.pool)
            .await?;
        if r.rows_affected() == 0 {
            bail!("no account named {name:?}");
        }
        // A new password ends every session of the account.
        sqlx::query("DELETE FROM sessions WHERE account_id = (SELECT id FROM accounts WHERE name = ?)")
            .bind(name)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Sets an account's language.
    ///
    /// # Errors
    /// A database error.
    pub async fn set_lang(&self, account_id: i64, lang: &str) -> Result<()> {
        sqlx::query("UPDATE accounts SET lang = ? WHERE id = ?")
            .bind(lang)
            .bind(account_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Every account, with the employers each inspector is assigned to.
    ///
    /// # Errors
    /// A database error.
    pub async fn accounts(&self) -> Result<Vec<Account>> {
        let rows = sqlx::query("SELECT id, name, role, employer_id, employee_id, lang FROM accounts ORDER BY name")
            .fetch_all(&self.pool)
            .await?;
        let mut out: Vec<Account> = rows.iter().map(account_from).collect::<Result<_>>()?;
        let assigned = sqlx::query("SELECT account_id, employer_id FROM inspector_assignments ORDER BY employer_id")
            .fetch_all(&self.pool)
            .await?;
        for r in &assigned {
            let id: i64 = r.try_get("account_id")?;
            if let Some(a) = out.iter_mut().find(|a| a.id == id) {
                a.assigned.push(r.try_get("employer_id")?);
            }
        }
        Ok(out)
    }

    /// An account by its login name.
    ///
    /// # Errors
    /// A database error.
    pub async fn account_by_name(&self, name: &str) -> Result<Option<Account>> {
        let row = sqlx::query("SELECT id, name, role, employer_id, employee_id, lang FROM accounts WHERE name = ?")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(account_from).transpose()
    }

    /// An account's password hash, by login name (for logging in).
    ///
    /// # Errors
    /// A database error.
    pub async fn password_hash(&self, name: &str) -> Result<Option<(i64, String)>> {
        let row = sqlx::query("SELECT id, password FROM accounts WHERE name = ?")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Ok((r.try_get("id")?, r.try_get("password")?))).transpose()
    }

    // ---- sessions and tokens ---------------------------------------------------------------

    /// Stores a session (the hash of its cookie's value) with its CSRF token.
    ///
    /// # Errors
    /// A database error.
    pub async fn add_session(&self, token_hash: &str, account_id: i64, csrf: &str, expires_at: i64) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE expires_at < ?").bind(unix_now()).execute(&self.pool).await?;
        sqlx::query("INSERT INTO sessions (token_hash, account_id, csrf, expires_at) VALUES (?, ?, ?, ?)")
            .bind(token_hash)
            .bind(account_id)
            .bind(csrf)
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The account and CSRF token of a live session.
    ///
    /// # Errors
    /// A database error.
    pub async fn session(&self, token_hash: &str) -> Result<Option<(Account, String)>> {
        let row = sqlx::query(
            "SELECT a.id, a.name, a.role, a.employer_id, a.employee_id, a.lang, s.csrf
             FROM sessions s JOIN accounts a ON a.id = s.account_id
             WHERE s.token_hash = ? AND s.expires_at > ?",
        )
        .bind(token_hash)
        .bind(unix_now())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((account_from(&r)?, r.try_get("csrf")?))).transpose()
    }

    /// Ends a session.
    ///
    /// # Errors
    /// A database error.
    pub async fn end_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(token_hash).execute(&self.pool).await?;
        Ok(())
    }

    /// Stores a new API token (its hash) for an account.
    ///
    /// # Errors
    /// A database error.
    pub async fn add_token(&self, account_id: i64, name: &str, token_hash: &str) -> Result<i64> {
        let r = sqlx::query("INSERT INTO api_tokens (account_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
            .bind(account_id)
            .bind(name)
            .bind(token_hash)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(r.last_insert_rowid())
    }

    /// The account of a live (not revoked) API token.
    ///
    /// # Errors
    /// A database error.
    pub async fn token_account(&self, token_hash: &str) -> Result<Option<Account>> {
        let row = sqlx::query(
            "SELECT a.id, a.name, a.role, a.employer_id, a.employee_id, a.lang
             FROM api_tokens t JOIN accounts a ON a.id = t.account_id
             WHERE t.token_hash = ? AND t.revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(account_from).transpose()
    }

    /// The tokens of `actor`'s own account (every account's for an admin: `all`).
    ///
    /// # Errors
    /// A database error.
    pub async fn tokens(&self, actor: &Actor) -> Result<Vec<TokenInfo>> {
        let rows = sqlx::query(
            "SELECT id, name, created_at, revoked_at FROM api_tokens WHERE account_id = ? ORDER BY id DESC",
        )
        .bind(actor.account_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(TokenInfo {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    revoked_at: r.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    /// Revokes one of `actor`'s own tokens; false when `actor` has no such token.
    ///
    /// # Errors
    /// A database error.
    pub async fn revoke_token(&self, actor: &Actor, id: i64) -> Result<bool> {
        let r =
            sqlx::query("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .bind(now())
                .bind(id)
                .bind(actor.account_id)
                .execute(&self.pool)
                .await?;
        Ok(r.rows_affected() == 1)
    }

    // ---- datasets --------------------------------------------------------------------------

    /// Stores an upload for an employer `actor` may change (HR of that employer, or an admin),
    /// in one transaction: either the whole upload is stored or nothing is.
    ///
    /// # Errors
    /// `actor` may not upload for this employer, or a database error.
    pub async fn add_dataset(&self, actor: Option<&Actor>, employer_id: &str, d: &NewDataset<'_>) -> Result<i64> {
        let law: String = {
            let row = sqlx::query("SELECT law FROM employers WHERE id = ?")
                .bind(employer_id)
                .fetch_optional(&self.pool)
                .await?
                .ok_or_else(|| anyhow!("no employer {employer_id:?}"))?;
            row.try_get("law")?
        };
        if let Some(a) = actor {
            if !a.may_change(employer_id) {
                bail!("{} may not upload data for {employer_id:?}", a.name);
            }
        }
        let mut tx = self.pool.begin().await?;
        let id = sqlx::query(
            "INSERT INTO datasets (employer_id, law, uploaded_by, uploaded_at, shifts, employees, absences,
                                   shift_rows, employee_rows, absence_rows)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(employer_id)
        .bind(&law)
        .bind(actor.map(|a| a.account_id))
        .bind(now())
        .bind(d.shifts)
        .bind(d.employees)
        .bind(d.absences)
        .bind(d.rows[0] as i64)
        .bind(d.rows[1] as i64)
        .bind(d.rows[2] as i64)
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
        if let Some(a) = actor {
            audit_in(&mut tx, a, "upload", Some(employer_id), &format!("dataset {id}")).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// The newest dataset of an employer `actor` may see.
    ///
    /// # Errors
    /// A database error.
    pub async fn current_dataset(&self, actor: &Actor, employer_id: &str) -> Result<Option<Dataset>> {
        if self.employer(actor, employer_id).await?.is_none() {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT id, employer_id, law, uploaded_at, shifts, employees, absences FROM datasets
             WHERE employer_id = ? ORDER BY id DESC LIMIT 1",
        )
        .bind(employer_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(Dataset {
                id: r.try_get("id")?,
                employer_id: r.try_get("employer_id")?,
                law: r.try_get("law")?,
                uploaded_at: r.try_get("uploaded_at")?,
                shifts: r.try_get("shifts")?,
                employees: r.try_get("employees")?,
                absences: r.try_get("absences")?,
            })
        })
        .transpose()
    }

    /// The id of the newest dataset of an employer `actor` may see (cheap: for caches).
    ///
    /// # Errors
    /// A database error.
    pub async fn current_dataset_id(&self, actor: &Actor, employer_id: &str) -> Result<Option<i64>> {
        if self.employer(actor, employer_id).await?.is_none() {
            return Ok(None);
        }
        let row = sqlx::query("SELECT max(id) AS id FROM datasets WHERE employer_id = ?")
            .bind(employer_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("id")?)
    }

    /// The uploads of an employer `actor` may see, newest first.
    ///
    /// # Errors
    /// A database error.
    pub async fn datasets(&self, actor: &Actor, employer_id: &str) -> Result<Vec<DatasetInfo>> {
        if self.employer(actor, employer_id).await?.is_none() {
            return Ok(Vec::new());
        }
        let rows = sqlx::query(
            "SELECT d.id, d.employer_id, d.law, a.name AS uploaded_by, d.uploaded_at, d.shift_rows, d.employee_rows,
                    d.absence_rows
             FROM datasets d LEFT JOIN accounts a ON a.id = d.uploaded_by
             WHERE d.employer_id = ? ORDER BY d.id DESC",
        )
        .bind(employer_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DatasetInfo {
                    id: r.try_get("id")?,
                    employer_id: r.try_get("employer_id")?,
                    law: r.try_get("law")?,
                    uploaded_by: r.try_get("uploaded_by")?,
                    uploaded_at: r.try_get("uploaded_at")?,
                    shift_rows: r.try_get("shift_rows")?,
                    employee_rows: r.try_get("employee_rows")?,
                    absence_rows: r.try_get("absence_rows")?,
                })
            })
            .collect()
    }

    /// Number of datasets stored (all employers; for tests of atomicity).
    ///
    /// # Errors
    /// A database error.
    pub async fn dataset_count(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT count(*) AS n FROM datasets").fetch_one(&self.pool).await?.try_get("n")?)
    }

    // ---- import profiles -------------------------------------------------------------------

    /// The import profile (JSON) remembered for an employer `actor` may see.
    ///
    /// # Errors
    /// A database error.
    pub async fn import_profile(&self, actor: &Actor, employer_id: &str) -> Result<Option<String>> {
        if self.employer(actor, employer_id).await?.is_none() {
            return Ok(None);
        }
        let row = sqlx::query("SELECT profile FROM import_profiles WHERE employer_id = ?")
            .bind(employer_id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Ok(r.try_get("profile")?)).transpose()
    }

    /// Remembers the import profile (JSON) of an employer `actor` may change.
    ///
    /// # Errors
    /// `actor` may not change this employer's data, or a database error.
    pub async fn set_import_profile(&self, actor: &Actor, employer_id: &str, profile: &str) -> Result<()> {
        if !actor.may_change(employer_id) {
            bail!("{} may not change the import settings of {employer_id:?}", actor.name);
        }
        sqlx::query(
            "INSERT INTO import_profiles (employer_id, profile, updated_at) VALUES (?, ?, ?)
             ON CONFLICT(employer_id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at",
        )
        .bind(employer_id)
        .bind(profile)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    // ---- audit -----------------------------------------------------------------------------

    /// Records that `actor` did `action` on `subject`.
    ///
    /// # Errors
    /// A database error.
    pub async fn audit(&self, actor: &Actor, action: &str, employer_id: Option<&str>, subject: &str) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        audit_in(&mut conn, actor, action, employer_id, subject).await
    }

    /// Records an event with no signed-in account (a failed login names the name tried).
    ///
    /// # Errors
    /// A database error.
    pub async fn audit_anonymous(&self, name: &str, action: &str, subject: &str) -> Result<()> {
        sqlx::query("INSERT INTO audit_log (at, account_id, account_name, action, employer_id, subject) VALUES (?, NULL, ?, ?, NULL, ?)")
            .bind(now())
            .bind(name)
            .bind(action)
            .bind(subject)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The newest `limit` entries of the audit log, for an admin only.
    ///
    /// # Errors
    /// `actor` is not an admin, or a database error.
    pub async fn audit_log(&self, actor: &Actor, limit: i64) -> Result<Vec<AuditEntry>> {
        if actor.role != Role::Admin {
            bail!("only an admin reads the audit log");
        }
        let rows = sqlx::query(
            "SELECT id, at, account_name, action, employer_id, subject FROM audit_log ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    id: r.try_get("id")?,
                    at: r.try_get("at")?,
                    account_name: r.try_get("account_name")?,
                    action: r.try_get("action")?,
                    employer_id: r.try_get("employer_id")?,
                    subject: r.try_get("subject")?,
                })
            })
            .collect()
    }
}

async fn audit_in(
    conn: &mut sqlx::SqliteConnection,
    actor: &Actor,
    action: &str,
    employer_id: Option<&str>,
    subject: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, account_id, account_name, action, employer_id, subject) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(now())
    .bind(actor.account_id)
    .bind(&actor.name)
    .bind(action)
    .bind(employer_id)
    .bind(subject)
    .execute(conn)
    .await?;
    Ok(())
}
