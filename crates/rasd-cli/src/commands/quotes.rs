//! `rasd quotes` (being written).

use std::process::ExitCode;

/// Arguments of `rasd quotes`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `rasd quotes`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd quotes: not yet available in this build")
}
