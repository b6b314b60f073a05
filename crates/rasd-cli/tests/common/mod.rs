//! Helpers shared by the end-to-end CLI tests.

use std::process::{Command, Output};

/// Runs the built `rasd` binary with `args`.
pub fn rasd(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(args)
        .output()
        .expect("rasd runs")
}
