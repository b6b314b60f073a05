//! Prints who-said-what for corpus records, for reading the extractor's output by eye.
//!
//! `cargo run --release -p rasd-quote --example show_quotes -- CORPUS.jsonl SKIP COUNT`

mod common;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let skip: usize = args[2].parse().unwrap();
    let count: usize = args[3].parse().unwrap();
    for line in common::corpus_lines(&args[1]).skip(skip).take(count) {
        let v = common::record(&line);
        let text = v["text"].as_str().unwrap_or("");
        let layer = common::body_layer(text);
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
