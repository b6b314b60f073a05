//! Speed of the embedded analyser on the first N news-corpus words (memo cache warm), one
//! thread: owned `TokenAnalysis` output and borrowed views. For profiling with `perf`.
//!
//! `cargo run --release -p rasd-morph --example bench_speed -- CORPUS.jsonl [WORDS] [PASSES] [owned|views]`

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus = args
        .first()
        .expect("usage: bench_speed CORPUS.jsonl [WORDS] [PASSES]");
    let words: usize = args
        .get(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let passes: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3);
    let raw = std::fs::read_to_string(corpus).expect("corpus readable");
    let docs = rasd_morph::eval::corpus_words(&raw, words);
    let n: usize = docs.iter().map(|d| d.1.len()).sum();
    let an = rasd_morph::Analyzer::embedded();
    for (t, s) in &docs {
        std::hint::black_box(an.analyze_spans(t, s));
    }
    let modes: &[bool] = match args.get(3).map(String::as_str) {
        Some("owned") => &[true],
        Some("views") => &[false],
        _ => &[true, false],
    };
    for &owned in modes {
        let mut best = f64::MAX;
        for _ in 0..passes {
            let t0 = Instant::now();
            for (t, s) in &docs {
                if owned {
                    std::hint::black_box(an.analyze_spans(t, s));
                } else {
                    let mut acc = 0usize;
                    an.analyze_spans_with(t, s, |_, v| {
                        acc += v.pos().len() + v.morphemes().map(|m| m.0.end).sum::<usize>();
                    });
                    std::hint::black_box(acc);
                }
            }
            best = best.min(t0.elapsed().as_secs_f64());
        }
        let what = if owned { "owned" } else { "views" };
        println!(
            "{what}: {:.0} words/s ({n} words, best of {passes})",
            n as f64 / best
        );
    }
}
