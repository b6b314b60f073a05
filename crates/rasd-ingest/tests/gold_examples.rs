//! The splitter against every `../shared/examples/*.gold.json` (articles part).

use rasd_ingest::gold::{check_articles, GoldDoc, SplitScore};
use rasd_ingest::{read_file, split_articles, validate, ReadOptions};
use std::path::{Path, PathBuf};

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples");

fn gold_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(EXAMPLES)
        .expect("../shared/examples is readable")
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    files
}

fn text_of(gold_path: &Path, gold: &GoldDoc) -> String {
    let txt = gold_path.with_file_name(format!("{}.txt", gold.id));
    let doc = read_file(&txt, &ReadOptions::default()).next().unwrap();
    doc.expect("example text reads").text
}

#[test]
fn examples_match_gold_articles() {
    let files = gold_files();
    assert!(!files.is_empty(), "no gold files in {EXAMPLES}");
    let mut score = SplitScore::default();
    for f in files {
        let gold: GoldDoc = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let text = text_of(&f, &gold);
        let arts = split_articles(&text);
        validate(&text, &arts).unwrap();
        let mismatches = check_articles(&text, &arts, &gold.articles);
        assert!(mismatches.is_empty(), "{}: {mismatches:#?}", f.display());
        score.add(&text, &arts, &gold.articles);
    }
    assert_eq!(score.f1(), 1.0, "{score:?}");
}
