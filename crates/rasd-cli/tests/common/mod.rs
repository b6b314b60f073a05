//! Helpers shared by the end-to-end CLI tests.

use std::process::{Command, Output};

/// Runs the built `rasd` binary with `args`.
pub fn rasd(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(args)
        .output()
        .expect("rasd runs")
}

/// Asserts that a `rasd` run exited with 0, showing its standard error otherwise.
pub fn assert_ok(out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
