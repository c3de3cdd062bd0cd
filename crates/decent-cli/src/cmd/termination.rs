//! `decent termination` (being built).

use std::process::ExitCode;

/// Flags of `decent termination`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `decent termination`.
pub fn run(_args: Args) -> crate::CmdResult {
    Err(crate::Failure::Input(anyhow::anyhow!("decent termination is not available in this build")))
        .map(|()| ExitCode::SUCCESS)
}
