//! `decent deadline` (being built).

use std::process::ExitCode;

/// Flags of `decent deadline`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `decent deadline`.
pub fn run(_args: Args) -> crate::CmdResult {
    Err(crate::Failure::Input(anyhow::anyhow!("decent deadline is not available in this build")))
        .map(|()| ExitCode::SUCCESS)
}
