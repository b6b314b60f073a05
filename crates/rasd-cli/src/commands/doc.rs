//! `rasd eval doc` (being written).

use std::process::ExitCode;

/// Arguments of `rasd eval doc`.
#[derive(clap::Args)]
pub struct EvalArgs {}

/// Runs `rasd eval doc`.
pub fn eval(_args: EvalArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("rasd eval doc: not yet available in this build")
}
