//! Tagging speed on a CoNLL file: `cargo run --release -p rasd-ner --example ner_speed -- MODEL FILE [RUNS]`.
//! Features included; match keys of the tokens are computed inside the timed loop.

use rasd_ner::data::read_conll;
use rasd_ner::{eval, NerModel};
use std::path::Path;
use std::time::Instant;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let model = NerModel::from_bytes(&std::fs::read(&a[1]).unwrap()).unwrap();
    let sents = read_conll(Path::new(&a[2])).unwrap();
    let runs: usize = a.get(3).and_then(|s| s.parse().ok()).unwrap_or(5);
    let n: usize = sents.iter().map(|s| s.tokens.len()).sum();
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let p = eval::predict(&model, &sents);
        std::hint::black_box(p);
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("{n} tokens, best of {runs}: {:.0} tok/s", n as f64 / best);
}
