//! The splitter against the repository's development gold (`gold/dev/*.gold.json`, corpus
//! articles): the DESIGN.md split criterion and the per-field checks. Development data:
//! the rules were tuned while looking at these files, so this is not a held-out score.

use rasd_ingest::gold::{check_articles, GoldDoc, SplitScore};
use rasd_ingest::{read_path, split_articles, validate, ReadOptions};
use std::collections::HashMap;
use std::path::Path;

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../gold/dev");
const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/news-corpus/ant_multisource_v2.1.politics_economy.jsonl"
);

fn load_gold() -> Vec<GoldDoc> {
    let mut files: Vec<_> = std::fs::read_dir(DEV)
        .expect("gold/dev is readable")
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    let docs = files
        .iter()
        .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap());
    docs.collect()
}

fn corpus_texts(ids: &[String]) -> HashMap<String, String> {
    read_path(Path::new(CORPUS), &ReadOptions::default())
        .flatten()
        .filter(|d| ids.contains(&d.id))
        .map(|d| (d.id, d.text))
        .collect()
}

#[test]
fn dev_gold_article_split() {
    let gold = load_gold();
    assert!(gold.len() >= 30, "expected the 32 dev gold files");
    let ids: Vec<String> = gold.iter().map(|g| g.id.clone()).collect();
    let texts = corpus_texts(&ids);
    let (mut score, mut report) = (SplitScore::default(), Vec::new());
    for g in &gold {
        let text = &texts[&g.id];
        let arts = split_articles(text);
        validate(text, &arts).unwrap();
        // Dev gold titles are the record's `title` metadata, not a line of the text.
        let articles: Vec<_> = g
            .articles
            .iter()
            .cloned()
            .map(|mut a| {
                a.title = None;
                a
            })
            .collect();
        report.extend(
            check_articles(text, &arts, &articles)
                .into_iter()
                .map(|m| format!("{}: {m}", g.id)),
        );
        score.add(text, &arts, &articles);
    }
    println!(
        "dev split: {score:?} P {:.3} R {:.3} F1 {:.3}",
        score.precision(),
        score.recall(),
        score.f1()
    );
    println!(
        "field mismatches ({}):\n{}",
        report.len(),
        report.join("\n")
    );
    assert!(
        score.f1() >= 0.95,
        "split F1 fell below the measured level: {score:?}\n{report:#?}"
    );
}
