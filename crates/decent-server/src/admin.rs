//! The command line's administration of a server's database: `decent user add|passwd|list`,
//! `decent token create`, `decent employer add`. Each opens the database, does one thing and
//! closes it; passwords come from the caller (read from standard input by the command line).

use anyhow::{bail, Result};

use crate::auth::{hash_password, random_token, token_hash, Role, MIN_PASSWORD};
use crate::store::{Account, Employer, Store};

fn block_on<T>(f: impl std::future::Future<Output = Result<T>>) -> Result<T> {
    tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(f)
}

/// Refuses a password too short to be one.
///
/// # Errors
/// Shorter than [`MIN_PASSWORD`] characters.
pub fn check_password(password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD {
        bail!("a password has at least {MIN_PASSWORD} characters");
    }
    Ok(())
}

/// Adds an employer (or changes its name and law).
///
/// # Errors
/// Unknown law, or a database error.
pub fn employer_add(db: &str, id: &str, name: &str, law: &str) -> Result<()> {
    decent_laws::pack(law)?;
    if id.trim().is_empty() || id.chars().any(char::is_control) || id.len() > 100 {
        bail!("an employer id is 1 to 100 printable characters, found {id:?}");
    }
    block_on(async { Store::open(db).await?.put_employer(id, name, law).await })
}

/// Every employer.
///
/// # Errors
/// A database error.
pub fn employers(db: &str) -> Result<Vec<Employer>> {
    block_on(async { Store::open(db).await?.all_employers().await })
}

/// Adds an account. An inspector's `employer` is an assignment (repeat `assign` for more).
///
/// # Errors
/// A short password, a taken name, an unknown employer, or links the role does not take.
pub fn user_add(
    db: &str,
    name: &str,
    role: Role,
    employer: Option<&str>,
    employee: Option<&str>,
    password: &str,
) -> Result<()> {
    check_password(password)?;
    if name.trim().is_empty() || name.chars().any(char::is_control) || name.len() > 100 {
        bail!("an account name is 1 to 100 printable characters, found {name:?}");
    }
    let hash = hash_password(password)?;
    block_on(async {
        let store = Store::open(db).await?;
        if role == Role::Inspector {
            if employee.is_some() {
                bail!("an inspector account takes no --employee");
            }
            store.add_account(name, &hash, role, None, None).await?;
            if let Some(e) = employer {
                store.assign_inspector(name, e).await?;
            }
        } else {
            store.add_account(name, &hash, role, employer, employee).await?;
        }
        Ok(())
    })
}

/// Assigns an inspector to one more employer.
///
/// # Errors
/// Unknown account or employer, or not an inspector.
pub fn assign(db: &str, name: &str, employer: &str) -> Result<()> {
    block_on(async { Store::open(db).await?.assign_inspector(name, employer).await })
}

/// Sets an account's password (and ends its sessions).
///
/// # Errors
/// A short password or no such account.
pub fn user_passwd(db: &str, name: &str, password: &str) -> Result<()> {
    check_password(password)?;
    let hash = hash_password(password)?;
    block_on(async { Store::open(db).await?.set_password(name, &hash).await })
}

/// Every account.
///
/// # Errors
/// A database error.
pub fn users(db: &str) -> Result<Vec<Account>> {
    block_on(async { Store::open(db).await?.accounts().await })
}

/// Creates an API token for an account and returns it: it is shown once and stored hashed.
///
/// # Errors
/// No such account, or a database error.
pub fn token_create(db: &str, account: &str, token_name: &str) -> Result<String> {
    block_on(async {
        let store = Store::open(db).await?;
        let Some(acc) = store.account_by_name(account).await? else { bail!("no account named {account:?}") };
        let token = random_token()?;
        store.add_token(acc.id, token_name, &token_hash(&token)).await?;
        Ok(token)
    })
}
