//! `rasd bench`: throughput of rasd's layers, as ratios to a Python baseline run in the same process tree.
//!
//! `rasd bench text` times the whole text layer (split + clean + normalise + tokenise + sentences +
//! numbers + dates) on the news corpus held in memory, on one thread and on all cores, then runs
//! `baselines/text/regex_tokenize.py` on the same file and prints both and their ratio.

use rasd_ingest::{read_file, Format, InputDoc, ReadOptions};
use rasd_pipeline::{Pipeline, Stages};
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Instant;

/// Arguments of `rasd bench`.
#[derive(clap::Args)]
pub struct Args {
    /// What to measure: `text` (the text layer) or `all` (every stage).
    #[arg(default_value = "text", value_parser = ["text", "all"])]
    pub layer: String,
    /// JSON Lines corpus to measure on.
    #[arg(
        long,
        default_value = "../shared/data/news-corpus/ant_multisource_v2.1.politics_economy.jsonl"
    )]
    pub corpus: PathBuf,
    /// Use only the first N documents (0 = all).
    #[arg(long, default_value_t = 0)]
    pub limit: usize,
    /// Timed passes; the best is reported.
    #[arg(long, default_value_t = 3)]
    pub passes: usize,
    /// Python interpreter for the baseline.
    #[arg(long, default_value = "python3")]
    pub python: String,
    /// Skip the Python baseline.
    #[arg(long)]
    pub no_baseline: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// One measured system.
#[derive(Serialize)]
struct Measure {
    system: String,
    seconds: f64,
    mb_per_s: f64,
    words_per_s: f64,
}

/// Runs `rasd bench`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let docs = load(&args)?;
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let stages = if args.layer == "all" {
        Stages::ALL
    } else {
        Stages::TEXT
    };
    let pipeline = Pipeline::new(stages);
    let measure = |name: &str, secs: f64| Measure {
        system: name.to_string(),
        seconds: secs,
        mb_per_s: bytes as f64 / secs / 1e6,
        words_per_s: words as f64 / secs,
    };
    let one = best_of(args.passes, || {
        docs.iter()
            .map(|d| pipeline.analyze(d).tokens.list.len())
            .sum::<usize>()
    });
    let all = best_of(args.passes, || {
        docs.par_iter()
            .map(|d| pipeline.analyze(d).tokens.list.len())
            .sum::<usize>()
    });
    let mut rows = vec![
        measure(&format!("rasd {} layer, 1 thread", args.layer), one),
        measure(
            &format!(
                "rasd {} layer, {} threads",
                args.layer,
                rayon::current_num_threads()
            ),
            all,
        ),
    ];
    if !args.no_baseline {
        rows.push(baseline(&args)?);
    }
    report(&rows, docs.len(), bytes, words, args.json);
    Ok(ExitCode::SUCCESS)
}

fn load(args: &Args) -> anyhow::Result<Vec<InputDoc>> {
    let opts = ReadOptions {
        format: Some(Format::Jsonl),
        ..ReadOptions::default()
    };
    let mut docs = Vec::new();
    for d in read_file(&args.corpus, &opts) {
        match d {
            Ok(d) => docs.push(d),
            Err(e) if e.kind == rasd_ingest::ErrorKind::Io => {
                anyhow::bail!("cannot read the corpus: {e}")
            }
            Err(_) => {}
        }
        if args.limit > 0 && docs.len() >= args.limit {
            break;
        }
    }
    anyhow::ensure!(
        !docs.is_empty(),
        "no documents in {}",
        args.corpus.display()
    );
    Ok(docs)
}

/// The best wall time of `passes` runs of `f`, in seconds.
fn best_of<T>(passes: usize, f: impl Fn() -> T) -> f64 {
    (0..passes.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn baseline(args: &Args) -> anyhow::Result<Measure> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../baselines/text/regex_tokenize.py"
    );
    let out = Command::new(&args.python)
        .arg(script)
        .arg(&args.corpus)
        .arg(args.passes.to_string())
        .output()
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot run {}: {e}; pass --python or --no-baseline",
                args.python
            )
        })?;
    anyhow::ensure!(
        out.status.success(),
        "baseline failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let f = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    Ok(Measure {
        system: v["system"]
            .as_str()
            .unwrap_or("python baseline")
            .to_string(),
        seconds: f("seconds"),
        mb_per_s: f("mb_per_s"),
        words_per_s: f("words_per_s"),
    })
}

fn report(rows: &[Measure], docs: usize, bytes: usize, words: usize, json: bool) {
    let base = rows
        .iter()
        .find(|r| r.system.starts_with("python"))
        .map(|r| r.mb_per_s);
    if json {
        let v = serde_json::json!({"documents": docs, "bytes": bytes, "words": words, "systems": rows,
            "ratio_1_thread": base.map(|b| rows[0].mb_per_s / b), "ratio_all_threads": base.map(|b| rows[1].mb_per_s / b),
            "scaling": rows[0].seconds / rows[1].seconds});
        println!("{v}");
        return;
    }
    println!(
        "{docs} documents, {:.1} MB, {words} words",
        bytes as f64 / 1e6
    );
    println!(
        "{:<48} {:>9} {:>9} {:>13} {:>8}",
        "system", "seconds", "MB/s", "words/s", "ratio"
    );
    for r in rows {
        let ratio = base.map_or(String::from("-"), |b| format!("{:.2}x", r.mb_per_s / b));
        println!(
            "{:<48} {:>9.3} {:>9.1} {:>13.0} {:>8}",
            r.system, r.seconds, r.mb_per_s, r.words_per_s, ratio
        );
    }
    println!(
        "scaling 1 -> all threads: {:.2}x",
        rows[0].seconds / rows[1].seconds
    );
}
