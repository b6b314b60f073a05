//! `rasd train ner` / `rasd eval ner` (being written).

use std::process::ExitCode;

/// Arguments of `rasd train ner`.
#[derive(clap::Args)]
pub struct TrainArgs {}

/// Arguments of `rasd eval ner`.
#[derive(clap::Args)]
pub struct EvalArgs {}

/// Runs `rasd train ner`.
pub fn train(_args: TrainArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd train ner: not yet available in this build")
}

/// Runs `rasd eval ner`.
pub fn eval(_args: EvalArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd eval ner: not yet available in this build")
}
