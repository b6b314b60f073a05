//! Time each step of the text layer separately over a JSON Lines corpus (for profiling; the
//! reported benchmark is `rasd bench text`).
//!
//! `cargo run --release -p rasd-pipeline --example profile_text -- CORPUS.jsonl`

use rasd_ingest::{read_file, Format, ReadOptions};
use rasd_text::*;
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let opts = ReadOptions {
        format: Some(Format::Jsonl),
        ..ReadOptions::default()
    };
    let docs: Vec<_> = read_file(std::path::Path::new(&path), &opts)
        .filter_map(|d| d.ok())
        .collect();
    let t = Instant::now();
    let arts: Vec<_> = docs
        .iter()
        .map(|d| rasd_ingest::split_articles(&d.text))
        .collect();
    println!("split {:?}", t.elapsed());
    let t = Instant::now();
    let mut n = 0;
    for d in &docs {
        n += tokenize(&d.text, Span::new(0, d.text.len())).len();
    }
    println!("tokenize {:?} {n}", t.elapsed());
    let t = Instant::now();
    let toks: Vec<Vec<Token>> = docs
        .iter()
        .map(|d| tokenize(&d.text, Span::new(0, d.text.len())))
        .collect();
    println!("tokenize2 {:?}", t.elapsed());
    let t = Instant::now();
    for (d, tk) in docs.iter().zip(&toks) {
        n += split_sentences(&d.text, tk).len();
    }
    println!("sentences {:?}", t.elapsed());
    let t = Instant::now();
    let layers: Vec<_> = docs
        .iter()
        .zip(&arts)
        .map(|(d, a)| {
            let r: Vec<Span> = a.iter().flat_map(|a| a.body.iter().copied()).collect();
            TextLayer::build(&d.text, &r)
        })
        .collect();
    println!("layer {:?}", t.elapsed());
    let t = Instant::now();
    for (d, l) in docs.iter().zip(&layers) {
        n += read_dates(&d.text, &l.tokens, None).len();
    }
    println!("dates {:?}", t.elapsed());
    let t = Instant::now();
    for (d, l) in docs.iter().zip(&layers) {
        n += read_numbers(&d.text, &l.tokens, &|_| false).len();
    }
    println!("numbers {:?}", t.elapsed());
    let p = rasd_pipeline::Pipeline::new(rasd_pipeline::Stages::TEXT);
    let t = Instant::now();
    for d in &docs {
        n += p.analyze(d).tokens.list.len();
    }
    println!("pipeline {:?} {n}", t.elapsed());
}
