//! Development harness: quotes over the text layer and (with `--ner`) the embedded entity
//! recogniser, without the morphology layer, scored against `.gold.json` files with
//! `rasd_eval::doc`. For tuning rules while the other layers land; the official figure is
//! `rasd eval doc`, which runs the whole pipeline.
//!
//! `cargo run --release -p rasd-quote --example dev_quotes -- GOLD_DIR CORPUS.jsonl [--ner [--morph]] [--errors] [DOC_ID]`

use rasd_eval::doc::{score_document, GoldDoc, Report};
use rasd_quote::{extract, extract_view, EntityView};
use std::collections::HashMap;

mod common;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (dir, corpus) = (&args[1], &args[2]);
    let mut golds: Vec<GoldDoc> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .map(|p| GoldDoc::from_json(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect();
    golds.sort_by(|a, b| a.id.cmp(&b.id));
    let mut texts: HashMap<String, String> = HashMap::new();
    // Gold documents with their own `file` need no corpus: a missing one reads as empty.
    let lines = std::path::Path::new(corpus)
        .is_file()
        .then(|| common::corpus_lines(corpus));
    for line in lines.into_iter().flatten() {
        if golds.iter().any(|g| line.contains(&g.id)) {
            let v = common::record(&line);
            texts.insert(
                v["id"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            );
        }
    }
    for g in golds.iter().filter(|g| g.file.is_some()) {
        let path = std::path::Path::new(dir).join(g.file.as_ref().unwrap());
        texts.insert(g.id.clone(), std::fs::read_to_string(path).unwrap());
    }
    let mut report = Report::default();
    for g in &golds {
        let text = &texts[&g.id];
        let layer = common::body_layer(text);
        let record = if args.iter().any(|a| a == "--ner") {
            let morph = if args.iter().any(|a| a == "--morph") {
                rasd_morph::Analyzer::embedded().analyze_tokens(text, &layer.tokens)
            } else {
                Vec::new()
            };
            let entities = rasd_ner::Recognizer::embedded().recognize(text, &layer, &morph);
            let quotes = extract(text, &layer, &morph, &entities);
            serde_json::json!({ "quotes": quotes, "entities": entities })
        } else {
            serde_json::json!({ "quotes": extract_view(text, &layer, &[], &EntityView::default()) })
        };
        if args.iter().any(|a| a == &g.id) {
            for q in record["quotes"].as_array().into_iter().flatten() {
                let sp = &q["speaker"];
                println!(
                    "{} {} [{} {}] «{}»",
                    q["kind"], q["cue"]["text"], sp["text"], sp["kind"], q["content"]["text"]
                );
            }
            for m in record["entities"]["mentions"]
                .as_array()
                .into_iter()
                .flatten()
            {
                print!("{}:{} ", m["text"], m["type"]);
            }
            println!();
        }
        report.add(score_document(g, &record, Some(text)));
    }
    print!("{}", report.table());
    if args.iter().any(|a| a == "--errors") {
        print!("{}", report.errors_text());
    }
}
