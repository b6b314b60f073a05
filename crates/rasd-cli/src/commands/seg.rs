//! `rasd train seg` / `rasd eval seg` (being written).

use std::process::ExitCode;

/// Arguments of `rasd train seg`.
#[derive(clap::Args)]
pub struct TrainArgs {}

/// Arguments of `rasd eval seg`.
#[derive(clap::Args)]
pub struct EvalArgs {}

/// Runs `rasd train seg`.
pub fn train(_args: TrainArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd train seg: not yet available in this build")
}

/// Runs `rasd eval seg`.
pub fn eval(_args: EvalArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd eval seg: not yet available in this build")
}
