//! `decent serve --demo`: a fresh database with the demo employers, a year of their data and an
//! account for every role.
//!
//! Employers: `care-home` and `home-care`, the 2026 year checked under the Labour Law in force
//! (`lv-2002`); `care-home-1995` and `home-care-1995`, the seed's 1995 year under the Labour
//! Code (`lv-1994`). Every demo account's password is `demo-` followed by its name.

use std::net::SocketAddr;
use std::path::Path;

use anyhow::{anyhow, Context, Result};

use crate::auth::{hash_password, Role};
use crate::store::NewDataset;
use crate::AppState;

/// A demo login: name, role, what it reaches.
#[derive(Debug, Clone)]
pub struct Login {
    /// Account name.
    pub name: String,
    /// Password.
    pub password: String,
    /// Role.
    pub role: Role,
    /// What the account reaches, in words.
    pub reach: String,
}

/// The demo employers: id, name, law, and the employer id of the generated data.
pub const EMPLOYERS: [(&str, &str, &str, &str); 4] = [
    ("care-home", "Pansionāts “Liepas” (demo)", "lv-2002", "care-home"),
    ("home-care", "Aprūpe mājās (demo)", "lv-2002", "home-care"),
    ("care-home-1995", "Pansionāts, 1995 (demo)", "lv-1994", "care-home"),
    ("home-care-1995", "Aprūpe mājās, 1995 (demo)", "lv-1994", "home-care"),
];

/// The demo accounts: name, role, employer, employee.
pub const ACCOUNTS: [(&str, Role, Option<&str>, Option<&str>); 8] = [
    ("admin", Role::Admin, None, None),
    ("hr", Role::Hr, Some("care-home"), None),
    ("union", Role::Union, Some("care-home"), None),
    ("employee", Role::Employee, Some("care-home"), Some("CH002")),
    ("inspector", Role::Inspector, None, None),
    ("hr-home-care", Role::Hr, Some("home-care"), None),
    ("union-home-care", Role::Union, Some("home-care"), None),
    ("hr-1995", Role::Hr, Some("care-home-1995"), None),
];

/// The employers the demo inspector is assigned to.
pub const INSPECTED: [&str; 2] = ["care-home", "home-care-1995"];

/// Removes the database file and its write-ahead log, so that the demo starts fresh.
///
/// # Errors
/// A file that exists but cannot be removed.
pub fn fresh_database(db: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let p = format!("{}{suffix}", db.display());
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {p}")),
        }
    }
    Ok(())
}

/// The rows of a generated CSV whose `employer_id` column is `employer`, that column rewritten
/// to `new_id`; with the employee ids kept.
fn split(csv_bytes: &[u8], employer: &str, new_id: &str, ids: &mut Vec<String>) -> Result<Vec<u8>> {
    let mut r = csv::ReaderBuilder::new().from_reader(csv_bytes);
    let header = r.headers()?.clone();
    let col = header.iter().position(|h| h == "employer_id").ok_or_else(|| anyhow!("no employer_id column"))?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&header)?;
    for rec in r.records() {
        let rec = rec?;
        if rec.get(col) == Some(employer) {
            ids.push(rec.get(0).unwrap_or_default().to_string());
            w.write_record(rec.iter().enumerate().map(|(i, v)| if i == col { new_id } else { v }))?;
        }
    }
    w.into_inner().map_err(|e| anyhow!("{e}"))
}

/// The absences of the employees `ids`.
fn absences_of(csv_bytes: &[u8], ids: &[String]) -> Result<Vec<u8>> {
    let mut r = csv::ReaderBuilder::new().from_reader(csv_bytes);
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(r.headers()?)?;
    for rec in r.records() {
        let rec = rec?;
        if ids.iter().any(|i| Some(i.as_str()) == rec.get(0)) {
            w.write_record(&rec)?;
        }
    }
    w.into_inner().map_err(|e| anyhow!("{e}"))
}

fn rows(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c == b'\n').count().saturating_sub(1)
}

/// Fills a fresh database with the demo; returns the logins.
///
/// # Errors
/// A law that does not load, the generator or the store.
pub async fn fill(state: &AppState) -> Result<Vec<Login>> {
    let cfg = decent_demo::Config::default();
    let mut years = std::collections::HashMap::new();
    for law_id in ["lv-2002", "lv-1994"] {
        let law = state.laws.law(law_id).ok_or_else(|| anyhow!("no law {law_id}"))?.clone();
        let (mut s, mut e, mut a) = (Vec::new(), Vec::new(), Vec::new());
        if law_id == "lv-2002" {
            decent_demo::labour_law::generate(&cfg, &|d| law.calendar.is_festive(d), &mut s, &mut e, &mut a)?;
        } else {
            decent_demo::generate(&cfg, &mut s, &mut e, &mut a)?;
        }
        years.insert(law_id, (s, e, a));
    }
    for (id, name, law, source) in EMPLOYERS {
        state.store.put_employer(id, name, law).await?;
        let (s, e, a) = &years[law];
        let mut ids = Vec::new();
        let employees = split(e, source, id, &mut ids)?;
        let shifts = split(s, source, id, &mut Vec::new())?;
        let absences = absences_of(a, &ids)?;
        let lawref = state.laws.law(law).ok_or_else(|| anyhow!("no law {law}"))?;
        crate::checks::parse(lawref, &shifts, Some(&employees), Some(&absences), state.cfg.max_rows)
            .map_err(|e| anyhow!("the demo data of {id} does not parse: {e}"))?;
        let d = NewDataset {
            rows: [rows(&shifts), rows(&employees), rows(&absences)],
            shifts: &shifts,
            employees: Some(&employees),
            absences: Some(&absences),
        };
        state.store.add_dataset(None, id, &d).await?;
    }
    let mut logins = Vec::new();
    for (name, role, employer, employee) in ACCOUNTS {
        let password = format!("demo-{name}");
        let hash = tokio::task::spawn_blocking({
            let p = password.clone();
            move || hash_password(&p)
        })
        .await??;
        state.store.add_account(name, &hash, role, employer, employee).await?;
        let reach = match (role, employer, employee) {
            (Role::Admin, ..) => "every employer; the audit log".to_string(),
            (Role::Inspector, ..) => format!("read-only: {}", INSPECTED.join(", ")),
            (_, Some(e), Some(emp)) => format!("{e}, employee {emp} only"),
            (_, Some(e), None) => e.to_string(),
            _ => String::new(),
        };
        logins.push(Login { name: name.to_string(), password, role, reach });
    }
    for e in INSPECTED {
        state.store.assign_inspector("inspector", e).await?;
    }
    Ok(logins)
}

/// Prints the address and the demo logins.
pub fn print_welcome(addr: SocketAddr, logins: &[Login]) {
    println!("decent serve --demo: http://{addr}/");
    println!("demo employers: care-home, home-care (2026, lv-2002); care-home-1995, home-care-1995 (1995, lv-1994)");
    println!("demo logins (password = demo-NAME):");
    for l in logins {
        println!("  {:<16} {:<10} {:<20} {}", l.name, l.role.as_str(), l.password, l.reach);
    }
    println!("stop with Ctrl-C");
}
