//! `rasd events`, `rasd train event`, `rasd eval event`.

use anyhow::Context;
use rasd_event::{export, train, Coder, NaiveDate};
use rasd_pipeline::{InputDoc, Pipeline, Stages};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `rasd events`.
#[derive(clap::Args)]
pub struct Args {
    /// Text files (UTF-8) to code; each is split into articles and cleaned as `rasd analyze`
    /// does before its events are coded.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, default_value = "jsonl", value_parser = ["csv", "jsonl", "plover"])]
    pub format: String,
    /// Publication date (YYYY-MM-DD) that relative dates resolve against; defaults to the
    /// `published` field of a sibling `.gold.json` when there is none.
    #[arg(long)]
    pub published: Option<NaiveDate>,
    /// Use only the coder's built-in layers (own tokenizer, dictionary actors) over the whole
    /// file instead of the article splitter, rasd-text, rasd-morph, rasd-ner and rasd-quote.
    #[arg(long)]
    pub no_layers: bool,
    /// Write only the events whose confidence is at least this (0 to 1; the confidence model
    /// runs with the full pipeline, so not with --no-layers).
    #[arg(long, value_name = "P", value_parser = super::confidence::confidence_level, conflicts_with = "no_layers")]
    pub min_confidence: Option<f32>,
}

/// Arguments of `rasd train event`.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// The shared data directory.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "crates/rasd-event/models/event.model")]
    pub out: PathBuf,
    /// Outer folds of the document-grouped cross-validation.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
}

/// Arguments of `rasd eval event`.
#[derive(clap::Args)]
pub struct EvalArgs {
    /// GSR sentence-label CSV files (`*_gsr.csv`): detection P/R/F1 of the embedded model.
    #[arg(long, num_args = 1..)]
    pub gold: Vec<String>,
    /// With --gold: document-grouped 5-fold cross-validation (retraining per fold) instead of
    /// scoring the embedded model (which is trained on the whole dev part).
    #[arg(long)]
    pub cv: bool,
    /// GSR span files (`*_spans.json`): actor country-code accuracy.
    #[arg(long, num_args = 1..)]
    pub spans: Vec<String>,
    /// A directory of document gold files (`*.gold.json`): event P/R/F1 with the doc scorer.
    #[arg(long)]
    pub doc_gold: Option<PathBuf>,
    /// With --doc-gold: list misses and false positives; with --spans: actors coded wrong.
    #[arg(long)]
    pub errors: bool,
}

fn published_for(file: &Path, flag: Option<NaiveDate>) -> Option<NaiveDate> {
    flag.or_else(|| {
        let gold = file.with_extension("gold.json");
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(gold).ok()?).ok()?;
        v.get("published")?.as_str()?.parse().ok()
    })
}

/// Runs `rasd events`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write_events(&args, &mut out).and_then(|()| Ok(out.flush()?)) {
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        other => other.map(|()| ExitCode::SUCCESS),
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

fn write_events(args: &Args, out: &mut impl Write) -> anyhow::Result<()> {
    let coder = Coder::embedded();
    if args.format == "csv" {
        writeln!(out, "{}", export::CSV_HEADER)?;
    }
    for file in &args.files {
        let text = std::fs::read_to_string(file).with_context(|| file.display().to_string())?;
        let doc = file.file_stem().and_then(|s| s.to_str()).unwrap_or("doc");
        let published = published_for(file, args.published);
        let mut events = if args.no_layers {
            coder.extract_text(&text, published)
        } else {
            article_events(doc, file, &text, published)
        };
        if let Some(min) = args.min_confidence {
            events.retain(|e| e.confidence.is_some_and(|c| c >= min));
        }
        for (n, e) in events.iter().enumerate() {
            match args.format.as_str() {
                "csv" => writeln!(out, "{}", export::csv_row(doc, n + 1, e))?,
                "plover" => {
                    if let Some(r) = export::plover_record(doc, n + 1, e, &text) {
                        writeln!(out, "{r}")?;
                    }
                }
                _ => writeln!(out, "{}", serde_json::json!({"doc": doc, "event": e}))?,
            }
        }
    }
    Ok(())
}

