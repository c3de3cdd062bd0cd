//! `decent serve` (the web application and JSON API) and the administration of its database:
//! `decent employer add|list`, `decent user add|passwd|list|assign`, `decent token create`.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Context};
use decent_server::auth::Role;
use decent_server::config::{Config, Flags};

use crate::{CmdResult, Failure};

/// Flags of `decent serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The SQLite database (created if missing; default decent.db, or DECENT_DB).
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// The address to listen on (default 127.0.0.1:8080, or DECENT_ADDR; port 0 picks one).
    #[arg(long, value_name = "HOST:PORT")]
    pub addr: Option<String>,
    /// Start from a fresh database with the demo employers, their data and an account for every
    /// role; prints the address and the logins. Replaces the database file.
    #[arg(long)]
    pub demo: bool,
    /// Mark cookies Secure (when served behind TLS).
    #[arg(long)]
    pub secure_cookies: bool,
    /// A TOML configuration file (or DECENT_CONFIG): db, addr, secure_cookies,
    /// max_upload_bytes, max_rows, log. Flags override the environment, which overrides it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Runs `decent serve`.
pub fn run(a: ServeArgs) -> CmdResult {
    let flags = Flags {
        db: a.db.clone().or_else(|| {
            a.demo.then(|| PathBuf::from("decent-demo.db")).filter(|_| std::env::var_os("DECENT_DB").is_none())
        }),
        addr: a.addr,
        demo: a.demo.then_some(true),
        secure_cookies: a.secure_cookies.then_some(true),
    };
    let cfg = Config::load(a.config.as_deref(), &flags).map_err(|e| Failure::Input(anyhow!(e)))?;
    decent_server::serve_blocking(cfg)?;
    Ok(ExitCode::SUCCESS)
}

/// The database flag every administration command takes.
#[derive(Debug, clap::Args)]
pub struct DbArg {
    /// The server's SQLite database.
    #[arg(long, value_name = "FILE", default_value = "decent.db")]
    pub db: PathBuf,
}

/// `decent employer …`.
#[derive(Debug, clap::Subcommand)]
pub enum EmployerCmd {
    /// Add an employer (or change its name and law).
    Add {
        /// The employer's id (its employer_id in the data).
        id: String,
        /// Its name.
        #[arg(long)]
        name: String,
        /// The law its data is checked under.
        #[arg(long, default_value = "lv-2002")]
        law: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// List the employers.
    List {
        #[command(flatten)]
        db: DbArg,
    },
}

/// `decent user …`.
#[derive(Debug, clap::Subcommand)]
pub enum UserCmd {
    /// Add an account; the password is read from standard input (one line).
    Add {
        /// Login name.
        name: String,
        /// admin, hr, union, employee or inspector.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// The employer (hr, union, employee; for an inspector, the first assignment).
        #[arg(long)]
        employer: Option<String>,
        /// The employee record (employee).
        #[arg(long)]
        employee: Option<String>,
        #[command(flatten)]
        db: DbArg,
    },
    /// Set an account's password, read from standard input (ends its sessions).
    Passwd {
        /// Login name.
        name: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Assign an inspector to one more employer.
    Assign {
        /// The inspector's login name.
        name: String,
        /// The employer.
        #[arg(long)]
        employer: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// List the accounts.
    List {
        #[command(flatten)]
        db: DbArg,
    },
}

/// `decent token …`.
#[derive(Debug, clap::Subcommand)]
pub enum TokenCmd {
    /// Create an API token for an account and print it (once: only its hash is kept).
    Create {
        /// The account's login name.
        name: String,
        /// What the token is for (shown in the account's token list).
        #[arg(long, default_value = "command line")]
        label: String,
        #[command(flatten)]
        db: DbArg,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse()
}

fn db(d: &DbArg) -> String {
    d.db.display().to_string()
}

/// Reads a password: the first line of standard input, without its line end.
fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("reading the password from standard input")?;
    let p = line.trim_end_matches(['\r', '\n']).to_string();
    if p.is_empty() {
        bail!("no password on standard input (e.g. `printf '%s\\n' \"$PASSWORD\" | decent user add …`)");
    }
    Ok(p)
}

/// Runs `decent employer …`.
pub fn run_employer(c: EmployerCmd) -> CmdResult {
    match c {
        EmployerCmd::Add { id, name, law, db: d } => {
            decent_server::admin::employer_add(&db(&d), &id, &name, &law).map_err(Failure::Input)?;
            println!("employer {id} ({law}) saved in {}", d.db.display());
        }
        EmployerCmd::List { db: d } => {
            for e in decent_server::admin::employers(&db(&d)).map_err(Failure::Input)? {
                println!("{}\t{}\t{}", e.id, e.law, e.name);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `decent user …`.
pub fn run_user(c: UserCmd) -> CmdResult {
    match c {
        UserCmd::Add { name, role, employer, employee, db: d } => {
            let p = read_password().map_err(Failure::Input)?;
            decent_server::admin::user_add(&db(&d), &name, role, employer.as_deref(), employee.as_deref(), &p)
                .map_err(Failure::Input)?;
            println!("account {name} ({}) added to {}", role.as_str(), d.db.display());
        }
        UserCmd::Passwd { name, db: d } => {
            let p = read_password().map_err(Failure::Input)?;
            decent_server::admin::user_passwd(&db(&d), &name, &p).map_err(Failure::Input)?;
            println!("password of {name} changed; its sessions ended");
        }
        UserCmd::Assign { name, employer, db: d } => {
            decent_server::admin::assign(&db(&d), &name, &employer).map_err(Failure::Input)?;
            println!("{name} may now read {employer}");
        }
        UserCmd::List { db: d } => {
            for a in decent_server::admin::users(&db(&d)).map_err(Failure::Input)? {
                let reach = match a.role {
                    Role::Inspector => a.assigned.join(","),
                    _ => [a.employer_id.clone(), a.employee_id.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" "),
                };
                println!("{}\t{}\t{}", a.name, a.role.as_str(), reach);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `decent token …`.
pub fn run_token(c: TokenCmd) -> CmdResult {
    match c {
        TokenCmd::Create { name, label, db: d } => {
            let t = decent_server::admin::token_create(&db(&d), &name, &label).map_err(Failure::Input)?;
            println!("{t}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
