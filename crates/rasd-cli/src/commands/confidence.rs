//! `rasd train event-confidence`: the event-confidence model from the development document
//! gold (see `rasd_pipeline::confidence`).

use super::doc::{analyse_golds, write_stdout};
use anyhow::Context;
use rasd_eval::doc::{correct_events, Predicted};
use rasd_pipeline::confidence::{event_features, ConfidenceModel, DEFAULT_L2};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `rasd train event-confidence`.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// Directories of document gold files (`*.gold.json`) whose events label the training rows:
    /// an event is right when the document scorer pairs it with a gold event.
    #[arg(long, required = true, num_args = 1..)]
    pub gold: Vec<PathBuf>,
    /// JSON Lines corpus holding the texts of gold files that name their article by `id`
    /// (default: ../shared/data/news-corpus/<the gold's `corpus`>).
    #[arg(long, value_name = "FILE.jsonl")]
    pub corpus: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long, default_value = "crates/rasd-pipeline/models/confidence.model")]
    pub out: PathBuf,
    /// L2 penalty (per example).
    #[arg(long, default_value_t = DEFAULT_L2)]
    pub l2: f32,
    /// Also report a cross-validation that holds out one gold directory at a time: the ranking
    /// quality (AUC) and the precision of the events kept at each threshold.
    #[arg(long)]
    pub cv: bool,
}

/// Runs `rasd train event-confidence`.
pub fn train(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let mut folds = Vec::new();
    for dir in &args.gold {
        let mut rows = Vec::new();
        analyse_golds(dir, args.corpus.as_deref(), |gold, text, record| {
            let features = event_features(&record);
            let value = serde_json::to_value(&record)?;
            let right = correct_events(gold, &Predicted::new(&value, Some(text)));
            rows.extend(features.into_iter().zip(right));
            Ok(())
        })?;
        folds.push(rows);
    }
    let mut report = if args.cv {
        cross_validate(&folds, args.l2)
    } else {
        String::new()
    };
    let rows: Vec<_> = folds.into_iter().flatten().collect();
    let right = rows.iter().filter(|(_, y)| *y).count();
    let model = ConfidenceModel::train(&rows, args.l2).to_text();
    std::fs::write(&args.out, &model).with_context(|| args.out.display().to_string())?;
    report += &format!(
        "{} events, {right} right\nwrote {} ({} bytes)\n",
        rows.len(),
        args.out.display(),
        model.len()
    );
    write_stdout(&report)?;
    Ok(ExitCode::SUCCESS)
}

/// Parses a `--min-confidence` value: a number from 0 to 1.
pub fn confidence_level(s: &str) -> Result<f32, String> {
    let p: f32 = s
        .parse()
        .map_err(|_| format!("{s:?} is not a number; give a confidence from 0 to 1"))?;
    if (0.0..=1.0).contains(&p) {
        Ok(p)
    } else {
        Err(format!(
            "{s} is outside 0 to 1; give a confidence from 0 to 1"
        ))
    }
}

/// Leave-one-fold-out scores: each fold's events scored by a model trained on the others, then
/// the AUC and, per threshold, the events kept and the share of them that are right.
fn cross_validate(folds: &[Rows], l2: f32) -> String {
    let mut scored: Vec<(f32, bool)> = Vec::new();
    for (k, fold) in folds.iter().enumerate() {
        let train: Rows = folds
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != k)
            .flat_map(|(_, f)| f.iter().cloned())
            .collect();
        let model = ConfidenceModel::train(&train, l2);
        scored.extend(fold.iter().map(|(f, y)| (model.score(f), *y)));
    }
    let mut out = format!(
        "leave-one-directory-out ({} folds): AUC {:.3}\n",
        folds.len(),
        auc(&scored)
    );
    let right = scored.iter().filter(|(_, y)| *y).count();
    for t in [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6] {
        let kept: Vec<bool> = scored
            .iter()
            .filter(|(p, _)| *p >= t)
            .map(|(_, y)| *y)
            .collect();
        let hits = kept.iter().filter(|y| **y).count();
        out += &format!(
            "  confidence >= {t:.1}: {} events kept, {hits} right (precision {:.3}, {:.1} % of the right ones)\n",
            kept.len(),
            hits as f64 / kept.len().max(1) as f64,
            100.0 * hits as f64 / right.max(1) as f64
        );
    }
    out
}

/// Training rows: event features and whether the event is right.
type Rows = Vec<(Vec<String>, bool)>;

/// The probability that a right event scores above a wrong one (ties count half).
fn auc(scored: &[(f32, bool)]) -> f64 {
    let (mut pairs, mut wins) = (0.0, 0.0);
    for (p, _) in scored.iter().filter(|(_, y)| *y) {
        for (n, _) in scored.iter().filter(|(_, y)| !*y) {
            pairs += 1.0;
            wins += if p > n {
                1.0
            } else if p == n {
                0.5
            } else {
                0.0
            };
        }
    }
    if pairs == 0.0 {
        0.5
    } else {
        wins / pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_levels_lie_between_zero_and_one() {
        assert_eq!(confidence_level("0.3"), Ok(0.3));
        assert_eq!(confidence_level("1"), Ok(1.0));
        assert!(confidence_level("1.5").unwrap_err().contains("outside"));
        assert!(confidence_level("NaN").is_err());
        assert!(confidence_level("high")
            .unwrap_err()
            .contains("not a number"));
    }

    #[test]
    fn auc_counts_ordered_pairs() {
        assert_eq!(auc(&[(0.9, true), (0.1, false)]), 1.0);
        assert_eq!(auc(&[(0.1, true), (0.9, false)]), 0.0);
        assert_eq!(auc(&[(0.5, true), (0.5, false), (0.9, true)]), 0.75);
        assert_eq!(auc(&[(0.5, true)]), 0.5);
    }
}
