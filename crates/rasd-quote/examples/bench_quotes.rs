//! Speed of quote extraction against the layers it needs, per article, on the news corpus.
//!
//! Times, over the first N corpus records: the layers the pipeline computes before quotes
//! (article split, text layer, morphology, entities) and the quote extraction itself, and
//! prints the share quotes add. Everything else the pipeline does (numbers, dates, events,
//! serialisation) is left out of the denominator, so the share is an upper bound.
//!
//! `cargo run --release -p rasd-quote --example bench_quotes -- CORPUS.jsonl [N] [--no-morph]`

mod common;

use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let corpus = &args[1];
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let use_morph = !args.iter().any(|a| a == "--no-morph");
    let texts: Vec<String> = common::corpus_lines(corpus)
        .take(n)
        .map(|l| {
            common::record(&l)["text"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let ner = rasd_ner::Recognizer::embedded();
    let (mut layers, mut quotes_t) = (Duration::ZERO, Duration::ZERO);
    let (mut count, mut skipped) = (0, 0);
    std::panic::set_hook(Box::new(|_| {}));
    for text in &texts {
        let t0 = Instant::now();
        let layer = common::body_layer(text);
        let morph = if use_morph {
            rasd_morph::Analyzer::embedded().analyze_tokens(text, &layer.tokens)
        } else {
            Vec::new()
        };
        // An upstream layer that fails on a document is skipped (and counted), not timed.
        let Ok(entities) = std::panic::catch_unwind(|| ner.recognize(text, &layer, &morph)) else {
            skipped += 1;
            continue;
        };
        let t1 = Instant::now();
        let q = rasd_quote::extract(text, &layer, &morph, &entities);
        let t2 = Instant::now();
        layers += t1 - t0;
        quotes_t += t2 - t1;
        count += q.len();
    }
    let done = texts.len() - skipped;
    let per = |d: Duration| d.as_secs_f64() * 1000.0 / done as f64;
    println!("articles: {done} (skipped {skipped}: an upstream layer failed)  quotes: {count}  morphology: {use_morph}");
    println!(
        "layers before quotes (split, text, morph, entities): {:.3} ms/article",
        per(layers)
    );
    println!("quote extraction: {:.3} ms/article", per(quotes_t));
    println!(
        "quotes add {:.1}% to the time of those layers",
        100.0 * quotes_t.as_secs_f64() / layers.as_secs_f64()
    );
}
