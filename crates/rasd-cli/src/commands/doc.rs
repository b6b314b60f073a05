//! `rasd eval doc`: runs the pipeline over documents with `.gold.json` gold and scores articles,
//! entities, quotes, events and numbers (rules of `../shared/DESIGN.md`, see `rasd_eval::doc`).

use anyhow::{anyhow, bail, Context};
use rasd_eval::doc::{score_document, GoldDoc, Report};
use rasd_ingest::InputDoc;
use rasd_pipeline::{DocRecord, Pipeline, Stages};
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `rasd eval doc`.
#[derive(clap::Args)]
pub struct EvalArgs {
    /// A directory of `*.gold.json` files (or one gold file).
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// JSON Lines corpus holding the texts of gold files that name their article by `id`
    /// (default: ../shared/data/news-corpus/<the gold's `corpus`>).
    #[arg(long, value_name = "FILE.jsonl")]
    pub corpus: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// List misses and false positives per document (error analysis).
    #[arg(long)]
    pub errors: bool,
    /// Score only the events whose confidence is at least this (0 to 1): the precision and
    /// recall of a stricter reading.
    #[arg(long, value_name = "P", value_parser = super::confidence::confidence_level)]
    pub min_confidence: Option<f32>,
}

/// Runs `rasd eval doc`.
pub fn eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let mut report = Report::default();
    analyse_golds(
        &args.gold,
        args.corpus.as_deref(),
        |gold, text, mut record| {
            if let (Some(min), Some(events)) = (args.min_confidence, record.events.as_mut()) {
                events.retain(|e| e.confidence.is_some_and(|c| c >= min));
            }
            let record = serde_json::to_value(record)?;
            report.add(score_document(gold, &record, Some(text)));
            Ok(())
        },
    )?;
    let text = if args.json {
        format!(
            "{}\n",
            serde_json::to_string_pretty(&report.to_json(args.errors))?
        )
    } else if args.errors {
        format!("{}\n{}", report.table(), report.errors_text())
    } else {
        report.table()
    };
    write_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Runs the whole pipeline over the documents of the gold files under `path` (a directory or
/// one file) and hands each gold file, its text and its record to `each`.
pub(crate) fn analyse_golds(
    path: &Path,
    corpus: Option<&Path>,
    mut each: impl FnMut(&GoldDoc, &str, DocRecord) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let golds = read_golds(path)?;
    if golds.is_empty() {
        bail!("no .gold.json files in {}", path.display());
    }
    let texts = load_texts(&golds, corpus)?;
    let pipeline = Pipeline::new(Stages::ALL);
    for (path, gold) in &golds {
        let text = texts
            .get(path)
            .ok_or_else(|| anyhow!("no text for {}", path.display()))?;
        let mut doc = InputDoc::new(gold.id.clone(), path.display().to_string(), text.clone());
        doc.published = gold
            .published
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        each(gold, text, pipeline.analyze(&doc))?;
    }
    Ok(())
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub(crate) fn write_stdout(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r,
    }
}

/// The gold files under `path` (a directory, sorted by name, or a single file).
fn read_golds(path: &Path) -> anyhow::Result<Vec<(PathBuf, GoldDoc)>> {
    let mut files: Vec<PathBuf> = if path.is_dir() {
        std::fs::read_dir(path)
            .with_context(|| format!("cannot read {}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
            .collect()
    } else {
        vec![path.to_path_buf()]
    };
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let s = std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            let g =
                GoldDoc::from_json(&s).with_context(|| format!("bad gold file {}", p.display()))?;
            Ok((p, g))
        })
        .collect()
}

/// The text of every gold file: its `file` beside it, else the corpus record with its `id`.
fn load_texts(
    golds: &[(PathBuf, GoldDoc)],
    corpus: Option<&Path>,
) -> anyhow::Result<HashMap<PathBuf, String>> {
    let mut texts = HashMap::new();
    let mut by_corpus: HashMap<PathBuf, Vec<&PathBuf>> = HashMap::new();
    for (path, gold) in golds {
        if let Some(file) = &gold.file {
            let p = path.parent().unwrap_or(Path::new(".")).join(file);
            let t = std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            texts.insert(path.clone(), t);
            continue;
        }
        let c = match (corpus, &gold.corpus) {
            (Some(c), _) => c.to_path_buf(),
            (None, Some(name)) => Path::new("../shared/data/news-corpus").join(name),
            (None, None) => bail!(
                "{} has neither `file` nor `corpus`; give --corpus",
                path.display()
            ),
        };
        by_corpus.entry(c).or_default().push(path);
    }
    let ids: HashMap<&PathBuf, &str> = golds.iter().map(|(p, g)| (p, g.id.as_str())).collect();
    for (corpus, paths) in by_corpus {
        let wanted: HashSet<&str> = paths.iter().map(|p| ids[p]).collect();
        let found = corpus_texts(&corpus, &wanted)?;
        for p in paths {
            let t = found
                .get(ids[p])
                .ok_or_else(|| anyhow!("id {} not in {}", ids[p], corpus.display()))?;
            texts.insert(p.clone(), t.clone());
        }
    }
    Ok(texts)
}

/// The `text` of the corpus records whose `id` is wanted (lines are parsed only when they may match).
fn corpus_texts(corpus: &Path, wanted: &HashSet<&str>) -> anyhow::Result<HashMap<String, String>> {
    let f = std::fs::File::open(corpus)
        .with_context(|| format!("cannot open corpus {}", corpus.display()))?;
    let mut out = HashMap::new();
    for line in BufReader::new(f).lines() {
        let line = line?;
        if !wanted.iter().any(|id| line.contains(id)) {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)?;
        if let (Some(id), Some(text)) = (v["id"].as_str(), v["text"].as_str()) {
            if wanted.contains(id) {
                out.insert(id.to_string(), text.to_string());
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("rasd-eval-doc-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn texts_come_from_the_file_or_the_corpus_by_id() {
        let d = temp_dir("texts");
        std::fs::write(d.join("a.txt"), "نص أ").unwrap();
        std::fs::write(d.join("a.gold.json"), r#"{"id":"a","file":"a.txt"}"#).unwrap();
        std::fs::write(d.join("b.gold.json"), r#"{"id":"B-1","corpus":"c.jsonl"}"#).unwrap();
        let corpus = d.join("c.jsonl");
        std::fs::write(
            &corpus,
            "{\"id\":\"B-10\",\"text\":\"خطأ\"}\n{\"id\":\"B-1\",\"text\":\"نص ب\"}\n",
        )
        .unwrap();
        let golds = read_golds(&d).unwrap();
        assert_eq!(golds.len(), 2);
        let texts = load_texts(&golds, Some(&corpus)).unwrap();
        assert_eq!(texts[&d.join("a.gold.json")], "نص أ");
        assert_eq!(texts[&d.join("b.gold.json")], "نص ب");
        std::fs::write(d.join("b.gold.json"), r#"{"id":"B-2"}"#).unwrap();
        let golds = read_golds(&d).unwrap();
        assert!(
            load_texts(&golds, Some(&corpus)).is_err(),
            "an id missing from the corpus is an error"
        );
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn scores_the_shared_example() {
        let dir = PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/examples"
        ));
        let args = EvalArgs {
            gold: dir,
            corpus: None,
            json: true,
            errors: true,
            min_confidence: None,
        };
        assert_eq!(eval(args).unwrap(), ExitCode::SUCCESS);
        let missing = EvalArgs {
            gold: temp_dir("empty"),
            corpus: None,
            json: false,
            errors: false,
            min_confidence: None,
        };
        assert!(
            eval(missing).is_err(),
            "an empty gold directory is a usage error"
        );
    }
}
