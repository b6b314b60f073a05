//! Training and evaluation drivers behind `rasd train event` / `rasd eval event`.

use crate::actors::country_of;
use crate::build;
use crate::classify::{self, Counts, TASKS};
use crate::gsr::{self, role_main};
use crate::lexicon::Lexicon;
use std::fmt::Write as _;
use std::path::Path;

/// Detection scores of one category.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskScore {
    /// PLOVER category.
    pub task: String,
    /// Counts (ambiguous sentences excluded).
    pub counts: Counts,
    /// Sentences scored.
    pub n: usize,
}

/// The CSV of a category in the GSR folder.
pub fn gsr_csv(shared: &Path, task: &str) -> std::path::PathBuf {
    shared.join(format!(
        "data/arabic-event-gsr/{}_gsr.csv",
        task.to_lowercase()
    ))
}

/// Builds the full model text: dictionaries, then one classifier per category trained on all
/// non-ambiguous dev sentences with settings tuned by inner grouped cross-validation.
/// Also returns the outer `folds`-fold document-grouped cross-validation scores.
pub fn train(shared: &Path, folds: usize) -> Result<(String, Vec<TaskScore>), String> {
    let mut model = build::dictionaries(shared)?;
    let lx = Lexicon::parse(&model);
    let mut scores = Vec::new();
    for (task, _) in TASKS {
        let sents = gsr::parse_csv(&build::read(&gsr_csv(shared, task))?);
        let rows = classify::rows(&sents, &lx);
        let counts = if folds > 1 {
            classify::cross_validate(&rows, folds)
        } else {
            Counts::default()
        };
        scores.push(TaskScore {
            task: task.to_string(),
            counts,
            n: rows.iter().filter(|r| r.gold.is_some()).count(),
        });
        let w = classify::train_tuned(&rows);
        classify::write_weights(task, &w, &mut model);
    }
    Ok((model, scores))
}

/// Scores the model's sentence detection on GSR CSV files (non-ambiguous sentences).
pub fn eval_detection(lx: &Lexicon, files: &[String]) -> Result<Vec<TaskScore>, String> {
    let mut out: Vec<TaskScore> = Vec::new();
    for f in files {
        for s in gsr::parse_csv(&build::read(Path::new(f))?) {
            let (Some(g), Some(p)) = (s.gold(), classify::detect(lx, &s.event_type, &s.text))
            else {
                continue;
            };
            let i = match out.iter().position(|t| t.task == s.event_type) {
                Some(i) => i,
                None => {
                    out.push(TaskScore {
                        task: s.event_type.clone(),
                        counts: Counts::default(),
                        n: 0,
                    });
                    out.len() - 1
                }
            };
            out[i].counts.add(p, g);
            out[i].n += 1;
        }
    }
    Ok(out)
}

/// Document-grouped `folds`-fold cross-validation (with inner tuning) on GSR CSV files: the
/// classifier is retrained on each fold's training part, so these figures never score training data.
pub fn cross_validate_files(
    lx: &Lexicon,
    files: &[String],
    folds: usize,
) -> Result<Vec<TaskScore>, String> {
    let mut out = Vec::new();
    for f in files {
        let sents = gsr::parse_csv(&build::read(Path::new(f))?);
        let task = sents
            .first()
            .map(|s| s.event_type.clone())
            .unwrap_or_default();
        let rows = classify::rows(&sents, lx);
        let counts = classify::cross_validate(&rows, folds);
        out.push(TaskScore {
            task,
            counts,
            n: rows.iter().filter(|r| r.gold.is_some()).count(),
        });
    }
    Ok(out)
}

/// One scored actor of a span file: its words, the gold country (`None` as the string "None")
/// and the predicted one.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorCase {
    /// The actor's words joined by spaces.
    pub phrase: String,
    /// Gold country code, `"None"` when gold names no country.
    pub gold: String,
    /// Predicted country code, `"None"` when none resolves.
    pub pred: String,
}

/// Every scored actor of the span files (`UNKNOWN`-free: gold `None` counts, empty actors skipped).
pub fn actor_cases(lx: &Lexicon, files: &[String]) -> Result<Vec<ActorCase>, String> {
    let mut out = Vec::new();
    for f in files {
        for s in gsr::parse_spans(&build::read(Path::new(f))?)? {
            for t in &s.spans {
                for (words, role) in [
                    (&t.source_actor, &t.source_role),
                    (&t.target_actor, &t.target_role),
                ] {
                    let Some(gold) = role_main(role).filter(|_| !words.is_empty()) else {
                        continue;
                    };
                    let phrase = words.join(" ");
                    let pred = country_of(lx, &phrase).unwrap_or_else(|| "None".into());
                    out.push(ActorCase { phrase, gold, pred });
                }
            }
        }
    }
    Ok(out)
}

/// Actor country-code accuracy on span files: (correct, total, correct on country-coded, total
/// country-coded). Gold `None` must be predicted as no country; `UNKNOWN` and empty actors skipped.
pub fn eval_actors(lx: &Lexicon, files: &[String]) -> Result<[usize; 4], String> {
    let mut c = [0usize; 4];
    for a in actor_cases(lx, files)? {
        let ok = usize::from(a.pred == a.gold);
        c[0] += ok;
        c[1] += 1;
        if a.gold != "None" {
            c[2] += ok;
            c[3] += 1;
        }
    }
    Ok(c)
}

/// One line of P/R/F1 for a task score.
pub fn format_score(t: &TaskScore) -> String {
    let (p, r, f) = t.counts.prf();
    let mut s = String::new();
    let _ = write!(
        s,
        "{:<8} n={:<5} tp={:<4} fp={:<4} fn={:<4} P={p:.3} R={r:.3} F1={f:.3}",
        t.task, t.n, t.counts.tp, t.counts.fp, t.counts.fn_
    );
    s
}
