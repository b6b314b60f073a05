//! `rasd events`, `rasd train event`, `rasd eval event` (being written).

use std::process::ExitCode;

/// Arguments of `rasd events`.
#[derive(clap::Args)]
pub struct Args {}

/// Arguments of `rasd train event`.
#[derive(clap::Args)]
pub struct TrainArgs {}

/// Arguments of `rasd eval event`.
#[derive(clap::Args)]
pub struct EvalArgs {}

/// Runs `rasd events`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd events: not yet available in this build")
}

/// Runs `rasd train event`.
pub fn train(_args: TrainArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd train event: not yet available in this build")
}

/// Runs `rasd eval event`.
pub fn eval(_args: EvalArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd eval event: not yet available in this build")
}
