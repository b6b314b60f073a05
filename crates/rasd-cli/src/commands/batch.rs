//! Order-preserving parallel batch processing with progress and clean interruption.
//!
//! Documents are read in chunks, processed in parallel (rayon) and written in input order, one
//! whole line at a time: Ctrl-C stops after the current chunk and never leaves a partial line.

use indicatif::{ProgressBar, ProgressStyle};
use rasd_ingest::DocResult;
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// What a batch did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    /// Documents processed successfully.
    pub ok: usize,
    /// Documents that failed (an error record was written for each).
    pub failed: usize,
    /// True when Ctrl-C stopped the batch early.
    pub interrupted: bool,
}

impl Summary {
    /// The process exit code: 0 all ok, 1 some documents failed, 130 interrupted.
    pub fn exit_code(&self) -> std::process::ExitCode {
        std::process::ExitCode::from(if self.interrupted {
            130
        } else if self.failed > 0 {
            1
        } else {
            0
        })
    }
}

/// One processed document: its output text (whole lines) and whether it succeeded.
pub struct Output {
    /// Text to write (may be several lines, or empty).
    pub text: String,
    /// False for an error record.
    pub ok: bool,
}

/// Runs `process` over `docs` on `jobs` threads (0 = all cores), writing outputs in input order.
pub fn run<F>(
    docs: impl Iterator<Item = DocResult>,
    jobs: usize,
    progress: bool,
    out: &mut dyn Write,
    process: F,
) -> anyhow::Result<Summary>
where
    F: Fn(DocResult) -> Output + Sync,
{
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let stop = interrupt_flag();
    let bar = progress_bar(progress);
    let mut summary = Summary::default();
    let mut docs = docs.peekable();
    let chunk = 64 * pool.current_num_threads().max(1);
    while docs.peek().is_some() {
        if stop.load(Ordering::SeqCst) {
            summary.interrupted = true;
            break;
        }
        let batch: Vec<DocResult> = docs.by_ref().take(chunk).collect();
        let outputs: Vec<Output> = pool.install(|| batch.into_par_iter().map(&process).collect());
        for o in outputs {
            out.write_all(o.text.as_bytes())?;
            if o.ok {
                summary.ok += 1;
            } else {
                summary.failed += 1;
            }
            bar.inc(1);
        }
        out.flush()?;
    }
    bar.finish_and_clear();
    Ok(summary)
}

/// A flag set by Ctrl-C (installed once per process).
fn interrupt_flag() -> Arc<AtomicBool> {
    static FLAG: std::sync::OnceLock<Arc<AtomicBool>> = std::sync::OnceLock::new();
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        let f = flag.clone();
        // Without a handler the default action kills the process, which also leaves whole lines only.
        let _ = ctrlc::set_handler(move || f.store(true, Ordering::SeqCst));
        flag
    })
    .clone()
}

fn progress_bar(wanted: bool) -> ProgressBar {
    if !wanted || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos} documents  {per_sec}  {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}
