//! `rasd analyze` (being written).

use std::process::ExitCode;

/// Arguments of `rasd analyze`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `rasd analyze`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd analyze: not yet available in this build")
}
