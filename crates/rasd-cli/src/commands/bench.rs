//! `rasd bench` (being written).

use std::process::ExitCode;

/// Arguments of `rasd bench`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `rasd bench`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd bench: not yet available in this build")
}
