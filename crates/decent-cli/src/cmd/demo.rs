//! `decent demo` (being built).

use std::process::ExitCode;

/// Flags of `decent demo`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `decent demo`.
pub fn run(_args: Args) -> crate::CmdResult {
    Err(crate::Failure::Input(anyhow::anyhow!("decent demo is not available in this build")))
        .map(|()| ExitCode::SUCCESS)
}
