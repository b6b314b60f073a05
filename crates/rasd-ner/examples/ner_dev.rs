//! Development loop without the CLI: `cargo run --release -p rasd-ner --example ner_dev -- LEXICON_CACHE [EPOCHS]`.
//! Builds (or reuses) the news lexicon, trains on ANERcorp train minus its last 10%, scores that dev part.

use rasd_ner::clusters::ClusterConfig;
use rasd_ner::data::{carve_dev, read_conll, AnercorpPaths};
use rasd_ner::lexicon::Lexicon;
use rasd_ner::{eval, train};
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let cache = Path::new(
        args.get(1)
            .map_or("/tmp/rasd_ner_lexicon.tsv", |s| s.as_str()),
    );
    let epochs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let data = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    let lex = if cache.exists() {
        Lexicon::from_text(&std::fs::read_to_string(cache).unwrap())
    } else {
        let t = Instant::now();
        let lex = train::build_news_lexicon(data, &ClusterConfig::default()).unwrap();
        eprintln!(
            "lexicon {} words, {:.1}s",
            lex.len(),
            t.elapsed().as_secs_f64()
        );
        std::fs::write(cache, lex.to_text()).unwrap();
        lex
    };
    let gaz = train::build_gazetteer(data).unwrap();
    let res = train::resources(lex, gaz);
    let all = read_conll(&AnercorpPaths::new(data).train).unwrap();
    let (tr, dev) = carve_dev(&all, 10);
    let t = Instant::now();
    let s = train::TrainSettings {
        max_epochs: epochs,
        seed: 1,
        stage2: true,
        folds: 4,
    };
    let (m, e) = train::train_on_train(res, &tr, &dev, &s);
    eprintln!("trained, {e:?}, {:.1}s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let pred = eval::predict(&m, &dev);
    eprintln!("tagged dev in {:.3}s", t.elapsed().as_secs_f64());
    print!("{}", eval::score(&dev, &pred));
    std::fs::write("/tmp/ner_dev_pred.txt", eval::conll_lines(&dev, &pred)).unwrap();
}
