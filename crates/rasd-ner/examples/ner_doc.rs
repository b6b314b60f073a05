//! Prints the entity layer of a text file: `cargo run --release -p rasd-ner --example ner_doc -- FILE [MODEL]`.

use rasd_ner::{NerModel, Recognizer};
use rasd_text::{Span, TextLayer};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("readable text file");
    let rec = match args.get(2) {
        Some(p) => Recognizer::new(NerModel::from_bytes(&std::fs::read(p).unwrap()).unwrap()),
        None => Recognizer::embedded().clone(),
    };
    let regions = line_regions(&text);
    let layer = TextLayer::build(&text, &regions);
    // The morphology layer is optional for the recogniser (verbs bound role phrases).
    let morph = std::panic::catch_unwind(|| {
        rasd_morph::Analyzer::embedded().analyze_tokens(&text, &layer.tokens)
    })
    .unwrap_or_default();
    let ents = rec.recognize(&text, &layer, &morph);
    for g in &ents.groups {
        println!(
            "{} {:?} {:?} role={:?}",
            g.etype.name(),
            g.name,
            g.names,
            g.role
        );
    }
}

fn line_regions(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end().len();
        if !line.trim().is_empty() {
            out.push(Span::new(start, end));
        }
        start += line.len();
    }
    out
}