/// The events of one file as `rasd analyze` codes them: the article splitter and cleaner run
/// first (repeated captions, credit lines and tails are not coded), then every stage.
fn article_events(
    id: &str,
    file: &Path,
    text: &str,
    published: Option<NaiveDate>,
) -> Vec<rasd_event::Event> {
    let mut input = InputDoc::new(id, file.display().to_string(), text);
    input.published = published;
    Pipeline::new(Stages::ALL)
        .analyze(&input)
        .events
        .unwrap_or_default()
}

/// Runs `rasd train event`.
pub fn train(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let (model, scores) = train::train(&args.shared, args.folds).map_err(anyhow::Error::msg)?;
    println!(
        "document-grouped {}-fold cross-validation (ambiguous excluded):",
        args.folds
    );
    for s in &scores {
        println!("  {}", train::format_score(s));
    }
    std::fs::write(&args.out, &model).with_context(|| args.out.display().to_string())?;
    println!("wrote {} ({} bytes)", args.out.display(), model.len());
    Ok(ExitCode::SUCCESS)
}

/// Runs `rasd eval event`.
pub fn eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let lx = Coder::embedded().lexicon();
    if args.gold.is_empty() && args.spans.is_empty() && args.doc_gold.is_none() {
        anyhow::bail!("give --gold *_gsr.csv, --spans *_spans.json and/or --doc-gold DIR");
    }
    if let Some(dir) = &args.doc_gold {
        doc_gold(dir, args.errors)?;
    }
    let detection = if args.cv {
        train::cross_validate_files(lx, &args.gold, 5)
    } else {
        train::eval_detection(lx, &args.gold)
    };
    let label = if args.cv {
        "detection (grouped 5-fold CV)"
    } else {
        "detection (embedded model)"
    };
    for s in detection.map_err(anyhow::Error::msg)? {
        println!("{label} {}", train::format_score(&s));
    }
    if !args.spans.is_empty() {
        let [ok, n, okc, nc] = train::eval_actors(lx, &args.spans).map_err(anyhow::Error::msg)?;
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        println!("actor country code accuracy: {ok}/{n} = {:.3} (country-coded gold only: {okc}/{nc} = {:.3})", pct(ok, n), pct(okc, nc));
        if args.errors {
            actor_errors(lx, &args.spans)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Lists the span-file actors whose predicted country differs from gold.
fn actor_errors(lx: &rasd_event::Lexicon, spans: &[String]) -> anyhow::Result<()> {
    for a in train::actor_cases(lx, spans).map_err(anyhow::Error::msg)? {
        if a.pred != a.gold {
            println!("  gold {:<5} pred {:<5} «{}»", a.gold, a.pred, a.phrase);
        }
    }
    Ok(())
}

/// Scores events (and only events) of the whole pipeline (articles split and cleaned as `rasd
/// analyze` does) on document gold files.
fn doc_gold(dir: &Path, errors: bool) -> anyhow::Result<()> {
    use rasd_eval::doc::{score_document, GoldDoc, Report};
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    let mut report = Report::default();
    for path in files {
        let gold = GoldDoc::from_json(&std::fs::read_to_string(&path)?)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let text = gold_text(&path, &gold)?;
        let mut input = InputDoc::new(gold.id.as_str(), path.display().to_string(), text.as_str());
        input.published = gold.published.as_deref().and_then(|d| d.parse().ok());
        let analysed = Pipeline::new(Stages::ALL).analyze(&input);
        let record = serde_json::json!({"events": analysed.events, "entities": analysed.entities});
        report.add(score_document(&gold, &record, Some(&text)));
    }
    print!("{}", report.table());
    if errors {
        print!("\n{}", report.errors_text());
    }
    Ok(())
}

/// The text of a gold file: its `file` beside it, else the corpus record with its `id`.
fn gold_text(path: &Path, gold: &rasd_eval::doc::GoldDoc) -> anyhow::Result<String> {
    if let Some(file) = &gold.file {
        return Ok(std::fs::read_to_string(path.with_file_name(file))?);
    }
    let corpus = Path::new("../shared/data/news-corpus").join(gold.corpus.as_deref().unwrap_or(""));
    let all = std::fs::read_to_string(&corpus).with_context(|| corpus.display().to_string())?;
    for line in all.lines().filter(|l| l.contains(gold.id.as_str())) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        if v["id"] == gold.id.as_str() {
            return Ok(v["text"].as_str().unwrap_or("").to_string());
        }
    }
    anyhow::bail!("id {} not in {}", gold.id, corpus.display())
}
