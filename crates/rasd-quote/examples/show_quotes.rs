//! Prints who-said-what for corpus records, for reading the extractor's output by eye.
//!
//! `cargo run --release -p rasd-quote --example show_quotes -- CORPUS.jsonl SKIP COUNT`

use rasd_text::{Span, TextLayer};
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let skip: usize = args[2].parse().unwrap();
    let count: usize = args[3].parse().unwrap();
    let file = std::fs::File::open(&args[1]).unwrap();
    for line in std::io::BufReader::new(file).lines().skip(skip).take(count) {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let text = v["text"].as_str().unwrap_or("");
        let articles = rasd_ingest::split_articles(text);
        let regions: Vec<Span> = articles
            .iter()
            .flat_map(|a| a.body.iter().copied())
            .collect();
        let layer = TextLayer::build(text, &regions);
        let morph = rasd_morph::Analyzer::embedded().analyze_tokens(text, &layer.tokens);
        let entities = rasd_ner::Recognizer::embedded().recognize(text, &layer, &morph);
        println!("== {}", v["id"]);
        for q in rasd_quote::extract(text, &layer, &morph, &entities) {
            let sp = q
                .speaker
                .as_ref()
                .map_or("-".to_string(), |s| format!("{} ({:?})", s.text, s.kind));
            let content: String = q.content.text.chars().take(80).collect();
            println!("  {:?} {} | {} | {}", q.kind, q.cue.text, sp, content);
        }
    }
}
