//! Development tool: the same as `rasd train event` (grouped cross-validation report and, with
//! `--write PATH`, the model file) without building the CLI.

use rasd_event::train;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let shared = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    let folds = if args.iter().any(|a| a == "--no-cv") {
        0
    } else {
        5
    };
    let (model, scores) = train::train(shared, folds).expect("shared data");
    for s in &scores {
        println!("{}", train::format_score(s));
    }
    if let Some(i) = args.iter().position(|a| a == "--write") {
        std::fs::write(&args[i + 1], &model).expect("write model");
        println!("wrote {} ({} bytes)", args[i + 1], model.len());
    }
}
