//! Trains the rasd-morph model without the CLI (same options as `rasd train seg` defaults)
//! and prints the training report, including the whole-pipeline cross-validation scores.
//!
//! `cargo run --release -p rasd-morph --example train_cv -- [SHARED] [OUT] [CV_PREDICTIONS.tsv]`
//! (env `POS_BAGS` / `SEG_BAGS` override the bag counts).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let shared = args.first().map_or("../shared", String::as_str);
    let mut opts = rasd_morph::train::TrainOptions::new(std::path::Path::new(shared));
    opts.cv_report = true;
    if let Some(b) = std::env::var("SEG_BAGS").ok().and_then(|v| v.parse().ok()) {
        opts.seg_bags = b;
    }
    if let Some(b) = std::env::var("POS_BAGS").ok().and_then(|v| v.parse().ok()) {
        opts.pos_bags = b;
    }
    let (model, report) = rasd_morph::train::train(&opts).expect("training data readable");
    for l in &report.lines {
        println!("{l}");
    }
    if let Some(path) = args.get(2) {
        use rasd_morph::gold::{read_gold, select, Split};
        let gold = std::fs::read_to_string(&opts.gold).expect("gold readable");
        let train = select(&read_gold(&gold), Split::Train);
        let mut tsv = String::from("word\tgold_seg\tpred_seg\tgold_pos\tpred_pos\n");
        for (g, p) in train.iter().zip(&report.cv_predictions) {
            tsv += &format!(
                "{}\t{}\t{}\t{}\t{}\n",
                g.surface(),
                g.seg_string(),
                p.seg_string(),
                g.pos_string(),
                p.pos
            );
        }
        std::fs::write(path, tsv).expect("predictions writable");
    }
    if let Some(out) = args.get(1).filter(|o| !o.is_empty()) {
        std::fs::write(out, model.to_bytes()).expect("model file writable");
        println!("wrote {out}");
    }
}
