//! End-to-end tests of event confidence: its value on every event, the `--min-confidence`
//! filters of `rasd events` and `rasd eval doc`, and `rasd train event-confidence`.

use serde_json::Value;
use std::path::PathBuf;

mod common;
use common::{assert_ok, rasd};

fn repo(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

fn shared_examples() -> Option<String> {
    let p = PathBuf::from(format!(
        "{}/../../../shared/examples",
        env!("CARGO_MANIFEST_DIR")
    ));
    p.exists().then(|| p.display().to_string())
}

/// The confidences of the events `rasd events` writes for the shipped example.
fn confidences(extra: &[&str]) -> Vec<f64> {
    let example = repo("examples/amman-water-talks.txt");
    let mut args = vec!["events", example.as_str(), "--published", "2019-07-10"];
    args.extend(extra);
    let out = rasd(&args);
    assert_ok(&out);
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["event"]["confidence"]
                .as_f64()
                .expect("every event has a confidence")
        })
        .collect()
}

#[test]
fn every_event_has_a_confidence_and_the_filter_keeps_the_confident_ones() {
    let all = confidences(&[]);
    assert!(!all.is_empty());
    assert!(all.iter().all(|c| (0.0..=1.0).contains(c)), "{all:?}");
    let mid = all.iter().copied().fold(0.0, f64::max) - 1e-3;
    let kept = confidences(&["--min-confidence", &mid.to_string()]);
    let expected: Vec<f64> = all.iter().copied().filter(|c| *c >= mid).collect();
    assert_eq!(kept, expected);
    assert!(kept.len() < all.len() || all.iter().all(|c| *c >= mid));
}

#[test]
fn the_csv_carries_the_confidence_column() {
    let example = repo("examples/amman-water-talks.txt");
    let out = rasd(&["events", &example, "--format", "csv"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().ends_with(",Confidence"));
    for row in lines {
        let last = row.rsplit(',').next().unwrap();
        let c: f64 = last.parse().unwrap_or_else(|_| panic!("{row}"));
        assert!((0.0..=1.0).contains(&c));
    }
}

#[test]
fn the_confidence_filter_is_refused_without_the_pipeline() {
    let example = repo("examples/amman-water-talks.txt");
    let out = rasd(&["events", &example, "--no-layers", "--min-confidence", "0.5"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn eval_doc_scores_only_the_events_kept() {
    let Some(gold) = shared_examples() else {
        return;
    };
    let events = |min: &str| {
        let out = rasd(&[
            "eval",
            "doc",
            "--gold",
            &gold,
            "--json",
            "--min-confidence",
            min,
        ]);
        assert_ok(&out);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let layers = v["docs"][0]["layers"].as_array().unwrap().clone();
        let ev = layers.into_iter().find(|l| l["layer"] == "events").unwrap();
        ev["pred"].as_u64().unwrap()
    };
    assert!(events("0") >= 6);
    assert_eq!(events("1"), 0);
    let out = rasd(&["eval", "doc", "--gold", &gold, "--min-confidence", "1.5"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a confidence above 1 is a usage error"
    );
}

#[test]
fn training_writes_a_model_from_document_gold() {
    let Some(gold) = shared_examples() else {
        return;
    };
    let out_file =
        std::env::temp_dir().join(format!("rasd-confidence-{}.model", std::process::id()));
    let out_path = out_file.display().to_string();
    let out = rasd(&[
        "train",
        "event-confidence",
        "--gold",
        &gold,
        "--out",
        &out_path,
    ]);
    assert_ok(&out);
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(
        report.contains("events,") && report.contains("right"),
        "{report}"
    );
    let model = std::fs::read_to_string(&out_file).unwrap();
    assert!(model.starts_with("# rasd event-confidence model"));
    assert!(model.lines().skip(1).all(|l| l.split('\t').count() == 2));
    std::fs::remove_file(out_file).ok();
}
