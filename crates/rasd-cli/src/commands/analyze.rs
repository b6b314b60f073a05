//! `rasd analyze`: raw Arabic news in, one analysed-document JSON record per input document out.

use super::batch::{self, Output};
use super::input::InputArgs;
use rasd_ingest::DocResult;
use rasd_pipeline::{ErrorRecord, Pipeline, Stages};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `rasd analyze`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format: jsonl (one record per document) or conllu (UD view of the words).
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "conllu"])]
    pub format: String,
    /// Indented JSON for people (one record per document, still one record per input).
    #[arg(long)]
    pub pretty: bool,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads (0 = all cores).
    #[arg(short, long, default_value_t = 0)]
    pub jobs: usize,
    /// Run only the text layer (reading, cleaning, tokens, sentences, numbers, dates).
    #[arg(long)]
    pub text_only: bool,
    /// No progress bar, even on a terminal.
    #[arg(long)]
    pub quiet: bool,
}

/// Runs `rasd analyze`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        !(args.text_only && args.format == "conllu"),
        "--format conllu writes the morphology layer: drop --text-only"
    );
    let docs = args.input.documents()?;
    let pipeline = Pipeline::new(if args.text_only {
        Stages::TEXT
    } else {
        Stages::ALL
    });
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => {
            Box::new(BufWriter::new(File::create(p).map_err(|e| {
                anyhow::anyhow!("cannot create {}: {e}", p.display())
            })?))
        }
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let render = |r: DocResult| render(&pipeline, r, &args);
    let summary = batch::run(docs, args.jobs, !args.quiet, &mut out, render)?;
    out.flush()?;
    if summary.failed > 0 {
        eprintln!(
            "rasd analyze: {} document(s) ok, {} failed (see the error records)",
            summary.ok, summary.failed
        );
    }
    Ok(summary.exit_code())
}

fn render(pipeline: &Pipeline, doc: DocResult, args: &Args) -> Output {
    match doc {
        // an internal failure (a bug) becomes this document's error record; the batch goes on
        Ok(doc) => match pipeline.try_analyze(&doc) {
            Ok(record) => {
                let text = if args.format == "conllu" {
                    rasd_pipeline::conllu(&record, &doc.text)
                } else {
                    to_line(&record, args.pretty)
                };
                Output { text, ok: true }
            }
            Err(e) => Output {
                text: to_line(&e, args.pretty),
                ok: false,
            },
        },
        Err(e) => Output {
            text: to_line(&ErrorRecord::from_input(&e), args.pretty),
            ok: false,
        },
    }
}

fn to_line<T: serde::Serialize>(value: &T, pretty: bool) -> String {
    let mut s = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
    .unwrap_or_else(|e| {
        format!("{{\"status\":\"error\",\"error\":{{\"kind\":\"serialize\",\"message\":\"{e}\"}}}}")
    });
    s.push('\n');
    s
}
