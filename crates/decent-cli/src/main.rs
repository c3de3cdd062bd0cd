//! `decent`: labour law as code for decent work in municipal social services.
//!
//! Exit status: 0 clean, 1 when a check finds violations, 2 on bad usage or bad input.
//! A closed pipe (`decent check … | head`) ends quietly.

mod cmd;
mod i18n;
mod laws;
mod output;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Labour law as code: does this roster comply, what must be paid and why, when does a term end.
#[derive(Debug, Parser)]
#[command(name = "decent", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of the output: en or lv (default: from LC_ALL, LC_MESSAGES or LANG; English
    /// when they name neither). The statute's text is shown in the language the pack holds.
    #[arg(long, global = true, value_name = "LANG", value_parser = i18n::parse_lang)]
    lang: Option<i18n::Lang>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check shifts (a roster or a timesheet) against the law.
    Check(cmd::check::Args),
    /// List every rule with its section, parameters and interpretations.
    Rules(cmd::rules::RulesArgs),
    /// Show one rule: statute text, parameters, interpretations and an example.
    Explain(cmd::rules::ExplainArgs),
    /// List the laws (jurisdiction packs) this binary carries, with their sources and hashes.
    Laws(cmd::laws::Args),
    /// Write a realistic, deterministic year of demo data for a municipal social service.
    Demo(cmd::demo::Args),
    /// Compute pay: monthly payslips as auditable lines, average earnings, leave pay, severance.
    Pay(cmd::pay::Args),
    /// Compute the end of a term (notice, probation, discipline, disputes…) under s257.
    Deadline(cmd::deadline::Args),
    /// Check whether a termination by the employer is lawful for one employee.
    Termination(cmd::termination::Args),
    /// Serve the web application and JSON API (`--demo` for a fresh demo database).
    Serve(cmd::serve::ServeArgs),
    /// Employers of a server's database.
    #[command(subcommand)]
    Employer(cmd::serve::EmployerCmd),
    /// Accounts of a server's database (passwords read from standard input).
    #[command(subcommand)]
    User(cmd::serve::UserCmd),
    /// API tokens of a server's database.
    #[command(subcommand)]
    Token(cmd::serve::TokenCmd),
}

/// A failure that sets the exit status.
#[derive(Debug)]
pub enum Failure {
    /// Bad usage or bad input: exit 2.
    Input(anyhow::Error),
    /// Anything else: exit 2 as well (nothing was decided).
    Other(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::Other(e.into())
    }
}

/// What a command returns: the exit status it asks for.
pub type CmdResult = Result<ExitCode, Failure>;

/// Whether the error is a closed pipe, however it was wrapped (the csv and serde_json errors do
/// not always name the I/O error as their source).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>().is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>()
                .is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe))
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(l) = cli.lang {
        i18n::set_lang(l);
    }
    let result = match cli.command {
        Command::Check(a) => cmd::check::run(a),
        Command::Rules(a) => cmd::rules::run_rules(a),
        Command::Explain(a) => cmd::rules::run_explain(a),
        Command::Laws(a) => cmd::laws::run(a),
        Command::Demo(a) => cmd::demo::run(a),
        Command::Pay(a) => cmd::pay::run(a),
        Command::Deadline(a) => cmd::deadline::run(a),
        Command::Termination(a) => cmd::termination::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Employer(c) => cmd::serve::run_employer(c),
        Command::User(c) => cmd::serve::run_user(c),
        Command::Token(c) => cmd::serve::run_token(c),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Input(e) | Failure::Other(e)) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(Failure::Input(e) | Failure::Other(e)) => {
            let text = format!("{e:#}");
            match i18n::own() {
                Ok(c) => {
                    // Bad input read by decent-io: where it is and what was expected, in the
                    // reader's language.
                    let what = match e.downcast_ref::<decent_io::InputError>() {
                        Some(ie) => decent_core::Message::new("error").msg("text", ie.message()),
                        None => decent_core::Message::new("error").text("text", text),
                    };
                    eprintln!("{}", decent_core::Render::render(&c, &what));
                }
                Err(_) => eprintln!("error: {text}"),
            }
            ExitCode::from(2)
        }
    }
}
