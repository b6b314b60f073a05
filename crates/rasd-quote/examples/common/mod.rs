//! Shared by the examples: reading a news corpus and building the text layer quotes run on.
//! (A folder module, so Cargo does not take it for an example of its own.)

use rasd_text::{Span, TextLayer};
use std::io::BufRead;

/// The lines of a JSON Lines corpus, in order; panics when the file cannot be read.
pub fn corpus_lines(path: &str) -> impl Iterator<Item = String> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    std::io::BufReader::new(file).lines().map(Result::unwrap)
}

/// One corpus record.
pub fn record(line: &str) -> serde_json::Value {
    serde_json::from_str(line).unwrap()
}

/// The text layer over the article bodies of `text`, as the pipeline builds it: articles
/// split and cleaned, then tokens and sentences of the kept lines.
pub fn body_layer(text: &str) -> TextLayer {
    let regions: Vec<Span> = rasd_ingest::split_articles(text)
        .iter()
        .flat_map(|a| a.body.iter().copied())
        .collect();
    TextLayer::build(text, &regions)
}
