//! `decent pay` (being built).

use std::process::ExitCode;

/// Flags of `decent pay`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `decent pay`.
pub fn run(_args: Args) -> crate::CmdResult {
    Err(crate::Failure::Input(anyhow::anyhow!("decent pay is not available in this build"))).map(|()| ExitCode::SUCCESS)
}
